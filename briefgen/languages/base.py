"""What every language module gives the quotation stage, and the plain data it works on.

A language module knows its speech verbs, its tag forms ("…," he said / «…», — заявил X /
X表示：“…”), its titles and role words, and how to find person names (capitalisation for
English, natasha for Russian, jieba for Chinese).  The quotation stage (quotes.py) never
branches on a language code: it asks `rules_for(unit.lang)` (languages/__init__.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from briefgen.catalog import Person
from briefgen.model import Unit
from briefgen.text import QuotationSpan


@dataclass(frozen=True)
class Site:
    """One quotation span in its paragraph: what attribution looks at."""

    unit: Unit
    paragraph: int  # index of the paragraph in the unit
    offset: int  # the paragraph's offset in unit.text
    text: str  # the paragraph
    masked: str  # the paragraph with every quotation blanked (\x00), so tags are never read inside quotes
    span: QuotationSpan
    sentence: tuple[int, int]  # the sentence holding the span's opening mark, in paragraph offsets
    year: int | None  # the unit's publication year, for catalog roles

    @property
    def before(self) -> str:
        """The sentence's words before the quotation (quotations blanked)."""
        return self.masked[self.sentence[0]:self.span.start]

    @property
    def after(self) -> str:
        """The sentence's words after the quotation (quotations blanked)."""
        return self.masked[self.span.end:self.sentence[1]]

    @property
    def inner(self) -> str:
        start, end = self.span.inner
        return self.text[start:end]


@dataclass(frozen=True)
class Attribution:
    """Who said a quotation and the words that say so.  A tag whose speaker cannot be named
    ('..., — деді журналист') is Attribution(None, "unknown", cue): the quotation is not anyone's
    continuation."""

    speaker: str | None
    kind: str  # person, organization, document, unknown
    cue: str


class LanguageRules(Protocol):
    """The per-language half of quotation extraction."""

    code: str

    def analyze(self, unit: Unit, people: Sequence[Person], quoted: Sequence[tuple[int, int]]) -> Any:
        """Whatever attribution needs about the whole unit (its people), computed once per unit."""

    def split_spans(self, paragraph: str, spans: list[QuotationSpan]) -> list[QuotationSpan]:
        """The spans, with any that the language's conventions split (a tag inside the marks) split."""

    def is_quotation(self, site: Site) -> bool:
        """Speech, not a term, title, name or scare quote."""

    def attribute(self, site: Site, analysis: Any) -> Attribution | None:
        """The speaker from the text around the quotation, or None when the text does not tell."""

    def signature(self, unit: Unit, paragraph: int, analysis: Any) -> Attribution | None:
        """The person a paragraph names and nothing more ('— Ann Berg, president of X'), as a line
        signing the speech above it or heading the one below (quotes.py tells which); None for any other."""


@lru_cache(maxsize=65536)  # catalog names are folded again for every name in every unit
def fold_name(text: str) -> str:
    """Case, ё/е and punctuation inside names folded, for comparing names across spellings."""
    return " ".join(text.casefold().replace("ё", "е").replace("·", " ").replace("‧", " ").split())
