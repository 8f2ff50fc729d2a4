"""Find corpus files and read each one into a Document: decoded lines plus metadata.

A file that cannot become a Document raises `Unreadable` with a one-line reason; corpus.py
turns that into a rejected entry, so no file is ever dropped silently.
"""

from __future__ import annotations

import codecs
import io
import os
import re
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path


from briefgen.discovery import scan
from briefgen.htmlflat import LXML_MAX_DEPTH, flat_text, too_deep_for_lxml

DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_DOCX_INFLATED_BYTES = 50 * 2**20  # every member of the .docx zip, unzipped
# Its XML parts: pandoc needs up to ~2.5 s and ~200 MB per MB of XML (measured: 4 MB of short paragraphs,
# 10 s and 750 MB), so 3 MB keeps a worst-case file under ~8 s and 1 GB; a long report has less than 1 MB.
MAX_DOCX_XML_BYTES = 3 * 2**20
MAX_DOCX_MEMBERS = 10_000
DOCX_SECONDS = 20  # pandoc's time to read one .docx (a safety net: the XML budget should keep it far below)
DOCX_HEAP = "1g"  # pandoc's memory (its runtime's heap limit, +RTS -M)
MAX_NUL_SHARE = 0.01  # more NUL bytes than this (1 in 100) and the file is binary, not text with a stray NUL
TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
DOCX_SUFFIXES = (".docx",)
ARCHIVE_SUFFIXES = (".jsonl", ".parquet")  # one article per record: briefgen.archives
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES + DOCX_SUFFIXES + ARCHIVE_SUFFIXES

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


class Unreadable(Exception):
    """The file cannot be read as a text; the message is the one-line reason."""


@dataclass(frozen=True)
class Document:
    """A decoded file: its lines (1-based line n is lines[n-1]) and what its metadata says."""

    source: str
    lines: tuple[str, ...]
    kind: str  # "text", "markdown", "html", "docx"
    meta: dict = field(default_factory=dict)  # title, date, url, lang, author when stated
    line_roles: dict = field(default_factory=dict)  # line -> "title" for Markdown headings
    warnings: tuple[str, ...] = ()  # what was repaired while reading (NUL bytes removed, HTML flattened)


def discover(corpus_dir: Path, exclude: tuple[Path, ...] = ()) -> Iterator[Path]:
    """Every readable-looking file under corpus_dir, in the order read_corpus reads them."""
    for found in scan(corpus_dir, exclude).files:
        yield found.path


def read_document(path: Path, source: str, max_bytes: int = DEFAULT_MAX_FILE_BYTES) -> Document:
    """Read one corpus file, whatever its format; raise Unreadable with the reason otherwise."""
    if any(part.startswith(".") for part in Path(source).parts):
        raise Unreadable("hidden file")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        supported = ", ".join(SUPPORTED_SUFFIXES)
        raise Unreadable(f"unsupported file type '{suffix or path.name}' (supported: {supported})")
    data = read_capped(path, max_bytes)
    if suffix in DOCX_SUFFIXES:
        return _read_docx(data, source)
    text, warnings = decode_with_warnings(data)
    if suffix in MARKDOWN_SUFFIXES:
        from briefgen.mdtext import read_markdown  # it builds on Document and Unreadable, defined here

        document = read_markdown(text, source)
    elif suffix in HTML_SUFFIXES:
        document = _read_html(text, source)
    else:
        document = Document(source, nonblank_lines(text.splitlines()), "text")
    return replace(document, warnings=tuple(warnings) + document.warnings)


_FILE_KINDS = ((stat.S_ISDIR, "is a directory"), (stat.S_ISFIFO, "a named pipe"),
               (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
               (stat.S_ISSOCK, "a socket"))


def _not_regular(mode: int) -> str | None:
    """Why a file of this mode is not read (None for a regular file): pipes hang, devices never end."""
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _FILE_KINDS if test(mode)), "not a regular file")
    return f"cannot read: {kind}" if kind == "is a directory" else f"not a regular file ({kind})"


def read_capped(path: Path, max_bytes: int) -> bytes:
    """At most max_bytes of a regular file; a pipe or device is refused before it is opened for reading."""
    try:
        reason = _not_regular(os.stat(path).st_mode)
        if reason:
            raise Unreadable(reason)
        # O_NONBLOCK: should the file be swapped for a pipe after the stat, opening it still cannot hang.
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(descriptor, "rb") as stream:
            reason = _not_regular(os.fstat(stream.fileno()).st_mode)
            if reason:
                raise Unreadable(reason)
            size = os.fstat(stream.fileno()).st_size
            if size > max_bytes:
                raise Unreadable(_too_large(size, max_bytes))
            data = stream.read(max_bytes + 1)  # the size on disk is a hint: never read past the limit
    except OSError as error:
        raise Unreadable(f"cannot read: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise Unreadable(_too_large(len(data), max_bytes, more=True))
    return data


def _too_large(size: int, max_bytes: int, more: bool = False) -> str:
    amount = f"more than {max_bytes / 2**20:.1f}" if more else f"{size / 2**20:.1f}"
    return f"too large ({amount} MB > {max_bytes / 2**20:.0f} MB limit; see --max-file-size)"


def decode(data: bytes) -> str:
    """Bytes to text (see decode_with_warnings)."""
    return decode_with_warnings(data)[0]


def decode_with_warnings(data: bytes) -> tuple[str, list[str]]:
    """Bytes to text: BOMs first, then UTF-16 without a BOM, then strict UTF-8, then charset detection
    (cp1251, latin-1...). A few stray NUL bytes are removed with a warning; many make the file binary."""
    if not data.strip():
        raise Unreadable("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _without_nuls(_checked(data.decode(encoding, errors="replace")))
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return _without_nuls(_checked(utf16))
    nuls = data.count(0)
    if nuls > MAX_NUL_SHARE * len(data):
        raise Unreadable("binary file (contains NUL bytes)")
    data = data.replace(b"\x00", b"")
    warnings = [_nul_warning(nuls)] if nuls else []
    try:
        return _checked(data.decode("utf-8")), warnings
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise Unreadable("binary file or unknown text encoding")
    return _checked(str(best)), warnings


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text that lost its BOM: the NUL high bytes of spaces, digits and Latin letters all sit
    on one side of each byte pair (odd offsets for little-endian, even for big-endian)."""
    pairs = min(len(data), 8192) // 2
    if pairs < 4:
        return None
    even, odd = data[0:2 * pairs:2].count(0), data[1:2 * pairs:2].count(0)
    if odd >= 0.05 * pairs and even <= odd // 20:
        encoding = "utf-16-le"
    elif even >= 0.05 * pairs and odd <= even // 20:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise Unreadable(f"UTF-16 without BOM ({encoding}, by its NUL bytes) that does not decode") from None


def _without_nuls(text: str) -> tuple[str, list[str]]:
    nuls = text.count("\x00")
    if nuls > MAX_NUL_SHARE * len(text):
        raise Unreadable("binary file (contains NUL characters)")
    return text.replace("\x00", ""), [_nul_warning(nuls)] if nuls else []


def _nul_warning(count: int) -> str:
    return f"{count} NUL byte{'s' if count > 1 else ''} removed (a text file should hold none)"


def _checked(text: str) -> str:
    """Reject decoded text that is mostly control characters: that was a binary file."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise Unreadable("empty file (whitespace only)")
    sample = text[:20000]
    if len(_CONTROL.findall(sample)) > 0.05 * len(sample):
        raise Unreadable("binary file (mostly control characters)")
    return text


def nonblank_lines(lines: list[str]) -> tuple[str, ...]:
    if not any(line.strip() for line in lines):
        raise Unreadable("empty file (no text)")
    return tuple(lines)


def _read_html(text: str, source: str) -> Document:
    """HTML: main text only (no navigation, scripts, cookie banners) via trafilatura.

    libxml2 stops parsing at 256 nested elements and drops the rest of the page without a word;
    such a page is read instead by a flat scan that has no depth limit (see htmlflat.py)."""
    import trafilatura

    if too_deep_for_lxml(text):
        body = flat_text(text)
        if not body.strip():
            raise Unreadable("HTML page has no text")
        warning = (f"HTML nested deeper than {LXML_MAX_DEPTH} levels: read as flat text "
                   "(menus and page chrome included)")
        return Document(source, tuple(body.splitlines()), "html", {}, warnings=(warning,))
    extracted = trafilatura.bare_extraction(
        text, include_comments=False, include_tables=False, favor_recall=True, with_metadata=True
    )
    body = ""
    meta: dict = {}
    if extracted is not None:
        data = extracted if isinstance(extracted, dict) else extracted.as_dict()
        body = data.get("text") or ""
        meta = {key: str(data[key]) for key in ("title", "date", "url", "author") if data.get(key)}
        if data.get("language"):
            meta["lang"] = str(data["language"])
    if not body.strip():
        body = _html_fallback_text(text)
    if not body.strip():
        raise Unreadable("HTML page has no main text")
    return Document(source, tuple(body.splitlines()), "html", meta)


def _html_fallback_text(html: str) -> str:
    """Visible text when trafilatura finds no article (very short pages)."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for element in root.xpath("//script|//style|//nav|//header|//footer|//noscript|//form"):
        element.drop_tree()
    return "\n".join(" ".join(block.split()) for block in root.itertext() if block.strip())


def _read_docx(data: bytes, source: str) -> Document:
    """DOCX through pandoc, so Word files read exactly as pandoc would read them; within budget."""
    check_docx_budget(data)
    text = _pandoc_docx_to_plain(data)
    lines = text.replace("\r\n", "\n").splitlines()
    return Document(source, nonblank_lines(lines), "docx")


def check_docx_budget(data: bytes) -> None:
    """Refuse a zip bomb before pandoc sees it: the sizes the zip declares, then the bytes it really
    inflates to (Python stops at the declared size and checks the CRC, so a zip cannot lie)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise Unreadable("cannot read DOCX: not a zip file") from None
    with archive:
        members = archive.infolist()
        if len(members) > MAX_DOCX_MEMBERS:
            raise Unreadable(f"DOCX has {len(members)} parts (limit {MAX_DOCX_MEMBERS}): not a Word document")
        _check_inflated(members, lambda member: member.file_size)
        _check_inflated(members, lambda member: _inflated_size(archive, member))


def _check_inflated(members: list[zipfile.ZipInfo], size_of) -> None:
    total = xml = 0
    for member in members:
        size = size_of(member)
        total += size
        xml += size if member.filename.endswith((".xml", ".rels")) else 0
        if total > MAX_DOCX_INFLATED_BYTES or xml > MAX_DOCX_XML_BYTES:
            which, limit = ("XML", MAX_DOCX_XML_BYTES) if xml > MAX_DOCX_XML_BYTES else ("", MAX_DOCX_INFLATED_BYTES)
            raise Unreadable(f"DOCX {which + ' ' if which else ''}inflates to more than {limit // 2**20} MB "
                             "(zip bomb?): not read")


def _inflated_size(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> int:
    size = 0
    try:
        with archive.open(member) as stream:
            while chunk := stream.read(2**20):
                size += len(chunk)
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, ValueError, OSError, EOFError) as error:
        raise Unreadable(f"cannot read DOCX: part {member.filename[:80]!r}: {str(error)[:80]}") from None
    return size


def _pandoc_docx_to_plain(data: bytes) -> str:
    """pandoc with a time limit and a heap limit (+RTS -M, as pandoc's manual advises for untrusted input)."""
    import subprocess

    import pypandoc

    command = [pypandoc.get_pandoc_path(), "--from=docx", "--to=plain", "--wrap=none",
               "+RTS", f"-M{DOCX_HEAP}", "-RTS"]
    try:
        result = subprocess.run(command, input=data, capture_output=True, timeout=DOCX_SECONDS)
    except subprocess.TimeoutExpired:
        raise Unreadable(f"cannot read DOCX: pandoc took longer than {DOCX_SECONDS} s") from None
    except OSError as error:
        raise Unreadable(f"cannot read DOCX: cannot run pandoc: {error.strerror or error}") from None
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip()
        if "heap" in message.lower():
            raise Unreadable(f"cannot read DOCX: pandoc needed more than its {DOCX_HEAP.upper()}B of memory")
        reason = message.splitlines()[-1] if message else "conversion failed"
        raise Unreadable(f"cannot read DOCX: {reason[:160]}")
    return result.stdout.decode("utf-8", "replace")
