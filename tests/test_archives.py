"""archives.py: JSONL and Parquet crawl exports, an article per record, each with its own provenance."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from briefgen.archives import RecordFields
from briefgen.cli import main
from briefgen.corpus import read_corpus

ARTICLE = {"url": "https://example.org/samarkand", "title": "SCO summit opens in Samarkand",
           "date": "2022-09-15", "lang": "en",
           "text": "Leaders gathered in Samarkand on Thursday.\n\n\"We are ready,\" said Vladimir Putin."}


def _write_jsonl(path, records):
    path.write_text("".join((json.dumps(r) if not isinstance(r, str) else r) + "\n" for r in records), "utf-8")


def test_each_jsonl_record_is_a_unit_with_its_provenance(tmp_path):
    _write_jsonl(tmp_path / "crawl.jsonl", [ARTICLE, {**ARTICLE, "url": "https://example.org/b", "text": ""},
                                            "[1, 2]", "{broken"])
    corpus = read_corpus(tmp_path)
    [unit] = corpus.units
    assert (unit.source, unit.date, unit.lang, unit.url) == ("crawl.jsonl:1", "2022-09-15", "en", ARTICLE["url"])
    assert unit.title == ARTICLE["title"]
    assert [p.text for p in unit.paragraphs][-1] == '"We are ready," said Vladimir Putin.'
    assert {(r.source, r.reason.split(":")[0]) for r in corpus.rejected} == {
        ("crawl.jsonl:2", "record has no text"), ("crawl.jsonl:3", "not a JSON object"),
        ("crawl.jsonl:4", "not a JSON record")}


def test_an_oversized_record_is_rejected_alone(tmp_path):
    _write_jsonl(tmp_path / "crawl.jsonl", [{**ARTICLE, "text": "x " * 700_000}, ARTICLE])
    corpus = read_corpus(tmp_path, max_file_bytes=1_000_000)
    assert [u.source for u in corpus.units] == ["crawl.jsonl:2"]
    assert [(r.source, r.reason) for r in corpus.rejected] == [("crawl.jsonl:1", "record larger than 1 MB")]


def test_parquet_rows_with_configured_columns(tmp_path):
    pyarrow = pytest.importorskip("pyarrow")
    import pyarrow.parquet as parquet

    table = pyarrow.table({"link": [ARTICLE["url"]], "headline": [ARTICLE["title"]],
                           "published": [dt.date(2022, 9, 15)], "lang": ["en"], "body": [ARTICLE["text"]]})
    parquet.write_table(table, tmp_path / "crawl.parquet")
    fields = RecordFields.parse(("url=link", "title=headline", "date=published", "text=body"))
    [unit] = read_corpus(tmp_path, record_fields=fields).units
    assert (unit.source, unit.date, unit.url, unit.title) == ("crawl.parquet:1", "2022-09-15", ARTICLE["url"],
                                                              ARTICLE["title"])


def test_the_cli_reads_archives_and_refuses_unknown_fields(tmp_path):
    (tmp_path / "corpus").mkdir()
    _write_jsonl(tmp_path / "corpus" / "crawl.jsonl", [{"body": ARTICLE["text"], "published": "2022-09-15"}])
    runner = CliRunner()
    read = runner.invoke(main, ["corpus", "--corpus", str(tmp_path / "corpus"), "--json",
                                "--record-field", "text=body", "--record-field", "date=published"])
    assert read.exit_code == 0, read.output
    assert [unit["source"] for unit in json.loads(read.output)["units"]] == ["crawl.jsonl:1"]
    refused = runner.invoke(main, ["corpus", "--corpus", str(tmp_path / "corpus"), "--record-field", "body"])
    assert refused.exit_code == 2 and "FIELD=COLUMN" in refused.output
