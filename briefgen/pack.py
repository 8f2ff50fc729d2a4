"""The Pack: everything a template can show, built from the stages before it.

Content that does not depend on the locale (summary, quotes, digests) is chosen once per
event and summary language (`EventContent`); `build_pack` then localizes it: labels, dates,
numbers, country and language names.  Templates only ever see these plain dataclasses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from briefgen import __version__
from briefgen.catalog import Catalog, Event
from briefgen.l10n import N_, LocaleInfo, Localizer
from briefgen.model import Unit
from briefgen.keyquotes import select_key_quotes
from briefgen.quotes import Quote, extract_quotes
from briefgen.summarize import (DEFAULT_SENTENCES, DEFAULT_SUMMARIZER, SummarySentence, digest, main_language,
                                summarize)

FORMAT_LABELS = {"in-person": N_("In person"), "virtual": N_("Virtual"), "hybrid": N_("Hybrid")}
DEFAULT_KEY_QUOTES = 5


@dataclass(frozen=True)
class Options:
    """What goes into a pack; part of every cache key."""

    summarizer: str = DEFAULT_SUMMARIZER
    sentences: int = DEFAULT_SENTENCES
    key_quotes: int = DEFAULT_KEY_QUOTES
    digest_sentences: int = 2


@dataclass(frozen=True)
class EventContent:
    """Locale-independent content of one event's pack."""

    event_id: str
    units: tuple[Unit, ...]
    summary: tuple[SummarySentence, ...]
    summary_language: str | None
    quotes: tuple[Quote, ...]
    key_quotes: tuple[Quote, ...]
    digests: dict[str, tuple[SummarySentence, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class UnitAnalysis:
    """What one unit gives its event whatever the other units are: its quotations and its digest."""

    quotes: tuple[Quote, ...]
    digest: tuple[SummarySentence, ...]


def analyze_unit(unit: Unit, catalog: Catalog, options: Options) -> UnitAnalysis:
    return UnitAnalysis(tuple(extract_quotes(unit, catalog.people)),
                        tuple(digest(unit, options.digest_sentences, options.summarizer)))


def event_content(event: Event, units: Sequence[Unit], catalog: Catalog, options: Options,
                  preferred_language: str | None = None,
                  analyze: Callable[[Unit, Catalog, Options], UnitAnalysis] = analyze_unit) -> EventContent:
    """Summary, quotes and digests for an event; the summary uses `preferred_language` sources if any.
    `analyze` may answer for units it has seen before (build.py keeps their analyses in the unit store)."""
    units = tuple(unit for unit in units if unit.paragraphs)
    languages = {unit.lang for unit in units}
    language = preferred_language if preferred_language in languages else (main_language(units) if units else None)
    terms = _event_terms(event)
    summary = summarize(units, options.sentences, options.summarizer, language, terms) if units else []
    analyses = [analyze(unit, catalog, options) for unit in units]
    quotes = [quote for analysis in analyses for quote in analysis.quotes]
    key = select_key_quotes(quotes, units, event, catalog.people, options.key_quotes)
    digests = {unit.id: analysis.digest for unit, analysis in zip(units, analyses)}
    return EventContent(event.id, units, tuple(summary), language, tuple(quotes), tuple(key), digests)


def _event_terms(event: Event) -> list[str]:
    return [*event.place_names, *event.keywords, "summit", "саммит", "峰会"]


@dataclass(frozen=True)
class PackEvent:
    id: str
    name: str
    city: str
    country_code: str
    country: str
    venue: str
    dates: str
    start: str
    end: str
    format: str
    format_code: str
    ordinal: int | None
    chair: str | None
    members: tuple[str, ...]


@dataclass(frozen=True)
class PackSource:
    ref: int
    id: str
    source: str
    post: int | None
    author: str | None
    title: str
    date: str | None
    date_iso: str | None
    lang: str
    language: str
    url: str | None
    digest: tuple[str, ...]
    words: int


@dataclass(frozen=True)
class PackSentence:
    text: str
    ref: int
    unit_id: str
    source: str
    post: int | None
    url: str | None
    lang: str = "und"  # the source's language


@dataclass(frozen=True)
class PackQuote:
    text: str
    speaker: str
    ref: int
    unit_id: str
    source: str
    lang: str = "und"


@dataclass(frozen=True)
class Pack:
    event: PackEvent
    locale: LocaleInfo
    prepared_on: str
    prepared_on_iso: str
    summary: tuple[PackSentence, ...]
    quotes: tuple[PackQuote, ...]
    sources: tuple[PackSource, ...]
    summary_language: str | None
    language_note: str | None
    generator: str = f"briefgen {__version__}"

    @property
    def unit_ids(self) -> tuple[str, ...]:
        return tuple(source.id for source in self.sources)


def _speaker_name(quote: Quote, catalog: Catalog | None, locale: str) -> str:
    """The speaker as the pack's language writes the name, where the catalog gives it (Путин, 普京)."""
    person = catalog.person(quote.speaker) if catalog and quote.speaker else None
    return person.display_name(locale) if person else quote.speaker or ""


def build_pack(event: Event, content: EventContent, localizer: Localizer, prepared_on: dt.date,
               catalog: Catalog | None = None) -> Pack:
    """Localize an event's content for one locale."""
    _ = localizer.gettext
    refs = {unit.id: number for number, unit in enumerate(content.units, 1)}
    sources = tuple(_source(unit, refs[unit.id], content, localizer) for unit in content.units)
    langs = {unit.id: unit.lang for unit in content.units}
    summary = tuple(PackSentence(s.text, refs[s.unit_id], s.unit_id, s.source, s.post, s.url, langs[s.unit_id])
                    for s in content.summary)
    quotes = tuple(PackQuote(q.text, _speaker_name(q, catalog, localizer.code), refs[q.unit_id], q.unit_id, q.source,
                             q.lang if q.lang != "und" else langs[q.unit_id])
                   for q in content.key_quotes)
    note = None
    if content.summary_language and content.summary_language != localizer.code:
        note = _("The summary is in %(language)s, the language of the sources.") % {
            "language": localizer.language(content.summary_language)}
    return Pack(
        event=_event_view(event, localizer, catalog),
        locale=localizer.info,
        prepared_on=localizer.date(prepared_on),
        prepared_on_iso=prepared_on.isoformat(),
        summary=summary,
        quotes=quotes,
        sources=sources,
        summary_language=content.summary_language,
        language_note=note,
    )


def _event_view(event: Event, localizer: Localizer, catalog: Catalog | None) -> PackEvent:
    city = event.city_name(localizer.code)
    chair = catalog.person(event.chair) if catalog and event.chair else None
    country = localizer.country(event.country)
    return PackEvent(
        id=event.id,
        name=event.name(localizer.code),
        city=city,
        country_code=event.country,
        country=country,
        venue=f"{city}, {country}",
        dates=localizer.date_range(event.start, event.end),
        start=event.start.isoformat(),
        end=event.end.isoformat(),
        format=localizer.gettext(FORMAT_LABELS.get(event.format, event.format)),
        format_code=event.format,
        ordinal=event.ordinal,
        chair=chair.display_name(localizer.code) if chair else event.chair,
        members=tuple(sorted((localizer.country(code) for code in event.members), key=str.casefold)),
    )


def _source(unit: Unit, ref: int, content: EventContent, localizer: Localizer) -> PackSource:
    title = unit.title or _first_words(unit.text)
    date = localizer.date(dt.date.fromisoformat(unit.date)) if unit.date else None
    return PackSource(
        ref=ref, id=unit.id, source=unit.source, post=unit.post, author=unit.author, title=title,
        date=date, date_iso=unit.date, lang=unit.lang, language=localizer.language(unit.lang),
        url=unit.url, digest=tuple(s.text for s in content.digests.get(unit.id, ())), words=unit.words,
    )


def _first_words(text: str, count: int = 12) -> str:
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


# What a template can use; printed by `briefgen templates vars`.
TEMPLATE_VARIABLES: tuple[tuple[str, str, str, str], ...] = (
    ("pack", "Pack", "the whole pack (all of the below)", ""),
    ("event.id / event.name", "str", "catalog id and display name in the pack's locale", "samarkand-2022"),
    ("event.city / event.country / event.venue", "str", "host city, host country (babel), 'city, country'",
     "Samarkand, Uzbekistan"),
    ("event.dates", "str", "event dates formatted by babel for the locale", "September 15 – 16, 2022"),
    ("event.start / event.end", "str", "ISO dates", "2022-09-15"),
    ("event.format / event.format_code", "str", "'In person', 'Virtual' (translated) / catalog code", "virtual"),
    ("event.ordinal", "int | None", "nth meeting of the Council of Heads of State", "22"),
    ("event.chair", "str | None", "who chaired the summit", "Shavkat Mirziyoyev"),
    ("event.members", "tuple[str]", "member states' names in the locale", "('China', 'India', ...)"),
    ("summary", "tuple[PackSentence]", "executive summary, most central first: .text .ref .unit_id .source .post .url .lang",
     "sentence [2]"),
    ("quotes", "tuple[PackQuote]", "key quotes: .text .speaker .ref .unit_id .source .lang", ""),
    ("sources", "tuple[PackSource]", "sources in reference order: .ref .id .source .post .author .title .date "
     ".date_iso .lang .language .url .digest (tuple of sentences) .words", ""),
    ("locale", "LocaleInfo", ".code .name .english_name .direction ('ltr'/'rtl') .script .numbering", "fa, rtl"),
    ("prepared_on / prepared_on_iso", "str", "build date (SOURCE_DATE_EPOCH when set), localized / ISO",
     "November 23, 2026"),
    ("language_note", "str | None", "translated note when the summary is not in the pack's language", ""),
    ("_('text') / ngettext(s, p, n)", "function", "gettext: labels translated from the locale's catalog", ""),
    ("number(x) / percent(x) / currency(x, 'USD') / date(iso)", "function",
     "babel formatting for the locale (native digits)", "۱۲٬۳۴۵"),
    ("format_list(items)", "function", "a list joined as the locale does", "中国、印度和俄罗斯"),
    ("open_quote / close_quote", "str", "the locale's quotation marks (CLDR)", "« »"),
    ("value | link", "filter", "a URL as a Markdown link (http/https only; anything else stays text)", ""),
    ("value | in_language(lang)", "filter", "text in another language than the pack's, marked with its lang "
     "(and dir) for HTML and DOCX", "[текст]{lang=ru}"),
    ("value | markdown", "filter", "trusted Markdown from the template itself, not escaped (never corpus text)", ""),
)
