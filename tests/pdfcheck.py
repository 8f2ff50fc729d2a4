"""Reading a PDF as a reader would: its text, and whether every character was drawn with a real glyph."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pymupdf

_INVISIBLE = dict.fromkeys(map(ord, "\u200c\u200d\u200e\u200f\u0640"), None)  # ZWNJ/ZWJ, LRM/RLM, tatweel


def normalized(text: str) -> str:
    """NFKC (folds Arabic presentation forms), invisible marks removed, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_INVISIBLE).split())


def pdf_text(path: Path) -> str:
    return normalized("\n".join(page.get_text() for page in pymupdf.open(path)))


def pdf_lines(path: Path) -> list[str]:
    return [normalized(line) for page in pymupdf.open(path) for line in page.get_text().splitlines() if line.strip()]


def missing_glyphs(path: Path) -> int:
    """Characters drawn with glyph id 0 (the .notdef 'tofu' box)."""
    return sum(1 for page in pymupdf.open(path) for span in page.get_texttrace()
               for char in span["chars"] if char[1] == 0)


def shows_text(path: Path, expected: str, script: str, whole_line: bool = False) -> bool:
    """Whether the PDF shows `expected`.

    Latin, Cyrillic and Devanagari compare as text; Chinese ignores the spaces Typst puts
    between Han characters and digits.  Arabic script comes out of a PDF in visual order with one
    entry per glyph (dots and ligature parts repeat letters), so it is compared as the set of
    letters of a line (the same set for a heading on its own line), and its numbers as tokens.
    """
    wanted = normalized(expected)
    if script == "Hans":
        return wanted.replace(" ", "") in pdf_text(path).replace(" ", "")
    if script != "Arab":
        return wanted in pdf_text(path)
    numbers = [token for token in wanted.split() if token.isdigit()]
    tokens = set(pdf_text(path).split())
    letters = {char for char in wanted if char.isalpha()}
    for line in pdf_lines(path):
        found = {char for char in line if char.isalpha()}
        if (found == letters if whole_line else letters <= found) and all(n in tokens for n in numbers):
            return True
    return False
