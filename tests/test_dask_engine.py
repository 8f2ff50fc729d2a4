"""dask_engine.py: the Dask engine gives what the local engine gives, on a real two-worker LocalCluster."""

from __future__ import annotations

import json
import shutil
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.build import Settings
from briefgen.catalog import load_catalog
from briefgen.cli import main
from briefgen.corpus import read_corpus
from briefgen.dask_engine import INSTALL_HINT, read_and_group
from briefgen.discovery import scan
from briefgen.errors import InputError
from briefgen.grouping import assign_events

from conftest import CORPUS, EPOCH, ROOT

distributed = pytest.importorskip("distributed")
NEWS = ROOT / "benchmarks" / "data" / "dev" / "news"
NEWS_PER_LANGUAGE = 4


@pytest.fixture(scope="module")
def scheduler():
    """One cluster for the module: starting worker processes costs seconds."""
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def _body(path: Path) -> str:
    """A news file's text without its front matter."""
    text = path.read_text("utf-8")
    return text.split("\n---\n", 1)[1] if text.startswith("---\n") else text


def _longest_paragraph(text: str) -> str:
    return max(text.split("\n\n"), key=lambda paragraph: len(paragraph.split()))


def _write_jsonl(path: Path, records: list) -> None:
    path.write_text("".join((json.dumps(r, ensure_ascii=False) if isinstance(r, dict) else r) + "\n"
                            for r in records), "utf-8")


@pytest.fixture(scope="module")
def news_corpus(tmp_path_factory) -> Path:
    """Seed texts, news in three languages and two crawl exports, the second pasting records of the first
    (verbatim, and with a word changed) so that repeats cross files, hence partitions."""
    corpus = tmp_path_factory.mktemp("dask") / "corpus"
    shutil.copytree(CORPUS, corpus)
    news = [path for language in ("en", "ru", "zh") for path in sorted((NEWS / language).glob("*.md"))[:NEWS_PER_LANGUAGE]]
    for path in news:
        shutil.copy(path, corpus / f"{path.parent.name}-{path.name}")
    articles = [{"url": f"https://news.example/{n}", "title": path.stem, "lang": path.parent.name,
                 "date": "2023-08-2{n}", "text": _body(path)} for n, path in
                enumerate(sorted((NEWS / "en").glob("*.md"))[NEWS_PER_LANGUAGE:NEWS_PER_LANGUAGE + 4])]
    _write_jsonl(corpus / "crawl-1.jsonl", [*articles[:3], {"url": "https://news.example/empty", "text": ""}])
    edited = _longest_paragraph(articles[0]["text"])
    assert len(edited.split()) >= 40  # one word changed keeps word-trigram Jaccard above .8
    near = {**articles[3], "url": "https://news.example/near",
            "text": articles[3]["text"] + "\n\n" + edited.replace(edited.split()[-5], "notably", 1)}
    _write_jsonl(corpus / "crawl-2.jsonl", [{**articles[1], "url": "https://news.example/again"}, near,
                                            articles[2], "{broken"])
    return corpus


def _settings(corpus: Path, **fields) -> Settings:
    return Settings(corpus_dir=corpus, source_date_epoch=int(EPOCH),
                    use_cache=False, **fields)


def _local(settings: Settings):
    corpus = read_corpus(settings.corpus_dir, exclude=(settings.events_path, settings.out_dir, settings.cache_dir),
                         max_file_bytes=settings.max_file_bytes, today=settings.today,
                         record_fields=settings.record_fields)
    return corpus, assign_events(corpus.units, load_catalog(settings.events_path))


@pytest.mark.parametrize("partitions", [None, "one per file"])
def test_the_dask_engine_equals_the_local_engine(news_corpus, scheduler, partitions):
    settings = _settings(news_corpus, engine="dask", scheduler=scheduler)
    files = len(scan(news_corpus, (settings.events_path,)).files)
    corpus, assignments = read_and_group(settings, load_catalog(settings.events_path),
                                         partitions=files if partitions else None)
    expected_corpus, expected_assignments = _local(settings)
    assert corpus == expected_corpus
    assert assignments == expected_assignments
    # repeats across files (each its own partition in the second run): verbatim and near-duplicate
    rejected = {r.source: r.reason for r in corpus.rejected}
    assert rejected["crawl-2.jsonl:1"] == "repeats text already read from earlier files"
    assert rejected["crawl-1.jsonl:4"] == "record has no text" and "crawl-2.jsonl:4" in rejected
    near = corpus.unit("crawl-2.jsonl:2")
    assert near.duplicates_removed == 1 and "notably" in near.repeated[0].text
    assert {unit.lang for unit in corpus.units} >= {"en", "ru", "zh"}
    assert sum(a.event_id is not None for a in assignments) > 0


def test_a_corpus_url_is_fetched_by_the_workers(news_corpus, scheduler, tmp_path):
    settings = _settings(news_corpus)
    expected = _local(settings)
    on_cluster = replace(settings, corpus_dir=news_corpus.as_uri(), engine="dask", scheduler=scheduler,
                         cache_dir=tmp_path / "cache")
    assert read_and_group(on_cluster, load_catalog(settings.events_path)) == expected
    cached = [path.name for path in (tmp_path / "cache").rglob("*") if path.is_file()]
    assert cached in ([], ["events.yaml"])  # the client copies the corpus's catalog only: the texts are the workers


def test_an_empty_corpus(tmp_path, scheduler):
    settings = _settings(tmp_path, engine="dask", scheduler=scheduler)
    corpus, assignments = read_and_group(settings, load_catalog(settings.events_path))
    assert (corpus, assignments) == _local(settings)
    assert not corpus.units and not assignments


def test_without_dask_one_line_says_how_to_install_it(news_corpus, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # `import distributed` now raises ImportError
    with pytest.raises(InputError, match="pip install 'briefgen\\[dask\\]'"):
        read_and_group(_settings(news_corpus, engine="dask"), load_catalog(news_corpus / "events.yaml"))
    result = CliRunner().invoke(main, ["corpus", "--corpus", str(news_corpus), "--engine", "dask"])
    assert result.exit_code == 2
    assert result.output == f"briefgen: {INSTALL_HINT}\n"


def test_a_scheduler_needs_the_dask_engine(news_corpus):
    result = CliRunner().invoke(main, ["events", "--corpus", str(news_corpus), "--scheduler", "tcp://host:8786"])
    assert result.exit_code == 2
    assert "add --engine dask" in result.output


def test_the_cli_options_reach_the_settings(news_corpus, monkeypatch):
    seen = []

    def settings_then_stop(**fields):
        seen.append(Settings(**fields))
        raise InputError("stopped once the settings were made")

    monkeypatch.setattr("briefgen.cli.Settings", settings_then_stop)
    result = CliRunner().invoke(main, ["corpus", "--corpus", str(news_corpus), "--engine", "dask",
                                       "--scheduler", "tcp://host:8786"])
    assert result.output == "briefgen: stopped once the settings were made\n"
    assert (seen[0].engine, seen[0].scheduler, seen[0].corpus_dir) == ("dask", "tcp://host:8786", news_corpus)


def test_a_malformed_scheduler_address_is_bad_input(news_corpus):
    settings = _settings(news_corpus, engine="dask", scheduler="tcp://[::1")
    with pytest.raises(InputError, match="not a Dask scheduler address"):
        read_and_group(settings, load_catalog(settings.events_path))


def test_workers_must_run_the_clients_briefgen(news_corpus, scheduler, monkeypatch):
    monkeypatch.setattr("briefgen.dask_engine.installed_version", lambda: "0.0.0-other")
    settings = _settings(news_corpus, engine="dask", scheduler=scheduler)
    with pytest.raises(InputError, match="runs briefgen .*, this client 0.0.0-other"):
        read_and_group(settings, load_catalog(settings.events_path))


def test_workers_without_briefgen_are_refused(news_corpus, scheduler, monkeypatch):
    monkeypatch.setattr("briefgen.dask_engine.DISTRIBUTION", "briefgen-not-installed")  # asked of the workers
    monkeypatch.setattr("briefgen.dask_engine.installed_version", lambda: "1.0")
    settings = _settings(news_corpus, engine="dask", scheduler=scheduler)
    with pytest.raises(InputError, match="cannot find briefgen .*install briefgen 1.0 on every worker"):
        read_and_group(settings, load_catalog(settings.events_path))


def test_the_cli_builds_the_same_packs_with_either_engine(news_corpus, scheduler, tmp_path, monkeypatch):
    """`--engine dask` end to end: events listed and packs built from the cluster's units, as the local engine's."""
    import briefgen.dask_engine

    calls = []
    real = briefgen.dask_engine.read_and_group
    monkeypatch.setattr(briefgen.dask_engine, "read_and_group", lambda *a, **k: calls.append(1) or real(*a, **k))
    runner = CliRunner()
    common = ["--corpus", str(news_corpus), "--no-cache", "--format", "md"]
    local = runner.invoke(main, ["build", *common, "--out", str(tmp_path / "local")])
    on_cluster = runner.invoke(main, ["build", *common, "--out", str(tmp_path / "dask"), "--engine", "dask",
                                      "--scheduler", scheduler])
    assert local.exit_code == on_cluster.exit_code == 0, on_cluster.output
    packs = sorted(path.relative_to(tmp_path / "local") for path in (tmp_path / "local").rglob("briefing.md"))
    assert packs and all((tmp_path / "local" / pack).read_bytes() == (tmp_path / "dask" / pack).read_bytes()
                         for pack in packs)
    manifests = [json.loads((tmp_path / name / "manifest.json").read_text(encoding="utf-8")) for name in ("local", "dask")]
    assert manifests[0]["unassigned"] == manifests[1]["unassigned"] and manifests[0]["rejected"] == manifests[1]["rejected"]
    events = [json.loads(runner.invoke(main, ["events", "--json", "--corpus", str(news_corpus), *engine]).output)
              for engine in ([], ["--engine", "dask", "--scheduler", scheduler])]
    assert events[0] == events[1]
    assert len(calls) == 2  # the build and the listing with --engine dask went through the cluster


def test_files_split_into_runs_of_about_equal_size_local_or_listed(tmp_path):
    from briefgen.dask_engine import split_files
    from briefgen.discovery import Found

    local = []
    for index, size in enumerate([10, 10, 10, 30]):
        (tmp_path / f"{index}.txt").write_text("x" * size)
        local.append(Found(tmp_path / f"{index}.txt", f"{index}.txt"))
    listed = [Found(tmp_path / "copy" / f"{index}.txt", f"{index}.txt", url=f"memory://news/{index}.txt",
                    stamp=f"{size}:v1", size=size) for index, size in enumerate([10, 10, 10, 30])]
    for files in (local, listed):  # a URL's file is not copied here yet: its listed size counts
        assert [[found.source for found in run] for run in split_files(files, 2)] == [
            ["0.txt", "1.txt", "2.txt"], ["3.txt"]]
