"""Order the chosen sentences so the summary reads well.

Sentences are ordered by their position in their own article, earliest first,
ties broken by the article's date and then its id (never by input order). A
news article runs from the overview (the lead) to the details, so position is
a good proxy for generality across articles too: the leads of several outlets
open the summary and their later details follow. Consecutive sentences of one
article stay together, in their order, as one block keyed by its head: the
writer's own transition is kept, and a sentence that leans on its predecessor
(see `synoptic.select.context.is_dangling`) always follows it directly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from synoptic.model import Sentence

__all__ = ["order_sentences"]


def order_sentences(
    chosen: Sequence[Sentence], *, article_rank: Mapping[str, int]
) -> tuple[Sentence, ...]:
    """Put chosen sentences in reading order.

    Args:
        chosen: The sentences to order.
        article_rank: Canonical rank of every article (by date, then id).

    Returns:
        The sentences in reading order.
    """
    by_key = {s.key: s for s in chosen}
    chains: list[list[Sentence]] = []
    for sentence in sorted(chosen, key=lambda s: (article_rank[s.article_id], s.index)):
        if (sentence.article_id, sentence.index - 1) in by_key:
            # Sorted by article then index, so its predecessor closes the last chain.
            chains[-1].append(sentence)
        else:
            chains.append([sentence])
    chains.sort(key=lambda c: (c[0].index, article_rank[c[0].article_id]))
    return tuple(s for chain in chains for s in chain)
