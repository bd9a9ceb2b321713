"""Concepts: the units of information a summary should cover.

Following Gillick & Favre (2009), "A Scalable Global Model for Summarization"
(ICSISumm), a concept is a stemmed word bigram that is not made of two
stopwords, tokenised as ROUGE tokenises (so what selection optimises is what
ROUGE-2 measures). A concept's weight counts the articles that carry it, each
article's vote raised when the concept comes early there: outlets put what
matters first, and a fact several outlets report is more central than one
outlet's aside.

Everything is computed on integer ids with numpy, per call (no global state):
a 10-article cluster takes about a millisecond.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np
from numpy.typing import NDArray

from synoptic.arrays import distinct, unique_inverse
from synoptic.linking import link_groups
from synoptic.text.tokens import STOPWORDS, stem_table

__all__ = [
    "ConceptMatrix",
    "Incidence",
    "build_concepts",
    "weigh_concepts",
    "wire_versions",
]

IntArray = NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class Incidence:
    """A sparse 0/1 sentence × concept matrix as its (row, column) pairs.

    Attributes:
        rows: Sentence of each pair, ascending.
        cols: Concept of each pair (ascending within a row).
        shape: ``(n_sentences, n_concepts)``.
    """

    rows: IntArray
    cols: IntArray
    shape: tuple[int, int]

    def dense(self, rows: IntArray, cols: IntArray | None = None) -> NDArray[np.float64]:
        """The sub-matrix of the given rows and columns, dense.

        Args:
            rows: Sentences, in the order wanted.
            cols: Concepts, in the order wanted; when None, those the rows
                hold, ascending.
        """
        row_at = np.full(self.shape[0], -1)
        row_at[rows] = np.arange(len(rows))
        keep = row_at[self.rows] >= 0
        if cols is None:
            cols = distinct(self.cols[keep])
        col_at = np.full(self.shape[1], -1)
        col_at[cols] = np.arange(len(cols))
        keep &= col_at[self.cols] >= 0
        out = np.zeros((len(rows), len(cols)))
        out[row_at[self.rows[keep]], col_at[self.cols[keep]]] = 1.0
        return out

    def row(self, i: int) -> IntArray:
        """The concepts of sentence ``i``."""
        start, end = np.searchsorted(self.rows, [i, i + 1])
        return self.cols[start:end]

    def beside(self, other: Incidence) -> Incidence:
        """This matrix and ``other`` (same sentences) side by side: its columns follow ours."""
        rows = np.concatenate([self.rows, other.rows])
        cols = np.concatenate([self.cols, other.cols + self.shape[1]])
        # Each part is sorted by (row, column) and ours come first: a stable
        # sort by row alone keeps every row's columns ascending (a radix sort,
        # a fifth of `np.lexsort`'s cost on the two keys).
        order = np.argsort(rows, kind="stable")
        return Incidence(
            rows=rows[order],
            cols=cols[order],
            shape=(self.shape[0], self.shape[1] + other.shape[1]),
        )


@dataclass(frozen=True, slots=True)
class ConceptMatrix:
    """Which sentence holds which concept.

    Attributes:
        bigrams: Incidence of bigram concepts.
        unigrams: Incidence of content stems (non-stopword unigrams).
        shingles: Incidence of word 5-grams (exact tokens, within a sentence),
            the fingerprint of wire copy (`wire_versions`).
    """

    bigrams: Incidence
    unigrams: Incidence
    shingles: Incidence


def _incidence(rows: IntArray, codes: IntArray, n_rows: int) -> Incidence:
    """The 0/1 incidence with a 1 at (row, column of code) for each pair."""
    _, cols = unique_inverse(codes)
    n_cols = int(cols.max()) + 1 if len(cols) else 0
    pairs = distinct(rows * max(n_cols, 1) + cols)
    return Incidence(
        rows=pairs // max(n_cols, 1), cols=pairs % max(n_cols, 1), shape=(n_rows, n_cols)
    )


def build_concepts(
    tokens: Sequence[Sequence[str]], stems: Mapping[str, str] | None = None
) -> ConceptMatrix:
    """Bigram and unigram concepts of tokenised sentences.

    Args:
        tokens: Each sentence's lower-case tokens (`synoptic.text.tokenize`).
        stems: The tokens' stems (`synoptic.text.tokens.stem_table`), when the
            caller has them; tokens it lacks are stemmed here.

    Returns:
        The sentence × concept incidence matrices.
    """
    n = len(tokens)
    flat = list(chain.from_iterable(tokens))
    vocab = {t: i for i, t in enumerate(dict.fromkeys(flat))}
    ids = np.fromiter(map(vocab.__getitem__, flat), dtype=np.int64, count=len(flat))
    if stems is None:
        table: Mapping[str, str] = stem_table(vocab)
    else:
        # A trimmed dateline's sentence is tokenised anew: its tokens may be new to the table.
        missing = [t for t in vocab if t not in stems]
        table = {**stems, **stem_table(missing)} if missing else stems
    # map() over C-level callables: a third of the cost of generator loops here.
    stemmed = list(map(table.__getitem__, vocab))
    stem_ids = {s: i for i, s in enumerate(dict.fromkeys(stemmed))}
    stem_of = np.fromiter(map(stem_ids.__getitem__, stemmed), dtype=np.int64, count=len(vocab))
    stop_of = np.fromiter(map(STOPWORDS.__contains__, vocab), dtype=bool, count=len(vocab))
    sentence = np.repeat(np.arange(n, dtype=np.int64), [len(t) for t in tokens])
    stem_at, stops = stem_of[ids], stop_of[ids]
    keep = (sentence[:-1] == sentence[1:]) & ~(stops[:-1] & stops[1:])
    codes = stem_at[:-1][keep] * max(len(stem_ids), 1) + stem_at[1:][keep]
    # A 5-gram as one integer in base len(vocab): exact up to a 6,000-word
    # vocabulary, a hash (int64 wrap-around) beyond, which is all a fingerprint needs.
    base = max(len(vocab), 1)
    inside = sentence[:-4] == sentence[4:] if len(ids) > 4 else np.zeros(0, dtype=bool)
    grams = np.zeros(int(inside.sum()), dtype=np.int64)
    for k in range(5):
        grams = grams * base + ids[k : len(ids) - 4 + k][inside]
    return ConceptMatrix(
        bigrams=_incidence(sentence[:-1][keep], codes, n),
        unigrams=_incidence(sentence[~stops], stem_at[~stops], n),
        shingles=_incidence(sentence[:-4][inside], grams, n),
    )


def wire_versions(shingles: Incidence, article: IntArray, threshold: float) -> IntArray:
    """Number the articles so that versions of one wire story share a number.

    Two articles are versions of one story (an agency's update, a paper's edit
    of the same copy) when the Jaccard overlap of their word 5-gram sets
    reaches ``threshold``; versions linked through a third count as one too.
    Articles that tell a story in their own words share almost no 5-grams.

    Args:
        shingles: Sentence × 5-gram incidence (`ConceptMatrix.shingles`).
        article: Each sentence's article number, ``0..k-1``.
        threshold: Least Jaccard overlap of two versions' 5-gram sets.

    Returns:
        Each sentence's story number, ``0..g-1``, numbered by first article.
    """
    n_articles = int(article.max()) + 1 if len(article) else 0
    # Each article's distinct 5-grams, sorted by 5-gram; only those two or more
    # articles share need comparing, as one small (articles × shared) product.
    m = max(shingles.shape[1], 1)
    owned = distinct(shingles.cols * n_articles + article[shingles.rows])
    gram, owner = owned // n_articles, owned % n_articles
    sizes = np.bincount(owner, minlength=n_articles)
    shared = np.bincount(gram, minlength=m)[gram] >= 2
    _, column = unique_inverse(gram[shared])
    holds = np.zeros((n_articles, int(column.max()) + 1 if len(column) else 0), dtype=np.float32)
    holds[owner[shared], column] = 1.0
    common = holds @ holds.T

    def versions(i: int, j: int) -> bool:
        both = float(common[i, j])
        return both > 0 and both >= threshold * (sizes[i] + sizes[j] - both)

    number = np.zeros(n_articles, dtype=np.int64)
    for k, group in enumerate(link_groups(n_articles, versions)):
        number[group] = k
    return number[article]


def weigh_concepts(
    incidence: Incidence,
    *,
    article: IntArray,
    position: IntArray,
    min_articles: int,
    position_bonus: float,
    position_decay: float,
) -> NDArray[np.float64]:
    """Weight every concept by the articles that carry it, early mentions counting more.

    Each article that contains a concept adds ``1 + position_bonus *
    position_decay ** i`` to its weight, where ``i`` is the index of the
    article's first sentence that contains it. A concept found in fewer than
    ``min_articles`` articles weighs 0.

    Args:
        incidence: Sentence × concept incidence.
        article: Each sentence's article number.
        position: Each sentence's index in its article.
        min_articles: Least number of articles a concept must appear in.
        position_bonus: Extra vote for a concept in an article's first sentence.
        position_decay: Per-sentence decay of that extra vote, in (0, 1].

    Returns:
        One weight per concept (column).
    """
    m = incidence.shape[1]
    rows, cols = incidence.rows, incidence.cols
    n_articles = int(article.max()) + 1 if len(article) else 1
    # One sort of (concept, article, position) packed into an int64: each
    # (concept, article) run opens with the article's first mention.
    spread = int(position.max()) + 1 if len(position) else 1
    packed = np.sort((cols * n_articles + article[rows]) * spread + position[rows])
    pair = packed // spread
    first = np.ones(len(pair), dtype=bool)
    first[1:] = pair[1:] != pair[:-1]
    concept = pair[first] // n_articles
    votes = 1.0 + position_bonus * position_decay ** (packed[first] % spread).astype(float)
    weights = np.bincount(concept, weights=votes, minlength=m).astype(np.float64)
    df = np.bincount(concept, minlength=m)
    weights[df < min_articles] = 0.0
    return weights
