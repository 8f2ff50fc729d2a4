"""LexRank with sparse matrices: sumy's algorithm, without its dense n×n Python loops.

sumy's LexRankSummarizer fills an n×n matrix cell by cell (2,000 sentences: ~35 s here).  The
same computation as sparse linear algebra: sentences as rows of a TF-IDF matrix W (sumy's own
tf = count/max count and idf = log(n / (1 + df))), cosine similarities S = Ŵ Ŵᵀ, thresholded at
0.1, row-normalised, then sumy's power method: exact, it ranks sentences as sumy does.  For
events above EXACT_LIMIT sentences, `preselect` never forms S: continuous LexRank centrality
(Erkan & Radev) takes two sparse products per iteration, p ← Ŵ(Ŵᵀ(p / d)), linear in the number
of words, and the best CANDIDATES sentences go on to the exact ranking.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
from scipy import sparse
from sumy.summarizers.lex_rank import LexRankSummarizer

EXACT_LIMIT = 3000
CANDIDATES = 2000
CONTINUOUS_ITERATIONS = 50


def tfidf_rows(sentences_words: Sequence[Sequence[str]]) -> sparse.csr_matrix:
    """Row-normalised TF-IDF vectors with sumy's LexRank definitions of tf and idf."""
    vocabulary: dict[str, int] = {}
    rows, columns, values = [], [], []
    for row, words in enumerate(sentences_words):
        counts = Counter(words)
        if not counts:
            continue
        most = max(counts.values())
        for term, count in counts.items():
            rows.append(row)
            columns.append(vocabulary.setdefault(term, len(vocabulary)))
            values.append(count / most)
    shape = (len(sentences_words), max(1, len(vocabulary)))
    tf = sparse.csr_matrix((values, (rows, columns)), shape=shape, dtype=np.float64)
    document_frequency = np.bincount(columns, minlength=shape[1]) if columns else np.zeros(shape[1])
    idf = np.log(len(sentences_words) / (1.0 + document_frequency))
    weighted = tf @ sparse.diags(idf)
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    inverse = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    return sparse.csr_matrix(sparse.diags(inverse) @ weighted)


def thresholded_scores(normalised: sparse.csr_matrix, threshold: float = 0.1, epsilon: float = 0.1) -> np.ndarray:
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


def continuous_centrality(normalised: sparse.csr_matrix, iterations: int = CONTINUOUS_ITERATIONS) -> np.ndarray:
    """Continuous LexRank without forming S: every product goes through the sparse Ŵ and Ŵᵀ."""
    count = normalised.shape[0]
    transposed = normalised.T.tocsr()
    degrees = normalised @ (transposed @ np.ones(count))
    degrees[degrees <= 0] = 1.0
    scores = np.full(count, 1.0 / count)
    for _ in range(iterations):
        following = normalised @ (transposed @ (scores / degrees))
        total = following.sum()
        if total <= 0:
            break
        following /= total
        if np.abs(following - scores).sum() < 1e-9:
            scores = following
            break
        scores = following
    return scores


def preselect(sentences_words: Sequence[Sequence[str]], keep: int) -> list[int]:
    """Indices of the `keep` most central sentences by continuous LexRank, in order of centrality."""
    centrality = continuous_centrality(tfidf_rows(sentences_words))
    return np.argsort(-centrality, kind="stable")[:keep].tolist()


class SparseLexRankSummarizer(LexRankSummarizer):
    """sumy's LexRankSummarizer (same stemming, stop words and ranking) on sparse matrices."""

    def _to_words_set(self, sentence):
        """As sumy's, with each word's stem computed once (Snowball is the slow part on big events)."""
        stems = self.__dict__.setdefault("_stems", {})
        result = []
        for word in sentence.words:
            word = word.lower()
            if word in self._stop_words:
                continue
            stem = stems.get(word)
            if stem is None:
                stem = stems[word] = self.stem_word(word)
            result.append(stem)
        return result

    def __call__(self, document, sentences_count):
        sentences_words = [self._to_words_set(sentence) for sentence in document.sentences]
        if not sentences_words:
            return ()
        scores = thresholded_scores(tfidf_rows(sentences_words), self.threshold, self.epsilon)
        ratings = {sentence: score for sentence, score in zip(document.sentences, scores)}
        return self._get_best_sentences(document.sentences, sentences_count, ratings)
