"""Text pasted twice: find paragraphs that repeat earlier ones, within and across documents.

The first occurrence (in corpus order) is kept.  A paragraph of five words or more is a
repeat when its normalised text was seen before (case, punctuation and spacing ignored) or
when it is a near-duplicate: word-trigram Jaccard similarity of at least NEAR_DUPLICATE with
an earlier paragraph (MinHash LSH finds candidates, the exact Jaccard decides).  A short
paragraph ("Golden Ruble 3.0?") is only removed inside a run of repeated text, so a lone
"Thanks!" in two posts is not taken for a paste.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache

SHORT_WORDS = 5
MIN_NEAR_DUPLICATE_WORDS = 8
NEAR_DUPLICATE = 0.8
_NUM_PERM = 64


def jaccard(a: frozenset | set, b: frozenset | set) -> float:
    """Overlap of two sets: |a ∩ b| / |a ∪ b| (0 when either is empty)."""
    return len(a & b) / len(a | b) if a and b else 0.0


def normal_form(text: str) -> str:
    """Comparison key: case-folded words, punctuation and spacing ignored."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def find_repeats(documents: Sequence[Sequence[str]]) -> list[set[int]]:
    """For each document (a list of paragraphs), the indices of paragraphs that repeat earlier text."""
    index = _NearDuplicateIndex()
    seen: set[str] = set()
    repeats: list[set[int]] = [set() for _ in documents]
    short_repeats: list[set[int]] = [set() for _ in documents]
    for doc_number, paragraphs in enumerate(documents):
        for position, paragraph in enumerate(paragraphs):
            key = normal_form(paragraph)
            if not key:
                continue
            words = key.split()
            if len(words) < SHORT_WORDS:
                if key in seen:
                    short_repeats[doc_number].add(position)
                seen.add(key)
            elif key in seen or index.has_near_duplicate(words):
                repeats[doc_number].add(position)
            else:
                seen.add(key)
                index.add(words)
    for doc_number, paragraphs in enumerate(documents):
        _extend_runs(repeats[doc_number], short_repeats[doc_number], len(paragraphs))
    return repeats


def _extend_runs(repeats: set[int], short_repeats: set[int], count: int) -> None:
    """Short repeated paragraphs next to repeated text belong to the same paste."""
    changed = True
    while changed:
        changed = False
        for position in sorted(short_repeats - repeats):
            if position - 1 in repeats or position + 1 in repeats:
                repeats.add(position)
                changed = True


class _NearDuplicateIndex:
    """Word-trigram shingles in a MinHash LSH index (datasketch), verified by exact Jaccard."""

    def __init__(self) -> None:
        self._lsh = None
        self._shingles: list[frozenset[str]] = []

    def add(self, words: list[str]) -> None:
        if len(words) < MIN_NEAR_DUPLICATE_WORDS:
            return
        shingles = _shingles(words)
        key = str(len(self._shingles))
        self._shingles.append(shingles)
        self._index().insert(key, _minhash(shingles))

    def has_near_duplicate(self, words: list[str]) -> bool:
        if len(words) < MIN_NEAR_DUPLICATE_WORDS or not self._shingles:
            return False
        shingles = _shingles(words)
        for key in self._index().query(_minhash(shingles)):
            other = self._shingles[int(key)]
            if len(shingles & other) / len(shingles | other) >= NEAR_DUPLICATE:
                return True
        return False

    def _index(self):
        if self._lsh is None:
            from datasketch import MinHashLSH

            self._lsh = MinHashLSH(threshold=NEAR_DUPLICATE * 0.9, num_perm=_NUM_PERM)
        return self._lsh


def _shingles(words: list[str]) -> frozenset[str]:
    return frozenset(" ".join(words[i:i + 3]) for i in range(len(words) - 2))


def _minhash(shingles: frozenset[str]):
    minhash = _empty_minhash().copy()
    minhash.update_batch([shingle.encode("utf-8") for shingle in shingles])
    return minhash


@lru_cache(maxsize=1)
def _empty_minhash():
    """Copied for every paragraph: a new MinHash would draw its hash permutations all over again."""
    from datasketch import MinHash

    return MinHash(num_perm=_NUM_PERM, seed=1)


class SimilarSets:
    """Finds an earlier set with Jaccard similarity >= threshold, without comparing against every one.

    Prefix filtering (Chaudhuri et al. 2006; Bayardo et al. 2007): order each set's items rarest
    first; two sets that similar must share one of their first |A| - ceil(t*|A|) + 1 items, so only
    sets indexed under those items are compared.  Rarity comes from `frequencies`.
    """

    def __init__(self, threshold: float, frequencies: dict[str, int]):
        self.threshold = threshold
        self.frequencies = frequencies
        self.index: dict[str, list[int]] = {}
        self.sets: list[frozenset[str]] = []

    def _prefix(self, items: frozenset[str]) -> list[str]:
        ordered = sorted(items, key=lambda item: (self.frequencies.get(item, 0), item))
        return ordered[:len(ordered) - math.ceil(self.threshold * len(ordered)) + 1]

    def find_or_add(self, items: frozenset[str]) -> bool:
        """True if a similar set was added before; otherwise remember this one and return False."""
        if not items:
            return False
        prefix = self._prefix(items)
        seen: set[int] = set()
        smallest, largest = self.threshold * len(items), len(items) / self.threshold
        for item in prefix:
            for number in self.index.get(item, ()):
                if number in seen:
                    continue
                seen.add(number)
                other = self.sets[number]
                if smallest <= len(other) <= largest and len(items & other) >= self.threshold * len(items | other):
                    return True
        number = len(self.sets)
        self.sets.append(items)
        for item in prefix:
            self.index.setdefault(item, []).append(number)
        return False
