"""Concepts: the units of information a summary should cover.

Following Gillick & Favre (2009), "A Scalable Global Model for Summarization"
(ICSISumm), a concept is a stemmed word bigram that is not made of two
stopwords, tokenised as ROUGE tokenises (so what selection optimises is what
ROUGE-2 measures). A concept's weight counts the articles that carry it,
each article's vote scaled by how early the concept first appears there:
outlets put what matters first, and a fact several outlets report is more
central than one outlet's aside.
"""

from __future__ import annotations

from collections.abc import Sequence

from synoptic.text.tokens import STOPWORDS, stem, tokenize

__all__ = ["Concept", "sentence_concepts", "weigh_concepts"]

Concept = tuple[str, str]


def sentence_concepts(text: str) -> tuple[frozenset[Concept], frozenset[str]]:
    """The bigram concepts and the content stems of a sentence.

    Args:
        text: The sentence.

    Returns:
        ``(bigrams, stems)``: stemmed bigrams that are not two stopwords, and
        stemmed non-stopword unigrams (used to spot near-duplicates).
    """
    tokens = tokenize(text)
    stems = [stem(t) for t in tokens]
    stop = [t in STOPWORDS for t in tokens]
    bigrams = frozenset(
        (stems[i], stems[i + 1]) for i in range(len(tokens) - 1) if not (stop[i] and stop[i + 1])
    )
    content = frozenset(s for s, is_stop in zip(stems, stop, strict=True) if not is_stop)
    return bigrams, content


def weigh_concepts(
    articles: Sequence[Sequence[frozenset[Concept]]],
    *,
    min_articles: int,
    position_bonus: float,
    position_decay: float,
) -> dict[Concept, float]:
    """Weight every concept by the articles that carry it, early mentions counting more.

    Each article that contains a concept adds ``1 + position_bonus *
    position_decay ** i`` to its weight, where ``i`` is the index of the
    article's first sentence that contains it. Concepts found in fewer than
    ``min_articles`` articles are dropped.

    Args:
        articles: For each article, in a canonical order, the concepts of each
            of its sentences in reading order.
        min_articles: Least number of articles a kept concept appears in.
        position_bonus: Extra vote for a concept in an article's first sentence.
        position_decay: Per-sentence decay of that extra vote, in (0, 1].

    Returns:
        Concept → weight, for the kept concepts.
    """
    votes: dict[Concept, list[float]] = {}
    for sentences in articles:
        first: dict[Concept, int] = {}
        for i, concepts in enumerate(sentences):
            for concept in concepts:
                first.setdefault(concept, i)
        for concept, i in first.items():
            votes.setdefault(concept, []).append(1.0 + position_bonus * position_decay**i)
    return {c: sum(v) for c, v in votes.items() if len(v) >= min_articles}
