"""Facts read off a unit's text: the URLs it cites and the language it is written in."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_URL = re.compile(r"https?://[^\s<>\"'“”‘’«»]+")
_TRAILING = ".,;:!?)]}’”'\""
# A scraper that drops the line break after a link glues the next headline onto it:
# "https://tass.com/politics/1781065SCO should unite...". Split when an all-digit (or .html)
# last path segment runs straight into a capitalised word.
_GLUED = re.compile(r"^(?P<url>https?://[^\s?#]+?/(?:\d+|[\w-]+\.s?html?|[\w-]+\.php))(?P<rest>[A-Z][A-Za-z'’-]*)$")

# Languages the identifier may answer with: the SCO locales plus common neighbours; a smaller
# set keeps short texts from being labelled as rare look-alike languages (e.g. Serbian for Russian).
LANGUAGE_CANDIDATES = ("en", "ru", "zh", "hi", "ur", "fa", "kk", "ky", "tg", "uz", "be",
                       "uk", "ar", "tr", "fr", "de", "es")
MIN_WORDS_FOR_LANGUAGE = 6


def find_urls(text: str) -> list[str]:
    """URLs cited in running text, trailing punctuation removed."""
    return [match.group(0).rstrip(_TRAILING) for match in _URL.finditer(text)]


def split_link_paragraph(text: str) -> tuple[list[str], str]:
    """A paragraph that starts with a bare link: (its URLs, the text left once they are removed).

    "https://x/1 https://x/1" -> (["https://x/1", "https://x/1"], "");
    "https://tass.com/politics/1781065SCO should unite" -> (["https://tass.com/politics/1781065"],
    "SCO should unite").  Paragraphs that do not start with a link come back unchanged.
    """
    tokens = text.split()
    urls: list[str] = []
    while tokens and _URL.fullmatch(tokens[0].rstrip(_TRAILING)):
        token = tokens.pop(0).rstrip(_TRAILING)
        glued = _GLUED.match(token)
        if glued and tokens:
            urls.append(glued.group("url"))
            tokens.insert(0, glued.group("rest"))
            break
        urls.append(token)
    if not urls:
        return [], text
    return urls, " ".join(tokens)


def detect_language(text: str, fallback: str = "und") -> str:
    """ISO 639-1 code of the text's language; short texts keep the fallback (usually the file's)."""
    letters = [ch for ch in text[:4000] if ch.isalpha()]
    if not letters:
        return fallback
    han = sum(1 for ch in letters if "CJK" in unicodedata.name(ch, ""))
    if han > 0.3 * len(letters):
        return "zh"
    if len(text.split()) < MIN_WORDS_FOR_LANGUAGE:
        return fallback
    language, _ = _identifier().classify(text[:4000])
    return language


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's bundled model (no download), limited to the languages we expect."""
    from briefgen.langmodel import load_identifier

    return load_identifier(LANGUAGE_CANDIDATES)
