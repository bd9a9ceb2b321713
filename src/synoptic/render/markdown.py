"""The brief as Markdown, for the terminal and for pasting into notes.

Layout: title; the summary with ``[n]`` markers; how far it is corroborated;
timeline; who said what; where outlets disagree; people, places and
organisations; numbered sources; skipped inputs; and with ``explain``, what
cleaning removed.
"""

from __future__ import annotations

from collections.abc import Iterable

from synoptic.model import Brief, Citation
from synoptic.render.common import (
    corroborated_facts,
    date_label,
    number_sources,
    source_details,
    source_numbers,
)

__all__ = ["render_markdown"]

MAX_ENTITIES = 12
MAX_QUOTES = 15


def _marks(citations: Iterable[Citation], numbers: dict[str, int]) -> str:
    return "".join(f"[{n}]" for n in source_numbers(citations, numbers))


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _more(hidden: int, word: str, plural: str | None = None) -> list[str]:
    """A line saying how many items the list leaves out (they are all in the JSON)."""
    if hidden <= 0:
        return []
    noun = word if hidden == 1 else (plural or f"{word}s")
    return [f"- *… and {hidden} more {noun} in `--format json`*"]


def render_markdown(brief: Brief, *, explain: bool = False) -> str:
    """Render a brief as Markdown text ending in a newline."""
    numbers = number_sources(brief)
    summary = brief.summary
    out = [f"# {brief.title}", ""]
    out.append(
        f"*Briefing from {_plural(len(brief.articles), 'article')} · "
        f"{summary.words} of {summary.budget} words*"
    )
    out += ["", "## Summary", ""]
    out.append(
        " ".join(f"{s.sentence.text} {_marks(s.citations, numbers)}" for s in summary.sentences)
    )

    corroborated = corroborated_facts(brief)
    if corroborated:
        out += ["", "## Best-corroborated facts", ""]
        for fact in corroborated:
            wire = " (includes syndicated copy)" if fact.syndicated else ""
            out.append(
                f"- **{_plural(fact.outlets, 'outlet')}**{wire}: {fact.text} "
                f"{_marks(fact.citations, numbers)}"
            )

    if brief.timeline:
        out += ["", "## Timeline", ""]
        for event in brief.timeline:
            place = f" · {event.place}" if event.place else ""
            out.append(
                f"- **{date_label(event.date, event.precision)}**{place}: {event.text} "
                f"{_marks(event.citations, numbers)}"
            )

    if brief.quotes:
        out += ["", "## Who said what", ""]
        for quote in brief.quotes[:MAX_QUOTES]:
            speaker = quote.speaker or "unattributed"
            out.append(f"- **{speaker}**: “{quote.text}” {_marks(quote.citations, numbers)}")
            if quote.altered:
                for variant in quote.variants[1:]:
                    out.append(f"  - *worded differently elsewhere*: “{variant}”")
        out += _more(len(brief.quotes) - MAX_QUOTES, "quote")

    if brief.conflicts:
        out += ["", "## Where outlets disagree", ""]
        for conflict in brief.conflicts:
            sides = " vs ".join(
                f"“{side.value}” {_marks(side.citations, numbers)}" for side in conflict.sides
            )
            label = "update" if conflict.relation == "update" else conflict.kind
            out.append(f"- **{conflict.topic}** ({label}): {sides}")

    if brief.entities:
        out += ["", "## People, places and organisations", ""]
        for entity in brief.entities[:MAX_ENTITIES]:
            roles = f", {'; '.join(entity.roles)}" if entity.roles else ""
            out.append(
                f"- **{entity.name}** ({entity.kind}{roles}): "
                f"{_plural(len(entity.mentions), 'article')}, "
                f"{_plural(entity.total_mentions, 'mention')}"
            )
        out += _more(len(brief.entities) - MAX_ENTITIES, "entity", "entities")

    out += ["", "## Sources", ""]
    for article in brief.articles:
        details = source_details(brief, article)
        where = f" — {', '.join(details)}" if details else ""
        title = article.title or article.id
        out.append(f"{numbers[article.id]}. {title}{where} (`{article.id}`)")

    if brief.rejected:
        out += ["", "## Skipped inputs", ""]
        out += [f"- `{r.source}` ({r.stage}): {r.reason}" for r in brief.rejected]

    if explain:
        out += ["", "## Removed by cleaning", ""]
        for article in brief.articles:
            for removal in article.removed:
                out.append(f"- [{numbers[article.id]}] *{removal.reason}*: {removal.text}")
    return "\n".join(out) + "\n"
