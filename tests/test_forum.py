"""forum.py: posts, authors, numbers, chrome and quoted replies."""

from __future__ import annotations

from briefgen.forum import parse_thread, post_id_suffix

from conftest import CORPUS, FIXTURES, SEED_FORUM


def _lines(path):
    return path.read_text(encoding="utf-8").splitlines()


def test_seed_thread_splits_into_every_post_with_author_and_number():
    thread = parse_thread(_lines(CORPUS / SEED_FORUM), SEED_FORUM)
    posts = [(post.number, post.author) for post in thread.posts]
    assert posts == [(None, "Tsavo Lion"), (77, "George1"), (78, "George1"), (79, "GunshipDemocracy"),
                     (80, "flamming_python"), (81, "flamming_python"), (82, "Kiko"), (83, "Kiko"), (84, "Sprut-B"),
                     (85, "George1"), (86, "George1"), (87, "George1"), (88, "Rodion_Romanovic")]
    assert thread.title == "S.C.O. Thread:"
    assert thread.header_lines == tuple(range(1, 24))


def test_chrome_never_reaches_a_post_body():
    thread = parse_thread(_lines(CORPUS / SEED_FORUM), SEED_FORUM)
    body = "\n".join(text for post in thread.posts for _, text in post.body)
    for chrome in ("Posts :", "Points :", "Join date :", "Location :", "Age :", "Post n°", "Re: S.C.O. Thread:",
                   "like this post", "likes this post", "23 posters"):
        assert chrome not in body


def test_a_quoted_reply_is_separated_and_linked_to_the_post_it_quotes():
    thread = parse_thread(_lines(CORPUS / SEED_FORUM), SEED_FORUM)
    reply = thread.posts[-1]
    assert [text for _, text in reply.body][0] == "Well possibly, but it should be only temporary."
    [quoted] = reply.quoted
    assert quoted.author == "George1"
    assert quoted.text.startswith("SCO expects Belarus to join the organization very soon")
    assert quoted.quoted_unit == f"{SEED_FORUM}#87"


def test_a_small_page_of_another_thread():
    thread = parse_thread(_lines(FIXTURES / "forum_page.txt"), "forum_page.txt")
    assert [(p.number, p.author) for p in thread.posts] == [(None, "Anna_K"), (2, "Dmitri.P"), (3, "Mariam")]
    assert [post_id_suffix(p) for p in thread.posts] == ["#op", "#2", "#3"]
    assert thread.posts[2].quoted[0].quoted_unit == "forum_page.txt#op"
    assert [text for _, text in thread.posts[2].body] == ["Interesting, thanks for posting."]


def test_ordinary_text_is_not_a_forum():
    assert parse_thread(["Putin said: the summit went well.", "Posts : 3 of them were about trade."]) is None
