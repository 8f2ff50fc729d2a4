"""render.py: corpus text is data in every format; templates editors own; fonts for every glyph."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import time
from pathlib import Path

import docx
import pymupdf
import pytest
from docx.shared import RGBColor
from markdown_it import MarkdownIt

from briefgen import render
from briefgen.budget import Budget
from briefgen.errors import FontError, RenderError
from briefgen.fonts import check_coverage, font_chain, font_dirs
from briefgen.render import escape_markdown, isolate_direction

from conftest import CORPUS, run_cli
from pdfcheck import missing_glyphs, pdf_text

PAYLOADS = ["# heading", "*stars*", "[x](javascript:alert(1))", "<script>alert(1)</script>", "{{ 7*7 }}",
            r"\input{/etc/passwd}", "#set page(width: 1cm)", "`#panic()`{=typst}", "$x^2$", "| a | b |",
            "&amp;", "@cite", "1. not a list", "> not a quote", "::: not a div"]
# One sentence per payload, different enough from each other that none is dropped as a near-duplicate.
CONTEXTS = ["Delegates in Samarkand opened the summit file with {} on its first line.",
            "Analysts noticed that {} was typed around the name of the summit host city.",
            "A forum user posted {} under a story about the Samarkand declaration.",
            "Security staff found {} inside the press centre website during the meeting.",
            "Translators kept {} untouched while rendering the leaders' statements.",
            "Somebody had left {} in the printed agenda of the heads of state.",
            "The Uzbek organisers never executed {} although it sat in their minutes.",
            "Journalists copied {} from a draft that circulated among the delegations.",
            "Economists wrote {} when estimating trade growth between SCO members.",
            "A spreadsheet cell reading {} described currency settlements in Samarkand.",
            "Web archives show {} in the scraped page about the Silk Road summit.",
            "Citation software inserted {} beside the communique of the organisation.",
            "An editor wrote {} before the paragraph on Iran joining the bloc.",
            "Someone typed {} at the start of a comment on the Samarkand spirit.",
            "The layout engine received {} in the middle of a briefing on transport."]
# Typst shorthands pandoc's Typst writer does not escape ("...", "-?", "-1") and those it does ("--", "~"):
# each must reach the PDF as the source's characters, not as an ellipsis, soft hyphen, minus or dash.
SHORTHANDS = "Samarkand notes read wait... then -? and -1 and -- and --- and ~ end"
# A right-to-left override would show "careful and moving" for these letters; packs must show the letters.
OVERRIDDEN = "\u202egnivom dna luferac\u202c"
SHOWN_OVERRIDE = "‹U+202E›gnivom dna luferac‹U+202C›"
ESCAPING_TEXT = """{headline}

{sentences}

"The *summit* in Samarkand is a success {{{{ 7*7 }}}} <b>really</b>," Putin said at the SCO summit.

Reporters in Samarkand wrote down what the summit notes said: {shorthands}.

A leaflet handed out at the Samarkand summit gate said {overridden} in large letters.
"""


def _markdown_text(markdown: str) -> tuple[str, list]:
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    texts = ["".join(child.content for child in token.children if child.type in ("text", "code_inline"))
             for token in tokens if token.type == "inline"]
    return "\n".join(texts), tokens


@pytest.mark.parametrize("payload", PAYLOADS)
def test_escaped_text_reads_back_literally_anywhere_on_a_line(payload):
    for markdown in (escape_markdown(payload), f"Before {escape_markdown(payload)} after"):
        text, tokens = _markdown_text(markdown)
        assert payload in text
        assert not any(token.type in ("heading_open", "bullet_list_open", "ordered_list_open", "blockquote_open",
                                      "html_block", "fence") for token in tokens)


@pytest.fixture(scope="module")
def escaping_build(tmp_path_factory):
    folder = tmp_path_factory.mktemp("escaping")
    corpus = folder / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "events.yaml", corpus)
    sentences = "\n\n".join(context.format(p) for context, p in zip(CONTEXTS, PAYLOADS))
    (corpus / "escaping.txt").write_text(ESCAPING_TEXT.format(
        headline="# Samarkand summit: {{ 7*7 }} <b>bold</b> *not emphasis*", sentences=sentences,
        shorthands=SHORTHANDS, overridden=OVERRIDDEN), encoding="utf-8")
    result = run_cli("build", "samarkand-2022", "--sentences", "30", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert "escaping.txt: bidirectional control characters (U+202C, U+202E)" in result.stderr
    return folder / "output" / "samarkand-2022" / "en"


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_corpus_markup_is_literal_in_markdown(escaping_build):
    markdown = (escaping_build / "briefing.md").read_text(encoding="utf-8")
    text, tokens = _markdown_text(markdown)
    for payload in PAYLOADS + ["{{ 7*7 }}", "<b>bold</b>", "*not emphasis*"]:
        assert payload in text, payload
    links = [child for token in tokens if token.type == "inline" for child in token.children if child.type == "link_open"]
    assert not any("javascript" in link.attrGet("href") for link in links)
    assert not any(token.type.startswith("html") for token in tokens)
    assert "49" not in markdown


def test_corpus_markup_is_literal_in_docx(escaping_build):
    document = docx.Document(escaping_build / "briefing.docx")
    text = "\n".join([p.text for p in document.paragraphs] +
                     [cell.text for table in document.tables for row in table.rows for cell in row.cells])
    for payload in PAYLOADS + ["<b>bold</b>", "*not emphasis*"]:
        assert payload in text, payload


def test_typst_shorthands_in_sources_stay_verbatim_in_pdf(escaping_build):
    raw = " ".join("".join(page.get_text() for page in pymupdf.open(escaping_build / "briefing.pdf")).split())
    assert SHORTHANDS in raw  # not "wait… then ­ and −1 and – and — and  end"


def test_bidi_controls_are_shown_not_obeyed(escaping_build):
    markdown = (escaping_build / "briefing.md").read_text(encoding="utf-8")
    document = docx.Document(escaping_build / "briefing.docx")
    docx_text = "\n".join(p.text for p in document.paragraphs)
    pdf = " ".join("".join(page.get_text() for page in pymupdf.open(escaping_build / "briefing.pdf")).split())
    for text in (markdown, docx_text, pdf):
        assert SHOWN_OVERRIDE in text and "\u202e" not in text and "\u202c" not in text


def test_right_to_left_isolates_survive_the_bidi_escape():
    assert escape_markdown("a\u202eb\u2066c\u2069") == "a‹U+202E›b‹U+2066›c‹U+2069›"
    assert isolate_direction(escape_markdown("SCO summit"), "rtl") == "\u200eSCO summit\u200e"
    assert escape_markdown("\u200fمی\u200cگوید") == "\u200fمی\u200cگوید"  # RLM and ZWNJ belong to Persian text
    assert escape_markdown("in \u200f2022 2023\u200f") == "in ‹U+200F›2022 2023‹U+200F›"  # would show "2023 2022"


def test_corpus_markup_is_literal_in_pdf(escaping_build):
    pdf = escaping_build / "briefing.pdf"
    text = _squeeze(pdf_text(pdf))
    for payload in PAYLOADS + ["<b>bold</b>"]:
        assert _squeeze(payload) in text, payload
    assert all(abs(page.rect.width - 595.3) < 1 for page in pymupdf.open(pdf))  # "#set page" did nothing


def test_a_broken_user_template_is_reported_with_file_and_line(project):
    templates = project / "house"
    templates.mkdir()
    (templates / "briefing.md.j2").write_text("# {{ event.name }}\n\n{% if %}\n")
    result = run_cli("build", "--templates", "house", cwd=project)
    assert result.returncode == 2
    assert f"{Path('house') / 'briefing.md.j2'}:3:" in result.stderr and "Traceback" not in result.stderr
    (templates / "briefing.md.j2").write_text("# {{ event.name }}\n{{ event.no_such_field }}\n")
    result = run_cli("build", "--templates", "house", cwd=project)
    assert result.returncode == 2 and "briefing.md.j2:2:" in result.stderr and "no_such_field" in result.stderr
    (templates / "briefing.md.j2").unlink()
    (templates / "briefing.typ").write_text("#set page(width: 10cm)\n$if(title)\n$body$\n")
    result = run_cli("build", "--templates", "house", "--format", "pdf", cwd=project)
    assert result.returncode == 2 and "briefing.typ:2:" in result.stderr and "Traceback" not in result.stderr


def test_a_template_cannot_run_code(project):
    """A house template from a pull request must not reach Python's internals (SSTI): sandboxed, and
    the blocked access is a template error with file:line, exit 2, and nothing executed."""
    templates = project / "house"
    templates.mkdir()
    marker = project / "pwned"
    (templates / "briefing.md.j2").write_text(
        "# {{ event.name }}\n\n{{ lipsum.__globals__['os'].popen('touch " + str(marker) + "').read() }}\n")
    result = run_cli("build", "--templates", "house", "--format", "md", cwd=project)
    assert result.returncode == 2 and not marker.exists()
    assert "briefing.md.j2:3:" in result.stderr and "unsafe" in result.stderr and "Traceback" not in result.stderr


def test_a_house_style_changes_a_heading_and_the_docx_styles(project):
    assert run_cli("templates", "init", "house", cwd=project).returncode == 0
    template = project / "house" / "briefing.md.j2"
    template.write_text(template.read_text(encoding="utf-8").replace('## {{ _("Key quotes") }}', "## Notable remarks"))
    reference = docx.Document(project / "house" / "reference.docx")
    reference.styles["Heading 1"].font.name = "DejaVu Serif"
    reference.styles["Heading 1"].font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    reference.save(project / "house" / "reference.docx")
    result = run_cli("build", "samarkand-2022", "--templates", "house", "--format", "md", "--format", "docx",
                     cwd=project)
    assert result.returncode == 0, result.stderr
    out = project / "output" / "samarkand-2022" / "en"
    assert "## Notable remarks" in (out / "briefing.md").read_text(encoding="utf-8")
    document = docx.Document(out / "briefing.docx")
    assert any(p.text == "Notable remarks" and p.style.name == "Heading 2" for p in document.paragraphs)
    heading = document.styles["Heading 1"]
    assert heading.font.name == "DejaVu Serif" and heading.font.color.rgb == RGBColor(0xC0, 0x00, 0x00)
    assert any(p.style.name == "Heading 1" for p in document.paragraphs)


def test_templates_init_then_build_gives_the_same_pack(project):
    assert run_cli("build", "astana-2024", "--out", "default", cwd=project).returncode == 0
    assert run_cli("templates", "init", "house", cwd=project).returncode == 0
    assert run_cli("build", "astana-2024", "--out", "custom", "--templates", "house", cwd=project).returncode == 0
    for name in ("briefing.md", "briefing.docx", "briefing.pdf"):
        default = (project / "default" / "astana-2024" / "en" / name).read_bytes()
        custom = (project / "custom" / "astana-2024" / "en" / name).read_bytes()
        assert hashlib.sha256(default).digest() == hashlib.sha256(custom).digest(), name
    again = run_cli("templates", "init", "house", cwd=project)
    assert again.returncode == 2 and "exists" in again.stderr


def test_hebrew_and_amharic_quoted_in_an_english_source_are_drawn(project):
    (project / "corpus" / "guests.txt").write_text(
        "At the SCO summit in Samarkand the guests read שלום and ሰላም ለሁሉም to the hall, officials said.\n",
        encoding="utf-8")
    result = run_cli("build", "samarkand-2022", "--format", "pdf", "--sentences", "30", cwd=project)
    assert result.returncode == 0, result.stderr
    pdf = project / "output" / "samarkand-2022" / "en" / "briefing.pdf"
    assert missing_glyphs(pdf) == 0 and "ሰላም ለሁሉም" in pdf_text(pdf) and "warning" not in result.stderr


def test_a_script_no_font_has_is_shown_as_code_points_with_a_warning(project):
    """A stray character no bundled font has must not cost the whole PDF: it prints as ‹U+13E3›,
    the build warns naming it, and only --strict turns that into a failed run (exit 2)."""
    (project / "corpus" / "cherokee.txt").write_text(
        "At the SCO summit in Samarkand a guest signed the book as ᏣᎳᎩ before the talks, officials said.\n",
        encoding="utf-8")
    result = run_cli("build", "samarkand-2022", "--sentences", "30", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "CHEROKEE LETTER TSA" in result.stderr and "code point, like ‹U+13A9›" in result.stderr
    out = project / "output" / "samarkand-2022" / "en"
    assert "ᏣᎳᎩ" in (out / "briefing.md").read_text(encoding="utf-8")
    assert "‹U+13E3›‹U+13B3›‹U+13A9›" in pdf_text(out / "briefing.pdf") and missing_glyphs(out / "briefing.pdf") == 0
    strict = run_cli("build", "samarkand-2022", "--sentences", "30", "--strict", cwd=project)  # reused: still warns
    assert strict.returncode == 2 and "CHEROKEE LETTER TSA" in strict.stderr


def test_font_checks_name_what_is_missing():
    folders = font_dirs()
    check_coverage("Samarkand Самарканд 撒马尔罕 سمرقند समरकंद", font_chain("Latn"), folders)
    with pytest.raises(FontError, match="font 'Nowhere Sans' is not installed"):
        check_coverage("text", ("Nowhere Sans",), folders)


def test_a_logo_in_the_templates_folder_appears_on_the_pdf(project):
    house = project / "house"
    house.mkdir()
    (house / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">'
                                    '<rect width="40" height="20" fill="#cc0000"/></svg>')
    result = run_cli("build", "astana-2024", "--templates", "house", "--format", "pdf", cwd=project)
    assert result.returncode == 0, result.stderr
    page = pymupdf.open(project / "output" / "astana-2024" / "en" / "briefing.pdf")[0]
    fills = [drawing.get("fill") for drawing in page.get_drawings()]
    assert any(fill and abs(fill[0] - 0.8) < 0.01 and fill[1] < 0.01 for fill in fills)


SLOW_ON_SAMARKAND = """#if "$title$".contains("Samarkand") {{ {work} }}
$body$
"""


@pytest.mark.parametrize("work, option, reason", [
    ("for i in range(20000) { for j in range(20000) { } }", ("--render-timeout", "2"),
     "Typst took longer than 2 s and was stopped (--render-timeout)"),
    ("let numbers = range(30000000); numbers.len()", ("--render-memory", "256"),
     "Typst needed more than 256 MB of memory and was stopped (--render-memory)"),
])
def test_a_pdf_over_its_budget_fails_alone(project, work, option, reason):
    """A house template that loops for minutes or fills memory fails that PDF with one line; the
    other packs and formats are built."""
    (project / "house").mkdir()
    (project / "house" / "briefing.typ").write_text(SLOW_ON_SAMARKAND.format(work=work), encoding="utf-8")
    started = time.perf_counter()
    result = run_cli("build", "--templates", "house", "--format", "md", "--format", "pdf", "--jobs", "2", *option,
                     cwd=project, timeout=120)
    assert time.perf_counter() - started < 30
    assert result.returncode == 1
    assert f"failed  output/samarkand-2022/en/briefing.pdf: {reason}" in result.stderr
    assert "Traceback" not in result.stderr
    assert "8 artifacts: 7 built, 0 reused, 1 failed" in result.stdout
    manifest = json.loads((project / "output" / "manifest.json").read_text(encoding="utf-8"))
    failed = [entry["path"] for entry in manifest["artifacts"] if entry["status"] == "failed"]
    assert failed == ["samarkand-2022/en/briefing.pdf"]


@pytest.fixture(scope="module")
def big_markdown() -> str:
    """About 4 MB of escaped prose: pandoc needs ~9 s and ~700 MB for it unbounded."""
    line = " ".join(["summit", "Samarkand", "\\*leaders\\*", "trade", "\\[x\\]"] * 40)
    return "\n\n".join([line] * 2500)


def test_pandoc_over_its_memory_budget_is_stopped(big_markdown):
    started = time.perf_counter()
    with pytest.raises(RenderError, match=r"pandoc needed more than 128 MB of memory .*--render-memory"):
        render._pandoc(big_markdown, "typst", [], Budget(seconds=60, memory_mb=128))
    assert time.perf_counter() - started < 8


def test_pandoc_over_its_time_budget_is_stopped(big_markdown):
    started = time.perf_counter()
    with pytest.raises(RenderError, match=r"pandoc took longer than 0.5 s .*--render-timeout"):
        render._pandoc(big_markdown, "docx", ["--output=/dev/null"], Budget(seconds=0.5, memory_mb=4096))
    assert time.perf_counter() - started < 3


def test_a_typst_py_in_the_project_folder_is_not_imported(project):
    """The Typst worker is a Python child process: a `typst.py` (or `briefgen/`) committed to the
    project where briefgen runs must not stand in for the real library."""
    marker = project / "pwned"
    (project / "typst.py").write_text(f"open({str(marker)!r}, 'w').close()\n", encoding="utf-8")
    result = run_cli("build", "astana-2024", "--format", "pdf", cwd=project)
    assert result.returncode == 0, result.stderr
    assert not marker.exists()


def _html_text_and_tags(path: Path) -> tuple[str, list[tuple[str, dict]]]:
    """The text a browser shows and the elements it builds (stdlib parser: what the markup says)."""
    from html.parser import HTMLParser

    class Reader(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.text, self.tags, self.skip = [], [], 0

        def handle_starttag(self, tag, attrs):
            self.tags.append((tag, dict(attrs)))
            self.skip += tag in ("style", "title")

        def handle_endtag(self, tag):
            self.skip -= tag in ("style", "title")

        def handle_data(self, data):
            if not self.skip:
                self.text.append(data)

    reader = Reader()
    reader.feed(path.read_text(encoding="utf-8"))
    return "".join(reader.text), reader.tags


def test_corpus_markup_is_literal_in_html(escaping_build):
    text, tags = _html_text_and_tags(escaping_build / "briefing.html")
    for payload in PAYLOADS + ["{{ 7*7 }}", "<b>bold</b>", "*not emphasis*", SHORTHANDS, SHOWN_OVERRIDE]:
        assert " ".join(payload.split()) in " ".join(text.split()), payload
    names = {tag for tag, _ in tags}
    assert not names & {"script", "b", "img", "iframe"}
    assert not any(attrs.get("href", "").startswith("javascript") for _, attrs in tags)
    assert "\u202e" not in text and "49" not in text


def test_published_markdown_has_no_language_marks():
    from briefgen.render import without_language_spans

    marked = r"1. [Путин сказал \[1\] это]{lang=ru} \[2\] [text]{lang=fa dir=rtl} \[kept\]\{lang=ru\}"
    assert without_language_spans(marked) == r"1. Путин сказал \[1\] это \[2\] text \[kept\]\{lang=ru\}"
