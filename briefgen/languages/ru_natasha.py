"""Russian text as natasha reads it: tokens with lemma, part of speech and case, and the people (PER spans).

natasha's models ship in its wheel (no download); they load once per process, and only the
paragraphs that matter are read: the lead (full names, titles) and each quotation's paragraph
with its neighbours, so the rest of a long text costs nothing.
"""

from __future__ import annotations

import bisect
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from briefgen.languages.base import fold_name
from briefgen.model import Unit
from briefgen.text import within


@dataclass(frozen=True)
class Token:
    start: int
    stop: int
    text: str
    lemma: str
    pos: str
    case: str | None
    person: int | None = None  # index of the PER span it belongs to
    plural: bool = False
    gender: str | None = None  # natasha's Masc / Fem / Neut
    converb: bool = False  # "подчеркнув", "отмечая": its subject is the main clause's
    paragraph_start: bool = False  # the first word of a paragraph
    future: bool = False  # "расскажет", "заявит": what is yet to be said


MORPH_BATCH_SENTENCES = 64  # sentences tagged per call (natasha's 8 costs more calls for the same tags)


@lru_cache(maxsize=1)
def _models():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pymorphy2 imports pkg_resources
        from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

        embedding = NewsEmbedding()
        morph = NewsMorphTagger(embedding)
        morph.batch_size = morph.infer.encoder.batch_size = MORPH_BATCH_SENTENCES
        return Segmenter(), MorphVocab(), morph, NewsNERTagger(embedding)


def read_tokens(unit: Unit, quoted: Sequence[tuple[int, int]]) -> tuple[list[Token], list[str]]:
    """The unit's tokens (offsets in unit.text) and, per PER span, its normal form ("Марии Захаровой" ->
    "Мария Захарова"); token.person indexes that list."""
    quoted = sorted(quoted)
    tokens: list[Token] = []
    written: list[str] = []
    for low, high in _window(unit, quoted):
        block_tokens, block_names = _read_block(unit.text[low:high], low, quoted, len(written))
        tokens += block_tokens
        written += block_names
    return _same_name_again(tokens, written, quoted), written


def _same_name_again(tokens: list[Token], written: list[str], quoted: Sequence[tuple[int, int]]) -> list[Token]:
    """A name natasha found once is a name wherever the text writes it the same way ("Джо Байден, выступление
    …" in a headline, where the tagger missed it): each such occurrence a PER span of its own (appended to
    `written`, which it extends)."""
    spans: dict[int, list[Token]] = {}
    for token in tokens:
        if token.person is not None:
            spans.setdefault(token.person, []).append(token)
    known = {tuple(token.text for token in span): index for index, span in spans.items()}
    longest = max(map(len, known), default=0)
    result, index = list(tokens), 0
    while index < len(result):
        found = next((length for length in range(min(longest, len(result) - index), 0, -1)
                      if tuple(token.text for token in result[index:index + length]) in known), 0)
        run = result[index:index + found]
        if found and all(token.person is None and token.text[:1].isupper() and not within(token.start, quoted)
                         for token in run):
            written.append(written[known[tuple(token.text for token in run)]])
            result[index:index + found] = [replace(token, person=len(written) - 1) for token in run]
        index += found or 1
    return result


LEAD_WORDS = 20  # the lead is the first paragraph after the headline this long …
LEAD_PARAGRAPHS_MAX = 4  # … within the first few
PARAGRAPHS_BEFORE = 2  # paragraphs read before a quotation's paragraph (who "он" is may be two back)
PARAGRAPHS_AFTER = 1  # and after it («…». Об этом заявил …)


def _window(unit: Unit, quoted: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) in unit.text of the runs of paragraphs to read: the first, and those around quotations."""
    offsets = unit.paragraph_offsets
    wanted = set()  # the headline and the lead, where full names and titles stand (past a photo caption)
    for index, paragraph in enumerate(unit.paragraphs[:LEAD_PARAGRAPHS_MAX]):
        wanted.add(index)
        if index and len(paragraph.text.split()) >= LEAD_WORDS:
            break
    for start, _ in quoted:
        index = bisect.bisect_right(offsets, start) - 1
        wanted |= set(range(index - PARAGRAPHS_BEFORE, index + PARAGRAPHS_AFTER + 1))
    runs: list[tuple[int, int]] = []
    for index in sorted(i for i in wanted if 0 <= i < len(offsets)):
        end = offsets[index] + len(unit.paragraphs[index].text)
        if runs and index and runs[-1][1] == offsets[index - 1] + len(unit.paragraphs[index - 1].text):
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((offsets[index], end))
    return runs


def _read_block(text: str, offset: int, quoted: Sequence[tuple[int, int]],
                first_person: int) -> tuple[list[Token], list[str]]:
    """Tokens (offsets in the unit) with lemma, part of speech and case, and the PER spans outside quotations."""
    from natasha import Doc

    segmenter, vocabulary, morph, ner = _models()
    document = Doc(text)
    document.segment(segmenter)
    document.tag_morph(morph)
    document.tag_ner(ner)
    spans = [span for span in document.spans if span.type == "PER"
             and not within(offset + span.start, quoted)]
    owner = {token.start: first_person + index for index, span in enumerate(spans) for token in span.tokens}
    tokens = [Token(offset + token.start, offset + token.stop, token.text,
                     fold_name(token.text.lower() if within(offset + token.start, quoted)  # (no rule reads it)
                               else _lemma(token.text, token.pos, tuple(sorted(token.feats.items())))), token.pos,
                     token.feats.get("Case"), owner.get(token.start), token.feats.get("Number") == "Plur",
                     token.feats.get("Gender"), token.feats.get("VerbForm") == "Conv",
                     previous is None or "\n" in text[previous.stop:token.start], token.feats.get("Tense") == "Fut")
              for previous, token in zip([None, *document.tokens], document.tokens)]
    names = []
    for span in spans:
        span.normalize(vocabulary)
        words = (span.normal or span.text).split()
        if len(words) == len(span.tokens):  # a word natasha knew no paradigm of stays as written: "Педру Моуты"
            words = [_foreign_nominative(token.text, token.feats.get("Case")) if word == token.text else word
                     for word, token in zip(words, span.tokens)]
        names.append(" ".join(words))
    return tokens, names


@lru_cache(maxsize=4096)
def nominative(word: str) -> str:
    """'Пекинскую' -> 'Пекинская', 'декларацию' -> 'декларация': gender and number kept (a lemma would
    make the adjective masculine), capitals as written."""
    form = _models()[1].parse(word)[0].inflect({"Nom"})
    if form is None:
        return word
    found = form.word
    if word.isupper():
        return found.upper()
    return found[:1].upper() + found[1:] if word[:1].isupper() else found


# the endings a foreign name takes in Russian's oblique cases, and its nominative ending
_KNOWN_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Fixd"})  # pymorphy declines these itself, or never
_FOREIGN_ENDINGS = {"Gen": (("ии", "ия"), ("ы", "а"), ("а", "")), "Acc": (("ию", "ия"), ("у", "а"), ("а", "")),
                    "Ins": (("ией", "ия"), ("ой", "а"), ("ом", "")), "Dat": (("ии", "ия"),), "Loc": (("ии", "ия"),)}


@lru_cache(maxsize=4096)
def _foreign_nominative(word: str, case: str | None) -> str:
    """'Моуты' (Gen) -> 'Моута', 'Сарды' -> 'Сарда': a name pymorphy knows no paradigm of, declined as
    Russian declines such names; one it knows as a name or as indeclinable ('Антониу') stays as written."""
    if case not in _FOREIGN_ENDINGS or len(word) < 4 or not word[:1].isupper():
        return word
    if any(parse.tag.grammemes & _KNOWN_NAME_GRAMMEMES for parse in _models()[1].parse(word)):
        return word
    for ending, nominative_ending in _FOREIGN_ENDINGS[case]:
        if word.endswith(ending) and word[-len(ending) - 1] not in "аеёиоуыэюяь":
            return word[:-len(ending)] + nominative_ending
    return word


@lru_cache(maxsize=65536)
def _lemma(word: str, pos: str, feats: tuple) -> str:
    """natasha's lemma, remembered: news repeats its words, and pymorphy's look-up is the costly part."""
    return _models()[1].lemmatize(word, pos, dict(feats)) or word
