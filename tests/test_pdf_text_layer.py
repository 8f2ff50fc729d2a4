"""What a reader gets copying Persian or Urdu from the PDF: documented, so an upgrade that fixes it shows.

Typst (typst-py 0.15.2, the newest on PyPI on 2026-11-29) draws shaped Arabic script
correctly but writes a wrong ToUnicode map for it (typst/typst#4225): "سازمان" extracts as "ساززمانن".  Until
that changes, HTML and DOCX are the searchable forms of right-to-left packs, and the manifest,
the index and the HTML page say so.  When this test fails because the text comes out right,
drop RTL_SEARCHABLE_NOTE and this test, and update the README.
"""

from __future__ import annotations

import html
import json
import shutil

import pytest
import typst

from briefgen.render import RTL_SEARCHABLE_NOTE

from conftest import CORPUS, run_cli
from pdfcheck import missing_glyphs, normalized, pdf_text

# The pack titles, as the catalog writes them.
TITLES = {"fa": "نشست سران سازمان همکاری شانگهای", "ur": "شنگھائی تعاون تنظیم"}


@pytest.fixture(scope="module")
def right_to_left_build(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rtl")
    shutil.copytree(CORPUS, folder / "corpus")
    result = run_cli("build", "samarkand-2022", "--locale", "fa", "--locale", "ur", "--format", "pdf",
                     "--format", "md", cwd=folder)
    assert result.returncode == 0, result.stderr
    return folder / "output"


@pytest.mark.parametrize("locale", ["fa", "ur"])
def test_the_pdf_draws_arabic_script_but_its_text_layer_is_broken(right_to_left_build, locale):
    pdf = right_to_left_build / "samarkand-2022" / locale / "briefing.pdf"
    markdown = (right_to_left_build / "samarkand-2022" / locale / "briefing.md").read_text(encoding="utf-8")
    title = normalized(markdown.splitlines()[0].lstrip("# "))
    assert missing_glyphs(pdf) == 0  # what a reader sees is right
    extracted = pdf_text(pdf)
    assert title not in extracted, (
        f"typst {typst.__version__}: the PDF's text layer now gives Persian/Urdu text back intact; "
        "remove RTL_SEARCHABLE_NOTE and this test, and update the README")


def test_the_manifest_names_the_searchable_forms_of_right_to_left_packs(right_to_left_build):
    manifest = json.loads((right_to_left_build / "manifest.json").read_text(encoding="utf-8"))
    notes = {entry["path"]: entry.get("note") for entry in manifest["artifacts"]}
    assert notes["samarkand-2022/fa/briefing.pdf"] == RTL_SEARCHABLE_NOTE
    assert notes["samarkand-2022/fa/briefing.md"] is None
    assert RTL_SEARCHABLE_NOTE in html.unescape((right_to_left_build / "index.html").read_text(encoding="utf-8"))
