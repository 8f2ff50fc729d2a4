"""ingest.py and store.py: the streamed, incremental engine gives what reading everything afresh gives."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from briefgen import ingest as ingest_module
from briefgen.build import Project, Settings, load_units
from briefgen.catalog import bundled_catalog_path
from briefgen.corpus import read_corpus
from briefgen.grouping import assign_events
from briefgen.store import UNASSIGNED
from tests.conftest import CORPUS, FIXTURES, SEED_ARTICLE, briefgen_command, copy_corpus

TODAY = dt.date(2026, 1, 1)
EPOCH = 1767225600


def _corpus(folder: Path) -> Path:
    """The seed corpus, a fixture article, and a JSONL archive pasting the seed article again."""
    corpus = folder / "corpus"
    shutil.copytree(CORPUS, corpus)
    shutil.copy(FIXTURES / "russian_article.txt", corpus / "zz_russian.txt")
    article = (CORPUS / SEED_ARTICLE).read_text(encoding="utf-8")
    records = [{"url": "https://example.org/1", "lang": "en", "text": article},
               {"url": "https://example.org/2", "lang": "en", "text": "Too short."},
               {"url": "https://example.org/3", "text": article.split("\n\n")[-1] + "\n\nA closing line of its own, "
                "written for this archive record only, long enough to stay."}]
    (corpus / "crawl.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return corpus


def _settings(corpus: Path, **changes) -> Settings:
    return replace(Settings(corpus_dir=corpus, out_dir=corpus.parent / "output", cache_dir=corpus.parent / "cache",
                            source_date_epoch=EPOCH, jobs=1), **changes)


def _from_store(settings: Settings):
    project = Project(settings)
    units = list(project.store.units())
    assignments = {a.unit_id: a.event_id for a in project.assignments}
    return units, assignments, project.ingested.rejected, project.ingested.warnings


def _afresh(corpus: Path, today: dt.date = TODAY):
    """The reference: the whole corpus read in memory, then grouped."""
    catalog_path = corpus / "events.yaml"
    read = read_corpus(corpus, exclude=(catalog_path, corpus.parent / "output", corpus.parent / "cache"), today=today)
    from briefgen.catalog import load_catalog

    assignments = assign_events(list(read.units), load_catalog(catalog_path))
    return list(read.units), {a.unit_id: a.event_id for a in assignments}, read.rejected, read.warnings


def _same(stored, afresh) -> None:
    units, assignments, rejected, warnings = stored
    expected_units, expected_assignments, expected_rejected, expected_warnings = afresh
    assert [u.id for u in units] == [u.id for u in expected_units]
    assert units == expected_units
    assert assignments == expected_assignments
    assert list(rejected) == list(expected_rejected)
    assert list(warnings) == list(expected_warnings)


def _reads(monkeypatch) -> list[str]:
    """The sources each run sends to be read."""
    seen: list[str] = []
    real = ingest_module._read_task

    def counting(task):
        seen.append(task.source)
        return real(task)
    monkeypatch.setattr(ingest_module, "_read_task", counting)
    return seen


def test_the_store_holds_what_reading_afresh_gives(tmp_path):
    corpus = _corpus(tmp_path)
    stored = _from_store(_settings(corpus))
    _same(stored, _afresh(corpus))
    units, assignments, rejected, _ = stored
    assert any(r.source == "crawl.jsonl:1" and "repeats" in r.reason for r in rejected)  # the pasted article
    assert "crawl.jsonl:3" in assignments  # a record with a new paragraph of its own stays a unit
    assert sum(1 for event in assignments.values() if event) >= 4


def test_a_second_run_reads_nothing_and_a_new_file_only_itself(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path)
    settings = _settings(corpus)
    load_units(settings, Project(settings).catalog).store.close()
    reads = _reads(monkeypatch)
    _from_store(settings)
    assert reads == []
    shutil.copy(FIXTURES / "tianjin_2025.txt", corpus / "zzz_new.txt")
    stored = _from_store(settings)
    assert reads == ["zzz_new.txt"]
    _same(stored, _afresh(corpus))


def test_a_new_day_reads_nothing_and_dates_every_unit_against_it(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path)
    _from_store(_settings(corpus))
    reads = _reads(monkeypatch)
    next_week = TODAY + dt.timedelta(days=7)
    stored = _from_store(_settings(corpus, source_date_epoch=EPOCH + 7 * 86400))
    assert reads == []
    _same(stored, _afresh(corpus, next_week))


def test_a_file_sorting_first_takes_over_the_text_later_files_repeat(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path)
    settings = _settings(corpus)
    before = _from_store(settings)
    assert "004_bbc9b499a7229531.txt" in before[1]
    # the seed article under a name read before it: the old file's text is now the repeat
    shutil.copy(corpus / SEED_ARTICLE, corpus / "000_aaa_first.txt")
    reads = _reads(monkeypatch)
    stored = _from_store(settings)
    assert reads == ["000_aaa_first.txt"]
    _same(stored, _afresh(corpus))
    assert "004_bbc9b499a7229531.txt" not in stored[1]
    (corpus / "000_aaa_first.txt").unlink()
    _same(_from_store(settings), _afresh(corpus))


def test_a_changed_file_is_read_again_and_a_changed_catalog_regroups_without_reading(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path)
    settings = _settings(corpus)
    _from_store(settings)
    reads = _reads(monkeypatch)
    target = corpus / "zz_russian.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\n\nОдин новый абзац, которого раньше не было.\n",
                      encoding="utf-8")
    _same(_from_store(settings), _afresh(corpus))
    assert reads == ["zz_russian.txt"]
    catalog = corpus / "events.yaml"
    catalog.write_text(catalog.read_text(encoding="utf-8").replace("id: astana-2024", "id: astana-summit"),
                       encoding="utf-8")
    stored = _from_store(settings)
    assert reads == ["zz_russian.txt"]
    assert "astana-summit" in stored[1].values() and "astana-2024" not in stored[1].values()
    _same(stored, _afresh(corpus))


def test_a_replaced_store_file_is_rebuilt(tmp_path):
    corpus = _corpus(tmp_path)
    settings = _settings(corpus)
    _from_store(settings)
    (settings.cache_dir / "units.sqlite").write_bytes(b"not a database at all" * 100)
    for extra in settings.cache_dir.glob("units.sqlite-*"):
        extra.unlink()
    _same(_from_store(settings), _afresh(corpus))


def test_worker_processes_give_what_one_process_gives(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path)
    monkeypatch.setattr(ingest_module, "PARALLEL_MIN_ITEMS", 1)
    monkeypatch.setattr(ingest_module, "BATCH", 3)
    _same(_from_store(_settings(corpus, jobs=2)), _afresh(corpus))


def test_the_units_of_an_event_come_in_corpus_order(tmp_path):
    corpus = _corpus(tmp_path)
    project = Project(_settings(corpus))
    every = [u.id for u in project.store.units()]
    for event in [*project.catalog.events, None]:
        ids = [u.id for u in project.units_of(event.id if event else None)]
        assert ids == sorted(ids, key=every.index)
    assert project.unassigned == project.store.unit_ids(UNASSIGNED)


def test_a_corpus_at_an_fsspec_url_reads_like_the_folder(tmp_path, monkeypatch):
    fsspec = pytest.importorskip("fsspec")
    corpus = _corpus(tmp_path)
    memory = fsspec.filesystem("memory")
    for path in sorted(corpus.rglob("*")):
        if path.is_file():
            memory.pipe(f"/news-{tmp_path.name}/{path.relative_to(corpus).as_posix()}", path.read_bytes())
    url = f"memory://news-{tmp_path.name}"
    settings = _settings(corpus, corpus_dir=url, events_file=corpus / "events.yaml")
    _same(_from_store(settings), _afresh(corpus))
    reads = _reads(monkeypatch)
    memory.pipe(f"/news-{tmp_path.name}/zz_russian.txt", (corpus / "zz_russian.txt").read_bytes() + b"\n\nNew.\n")
    _from_store(settings)
    assert reads == ["zz_russian.txt"]


def test_two_builds_sharing_a_cache_at_once_both_finish_alike(tmp_path):
    folder = copy_corpus(tmp_path)
    command = [*briefgen_command(), "build", "--format", "md", "--log-format", "json"]
    environment = {**os.environ, "SOURCE_DATE_EPOCH": str(EPOCH)}
    runs = [subprocess.Popen([*command, "--out", name], cwd=folder, env=environment, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for name in ("one", "two")]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    manifests = [json.loads((folder / name / "manifest.json").read_text(encoding="utf-8")) for name in ("one", "two")]
    assert [a["sha256"] for a in manifests[0]["artifacts"]] == [a["sha256"] for a in manifests[1]["artifacts"]]


def test_a_store_of_units_grouped_elsewhere_lists_its_bidi_controls(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "rtl.txt").write_text("Leaders met in Astana on July 4, 2024 for the summit. The slogan read "
                                    "\u202egnirts desrever a\u202c and nobody could read it.\n", encoding="utf-8")
    read = read_corpus(folder, today=TODAY)
    from briefgen.catalog import load_catalog
    from briefgen.ingest import ingested_elsewhere

    ingested = ingested_elsewhere(read, assign_events(list(read.units), load_catalog(CORPUS / "events.yaml")))
    assert [source for source, _ in ingested.store.bidi_sources()] == ["rtl.txt"]


def test_a_store_of_units_grouped_elsewhere_counts_repeats_as_that_engine_did(tmp_path):
    corpus = _corpus(tmp_path)
    read = read_corpus(corpus, exclude=(corpus / "events.yaml",), today=TODAY)
    from briefgen.catalog import load_catalog
    from briefgen.ingest import ingested_elsewhere

    ingested = ingested_elsewhere(read, assign_events(list(read.units), load_catalog(corpus / "events.yaml")))
    assert read.duplicates_removed > sum(unit.duplicates_removed for unit in read.units)  # whole repeated records too
    assert ingested.store.repeats_removed() == read.duplicates_removed


def test_a_library_build_of_a_url_corpus_reads_the_corpus_own_catalog(tmp_path):
    fsspec = pytest.importorskip("fsspec")
    memory = fsspec.filesystem("memory")
    catalog = (CORPUS / "events.yaml").read_text(encoding="utf-8").replace("Astana", "Astana (own catalog)", 1)
    memory.pipe(f"/own-{tmp_path.name}/events.yaml", catalog.encode())
    memory.pipe(f"/none-{tmp_path.name}/a.txt", b"Some text.\n")
    own = Settings(corpus_dir=f"memory://own-{tmp_path.name}", cache_dir=tmp_path / "cache")
    assert own.events_path.read_text(encoding="utf-8") == catalog and own.catalog_notice is None
    bare = Settings(corpus_dir=f"memory://none-{tmp_path.name}", cache_dir=tmp_path / "cache")
    assert bare.events_path == bundled_catalog_path() and "has no events.yaml" in bare.catalog_notice
