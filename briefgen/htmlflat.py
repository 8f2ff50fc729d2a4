"""Text of an HTML page too deeply nested for libxml2, read without building a tree.

libxml2 (under lxml and trafilatura) stops at 256 nested elements and silently keeps only what came
before. Text read tag by tag, without a tree, has no depth to exceed, so nothing is lost.
"""

from __future__ import annotations

import html
import re

LXML_MAX_DEPTH = 255
_BLOCKS = ("address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "
           "header hr li main nav ol p pre section table td th title tr ul").split()
_BLOCK_TAG = re.compile(rf"</?(?:{'|'.join(_BLOCKS)})\b[^<>]*>", re.I)
_ANY_TAG = re.compile(r"<[!/?a-zA-Z][^<>]*>")
_INVISIBLE_START = re.compile(r"<!--|<(script|style|template|noscript)\b", re.I)


def too_deep_for_lxml(page: str) -> bool:
    """True when libxml2's HTML parser would stop at its nesting limit and lose the rest of the page."""
    import lxml.etree

    parser = lxml.etree.HTMLParser(recover=True)
    try:
        lxml.etree.fromstring(page.encode("utf-8"), parser)
    except (ValueError, lxml.etree.LxmlError):
        pass
    return any("Excessive depth" in entry.message for entry in parser.error_log)


def flat_text(page: str) -> str:
    """Every visible text of the page, a line per block element, whatever its nesting.

    Regular expressions that cannot backtrack (a tag stops at the next '<') keep this linear:
    a 15 MB page of nested <div>s reads in about a second."""
    text = _BLOCK_TAG.sub("\n", _without_invisible(page))
    text = html.unescape(_ANY_TAG.sub("", text))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _without_invisible(page: str) -> str:
    """The page less its comments and script/style bodies; an unclosed one hides the rest, as in a browser."""
    kept: list[str] = []
    position = 0
    while opening := _INVISIBLE_START.search(page, position):
        kept.append(page[position:opening.start()])
        if opening.group(0) == "<!--":
            close = page.find("-->", opening.end())
            position = close + 3 if close >= 0 else -1
        else:
            closing = re.compile(rf"</{opening.group(1)}\s*>", re.I).search(page, opening.end())
            position = closing.end() if closing else -1
        if position < 0:
            return "".join(kept)
    kept.append(page[position:])
    return "".join(kept)
