"""Find corpus files and read each one into a Document: decoded lines plus metadata.

A file that cannot become a Document raises `Unreadable` with a one-line reason; corpus.py
turns that into a rejected entry, so no file is ever dropped silently.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
DOCX_SUFFIXES = (".docx",)
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES + DOCX_SUFFIXES

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


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


def discover(corpus_dir: Path, exclude: tuple[Path, ...] = ()) -> Iterator[Path]:
    """Every file under corpus_dir, recursively, in a stable (sorted, case-sensitive) order."""
    excluded = {path.resolve() for path in exclude}
    for root, dirs, files in os.walk(corpus_dir):
        dirs.sort()
        for name in sorted(files):
            path = Path(root) / name
            if path.resolve() not in excluded:
                yield path


def read_document(path: Path, source: str, max_bytes: int = DEFAULT_MAX_FILE_BYTES) -> Document:
    """Read one corpus file, whatever its format; raise Unreadable with the reason otherwise."""
    if any(part.startswith(".") for part in Path(source).parts):
        raise Unreadable("hidden file")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        supported = ", ".join(SUPPORTED_SUFFIXES)
        raise Unreadable(f"unsupported file type '{suffix or path.name}' (supported: {supported})")
    try:
        size = path.stat().st_size
    except OSError as error:
        raise Unreadable(f"cannot read: {error.strerror or error}") from None
    if size > max_bytes:
        raise Unreadable(
            f"too large ({size / 2**20:.1f} MB > {max_bytes / 2**20:.0f} MB limit; see --max-file-size)"
        )
    if suffix in DOCX_SUFFIXES:
        return _read_docx(path, source)
    text = decode(_read_bytes(path))
    if suffix in MARKDOWN_SUFFIXES:
        return _read_markdown(text, source)
    if suffix in HTML_SUFFIXES:
        return _read_html(text, source)
    return Document(source, _nonblank_document(text.splitlines()), "text")


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise Unreadable("cannot read: is a directory") from None
    except OSError as error:
        raise Unreadable(f"cannot read: {error.strerror or error}") from None


def decode(data: bytes) -> str:
    """Bytes to text: BOMs first, then strict UTF-8, then charset detection (cp1251, latin-1...)."""
    if not data.strip():
        raise Unreadable("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="replace"))
    if b"\x00" in data[:4096]:
        raise Unreadable("binary file (contains NUL bytes)")
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise Unreadable("binary file or unknown text encoding")
    return _checked(str(best))


def _checked(text: str) -> str:
    """Reject decoded text that is mostly control characters: that was a binary file."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise Unreadable("empty file (whitespace only)")
    sample = text[:20000]
    if len(_CONTROL.findall(sample)) > 0.05 * len(sample):
        raise Unreadable("binary file (mostly control characters)")
    return text


def _nonblank_document(lines: list[str]) -> tuple[str, ...]:
    if not any(line.strip() for line in lines):
        raise Unreadable("empty file (no text)")
    return tuple(lines)


def _read_markdown(text: str, source: str) -> Document:
    """Markdown: YAML front matter gives metadata; markdown-it maps blocks back to source lines."""
    meta: dict = {}
    body_offset = 0
    match = _FRONT_MATTER.match(text)
    if match:
        try:
            loaded = yaml.safe_load(match.group(1))
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            where = f" at line {mark.line + 2}" if mark else ""
            raise Unreadable(f"bad YAML front matter{where}") from None
        if isinstance(loaded, dict):
            meta = {key: str(value) for key, value in loaded.items() if key in _META_KEYS and value}
        body_offset = match.group(0).count("\n")
    lines = text.splitlines()
    blocks, link_urls = _markdown_blocks(lines, body_offset)
    out = [""] * len(lines)
    for number, (content, _) in blocks.items():
        out[number - 1] = content
    if link_urls:
        meta["urls"] = link_urls
    roles = {number: "title" for number, (_, is_heading) in blocks.items() if is_heading}
    return Document(source, _nonblank_document(out), "markdown", meta, roles)


_META_KEYS = {"title", "date", "url", "lang", "language", "author", "source"}


def _markdown_blocks(lines: list[str], body_offset: int) -> tuple[dict[int, tuple[str, bool]], list[str]]:
    """Plain text of each Markdown block keyed by its first source line, and the link targets."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse("\n".join(lines[body_offset:]))
    blocks: dict[int, tuple[str, bool]] = {}
    urls: list[str] = []
    for index, token in enumerate(tokens):
        if not token.map:
            continue
        number = token.map[0] + 1 + body_offset
        if token.type == "inline":
            is_heading = index > 0 and tokens[index - 1].type == "heading_open"
            blocks[number] = (_inline_plain(token, urls), is_heading)
        elif token.type in ("fence", "code_block", "html_block"):
            blocks[number] = (" ".join(token.content.split()), False)
    return blocks, urls


def _inline_plain(token, urls: list[str]) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline", "html_inline", "image"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "link_open":
            href = child.attrGet("href") or ""
            if href.startswith(("http://", "https://")) and href not in urls:
                urls.append(href)
    return " ".join("".join(parts).split())


def _read_html(text: str, source: str) -> Document:
    """HTML: main text only (no navigation, scripts, cookie banners) via trafilatura."""
    import trafilatura

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


def _read_docx(path: Path, source: str) -> Document:
    """DOCX through pandoc, so Word files read exactly as pandoc would read them."""
    import pypandoc

    try:
        text = pypandoc.convert_file(str(path), "plain", format="docx", extra_args=["--wrap=none"])
    except (RuntimeError, OSError) as error:
        reason = str(error).strip().splitlines()[-1] if str(error).strip() else "conversion failed"
        raise Unreadable(f"cannot read DOCX: {reason[:160]}") from None
    lines = text.replace("\r\n", "\n").splitlines()
    return Document(source, _nonblank_document(lines), "docx")
