"""readers.py: every format read, every bad file turned into a one-line reason."""

from __future__ import annotations

import os

import pypandoc
import pytest

from briefgen.readers import Unreadable, decode, discover, read_document

from conftest import FIXTURES


def test_utf8_cp1251_and_utf16_with_bom_decode_to_the_same_text(tmp_path):
    text = "Саммит ШОС прошел в Самарканде 15–16 сентября 2022 года."
    for name, data in {"utf8.txt": text.encode("utf-8"), "cp1251.txt": text.replace("–", "-").encode("cp1251"),
                       "utf16.txt": text.encode("utf-16")}.items():
        (tmp_path / name).write_bytes(data)
        document = read_document(tmp_path / name, name)
        assert "Саммит ШОС прошел в Самарканде" in document.lines[0]


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b"   \n\t \n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
])
def test_bad_bytes_are_unreadable_with_a_reason(data, reason):
    with pytest.raises(Unreadable, match=reason):
        decode(data)


def test_unknown_extension_hidden_file_and_directory_are_rejected(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.7")
    (tmp_path / ".DS_Store").write_bytes(b"x")
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(Unreadable, match="unsupported file type '.pdf'"):
        read_document(tmp_path / "notes.pdf", "notes.pdf")
    with pytest.raises(Unreadable, match="hidden file"):
        read_document(tmp_path / ".DS_Store", ".DS_Store")
    with pytest.raises(Unreadable, match="is a directory"):
        read_document(tmp_path / "folder.txt", "folder.txt")


def test_a_50_mb_file_is_rejected_without_being_read(tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as stream:  # sparse: 50 MB on paper, nothing on disk
        stream.seek(50 * 2**20)
        stream.write(b"end of a very large text\n")
    with pytest.raises(Unreadable, match=r"too large \(50.0 MB > 20 MB limit"):
        read_document(big, "huge.txt")


def test_markdown_front_matter_gives_metadata_and_markup_becomes_plain_text():
    document = read_document(FIXTURES / "with_front_matter.md", "with_front_matter.md")
    assert document.meta["title"].startswith("Dushanbe summit opens")
    assert document.meta["date"] == "2021-09-17"
    assert document.meta["url"] == "https://example.org/news/dushanbe-2021"
    assert "https://example.org/sco-20" in document.meta["urls"]
    text = "\n".join(document.lines)
    assert "Leaders meeting in Dushanbe on 17 September 2021" in text
    assert "**" not in text and "](" not in text
    heading_line = next(n for n, line in enumerate(document.lines, 1) if line.startswith("Dushanbe summit"))
    assert document.line_roles[heading_line] == "title"


def test_html_keeps_the_article_and_drops_navigation_scripts_and_cookie_banner():
    document = read_document(FIXTURES / "page.html", "page.html")
    text = "\n".join(document.lines)
    assert "signing the Samarkand Declaration" in text
    for chrome in ("Home", "Accept all cookies", "analytics", "Copyright Example News", "font-family"):
        assert chrome not in text


def test_docx_is_read_through_pandoc(tmp_path):
    path = tmp_path / "brief.docx"
    pypandoc.convert_text("# Astana summit\n\nLeaders met in Astana on 4 July 2024.", "docx", format="markdown",
                          outputfile=str(path))
    document = read_document(path, "brief.docx")
    assert "Leaders met in Astana on 4 July 2024." in document.lines


def test_a_broken_docx_is_unreadable_not_a_crash(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(Unreadable, match="cannot read DOCX"):
        read_document(path, "broken.docx")


def test_discovery_is_recursive_and_sorted(tmp_path):
    for name in ("b.txt", "a/z.txt", "a/c.md", "A.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("text")
    found = [path.relative_to(tmp_path).as_posix() for path in discover(tmp_path)]
    assert found == ["A.txt", "b.txt", "a/c.md", "a/z.txt"]


def test_a_dangling_link_is_reported_as_unreadable(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    with pytest.raises(Unreadable, match="cannot read: No such file"):
        read_document(tmp_path / "gone.txt", "gone.txt")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_an_unreadable_file_is_reported(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("text")
    path.chmod(0)
    with pytest.raises(Unreadable, match="cannot read"):
        read_document(path, "secret.txt")
