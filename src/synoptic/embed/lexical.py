"""Model-free lexical sentence vectors: hashed TF-IDF over stemmed content words.

Takes texts, returns one L2-normalised float32 ``(n, DIMENSION)`` array. This is
the fast path's embedder (``synoptic batch`` over thousands of clusters): no model
to load, deterministic, a few hundred microseconds per cluster of sentences.

Features are the stemmed content words of `synoptic.text.content_words` (number
words read as digits: "four" = "4") and
their adjacent pairs (bigrams, weighted `BIGRAM_WEIGHT`), hashed with CRC-32 and
folded into `DIMENSION` columns with a hash-derived sign, the "hashing trick"
(Weinberger et al., 2009, "Feature Hashing for Large Scale Multitask Learning",
https://arxiv.org/abs/0902.2206): the sign makes collisions cancel on average
instead of adding up.

Term frequencies are sublinear (``1 + log tf``). IDF is computed over the texts
passed to one `encode` call, each text a document: callers pass one story's
sentences, so a word every outlet repeats ("Kerry") weighs less than the detail
that tells two claims apart. The same text can therefore get a slightly
different vector in a different batch; similarities within one call are what
the vectors are for.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np
from numpy.typing import NDArray

from synoptic.arrays import first_occurrences, unique_inverse
from synoptic.text.tokens import STOPWORDS, stem, stem_table, tokenize

__all__ = ["DIMENSION", "LexicalEmbedder", "LexicalRows"]

DIMENSION = 2048
BIGRAM_WEIGHT = 0.5


# Number words read as digits, so "four hours" and "4 hours" share features.
_NUMBER_STEMS = dict(
    zip(
        map(
            stem,
            "one two three four five six seven eight nine ten eleven twelve twenty thirty forty"
            " fifty sixty seventy eighty ninety hundred thousand million billion".split(),
        ),
        "1 2 3 4 5 6 7 8 9 10 11 12 20 30 40 50 60 70 80 90 100 1000 1000000 1000000000".split(),
        strict=True,
    )
)


# zlib's CRC-32 register advanced over one zero byte, by the register's low byte
# (the standard table): crc32(b"\0", r) ^ crc32(b"\0", 0) for r < 256.
_CRC_TABLE = np.array(
    [zlib.crc32(b"\0", r) ^ zlib.crc32(b"\0", 0) for r in range(256)], dtype=np.uint32
)


def _advance(crcs: NDArray[np.uint32], nbytes: NDArray[np.intp]) -> NDArray[np.uint32]:
    """Each CRC-32 value advanced over its number of zero bytes (the linear part of
    `zlib.crc32` continued over that many bytes)."""
    order = np.argsort(-nbytes, kind="stable")
    x, steps = crcs[order], nbytes[order]
    # Longest first: step k advances the first `active[k]` values.
    active = np.searchsorted(-steps, -np.arange(int(steps.max(initial=0))), side="left")
    for a in active.tolist():
        head = x[:a]
        x[:a] = _CRC_TABLE[head & 0xFF] ^ (head >> 8)
    out = np.empty_like(x)
    out[order] = x
    return out


def _first_occurrences(keys: NDArray[np.intp]) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """Where each distinct key first occurs, in order, and how often it occurs."""
    _, first, inverse, counts = first_occurrences(keys)
    at = np.zeros(len(keys), dtype=bool)
    at[first] = True
    where = np.flatnonzero(at)
    return where, counts[inverse[where]]


@dataclass(frozen=True, slots=True, kw_only=True)
class LexicalRows:
    """Unit-length lexical vectors of texts, kept sparse (compressed rows).

    Row ``i`` holds ``values[indptr[i]:indptr[i + 1]]`` in the columns
    ``columns[indptr[i]:indptr[i + 1]]`` (distinct within a row); `dense` gives
    exactly what `LexicalEmbedder.encode` returns. A story's sentences hold a few
    dozen features each out of `DIMENSION` columns, so comparing a handful of
    rows with all of them (`similarities`) costs far less than building the
    dense array.
    """

    indptr: NDArray[np.intp]
    columns: NDArray[np.intp]
    values: NDArray[np.float32]
    dimension: int

    def __len__(self) -> int:
        return len(self.indptr) - 1

    def dense(self, rows: Sequence[int] | None = None) -> NDArray[np.float32]:
        """The rows (all by default) as a dense float32 ``(k, dimension)`` array."""
        picked = range(len(self)) if rows is None else rows
        out = np.zeros((len(picked), self.dimension), dtype=np.float32)
        for k, row in enumerate(picked):
            span = slice(self.indptr[row], self.indptr[row + 1])
            out[k, self.columns[span]] = self.values[span]
        return out

    def similarities(self, rows: Sequence[int]) -> NDArray[np.float32]:
        """Cosine similarities of the given rows with every row: a ``(k, n)`` array."""
        picked = self.dense(rows)
        lengths = np.diff(self.indptr)
        owner = np.repeat(np.arange(len(self)), lengths)
        products = picked[:, self.columns].astype(np.float64) * self.values
        out = np.empty((len(picked), len(self)), dtype=np.float32)
        for k in range(len(picked)):
            out[k] = np.bincount(owner, weights=products[k], minlength=len(self))
        return out


class LexicalEmbedder:
    """Hashed TF-IDF vectors; see the module docstring.

    Args:
        dimension: Number of columns the hashed features are folded into.
    """

    name = "lexical"

    def __init__(self, dimension: int = DIMENSION) -> None:
        self.dimension = dimension

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """Embed texts; see `synoptic.embed.Embedder.encode`. IDF is over ``texts``."""
        return self.encode_rows(texts).dense()

    def encode_rows(
        self,
        texts: Sequence[str],
        *,
        words: Sequence[Sequence[str]] | None = None,
        stems: Mapping[str, str] | None = None,
    ) -> LexicalRows:
        """The vectors `encode` returns, kept sparse. IDF is over ``texts``.

        ``words``, when given, is each text's `synoptic.text.tokenize` tokens, and
        ``stems`` a `synoptic.text.tokens.stem_table` holding each of them (both
        computed once for the cluster by `synoptic.pipeline.summarize`).

        A text's features are its content stems, then their bigrams, each in
        order of first occurrence, with their counts. They are counted with
        integer codes over the whole batch rather than text by text (DUC 2003 t2:
        0.6x the time, timed alternately in one process), in that same order per
        text: features of one text that fold into one column add up in entry
        order, so the floats are the text-by-text route's to the bit
        (tests/unit/embed/test_lexical.py).
        """
        tokens = [tokenize(t) for t in texts] if words is None else words
        n = len(texts)
        flat = list(chain.from_iterable(tokens))
        table = stem_table(flat) if stems is None else stems
        index = dict(zip(table, range(len(table)), strict=True))
        # Each distinct token's unigram feature: its stem, number words read as
        # digits ("four" and "4" share one); -1 for a stopword. (map() over C
        # callables: a third of the cost of a generator here.)
        stemmed = list(map(table.__getitem__, index))
        mapped = list(map(_NUMBER_STEMS.get, stemmed, stemmed))
        unigrams = {f: k for k, f in enumerate(dict.fromkeys(mapped))}
        feature_of = np.fromiter(
            map(unigrams.__getitem__, mapped), dtype=np.intp, count=len(mapped)
        )
        feature_of[
            np.fromiter(map(STOPWORDS.__contains__, index), dtype=bool, count=len(index))
        ] = -1
        m = max(len(unigrams), 1)
        ids = np.fromiter(map(index.__getitem__, flat), dtype=np.intp, count=len(flat))
        owner = np.repeat(np.arange(n, dtype=np.intp), [len(t) for t in tokens])
        found = feature_of[ids]
        content = found >= 0
        found, owner = found[content], owner[content]
        # Bigram features: adjacent content words of one text, numbered m, m + 1, ...
        adjacent = owner[:-1] == owner[1:]
        pairs, pair_id = unique_inverse(found[:-1][adjacent] * m + found[1:][adjacent])
        b = max(len(pairs), 1)
        # One entry per (text, feature), at its first occurrence, with its count:
        # in stream order, so each text's unigrams, then (a stable sort by text
        # keeps them apart) its bigrams, each by first occurrence.
        uni_at, uni_count = _first_occurrences(owner * m + found)
        pair_owner = owner[:-1][adjacent]
        bi_at, bi_count = _first_occurrences(pair_owner * b + pair_id)
        owners = np.concatenate([owner[uni_at], pair_owner[bi_at]])
        order = np.argsort(owners, kind="stable")
        entry = np.concatenate([found[uni_at], m + pair_id[bi_at]])[order]
        owner = owners[order]
        counts = np.concatenate([uni_count, bi_count])[order]
        indptr = np.zeros(n + 1, dtype=np.intp)
        if not len(entry):
            return LexicalRows(
                indptr=indptr,
                columns=np.zeros(0, dtype=np.intp),
                values=np.zeros(0, dtype=np.float32),
                dimension=self.dimension,
            )
        # Hash each distinct feature once. CRC-32 is affine in its start value:
        # crc32(b, start) = advance(start, len(b)) ^ crc32(b), advance being the
        # register run over zero bytes, so every bigram "a b" is hashed at once.
        encoded = [f.encode("utf-8") for f in unigrams]
        crcs = np.fromiter(map(zlib.crc32, encoded), dtype=np.uint32, count=len(encoded))
        spaced = _advance(crcs, np.ones(len(crcs), dtype=np.intp)) ^ np.uint32(zlib.crc32(b" "))
        left, right = np.divmod(pairs, m)
        nbytes = np.fromiter(map(len, encoded), dtype=np.intp, count=len(encoded))
        hashes = np.concatenate([crcs, _advance(spaced[left], nbytes[right]) ^ crcs[right]]).astype(
            np.uint64
        )
        tfs = 1.0 + np.log(counts.astype(np.float64))
        tfs[entry >= m] *= BIGRAM_WEIGHT
        # Document frequency per hash: features that share a hash count together.
        unique, hash_of = unique_inverse(hashes)
        inverse = hash_of[entry]
        df = np.bincount(inverse, minlength=len(unique))
        # Smoothed IDF (as scikit-learn's TfidfVectorizer): never zero, never negative.
        idf = np.log((1.0 + len(texts)) / (1.0 + df)) + 1.0
        signs = np.where((unique >> np.uint64(31)) & np.uint64(1), -1.0, 1.0)
        values = tfs * (idf * signs)[inverse]
        columns = (unique % self.dimension).astype(np.intp)[inverse]
        # Features of one text that fold into one column add up (in entry order).
        cells, slot = unique_inverse(owner * self.dimension + columns)
        summed = np.bincount(slot, weights=values)
        cell_owner = cells // self.dimension
        norms = np.sqrt(np.bincount(cell_owner, weights=summed * summed, minlength=len(texts)))
        norms[norms == 0] = 1.0  # a row with nothing to embed stays all zeros
        summed = summed / norms[cell_owner]
        np.cumsum(np.bincount(cell_owner, minlength=len(texts)), out=indptr[1:])
        return LexicalRows(
            indptr=indptr,
            columns=(cells % self.dimension).astype(np.intp),
            values=summed.astype(np.float32),
            dimension=self.dimension,
        )
