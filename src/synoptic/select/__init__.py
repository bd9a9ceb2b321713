"""Select: sentences → the summary's sentences, in reading order, within a word budget.

Takes the split sentences of a story's (cleaned) articles and returns the
sentences of an extractive summary. The method is concept-coverage
optimisation (Gillick & Favre 2009, ICSISumm): stemmed word bigrams (and, at a
small weight, content stems) weighted by how many outlets report them, and how
early, covered as fully as the word budget allows, plus each sentence's TF-IDF
cosine to the cluster centroid (Radev et al. 2004) as a relevance term (Lin &
Bilmes 2011's coverage plus relevance); a budgeted greedy with local search
(Lin & Bilmes 2010; the exact integer programme is kept as a reference) solves
it, with guards against sentences a reader could not follow out of context.
Pure numpy/scipy: a few milliseconds for a 10-article cluster. See
`synoptic.select.core` for the steps.

Guarantees:

* the summary's whitespace word count never exceeds ``words``; a budget
  smaller than every usable sentence gives an empty tuple (a fragment or a
  boilerplate line is never returned just to say something);
* deterministic, and independent of the order of ``articles`` and ``sentences``;
* no sentence opens the summary, or appears at all, that leans on a
  predecessor (``He added ...``, ``However, ...``, an unattributed ``I``)
  unless that predecessor stands directly before it;
* no sentence that the cleaner's rules, asked of it as it stands, take for page
  furniture or the page's note about its story (`context.is_page_text`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from synoptic.model import Article, Sentence
from synoptic.select.context import is_dangling, is_unfit
from synoptic.select.core import SelectParams, select_with

__all__ = ["SelectParams", "is_dangling", "is_unfit", "select_sentences", "select_with"]

_DEFAULTS = SelectParams()


def select_sentences(
    sentences: Sequence[Sentence],
    *,
    articles: Sequence[Article],
    words: int,
    tokens: Sequence[Sequence[str]] | None = None,
    stems: Mapping[str, str] | None = None,
) -> tuple[Sentence, ...]:
    """Choose and order the sentences of an extractive summary.

    Args:
        sentences: Every sentence of the story's articles (any order).
        articles: The articles they come from (dates and ids order the output).
        words: Word budget (whitespace words); the result never exceeds it.
        tokens: Each sentence's `synoptic.text.tokenize` tokens, aligned with
            ``sentences``, when the caller has them (spares tokenising twice).
        stems: Their stems (`synoptic.text.tokens.stem_table`), when the caller
            has them (spares stemming twice).

    Returns:
        The summary's sentences in reading order. A sentence may come back with
        a wire dateline ("LONDON (AP) _ ") trimmed off: its offsets are
        narrowed, so it is still a view on its article's text.
    """
    return select_with(
        sentences, articles=articles, words=words, params=_DEFAULTS, tokens=tokens, stems=stems
    )
