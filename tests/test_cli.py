"""cli.py: the real command line, in-process (CliRunner) and as a subprocess, as a user runs it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import docx
import pypdf
import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt

from briefgen import __version__
from briefgen.cli import main

from conftest import CORPUS, SEED_ARTICLE, SEED_FORUM, briefgen_command, copy_corpus, run_cli

EVENTS = ("dushanbe-2021", "samarkand-2022", "new-delhi-2023", "astana-2024")


@pytest.fixture
def runner(project, monkeypatch):
    monkeypatch.chdir(project)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    return CliRunner()


@pytest.fixture(scope="module")
def readme_build(tmp_path_factory):
    """`briefgen build` with no arguments from a project folder: the README's first command."""
    folder = copy_corpus(tmp_path_factory.mktemp("readme"))
    result = run_cli("build", cwd=folder)
    assert result.returncode == 0, result.stderr
    return folder, result


def test_help_version_and_exit_codes(runner):
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0 and "build" in result.output and "Exit codes" in result.output
    assert runner.invoke(main, ["--version"]).output.strip() == f"briefgen, version {__version__}"
    build_help = runner.invoke(main, ["build", "--help"]).output
    for option in ("--corpus", "--out", "--events", "--locale", "--templates", "--jobs", "--no-cache", "--check",
                   "-q", "-v", "--summarizer", "--sentences", "--log-format", "--strict", "--follow-external-symlinks",
                   "--render-timeout", "--render-memory"):
        assert option in build_help
    assert "130  interrupted" in build_help


def test_python_dash_m_works():
    result = subprocess.run([sys.executable, "-m", "briefgen", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and __version__ in result.stdout


def test_build_writes_sixteen_files_and_the_index_and_says_so(readme_build):
    folder, result = readme_build
    assert (folder / "output" / "index.html").stat().st_size > 0
    for event in EVENTS:
        for extension in ("md", "docx", "pdf", "html"):
            path = folder / "output" / event / "en" / f"briefing.{extension}"
            assert path.stat().st_size > 0
            assert f"output/{event}/en/briefing.{extension}" in result.stdout
    assert "16 artifacts: 16 built" in result.stdout


def test_pdf_opens_and_shows_the_event_and_a_verbatim_summary_sentence(readme_build):
    folder, _ = readme_build
    corpus_text = " ".join("\n".join(p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")).split())
    for event, name in (("samarkand-2022", "SCO Summit in Samarkand 2022"), ("astana-2024", "SCO Summit in Astana 2024")):
        reader = pypdf.PdfReader(folder / "output" / event / "en" / "briefing.pdf")
        text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
        assert name in text
        markdown = (folder / "output" / event / "en" / "briefing.md").read_text(encoding="utf-8")
        summary = [re.sub(r"\\(.)", r"\1", line.split(". ", 1)[1].rsplit(" \\[", 1)[0])
                   for line in markdown.splitlines() if re.match(r"^\d+\. ", line)]
        assert summary and all(sentence in corpus_text for sentence in summary)
        assert any(sentence in text for sentence in summary)


def test_docx_has_heading_styled_headings(readme_build):
    folder, _ = readme_build
    document = docx.Document(folder / "output" / "samarkand-2022" / "en" / "briefing.docx")
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert ("Heading 1", "SCO Summit in Samarkand 2022") in headings
    assert {"Executive summary", "Key quotes", "Sources"} <= {text for style, text in headings if style == "Heading 2"}


def test_markdown_parses_as_commonmark_with_the_pack_sections(readme_build):
    folder, _ = readme_build
    markdown = (folder / "output" / "new-delhi-2023" / "en" / "briefing.md").read_text(encoding="utf-8")
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    headings = [tokens[i + 1].content for i, token in enumerate(tokens) if token.type == "heading_open"]
    assert headings[:3] == ["SCO Virtual Summit, New Delhi 2023", "Executive summary", "Key quotes"]
    assert "Sources" in headings and any(token.type == "table_open" for token in tokens)
    assert any(token.type == "blockquote_open" for token in tokens)


def test_running_build_twice_gives_the_same_markdown(readme_build):
    folder, _ = readme_build
    before = {p: p.read_bytes() for p in (folder / "output").rglob("*.md")}
    assert run_cli("build", "--no-cache", cwd=folder, env={"SOURCE_DATE_EPOCH": "1767225600"}).returncode == 0
    assert {p: p.read_bytes() for p in (folder / "output").rglob("*.md")} == before


def test_corpus_json(runner, project):
    (project / "corpus" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    result = runner.invoke(main, ["corpus", "--json"])
    data = json.loads(result.output)
    unit = next(u for u in data["units"] if u["id"] == f"{SEED_FORUM}#82")
    assert {"id", "source", "post", "author", "date", "lang", "urls", "words", "text"} <= set(unit)
    assert (unit["source"], unit["post"], unit["author"], unit["date"], unit["lang"]) == (
        SEED_FORUM, 82, "Kiko", "2023-07-04", "en")
    assert data["rejected"] == [{"source": "photo.jpg", "reason": data["rejected"][0]["reason"]}]
    assert data["duplicates_removed"] > 0
    strict = runner.invoke(main, ["corpus", "--strict"])
    assert strict.exit_code == 2 and "photo.jpg" in strict.output


def test_events_json_and_explain(runner):
    data = json.loads(runner.invoke(main, ["events", "--json"]).output)
    assert [e["id"] for e in data["events"]] == list(EVENTS)
    astana = next(e for e in data["events"] if e["id"] == "astana-2024")
    assert SEED_ARTICLE in astana["units"]
    assert f"{SEED_FORUM}#79" in data["unassigned"]
    explained = runner.invoke(main, ["events", "--explain"]).output
    assert "scores:" in explained and "place-summit: 'Samarkand'" in explained
    assert "penalty astana-2024: published 2022-09-16" in explained


def test_summarize_and_quotes_json(runner):
    summary = json.loads(runner.invoke(main, ["summarize", "samarkand-2022", "--json", "--sentences", "3"]).output)
    assert summary["event"] == "samarkand-2022" and len(summary["sentences"]) == 3
    assert {"text", "unit", "source", "url"} <= set(summary["sentences"][0])
    every = json.loads(runner.invoke(main, ["quotes", "samarkand-2022", "--all", "--json"]).output)["quotes"]
    key = json.loads(runner.invoke(main, ["quotes", "samarkand-2022", "--json"]).output)["quotes"]
    assert len(every) > len(key) > 0 and all(q["key"] for q in key)
    assert {"text", "speaker", "speaker_kind", "lang", "cue", "unit", "source", "key"} <= set(every[0])
    assert sum(q["key"] for q in every) == len(key)
    explained = runner.invoke(main, ["quotes", "samarkand-2022", "--explain"]).output
    assert "cue: " in explained


def test_locales_and_template_variables(runner):
    output = runner.invoke(main, ["locales"]).output
    assert len(output.strip().splitlines()) == 12 and "فارسی" in output and "rtl" in output
    variables = runner.invoke(main, ["templates", "vars"]).output
    assert "event.dates" in variables and "summary" in variables


def test_bad_input_is_one_line_with_exit_code_two(runner, project):
    unknown = runner.invoke(main, ["build", "tianjin-2025"])
    assert unknown.exit_code == 2 and "unknown event 'tianjin-2025' (known events: dushanbe-2021" in unknown.output
    assert runner.invoke(main, ["build", "--locale", "xx"]).exit_code == 2
    (project / "corpus" / "events.yaml").write_text("events:\n  - id: x\n    name: X\n    city: X\n    country: KZ\n"
                                                  "    start: 2024-07-03\n    ned: 2024-07-04\n")
    result = subprocess.run([*briefgen_command(), "build"], cwd=project, capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.strip() == ("briefgen: corpus/events.yaml:7: event: unknown key 'ned' (expected one of: "
                                     "aliases, chair, city, country, description, end, format, id, keywords, members, "
                                     "name, ordinal, people, start)")
    missing = runner.invoke(main, ["build", "--corpus", "nowhere"])
    assert missing.exit_code == 2 and "event catalog not found" in missing.output


def test_a_corpus_without_a_catalog(tmp_path):
    """`corpus` needs no catalog; `events` and `build` use the bundled one and say so in one line."""
    news = tmp_path / "news"
    news.mkdir()
    (news / "article.txt").write_text("The SCO summit in Samarkand opened on September 15, 2022.\n", encoding="utf-8")
    listed = run_cli("corpus", "--corpus", str(news), "-q", cwd=tmp_path)
    assert listed.returncode == 0 and "article.txt" in listed.stdout and listed.stderr == ""
    grouped = run_cli("events", "--corpus", str(news), "--json", cwd=tmp_path)
    assert grouped.returncode == 0
    assert grouped.stderr.strip().startswith(f"briefgen: {news} has no events.yaml: using the catalog bundled")
    samarkand = next(e for e in json.loads(grouped.stdout)["events"] if e["id"] == "samarkand-2022")
    assert samarkand["units"] == ["article.txt"]


def test_a_closed_pipe_ends_quietly(project):
    """`briefgen corpus --json | head -1`: no 'internal error', exit 0 or 141 as other Unix tools."""
    process = subprocess.Popen([*briefgen_command(), "corpus", "--json"], cwd=project, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    process.stdout.readline()
    process.stdout.close()  # the reader goes away before briefgen has written everything
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=120) in (0, 141)
    assert "internal error" not in stderr and "Traceback" not in stderr


# -- hostile corpora through the real command line --------------------------------------------------------

def _small_project(tmp_path):
    """A project folder with the bundled catalog and one real article: a build of a few seconds."""
    import shutil

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "events.yaml", corpus)
    shutil.copy(CORPUS / SEED_ARTICLE, corpus)
    return corpus


def _alias_bomb_md() -> str:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 10)]  # 9^10 'lol's if expanded
    return "---\n" + "\n".join(lines) + "\ntitle: *a9\n---\n\nThe body.\n"


def test_corpus_json_stays_small_with_a_yaml_alias_bomb(tmp_path):
    import time

    corpus = _small_project(tmp_path)
    (corpus / "laughs.md").write_text(_alias_bomb_md())
    started = time.perf_counter()
    result = run_cli("corpus", "--corpus", str(corpus), "--json", cwd=tmp_path, timeout=60)
    assert result.returncode == 0, result.stderr
    assert time.perf_counter() - started < 10 and len(result.stdout) < 200_000
    rejected = json.loads(result.stdout)["rejected"]
    assert rejected == [{"source": "laughs.md",
                         "reason": "YAML front matter uses an alias (*name) at line 3: not allowed"}]


def test_bad_names_and_loops_do_not_stop_the_build(tmp_path):
    corpus = _small_project(tmp_path)
    (corpus / "loop.txt").symlink_to("loop.txt")
    (Path(os.fsdecode(bytes(corpus) + b"/r\xe9sum\xe9.txt"))).write_text("Leaders met in Minsk to talk trade.\n")
    (corpus / "evil\nrejected forged.txt: fake").write_text("Leaders met in Minsk to talk about trade.\n")
    listed = run_cli("corpus", "--corpus", str(corpus), cwd=tmp_path, timeout=120)
    assert listed.returncode == 0, listed.stderr
    assert "r\\xe9sum\\xe9.txt" in listed.stdout and "symlink loop" in listed.stdout
    assert not any(line.startswith("rejected forged") for line in listed.stdout.splitlines())
    built = run_cli("build", "--corpus", str(corpus), "--format", "md", "-q", cwd=tmp_path, timeout=300)
    assert built.returncode == 0, built.stderr
    assert (tmp_path / "output" / "astana-2024" / "en" / "briefing.md").exists()
    rejected_lines = [line for line in built.stderr.splitlines() if line.startswith("rejected")]
    assert rejected_lines == ["rejected evil\\nrejected forged.txt: fake: unsupported file type '.txt: fake' "
                              "(supported: .txt, .text, .md, .markdown, .html, .htm, .docx, .jsonl, .parquet)",
                              "rejected loop.txt: symlink loop",
                              "rejected r\\xe9sum\\xe9.txt: name is not valid UTF-8 (shown with \\x escapes)"]


def test_out_inside_the_corpus_is_not_read_back_in(tmp_path):
    corpus = _small_project(tmp_path)
    for _ in range(2):
        built = run_cli("build", "--corpus", str(corpus), "--out", str(corpus / "packs"), "--format", "md",
                        "--no-cache", cwd=tmp_path, timeout=300)
        assert built.returncode == 0, built.stderr
    assert "note: skipped packs/: briefgen's own output or cache, not read back in as corpus texts" in built.stderr
    listed = json.loads(run_cli("corpus", "--corpus", str(corpus), "--json", cwd=tmp_path).stdout)
    assert [unit["source"] for unit in listed["units"]] == [SEED_ARTICLE]
    assert listed["notices"] == ["skipped packs/: briefgen's own output or cache, not read back in as corpus texts"]


def test_external_symlinks_are_read_only_when_asked(tmp_path):
    corpus = _small_project(tmp_path)
    (tmp_path / "outside.txt").write_text("A text outside the corpus: Leaders met in Minsk to talk about trade.\n")
    (corpus / "outside.txt").symlink_to(tmp_path / "outside.txt")
    closed = json.loads(run_cli("corpus", "--corpus", str(corpus), "--json", cwd=tmp_path).stdout)
    assert closed["rejected"] == [{"source": "outside.txt", "reason":
                                   "symlink to a file outside the corpus (--follow-external-symlinks reads it)"}]
    opened = json.loads(run_cli("corpus", "--corpus", str(corpus), "--json", "--follow-external-symlinks",
                                cwd=tmp_path).stdout)
    assert "outside.txt" in [unit["source"] for unit in opened["units"]] and opened["rejected"] == []
