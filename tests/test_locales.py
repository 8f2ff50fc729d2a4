"""Packs in every SCO language: translated headings, babel dates, real glyphs, right-to-left."""

from __future__ import annotations

import datetime as dt
import re

import docx
import pymupdf
import pytest

from briefgen.l10n import Localizer, available_locales, locale_info

from conftest import copy_corpus, run_cli
from pdfcheck import missing_glyphs, pdf_text, shows_text

EVENT = "samarkand-2022"
HEADINGS = ("Executive summary", "Key quotes", "Sources")


@pytest.fixture(scope="module")
def locales_build(tmp_path_factory):
    """One event in all 11 locales, built once through the real CLI."""
    folder = copy_corpus(tmp_path_factory.mktemp("locales"))
    result = run_cli("build", EVENT, "--locale", "all", "--log-format", "json", cwd=folder)
    assert result.returncode == 0, result.stderr
    return folder / "output" / EVENT


@pytest.mark.parametrize("code", available_locales())
def test_pdf_has_translated_headings_and_babel_dates_with_no_missing_glyph(locales_build, code):
    pdf = locales_build / code / "briefing.pdf"
    localizer = Localizer(code)
    script = locale_info(code).script
    assert missing_glyphs(pdf) == 0
    for heading in HEADINGS:
        assert shows_text(pdf, localizer.gettext(heading), script, whole_line=True), heading
    dates = localizer.date_range(dt.date(2022, 9, 15), dt.date(2022, 9, 16))
    assert shows_text(pdf, dates, script), dates
    if code != "en":
        assert localizer.gettext("Key quotes") != "Key quotes"


def test_month_names_and_years_are_the_locales_own(locales_build):
    text = pdf_text(locales_build / "ru" / "briefing.pdf")
    assert "15–16 сентября 2022 г." in text or "15—16 сентября 2022 г." in text  # the dash depends on babel's CLDR
    assert "2022年9月15日至16日" in pdf_text(locales_build / "zh" / "briefing.pdf").replace(" ", "")
    assert "15–16 सितंबर 2022" in pdf_text(locales_build / "hi" / "briefing.pdf")


@pytest.mark.parametrize("code", ["fa", "ur"])
def test_right_to_left_in_pdf(locales_build, code):
    """Arabic-script lines end at the right margin, and Typst marks their runs as reversed."""
    page = pymupdf.open(locales_build / code / "briefing.pdf")[0]
    arabic = [span for block in page.get_text("dict")["blocks"] for line in block.get("lines", [])
              for span in line["spans"] if re.search(r"[\u0600-\u06ff]", span["text"])]
    right_edge = max(span["bbox"][2] for span in arabic)
    left_edges = sorted(span["bbox"][0] for span in arabic)
    assert page.rect.width - right_edge < 70  # right margin is 2.2 cm = 62 pt
    assert left_edges[len(left_edges) // 2] > 200  # short RTL lines do not start at the left margin
    assert b"/ReversedChars" in page.read_contents()


@pytest.mark.parametrize("code", ["fa", "ur"])
def test_right_to_left_in_docx(locales_build, code):
    document = docx.Document(locales_build / code / "briefing.docx")
    body = [p for p in document.paragraphs if p.text.strip()]
    assert all(p._p.pPr is not None and p._p.pPr.find(docx.oxml.ns.qn("w:bidi")) is not None for p in body)
    defaults = _doc_defaults(document)
    assert f'w:bidi="{code}"' in defaults and 'w:cs="Noto Sans Arabic"' in defaults


def _doc_defaults(document) -> str:
    from lxml import etree

    return etree.tostring(document.styles.element.find(docx.oxml.ns.qn("w:docDefaults")), encoding="unicode")


def test_docx_styles_name_the_script_fonts(locales_build):
    for code, complex_font in (("hi", "Noto Sans Devanagari"), ("zh", "Noto Sans Arabic"), ("en", "Noto Sans Arabic")):
        defaults = _doc_defaults(docx.Document(locales_build / code / "briefing.docx"))
        assert 'w:eastAsia="Noto Sans CJK SC"' in defaults and f'w:cs="{complex_font}"' in defaults


def test_summary_language_note_when_no_source_is_in_the_packs_language(locales_build):
    russian = (locales_build / "ru" / "briefing.md").read_text(encoding="utf-8")
    assert "Резюме приводится на языке источников: английский." in russian
    english = (locales_build / "en" / "briefing.md").read_text(encoding="utf-8")
    assert "the language of the sources" not in english
