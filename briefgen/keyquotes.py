"""Key quotes: which quotations a briefing leads with.

Score = relevance (how much the quote shares the event's vocabulary) + speaker notability (the
chair, then heads of state and government, then other known people and official documents) +
a length that reads well.  Every well-scoring speaker gets one quote before anyone gets a second
(at most MAX_PER_SPEAKER), and no two quotes say nearly the same thing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.catalog import Event, Person
from briefgen.dedupe import jaccard, normal_form
from briefgen.model import Unit
from briefgen.quotes import Quote

KEY_MIN_WORDS, KEY_MAX_WORDS = 8, 80
MAX_PER_SPEAKER = 2
NEAR_DUPLICATE_QUOTE = 0.6
VARIETY_FLOOR = 0.6  # a speaker's first quote comes early only when it scores this close to the best
HEAD_OF_STATE_TITLES = frozenset({"president", "prime minister", "premier", "king", "emir", "chancellor"})


def select_key_quotes(quotes: Sequence[Quote], units: Sequence[Unit], event: Event | None,
                      people: Sequence[Person], count: int) -> list[Quote]:
    """The `count` quotes a briefing should lead with, best first."""
    vocabulary = _event_vocabulary(units)
    scored = []
    for quote in quotes:
        quote_words = _content_words(quote.text)
        if not quote.speaker or not KEY_MIN_WORDS <= len(quote.text.split()) <= KEY_MAX_WORDS or not quote_words:
            continue
        relevance = sum(vocabulary.get(word, 0) for word in quote_words) / len(quote_words)
        score = relevance + _notability(quote, event, people) + _length_bonus(len(quote.text.split()))
        scored.append((score, quote))
    scored.sort(key=lambda item: (-item[0], item[1].unit_id, item[1].start))
    chosen: list[Quote] = []
    best = scored[0][0] if scored else 0.0
    # First every strong speaker once, then seconds for anyone: variety without minor voices.
    for per_speaker, floor in ((1, VARIETY_FLOOR * best), (MAX_PER_SPEAKER, 0.0)):
        for score, quote in scored:
            if len(chosen) == count:
                return chosen
            if score < floor or quote in chosen or sum(o.speaker == quote.speaker for o in chosen) >= per_speaker:
                continue
            words = set(_content_words(quote.text))
            if any(jaccard(words, set(_content_words(other.text))) > NEAR_DUPLICATE_QUOTE or _contains(quote, other)
                   for other in chosen):
                continue
            chosen.append(quote)
    return chosen


def _contains(a: Quote, b: Quote) -> bool:
    """One quotation is a piece of the other (a lead quoting part of a speech the body quotes whole)."""
    shorter, longer = sorted((normal_form(a.text), normal_form(b.text)), key=len)
    return bool(shorter) and shorter in longer


def _content_words(text: str) -> list[str]:
    return [word for word in re.findall(r"\w+", text.lower()) if len(word) > 3]


def _event_vocabulary(units: Sequence[Unit]) -> dict[str, float]:
    """Relative frequency of each content word across the event's units, scaled to 0..1."""
    counts: dict[str, int] = {}
    for unit in units:
        for word in _content_words(unit.text):
            counts[word] = counts.get(word, 0) + 1
    if not counts:
        return {}
    top = max(counts.values())
    return {word: (count / top) ** 0.5 for word, count in counts.items()}


def _notability(quote: Quote, event: Event | None, people: Sequence[Person]) -> float:
    if quote.speaker_kind == "document":
        return 1.5
    if event is not None and event.chair and quote.speaker == event.chair:
        return 2.5
    person = next((p for p in people if quote.speaker in p.names), None)
    if person:
        return 2.0 if any(role.title in HEAD_OF_STATE_TITLES for role in person.roles) else 1.0
    return 0.5 if quote.speaker_kind == "person" else 0.2


def _length_bonus(words: int) -> float:
    return 1.0 if 12 <= words <= 50 else 0.5
