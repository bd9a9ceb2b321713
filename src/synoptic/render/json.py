"""The brief as JSON: schema ``synoptic.brief/1`` (documented in the README).

Sources are referred to by document id everywhere; citations also carry the
sentence index and the cited sentence's text so a reader can check them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from synoptic.model import Brief, Citation, Sentence
from synoptic.render.common import inferred_date, sentence_index

__all__ = ["SCHEMA", "brief_to_dict", "render_json"]

SCHEMA = "synoptic.brief/1"


def _citations(
    citations: Iterable[Citation], index: dict[tuple[str, int], Sentence]
) -> list[dict[str, Any]]:
    out = []
    for c in citations:
        sentence = index.get((c.article_id, c.sentence_index))
        out.append(
            {
                "document": c.article_id,
                "sentence": c.sentence_index,
                "similarity": round(c.similarity, 3),
                "text": sentence.text if sentence else None,
            }
        )
    return out


def _sources(citations: Iterable[Citation]) -> list[str]:
    return list(dict.fromkeys(c.article_id for c in citations))


def brief_to_dict(brief: Brief, *, explain: bool = False) -> dict[str, Any]:
    """The brief as plain JSON-ready data (see the README for the schema).

    Args:
        brief: The brief.
        explain: Include what cleaning removed from each document, and why.
    """
    index = sentence_index(brief)
    summary = brief.summary
    return {
        "schema": SCHEMA,
        "title": brief.title,
        "documents": [
            {
                "id": a.id,
                "number": n,
                "title": a.title,
                "source": a.source,
                "url": a.url,
                "date": a.date.isoformat() if a.date else None,
                "date_inferred": (
                    inferred.isoformat() if (inferred := inferred_date(brief, a)) else None
                ),
                "path": a.path,
                "words": len(a.text.split()),
                **(
                    {"removed": [{"text": r.text, "reason": r.reason} for r in a.removed]}
                    if explain
                    else {}
                ),
            }
            for n, a in enumerate(brief.articles, start=1)
        ],
        "summary": {
            "text": summary.text,
            "words": summary.words,
            "budget": summary.budget,
            "sentences": [
                {
                    "text": s.sentence.text,
                    "document": s.sentence.article_id,
                    "sentence": s.sentence.index,
                    "sources": list(s.sources),
                    "outlets": s.outlets,
                    "citations": _citations(s.citations, index),
                }
                for s in summary.sentences
            ],
        },
        "facts": [
            {
                "id": f.id,
                "text": f.text,
                "outlets": f.outlets,
                "sources": list(f.sources),
                "syndicated": [list(group) for group in f.syndicated],
                "citations": _citations(f.citations, index),
            }
            for f in brief.facts
        ],
        "timeline": [
            {
                "date": e.date.isoformat(),
                "precision": e.precision,
                "anchor": e.anchor,
                "text": e.text,
                "place": e.place,
                "sources": _sources(e.citations),
                "citations": _citations(e.citations, index),
            }
            for e in brief.timeline
        ],
        "quotes": [
            {
                "text": q.text,
                "speaker": q.speaker,
                "altered": q.altered,
                "variants": list(q.variants),
                "sources": _sources(q.citations),
                "citations": _citations(q.citations, index),
            }
            for q in brief.quotes
        ],
        "entities": [
            {
                "name": e.name,
                "kind": e.kind,
                "roles": list(e.roles),
                "variants": list(e.variants),
                "mentions": dict(e.mentions),
                "articles": len(e.mentions),
                "total": e.total_mentions,
            }
            for e in brief.entities
        ],
        "conflicts": [
            {
                "kind": c.kind,
                "topic": c.topic,
                "relation": c.relation,
                "sides": [
                    {
                        "value": side.value,
                        "date": side.date.isoformat() if side.date else None,
                        "sources": _sources(side.citations),
                        "citations": _citations(side.citations, index),
                    }
                    for side in c.sides
                ],
            }
            for c in brief.conflicts
        ],
        "rejected": [
            {"source": r.source, "stage": r.stage, "reason": r.reason} for r in brief.rejected
        ],
    }


def render_json(brief: Brief, *, explain: bool = False) -> str:
    """The brief as pretty-printed JSON text, ending in a newline."""
    return json.dumps(brief_to_dict(brief, explain=explain), ensure_ascii=False, indent=2) + "\n"
