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

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from briefgen.catalog import Catalog, Event
from briefgen.model import Paragraph, Unit
from briefgen.text import split_sentences

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


PARALLEL_MIN_UNITS = 2000  # below this, starting worker processes costs more than it saves


def assign_events(units: Sequence[Unit], catalog: Catalog, jobs: int = 1) -> list[Assignment]:
    """One Assignment per unit, in the units' order; large corpora are split over `jobs` processes."""
    if jobs > 1 and len(units) >= PARALLEL_MIN_UNITS:
        from concurrent.futures import ProcessPoolExecutor

        size = -(-len(units) // jobs)
        chunks = [units[start:start + size] for start in range(0, len(units), size)]
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            return [assignment for chunk in pool.map(assign_events, chunks, [catalog] * len(chunks))
                    for assignment in chunk]
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
    kind: str  # "place", "keyword", "chair", "country"


class _Matcher:
    """Every catalog term, and every word that gives a sentence its context (summit, SCO, meeting,
    chair, virtual), found in one pass over a text each (Aho-Corasick), however big the catalog."""

    def __init__(self, terms: dict[str, list[_Term]]):
        import ahocorasick_rs

        self.terms = terms
        self.keys = list(terms)
        self.unbounded = {key for key in self.keys if _is_han(key)}  # Chinese: no spaces, no word boundaries
        self.context_keys = [(word, family, _is_han(word)) for family, words in CONTEXT_WORDS.items() for word in words]
        leftmost_longest = ahocorasick_rs.MatchKind.LeftmostLongest
        self.automaton = ahocorasick_rs.AhoCorasick(self.keys, matchkind=leftmost_longest)
        self.context_automaton = ahocorasick_rs.AhoCorasick([word for word, _, _ in self.context_keys],
                                                            matchkind=leftmost_longest)

    def term_hits(self, lowered: str) -> list[tuple[int, int, str]]:
        """(start, end, term) of whole-word catalog terms (Chinese terms need no word boundary)."""
        hits = []
        for index, start, end in self.automaton.find_matches_as_indexes(lowered):
            key = self.keys[index]
            if key in self.unbounded or not (_is_word_char(lowered, start - 1) or _is_word_char(lowered, end)):
                hits.append((start, end, key))
        return hits

    def context_hits(self, lowered: str) -> dict[str, list[tuple[int, int]]]:
        """family -> spans of its words; words may take endings ("summits", "саммите") except the
        organisation's names, which must stand alone ("SCO", not "scope")."""
        found: dict[str, list[tuple[int, int]]] = {family: [] for family in CONTEXT_WORDS}
        for index, start, end in self.context_automaton.find_matches_as_indexes(lowered):
            _, family, han = self.context_keys[index]
            if han or not _is_word_char(lowered, start - 1):
                if family != "organization" or han or not _is_word_char(lowered, end):
                    found[family].append((start, end))
        return found


# Beginnings of the words that set a sentence's context, in the SCO languages.
CONTEXT_WORDS = {
    "summit": ("summit", "heads of state", "head of state", "heads-of-state", "head-of-state", "council of heads",
               "саммит", "глав государств", "главы государств", "саміт", "sammit", "мемлекет басшылары",
               "мамлекет башчылар", "сарони давлат", "davlat rahbarlari", "кіраўнікоў дзяржаў", "शिखर सम्मेलन",
               "समिट", "سربراہی اجلاس", "نشست سران", "اجلاس سران", "峰会", "元首理事会"),
    "organization": ("sco", "шос", "шыұ", "шку", "сҳш", "shht", "шас", "एससीओ", "ایس سی او", "شانگهای",
                     "shanghai cooperation", "上合", "上海合作组织"),
    "meeting": ("meeting", "talks", "conference", "заседани", "встреч", "совещани", "会议", "会晤"),
    "chair": ("chair", "presidency", "led by", "hosted by", "председател", "председательств", "主持", "主席国"),
    "virtual": ("virtual", "videolink", "video link", "video conference", "videoconference", "online",
                "видеосвяз", "онлайн", "виртуальн", "视频"),
}


def _lower(text: str) -> str:
    """Lower case with every offset kept (a few characters lengthen when lowered: keep those as they are)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char.lower() if len(char.lower()) == 1 else char for char in text)


def _is_word_char(text: str, position: int) -> bool:
    return 0 <= position < len(text) and (text[position].isalnum() or text[position] == "_")


def _matcher(catalog: Catalog) -> _Matcher:
    terms: dict[str, list[_Term]] = {}
    people = {person.name: person for person in catalog.people}
    for event in catalog.events:
        for name in event.place_names:
            terms.setdefault(name.casefold(), []).append(_Term(event.id, "place"))
        for keyword in event.keywords:
            terms.setdefault(keyword.casefold(), []).append(_Term(event.id, "keyword"))
        for name in _country_names(event.country):
            terms.setdefault(name.casefold(), []).append(_Term(event.id, "country"))
        for tied in (*([event.chair] if event.chair else []), *event.people):  # the chair and people tied to it
            person = people.get(tied)
            for name in (person.names if person else (tied, tied.split()[-1])):
                terms.setdefault(name.casefold(), []).append(_Term(event.id, "chair"))
    for term_list in terms.values():  # one country hosting two summits is evidence for both, once each
        term_list[:] = list(dict.fromkeys(term_list))
    return _Matcher(terms)


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


_HAN = re.compile(r"[\u3400-\u9fff]")
_DIGIT = re.compile(r"\d+")


def _is_han(text: str) -> bool:
    return _HAN.search(text) is not None


def _text_evidence(unit: Unit, catalog: Catalog, matcher: _Matcher) -> list[Evidence]:
    """Evidence from the unit's text, and from text it repeated (a repost is about what it reposts).

    Only paragraphs holding a catalog term or a summit word are split into sentences: in a
    large corpus most paragraphs hold neither, and need no further look.
    """
    reading = unit
    if unit.repeated:
        paragraphs = sorted(unit.paragraphs + unit.repeated, key=lambda paragraph: paragraph.line)
        reading = replace(unit, paragraphs=tuple(_with_title(paragraphs, unit)))
    text = reading.text
    lowered = _lower(text)
    term_hits = matcher.term_hits(lowered)
    context = matcher.context_hits(lowered)
    offsets = reading.paragraph_offsets
    # A summit word alone matters only with a number (ordinal, year) or a virtual-format word near it.
    paragraph_of = lambda position: bisect.bisect_right(offsets, position) - 1  # noqa: E731
    virtual = {paragraph_of(start) for start, _ in context["virtual"]}
    with_summit = {index for index in {paragraph_of(start) for start, _ in context["summit"]}
                   if index in virtual or _DIGIT.search(reading.paragraphs[index].text)}
    relevant = sorted({paragraph_of(start) for start, *_ in term_hits} | with_summit)
    evidence: list[Evidence] = []
    for index in relevant:
        paragraph, offset = reading.paragraphs[index], offsets[index]
        paragraph_end = offset + len(paragraph.text)
        paragraph_terms = _within(term_hits, offset, paragraph_end)
        paragraph_context = {family: _within(spans, offset, paragraph_end) for family, spans in context.items()}
        for start, end in split_sentences(paragraph.text):
            low, high = offset + start, offset + end
            terms = [(s - low, e - low, key) for s, e, key in paragraph_terms if low <= s < high]
            summits = [(s - low, e - low) for s, e in paragraph_context["summit"] if low <= s < high]
            if not terms and not summits:
                continue
            here = {family: [(s - low, e - low) for s, e in spans if low <= s < high]
                    for family, spans in paragraph_context.items()}
            sentence = paragraph.text[start:end]
            dateline = (paragraph.role == "body" and index < DATELINE_PARAGRAPHS
                        and _DATELINE.match(sentence) is not None)
            evidence += _sentence_evidence(sentence, paragraph.role, terms, here, catalog, matcher, dateline)
    return evidence


def _within(spans: list, low: int, high: int) -> list:
    """The spans (sorted by start) that start in [low, high)."""
    return spans[bisect.bisect_left(spans, (low,)):bisect.bisect_left(spans, (high,))]


def _with_title(paragraphs: list[Paragraph], unit: Unit) -> list[Paragraph]:
    """A repost's headline was removed as a repeat: it is still the post's headline."""
    if paragraphs and unit.repeated and paragraphs[0] in unit.repeated and len(paragraphs[0].text.split()) <= 25:
        return [replace(paragraphs[0], role="title"), *paragraphs[1:]]
    return paragraphs


def _sentence_evidence(text: str, role: str, term_hits, context: dict, catalog: Catalog, matcher: _Matcher,
                       dateline: bool) -> list[Evidence]:
    summit_spans = context["summit"]
    meeting = bool(context["organization"] and context["meeting"])
    chair_words = bool(context["chair"])
    snippet = text if len(text) <= 160 else text[:157] + "…"
    found: list[Evidence] = []
    for start, end, key in term_hits:
        for term in matcher.terms[key]:
            kind = _mention_kind(term.kind, text, (start, end), summit_spans, role, dateline, meeting, chair_words)
            if kind is not None:
                weight = WEIGHTS[kind] * _compound_factor(text, (start, end))
                found.append(Evidence(term.event_id, kind, text[start:end], weight, snippet))
    if summit_spans:
        found += _ordinal_evidence(text, catalog, snippet)
        found += _year_evidence(text, summit_spans, catalog, snippet)
        if context["virtual"]:
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
