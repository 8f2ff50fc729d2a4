"""Forum threads: split a scraped page into posts and strip the forum's chrome.

A page is a forum thread when it has at least two author blocks: a name with a post count
("George1- Posts : 18594", or the name on its own line above "Posts : 18594") followed by
profile fields ("Points :", "Join date :", "Location :", "Age :").  Everything before the
first author block is page chrome (reply counter, poster list, thread title).  Per post the
author block, "- Post n°85", "Re: <thread title>" and "X and Y like this post" are chrome.
A line "George1 wrote: ..." opens a quotation of an earlier post: it and the lines after it
that repeat text already on the page become a QuotedReply, not new text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.dedupe import normal_form
from briefgen.model import QuotedReply

_POST_COUNT = r"(?:Posts|Messages|Beiträge|Messaggi|Mensajes|Сообщений|Сообщения|Сообщение)\s*:\s*[\d\s.,]+"
_AUTHOR_WITH_COUNT = re.compile(rf"^(?P<author>\S.{{0,60}}?)\s*[-–—|]\s*{_POST_COUNT}$", re.I)
_COUNT_ONLY = re.compile(rf"^{_POST_COUNT}$", re.I)
_PROFILE_FIELD = re.compile(
    r"^(?:Points|Join date|Joined|Location|Age|Reputation|Gender|Karma|Likes|Rank|Registered|"
    r"Member since|Country|Thanks|Localisation|Date d'inscription|Откуда|Репутация|Регистрация|"
    r"Возраст|Пол|Баллы)\s*:", re.I)
_POST_NUMBER = re.compile(
    r"^[-–—]?\s*(?:Post|Message|Beitrag|Сообщение)\s*(?:n°|nº|no\.?|nr\.?|#|№)\s*(?P<number>\d+)\s*$", re.I)
_REPLY_TITLE = re.compile(r"^(?:Re|RE|Ответ|AW|Sv)\s*:\s*\S")
_LIKES = re.compile(r"^\S.{0,400}?\s(?:likes?|liked)\s+this\s+(?:post|message)\.?$", re.I)
_PAGE_FOOTER = re.compile(
    r"^(?:Back to top|Jump to:?|Permissions in this forum:?|You cannot reply to topics in this forum|"
    r"Similar topics|Go to page.*|Page \d+ of \d+|Reply|Quote|Report|Share|Like|Dislike)$", re.I)
_WROTE = re.compile(
    r"^(?P<author>[^\s:][^:\n]{0,60}?)\s+(?:wrote|said|писал|писала|написал|написала|a écrit|schrieb)\s*:\s*"
    r"(?P<rest>.*)$", re.I)


@dataclass(frozen=True)
class Post:
    """One post: its content lines (line number, text) with chrome and quoted replies removed."""

    number: int | None
    author: str
    first_line: int
    last_line: int
    body: tuple[tuple[int, str], ...]
    chrome: tuple[int, ...]
    quoted: tuple[QuotedReply, ...] = ()


@dataclass(frozen=True)
class Thread:
    title: str | None
    header_lines: tuple[int, ...]
    posts: tuple[Post, ...]


def parse_thread(lines: tuple[str, ...] | list[str], source: str = "") -> Thread | None:
    """Split a forum page into posts, or None when the page is not a forum thread."""
    starts = _author_blocks(lines)
    if len(starts) < 2:
        return None
    first = starts[0][0]
    header = tuple(range(1, first + 1))
    title = next((lines[i].strip() for i in range(first - 1, -1, -1) if lines[i].strip()), None)
    known_posters = {author for _, author in starts} | {lines[i].strip() for i in range(first)}
    posts: list[Post] = []
    seen_lines: dict[str, str] = {}
    bounds = [start for start, _ in starts] + [len(lines)]
    for (start, author), end in zip(starts, bounds[1:]):
        post = _parse_post(lines, start, end, author)
        post = _separate_quoted_replies(post, source, known_posters, seen_lines)
        for _, text in post.body:
            seen_lines.setdefault(normal_form(text), _post_label(source, post))
        posts.append(post)
    return Thread(title, header, tuple(posts))


def post_id_suffix(post: Post) -> str:
    """'#85' for a numbered post; '#op' for the thread's opening post, which has no number."""
    return f"#{post.number}" if post.number is not None else "#op"


def _post_label(source: str, post: Post) -> str:
    return f"{source}{post_id_suffix(post)}"


def _author_blocks(lines) -> list[tuple[int, str]]:
    """(0-based index where the block starts, author) for each author block."""
    blocks = []
    for index, raw in enumerate(lines):
        line = raw.strip()
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        match = _AUTHOR_WITH_COUNT.match(line)
        if match and _PROFILE_FIELD.match(following):
            blocks.append((index, match.group("author").strip()))
        elif _COUNT_ONLY.match(line) and _PROFILE_FIELD.match(following) and index > 0:
            name = lines[index - 1].strip()
            if name and not _PROFILE_FIELD.match(name):
                blocks.append((index - 1, name))
    return blocks


def _parse_post(lines, start: int, end: int, author: str) -> Post:
    chrome = [start + 1]
    index = start + 1
    while index < end and (_PROFILE_FIELD.match(lines[index].strip()) or _COUNT_ONLY.match(lines[index].strip())):
        chrome.append(index + 1)
        index += 1
    number = None
    if index < end and (match := _POST_NUMBER.match(lines[index].strip())):
        number = int(match.group("number"))
        chrome.append(index + 1)
        index += 1
    if index < end and _REPLY_TITLE.match(lines[index].strip()):
        chrome.append(index + 1)
        index += 1
    body = []
    for position in range(index, end):
        text = lines[position].strip()
        if not text:
            continue
        if _LIKES.match(text) or _PAGE_FOOTER.match(text):
            chrome.append(position + 1)
        else:
            body.append((position + 1, text))
    last_line = max([start + 1, *chrome, *(line for line, _ in body)])
    return Post(number, author, start + 1, last_line, tuple(body), tuple(chrome))


def _separate_quoted_replies(post: Post, source: str, known_posters: set[str],
                             seen_lines: dict[str, str]) -> Post:
    """Move "<poster> wrote: ..." quotations (and the lines they repeat) out of the post's text."""
    body = list(post.body)
    kept: list[tuple[int, str]] = []
    quoted: list[QuotedReply] = []
    index = 0
    while index < len(body):
        line_number, text = body[index]
        match = _WROTE.match(text)
        rest = match.group("rest").strip() if match else ""
        repeats_page = bool(rest) and normal_form(rest) in seen_lines
        if not match or not (match.group("author").strip() in known_posters or repeats_page):
            kept.append(body[index])
            index += 1
            continue
        parts = [rest] if rest else []
        quoted_unit = seen_lines.get(normal_form(rest)) if rest else None
        index += 1
        while index < len(body) and normal_form(body[index][1]) in seen_lines:
            quoted_unit = quoted_unit or seen_lines[normal_form(body[index][1])]
            parts.append(body[index][1])
            index += 1
        quoted.append(QuotedReply(match.group("author").strip(), "\n".join(parts), line_number, quoted_unit))
    return Post(post.number, post.author, post.first_line, post.last_line, tuple(kept), post.chrome,
                tuple(quoted))
