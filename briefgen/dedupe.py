"""Text pasted twice: find paragraphs that repeat earlier ones, within and across documents.

The first occurrence (in corpus order) is kept.  A paragraph of five words or more is a
repeat when an earlier paragraph that was itself kept has the same normal form (case,
punctuation and spacing ignored) or is a near-duplicate: word-trigram Jaccard similarity of at
least NEAR_DUPLICATE.  A short paragraph ("Golden Ruble 3.0?") is only removed inside a run of
repeated text, so a lone "Thanks!" in two posts is not taken for a paste.

The work is split so that it scales and distributes: `fingerprint` reads one document alone (a
normal-form hash per paragraph, and MinHash LSH band keys, BANDS of ROWS, per long paragraph);
`resolve` takes every document's fingerprints at once, pairs paragraphs that share a band key
(the candidates), keeps the pairs whose exact Jaccard reaches NEAR_DUPLICATE and walks the few
paragraphs with such pairs in corpus order.  Band keys are plain integers, so a Dask shuffle or
an SQL index can group them as well as a sort can.
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

SHORT_WORDS = 5
MIN_NEAR_DUPLICATE_WORDS = 8
NEAR_DUPLICATE = 0.8
BANDS, ROWS = 16, 8  # 128 hash functions: a pair at Jaccard .8 shares a band with probability .95, at .5 only .06
BAND_PEERS = 64  # in a band shared by more paragraphs, each is paired with the 64 before it (bounded work)
_PRIME = (1 << 61) - 1


@functools.lru_cache(maxsize=1)
def _minhash_constants():
    """The hash functions' (a, b) and the band mixers; numpy loads only when a text is fingerprinted (a
    build that reads nothing new never imports it)."""
    import numpy as np

    permutations = np.random.default_rng(1).integers(1, 1 << 32, size=(2, BANDS * ROWS), dtype=np.uint64)
    band_mix = np.array([0x9E3779B97F4A7C15 * (i + 1) % (1 << 64) for i in range(ROWS)], dtype=np.uint64)
    return permutations, band_mix


def jaccard(a: frozenset | set, b: frozenset | set) -> float:
    """Overlap of two sets: |a ∩ b| / |a ∪ b| (0 when either is empty)."""
    return len(a & b) / len(a | b) if a and b else 0.0


def normal_form(text: str) -> str:
    """Comparison key: case-folded words, punctuation and spacing ignored."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


@dataclass(frozen=True)
class Fingerprint:
    """One document's paragraphs as dedupe sees them; numpy arrays, one row per paragraph."""

    keys: np.ndarray  # int64 hash of the normal form; 0 for a paragraph with no words
    words: np.ndarray  # int32 word count of the normal form
    bands: np.ndarray  # uint64 (paragraphs, BANDS) LSH band keys; zeros under MIN_NEAR_DUPLICATE_WORDS words

    def to_bytes(self) -> bytes:
        return self.keys.astype("<i8").tobytes() + self.words.astype("<i4").tobytes() + self.bands.astype("<u8").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> Fingerprint:
        import numpy as np

        count = len(data) // (8 + 4 + 8 * BANDS)
        keys = np.frombuffer(data, "<i8", count)
        words = np.frombuffer(data, "<i4", count, offset=8 * count)
        bands = np.frombuffer(data, "<u8", count * BANDS, offset=12 * count).reshape(count, BANDS)
        return cls(keys.astype(np.int64), words.astype(np.int32), bands.astype(np.uint64))


def fingerprint(paragraphs: Sequence[str]) -> Fingerprint:
    """Normal-form hashes and band keys of one document's paragraphs (no other document needed)."""
    import numpy as np

    normal = [normal_form(text).split() for text in paragraphs]
    keys = np.array([_key(words) for words in normal], dtype=np.int64)
    counts = np.array([len(words) for words in normal], dtype=np.int32)
    bands = np.zeros((len(normal), BANDS), dtype=np.uint64)
    long = [i for i, words in enumerate(normal) if len(words) >= MIN_NEAR_DUPLICATE_WORDS]
    if long:
        bands[long] = _band_keys([normal[i] for i in long])
    return Fingerprint(keys, counts, bands)


def _key(words: list[str]) -> int:
    if not words:
        return 0
    return int.from_bytes(hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=8).digest(), "little", signed=True) or 1


def _shingles(words: list[str]) -> frozenset[str]:
    return frozenset(" ".join(words[i:i + 3]) for i in range(len(words) - 2))


def _band_keys(paragraph_words: list[list[str]]) -> np.ndarray:
    """MinHash signatures of several paragraphs' word trigrams in one numpy pass, folded into BANDS keys each.

    Words are hashed with CRC-32 (stable across processes and machines, unlike hash()) and a
    trigram's hash mixes its three words' hashes; each of the 128 hash functions is
    (a·h + b) mod 2^61−1 over the trigram hashes.  A repeated trigram changes no minimum, so
    the signature is that of the trigram set `_shingles` gives."""
    import numpy as np

    words = np.fromiter((zlib.crc32(word.encode("utf-8")) for paragraph in paragraph_words for word in paragraph),
                        dtype=np.uint64, count=sum(map(len, paragraph_words)))
    lengths = np.array([len(paragraph) for paragraph in paragraph_words])
    ends = np.cumsum(lengths)
    starts = ends - lengths
    trigram_starts = np.concatenate([np.arange(start, end - 2) for start, end in zip(starts, ends)])
    trigrams = (words[trigram_starts] * np.uint64(0x9E3779B1) ^ words[trigram_starts + 1] * np.uint64(0x85EBCA77)
                ^ words[trigram_starts + 2]) & np.uint64(0xFFFFFFFF)
    offsets = np.concatenate([[0], np.cumsum(lengths - 2)[:-1]])
    (a, b), band_mix = _minhash_constants()
    mask = np.uint64(0xFFFFFFFF)
    permuted = (a[:, None] * trigrams[None, :] + b[:, None]) % np.uint64(_PRIME) & mask  # a, h < 2^32: no overflow
    signatures = np.minimum.reduceat(permuted, offsets, axis=1).T  # (paragraphs, BANDS * ROWS)
    rows = signatures.reshape(len(paragraph_words), BANDS, ROWS)
    mixed = (rows * band_mix).sum(axis=2, dtype=np.uint64)  # wraps modulo 2^64, deterministically
    return mixed ^ (np.arange(BANDS, dtype=np.uint64) * np.uint64(0xD6E8FEB86659FD93))  # same rows, other band: other key


def find_repeats(documents: Sequence[Sequence[str]]) -> list[set[int]]:
    """For each document (a list of paragraphs), the indices of paragraphs that repeat earlier text."""
    return resolve([fingerprint(paragraphs) for paragraphs in documents], lambda doc, position: documents[doc][position])


def resolve(prints: Sequence[Fingerprint], text_of: Callable[[int, int], str],
            near_pairs: Callable[[np.ndarray, np.ndarray], list[tuple[int, int]]] | None = None) -> list[set[int]]:
    """The repeated paragraphs of every document, from all documents' fingerprints in corpus order.

    `text_of(document, paragraph)` gives a paragraph's text, read only for candidate pairs.
    `near_pairs(rows, bands)`, when given, finds the candidate pairs instead of the in-memory sort
    (a distributed engine shuffles the band keys); it must return what `candidate_pairs` would."""
    import numpy as np

    if not prints:
        return []
    lengths = np.array([len(p.keys) for p in prints])
    document = np.repeat(np.arange(len(prints)), lengths)
    position = np.concatenate([np.arange(n) for n in lengths]) if lengths.sum() else np.zeros(0, dtype=np.int64)
    keys = np.concatenate([p.keys for p in prints])
    words = np.concatenate([p.words for p in prints])
    first = _first_occurrence(keys)
    short = (keys != 0) & (words < SHORT_WORDS)
    long = (keys != 0) & (words >= SHORT_WORDS)
    short_repeat = short & ~first
    # one representative per normal form: the first paragraph with it; later ones follow its fate
    representative = long & first & (words >= MIN_NEAR_DUPLICATE_WORDS)
    rows = np.flatnonzero(representative)
    bands = np.concatenate([p.bands for p in prints])[rows]
    pairs = (near_pairs or candidate_pairs)(rows, bands)
    shingles_of = functools.lru_cache(maxsize=4096)(  # a row is in many pairs: its shingles are made once
        lambda row: _shingles(normal_form(text_of(int(document[row]), int(position[row]))).split()))
    edges = [(earlier, later) for earlier, later in pairs
             if jaccard(shingles_of(earlier), shingles_of(later)) >= NEAR_DUPLICATE]
    walked = np.zeros(len(keys), dtype=bool)
    walked[list(_walk(edges))] = True
    long_repeat = long & (~first | walked)
    result: list[set[int]] = [set() for _ in prints]
    short_result: list[set[int]] = [set() for _ in prints]
    for row in np.flatnonzero(long_repeat):
        result[document[row]].add(int(position[row]))
    for row in np.flatnonzero(short_repeat):
        short_result[document[row]].add(int(position[row]))
    for number, count in enumerate(lengths):
        _extend_runs(result[number], short_result[number], int(count))
    return result


def _first_occurrence(keys: np.ndarray) -> np.ndarray:
    """True where a key appears for the first time (in array order)."""
    import numpy as np

    first = np.zeros(len(keys), dtype=bool)
    _, index = np.unique(keys, return_index=True)
    first[index] = True
    return first


def candidate_pairs(rows: np.ndarray, bands: np.ndarray) -> list[tuple[int, int]]:
    """(earlier, later) rows that share a band key; within a band shared by many, each row is
    paired with the BAND_PEERS rows before it.  Band by band: keys of different bands never meet
    (each band's keys are mixed with its own constant), and sixteen short sorts beat one long one."""
    import numpy as np

    pairs: set[tuple[int, int]] = set()
    for band in range(bands.shape[1]):
        order = np.argsort(bands[:, band], kind="stable")  # rows ascending within a key
        keys, ordered_rows = bands[order, band], rows[order]
        for lag in range(1, BAND_PEERS + 1):
            same = keys[lag:] == keys[:-lag]
            if not same.any():
                break
            pairs.update(zip(ordered_rows[:-lag][same].tolist(), ordered_rows[lag:][same].tolist()))
    return sorted(pairs)


def band_group_pairs(group_rows: Sequence[int]) -> Iterator[tuple[int, int]]:
    """The pairs `candidate_pairs` makes inside one band key's rows (for engines that group by key)."""
    ordered = sorted(set(group_rows))
    for index, later in enumerate(ordered):
        for earlier in ordered[max(0, index - BAND_PEERS):index]:
            yield earlier, later


def _walk(edges: list[tuple[int, int]]) -> set[int]:
    """Rows that repeat an earlier row still kept: in corpus order, over the rows with edges only."""
    earlier_of: dict[int, list[int]] = {}
    for earlier, later in edges:
        earlier_of.setdefault(later, []).append(earlier)
    repeated: set[int] = set()
    for row in sorted(earlier_of):
        if any(other not in repeated for other in earlier_of[row]):
            repeated.add(row)
    return repeated


def _extend_runs(repeats: set[int], short_repeats: set[int], count: int) -> None:
    """Short repeated paragraphs next to repeated text belong to the same paste."""
    changed = True
    while changed:
        changed = False
        for position in sorted(short_repeats - repeats):
            if position - 1 in repeats or position + 1 in repeats:
                repeats.add(position)
                changed = True


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
