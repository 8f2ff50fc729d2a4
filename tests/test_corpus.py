"""corpus.py: the seed corpus against the gold labels, and bad inputs accounted for."""

from __future__ import annotations

import json
import shutil

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
