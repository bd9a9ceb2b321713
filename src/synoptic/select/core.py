"""Choose a summary's sentences: candidates, concepts, coverage ILP, order.

The method (ICSISumm-style concept coverage, Gillick & Favre 2009, with the
position weighting of later work):

1. Canonical order: articles by (date, id), sentences by index, so that the
   input order never matters.
2. Candidates: sentences of a sensible length that are not questions,
   fragments, quote openings or boilerplate (`context.is_unfit`); a wire
   dateline is trimmed off by narrowing the sentence's offsets. A sentence that
   leans on its predecessor (`context.is_dangling`) stays a candidate only
   together with that predecessor.
3. Near-duplicates (the same sentence from two outlets, wire copy) collapse to
   the first in canonical order.
4. Concepts (stemmed bigrams) weighted by the articles carrying them, early
   mentions counting more (`concepts.weigh_concepts`).
5. The coverage ILP (`ilp.solve_coverage`) on the best-scoring candidates picks
   the sentences within the word budget; `order.order_sentences` orders them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, cast

import numpy as np
from scipy.sparse import csr_array

from synoptic.model import Article, Sentence
from synoptic.select.concepts import Concept, sentence_concepts, weigh_concepts
from synoptic.select.context import is_dangling, is_unfit, trim_dateline
from synoptic.select.ilp import solve_coverage
from synoptic.select.order import order_sentences

__all__ = ["SelectParams", "select_with"]


@dataclass(frozen=True, slots=True, kw_only=True)
class SelectParams:
    """The tuned constants of selection (see benchmarks/tune_select.py).

    Attributes:
        min_words: Shortest candidate sentence, in words.
        max_words: Longest candidate sentence, in words.
        min_articles: A concept must appear in at least this many articles
            (fewer when the cluster has fewer articles).
        position_bonus: Extra vote for a concept in an article's first sentence.
        position_decay: Per-sentence decay of that extra vote.
        duplicate: Cosine (over content stems) at or above which two sentences
            count as the same sentence.
        max_candidates: Candidates kept for the ILP, best concept score first.
        length_reward: Objective gain per word, relative to the mean concept
            weight (fills the budget when concepts run out).
        allow_dangling: Whether a dangling sentence may follow its predecessor.
    """

    min_words: int = 8
    max_words: int = 60
    min_articles: int = 3
    position_bonus: float = 0.0
    position_decay: float = 0.9
    duplicate: float = 0.7
    max_candidates: int = 80
    length_reward: float = 0.0
    allow_dangling: bool = True


@dataclass(frozen=True, slots=True)
class _Unit:
    sentence: Sentence
    rank: int
    words: int
    concepts: frozenset[Concept]
    stems: frozenset[str]
    dangling: bool
    fit: bool


def _article_ranks(sentences: Sequence[Sentence], articles: Sequence[Article]) -> dict[str, int]:
    """Rank of each article id by (date, id): dated articles first, oldest first."""
    keys: dict[str, tuple[int, str, str]] = {}
    for a in articles:
        keys[a.id] = (0, a.date.isoformat(), a.id) if a.date else (1, "", a.id)
    for s in sentences:
        keys.setdefault(s.article_id, (1, "", s.article_id))
    return {aid: r for r, aid in enumerate(sorted(keys, key=keys.__getitem__))}


def _units(sentences: Sequence[Sentence], ranks: dict[str, int], p: SelectParams) -> list[_Unit]:
    units = []
    for s in sorted(sentences, key=lambda s: (ranks[s.article_id], s.index)):
        cut = trim_dateline(s.text)
        if cut:
            # Typed loosely: mypy does not see through model.py's ``frozen`` alias.
            s = replace(cast(Any, s), start=s.start + cut, text=s.text[cut:])
        concepts, stems = sentence_concepts(s.text)
        n_words = len(s.text.split())
        fit = p.min_words <= n_words <= p.max_words and not is_unfit(s.text)
        units.append(
            _Unit(s, ranks[s.article_id], n_words, concepts, stems, is_dangling(s.text), fit)
        )
    return units


def _duplicates(units: Sequence[_Unit], threshold: float) -> set[int]:
    """Indices of units that repeat an earlier unit (cosine over content stems)."""
    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for i, u in enumerate(units):
        for stem in u.stems:
            rows.append(i)
            cols.append(vocab.setdefault(stem, len(vocab)))
    if not rows:
        return set()
    x = csr_array((np.ones(len(rows)), (rows, cols)), shape=(len(units), len(vocab)))
    overlap = (x @ x.T).toarray()
    norms = np.sqrt(np.maximum(np.diag(overlap), 1.0))
    cosine = np.triu(overlap / np.outer(norms, norms), k=1)
    dropped: set[int] = set()
    for i, k in zip(*np.nonzero(cosine >= threshold), strict=True):
        if int(i) not in dropped:
            dropped.add(int(k))
    return dropped


def select_with(
    sentences: Sequence[Sentence], *, articles: Sequence[Article], words: int, params: SelectParams
) -> tuple[Sentence, ...]:
    """`synoptic.select.select_sentences` with explicit constants (for tuning)."""
    if words <= 0 or not sentences:
        return ()
    p = params
    ranks = _article_ranks(sentences, articles)
    units = _units(sentences, ranks, p)

    by_article: dict[int, list[frozenset[Concept]]] = {}
    for u in units:
        by_article.setdefault(u.rank, []).append(u.concepts)
    n_articles = len(by_article)
    weights = weigh_concepts(
        [by_article[r] for r in sorted(by_article)],
        min_articles=max(1, min(p.min_articles, math.ceil(n_articles / 2))),
        position_bonus=p.position_bonus,
        position_decay=p.position_decay,
    )

    # Candidates: fit, fitting the budget, not a repeat; a dangling one only
    # when its predecessor is a candidate too.
    position = {u.sentence.key: i for i, u in enumerate(units)}
    pool = [i for i, u in enumerate(units) if u.fit and u.words <= words]
    repeats = {pool[k] for k in _duplicates([units[i] for i in pool], p.duplicate)}
    pool = [i for i in pool if i not in repeats]
    score = {i: sum(weights.get(c, 0.0) for c in units[i].concepts) for i in pool}
    pool = sorted(pool, key=lambda i: (-score[i], i))[: p.max_candidates]
    chosen_pool = set(pool)
    needs: dict[int, int] = {}
    for i in sorted(pool):
        u = units[i]
        if not u.dangling:
            continue
        prev = position.get((u.sentence.article_id, u.sentence.index - 1))
        if p.allow_dangling and prev in chosen_pool and not _orphaned(prev, needs, units):
            needs[i] = prev
        else:
            chosen_pool.discard(i)
    pool = sorted(chosen_pool)
    if not pool:
        return ()

    concept_index: dict[Concept, int] = {}
    sentence_concept_ids = []
    for i in pool:
        ids = []
        for c in units[i].concepts:
            if c in weights:
                ids.append(concept_index.setdefault(c, len(concept_index)))
        sentence_concept_ids.append(sorted(ids))
    concept_weights = [0.0] * len(concept_index)
    for c, j in concept_index.items():
        concept_weights[j] = weights[c]
    mean_weight = float(np.mean(concept_weights)) if concept_weights else 1.0
    local = {i: k for k, i in enumerate(pool)}
    picked = solve_coverage(
        sentence_concept_ids,
        [units[i].words for i in pool],
        concept_weights,
        words,
        requires=[(local[i], local[q]) for i, q in needs.items()],
        length_reward=p.length_reward * mean_weight,
    )
    chosen = [units[pool[k]].sentence for k in picked]
    attached = frozenset(units[i].sentence.key for i in needs)
    return order_sentences(chosen, article_rank=ranks, attached=attached)


def _orphaned(i: int, needs: dict[int, int], units: Sequence[_Unit]) -> bool:
    """Whether unit ``i`` is dangling yet has no admitted predecessor."""
    return units[i].dangling and i not in needs
