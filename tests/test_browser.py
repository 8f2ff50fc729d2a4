"""The site and the packs as a reader opens them: headless Chromium (Debian's `chromium`).

Skipped, with the reason, where no Chromium is installed (`.ci/run` installs it).  Screenshots of
the index and of the packs go to test-artifacts/browser/ (or $BRIEFGEN_TEST_ARTIFACTS) for a
person to look at: glyphs, not boxes; right-to-left layout.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from briefgen.fonts import font_dirs
from briefgen.l10n import available_locales

from browser import Chromium, characters_without_glyph, find_browser, fontconfig_file, fonts_used
from conftest import CORPUS, ROOT, run_cli

BROWSER = find_browser()
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no Chromium found (Debian: apt-get install chromium); "
                                                        "the browser tests need a real browser")
ARTIFACTS = Path(os.environ.get("BRIEFGEN_TEST_ARTIFACTS", ROOT / "test-artifacts")) / "browser"
EVENT = "samarkand-2022"


@pytest.fixture(scope="module")
def output(tmp_path_factory) -> Path:
    """Every event in every locale (HTML and Markdown: the links of the index to PDF and DOCX are
    checked by test_html.py's build)."""
    folder = tmp_path_factory.mktemp("browser")
    shutil.copytree(CORPUS, folder / "corpus")
    result = run_cli("build", "--locale", "all", "--format", "html", "--format", "md", cwd=folder)
    assert result.returncode == 0, result.stderr
    return folder / "output"


@pytest.fixture(scope="module")
def font_env(tmp_path_factory) -> dict[str, str]:
    """The system's fonts plus briefgen's Noto fonts: a reader's machine with Noto installed."""
    return {"FONTCONFIG_FILE": str(fontconfig_file(tmp_path_factory.mktemp("fonts"), font_dirs()))}


@pytest.fixture(scope="module")
def chromium(font_env):
    pytest.importorskip("websocket", reason="websocket-client is needed to drive Chromium (pip install -e '.[test]')")
    browser = Chromium(BROWSER, env=font_env)
    yield browser
    browser.close()


def _file_path(url: str) -> Path:
    return Path(unquote(urlparse(url).path))


def _assert_stays_in(folder: Path, requests: list[str]) -> None:
    for url in requests:
        assert url.startswith("file://"), f"request left the page's folder: {url}"
        assert _file_path(url).resolve().is_relative_to(folder.resolve()), url


def test_the_index_opens_cleanly_and_every_link_resolves(output, chromium):
    tab = chromium.open((output / "index.html").as_uri())
    try:
        links = tab.evaluate("Array.from(document.links, a => a.href)")
        assert len(links) >= 4 * 11 * 2
        for link in links:
            assert link.startswith("file://") and _file_path(link).is_file(), link
        assert tab.evaluate("document.documentElement.lang") == "en"
        _assert_stays_in(output, tab.report.requests)
        assert tab.report.console_errors == []
        tab.screenshot(ARTIFACTS / "index.png")
    finally:
        tab.close()


def test_a_persian_pack_is_right_to_left_in_the_browser(output, chromium):
    page = output / EVENT / "fa" / "briefing.html"
    tab = chromium.open(page.as_uri())
    try:
        assert tab.evaluate("document.documentElement.getAttribute('dir')") == "rtl"
        assert tab.evaluate("getComputedStyle(document.querySelector('main')).direction") == "rtl"
        # an English sentence inside keeps its own direction, isolated from the Persian around it
        assert tab.evaluate("getComputedStyle(document.querySelector('span[lang=en]')).direction") == "ltr"
        assert tab.evaluate("getComputedStyle(document.querySelector('span[lang=en]')).unicodeBidi") == "isolate"
        # the title's first line starts at the right edge of its box
        assert tab.evaluate("(() => { const h1 = document.querySelector('h1'), range = document.createRange();"
                            " range.selectNodeContents(h1); const line = range.getClientRects()[0];"
                            " return Math.abs(h1.getBoundingClientRect().right - line.right) < 2; })()")
        citation = tab.evaluate("document.querySelector('a.citation').getAttribute('href')")
        assert tab.evaluate(f"document.getElementById({citation[1:]!r}) !== null")
        _assert_stays_in(page.parent, tab.report.requests)
        assert tab.report.console_errors == []
        tab.screenshot(ARTIFACTS / f"{EVENT}-fa.png")
    finally:
        tab.close()


def test_every_locale_opens_with_its_language_and_direction(output, chromium, font_env):
    for code in available_locales():
        page = output / EVENT / code / "briefing.html"
        tab = chromium.open(page.as_uri())
        try:
            assert tab.evaluate("document.documentElement.lang") == code
            expected = "rtl" if code in ("fa", "ur") else "ltr"
            assert tab.evaluate("getComputedStyle(document.body).direction") == expected, code
            assert tab.evaluate("document.querySelectorAll('h2').length") >= 3
            text = tab.evaluate("document.body.innerText")
            assert characters_without_glyph(text, fonts_used(tab), font_env) == set(), code  # no boxes
            _assert_stays_in(page.parent, tab.report.requests)
            assert tab.report.console_errors == [], code
            tab.screenshot(ARTIFACTS / f"{EVENT}-{code}.png")
        finally:
            tab.close()


def test_markup_in_the_corpus_stays_text_in_the_browser(tmp_path, chromium):
    """A source carrying a script, an image from a server and an inline handler: the page shows them
    as text, runs nothing and asks nobody for anything."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "events.yaml", corpus)
    hostile = ('<script>console.error("ran")</script> <img src="http://example.invalid/x.png" onerror="console.error(1)">')
    (corpus / "hostile.txt").write_text(
        f"Samarkand SCO summit 2022\n\nLeaders met at the SCO summit in Samarkand in September 2022 {hostile}.\n\n"
        f"The Samarkand summit of the SCO adopted a declaration on September 16, 2022.\n", encoding="utf-8")
    assert run_cli("build", EVENT, "--format", "html", "--sentences", "5", cwd=tmp_path).returncode == 0
    page = tmp_path / "output" / EVENT / "en" / "briefing.html"
    tab = chromium.open(page.as_uri())
    try:
        assert hostile in tab.evaluate("document.body.innerText")
        assert tab.evaluate("document.scripts.length + document.images.length") == 0
        _assert_stays_in(page.parent, tab.report.requests)
        assert tab.report.console_errors == []
    finally:
        tab.close()
