"""Assign each unit to the summit it is about, from evidence a reader can check (`briefgen events --explain`).

Evidence per event: its city (and aliases) and keywords, weighted by where they stand (a
headline or a sentence about a summit outweighs a passing mention); dates written in the
unit that fall on the event (also "September 16-17" without a year, or either reading of
an ambiguous "07.04.2023"); the publication date; ordinals ("the 23rd SCO summit"); the
chair named with chair words; years next to a summit word; the format (virtual).  Several
mentions of one kind add up with diminishing returns, so many passing mentions never beat
one summit sentence.  A unit published long before an event cannot be about it (a 2022
article naming Astana is not about the 2024 Astana summit).  The best event wins when its
score clears MIN_SCORE and beats the runner-up clearly; otherwise the unit is unassigned.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from briefgen.catalog import Catalog, Event
from briefgen.model import Paragraph, Unit
from briefgen.text import Sentence, unit_sentences

MIN_SCORE = 2.0
MIN_MARGIN = 1.5  # best score must be this many times the runner-up
DECAY = 0.7  # each further piece of evidence for an event counts this much less
ATTACHED_TOKENS = 8  # a place this close to a summit word names the summit's venue
DATELINE_REACH = 45
DATELINE_PARAGRAPHS = 4

WEIGHTS = {
    "place-headline": 3.0, "place-summit": 3.0, "place-with-summit": 1.5, "place-meeting": 1.2,
    "place-dateline": 1.5, "place": 0.4,
    "keyword-headline": 3.0, "keyword-summit": 1.5, "keyword": 1.0,
    "ordinal": 3.0, "chair": 2.0, "chair-summit": 0.8, "chair-mention": 0.2,
    "date": 2.5, "date-near": 1.0, "date-yearless": 2.0, "date-yearless-overlap": 1.2, "date-ambiguous": 1.5,
    "published": 2.0, "year-summit": 2.0, "year-in-summit-sentence": 1.0, "year": 0.2,
    "format": 1.0, "country-chair": 2.0, "country-summit": 1.0,
}
COUNTRY_NAME_LANGUAGES = ("en", "ru", "zh", "hi", "ur", "fa", "kk", "ky", "tg", "uz", "be")
# Russian-style case endings, so "под председательством Индии" finds Индия.
_CYRILLIC_ENDINGS = ("а", "у", "е", "ом", "ой", "и", "ю", "ей", "ия", "ии", "ию", "ией")
PREDATES_EVENT_DAYS = 180
LONG_AFTER_EVENT_DAYS = 730

_SUMMIT = re.compile(
    r"(?i)(?<!\w)(?:summit\w*|heads?[- ]of[- ]state\w*|council of heads|саммит\w*|глав\w* государств\w*|"
    r"саміт\w*|sammit\w*|мемлекет басшылары|мамлекет башчылар\w*|сарони давлат\w*|davlat rahbarlari|"
    r"кіраўнікоў дзяржаў|शिखर सम्मेलन|समिट|سربراہی اجلاس|نشست سران|اجلاس سران)|峰会|元首理事会")
_ORGANIZATION = re.compile(r"(?<!\w)(?:SCO|ШОС|ШЫҰ|ШКУ|СҲШ|ShHT|ШАС|एससीओ|ایس سی او|شانگهای|Shanghai Cooperation)|上合|上海合作组织")
_MEETING = re.compile(r"(?i)(?<!\w)(?:meeting|talks|conference|заседани\w*|встреч\w*|совещани\w*)|会议|会晤")
_CHAIR_WORDS = re.compile(r"(?i)(?<!\w)(?:chair\w*|presidency|led by|hosted by|председател\w*|председательств\w*)|主持|主席国")
_VIRTUAL = re.compile(r"(?i)(?<!\w)(?:virtual\w*|videolink|video link|video conference|videoconference|online|"
                      r"видеосвяз\w*|онлайн|виртуальн\w*)|视频")
_ORDINAL = re.compile(
    r"(?i)(?<!\w)(?P<n>\d{1,2})(?:st|nd|rd|th|-?(?:й|го|е|ий|ого))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:summit|meeting of the|session of the|heads of state|саммит|заседани)|第(?P<zh>\d{1,2})次")
_YEAR = re.compile(r"(?<![\d.,$/-])\b(?P<y>(?:19|20)\d{2})\b(?![.,]\d)")
_TOKEN = re.compile(r"\w+", re.UNICODE)
_DATELINE = re.compile(r"^[A-ZА-ЯЁ][A-ZА-ЯЁ.' -]{2,},")  # "ASTANA, April 26. /TASS/."


@dataclass(frozen=True)
class Evidence:
    event_id: str
    kind: str
    text: str
    weight: float
    sentence: str = ""


@dataclass(frozen=True)
class Assignment:
    """Where a unit goes: an event id, or None for the unassigned group, and why."""

    unit_id: str
    event_id: str | None
    confidence: float
    scores: dict[str, float] = field(default_factory=dict)
    evidence: tuple[Evidence, ...] = ()
    penalties: dict[str, str] = field(default_factory=dict)


def assign_events(units: Sequence[Unit], catalog: Catalog) -> list[Assignment]:
    """One Assignment per unit, in the units' order."""
    matcher = _matcher(catalog)
    return [assign_unit(unit, catalog, matcher) for unit in units]


def assign_unit(unit: Unit, catalog: Catalog, matcher=None) -> Assignment:
    matcher = matcher or _matcher(catalog)
    evidence = _text_evidence(unit, catalog, matcher) + _date_evidence(unit, catalog)
    scores, penalties = {}, {}
    for event in catalog.events:
        weights = sorted((item.weight for item in evidence if item.event_id == event.id), reverse=True)
        score = sum(weight * DECAY ** rank for rank, weight in enumerate(weights))
        factor, reason = _time_consistency(unit, event)
        if factor < 1 and score:
            penalties[event.id] = reason
        scores[event.id] = round(score * factor, 3)
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    best_id, best = ranked[0] if ranked else (None, 0.0)
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    chosen = best_id if best >= MIN_SCORE and best >= MIN_MARGIN * runner_up else None
    confidence = round(best / (best + runner_up + MIN_SCORE), 2) if best else 0.0
    if chosen is None:
        confidence = round(1 - confidence, 2)
    return Assignment(unit.id, chosen, confidence, scores, tuple(evidence), penalties)


def _time_consistency(unit: Unit, event: Event) -> tuple[float, str]:
    """A text cannot report on a summit held long after it was published."""
    if not unit.date:
        return 1.0, ""
    published = dt.date.fromisoformat(unit.date)
    if (event.start - published).days > PREDATES_EVENT_DAYS:
        return 0.2, f"published {unit.date}, {(event.start - published).days} days before the event"
    if (published - event.end).days > LONG_AFTER_EVENT_DAYS:
        return 0.5, f"published {unit.date}, long after the event"
    return 1.0, ""


@dataclass(frozen=True)
class _Term:
    event_id: str
    kind: str  # "place", "keyword", "chair"


@dataclass(frozen=True)
class _Matcher:
    spaced: re.Pattern | None  # terms in scripts that separate words
    unspaced: re.Pattern | None  # Chinese terms (no word boundaries)
    terms: dict[str, list[_Term]]


def _matcher(catalog: Catalog) -> _Matcher:
    """One regular expression for every catalog term, so a unit is scanned once however many events."""
    terms: dict[str, list[_Term]] = {}
    people = {person.name: person for person in catalog.people}
    for event in catalog.events:
        for name in event.place_names:
            terms.setdefault(name.casefold(), []).append(_Term(event.id, "place"))
        for keyword in event.keywords:
            terms.setdefault(keyword.casefold(), []).append(_Term(event.id, "keyword"))
        for name in _country_names(event.country):
            terms.setdefault(name.casefold(), []).append(_Term(event.id, "country"))
        if event.chair:
            chair = people.get(event.chair)
            for name in (chair.names if chair else (event.chair, event.chair.split()[-1])):
                terms.setdefault(name.casefold(), []).append(_Term(event.id, "chair"))
    for term_list in terms.values():  # one country hosting two summits is evidence for both, once each
        term_list[:] = list(dict.fromkeys(term_list))
    spaced = [term for term in terms if not _is_han(term)]
    unspaced = [term for term in terms if _is_han(term)]
    return _Matcher(_alternation(spaced, bounded=True), _alternation(unspaced, bounded=False), terms)


def _country_names(code: str) -> set[str]:
    """The host country's names (babel, in the SCO languages), inflected Russian-style forms and
    its English adjective ("Indian"): evidence only in a summit sentence."""
    from babel import Locale

    from briefgen.speakers import DEMONYMS

    names = {adjective.title() for adjective, country in DEMONYMS.items() if country == code and len(adjective) > 3}
    for language in COUNTRY_NAME_LANGUAGES:
        name = Locale.parse(language).territories.get(code)
        if not name:
            continue
        names.add(name)
        if re.fullmatch(r"[А-Яа-яЁёІіЎўҚқҒғҢңӨөҰұҮүҺһӘәҲҳҶҷӮӯ -]+", name):
            stem = name[:-1] if name[-1] in "аяеоыий" else name
            names |= {stem + ending for ending in _CYRILLIC_ENDINGS}
    return names


def _is_han(text: str) -> bool:
    return bool(re.search(r"[\u3400-\u9fff]", text))


def _alternation(terms: list[str], bounded: bool) -> re.Pattern | None:
    if not terms:
        return None
    body = "|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)" if bounded else f"(?:{body})", re.IGNORECASE)


def _text_evidence(unit: Unit, catalog: Catalog, matcher: _Matcher) -> list[Evidence]:
    """Evidence from the unit's text, and from text it repeated (a repost is about what it reposts)."""
    evidence: list[Evidence] = []
    reading = unit
    if unit.repeated:
        paragraphs = sorted(unit.paragraphs + unit.repeated, key=lambda paragraph: paragraph.line)
        reading = replace(unit, paragraphs=tuple(_with_title(paragraphs, unit)))
    for sentence in unit_sentences(reading):
        dateline = (sentence.role == "body" and sentence.paragraph < DATELINE_PARAGRAPHS
                    and _DATELINE.match(sentence.text) is not None)
        evidence += _sentence_evidence(sentence, catalog, matcher, dateline)
    return evidence


def _with_title(paragraphs: list[Paragraph], unit: Unit) -> list[Paragraph]:
    """A repost's headline was removed as a repeat: it is still the post's headline."""
    if paragraphs and unit.repeated and paragraphs[0] in unit.repeated and len(paragraphs[0].text.split()) <= 25:
        return [replace(paragraphs[0], role="title"), *paragraphs[1:]]
    return paragraphs


def _sentence_evidence(sentence: Sentence, catalog: Catalog, matcher: _Matcher, dateline: bool) -> list[Evidence]:
    text = sentence.text
    summit_spans = [match.span() for match in _SUMMIT.finditer(text)]
    about_summit = bool(summit_spans)
    meeting = bool(_ORGANIZATION.search(text) and _MEETING.search(text))
    chair_words = bool(_CHAIR_WORDS.search(text))
    snippet = text if len(text) <= 160 else text[:157] + "…"
    found: list[Evidence] = []
    for pattern in (matcher.spaced, matcher.unspaced):
        for match in pattern.finditer(text) if pattern else ():
            for term in matcher.terms[match.group(0).casefold()]:
                kind = _mention_kind(term.kind, text, match.span(), summit_spans, sentence.role, dateline,
                                     meeting, chair_words)
                if kind is None:
                    continue
                weight = WEIGHTS[kind] * _compound_factor(text, match.span())
                found.append(Evidence(term.event_id, kind, match.group(0), weight, snippet))
    found += _ordinal_evidence(text, catalog, snippet)
    if about_summit:
        found += _year_evidence(text, summit_spans, catalog, snippet)
        if _VIRTUAL.search(text):
            found += [Evidence(e.id, "format", "virtual", WEIGHTS["format"], snippet)
                      for e in catalog.events if e.format == "virtual"]
    return _strongest_per_kind(found)


def _strongest_per_kind(found: list[Evidence]) -> list[Evidence]:
    """One sentence naming a city twice ("Astana (now Nur-Sultan)") is one piece of evidence."""
    best: dict[tuple[str, str], Evidence] = {}
    for item in found:
        key = (item.event_id, item.kind)
        if key not in best or item.weight > best[key].weight:
            best[key] = item
    return list(best.values())


def _mention_kind(term_kind, text, span, summit_spans, role, dateline, meeting, chair_words) -> str | None:
    if term_kind == "country":  # the Samarkand article discusses Kazakhstan at length: only summit sentences count
        if not summit_spans:
            return None
        return "country-chair" if chair_words else "country-summit"
    if term_kind == "chair":
        if summit_spans and chair_words:
            return "chair"
        return "chair-summit" if summit_spans else "chair-mention"
    if role == "title":
        return "keyword-headline" if term_kind == "keyword" else "place-headline"
    if term_kind == "keyword":
        return "keyword-summit" if summit_spans else "keyword"
    if summit_spans:
        distance = min(_token_distance(text, span, summit) for summit in summit_spans)
        return "place-summit" if distance <= ATTACHED_TOKENS else "place-with-summit"
    if dateline and span[0] <= DATELINE_REACH:
        return "place-dateline"
    return "place-meeting" if meeting else "place"


def _compound_factor(text: str, span: tuple[int, int]) -> float:
    """'Beijing-Tianjin-Hebei cluster': a place inside a hyphenated compound is only a modifier."""
    before = text[span[0] - 1] if span[0] > 0 else " "
    after = text[span[1]] if span[1] < len(text) else " "
    glued = (before == "-" and span[0] > 1 and text[span[0] - 2].isalpha()) or \
            (after == "-" and span[1] + 1 < len(text) and text[span[1] + 1].isalpha())
    return 0.3 if glued else 1.0


def _token_distance(text: str, a: tuple[int, int], b: tuple[int, int]) -> int:
    low, high = (a, b) if a[0] < b[0] else (b, a)
    return len(_TOKEN.findall(text[low[1]:high[0]]))


def _ordinal_evidence(text: str, catalog: Catalog, snippet: str) -> list[Evidence]:
    found = []
    for match in _ORDINAL.finditer(text):
        number = int(match.group("n") or match.group("zh"))
        found += [Evidence(e.id, "ordinal", match.group(0), WEIGHTS["ordinal"], snippet)
                  for e in catalog.events if e.ordinal == number]
    return found


def _year_evidence(text: str, summit_spans, catalog: Catalog, snippet: str) -> list[Evidence]:
    found = []
    for match in _YEAR.finditer(text):
        year = int(match.group("y"))
        near = min(_token_distance(text, match.span(), summit) for summit in summit_spans) <= 2
        kind = "year-summit" if near else "year-in-summit-sentence"
        found += [Evidence(e.id, kind, match.group(0), WEIGHTS[kind], snippet)
                  for e in catalog.events if e.start.year == year]
    return found


def _date_evidence(unit: Unit, catalog: Catalog) -> list[Evidence]:
    found = []
    for event in catalog.events:
        if unit.date:
            published = dt.date.fromisoformat(unit.date)
            if -3 <= (published - event.start).days and (published - event.end).days <= 10:
                found.append(Evidence(event.id, "published", unit.date, WEIGHTS["published"]))
        for mention in unit.dates:
            kind = _date_kind(mention, event)
            if kind:
                found.append(Evidence(event.id, kind, mention.text, WEIGHTS[kind]))
    return found


def _date_kind(mention, event: Event) -> str | None:
    if mention.start:
        start, end = dt.date.fromisoformat(mention.start), dt.date.fromisoformat(mention.end)
        if start <= event.end and end >= event.start:
            return "date"
        gap = min(abs((start - event.end).days), abs((event.start - end).days))
        return "date-near" if gap <= 10 else None
    if mention.readings:
        days = [dt.date.fromisoformat(reading) for reading in mention.readings]
        return "date-ambiguous" if any(event.start <= day <= event.end for day in days) else None
    if mention.month and mention.day:
        last = mention.end_day or mention.day
        event_days = {(d.month, d.day) for d in _days(event)}
        mention_days = {(mention.month, day) for day in range(mention.day, last + 1)}
        if mention_days == event_days:
            return "date-yearless"
        return "date-yearless-overlap" if mention_days & event_days else None
    return None


def _days(event: Event) -> list[dt.date]:
    return [event.start + dt.timedelta(days=n) for n in range((event.end - event.start).days + 1)]
