"""Direct quotations in a unit and who said them, in any language.

Spans come from text.quotation_spans (curly, straight, «guillemets», „low-high“, 「corner」,
unclosed paragraph-final quotations).  Everything that depends on the language (which spans
are speech rather than terms or titles, the tag forms, names, titles and roles) is asked of
the unit's language module (`languages.rules_for`); what is the same everywhere is here: a
quotation with no tag of its own continues the quotation just before it (split by its tag,
or running on into the next paragraph) or says the words of an attributed one (a headline
quoting the speech below), a lead repeated in the body is one quotation, and the text is
always a verbatim substring of the unit.  When the text does not tell who spoke, the
speaker is unknown: a wrong name is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from briefgen.catalog import Person
from briefgen.dedupe import normal_form
from briefgen.languages import rules_for
from briefgen.languages.base import Attribution, LanguageRules, Site
from briefgen.model import Unit
from briefgen.speakers import Cast
from briefgen.text import (QuotationSpan, carried_over, ends_sentence, mask_quotations, quotation_spans,
                           split_sentences)

CONTINUATION_PARAGRAPHS = 1
CONTINUATION_REACH = 3  # paragraphs a speech may run on over, when nobody else acts in them
RUN_ON_OPENING = 2  # characters before a run-on paragraph's quotation (its opening mark, a space)
_ALONE = " \x00\"'“”‘’«»„「」『』.,;。，；!?！？…—–-"  # what may stand beside a quotation that is a paragraph of its own
TAG_REACH = 500  # characters of a quotation's sentence read on each side of it
# scripts written without spaces between words (CJK, Thai, Lao, Burmese): a quotation in them has no spaces
_UNSPACED_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f]")


@dataclass(frozen=True)
class Quote:
    """A direct quotation: verbatim text (offsets into the unit's text) and its speaker."""

    text: str
    unit_id: str
    source: str  # the unit's file, relative to the corpus
    start: int
    end: int
    speaker: str | None  # canonical name when the catalog knows the person
    speaker_kind: str  # person, organization, document, unknown
    cue: str  # the words that attributed it ("he said", "according to Norov", "continued")
    closed: bool
    paragraph: int
    lang: str = "und"


def extract_quotes(unit: Unit, people: Sequence[Person] = ()) -> list[Quote]:
    """Every direct quotation in the unit, in order, with its speaker."""
    spans_by_paragraph = [quotation_spans(paragraph.text) for paragraph in unit.paragraphs]
    if not any(spans_by_paragraph):
        return []
    for index in range(1, len(spans_by_paragraph)):
        before = spans_by_paragraph[index - 1]
        if before and not before[-1].closed:
            carried = carried_over(unit.paragraphs[index].text, spans_by_paragraph[index])
            spans_by_paragraph[index] = [carried, *spans_by_paragraph[index]] if carried else spans_by_paragraph[index]
    rules = rules_for(unit.lang)
    spans_by_paragraph = [rules.split_spans(paragraph.text, spans) if spans else spans
                          for paragraph, spans in zip(unit.paragraphs, spans_by_paragraph)]
    quoted = [(offset + span.start, offset + span.end)
              for spans, offset in zip(spans_by_paragraph, unit.paragraph_offsets) for span in spans]
    analysis = None  # the unit's people, found only once a span turns out to be speech
    alone = None  # per paragraph, whether it is nothing but speech: found only once a quotation has no tag
    quotes: list[Quote] = []
    previous: Quote | None = None
    for index, (paragraph, offset, spans) in enumerate(zip(unit.paragraphs, unit.paragraph_offsets,
                                                            spans_by_paragraph)):
        if not spans:
            continue
        text = paragraph.text
        masked = mask_quotations(text, spans)
        sentences = split_sentences(text)
        for span in spans:
            sentence = _sentence_around(sentences, span.start, span.end, len(text))
            site = Site(unit, index, offset, text, masked, span, sentence, unit.year)
            if _is_address(site.inner) or not rules.is_quotation(site):
                continue
            if analysis is None:
                analysis = rules.analyze(unit, people, quoted)
            attribution = rules.attribute(site, analysis)
            if attribution is None:
                alone = _speech_alone(unit, spans_by_paragraph) if alone is None else alone
                attribution = _signed(site, alone, rules, analysis) \
                    or _continued(previous, site, getattr(analysis, "cast", analysis))
            quote = _make_quote(site, attribution)
            if quote is None:
                continue
            previous = quote
            quotes.append(quote)
    return _one_per_wording(_same_words_same_speaker(_run_on_speeches(quotes, unit)))


def _run_on_speeches(quotes: list[Quote], unit: Unit) -> list[Quote]:
    """A quotation left open at the end of its paragraph goes on in the next one, which opens with a
    quotation mark (the newspaper convention for a speech over several paragraphs): with no tag of its
    own, it is the speaker's whose tag closes the run.  A heading left open ends no sentence and runs on into nothing."""
    result = list(quotes)
    for index in range(len(result) - 2, -1, -1):
        quote, following = result[index], result[index + 1]
        opens_next = following.paragraph == quote.paragraph + 1 \
            and following.start - unit.paragraph_offsets[following.paragraph] <= RUN_ON_OPENING
        if quote.speaker is None and not quote.cue and not quote.closed and ends_sentence(quote.text) and opens_next \
                and following.speaker:
            result[index] = replace(quote, speaker=following.speaker, speaker_kind=following.speaker_kind,
                                    cue=f"runs on: {following.cue}")
    return result


def _one_per_wording(quotes: list[Quote]) -> list[Quote]:
    """A lead paragraph repeated in the body is one quotation (the first)."""
    seen: set[str] = set()
    kept = []
    for quote in quotes:
        key = normal_form(quote.text)
        if key not in seen:
            seen.add(key)
            kept.append(quote)
    return kept


SAME_WORDS_MIN = 4  # words (characters in unspaced scripts) a tagless quotation needs to be matched by its wording
SAME_WORDS_SPREAD = 1.5  # how loosely its words may be spread in the longer quotation (a word or two left out)


def _same_words_same_speaker(quotes: list[Quote]) -> list[Quote]:
    """A quotation with no tag at all whose words another, attributed quotation of the unit also says (a
    headline or lead quoting the speech below it, perhaps a word shorter) is that speaker's."""
    sources: dict[str, list[tuple[list[str], Quote]]] = {}  # word -> attributed quotations saying it
    for quote in quotes:
        if quote.speaker:
            words = _words(quote.text)
            for word in set(words):
                sources.setdefault(word, []).append((words, quote))
    found = []
    for quote in quotes:
        wanted = _words(quote.text) if not quote.speaker and not quote.cue else []
        if len(wanted) >= SAME_WORDS_MIN:
            source = next((other for words, other in sources.get(wanted[0], ()) if _says(words, wanted)), None)
            if source is not None:
                quote = replace(quote, speaker=source.speaker, speaker_kind=source.speaker_kind, cue="same words")
        found.append(quote)
    return found


def _words(text: str) -> list[str]:
    """Words, or characters in scripts written without spaces."""
    normal = normal_form(text)
    return list(normal.replace(" ", "")) if _UNSPACED_SCRIPT.search(text) else normal.split()


def _says(words: list[str], wanted: list[str]) -> bool:
    """Whether `words` hold `wanted` in order, close together (SAME_WORDS_SPREAD)."""
    reach = int(len(wanted) * SAME_WORDS_SPREAD)
    for start, word in enumerate(words):
        if word != wanted[0]:
            continue
        position = start
        for item in wanted[1:]:
            try:
                position = words.index(item, position + 1, start + reach)
            except ValueError:
                break
        else:
            return True
    return False


PARALLEL_MIN_UNITS = 500  # below this, starting worker processes (and their models) costs more than it saves


def extract_all_quotes(units: Sequence[Unit], people: Sequence[Person] = (), jobs: int = 1) -> list[list[Quote]]:
    """The quotations of every unit, in the units' order; large corpora are split over `jobs` processes."""
    if jobs > 1 and len(units) >= PARALLEL_MIN_UNITS:
        from concurrent.futures import ProcessPoolExecutor

        size = -(-len(units) // jobs)
        chunks = [units[start:start + size] for start in range(0, len(units), size)]
        with ProcessPoolExecutor(max_workers=jobs, initializer=_one_blas_thread) as pool:
            return [found for chunk in pool.map(extract_all_quotes, chunks, [people] * len(chunks)) for found in chunk]
    return [extract_quotes(unit, people) for unit in units]


def _one_blas_thread() -> None:
    """natasha's models multiply small matrices: with a BLAS thread per core in every worker, the
    workers fight over the cores and two processes run slower than one (measured 2x)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)


def _is_address(inner: str) -> bool:
    """"s3://images/c015d…", "/news/2023": a link or path in quotation marks (a page's markup), not words.
    Chinese and Japanese write no spaces, so a sentence of theirs with a slash (非盟/非统) is no address."""
    stripped = inner.strip()
    return ("/" in stripped or "=" in stripped) and not any(char.isspace() for char in stripped) \
        and not _UNSPACED_SCRIPT.search(stripped)


def _sentence_around(sentences: list[tuple[int, int]], start: int, end: int, length: int) -> tuple[int, int]:
    """The sentence holding a quotation, running on to where the quotation closes: «Как это? Куда?» — ответил
    он: the "?" inside the marks ends no sentence, and the tag after them is in this one."""
    first = next((s for s, e in sentences if s <= start < e), 0)
    last = next((e for s, e in sentences if s < end <= e), length)
    # a tag stands near its quotation: a "sentence" of pages without full stops is read only this far,
    # so a paragraph of thousands of quotations costs linear time
    return max(first, start - TAG_REACH), max(min(last, end + TAG_REACH), first)


def _continued(previous: Quote | None, site: Site, cast: Cast) -> Attribution | None:
    """A quotation with no tag of its own, right after an attributed one, is the same speaker's: in the
    same paragraph, or opening the next one (the newspaper convention for a speech that runs on), or a
    paragraph of its own a few paragraphs on when nobody else has been the subject of a sentence in between."""
    if previous is None or not previous.speaker:
        return None
    same_paragraph = previous.paragraph == site.paragraph
    opens_paragraph = site.sentence[0] == 0 and not site.before.strip(" \x00\"'“‘«„「")
    gap = site.paragraph - previous.paragraph
    if same_paragraph or opens_paragraph and (gap <= CONTINUATION_PARAGRAPHS or gap <= CONTINUATION_REACH
                                             and _stands_alone(site) and not _someone_else_acts(cast, previous, site)):
        return Attribution(previous.speaker, previous.speaker_kind, "continued")
    return None


SIGNED_PARAGRAPHS = 3  # paragraphs of one speech a line under them may sign
HEADING_WORDS = 8  # a heading naming somebody is a name and perhaps a title: this many words at most
PARTICLE_CHARS = 3  # "da", "van", "of": the small words of a name or title that stay in lower case
_DASHES = "—–―-"


def _speech_alone(unit: Unit, spans_by_paragraph: list[list[QuotationSpan]]) -> list[bool]:
    """Per paragraph, whether it is nothing but quotations (and the marks and dashes beside them)."""
    return [bool(spans) and not mask_quotations(paragraph.text, spans).strip(_ALONE)
            for paragraph, spans in zip(unit.paragraphs, spans_by_paragraph)]


def _signed(site: Site, alone: list[bool], rules: LanguageRules, analysis: Any) -> Attribution | None:
    """A speech in paragraphs of its own, under a line that only names somebody ('ANN BERG, PRESIDENT') or
    over one ('— Ann Berg, president of Freedonia'), as pages of quotations head or sign them: that person's.
    A line with no speech right above it and no full stop heads what follows; one that opens with a dash, or
    that heads no further speech, signs what is above."""
    paragraphs = site.unit.paragraphs

    def speech_only(index: int) -> bool:
        return 0 <= index < len(alone) and alone[index]

    def dashed(index: int) -> bool:
        return paragraphs[index].text.lstrip()[:1] in _DASHES

    if not speech_only(site.paragraph):
        return None
    top = site.paragraph
    while speech_only(top - 1):
        top -= 1
    if top > 0 and not dashed(top - 1) and not speech_only(top - 2) \
            and not paragraphs[top - 1].text.rstrip().endswith((".", "。")):  # (a caption is a sentence)
        found = rules.signature(site.unit, top - 1, analysis)
        if found:
            return found
        heading = paragraphs[top - 1].text.strip()
        if _name_line(heading):
            return Attribution(None, "unknown", heading)  # a heading naming somebody we cannot: nobody else's words
    bottom = site.paragraph
    while speech_only(bottom + 1) and bottom + 1 - site.paragraph < SIGNED_PARAGRAPHS:
        bottom += 1
    line = bottom + 1
    if line < len(paragraphs) and not speech_only(line) and (
            dashed(line) or not speech_only(line + 1) and not speech_only(line + 2)):
        return rules.signature(site.unit, line, analysis)
    return None


def _name_line(line: str) -> bool:
    """'BRAZILIAN PRESIDENT', 'Ann van Berg': a few capitalised words (particles aside) and nothing else."""
    words = line.replace(",", " ").split()
    return 0 < len(words) <= HEADING_WORDS and words[0][0].isupper() and all(
        re.fullmatch(r"[\w.’'-]+", word) and (word[0].isupper() or len(word) <= PARTICLE_CHARS and word.isalpha())
        for word in words)


def _stands_alone(site: Site) -> bool:
    """A paragraph that is nothing but the quotation, after a paragraph that introduces nothing new with a colon."""
    before = site.unit.paragraphs[site.paragraph - 1].text.rstrip() if site.paragraph else ""
    return not site.masked.strip(_ALONE) and not before.endswith((":", "："))


def _someone_else_acts(cast: Cast, previous: Quote, site: Site) -> bool:
    """Whether a person other than the previous quotation's speaker, named or not, is a subject between it
    and the site."""
    low, high = previous.end, site.offset + site.span.start
    speaker = cast.by_name(previous.speaker)
    acting = [at for entity in cast.entities if entity is not speaker for at in entity.subject_positions]
    return any(low < at < high for at in [*acting, *cast.unnamed_speakers])  # ("a senior official tried to …")


_BRACKET_PAIRS = ("()", "（）", "[]", "«»", "“”", "《》")


def _fragment(name: str) -> bool:
    """A name with a bracket or quotation mark it does not close or open is a piece cut out of the text."""
    return any(name.count(opening) != name.count(closing) for opening, closing in _BRACKET_PAIRS)


def _make_quote(site: Site, attribution: Attribution | None) -> Quote | None:
    inner_start, inner_end = site.span.inner
    raw = site.text[inner_start:inner_end]
    stripped = raw.strip().rstrip(",，").rstrip()
    if not stripped:
        return None
    start = site.offset + inner_start + raw.index(stripped)
    speaker, kind, cue = (attribution.speaker, attribution.kind, attribution.cue) if attribution else (None, "unknown", "")
    if speaker and _fragment(speaker) and kind != "person":
        speaker = speaker.strip("".join(_BRACKET_PAIRS))  # "《某某宣言": the document's name, less a stray mark
    if speaker and _fragment(speaker):
        speaker, kind = None, "unknown"  # "Twitter)": a piece of the text, never a speaker
    return Quote(stripped, site.unit.id, site.unit.source, start, start + len(stripped), speaker, kind, cue,
                 site.span.closed, site.paragraph, site.unit.lang)
