"""HTML packs and output/index.html, read from the files (the browser tests open them in Chromium)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from briefgen.site import human_size

from conftest import CORPUS, run_cli
from test_render import _html_text_and_tags

PERSIAN_PACK = "samarkand-2022/fa/briefing.html"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The bundled corpus built in English, Persian and Russian, every format."""
    folder = tmp_path_factory.mktemp("site")
    shutil.copytree(CORPUS, folder / "corpus")
    (folder / "corpus" / "rejected.bin").write_bytes(b"\0\1\2<script>x</script>" * 10)
    (folder / "corpus" / "footnotes.txt").write_text(
        "SCO summit in Samarkand\n\nLeaders met at the SCO summit in Samarkand in September 2022 [2] and "
        "signed a declaration [1] there.\n", encoding="utf-8")
    result = run_cli("build", "--locale", "en", "--locale", "fa", "--locale", "ru", cwd=folder)
    assert result.returncode == 0, result.stderr
    return folder


def test_the_default_build_writes_an_html_pack_per_locale_and_the_index(site):
    output = site / "output"
    manifest = json.loads((output / "manifest.json").read_text(encoding="utf-8"))
    html = [entry for entry in manifest["artifacts"] if entry["format"] == "html"]
    assert len(html) == 4 * 3 and all((output / entry["path"]).is_file() for entry in html)
    index = output / "index.html"
    assert manifest["site"]["path"] == "index.html" and manifest["site"]["size"] == index.stat().st_size


def test_a_pack_page_is_self_contained_with_language_and_direction(site):
    page = (site / "output" / PERSIAN_PACK).read_text(encoding="utf-8")
    assert re.search(r'<html lang="fa" dir="rtl">', page)
    assert "<style>" in page and "@media print" in page  # the house stylesheet, embedded
    assert not re.search(r'(src|href)="(https?:)?//', page.split("<body>")[0])  # nothing loaded from elsewhere
    assert "default-src 'none'" in page
    _, tags = _html_text_and_tags(site / "output" / PERSIAN_PACK)
    english = [attrs for tag, attrs in tags if tag == "span" and attrs.get("lang") == "en"]
    assert english and all(attrs.get("dir") == "ltr" for attrs in english)  # English sources on a Persian page
    assert "HTML and DOCX are the searchable forms" in page


def test_citations_link_to_rows_of_the_sources_table(site):
    _, tags = _html_text_and_tags(site / "output" / "samarkand-2022" / "en" / "briefing.html")
    targets = {attrs["href"][1:] for tag, attrs in tags if tag == "a" and "citation" in attrs.get("class", "")}
    anchors = {attrs["id"] for _, attrs in tags if "id" in attrs}
    assert targets and targets <= anchors
    page = (site / "output" / "samarkand-2022" / "en" / "briefing.html").read_text(encoding="utf-8")
    assert "September 2022 [2] and signed a declaration [1] there." in page  # a source's own marks stay text
    english_page = (site / "output" / "samarkand-2022" / "en" / "briefing.html").read_text(encoding="utf-8")
    assert 'lang="en"' not in english_page.split("<body>")[1]  # English sources on an English page: no spans


def test_the_index_lists_events_locales_files_and_rejections(site):
    text, tags = _html_text_and_tags(site / "output" / "index.html")
    links = [attrs["href"] for tag, attrs in tags if tag == "a"]
    assert "samarkand-2022/fa/briefing.pdf" in links and "samarkand-2022/ru/briefing.docx" in links
    assert all((site / "output" / link).is_file() for link in links)
    assert "September 15 – 16, 2022" in text or "15–16 September 2022" in text or "Sep" in text
    assert "Samarkand, Uzbekistan" in text
    assert "rejected.bin" in text and "<script>x</script>" not in text  # a rejected name is text
    assert "Built on 2026-01-01" in " ".join(text.split())
    assert "script" not in {tag for tag, _ in tags}


def test_the_index_is_reproducible_and_checked(site, tmp_path):
    index = site / "output" / "index.html"
    first = index.read_bytes()
    result = run_cli("build", "--locale", "en", "--locale", "fa", "--locale", "ru", cwd=site)
    assert result.returncode == 0 and index.read_bytes() == first
    assert run_cli("build", "--locale", "en", "--locale", "fa", "--locale", "ru", "--check", cwd=site).returncode == 0
    index.write_bytes(first.replace(b"Briefing packs", b"Edited"))
    check = run_cli("build", "--locale", "en", "--locale", "fa", "--locale", "ru", "--check", cwd=site)
    assert check.returncode == 1 and "stale   output/index.html" in check.stdout
    assert run_cli("build", "--locale", "en", "--locale", "fa", "--locale", "ru", cwd=site).returncode == 0
    assert index.read_bytes() == first


def test_a_house_stylesheet_replaces_the_default_and_cannot_end_the_style_element(project):
    (project / "house").mkdir()
    (project / "house" / "briefing.css").write_text("h1 { color: #123456; }\n", encoding="utf-8")
    assert run_cli("build", "samarkand-2022", "--format", "html", "--templates", "house", cwd=project).returncode == 0
    page = (project / "output" / "samarkand-2022" / "en" / "briefing.html").read_text(encoding="utf-8")
    assert "#123456" in page and "--accent" not in page
    (project / "house" / "briefing.css").write_text("h1 {}\n</style><script>alert(1)</script>\n", encoding="utf-8")
    result = run_cli("build", "samarkand-2022", "--format", "html", "--templates", "house", cwd=project)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "briefing.css:2: a stylesheet cannot contain '</'" in result.stderr


def test_a_site_template_cannot_run_code(project):
    (project / "house").mkdir()
    (project / "house" / "index.html.j2").write_text("{{ lipsum.__globals__['os'].getcwd() }}", encoding="utf-8")
    result = run_cli("build", "samarkand-2022", "--format", "md", "--templates", "house", cwd=project)
    assert result.returncode == 2 and "index.html.j2" in result.stderr and "Traceback" not in result.stderr
    assert (project / "output" / "manifest.json").is_file() and not (project / "output" / "index.html").exists()


@pytest.mark.parametrize("size, shown", [(0, "0 B"), (1023, "1023 B"), (1536, "1.5 KB"), (5 * 2**20, "5.0 MB")])
def test_sizes_are_shown_for_people(size, shown):
    assert human_size(size) == shown


def test_an_html_page_over_its_render_budget_fails_alone(project):
    """HTML goes through pandoc under the same budget as DOCX and PDF: over it, that page fails with
    one line and the Markdown is still built."""
    (project / "house").mkdir()  # a template writing 2.5 MB of Markdown: seconds of pandoc
    (project / "house" / "briefing.md.j2").write_text(
        "# {{ event.name }}\n\n{% for i in range(60000) %}summit *Samarkand* [x] leaders trade\n\n{% endfor %}",
        encoding="utf-8")
    result = run_cli("build", "samarkand-2022", "--format", "md", "--format", "html", "--templates", "house",
                     "--render-timeout", "0.2", cwd=project)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert ("failed  output/samarkand-2022/en/briefing.html: pandoc took longer than 0.2 s and was stopped "
            "(--render-timeout)") in result.stderr
    assert (project / "output" / "samarkand-2022" / "en" / "briefing.md").is_file()
    manifest = json.loads((project / "output" / "manifest.json").read_text(encoding="utf-8"))
    assert [e["status"] for e in manifest["artifacts"] if e["format"] == "html"] == ["failed"]
    assert "HTML: failed" in (project / "output" / "index.html").read_text(encoding="utf-8")
