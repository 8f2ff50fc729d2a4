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


# -- budgets: a small file may not cost unbounded time or memory ------------------------------------------

def _docx_with_document_xml(path, payload_bytes: int, declared_size: int | None = None):
    """A real .docx whose word/document.xml is padded to payload_bytes (a zip bomb when large).
    declared_size makes the zip lie about the member's size, as a crafted bomb would."""
    import io
    import zipfile

    plain = io.BytesIO(_tiny_docx_bytes())
    out = io.BytesIO()
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml" and payload_bytes:
                data = data.replace(b"<w:body>", b"<w:body><!--" + b" " * payload_bytes + b"-->", 1)
            target.writestr(item.filename, data)
    data = bytearray(out.getvalue())
    if declared_size is not None:
        _patch_declared_size(data, b"word/document.xml", declared_size)
    path.write_bytes(bytes(data))
    return path


_TINY_DOCX: list[bytes] = []


def _tiny_docx_bytes() -> bytes:
    if not _TINY_DOCX:
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            target = os.path.join(folder, "tiny.docx")
            pypandoc.convert_text("Leaders met in Astana on 4 July 2024.", "docx", format="markdown",
                                  outputfile=target)
            with open(target, "rb") as stream:
                _TINY_DOCX.append(stream.read())
    return _TINY_DOCX[0]


def _patch_declared_size(data: bytearray, name: bytes, size: int) -> None:
    """Overwrite the uncompressed size of a member in its local header and its central directory entry."""
    import struct

    local = data.find(b"PK\x03\x04")
    while local != -1:
        name_length = struct.unpack_from("<H", data, local + 26)[0]
        if bytes(data[local + 30:local + 30 + name_length]) == name:
            struct.pack_into("<I", data, local + 22, size)
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if bytes(data[central + 46:central + 46 + name_length]) == name:
            struct.pack_into("<I", data, central + 24, size)
        central = data.find(b"PK\x01\x02", central + 4)


def test_a_docx_zip_bomb_is_rejected_before_pandoc_sees_it(tmp_path):
    import time

    bomb = _docx_with_document_xml(tmp_path / "bomb.docx", 60 * 2**20)  # 60 MB of XML in a ~60 KB file
    assert bomb.stat().st_size < 200_000
    started = time.perf_counter()
    with pytest.raises(Unreadable, match=r"DOCX (XML )?inflates to more than \d+ MB"):
        read_document(bomb, "bomb.docx")
    assert time.perf_counter() - started < 1.0


def test_a_docx_that_lies_about_its_inflated_size_is_rejected(tmp_path):
    liar = _docx_with_document_xml(tmp_path / "liar.docx", 12 * 2**20, declared_size=4096)
    with pytest.raises(Unreadable, match="cannot read DOCX: part 'word/document.xml'"):
        read_document(liar, "liar.docx")


def test_a_docx_within_budget_still_reads(tmp_path):
    padded = _docx_with_document_xml(tmp_path / "padded.docx", 2**20)
    assert "Leaders met in Astana on 4 July 2024." in read_document(padded, "padded.docx").lines


def _alias_bomb(levels: int) -> str:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, levels)]
    return "---\n" + "\n".join(lines) + f"\ntitle: *a{levels - 1}\n---\n\nThe body of the article.\n"


def test_yaml_aliases_in_front_matter_are_refused(tmp_path):
    path = tmp_path / "laughs.md"
    path.write_text(_alias_bomb(5))  # small enough to expand in a moment if it ever were expanded
    with pytest.raises(Unreadable, match=r"YAML front matter uses an alias \(\*name\) at line 3"):
        read_document(path, "laughs.md")


def test_an_overlong_front_matter_is_refused(tmp_path):
    path = tmp_path / "long.md"
    path.write_text("---\ntitle: " + "x" * 70_000 + "\n---\n\nBody.\n")
    with pytest.raises(Unreadable, match="YAML front matter too long"):
        read_document(path, "long.md")


def _within(seconds: int):
    """Fail the test instead of hanging when a read blocks (a FIFO with no writer)."""
    import contextlib
    import signal

    @contextlib.contextmanager
    def guard():
        def expire(*_):
            raise TimeoutError(f"still blocked after {seconds} s")

        previous = signal.signal(signal.SIGALRM, expire)
        signal.alarm(seconds)
        try:
            yield
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)

    return guard()


def test_a_named_pipe_is_rejected_without_being_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    with _within(5), pytest.raises(Unreadable, match=r"not a regular file \(a named pipe\)"):
        read_document(tmp_path / "pipe.txt", "pipe.txt")


def test_a_link_to_a_device_is_rejected_without_being_read(tmp_path):
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    with _within(5), pytest.raises(Unreadable, match=r"not a regular file \(a character device\)"):
        read_document(tmp_path / "zero.txt", "zero.txt")


def test_reading_stops_at_the_limit_whatever_the_size_on_disk_says(tmp_path):
    (tmp_path / "maps.txt").symlink_to("/proc/self/maps")  # a regular file whose stat says 0 bytes
    with pytest.raises(Unreadable, match=r"too large \(more than 0.0 MB"):
        read_document(tmp_path / "maps.txt", "maps.txt", max_bytes=10)


# -- what a reader sees must be what the source says ---------------------------------------------------

def test_stray_nul_bytes_anywhere_are_removed_with_a_warning(tmp_path):
    text = "Leaders of the SCO met in Astana on 4 July 2024 to sign a declaration.\n" * 80  # > 4 KB
    path = tmp_path / "nul.txt"
    path.write_bytes(text.encode() + b"Tail\x00 sentence with a NUL.\n")
    document = read_document(path, "nul.txt")
    assert not any("\x00" in line for line in document.lines)
    assert "Tail sentence with a NUL." in document.lines
    assert document.warnings == ("1 NUL byte removed (a text file should hold none)",)


def test_many_nul_bytes_make_a_binary_file_wherever_they_are():
    text = b"Leaders met in Astana. " * 300
    with pytest.raises(Unreadable, match="binary file"):
        decode(text + b"\x00\x01\x02\x00" * 200)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_detected(encoding):
    text = "Саммит ШОС прошел в Самарканде 15–16 сентября 2022 года. Leaders met."
    assert decode(text.encode(encoding)) == text


def test_broken_utf16_without_a_bom_says_so():
    with pytest.raises(Unreadable, match="UTF-16 without BOM"):
        decode("Leaders met in Astana on 4 July 2024.".encode("utf-16-le") + b"A")


def test_html_nested_deeper_than_libxml2_allows_loses_no_paragraph(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text("<html><head><title>Deep page</title></head><body>" + "<div>" * 400
                    + "<p>The declaration was signed in Astana.</p>" + "</div>" * 400
                    + "<p>Leaders left on Friday.</p><script>var x = 1;</script></body></html>")
    document = read_document(path, "deep.html")
    assert "The declaration was signed in Astana." in document.lines
    assert "Leaders left on Friday." in document.lines
    assert not any("var x" in line for line in document.lines)
    assert "nested deeper than 255 levels" in document.warnings[0]


@pytest.mark.parametrize("depth", [30, 3000])
def test_markdown_quotes_nested_past_the_parser_limit_lose_no_words(tmp_path, depth):
    path = tmp_path / "nested.md"
    path.write_text("Leaders met in Astana.\n\n" + "> " * depth + "The deeply quoted sentence.\n\nThe end.\n")
    document = read_document(path, "nested.md")
    assert [line for line in document.lines if line] == [
        "Leaders met in Astana.", "The deeply quoted sentence.", "The end."]


def test_a_docx_member_name_cannot_forge_a_log_line(tmp_path):
    import zipfile

    from briefgen.corpus import read_corpus

    path = tmp_path / "forged.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", b"<x/>")
    data = bytearray(path.read_bytes())
    _patch_declared_size(data, b"word/document.xml", 1)  # a bad CRC: the reason quotes the member's name
    path.write_bytes(bytes(data).replace(b"word/document.xml", b"w\nrejected ok.xml"))  # same length
    [rejected] = read_corpus(tmp_path).rejected
    assert "\n" not in rejected.reason and "\\nrejected ok.xml" in rejected.reason


def test_markdown_markup_bombs_are_read_in_bounded_time(tmp_path):
    import time

    path = tmp_path / "brackets.md"
    path.write_text("Leaders met in Astana.\n\n" + "![ " * 16_000 + "\n\n" + "[" * 600_000 + "\n\nThe end.\n")
    started = time.perf_counter()
    document = read_document(path, "brackets.md")
    assert time.perf_counter() - started < 4  # markdown-it alone: ~0.7 s for the first block, ~10 s for the second
    assert document.lines[0] == "Leaders met in Astana." and "The end." in document.lines
    assert "more than 50,000 Markdown markup characters: kept as written from line 5" in document.warnings[0]


def test_deeply_nested_yaml_front_matter_is_refused(tmp_path):
    path = tmp_path / "nested.md"
    path.write_text("---\ntitle: " + "[" * 20_000 + "]" * 20_000 + "\n---\n\nBody.\n")
    with pytest.raises(Unreadable, match="YAML front matter nested too deep"):
        read_document(path, "nested.md")
