"""build.py: reproducible, incremental, parallel and observable builds with a manifest."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import pickle
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from conftest import EPOCH, SEED_ARTICLE, briefgen_command, copy_corpus, run_cli


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
    assert len(manifest["artifacts"]) == 16  # 4 events x md, docx, pdf, html
    for entry in manifest["artifacts"]:
        path = built / "output" / entry["path"]
        assert path.stat().st_size == entry["size"] and len(entry["sha256"]) == 64
        assert {"event", "locale", "format", "units"} <= set(entry)
    astana = next(e for e in manifest["artifacts"] if e["path"] == "astana-2024/en/briefing.pdf")
    assert SEED_ARTICLE in astana["units"]
    assert manifest["rejected"] == [] and "000_8964e48515676b12.txt#79" in manifest["unassigned"]
    assert manifest["prepared_on"] == "2026-01-01"
    index = built / "output" / "index.html"
    assert manifest["site"]["path"] == "index.html" and manifest["site"]["size"] == index.stat().st_size


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
    assert "16 artifacts: 0 built, 16 reused, 0 failed" in result.stdout
    check = run_cli("build", "--check", cwd=built)
    assert check.returncode == 0 and "0 of 17 artifacts out of date" in check.stdout  # and index.html


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


class _RunsCode:
    """A pickle that runs a shell command when loaded."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return os.system, (f"touch {self.marker}",)


def test_a_replaced_cache_file_cannot_run_code(tmp_path):
    """Whoever can write the cache folder must not get code run by the next build: every cache file
    replaced by a pickle that runs a command (and by garbage) is ignored and rebuilt, no traceback."""
    folder = copy_corpus(tmp_path)
    assert run_cli("build", "--format", "md", cwd=folder).returncode == 0
    cache = sorted((folder / ".briefgen-cache").iterdir())
    assert cache
    marker = tmp_path / "pwned"
    for path in cache:
        path.write_bytes(pickle.dumps(_RunsCode(marker)))
    again = run_cli("build", "--format", "md", "--out", "again", cwd=folder)
    assert again.returncode == 0 and "Traceback" not in again.stderr and not marker.exists()
    for path in (folder / ".briefgen-cache").iterdir():
        path.write_bytes(b'{"units": [{"id": 7}')  # truncated, and not a corpus either
    third = run_cli("build", "--format", "md", "--out", "third", cwd=folder)
    assert third.returncode == 0 and "Traceback" not in third.stderr
    for name in ("output", "again", "third"):
        assert _manifest(folder, name)["artifacts"][0]["sha256"] == _manifest(folder)["artifacts"][0]["sha256"]


def test_a_second_build_on_the_same_output_exits_2(tmp_path):
    """While one build holds output/, another exits 2 at once with one line; two started together
    leave a manifest whose hashes and sizes are those of the files."""
    folder = copy_corpus(tmp_path)
    (folder / "output").mkdir()
    holder = os.open(folder / "output", os.O_RDONLY)
    try:
        fcntl.flock(holder, fcntl.LOCK_EX)  # what a running build holds
        second = run_cli("build", "--format", "md", cwd=folder)
    finally:
        os.close(holder)
    assert second.returncode == 2
    assert second.stderr.strip() == ("briefgen: another briefgen build is writing to output: wait for it to finish, "
                                     "or build into another --out")
    builds = [subprocess.Popen([*briefgen_command(), "build", "--format", "md", "--format", "docx", "--no-cache"],
                               cwd=folder, env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH}, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE) for _ in range(2)]
    codes = sorted(build.wait(timeout=300) for build in builds)
    assert codes in ([0, 0], [0, 2])
    for entry in _manifest(folder)["artifacts"]:
        data = (folder / "output" / entry["path"]).read_bytes()
        assert (len(data), hashlib.sha256(data).hexdigest()) == (entry["size"], entry["sha256"])


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_stops_promptly_and_writes_the_manifest_of_what_was_built(tmp_path, jobs):
    folder = copy_corpus(tmp_path)
    build = subprocess.Popen([*briefgen_command(), "build", "--locale", "en,ru,zh,fa", "--no-cache", "--jobs", jobs],
                             cwd=folder, env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH}, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True,
                             # as from a terminal, even when the tests run as a background job (which ignores Ctrl-C)
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    first = build.stdout.readline()  # the first artifact is written: rendering is under way
    assert first.startswith("built"), first + build.stderr.read()
    build.send_signal(signal.SIGINT)
    interrupted = time.perf_counter()
    stdout, stderr = build.communicate(timeout=60)
    assert time.perf_counter() - interrupted < 5
    assert build.returncode == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    entries = _manifest(folder)["artifacts"]
    assert 1 <= len(entries) < 48
    for entry in entries:
        data = (folder / "output" / entry["path"]).read_bytes()
        assert (entry["status"], len(data), hashlib.sha256(data).hexdigest()) == ("built", entry["size"], entry["sha256"])
    written = {path.relative_to(folder / "output").as_posix() for path in (folder / "output").rglob("briefing.*")}
    assert written == {entry["path"] for entry in entries}


def test_an_output_that_is_a_file_or_cannot_be_written_is_bad_usage(tmp_path):
    folder = copy_corpus(tmp_path)
    (folder / "taken").write_text("not a folder\n")
    result = run_cli("build", "--format", "md", "--out", "taken", cwd=folder)
    assert result.returncode == 2 and result.stderr.strip() == "briefgen: --out taken is a file, not a folder"
    inside = run_cli("build", "--format", "md", "--out", "taken/packs", cwd=folder)
    assert inside.returncode == 2 and inside.stderr.strip().startswith("briefgen: --out taken/packs cannot be written")
    locked = folder / "locked"
    locked.mkdir()
    with _read_only(locked):
        result = run_cli("build", "--format", "md", "--out", "locked", cwd=folder)
    assert result.returncode == 2 and "internal error" not in result.stderr
    assert result.stderr.strip().startswith("briefgen: --out locked cannot be written: ")


@contextlib.contextmanager
def _read_only(folder: Path):
    """A folder nobody can write to, root included (root ignores permission bits, not the immutable flag)."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode:
        pytest.skip("running as root on a filesystem without the immutable flag")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def test_packs_of_an_event_removed_from_the_catalog_are_removed(tmp_path):
    folder = copy_corpus(tmp_path)
    assert run_cli("build", "--format", "md", "--format", "docx", cwd=folder).returncode == 0
    catalog = folder / "corpus" / "events.yaml"
    text = catalog.read_text(encoding="utf-8")
    start, end = text.index("  - id: dushanbe-2021"), text.index("  - id: samarkand-2022")
    catalog.write_text(text[:start] + text[end:], encoding="utf-8")
    secret = tmp_path / "keep.txt"
    secret.write_text("not briefgen's\n")
    manifest = _manifest(folder)  # a forged entry must not make briefgen delete a file outside output/
    manifest["artifacts"].append({"event": "gone", "locale": "en", "format": "md", "path": "../keep.txt",
                                  "size": secret.stat().st_size, "sha256": hashlib.sha256(secret.read_bytes()).hexdigest(),
                                  "units": [], "status": "built", "key": ""})
    (folder / "output" / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    result = run_cli("build", "--format", "md", "--format", "docx", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert "removed output/dushanbe-2021/en/briefing.md (its event is no longer in the catalog)" in result.stdout
    assert not (folder / "output" / "dushanbe-2021").exists() and secret.exists()
    assert {entry["event"] for entry in _manifest(folder)["artifacts"]} == {
        "samarkand-2022", "new-delhi-2023", "astana-2024"}


def test_an_output_edited_after_the_build_is_rebuilt_even_at_its_size_and_mtime(tmp_path):
    """Reuse trusts a remembered hash only while the file's stat is the one briefgen wrote: an edit
    changes the ctime even when the size is the same and the mtime is set back."""
    folder = copy_corpus(tmp_path)
    arguments = ("build", "astana-2024", "--format", "md", "--format", "docx", "--log-format", "json")
    assert run_cli(*arguments, cwd=folder).returncode == 0
    markdown, index = folder / "output/astana-2024/en/briefing.md", folder / "output/index.html"
    originals = {path: (path.read_bytes(), path.stat()) for path in (markdown, index)}
    for path, (data, stat) in originals.items():
        edited = data.replace(b"Astana", b"Astanb", 1)
        assert len(edited) == len(data) and edited != data
        path.write_bytes(edited)
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    result = run_cli(*arguments, cwd=folder)
    assert result.returncode == 0, result.stderr
    statuses = {record["path"]: record["status"] for record in map(json.loads, result.stdout.splitlines())
                if record["type"] == "artifact"}
    assert statuses == {"output/astana-2024/en/briefing.md": "built", "output/astana-2024/en/briefing.docx": "reused"}
    for path, (data, _) in originals.items():
        assert path.read_bytes() == data


def test_a_build_after_an_unchanged_one_reuses_the_index_and_needs_no_cache_of_hashes(tmp_path):
    folder = copy_corpus(tmp_path)
    assert run_cli("build", "--format", "md", cwd=folder).returncode == 0
    index = folder / "output" / "index.html"
    written = index.stat()
    (folder / ".briefgen-cache" / "output-digests.json").write_text("not json", encoding="utf-8")
    result = run_cli("build", "--format", "md", cwd=folder)
    assert result.returncode == 0 and "4 artifacts: 0 built, 4 reused" in result.stdout
    assert index.stat().st_ino == written.st_ino  # not written again: its inputs and bytes are the same
    assert _manifest(folder)["site"]["sha256"] == hashlib.sha256(index.read_bytes()).hexdigest()
    (folder / "corpus" / "events.yaml").write_text(
        (folder / "corpus" / "events.yaml").read_text(encoding="utf-8").replace("Astana", "Astana city", 1),
        encoding="utf-8")
    assert run_cli("build", "--format", "md", cwd=folder).returncode == 0
    assert index.stat().st_ino != written.st_ino  # the catalog changed: a new page
