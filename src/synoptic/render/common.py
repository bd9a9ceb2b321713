"""What the renderers share: source numbering, citation look-ups, date labels, and
which facts a brief shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from synoptic.model import Article, Brief, Citation, Fact, Precision, Sentence

__all__ = [
    "corroborated_facts",
    "date_label",
    "inferred_date",
    "number_sources",
    "sentence_index",
    "source_details",
    "source_numbers",
]

MAX_FACTS = 5


def corroborated_facts(brief: Brief) -> list[Fact]:
    """The facts a rendered brief shows: those of two or more outlets, best first,
    `MAX_FACTS` at most (JSON carries every fact)."""
    return [f for f in brief.facts if f.outlets > 1][:MAX_FACTS]


def number_sources(brief: Brief) -> dict[str, int]:
    """Article id → its number in the source list (1-based, in the brief's article order)."""
    return {article.id: i for i, article in enumerate(brief.articles, start=1)}


def source_numbers(citations: Iterable[Citation], numbers: dict[str, int]) -> list[int]:
    """The distinct source numbers of some citations, in ascending order."""
    return sorted({numbers[c.article_id] for c in citations if c.article_id in numbers})


def sentence_index(brief: Brief) -> dict[tuple[str, int], Sentence]:
    """(article id, sentence index) → sentence, to look citations up."""
    return {s.key: s for s in brief.sentences}


def date_label(date: dt.date, precision: Precision) -> str:
    """A reader's date at its precision: '15 Dec 2015', 'May 2015', '2014'."""
    if precision == "year":
        return f"{date.year}"
    if precision == "month":
        return date.strftime("%B %Y")
    return f"{date.day} {date.strftime('%b %Y')}"


def inferred_date(brief: Brief, article: Article) -> dt.date | None:
    """The date an undated article's own text implies (`Brief.inferred_dates`); None
    for an article with a date of its own, or none to infer."""
    if article.date is not None:
        return None
    return next((date for aid, date in brief.inferred_dates if aid == article.id), None)


def source_details(brief: Brief, article: Article) -> list[str]:
    """What a source list says of an article besides its title: its outlet and its
    date, an inferred one marked so."""
    inferred = inferred_date(brief, article)
    if article.date:
        date = article.date.isoformat()
    elif inferred:
        date = f"{inferred.isoformat()} (inferred from its text)"
    else:
        date = ""
    return [d for d in (article.source, date) if d]
