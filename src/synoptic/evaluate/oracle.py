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
) -> list[str]:
    """The greedy oracle's summary.

    Args:
        sentences: Every candidate sentence.
        references: The reference summaries it is scored against.
        words: Word budget (whitespace words).
        measure: ``recall`` or ``f1``: what the greedy search maximises.

    Returns:
        The chosen sentences in the order chosen (the last possibly cut).
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
    chosen: list[str] = []
    summary_tokens: list[str] = []
    used = 0
    best = 0.0
    remaining = [i for i in range(len(sentences)) if tokens[i]]
    while used < words and remaining:
        left = words - used
        pick, pick_tokens, pick_text = -1, [], ""
        for i in remaining:
            if len(split[i]) <= left:
                text, candidate = sentences[i], tokens[i]
            else:
                text = " ".join(split[i][:left])
                candidate = tokenizer.tokenize(text)
            value = _objective(summary_tokens + candidate, refs, measure)
            if value > best + 1e-12:
                best, pick, pick_tokens, pick_text = value, i, candidate, text
        if pick < 0:
            break
        chosen.append(pick_text)
        summary_tokens.extend(pick_tokens)
        used += len(pick_text.split())
        remaining.remove(pick)
    return chosen
