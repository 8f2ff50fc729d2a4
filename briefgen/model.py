"""Plain data passed between the ingestion stages and everything after them."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

PARAGRAPH_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of clean text and the 1-based source line it came from."""

    text: str
    line: int
    role: str = "body"  # "title" (a headline), "byline" or "body"


@dataclass(frozen=True)
class QuotedReply:
    """A forum reply's quotation of an earlier post: shown as a quotation, never counted as new text."""

    author: str | None
    text: str
    line: int
    quoted_unit: str | None = None  # id of the earlier post it repeats, when found on the page


@dataclass(frozen=True)
class DateMention:
    """A date written in a text, resolved as far as the text allows.

    `start`/`end` are ISO dates when fully known.  A date without a year keeps `month`/`day`
    (and `end_day` for ranges like "September 16-17"); a numeric date whose day/month order
    cannot be decided keeps both `readings`.
    """

    text: str
    offset: int
    start: str | None = None
    end: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_day: int | None = None
    readings: tuple[str, ...] = ()

    @property
    def status(self) -> str:
        if self.start:
            return "exact"
        if self.readings:
            return "ambiguous"
        if self.month and self.day:
            return "yearless"
        return "year"


@dataclass(frozen=True)
class Unit:
    """One thing a reader would cite: an article, or one forum post."""

    id: str
    source: str  # path relative to the corpus folder
    paragraphs: tuple[Paragraph, ...]
    first_line: int
    last_line: int
    post: int | None = None
    author: str | None = None
    title: str | None = None
    urls: tuple[str, ...] = ()
    date: str | None = None  # publication date (ISO) when the text states it
    dates: tuple[DateMention, ...] = ()
    lang: str = "und"
    duplicates_removed: int = 0
    quoted_replies: tuple[QuotedReply, ...] = ()
    repeated: tuple[Paragraph, ...] = ()  # paragraphs removed as repeats: still evidence of the topic

    @cached_property
    def text(self) -> str:
        return PARAGRAPH_SEPARATOR.join(p.text for p in self.paragraphs)

    @property
    def year(self) -> int | None:
        """The publication year, for roles held in a given year (the catalog's)."""
        return int(self.date[:4]) if self.date else None

    @cached_property
    def paragraph_offsets(self) -> tuple[int, ...]:
        """Offset of each paragraph in `text`."""
        offsets, position = [], 0
        for paragraph in self.paragraphs:
            offsets.append(position)
            position += len(paragraph.text) + len(PARAGRAPH_SEPARATOR)
        return tuple(offsets)

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def url(self) -> str | None:
        return self.urls[0] if self.urls else None


@dataclass(frozen=True)
class Rejected:
    """An input file that produced no unit, and why (one line)."""

    source: str
    reason: str


@dataclass(frozen=True)
class Corpus:
    """Everything ingestion produced: every input file is in exactly one of units' sources or rejected."""

    units: tuple[Unit, ...]
    rejected: tuple[Rejected, ...] = ()
    duplicates_removed: int = 0
    warnings: tuple[str, ...] = field(default=())
    notices: tuple[str, ...] = ()  # what the walk left out on purpose (briefgen's own output folder)

    def unit(self, unit_id: str) -> Unit:
        for unit in self.units:
            if unit.id == unit_id:
                return unit
        raise KeyError(unit_id)
