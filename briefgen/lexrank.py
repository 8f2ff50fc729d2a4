"""LexRank with sparse matrices: sumy's algorithm, without its dense n×n Python loops.

sumy's LexRankSummarizer fills an n×n matrix cell by cell (2,000 sentences: ~35 s here).  The
same computation as sparse linear algebra: sentences as rows of a TF-IDF matrix W (sumy's own
tf = count/max count and idf = log(n / (1 + df))), cosine similarities S = Ŵ Ŵᵀ, thresholded at
0.1, row-normalised, then sumy's power method: exact, it ranks sentences as sumy does.

Above EXACT_LIMIT sentences even the sparse S is too big (the benchmark's 50,000-sentence event has
~500 million nonzero similarities), so `centrality_order` never forms it.  The thresholded graph is undirected, so
the centrality LexRank converges to is each sentence's degree (a random walk's stationary
distribution), and sumy's early-stopped power method ranks its top sentences the same way
(`python -m benchmarks.run summarize` measures the agreement).  Degrees are first estimated from
each sentence's links to a systematic sample of SAMPLE_SIZE sentences; the CANDIDATES with the
highest estimates then get their exact degree on the whole graph, which ranks them.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib.abc import MetaPathFinder
from itertools import chain

import numpy as np
from scipy import sparse


class _HeldBack(MetaPathFinder):
    """Makes one module's import fail (ImportError), as if it were not installed."""

    def __init__(self, name: str):
        self.name = name

    def find_spec(self, fullname, path, target=None):
        if fullname == self.name:
            raise ImportError(f"{fullname} is held back while sumy loads")
        return None


@contextlib.contextmanager
def _held_back(name: str) -> Iterator[None]:
    if name in sys.modules:
        yield
        return
    finder = _HeldBack(name)
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)


# sumy's summarizers import its stemmers, which import NLTK; NLTK's collocation finder imports
# scipy.stats (0.65 s, a fifth of a cold build) for a Fisher test that neither sumy nor briefgen runs,
# and falls back when that import fails.  Nothing in briefgen imports scipy.stats.
with _held_back("scipy.stats"):
    from sumy.summarizers.lex_rank import LexRankSummarizer

EXACT_LIMIT = 3000
SAMPLE_SIZE = 500  # sentences every degree is estimated against (n × 500 similarities)
CANDIDATES = 500  # sentences whose exact degree is computed (500 × n similarities)
THRESHOLD = 0.1  # sumy's: cosine above which two sentences are linked
_BLOCK_CELLS = 32_000_000  # similarities formed at once, to bound memory


@dataclass
class TermIndex:
    """Column numbers of LexRank terms; `term` maps a word to its term (None for a stop word).

    Each distinct word goes through `term` (the stemmer) once, however often it occurs.
    """

    term: Callable[[str], str | None]
    _columns: dict[str, int] = field(default_factory=dict, init=False)  # word as written -> column (-1: none)
    _terms: dict[str, int] = field(default_factory=dict, init=False)  # term -> column

    @property
    def size(self) -> int:
        return len(self._terms)

    def columns(self, words: Iterable[str]) -> np.ndarray:
        """The column of each word in `words`, -1 for words without a term."""
        flat = list(words)
        for word in set(flat).difference(self._columns):
            term = self.term(word)
            self._columns[word] = -1 if term is None else self._terms.setdefault(term, len(self._terms))
        return np.fromiter(map(self._columns.__getitem__, flat), dtype=np.int64, count=len(flat))


def term_rows(sentences_words: Sequence[Sequence[str]], index: TermIndex) -> sparse.csr_matrix:
    """Unit-length TF-IDF rows with sumy's LexRank tf and idf, of sentences given as word lists."""
    count = len(sentences_words)
    lengths = np.fromiter(map(len, sentences_words), dtype=np.int64, count=count)
    columns = index.columns(chain.from_iterable(sentences_words))
    rows = np.repeat(np.arange(count), lengths)
    kept = columns >= 0
    occurrences = sparse.csr_matrix((np.ones(int(kept.sum())), (rows[kept], columns[kept])),
                                    shape=(count, max(1, index.size)))
    occurrences.sum_duplicates()
    return _weighted(occurrences)


def _weighted(counts: sparse.csr_matrix) -> sparse.csr_matrix:
    """tf = count / the sentence's highest count, times idf = log(n / (1 + df)), rows scaled to length 1."""
    sentences = counts.shape[0]
    if sentences == 0:
        return counts
    per_row = np.diff(counts.indptr)
    filled = per_row > 0
    most = np.ones(sentences)
    most[filled] = np.maximum.reduceat(counts.data, counts.indptr[:-1][filled])
    document_frequency = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log(sentences / (1.0 + document_frequency))
    weights = counts.data / np.repeat(most, per_row) * idf[counts.indices]
    norms = np.zeros(sentences)
    norms[filled] = np.sqrt(np.add.reduceat(weights * weights, counts.indptr[:-1][filled]))
    inverse = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    return sparse.csr_matrix((weights * np.repeat(inverse, per_row), counts.indices, counts.indptr),
                             shape=counts.shape)


def thresholded_scores(normalised: sparse.csr_matrix, threshold: float = THRESHOLD, epsilon: float = 0.1) -> np.ndarray:
    """sumy's LexRank scores: binary similarity graph above `threshold`, power method to `epsilon`."""
    count = normalised.shape[0]
    similarity = (normalised @ normalised.T).tocsr()
    similarity.data = (similarity.data > threshold).astype(np.float64)
    similarity.eliminate_zeros()
    degrees = np.asarray(similarity.sum(axis=1)).ravel()
    degrees[degrees == 0] = 1.0
    transition_t = (sparse.diags(1.0 / degrees) @ similarity).T.tocsr()
    scores = np.full(count, 1.0 / count)
    change = 1.0
    while change > epsilon:
        following = transition_t @ scores
        norm = np.linalg.norm(following)
        if norm == 0:
            break
        following /= norm
        change = np.linalg.norm(following - scores)
        scores = following
    return scores


def exact_order(normalised: sparse.csr_matrix) -> np.ndarray:
    """Sentence indices best first by sumy's LexRank; ties keep document order, as in sumy."""
    return np.argsort(-thresholded_scores(normalised), kind="stable")


def centrality_order(normalised: sparse.csr_matrix, sample_size: int = SAMPLE_SIZE,
                     candidates: int = CANDIDATES, threshold: float = THRESHOLD) -> np.ndarray:
    """Sentence indices, most central first, without the n×n graph: the `candidates` with the most
    links to a sample go first, ranked by their exact degree, then the others by their estimate."""
    count = normalised.shape[0]
    sample = np.unique(np.linspace(0, count - 1, min(sample_size, count)).round().astype(np.int64))
    by_estimate = np.argsort(-_links_to(normalised, sample, threshold), kind="stable")
    chosen = by_estimate[:candidates]
    degree = _degrees(normalised, chosen, threshold)
    return np.concatenate([chosen[np.argsort(-degree, kind="stable")], by_estimate[candidates:]])


def _links_to(normalised: sparse.csr_matrix, sample: np.ndarray, threshold: float) -> np.ndarray:
    """How many of the `sample` each sentence is linked to (a sample member's link to itself left out)."""
    links = np.zeros(normalised.shape[0], dtype=np.int64)
    for start, similarity, linked in _linked_blocks(normalised, sample, threshold):
        running = np.concatenate([[0], np.cumsum(linked)])
        links[start:start + similarity.shape[0]] = running[similarity.indptr[1:]] - running[similarity.indptr[:-1]]
    members = normalised[sample]
    links[sample] -= np.asarray(members.multiply(members).sum(axis=1)).ravel() > threshold
    return links


def _degrees(normalised: sparse.csr_matrix, members: np.ndarray, threshold: float) -> np.ndarray:
    """How many sentences each of the `members` is linked to: its degree in sumy's graph."""
    degrees = np.zeros(len(members), dtype=np.int64)
    for _, similarity, linked in _linked_blocks(normalised, members, threshold):
        degrees += np.bincount(similarity.indices[linked], minlength=len(members))
    return degrees


def _linked_blocks(normalised: sparse.csr_matrix, members: np.ndarray,
                   threshold: float) -> Iterator[tuple[int, sparse.csr_matrix, np.ndarray]]:
    """Cosines of every sentence with the `members`, a block of rows at a time (to bound memory):
    (first row, block × members similarities, which of their stored values are links)."""
    count = normalised.shape[0]
    members_t = normalised[members].T.tocsr()
    block = max(1, _BLOCK_CELLS // max(1, len(members)))
    for start in range(0, count, block):
        rows = normalised if block >= count else normalised[start:start + block]
        similarity = (rows @ members_t).tocsr()
        yield start, similarity, similarity.data > threshold


class SparseLexRankSummarizer(LexRankSummarizer):
    """sumy's LexRankSummarizer (same stemming, stop words and ranking) on sparse matrices."""

    def term(self, word: str) -> str | None:
        """The word's LexRank term, as sumy's `_to_words_set` makes it: None for a stop word."""
        word = self.normalize_word(word)
        return None if word in self._stop_words else self.stem_word(word)

    def __call__(self, document, sentences_count):
        if not document.sentences:
            return ()
        index = TermIndex(self.term)
        scores = thresholded_scores(term_rows([sentence.words for sentence in document.sentences], index),
                                    self.threshold, self.epsilon)
        ratings = {sentence: score for sentence, score in zip(document.sentences, scores)}
        return self._get_best_sentences(document.sentences, sentences_count, ratings)
