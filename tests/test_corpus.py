"""corpus.py: the seed corpus against the gold labels, and bad inputs accounted for."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from benchmarks.quality import DEFAULT_GOLD, score_ingestion
from briefgen.corpus import read_corpus

from conftest import CORPUS, FIXTURES, SEED_ARTICLE, SEED_FORUM


@pytest.fixture(scope="module")
def seed():
    return read_corpus(CORPUS, exclude=(CORPUS / "events.yaml",))


def test_seed_ingestion_matches_the_gold_labels(seed):
    gold = json.loads(DEFAULT_GOLD.read_text(encoding="utf-8"))
    figures = score_ingestion(gold, seed, CORPUS)
    assert figures["units_found"] == figures["units_expected"] == 14
    assert figures["authors_right"] == 14
    assert figures["chrome_left"] == 0
    assert figures["duplicates_left"] == 0
    assert figures["content_lost"] == 0


def test_unit_ids_are_readable_and_stable(seed):
    ids = [unit.id for unit in seed.units]
    assert ids[0] == f"{SEED_FORUM}#op"
    assert f"{SEED_FORUM}#81" in ids
    assert ids[-1] == SEED_ARTICLE


def test_links_are_kept_even_when_glued_to_a_headline(seed):
    post = seed.unit(f"{SEED_FORUM}#86")
    assert post.urls == ("https://tass.com/politics/1781065",)
    assert post.paragraphs[0].text.startswith("SCO should unite against foreign attempts")
    assert "http" not in post.text


def test_dates_of_the_text_not_of_the_forum_profile(seed):
    assert seed.unit(f"{SEED_FORUM}#82").date == "2023-07-04"  # "07.04.2023" + "on Tuesday"
    assert seed.unit(f"{SEED_FORUM}#81").date == "2022-09-16"  # byline "September 16 2022"
    for unit in seed.units:  # "Join date : 2011-12-22" is chrome, never a date of the text
        assert all(mention.text != "2011-12-22" for mention in unit.dates)


def test_language_of_each_unit(tmp_path):
    shutil.copy(FIXTURES / "russian_article.txt", tmp_path)
    shutil.copy(FIXTURES / "tianjin_2025.txt", tmp_path)
    corpus = read_corpus(tmp_path)
    assert {unit.id: unit.lang for unit in corpus.units} == {"russian_article.txt": "ru", "tianjin_2025.txt": "en"}


def test_every_file_is_a_unit_or_rejected_exactly_once(tmp_path):
    shutil.copy(FIXTURES / "forum_page.txt", tmp_path)
    shutil.copy(CORPUS / SEED_ARTICLE, tmp_path / "copy_of_article.txt")
    shutil.copy(CORPUS / SEED_ARTICLE, tmp_path / "zz_same_article_again.txt")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\x00")
    (tmp_path / "slides.pptx").write_bytes(b"PK\x03\x04")
    (tmp_path / "cp1251.txt").write_bytes("Саммит ШОС в Астане завершился подписанием декларации.".encode("cp1251"))
    corpus = read_corpus(tmp_path)
    sources_with_units = {unit.source for unit in corpus.units}
    rejected = {item.source: item.reason for item in corpus.rejected}
    all_files = {path.name for path in tmp_path.iterdir()}
    assert sources_with_units | set(rejected) == all_files
    assert not sources_with_units & set(rejected)
    assert rejected["empty.txt"].startswith("empty file")
    assert rejected["image.txt"].startswith("binary file")
    assert rejected["slides.pptx"].startswith("unsupported file type")
    assert rejected["zz_same_article_again.txt"] == "repeats text already read from earlier files"
    assert "Саммит ШОС в Астане" in corpus.unit("cp1251.txt").text


def test_a_missing_corpus_folder_is_an_input_error(tmp_path):
    from briefgen.errors import CorpusError

    with pytest.raises(CorpusError, match="corpus folder not found"):
        read_corpus(tmp_path / "nowhere")


def test_hard_wrapped_wire_copy_is_joined_into_paragraphs(tmp_path):
    wrapped = ("SCO leaders met in Astana on Thursday to discuss regional\nsecurity and trade, officials "
               "said, as Belarus formally\njoined the organisation.\n\nThe declaration adopted at the end of the "
               "meeting\ncalls for closer cooperation on transport links\nacross Eurasia.\n")
    (tmp_path / "wire.txt").write_text(wrapped)
    [unit] = read_corpus(tmp_path).units
    assert [p.text for p in unit.paragraphs] == [
        "SCO leaders met in Astana on Thursday to discuss regional security and trade, officials said, as "
        "Belarus formally joined the organisation.",
        "The declaration adopted at the end of the meeting calls for closer cooperation on transport links "
        "across Eurasia."]


def test_articles_separated_by_rules_become_numbered_units(tmp_path):
    article = "Leaders of the SCO met in Samarkand to sign a declaration on trade, transport and security. " * 4
    (tmp_path / "digest.txt").write_text(f"First\n\n{article}\n\n-----\n\nSecond\n\n{article.replace('Samarkand', 'Astana')}\n")
    units = read_corpus(tmp_path).units
    assert [unit.id for unit in units] == ["digest.txt#1", "digest.txt#2"]
    assert units[1].first_line > units[0].last_line


def test_a_date_the_text_leaves_ambiguous_is_a_warning(tmp_path):
    (tmp_path / "note.txt").write_text("Leaders met in Astana, 07.04.2023, to discuss the agenda of the bloc.\n")
    corpus = read_corpus(tmp_path)
    assert corpus.warnings == ("note.txt: '07.04.2023' could be 2023-04-07 or 2023-07-04; the text does not say which",)


# -- hostile corpora: every entry listed, nothing outside the corpus read, one bad file stops nothing --------

ARTICLE = "Leaders of the SCO met in Astana on 4 July 2024 and signed a declaration on trade and security.\n"


def _corpus_with_good_file(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(ARTICLE)
    return corpus


def test_symlinks_leading_outside_the_corpus_are_rejected_unless_allowed(tmp_path):
    corpus = _corpus_with_good_file(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text("The secret text of a file outside the corpus, not for any briefing.\n")
    (corpus / "passwd.txt").symlink_to(secret)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "more.txt").write_text("Text in a folder outside the corpus about the summit.\n")
    (corpus / "elsewhere").symlink_to(tmp_path / "elsewhere")
    closed = read_corpus(corpus)
    assert [unit.id for unit in closed.units] == ["good.txt"]
    assert {item.source: item.reason for item in closed.rejected} == {
        "passwd.txt": "symlink to a file outside the corpus (--follow-external-symlinks reads it)",
        "elsewhere/": "symlink to a folder outside the corpus (--follow-external-symlinks reads it)"}
    opened = read_corpus(corpus, follow_external_symlinks=True)
    assert [unit.id for unit in opened.units] == ["good.txt", "passwd.txt", "elsewhere/more.txt"]


def test_folder_symlink_loops_are_listed_not_skipped(tmp_path):
    corpus = _corpus_with_good_file(tmp_path)
    (corpus / "a").mkdir()
    (corpus / "a" / "up").symlink_to("..")
    (corpus / "a" / "self").symlink_to(".")
    (corpus / "b").symlink_to("a")
    rejected = {item.source: item.reason for item in read_corpus(corpus).rejected}
    assert rejected == {"a/self/": "folder symlink loop (leads back to an enclosing folder)",
                        "a/up/": "folder symlink loop (leads back to an enclosing folder)",
                        "b/": "symlink to a folder inside the corpus, read as 'a/'"}


def test_an_unreadable_subfolder_is_listed(tmp_path, monkeypatch):
    corpus = _corpus_with_good_file(tmp_path)
    (corpus / "locked").mkdir()
    (corpus / "locked" / "inside.txt").write_text(ARTICLE)
    real_scandir = os.scandir

    def scandir(path="."):  # as root, chmod 000 still reads: fail the way a locked folder fails
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    corpus_read = read_corpus(corpus)
    assert [unit.id for unit in corpus_read.units] == ["good.txt"]
    assert [(item.source, item.reason) for item in corpus_read.rejected] == [
        ("locked/", "cannot read folder: Permission denied")]


def test_a_symlink_loop_and_a_non_utf8_name_stop_nothing(tmp_path):
    corpus = _corpus_with_good_file(tmp_path)
    (corpus / "loop_a.txt").symlink_to("loop_b.txt")
    (corpus / "loop_b.txt").symlink_to("loop_a.txt")
    (Path(os.fsdecode(bytes(corpus) + b"/caf\xe9 notes.txt"))).write_bytes(ARTICLE.replace("Astana", "Minsk").encode())
    result = read_corpus(corpus)
    assert [unit.id for unit in result.units] == ["good.txt"]
    assert {item.source: item.reason for item in result.rejected} == {
        "caf\\xe9 notes.txt": "name is not valid UTF-8 (shown with \\x escapes)",
        "loop_a.txt": "symlink loop", "loop_b.txt": "symlink loop"}


def test_control_characters_in_names_are_escaped(tmp_path):
    corpus = _corpus_with_good_file(tmp_path)
    (corpus / "evil\nrejected forged.txt: fake reason\x1b[2J.txt").write_text(ARTICLE.replace("Astana", "Minsk"))
    [evil] = [unit for unit in read_corpus(corpus).units if unit.id != "good.txt"]
    assert evil.id == "evil\\nrejected forged.txt: fake reason\\x1b[2J.txt"


def test_special_files_and_bombs_are_rejected_and_the_rest_is_read(tmp_path):
    corpus = _corpus_with_good_file(tmp_path)
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "laughs.md").write_text("---\na: &a [x, x]\nb: [*a, *a]\n---\n\nBody.\n")
    result = read_corpus(corpus, follow_external_symlinks=True)
    assert [unit.id for unit in result.units] == ["good.txt"]
    assert {item.source for item in result.rejected} == {"pipe.txt", "laughs.md"}


def test_reader_warnings_reach_the_corpus_warnings(tmp_path):
    corpus = _corpus_with_good_file(tmp_path)
    (corpus / "nul.txt").write_bytes(ARTICLE.replace("Astana", "Minsk").encode() * 3 + b"\x00\n")
    assert read_corpus(corpus).warnings == ("nul.txt: 1 NUL byte removed (a text file should hold none)",)


def test_folders_excluded_or_holding_briefgen_output_are_skipped_with_a_notice(tmp_path):
    corpus = _corpus_with_good_file(tmp_path)
    for folder in ("out", "old-output"):
        (corpus / folder / "astana-2024" / "en").mkdir(parents=True)
        (corpus / folder / "astana-2024" / "en" / "briefing.md").write_text("# Astana summit\n\n" + ARTICLE)
    (corpus / "old-output" / "manifest.json").write_text('{\n  "generator": "briefgen 0.9.0",\n  "artifacts": []\n}')
    result = read_corpus(corpus, exclude=(corpus / "out",))
    assert [unit.id for unit in result.units] == ["good.txt"]
    assert result.rejected == ()
    assert result.notices == (
        "skipped old-output/: briefgen's own output or cache, not read back in as corpus texts",
        "skipped out/: briefgen's own output or cache, not read back in as corpus texts")
