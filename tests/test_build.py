"""build.py: reproducible, incremental, parallel and observable builds with a manifest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SEED_ARTICLE, copy_corpus, run_cli


def _manifest(folder: Path, out: str = "output") -> dict:
    return json.loads((folder / out / "manifest.json").read_text(encoding="utf-8"))


def _statuses(manifest: dict) -> dict[str, str]:
    return {entry["path"]: entry["status"] for entry in manifest["artifacts"]}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The seed corpus built once (en, every event), with the cache on."""
    folder = copy_corpus(tmp_path_factory.mktemp("built"))
    result = run_cli("build", cwd=folder)
    assert result.returncode == 0, result.stderr
    return folder


def test_manifest_lists_every_artifact_with_hash_size_and_units(built):
    manifest = _manifest(built)
    assert len(manifest["artifacts"]) == 12
    for entry in manifest["artifacts"]:
        path = built / "output" / entry["path"]
        assert path.stat().st_size == entry["size"] and len(entry["sha256"]) == 64
        assert {"event", "locale", "format", "units"} <= set(entry)
    astana = next(e for e in manifest["artifacts"] if e["path"] == "astana-2024/en/briefing.pdf")
    assert SEED_ARTICLE in astana["units"]
    assert manifest["rejected"] == [] and "000_8964e48515676b12.txt#79" in manifest["unassigned"]
    assert manifest["prepared_on"] == "2026-01-01"


def test_same_inputs_give_byte_identical_artifacts(built):
    again = run_cli("build", "--no-cache", "--out", "again", cwd=built)
    assert again.returncode == 0, again.stderr
    first = {e["path"]: e["sha256"] for e in _manifest(built)["artifacts"]}
    second = {e["path"]: e["sha256"] for e in _manifest(built, "again")["artifacts"]}
    assert first == second
    for path in first:
        assert (built / "output" / path).read_bytes() == (built / "again" / path).read_bytes()


def test_a_rebuild_with_nothing_changed_reuses_everything(built):
    result = run_cli("build", cwd=built)
    assert result.returncode == 0
    assert set(_statuses(_manifest(built)).values()) == {"reused"}
    assert "12 artifacts: 0 built, 12 reused, 0 failed" in result.stdout
    check = run_cli("build", "--check", cwd=built)
    assert check.returncode == 0 and "0 of 12 artifacts out of date" in check.stdout


def test_changing_one_source_rebuilds_only_the_packs_that_use_it(tmp_path):
    folder = copy_corpus(tmp_path)
    assert run_cli("build", "--format", "md", cwd=folder).returncode == 0
    with (folder / "corpus" / SEED_ARTICLE).open("a", encoding="utf-8") as stream:
        stream.write("\nThe Astana declaration was signed by all member states on the second day of the summit.\n")
    check = run_cli("build", "--check", "--format", "md", cwd=folder)
    assert check.returncode == 1 and "astana-2024/en/briefing.md" in check.stdout
    assert run_cli("build", "--format", "md", cwd=folder).returncode == 0
    statuses = _statuses(_manifest(folder))
    assert statuses == {"astana-2024/en/briefing.md": "built", "dushanbe-2021/en/briefing.md": "reused",
                        "new-delhi-2023/en/briefing.md": "reused", "samarkand-2022/en/briefing.md": "reused"}


def test_changing_a_template_rebuilds_what_uses_it(tmp_path):
    folder = copy_corpus(tmp_path)
    assert run_cli("templates", "init", "house", cwd=folder).returncode == 0
    assert run_cli("build", "--templates", "house", "--format", "md", "--format", "docx", cwd=folder).returncode == 0
    reference = folder / "house" / "reference.docx"
    reference.write_bytes(reference.read_bytes())  # same bytes: nothing to rebuild
    assert set(_statuses(_manifest(folder)).values()) == {"built"}
    run_cli("build", "--templates", "house", "--format", "md", "--format", "docx", cwd=folder)
    assert set(_statuses(_manifest(folder)).values()) == {"reused"}
    template = folder / "house" / "briefing.md.j2"
    template.write_text(template.read_text(encoding="utf-8") + "\n*House footer.*\n", encoding="utf-8")
    run_cli("build", "--templates", "house", "--format", "md", "--format", "docx", cwd=folder)
    assert set(_statuses(_manifest(folder)).values()) == {"built"}


def test_parallel_jobs_give_the_same_output_as_one_job(tmp_path):
    folder = copy_corpus(tmp_path)
    one = run_cli("build", "--jobs", "1", "--out", "one", "--locale", "en,ru", "--format", "md", "--format", "pdf",
                  "--no-cache", cwd=folder)
    two = run_cli("build", "--jobs", "2", "--out", "two", "--locale", "en,ru", "--format", "md", "--format", "pdf",
                  "--no-cache", cwd=folder)
    assert one.returncode == two.returncode == 0
    strip = lambda m: [{k: v for k, v in e.items() if k != "seconds"} for e in m["artifacts"]]  # noqa: E731
    assert strip(_manifest(folder, "one")) == strip(_manifest(folder, "two"))
    assert len(two.stdout.strip().splitlines()) == 17  # 16 artifact lines, unbroken, and the summary


def test_writes_are_atomic_and_logs_can_be_json(tmp_path):
    folder = copy_corpus(tmp_path)
    result = run_cli("build", "--log-format", "json", "--format", "md", cwd=folder)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["type"] for r in records] == ["artifact"] * 4 + ["summary"]
    assert records[-1]["built"] == 4 and records[-1]["failed"] == 0
    leftovers = [p for p in (folder / "output").rglob("*") if p.name.startswith(".")]
    assert leftovers == []


def test_prepared_on_comes_from_source_date_epoch(tmp_path):
    folder = copy_corpus(tmp_path)
    run_cli("build", "astana-2024", "--format", "md", cwd=folder, env={"SOURCE_DATE_EPOCH": "1700000000"})
    assert "Prepared on November 14, 2023" in (folder / "output/astana-2024/en/briefing.md").read_text(encoding="utf-8")
    bad = run_cli("build", cwd=folder, env={"SOURCE_DATE_EPOCH": "yesterday"})
    assert bad.returncode == 2 and "SOURCE_DATE_EPOCH" in bad.stderr
