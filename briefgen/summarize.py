"""Extractive summaries with sumy: verbatim sentences, each cited to the unit it comes from.

Before ranking, candidates are cleaned: headlines and bylines are not sentences, very short or
very long ones are dropped, sentences that only make sense after their neighbour ("He added
that...", "This is...") are left out, and near-duplicates are removed.  sumy then ranks the
rest (LexRank by default, on sparse matrices; other summarizers on the most central sentences of
large events), and the pick skips anything too similar to what was already chosen.  Each sentence
is split into words once: the length test and the ranking share them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefgen.dedupe import SimilarSets, jaccard, normal_form
from briefgen.model import Unit
from briefgen.text import Sentence, Tokenizer, ends_sentence, unit_sentences, words

DEFAULT_SUMMARIZER = "lexrank"
SUMMARIZERS = ("lexrank", "textrank", "lsa", "luhn", "edmundson", "kl", "sumbasic", "reduction")
DEFAULT_SENTENCES = 5
DIGEST_SENTENCES = 2
MIN_WORDS, MAX_WORDS = 8, 70
REDUNDANT = 0.5  # word-set overlap above which a sentence repeats one already chosen
NEAR_DUPLICATE_SENTENCE = 0.8  # word-set overlap at which two candidates are the same sentence
# Most sentences each sumy summarizer ranks (measured at ~1-2 s here): the others compare sentences
# pairwise in pure Python (KL far worse), so larger events are first cut to their most central ones.
RANKING_LIMITS = {"textrank": 300, "lsa": 800, "luhn": 800, "edmundson": 800, "kl": 100, "sumbasic": 800,
                  "reduction": 250}
MAX_PER_UNIT = 3

# Sentences that lean on the one before them: they open with a connective, or refer back with a
# pronoun in their first words ("On his meeting with...", "He added that...").
_DEPENDENT_START = re.compile(
    r"^(?:but|and|also|however|moreover|furthermore|meanwhile|then|still|yet|so|thus|hence|therefore|"
    r"besides|which|such|here|there|it|its|that|after all|in addition|in turn|indeed|in fact|instead|"
    r"nevertheless|nonetheless|otherwise|for example|for instance|as a result|at the same time|"
    r"on the other hand|on the contrary|но|и|также|однако|поэтому|тем|оно|кроме того|при этом)\b", re.I)
_BACK_REFERENCE = re.compile(  # "that"/"its" are left out: "noticed that...", "the SCO and its members"
    r"^(?:\S+\s+){0,3}?(?:he|she|they|this|these|those|his|her|their|him|them|"
    r"он|она|они|это|этот|эта|эти|его|её|их)\b", re.I)
RELEVANCE_WINDOW = 4  # among the best count×4 sentences, those naming the event come first

SUMY_LANGUAGES = {"en": "english", "ru": "russian", "uk": "ukrainian", "de": "german", "fr": "french",
                  "es": "spanish", "ar": "arabic", "zh": "chinese", "tr": "turkish"}


@dataclass(frozen=True)
class SummarySentence:
    """A summary sentence, verbatim, with its citation."""

    text: str
    unit_id: str
    source: str
    post: int | None
    url: str | None
    start: int
    end: int


def summarize(units: Sequence[Unit], sentences: int = DEFAULT_SENTENCES, method: str = DEFAULT_SUMMARIZER,
              language: str | None = None, bonus_words: Sequence[str] = ()) -> list[SummarySentence]:
    """The `sentences` most central, non-redundant sentences of the units, most central first."""
    by_id = {unit.id: unit for unit in units}
    candidates, candidate_words = _candidates(units, language)
    # Complete sentences first: a standfirst or a forum one-liner without a full stop only when
    # the sources offer nothing else.
    complete = [index for index, sentence in enumerate(candidates) if ends_sentence(sentence.text)]
    if complete:
        candidates = [candidates[index] for index in complete]
        candidate_words = [candidate_words[index] for index in complete]
    if not candidates:
        return []
    ranked = _rank(candidates, candidate_words, method, language or main_language(units), bonus_words)
    ranked = _on_topic_first(ranked, bonus_words, sentences * RELEVANCE_WINDOW)
    chosen = _pick(ranked, sentences)
    return [_cite(sentence, by_id[sentence.unit_id]) for sentence in chosen]


def digest(unit: Unit, sentences: int = DIGEST_SENTENCES, method: str = DEFAULT_SUMMARIZER) -> list[SummarySentence]:
    """A 1-3 sentence digest of one source, in the source's own order."""
    chosen = summarize([unit], sentences, method, unit.lang)
    return sorted(chosen, key=lambda sentence: sentence.start)


def candidate_sentences(units: Sequence[Unit], language: str | None = None) -> list[Sentence]:
    """Body sentences worth ranking: complete, self-contained, each text once."""
    return _candidates(units, language)[0]


def _candidates(units: Sequence[Unit], language: str | None) -> tuple[list[Sentence], list[list[str]]]:
    """The candidate sentences and the words of each (split once, for the length test and the ranking)."""
    kept, kept_words, seen = [], [], set()
    for unit in units:
        if language and unit.lang != language:
            continue
        for sentence in unit_sentences(unit):
            if sentence.role != "body":
                continue
            opening = sentence.text.lstrip("\"'“‘«„ ")
            if _DEPENDENT_START.match(opening) or _BACK_REFERENCE.match(opening):
                continue
            sentence_words = words(sentence.text)
            if not MIN_WORDS <= len(sentence_words) <= MAX_WORDS:
                continue
            key = normal_form(sentence.text)
            if key not in seen:
                seen.add(key)
                kept.append(sentence)
                kept_words.append(sentence_words)
    return kept, kept_words


def without_near_duplicates(sentences: list[Sentence], language: str) -> list[Sentence]:
    """Drop sentences whose content words overlap an earlier one's by NEAR_DUPLICATE_SENTENCE or more."""
    return [sentences[index] for index in _distinct(sentences, language)]


def _distinct(sentences: Sequence[Sentence], language: str) -> list[int]:
    """Indices of the sentences that are not near-duplicates of an earlier one."""
    stop_words = stop_words_for(language)
    bags = [frozenset(normal_form(sentence.text).split()) - stop_words for sentence in sentences]
    similar = SimilarSets(NEAR_DUPLICATE_SENTENCE, Counter(word for bag in bags for word in bag))
    return [index for index, bag in enumerate(bags) if not similar.find_or_add(bag)]


def main_language(units: Sequence[Unit]) -> str:
    """The language most of the units' words are in."""
    counts: dict[str, int] = {}
    for unit in units:
        counts[unit.lang] = counts.get(unit.lang, 0) + unit.words
    return max(counts, key=counts.get) if counts else "en"


def _rank(candidates: list[Sentence], candidate_words: list[list[str]], method: str, language: str,
          bonus_words: Sequence[str]) -> list[Sentence]:
    """Candidates best first, as the chosen sumy summarizer rates them.

    sumy's summarizers other than LexRank compare sentences pairwise in Python, so larger events
    are first cut to their RANKING_LIMITS most central sentences (by LexRank's large-event
    centrality).  Near-duplicates are removed from what is left, before ranking, so they cannot
    vote for each other.
    """
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    if method == "lexrank":
        return _lexrank(candidates, candidate_words, language)
    limit = RANKING_LIMITS.get(method, len(candidates))
    if len(candidates) > limit:
        central = _lexrank_centrality_order(candidate_words, language)[:limit]
        candidates = [candidates[index] for index in sorted(central)]
    candidates = without_near_duplicates(candidates, language)
    tokenizer = Tokenizer(SUMY_LANGUAGES.get(language, "english"))
    sumy_sentences = [SumySentence(sentence.text, tokenizer) for sentence in candidates]
    position = {id(sumy_sentence): index for index, sumy_sentence in enumerate(sumy_sentences)}
    document = ObjectDocumentModel([Paragraph(sumy_sentences)])
    order = _RankingCapture()
    _summarizer(method, language, bonus_words)(document, order)
    return [candidates[position[id(sentence)]] for sentence in order.ranked]


def _lexrank(candidates: list[Sentence], candidate_words: list[list[str]], language: str) -> list[Sentence]:
    """sumy's LexRank, exactly, on events of up to EXACT_LIMIT sentences (near-duplicates removed
    first); on larger ones, the CANDIDATES most central by degree, then near-duplicates removed."""
    from briefgen import lexrank

    if len(candidates) > lexrank.EXACT_LIMIT:
        central = _lexrank_centrality_order(candidate_words, language)[:lexrank.CANDIDATES]
        return without_near_duplicates([candidates[index] for index in central], language)
    kept = _distinct(candidates, language)
    order = lexrank.exact_order(_term_rows([candidate_words[index] for index in kept], language))
    return [candidates[kept[index]] for index in order]


def _lexrank_centrality_order(candidate_words: list[list[str]], language: str) -> list[int]:
    """Candidate indices, most central first, by LexRank's large-event centrality (lexrank.py)."""
    from briefgen import lexrank

    return lexrank.centrality_order(_term_rows(candidate_words, language)).tolist()


def _term_rows(candidate_words: list[list[str]], language: str):
    """The candidates' TF-IDF rows with sumy's LexRank terms (its stemmer and stop words)."""
    from briefgen import lexrank

    return lexrank.term_rows(candidate_words, lexrank.TermIndex(_summarizer("lexrank", language, ()).term))


class _RankingCapture:
    """Passed to sumy as the sentence count: sumy hands it every sentence sorted by rating."""

    def __init__(self) -> None:
        self.ranked: list = []

    def __call__(self, infos):
        self.ranked = [info.sentence for info in infos]
        return infos


def _summarizer(method: str, language: str, bonus_words: Sequence[str]) -> Callable:
    from briefgen.lexrank import SparseLexRankSummarizer  # first: it loads sumy (and NLTK) the quick way
    from sumy.summarizers.edmundson import EdmundsonSummarizer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.reduction import ReductionSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    classes = {"lexrank": SparseLexRankSummarizer, "textrank": TextRankSummarizer, "lsa": LsaSummarizer,
               "luhn": LuhnSummarizer, "edmundson": EdmundsonSummarizer, "kl": KLSummarizer,
               "sumbasic": SumBasicSummarizer, "reduction": ReductionSummarizer}
    if method not in classes:
        raise ValueError(f"unknown summarizer '{method}' (choose from {', '.join(SUMMARIZERS)})")
    summarizer = classes[method](_stemmer(language))
    stop_words = stop_words_for(language)
    summarizer.stop_words = stop_words
    if method == "edmundson":
        summarizer.bonus_words = frozenset(word.lower() for phrase in bonus_words for word in words(phrase)) or {"sco"}
        summarizer.stigma_words = frozenset({"reportedly", "allegedly", "perhaps", "rumour", "rumor"})
        summarizer.null_words = stop_words
    return summarizer


def _stemmer(language: str):
    from sumy.nlp.stemmers import Stemmer, null_stemmer

    try:
        return Stemmer(SUMY_LANGUAGES.get(language, language))
    except LookupError:
        return null_stemmer


@lru_cache(maxsize=32)
def stop_words_for(language: str) -> frozenset[str]:
    """sumy's bundled stop words, or stopwords-iso's for languages sumy lacks (Russian, Persian...)."""
    from sumy.utils import get_stop_words

    try:
        return frozenset(get_stop_words(SUMY_LANGUAGES.get(language, language)))
    except LookupError:
        import stopwordsiso

        return frozenset(stopwordsiso.stopwords(language)) if stopwordsiso.has_lang(language) else frozenset()


def _on_topic_first(ranked: list[Sentence], terms: Sequence[str], window: int) -> list[Sentence]:
    """Among the best `window` sentences, those that name the event (its city, summit...) go first."""
    if not terms:
        return ranked
    pattern = re.compile("|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True)), re.I)
    head, tail = ranked[:window], ranked[window:]
    on_topic = [sentence for sentence in head if pattern.search(sentence.text)]
    return on_topic + [sentence for sentence in head if not pattern.search(sentence.text)] + tail


def _pick(ranked: list[Sentence], count: int) -> list[Sentence]:
    """Best first, skipping sentences that say what a chosen one says; sources take turns
    (at most MAX_PER_UNIT each) until no other source has anything left to offer."""
    chosen: list[Sentence] = []
    bags: list[frozenset[str]] = []
    per_unit: dict[str, int] = {}
    for limit in (MAX_PER_UNIT, count):
        for sentence in ranked:
            if len(chosen) == count:
                return chosen
            if sentence in chosen or per_unit.get(sentence.unit_id, 0) >= limit:
                continue
            bag = frozenset(normal_form(sentence.text).split())
            if any(jaccard(bag, other) > REDUNDANT for other in bags):
                continue
            chosen.append(sentence)
            bags.append(bag)
            per_unit[sentence.unit_id] = per_unit.get(sentence.unit_id, 0) + 1
    return chosen


def _cite(sentence: Sentence, unit: Unit) -> SummarySentence:
    return SummarySentence(sentence.text, unit.id, unit.source, unit.post, unit.url, sentence.start, sentence.end)
