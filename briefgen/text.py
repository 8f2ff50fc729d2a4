"""Sentences, words and quotation marks, with no downloaded data (NLTK's punkt is not needed).

Sentence boundaries are end punctuation followed by space and a capital (or any letter in
scripts without case), except after abbreviations ("Mr.", "U.S.", "Jan.", "т.е."), initials
("J. R. Smith") and inside quotations, so a quotation of several sentences stays whole.
Decimals ("$190.3 billion") never split because no space follows the point.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.model import Unit

ABBREVIATIONS = {
    "en": """mr mrs ms messrs dr prof gen col lt maj sgt capt cmdr adm gov sen rep rev fr st jr sr
             inc ltd co corp bros dept est approx fig vol pp vs v cf al e.g i.e ph.d a.m p.m
             jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
             u.s u.k u.n u.s.a e.u""",
    "ru": """г гг т.е т.д т.п т.н др пр им ул д кв стр млн млрд тыс руб коп ок см напр с.г н.э до н.э
             янв фев февр мар апр авг сент окт нояб дек""",
}
_ALL_ABBREVIATIONS = frozenset(word for words in ABBREVIATIONS.values() for word in words.split())
_SENTENCE_STARTERS = frozenset("""the a an in on at it its this that these those he she they we i
    but and or so yet however meanwhile also as if when while after before since there here what
    his her their our my according""".split())

OPENING_TO_CLOSING = {"“": "”", "«": "»", "„": "“", "「": "」", "『": "』", "‹": "›"}
_OPENING_MARK = re.compile("[" + "".join(OPENING_TO_CLOSING) + "]")
_STRAIGHT_MARK = re.compile('"')
_DOUBLE_MARK = re.compile('["“”]')
_OTHER_MARK = re.compile("[«»„「」『』‹›]")
# (a half-width "?" or "!" typed in Chinese text ends its sentence as "？" does: "…何时结束?随后，…")
_BOUNDARY = re.compile(r"(?:[.!?…]+|[。！？]+|[؟۔।]+)[\"'”’»)\]]*(?=\s|$)|[。！？]+[”』」]?|[!?]+(?=[\u4e00-\u9fff])")
_HAN_AFTER = re.compile(r"[\u4e00-\u9fff]")
_NEXT_WORD = re.compile(r"\s*(\S[\w’'-]*)")
_LAST_TOKEN = re.compile(r"\S+$")
_WORD = re.compile(r"[^\W\d_](?:[\w]|['’-](?=\w))*", re.UNICODE)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


@dataclass(frozen=True)
class Sentence:
    """A sentence of a unit: verbatim text and its offsets in the unit's text."""

    text: str
    unit_id: str
    start: int
    end: int
    paragraph: int  # index of the paragraph in the unit
    role: str = "body"  # the paragraph's role: a headline or byline is not a summary sentence


@dataclass(frozen=True)
class QuotationSpan:
    """A span in quotation marks: [start, end) includes the marks; closed=False runs to the paragraph end."""

    start: int
    end: int
    closed: bool
    opened: bool = True  # False: a quotation carried over from the paragraph before, with no opening mark here

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + (1 if self.opened else 0), self.end - 1 if self.closed else self.end


def carried_over(paragraph: str, spans: list[QuotationSpan]) -> QuotationSpan | None:
    """When the paragraph before ends inside a quotation, this one may go on with it and close it:
    'Мы согласились на это», — заявил Лавров.'  The span from the paragraph's start to that mark."""
    first_open = spans[0].start if spans else len(paragraph)
    closes = [paragraph.find(mark, 0, first_open) for mark in set(OPENING_TO_CLOSING.values())]
    close = min((at for at in closes if at > 0), default=-1)
    return QuotationSpan(0, close + 1, True, opened=False) if close > 0 else None


def quotation_spans(paragraph: str) -> list[QuotationSpan]:
    """Top-level quotations in a paragraph: “curly”, «guillemets», „low-high“, 「CJK」 and "straight".

    A quotation whose closing mark never comes runs to the end of the paragraph (the newspaper
    convention for a quotation that continues into the next paragraph).  Straight double quotes
    pair up in order; an odd last one opens a quotation to the end of the paragraph.
    """
    mixed = _mixed_double_pairs(paragraph)
    if mixed is not None:
        return mixed
    spans: list[QuotationSpan] = []
    position = 0
    while (opening := _OPENING_MARK.search(paragraph, position)) is not None:
        close = _closing_mark(paragraph, opening.start())
        if close == -1:
            spans.append(QuotationSpan(opening.start(), len(paragraph), False))
            break
        spans.append(QuotationSpan(opening.start(), close + 1, True))
        position = close + 1
    if not spans and paragraph.count("”") >= 2 and "“" not in paragraph:
        # some sites close both ends with ”…” (seen in Chinese news): pair them in order
        marks = [m.start() for m in re.finditer("”", paragraph)]
        spans += [QuotationSpan(a, b + 1, True) for a, b in zip(marks[::2], marks[1::2])]
    spans += [span for span in _single_quoted(paragraph) if not _inside(span.start, spans)]
    if '"' in paragraph:
        straight = [m.start() for m in _STRAIGHT_MARK.finditer(paragraph) if not _inside(m.start(), spans)]
        pairs = _nested_straight_pairs(paragraph, straight) or list(zip(straight[::2], straight[1::2] + [None]))
        for opening_at, closing_at in pairs:
            if closing_at is None:
                spans.append(QuotationSpan(opening_at, len(paragraph), False))
            else:
                spans.append(QuotationSpan(opening_at, closing_at + 1, True))
    if "'" in paragraph:  # (last: inside any other quotation, it is a quotation within the quotation)
        spans += [QuotationSpan(m.start(), m.end(), True) for m in _STRAIGHT_SINGLE_QUOTED.finditer(paragraph)
                  if not _inside(m.start(), spans)]
    return sorted(spans, key=lambda span: span.start)


def _mixed_double_pairs(paragraph: str) -> list[QuotationSpan] | None:
    """'calling for "sanctions on spoilers.” He added: “We are …"': a paragraph that mixes straight and
    curly double quotes pairs them in order as one kind of mark (English double quotes do not nest), when
    every straight mark reads as opening or closing by the side of the word it stands on and the marks
    alternate; None otherwise, and the marks are paired by kind."""
    marks = [m.start() for m in _DOUBLE_MARK.finditer(paragraph)]
    kinds = {paragraph[at] for at in marks}
    if '"' not in kinds or len(kinds) == 1 or _OTHER_MARK.search(paragraph) or _single_quoted(paragraph):
        return None  # other kinds of marks, which may nest inside these: paired by kind
    spans, opened = [], None
    for at in marks:
        opens = _straight_opens(paragraph, at) if paragraph[at] == '"' else paragraph[at] == "“"
        if opens is None or opens == (opened is not None):
            return None  # a mark that could go either way, or two openings in a row
        if opens:
            opened = at
        else:
            spans.append(QuotationSpan(opened, at + 1, True))
            opened = None
    if opened is not None:
        spans.append(QuotationSpan(opened, len(paragraph), False))
    return spans


def _straight_opens(paragraph: str, at: int) -> bool | None:
    """A straight mark opens before a word and closes after one; None when it stands alike on both sides."""
    before = paragraph[at - 1] if at else " "
    after = paragraph[at + 1] if at + 1 < len(paragraph) else " "
    opens = before in _OPENS_AFTER and after not in " \t"
    closes = before not in " \t" and after in _CLOSES_BEFORE
    return None if opens == closes else opens


def _closing_mark(paragraph: str, opening_at: int) -> int:
    """Where the quotation opened at `opening_at` closes: «…«…»…» nests; with no balanced close, the first
    closing mark (a nested quotation left open); -1 when there is none."""
    opener = paragraph[opening_at]
    closer = OPENING_TO_CLOSING[opener]
    first = paragraph.find(closer, opening_at + 1)
    if opener == "„":  # German „…“, Polish, Hungarian and Romanian „…”: whichever comes first
        first = min((at for at in (first, paragraph.find("”", opening_at + 1)) if at != -1), default=-1)
    if first == -1 or opener == closer or closer in OPENING_TO_CLOSING:
        return first  # „…“: the closing mark opens other pairs, so no nesting can be read
    depth = 0
    for at in range(opening_at, len(paragraph)):
        if paragraph[at] == opener:
            depth += 1
        elif paragraph[at] == closer:
            depth -= 1
            if depth == 0:
                return at
    return first


_OPENS_AFTER = frozenset(" \t([{—–-:«“„/")
_CLOSES_BEFORE = frozenset(" \t.,;:!?)]}»”…—–-/")


def _nested_straight_pairs(paragraph: str, marks: list[int]) -> list[tuple[int, int | None]] | None:
    """Top-level pairs of straight quotes read by which side of a word each mark stands on, so that
    "Результаты блестящие. "Изоляция" повержена" nests; None when a mark could open or close alike."""
    depth, pairs, opened = 0, [], 0
    for at in marks:
        opens = _straight_opens(paragraph, at)
        if opens is None:
            return None
        if opens:
            opened = at if depth == 0 else opened
            depth += 1
        elif depth == 0:
            return None
        else:
            depth -= 1
            if depth == 0:
                pairs.append((opened, at))
    if depth:
        pairs.append((opened, None))
    return pairs


_SINGLE_QUOTED = re.compile(r"(?<![\w’])‘(?=\S)(?P<inner>[^‘’\n]*?(?:[\w.,!?…]’[\w][^‘’\n]*?)*)’(?![\w])")
# 'Straight single quotes', as some sites type them: opening before a letter after a space, closing after a
# word or its punctuation before a space or punctuation; an apostrophe inside a word ("group's") is neither,
# and the '90s open nothing
_STRAIGHT_SINGLE_QUOTED = re.compile(r"(?:^|(?<=[\s(\[—–:“\"]))'(?=[^\W\d_])(?P<inner>[^'\n]*?(?:\w'\w[^'\n]*?)*)"
                                     r"(?<=[\w.,!?…%)])'(?=$|[\s.,;:!?)\]”\"—–-])")


def _single_quoted(paragraph: str) -> list[QuotationSpan]:
    """‘Single curly quotes’ (British style, and quotations inside Chinese ones): an opening ‘ after a
    space, closed by the first ’ not inside a word ("Russia’s" is no closing mark)."""
    if "‘" not in paragraph:
        return []
    return [QuotationSpan(m.start(), m.end(), True) for m in _SINGLE_QUOTED.finditer(paragraph)]


def mask_quotations(text: str, spans: list[QuotationSpan] | None = None) -> str:
    """The text with quoted words blanked out (\\x00), so tags are never read inside quotations."""
    chars = list(text)
    for span in quotation_spans(text) if spans is None else spans:
        chars[span.start:span.end] = "\x00" * (span.end - span.start)
    return "".join(chars)


def within(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether `position` falls in one of `spans` ((start, end) in text order, not overlapping): bisected,
    so asking for every name of a text full of quotations stays linear."""
    index = bisect.bisect_right(spans, (position, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


def _inside(position: int, spans: list[QuotationSpan]) -> bool:
    return any(span.start <= position < span.end for span in spans)


_DASH_THEN_WORD = re.compile(r"[—–-]\s*(\w)")


def split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in a paragraph, whitespace trimmed."""
    first = _BOUNDARY.search(paragraph)
    if first is None or first.end() >= len(paragraph.rstrip()):  # one sentence: nothing to weigh
        text = paragraph.strip()
        return [(paragraph.index(text), paragraph.index(text) + len(text))] if text else []
    quotations = quotation_spans(paragraph)
    spans, start = [], 0
    for match in _BOUNDARY.finditer(paragraph):
        end = match.end()
        if _is_boundary(paragraph, match, quotations):
            spans.append((start, end))
            start = end
    spans.append((start, len(paragraph)))
    trimmed = []
    for begin, end in spans:
        text = paragraph[begin:end]
        stripped = text.strip()
        if stripped:
            offset = begin + text.index(stripped)
            trimmed.append((offset, offset + len(stripped)))
    return trimmed


def _is_boundary(paragraph: str, match: re.Match, quotations: list[QuotationSpan]) -> bool:
    end = match.end()
    if any(span.start < end < span.end for span in quotations):
        return False
    following_match = _NEXT_WORD.match(paragraph, end)
    if following_match is None:
        return False
    if paragraph[match.start()] in "。！？" or _HAN_AFTER.match(paragraph, end):
        return True
    following = following_match.group(1)[0]
    if following.isalpha() and following.islower():
        return False
    after_dash = _DASH_THEN_WORD.match(paragraph, following_match.start(1))
    if after_dash and after_dash.group(1).islower():
        return False  # «Как это? Куда?» — ответил он: the tag goes on the sentence
    if not (following.isalpha() or following.isdigit() or following in "\"'“‘«„([—–-"):
        return False
    if not match.group(0).startswith("."):
        return True
    token = _LAST_TOKEN.search(paragraph, max(0, match.start() - 40), match.start() + 1)
    word = token.group(0).rstrip(".").lstrip("(\"'“‘«").lower() if token else ""
    if word in _ALL_ABBREVIATIONS:
        next_word = following_match.group(1).strip("\"'“‘«„([")
        return next_word.lower() in _SENTENCE_STARTERS and word.count(".") >= 1
    if len(word) == 1 and word.isalpha():
        return False  # an initial: "J. R. Smith"
    if following.isdigit() and word in {"no", "nos", "p", "pp"}:
        return False
    return True


def unit_sentences(unit: Unit) -> list[Sentence]:
    """Every sentence of a unit, with offsets into `unit.text`."""
    sentences = []
    for index, (paragraph, offset) in enumerate(zip(unit.paragraphs, unit.paragraph_offsets)):
        for start, end in split_sentences(paragraph.text):
            sentences.append(Sentence(paragraph.text[start:end], unit.id, offset + start, offset + end,
                                      index, paragraph.role))
    return sentences


_COMPLETE = re.compile(r"[.!?…。！？؟۔।][\"'”’»)\]]*$")


def ends_sentence(text: str) -> bool:
    """Whether text ends as a sentence does (full stop, question or exclamation mark, in any script)."""
    return bool(_COMPLETE.search(text))


def words(text: str) -> list[str]:
    """Word tokens; runs of Chinese characters become overlapping character bigrams."""
    tokens: list[str] = []
    for chunk in _CJK.split(text):
        tokens.extend(_WORD.findall(chunk))
    for run in _CJK.findall(text):
        tokens.extend(run[i:i + 2] for i in range(max(1, len(run) - 1)))
    return tokens


class Tokenizer:
    """What sumy's summarizers need from a tokenizer, without NLTK data."""

    def __init__(self, language: str = "english"):
        self.language = language

    def to_sentences(self, paragraph: str) -> list[str]:
        return [paragraph[start:end] for start, end in split_sentences(paragraph)]

    def to_words(self, sentence: str) -> list[str]:
        return words(sentence)


def is_letter_script(text: str, script: str) -> bool:
    """True when most letters of `text` belong to the Unicode script named (e.g. 'CYRILLIC')."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(script in unicodedata.name(ch, "") for ch in letters) > len(letters) / 2
