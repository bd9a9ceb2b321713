"""The brief as one self-contained HTML page (inline CSS, no script, no network).

A citation marker shows the cited source sentence when hovered or focused, and
links to the numbered source.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from importlib.resources import files

from synoptic.model import Brief, Citation, Sentence
from synoptic.render.common import (
    corroborated_facts,
    date_label,
    number_sources,
    sentence_index,
    source_details,
)

__all__ = ["render_html"]

_STYLE = files("synoptic.render").joinpath("brief.css").read_text(encoding="utf-8")


class _Marker:
    """Renders citation markers; each shows the sentence it cites."""

    def __init__(self, brief: Brief) -> None:
        self.numbers = number_sources(brief)
        self.index: dict[tuple[str, int], Sentence] = sentence_index(brief)
        self.titles = {a.id: a.title or a.id for a in brief.articles}

    def __call__(self, citations: Iterable[Citation]) -> str:
        first: dict[str, Citation] = {}
        for c in citations:
            if c.article_id in self.numbers:
                first.setdefault(c.article_id, c)
        ordered = sorted(first.values(), key=lambda c: self.numbers[c.article_id])
        return "".join(self._one(c) for c in ordered)

    def _one(self, citation: Citation) -> str:
        n = self.numbers[citation.article_id]
        sentence = self.index.get((citation.article_id, citation.sentence_index))
        said = sentence.text if sentence else ""
        pop = (
            f'<span class="pop" role="tooltip"><q>{escape(said)}</q>'
            f"<cite>[{n}] {escape(self.titles[citation.article_id])}</cite></span>"
        )
        return f'<a class="cite" href="#source-{n}">[{n}]{pop}</a>'


def _section(title: str, items: list[str], tag: str = "ul") -> str:
    if not items:
        return ""
    body = "".join(f"<li>{item}</li>" for item in items)
    return f"<section><h2>{escape(title)}</h2><{tag}>{body}</{tag}></section>"


def render_html(brief: Brief, *, explain: bool = False) -> str:
    """Render a brief as a complete HTML document."""
    mark = _Marker(brief)
    summary = " ".join(
        f"{escape(s.sentence.text)} {mark(s.citations)}" for s in brief.summary.sentences
    )
    facts = [
        f"<b>{f.outlets} outlets</b>: {escape(f.text)} {mark(f.citations)}"
        for f in corroborated_facts(brief)
    ]
    timeline = [
        f'<time datetime="{e.date.isoformat()}">{escape(date_label(e.date, e.precision))}</time>'
        + (f" · {escape(e.place)}" if e.place else "")
        + f": {escape(e.text)} {mark(e.citations)}"
        for e in brief.timeline
    ]
    quotes = []
    for q in brief.quotes:
        speaker = escape(q.speaker or "unattributed")
        item = f"<b>{speaker}</b>: <q>{escape(q.text)}</q> {mark(q.citations)}"
        if q.altered:
            item += "".join(
                f'<div class="variant">worded differently elsewhere: <q>{escape(v)}</q></div>'
                for v in q.variants[1:]
            )
        quotes.append(item)
    conflicts = [
        f"<b>{escape(c.topic)}</b> ({escape(c.relation if c.relation == 'update' else c.kind)}): "
        + " vs ".join(f"<q>{escape(side.value)}</q> {mark(side.citations)}" for side in c.sides)
        for c in brief.conflicts
    ]
    entities = [
        f"<b>{escape(e.name)}</b> ({escape(e.kind)}"
        + (f", {escape('; '.join(e.roles))}" if e.roles else "")
        + f"): {len(e.mentions)} articles, {e.total_mentions} mentions"
        for e in brief.entities[:12]
    ]
    sources = []
    for a in brief.articles:
        n = mark.numbers[a.id]
        title = escape(a.title or a.id)
        link = f'<a href="{escape(a.url)}">{title}</a>' if a.url else title
        details = ", ".join(escape(d) for d in source_details(brief, a))
        removed = ""
        if explain and a.removed:
            removed = (
                "<details><summary>removed by cleaning</summary><ul>"
                + "".join(
                    f"<li><i>{escape(r.reason)}</i>: {escape(r.text)}</li>" for r in a.removed
                )
                + "</ul></details>"
            )
        sources.append(
            f'<span id="source-{n}">{link}</span>'
            + (f" — {details}" if details else "")
            + f" <code>{escape(a.id)}</code>{removed}"
        )
    rejected = [
        f"<code>{escape(r.source)}</code> ({escape(r.stage)}): {escape(r.reason)}"
        for r in brief.rejected
    ]
    words = brief.summary.words
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(brief.title)}</title><style>{_STYLE}</style></head><body><main>"
        f"<h1>{escape(brief.title)}</h1>"
        f'<p class="meta">Briefing from {len(brief.articles)} articles · {words} words</p>'
        f'<section class="summary"><h2>Summary</h2><p>{summary}</p></section>'
        + _section("Best-corroborated facts", facts)
        + _section("Timeline", timeline)
        + _section("Who said what", quotes)
        + _section("Where outlets disagree", conflicts)
        + _section("People, places and organisations", entities)
        + _section("Sources", sources, tag="ol")
        + _section("Skipped inputs", rejected)
        + "</main></body></html>\n"
    )
