"""Catalog terms and context words found in a text, in any script, in one pass (Aho-Corasick).

Texts and terms are folded the same way first: lower case, ё as е, traditional Chinese as
simplified (上合組織 → 上合组织), every offset kept.  Russian terms are matched on lemmas:
the automaton finds a word starting with a term's stem, and the word's lemmas (natasha's
pymorphy dictionary, remembered per word form) must include the term's, so "в Казани",
"Казанской декларации" and "Шавката Мирзиеева" all find their catalog terms, and "казах" does
not find "Казань".  Chinese terms need no word boundary; other terms must be whole words.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from functools import lru_cache

_HAN = re.compile(r"[\u3400-\u9fff]")
_CYRILLIC = re.compile(r"[а-яё]")
_WORD = re.compile(r"[\w-]+")
STEM_KEEP = 4  # a Russian stem keeps at least this many letters: "каза(нь)", "декларац(ия)"


@dataclass(frozen=True)
class Term:
    event_id: str
    kind: str  # "place", "keyword", "chair", "country"


def fold(text: str) -> str:
    """Lower case, ё -> е, traditional -> simplified Chinese; the result has the text's length."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lengthen when lowered: keep those as they are
        lowered = "".join(char.lower() if len(char.lower()) == 1 else char for char in text)
    lowered = lowered.replace("ё", "е")
    if _HAN.search(lowered):
        from briefgen.languages.zh import simplify

        lowered = simplify(lowered)
    return lowered


def is_han(text: str) -> bool:
    return _HAN.search(text) is not None


def is_word_char(text: str, position: int) -> bool:
    return 0 <= position < len(text) and (text[position].isalnum() or text[position] == "_")


class Matcher:
    """Every catalog term, and every word of the context families, found in one pass over a text each."""

    def __init__(self, terms: dict[str, list[Term]], context: dict[str, tuple[str, ...]],
                 whole_word_families: tuple[str, ...] = ()):
        import ahocorasick_rs

        self.terms = {fold(key): value for key, value in terms.items()}
        russian = [key for key in self.terms if _CYRILLIC.search(key)]
        keys = [key for key in self.terms if not _CYRILLIC.search(key)]
        self.stems = {}
        for key in russian:  # Russian: the first word's stem finds the candidates, then their lemmas decide
            first = key.split()[0]
            self.stems.setdefault(first[:max(STEM_KEEP, len(first) - 2)], []).append(key)
        self.keys = keys + list(self.stems)
        self.context_keys = [(fold(word), family, is_han(word)) for family, words in context.items() for word in words]
        self.whole_word_families = whole_word_families
        leftmost_longest = ahocorasick_rs.MatchKind.LeftmostLongest
        self.automaton = ahocorasick_rs.AhoCorasick(self.keys or ["\x00"], matchkind=leftmost_longest)
        self.context_automaton = ahocorasick_rs.AhoCorasick([w for w, _, _ in self.context_keys] or ["\x00"],
                                                            matchkind=leftmost_longest)

    def term_hits(self, folded: str) -> list[tuple[int, int, str]]:
        """(start, end, term) of catalog terms in a folded text."""
        hits = []
        for index, start, end in self.automaton.find_matches_as_indexes(folded):
            key = self.keys[index]
            if key in self.stems:
                hits += self._lemma_hits(folded, start, key)
            elif is_han(key) or not (is_word_char(folded, start - 1) or is_word_char(folded, end)):
                hits.append((start, end, key))
        return hits

    def _lemma_hits(self, folded: str, start: int, stem: str) -> list[tuple[int, int, str]]:
        if is_word_char(folded, start - 1):
            return []
        words = [match for match in _WORD.finditer(folded, start, min(len(folded), start + 120))]
        found = []
        for key in self.stems[stem]:
            wanted = _lemmas(key)
            if len(words) < len(wanted):
                continue
            if all(_same_lemma(lemma, word.group(0)) for lemma, word in zip(wanted, words)):
                found.append((start, words[len(wanted) - 1].end(), key))
        return found[-1:]  # the longest term

    def context_hits(self, folded: str) -> dict[str, list[tuple[int, int]]]:
        """family -> spans of its words; words may take endings ("summits", "саммите") except in the
        whole-word families (an organisation's names: "SCO", not "scope")."""
        found: dict[str, list[tuple[int, int]]] = {family: [] for _, family, _ in self.context_keys}
        for index, start, end in self.context_automaton.find_matches_as_indexes(folded):
            _, family, han = self.context_keys[index]
            if han or not is_word_char(folded, start - 1):
                if family not in self.whole_word_families or han or not is_word_char(folded, end):
                    found[family].append((start, end))
        return found


def _same_lemma(lemma: str, word: str) -> bool:
    """The word is a form of the lemma, or (for a place) its adjective: 'Казанской ратуше' is in Kazan."""
    forms = _word_lemmas(word)
    if lemma in forms:
        return True
    base = lemma.rstrip("ьаяйе")
    return len(base) >= STEM_KEEP and any(form.startswith(base) and form.endswith(("ский", "цкий")) for form in forms)


@lru_cache(maxsize=4096)
def _lemmas(term: str) -> tuple[str, ...]:
    """A Russian term's words in their dictionary form: 'казанская декларация' -> ('казанский', 'декларация').
    Asked only when a Russian text holds the term's stem: an English corpus never loads pymorphy2."""
    return tuple(_morphology().parse(word)[0].normal_form.replace("ё", "е") if _CYRILLIC.search(word) else word
                 for word in term.split())


@lru_cache(maxsize=200_000)
def _word_lemmas(word: str) -> frozenset[str]:
    """Every dictionary form a word form can have ('путина': путин, путина); the word itself too."""
    if not _CYRILLIC.search(word):
        return frozenset({word})
    return frozenset({word} | {parse.normal_form.replace("ё", "е") for parse in _morphology().parse(word)})


@lru_cache(maxsize=1)
def _morphology():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pymorphy2 imports pkg_resources
        from natasha import MorphVocab

        return MorphVocab()
