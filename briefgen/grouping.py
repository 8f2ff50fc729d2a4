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
from briefgen.matching import Matcher, Term, fold
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
    "ordinal": 3.0, "chair": 2.0, "chair-summit": 0.3, "chair-mention": 0.2,
    "date": 2.5, "date-near": 1.0, "date-yearless": 2.0, "date-yearless-overlap": 1.2, "date-ambiguous": 1.5,
    "published": 2.0, "year-summit": 2.0, "year-in-summit-sentence": 1.0, "year": 0.2,
    "format": 1.0, "country-chair": 2.0, "country-summit": 0.4, "country-venue": 2.0,
    "date-resolved": 2.5,
}
# What a text says that rules an event out: another number or year for the summit it reports.
CONTRADICTIONS = ("ordinal-other", "year-other")
CONTRADICTION_FACTOR = 0.4
UNNAMED_ORGANIZATION_FACTOR = 2.0  # a unit that never names the catalog's organisation needs this x MIN_SCORE
COUNTRY_NAME_LANGUAGES = ("en", "ru", "zh", "hi", "ur", "fa", "kk", "ky", "tg", "uz", "be")
PREDATES_EVENT_DAYS = 180
LONG_AFTER_EVENT_DAYS = 730

_ORDINAL = re.compile(
    r"(?i)(?<!\w)(?:(?P<n>\d{1,2})(?:st|nd|rd|th|-?(?:й|го|е|ий|ого|м))|(?P<roman>[XVI]{1,6}))\s+"
    r"(?:[\w-]+\s+){0,3}?(?:summit|meeting of the|session of the|heads of state|саммит|заседани)"
    r"|第(?P<zh>\d{1,2}|[一二三四五六七八九十]{1,3})(?:次|届)")
_ROMAN = {"I": 1, "V": 5, "X": 10}
_CHINESE_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# "G20 summit", "саммит ОДКБ", "二十国集团领导人峰会": a summit named after an organisation
_OTHER_SUMMIT = re.compile(
    r"(?P<before>\b(?:[A-Z][A-Z0-9]{1,6}|G\d{1,2})(?:'s|’s)?)\s+(?:[\w'’-]+\s+){0,2}?(?i:summit)"
    r"|(?i:summits?)\s+of\s+the\s+(?P<of>(?:[A-Z][\w-]*\s*){1,5})"
    r"|саммит\w*\s+(?P<ru>[A-ZА-ЯЁ][A-ZА-ЯЁ0-9]{1,6}\b|G\d{1,2}|«[^»]{2,40}»|Групп\w*\s+двадцати|двадцатк\w*|"
    r"(?:[А-ЯЁ]\w+\s+){0,3}(?:союза|сообщества|организации|содружества))"
    r"|(?P<zh>[A-Z]{2,6}\d{0,2}|G\d{1,2}|[\u4e00-\u9fff]{1,8}(?:集团|组织|联盟|盟|共同体|论坛))(?:[（(][^）)]{1,12}[）)])?"
    r"(?:领导人|首脑|元首)?(?:峰会|会议)")
_YEAR = re.compile(r"(?<![\d.,$/A-Za-z-])(?P<y>(?:19|20)\d{2})(?![.,]?\d|[A-Za-z])")  # also "2024年"
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
        mine = [item for item in evidence if item.event_id == event.id]
        weights = sorted((item.weight for item in mine if item.kind not in CONTRADICTIONS), reverse=True)
        score = sum(weight * DECAY ** rank for rank, weight in enumerate(weights))
        factor, reasons = _time_consistency(unit, event)
        for kind in dict.fromkeys(item.kind for item in mine if item.kind in CONTRADICTIONS):
            factor *= CONTRADICTION_FACTOR
            said = next(item.text for item in mine if item.kind == kind)
            reasons.append(f"the text names another summit ({kind.split('-')[0]} '{said}')")
        if factor < 1 and score:
            penalties[event.id] = "; ".join(reasons)
        scores[event.id] = round(score * factor, 3)
    threshold = MIN_SCORE
    unnamed = any(item.kind == "organization-unnamed" for item in evidence)
    if unnamed:
        threshold *= UNNAMED_ORGANIZATION_FACTOR  # never names the organisation: only strong evidence will do
    topic, factor = _other_topic(evidence, unnamed)
    if factor < 1:  # the text is about another organisation's summit, or a ministers' meeting
        for event_id, score in scores.items():
            if score:
                scores[event_id] = round(score * factor, 3)
                penalties[event_id] = "; ".join(filter(None, [penalties.get(event_id), topic]))
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    best_id, best = ranked[0] if ranked else (None, 0.0)
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    chosen = best_id if best >= threshold and best >= MIN_MARGIN * runner_up else None
    confidence = round(best / (best + runner_up + MIN_SCORE), 2) if best else 0.0
    if chosen is None:
        confidence = round(1 - confidence, 2)
    return Assignment(unit.id, chosen, confidence, scores, tuple(evidence), penalties)


OTHER_TOPIC_FACTOR = 0.25
LEAD_CHARACTERS = 300  # the headline and lead a reader takes the topic from


def _other_topic(evidence: list[Evidence], unnamed: bool) -> tuple[str, float]:
    """A text about something else that mentions a catalog summit: another organisation's summit
    (named more often than the catalog's organisation), or a ministers' meeting in its headline."""
    others = [item for item in evidence if item.kind == "other-organization"]
    if others and (unnamed or len(others) >= sum(item.kind == "organization-named" for item in evidence)):
        return f"about another organisation's summit ('{others[0].text}')", OTHER_TOPIC_FACTOR
    ministers = next((item for item in evidence if item.kind == "ministers-meeting"), None)
    if ministers:
        return f"about a ministers' meeting ('{ministers.text}')", OTHER_TOPIC_FACTOR
    return "", 1.0


def _time_consistency(unit: Unit, event: Event) -> tuple[float, list[str]]:
    """A text cannot report on a summit held long after it was published."""
    if not unit.date:
        return 1.0, []
    published = dt.date.fromisoformat(unit.date)
    if (event.start - published).days > PREDATES_EVENT_DAYS:
        return 0.2, [f"published {unit.date}, {(event.start - published).days} days before the event"]
    if (published - event.end).days > LONG_AFTER_EVENT_DAYS:
        return 0.5, [f"published {unit.date}, long after the event"]
    return 1.0, []


# Beginnings of the words that set a sentence's context, in the SCO languages.  The organisation's own
# names come from the catalog (its `organization:` block), so another organisation's catalog works as it is.
CONTEXT_WORDS = {
    "summit": ("summit", "heads of state", "head of state", "heads-of-state", "head-of-state", "council of heads",
               "саммит", "глав государств", "главы государств", "саміт", "sammit", "мемлекет басшылары",
               "мамлекет башчылар", "сарони давлат", "davlat rahbarlari", "кіраўнікоў дзяржаў", "शिखर सम्मेलन",
               "समिट", "سربراہی اجلاس", "نشست سران", "اجلاس سران", "峰会", "元首理事会", "领导人会晤", "领导人会议",
               "首脑会议", "次会晤", "届会晤", "meeting of the leaders", "leaders' meeting", "leaders’ meeting", "leaders meeting"),
    "meeting": ("meeting", "talks", "conference", "заседани", "встреч", "совещани", "会议", "会晤"),
    # "председатель КНР" is a title, not a chair: only "председательство" and "председательствующий" chair
    "chair": ("chair", "presidency", "led by", "hosted by", "hosting", "host country", "host of",
              "председательств", "принимающ", "主持", "主席国", "东道主", "东道国"),
    # a ministers' meeting is not the leaders' summit, even in the same city and year
    "ministers": ("foreign ministers", "ministers of foreign affairs", "ministerial", "ministers' meeting",
                  "ministers’ meeting", "top diplomats", "министров иностранных дел", "министры иностранных дел", "глав мид",
                  "министерск", "外长会晤", "外长会议", "外长会", "部长会议", "部长级"),
    "virtual": ("virtual", "videolink", "video link", "video conference", "videoconference", "online",
                "видеосвяз", "онлайн", "виртуальн", "视频"),
}


def _matcher(catalog: Catalog) -> Matcher:
    terms: dict[str, list[Term]] = {}
    people = {person.name: person for person in catalog.people}
    for event in catalog.events:
        for name in event.place_names:
            terms.setdefault(name, []).append(Term(event.id, "place"))
        for keyword in event.keywords:
            terms.setdefault(keyword, []).append(Term(event.id, "keyword"))
        for name in _country_names(event.country):
            terms.setdefault(name, []).append(Term(event.id, "country"))
        for tied in (*([event.chair] if event.chair else []), *event.people):  # the chair and people tied to it
            person = people.get(tied)
            for name in (person.names if person else (tied, tied.split()[-1])):
                terms.setdefault(name, []).append(Term(event.id, "chair"))
    for term_list in terms.values():  # one country hosting two summits is evidence for both, once each
        term_list[:] = list(dict.fromkeys(term_list))
    organization = catalog.organization.all_names if catalog.organization else ()
    return Matcher(terms, {**CONTEXT_WORDS, "organization": organization}, whole_word_families=("organization",))


def _country_names(code: str) -> set[str]:
    """The host country's names (babel, in the SCO languages), inflected Russian-style forms and
    its English adjective ("Indian"): evidence only in a summit sentence."""
    from babel import Locale

    from briefgen.languages.ru import COUNTRY_ABBREVIATIONS
    from briefgen.speakers import DEMONYMS

    names = {adjective.title() for adjective, country in DEMONYMS.items() if country == code and len(adjective) > 3}
    names |= {short.upper() for short, country in COUNTRY_ABBREVIATIONS.items() if country == code}  # ЮАР, КНР
    for language in COUNTRY_NAME_LANGUAGES:  # Russian forms are matched on lemmas ("в Индии")
        name = Locale.parse(language).territories.get(code)
        if name:
            names.add(name)
    return names


_DIGIT = re.compile(r"\d+")
_VENUE = re.compile(r"(?i)(?:\bin|\bв|\bво|在|于)\s*(?:the\s+)?$")
_HELD = re.compile(r"(?i)\b(?:held|hold|format)\b|формат|провед|пройд|состо|举行|形式|方式")


def _text_evidence(unit: Unit, catalog: Catalog, matcher: Matcher) -> list[Evidence]:
    """Evidence from the unit's text, and from text it repeated (a repost is about what it reposts).

    Only paragraphs holding a catalog term or a summit word are split into sentences: in a
    large corpus most paragraphs hold neither, and need no further look.
    """
    reading = unit
    if unit.repeated:
        paragraphs = sorted(unit.paragraphs + unit.repeated, key=lambda paragraph: paragraph.line)
        reading = replace(unit, paragraphs=tuple(_with_title(paragraphs, unit)))
    text = reading.text
    folded = fold(text)
    term_hits = matcher.term_hits(folded)
    context = matcher.context_hits(folded)
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
            if here["organization"] and summits:
                evidence.append(Evidence("", "organization-named", sentence[slice(*here["organization"][0])], 0.0))
            other = _other_organization(sentence, folded[low:high], here, matcher) if summits else None
            if other:  # "the G20 summit in Rio": no evidence for this catalog's summits
                evidence.append(Evidence("", "other-organization", other, 0.0, _snippet(sentence)))
                continue
            dateline = (paragraph.role == "body" and index < DATELINE_PARAGRAPHS
                        and _DATELINE.match(sentence) is not None)
            evidence += _sentence_evidence(sentence, paragraph.role, terms, here, catalog, matcher, dateline)
    lead_end = next((offset for offset in offsets[1:] if offset >= LEAD_CHARACTERS), len(text))
    lead_ministers = [span for span in context["ministers"] if span[0] < lead_end]
    first_summit = min((start for start, _ in context["summit"]), default=len(text))
    if lead_ministers and lead_ministers[0][0] < first_summit:  # the ministers come first: their meeting is the topic
        # "BRICS foreign ministers meet in Rio": the headline is about a ministers' meeting
        evidence.append(Evidence("", "ministers-meeting", text[slice(*lead_ministers[0])], 0.0,
                                 _snippet(reading.paragraphs[0].text)))
    if not context["organization"] and catalog.organization:
        evidence.append(Evidence("", "organization-unnamed", catalog.organization.names.get("en", ""), 0.0))
    return evidence


def _other_organization(sentence: str, folded: str, context: dict, matcher: Matcher) -> str | None:
    """The organisation a summit sentence is about when it is not the catalog's: 'G20', 'ОДКБ', '东盟'."""
    if context["organization"]:
        return None
    for match in _OTHER_SUMMIT.finditer(sentence):
        name = next(group for group in match.groups() if group).strip()
        key = fold(name).strip("«» ")
        if matcher.term_hits(key) or key in _GENERIC_SUMMIT_WORDS or any(
                word in _GENERIC_SUMMIT_WORDS for word in key.split()):
            continue  # a catalog place ("Kazan summit") or a word like "the", "annual"
        return name
    return None


_GENERIC_SUMMIT_WORDS = frozenset("""the a this that next last annual first second third upcoming extraordinary
    informal virtual online special previous leaders leaders' its their our жх""".split())


def _snippet(text: str) -> str:
    return text if len(text) <= 160 else text[:157] + "…"


def _within(spans: list, low: int, high: int) -> list:
    """The spans (sorted by start) that start in [low, high)."""
    return spans[bisect.bisect_left(spans, (low,)):bisect.bisect_left(spans, (high,))]


def _with_title(paragraphs: list[Paragraph], unit: Unit) -> list[Paragraph]:
    """A repost's headline was removed as a repeat: it is still the post's headline."""
    if paragraphs and unit.repeated and paragraphs[0] in unit.repeated and len(paragraphs[0].text.split()) <= 25:
        return [replace(paragraphs[0], role="title"), *paragraphs[1:]]
    return paragraphs


def _sentence_evidence(text: str, role: str, term_hits, context: dict, catalog: Catalog, matcher: Matcher,
                       dateline: bool) -> list[Evidence]:
    summit_spans = sorted(context["summit"])
    meeting = bool(context["organization"] and context["meeting"])
    chair_words = bool(context["chair"])
    snippet = _snippet(text)
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
    if context["virtual"] and (summit_spans or _HELD.search(text)):  # "will be held in the virtual format"
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
        if chair_words:
            return "country-chair"
        venue = _VENUE.search(text[max(0, span[0] - 6):span[0]])
        near = _nearest_distance(text, span, summit_spans) <= ATTACHED_TOKENS
        return "country-venue" if venue and near else "country-summit"  # "the BRICS summit in South Africa"
    if term_kind == "chair":
        if summit_spans and chair_words:
            return "chair"
        return "chair-summit" if summit_spans else "chair-mention"
    if role == "title":
        return "keyword-headline" if term_kind == "keyword" else "place-headline"
    if term_kind == "keyword":
        return "keyword-summit" if summit_spans else "keyword"
    if summit_spans:
        distance = _nearest_distance(text, span, summit_spans)
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


def _nearest_distance(text: str, span: tuple[int, int], summit_spans) -> int:
    """Tokens between a mention and the nearest summit word (`summit_spans` in text order): only the
    nearest one on each side is counted, so a line repeating both thousands of times costs linear time."""
    index = bisect.bisect_left(summit_spans, span)
    nearest = summit_spans[max(0, index - 1):index + 1]
    return min(_token_distance(text, span, summit) for summit in nearest)


def _token_distance(text: str, a: tuple[int, int], b: tuple[int, int]) -> int:
    low, high = (a, b) if a[0] < b[0] else (b, a)
    return len(_TOKEN.findall(text[low[1]:high[0]]))


def _ordinal_evidence(text: str, catalog: Catalog, snippet: str) -> list[Evidence]:
    """'the 16th summit', 'XVI саммит', '第十六次会晤': for the event with that number, against the others."""
    found = []
    for match in _ORDINAL.finditer(text):
        number = _ordinal_number(match)
        if number is None:
            continue
        for event in catalog.events:
            if event.ordinal == number:
                found.append(Evidence(event.id, "ordinal", match.group(0), WEIGHTS["ordinal"], snippet))
            elif event.ordinal is not None:
                found.append(Evidence(event.id, "ordinal-other", match.group(0), 0.0, snippet))
    return found


def _ordinal_number(match: re.Match) -> int | None:
    if match.group("n"):
        return int(match.group("n"))
    if match.group("roman"):
        values = [_ROMAN[char] for char in match.group("roman").upper()]
        return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    digits = match.group("zh")
    if digits.isdigit():
        return int(digits)
    tens, _, units = digits.rpartition("十")
    if "十" not in digits:
        return _CHINESE_DIGITS.get(digits)
    return (_CHINESE_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CHINESE_DIGITS.get(units, 0) if units else 0)


def _year_evidence(text: str, summit_spans, catalog: Catalog, snippet: str) -> list[Evidence]:
    found = []
    for match in _YEAR.finditer(text):
        year = int(match.group("y"))
        near = _nearest_distance(text, match.span(), summit_spans) <= 2
        kind = "year-summit" if near else "year-in-summit-sentence"
        for event in catalog.events:
            if event.start.year == year:
                found.append(Evidence(event.id, kind, match.group(0), WEIGHTS[kind], snippet))
            elif near:  # "the 2018 summit in Johannesburg" is not the 2023 one
                found.append(Evidence(event.id, "year-other", match.group(0), 0.0, snippet))
    return found


def _date_evidence(unit: Unit, catalog: Catalog) -> list[Evidence]:
    found = []
    for event in catalog.events:
        if unit.date:
            published = dt.date.fromisoformat(unit.date)
            if -3 <= (published - event.start).days and (published - event.end).days <= 10:
                found.append(Evidence(event.id, "published", unit.date, WEIGHTS["published"]))
        for mention in unit.dates:
            resolved = _resolve_yearless(mention, unit) if unit.date else None
            if resolved:  # "will be held on July 4", in a text of June 12, 2023: 2023-07-04
                if event.start <= resolved <= event.end:
                    found.append(Evidence(event.id, "date-resolved", f"{mention.text} → {resolved.isoformat()}",
                                          WEIGHTS["date-resolved"]))
                continue
            kind = _date_kind(mention, event)
            if kind:
                found.append(Evidence(event.id, kind, mention.text, WEIGHTS[kind]))
    return found


_FUTURE = re.compile(r"(?i)\b(?:will|shall|to be held|is to|are to|due to|scheduled|upcoming|next|plans? to)\b|"
                     r"будет|будут|пройд[её]т|состоится|предстоящ|намечен|запланирован|将|即将|计划")
FUTURE_REACH = 120  # characters before a date searched for a future tense


def _resolve_yearless(mention, unit: Unit) -> dt.date | None:
    """A date without a year, read against the publication date: the next such day for the future
    tense ("will be held on July 4"), else the last one on or before publication."""
    if mention.start or mention.readings or not (mention.month and mention.day):
        return None
    published = dt.date.fromisoformat(unit.date)
    future = _FUTURE.search(unit.text[max(0, mention.offset - FUTURE_REACH):mention.offset + len(mention.text)])
    for year in ((published.year, published.year + 1) if future else (published.year, published.year - 1)):
        try:
            day = dt.date(year, mention.month, mention.day)
        except ValueError:
            return None
        if (day >= published) if future else (day <= published + dt.timedelta(days=3)):
            return day
    return None


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
        if mention_days == event_days or (len(mention_days) == 1 and mention_days <= event_days):
            return "date-yearless"  # "September 16-17", or one day of the summit ("the summit ended on August 24")
        return "date-yearless-overlap" if mention_days & event_days else None
    return None


def _days(event: Event) -> list[dt.date]:
    return [event.start + dt.timedelta(days=n) for n in range((event.end - event.start).days + 1)]
