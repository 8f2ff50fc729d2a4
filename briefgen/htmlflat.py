"""Text of an HTML page too deeply nested for libxml2, read without building a tree.

libxml2 (under lxml and trafilatura) stops at 256 nested elements and silently keeps only what came
before. Python's own tokenizer has no depth limit: it sees each tag once, so nothing is lost.
"""

from __future__ import annotations

from html.parser import HTMLParser

LXML_MAX_DEPTH = 255
_BLOCKS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header "
    "hr li main nav ol p pre section table td th title tr ul".split()
)
_INVISIBLE = frozenset(("script", "style", "template", "noscript"))


def too_deep_for_lxml(html: str) -> bool:
    """True when libxml2's HTML parser would stop at its nesting limit and lose the rest of the page."""
    import lxml.etree

    parser = lxml.etree.HTMLParser(recover=True)
    try:
        lxml.etree.fromstring(html.encode("utf-8"), parser)
    except (ValueError, lxml.etree.LxmlError):
        pass
    return any("Excessive depth" in entry.message for entry in parser.error_log)


def flat_text(html: str) -> str:
    """Every visible text of the page, a line per block element, whatever its nesting."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return collector.text()


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[list[str]] = [[]]
        self.hidden = 0  # inside script/style: never text

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _INVISIBLE:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.lines.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag in _INVISIBLE:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.lines.append([])

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.lines[-1].append(data)

    def text(self) -> str:
        joined = (" ".join("".join(parts).split()) for parts in self.lines)
        return "\n".join(line for line in joined if line)
