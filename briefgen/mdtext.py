"""Markdown files: YAML front matter for metadata, markdown-it for the text of each block; within budget.

markdown-it has two soft spots with hostile input: past its nesting limit it drops the rest of a
block without a word, and its inline parser spends up to ~15 µs on each markup character ('[', '*', '!'…),
so 2 MB of '[' take a minute. Words past the nesting limit are kept as plain text, and blocks past a
budget of markup characters are kept as written; both with a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

from briefgen.readers import Document, Unreadable, nonblank_lines

MAX_FRONT_MATTER_BYTES = 64 * 1024  # metadata, not content: a title, a date, a link
MAX_NESTING = 100  # markdown-it's default (20) drops quotes nested deeper; much more overflows the stack
MAX_MARKUP_CHARS = 50_000  # ~0.7 s of inline parsing at worst; prose has about one markup character in a hundred
META_KEYS = {"title", "date", "url", "lang", "language", "author", "source"}

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_MARKERS = re.compile(r"^(?:\s*(?:>|[-*+](?=\s)|\d{1,9}[.)](?=\s)))+")
_REFERENCE_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S")
_NO_MARKUP = str.maketrans("", "", "!#$%&*+-:<=>@[\\]^_`{}~")  # where markdown-it's inline text rule stops to look


@dataclass
class _Blocks:
    """What markdown-it made of the body: text per first source line, link targets, lines covered."""

    text: dict[int, tuple[str, bool]] = field(default_factory=dict)  # line -> (plain text, is heading)
    urls: list[str] = field(default_factory=list)
    covered: set[int] | None = field(default_factory=set)  # None: nested too deep to parse at all
    markup_left: int = MAX_MARKUP_CHARS
    kept_as_written: int | None = None  # first line past the markup budget


def read_markdown(text: str, source: str) -> Document:
    """Markdown: YAML front matter gives metadata; markdown-it maps blocks back to source lines."""
    meta: dict = {}
    body_offset = 0
    match = _FRONT_MATTER.match(text)
    if match:
        loaded = _front_matter(match.group(1))
        if isinstance(loaded, dict):
            meta = {key: str(value) for key, value in loaded.items() if key in META_KEYS and value}
        body_offset = match.group(0).count("\n")
    lines = text.splitlines()
    blocks = _markdown_blocks(lines, body_offset)
    out = [""] * len(lines)
    for number, (content, _) in blocks.text.items():
        out[number - 1] = content
    lost = _lost_lines(lines, body_offset, blocks.covered)
    for number in lost:  # markdown-it stops at its nesting limit and drops the rest: keep the words
        out[number - 1] = _MARKERS.sub("", lines[number - 1]).strip()
    if blocks.urls:
        meta["urls"] = blocks.urls
    roles = {number: "title" for number, (_, is_heading) in blocks.text.items() if is_heading}
    return Document(source, nonblank_lines(out), "markdown", meta, roles, _warnings(lost, blocks))


def _warnings(lost: list[int], blocks: _Blocks) -> tuple[str, ...]:
    warnings = []
    if lost:
        warnings.append(f"Markdown nested deeper than {MAX_NESTING} levels (from line {lost[0]}): "
                        "read as plain text there")
    if blocks.kept_as_written:
        warnings.append(f"more than {MAX_MARKUP_CHARS:,} Markdown markup characters: kept as written "
                        f"from line {blocks.kept_as_written} on (markup included)")
    return tuple(warnings)


def _lost_lines(lines: list[str], body_offset: int, covered: set[int] | None) -> list[int]:
    """Lines with words in them that no Markdown block took in (None: the parser gave up entirely)."""
    return [number for number, line in enumerate(lines[body_offset:], body_offset + 1)
            if (covered is None or number not in covered) and not _REFERENCE_DEFINITION.match(line)
            and any(char.isalnum() for char in line)]


class _NoAliasLoader(yaml.SafeLoader):
    """safe_load that refuses aliases: `*name` repeated in nested anchors expands exponentially
    ("billion laughs"), and metadata has no use for them."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise Unreadable(f"YAML front matter uses an alias (*name) at line {mark.line + 2}: not allowed")
        return super().compose_node(parent, index)


def _front_matter(text: str):
    """The front matter's YAML, parsed within budget; Unreadable with the reason otherwise."""
    if len(text.encode("utf-8")) > MAX_FRONT_MATTER_BYTES:
        raise Unreadable(f"YAML front matter too long (more than {MAX_FRONT_MATTER_BYTES // 1024} KB)")
    loader = _NoAliasLoader(text)
    try:
        return loader.get_single_data()
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        raise Unreadable(f"bad YAML front matter{where}") from None
    except RecursionError:  # [[[[… thousands deep: PyYAML's composer recurses per level
        raise Unreadable("YAML front matter nested too deep") from None
    finally:
        loader.dispose()


def _markdown_blocks(lines: list[str], body_offset: int) -> _Blocks:
    """Plain text of each Markdown block keyed by its first source line."""
    from markdown_it import MarkdownIt

    # Blocks may nest deeper than markdown-it's default allows; inline markup keeps the default nesting (20),
    # which keeps its bracket matching linear (at 100, '![ ' repeated costs five times as much), and is parsed
    # block by block below, within the markup budget.
    parser = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).disable("inline")
    inline_parser = MarkdownIt("commonmark")
    env: dict = {}
    blocks = _Blocks()
    try:
        tokens = parser.parse("\n".join(lines[body_offset:]), env)
    except RecursionError:
        blocks.covered = None
        return blocks
    for index, token in enumerate(tokens):
        if not token.map:
            continue
        number = token.map[0] + 1 + body_offset
        if token.type in ("inline", "fence", "code_block", "html_block"):
            blocks.covered.update(range(number, token.map[1] + 1 + body_offset))
        if token.type == "inline":
            is_heading = index > 0 and tokens[index - 1].type == "heading_open"
            blocks.text[number] = (_inline_text(inline_parser, token, env, blocks, number), is_heading)
        elif token.type in ("fence", "code_block", "html_block"):
            blocks.text[number] = (" ".join(token.content.split()), False)
    return blocks


def _inline_text(parser, token, env: dict, blocks: _Blocks, number: int) -> str:
    """A block's text without its inline markup; past the markup budget, as written."""
    blocks.markup_left -= len(token.content) - len(token.content.translate(_NO_MARKUP))
    if blocks.markup_left < 0:
        blocks.kept_as_written = blocks.kept_as_written or number
        return " ".join(token.content.split())
    token.children = []
    try:
        parser.inline.parse(token.content, parser, env, token.children)
    except RecursionError:
        return " ".join(token.content.split())
    return _inline_plain(token, blocks.urls)


def _inline_plain(token, urls: list[str]) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "text_special", "code_inline", "html_inline", "image"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "link_open":
            href = child.attrGet("href") or ""
            if href.startswith(("http://", "https://")) and href not in urls:
                urls.append(href)
    return " ".join("".join(parts).split())
