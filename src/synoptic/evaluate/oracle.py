"""Greedy extractive ROUGE oracle: sentences and references → the best summary greed finds.

The ceiling for sentence extraction that the literature reports (e.g. Nallapati
et al. 2017's greedy labels, Fabbri et al. 2019's Multi-News oracle): start
empty, and add the sentence that most increases ROUGE-1 + ROUGE-2 (the target
measure, averaged over the references, exactly as `synoptic.evaluate.rouge`
scores), until the word budget is spent or no sentence helps. The last
sentence may be cut at the budget, as the runner will cut it.

Tokens are rouge-score's own (lower-case alphanumerics, Porter-stemmed), and
bigrams run across sentence boundaries as they do when rouge-score scores the
joined summary, so the objective is the score, not an approximation of it.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from synoptic.evaluate.rouge import Measure

__all__ = ["oracle_summary"]


@dataclass(slots=True)
class _Reference:
    unigrams: Counter[str]
    bigrams: Counter[tuple[str, str]]


def _tokenizer() -> Any:
    from rouge_score.tokenizers import DefaultTokenizer

    return DefaultTokenizer(use_stemmer=True)


def _score(hit: int, candidate: int, reference: int, measure: Measure) -> float:
    if reference == 0 or candidate == 0:
        return 0.0
    recall = hit / reference
    if measure == "recall":
        return recall
    precision = hit / candidate
    return 0.0 if hit == 0 else 2 * precision * recall / (precision + recall)


def _objective(tokens: Sequence[str], references: Sequence[_Reference], measure: Measure) -> float:
    """Mean over references of ROUGE-1 + ROUGE-2 of a token sequence."""
    unigrams = Counter(tokens)
    bigrams = Counter(itertools.pairwise(tokens))
    n1, n2 = len(tokens), max(len(tokens) - 1, 0)
    total = 0.0
    for ref in references:
        hit1 = sum(min(c, ref.unigrams[g]) for g, c in unigrams.items() if g in ref.unigrams)
        hit2 = sum(min(c, ref.bigrams[g]) for g, c in bigrams.items() if g in ref.bigrams)
        total += _score(hit1, n1, ref.unigrams.total(), measure)
        total += _score(hit2, n2, ref.bigrams.total(), measure)
    return total / len(references)


def oracle_summary(
    sentences: Sequence[str],
    references: Sequence[str],
    *,
    words: int,
    measure: Measure = "recall",
    leans_on: Sequence[int | None] | None = None,
) -> list[str]:
    """The greedy oracle's summary.

    Args:
        sentences: Every candidate sentence.
        references: The reference summaries it is scored against.
        words: Word budget (whitespace words).
        measure: ``recall`` or ``f1``: what the greedy search maximises.
        leans_on: For each sentence, the index of the one it may only follow
            (a dangling sentence's predecessor, as synoptic's selection ties
            them), or None. Such a sentence is a candidate once that one is
            chosen, and together with it, as one step, while it is not.

    Returns:
        The chosen sentences in the order chosen (the last possibly cut; a
        sentence taken with the one it leans on right after it).
    """
    if not references or not sentences:
        return []
    tokenizer = _tokenizer()
    refs = []
    for reference in references:
        tokens = tokenizer.tokenize(reference)
        refs.append(_Reference(Counter(tokens), Counter(itertools.pairwise(tokens))))
    split = [s.split() for s in sentences]
    tokens = [tokenizer.tokenize(s) for s in sentences]
    needs = list(leans_on) if leans_on is not None else [None] * len(sentences)
    chosen: list[str] = []
    taken: set[int] = set()
    summary_tokens: list[str] = []
    used = 0
    best = 0.0
    remaining = [i for i in range(len(sentences)) if tokens[i]]
    while used < words and remaining:
        left = words - used
        pick: tuple[int, ...] = ()
        pick_tokens: list[str] = []
        pick_texts: list[str] = []
        for step in _steps(remaining, needs, taken):
            texts, candidate, room = [], [], left
            for i in step:
                if room <= 0:
                    break
                if len(split[i]) <= room:
                    texts.append(sentences[i])
                    candidate += tokens[i]
                else:
                    texts.append(" ".join(split[i][:room]))
                    candidate += tokenizer.tokenize(texts[-1])
                room -= len(texts[-1].split())
            value = _objective(summary_tokens + candidate, refs, measure)
            if value > best + 1e-12:
                best, pick, pick_tokens, pick_texts = value, step, candidate, texts
        if not pick:
            break
        chosen.extend(pick_texts)
        summary_tokens.extend(pick_tokens)
        used += sum(len(t.split()) for t in pick_texts)
        taken.update(pick)
        remaining = [i for i in remaining if i not in taken]
    return chosen


def _steps(
    remaining: Sequence[int], needs: Sequence[int | None], taken: set[int]
) -> list[tuple[int, ...]]:
    """What one greedy step may add: a free sentence alone, one whose predecessor
    is taken, or a sentence with the predecessor it leans on (which must itself be
    free or follow a taken one)."""
    steps: list[tuple[int, ...]] = []
    for i in remaining:
        need = needs[i]
        if need is None or need in taken:
            steps.append((i,))
        elif needs[need] is None or needs[need] in taken:
            steps.append((need, i))
    return steps
