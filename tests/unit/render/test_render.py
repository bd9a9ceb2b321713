"""Renderers on a hand-built brief: markers, schema, escaping."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from synoptic.errors import ConfigError
from synoptic.model import (
    Article,
    Brief,
    Citation,
    Conflict,
    ConflictSide,
    Entity,
    Event,
    Fact,
    Quote,
    Rejection,
    Removal,
    Sentence,
    Summary,
    SummarySentence,
)
from synoptic.render import render

A_TEXT = "The talks lasted four hours. Kerry said <peace> matters."
B_TEXT = "The eight-hour talks ended. Officials met in Sochi."


def _sentences(article_id: str, text: str) -> list[Sentence]:
    out, start = [], 0
    for i, part in enumerate(text.split(". ")):
        part = part if part.endswith(".") else part + "."
        begin = text.index(part, start)
        out.append(
            Sentence(article_id=article_id, index=i, start=begin, end=begin + len(part), text=part)
        )
        start = begin + len(part)
    return out


@pytest.fixture
def brief() -> Brief:
    a = Article(
        id="a",
        title="Talks end",
        text=A_TEXT,
        source="Wire",
        date=dt.date(2015, 5, 12),
        removed=(Removal(text="Share", reason="share prompt"),),
    )
    b = Article(id="b", title="Long talks", text=B_TEXT, url="https://example.org/b?x=1&y=2")
    sa, sb = _sentences("a", A_TEXT), _sentences("b", B_TEXT)
    both = (
        Citation(article_id="a", sentence_index=0),
        Citation(article_id="b", sentence_index=0, similarity=0.8),
    )
    return Brief(
        title="Talks <end>",
        articles=(a, b),
        sentences=(*sa, *sb),
        summary=Summary(
            sentences=(
                SummarySentence(sentence=sa[0], citations=both, outlets=2),
                SummarySentence(
                    sentence=sa[1], citations=(both[0].__class__(article_id="a", sentence_index=1),)
                ),
            ),
            budget=50,
        ),
        facts=(Fact(id="f1", text=sa[0].text, citations=both, outlets=2),),
        timeline=(
            Event(
                date=dt.date(2015, 5, 1),
                precision="month",
                text=sb[1].text,
                citations=(Citation(article_id="b", sentence_index=1),),
                place="Sochi",
            ),
        ),
        quotes=(
            Quote(
                text="<peace> matters",
                speaker="John Kerry",
                citations=(Citation(article_id="a", sentence_index=1),),
            ),
        ),
        entities=(
            Entity(
                name="John Kerry",
                kind="person",
                roles=("Secretary of State",),
                variants=("Kerry",),
                mentions=(("a", 2),),
            ),
        ),
        conflicts=(
            Conflict(
                kind="duration",
                topic="length of the talks",
                sides=(
                    ConflictSide(value="four hours", citations=(both[0],)),
                    ConflictSide(value="eight-hour", citations=(both[1],)),
                ),
            ),
        ),
        rejected=(Rejection(source="bad.pdf", stage="read", reason="binary file"),),
        # "a" has its own date, which an inferred one never overrides; "b" has none.
        inferred_dates=(("a", dt.date(2015, 5, 1)), ("b", dt.date(2015, 5, 11))),
    )


def test_markdown_cites_every_source_of_a_sentence(brief: Brief) -> None:
    text = render(brief, "markdown")
    assert "The talks lasted four hours. [1][2]" in text
    assert "Kerry said <peace> matters. [1]" in text
    assert "1. Talks end — Wire, 2015-05-12 (`a`)" in text
    assert "**May 2015** · Sochi" in text
    assert "“four hours” [1] vs “eight-hour” [2]" in text
    assert "`bad.pdf` (read): binary file" in text
    assert "Removed by cleaning" not in text


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_sources_mark_an_inferred_date(brief: Brief, fmt: str) -> None:
    text = render(brief, fmt)
    assert "2015-05-11 (inferred from its text)" in text
    assert "2015-05-01" not in text.split("Sources")[-1]  # "a" keeps its metadata


def test_json_gives_an_inferred_date_beside_the_date(brief: Brief) -> None:
    documents = json.loads(render(brief, "json"))["documents"]
    assert [(d["date"], d["date_inferred"]) for d in documents] == [
        ("2015-05-12", None),
        (None, "2015-05-11"),
    ]


def test_markdown_explain_lists_removed_lines(brief: Brief) -> None:
    assert "- [1] *share prompt*: Share" in render(brief, "markdown", explain=True)


def test_json_schema(brief: Brief) -> None:
    data = json.loads(render(brief, "json"))
    assert data["schema"] == "synoptic.brief/1"
    assert [d["id"] for d in data["documents"]] == ["a", "b"]
    assert data["summary"]["words"] == len(data["summary"]["text"].split())
    first = data["summary"]["sentences"][0]
    assert first["sources"] == ["a", "b"]
    assert first["citations"][1] == {
        "document": "b",
        "sentence": 0,
        "similarity": 0.8,
        "text": "The eight-hour talks ended.",
    }
    for key in ("facts", "timeline", "quotes", "entities", "conflicts", "rejected"):
        assert data[key], key
    assert data["timeline"][0]["date"] == "2015-05-01"
    assert data["entities"][0]["mentions"] == {"a": 2}
    assert "removed" not in data["documents"][0]
    explained = json.loads(render(brief, "json", explain=True))
    assert explained["documents"][0]["removed"] == [{"text": "Share", "reason": "share prompt"}]


def test_html_is_escaped_and_shows_cited_sentence(brief: Brief) -> None:
    page = render(brief, "html")
    assert page.startswith("<!doctype html>")
    assert "<peace>" not in page and "&lt;peace&gt;" in page
    assert "<title>Talks &lt;end&gt;</title>" in page
    # The marker for source 2 carries the sentence it cites.
    pop = re.search(r'href="#source-2">\[2\]<span class="pop" role="tooltip"><q>(.*?)</q>', page)
    assert pop and pop.group(1) == "The eight-hour talks ended."
    assert 'href="https://example.org/b?x=1&amp;y=2"' in page
    assert "http" not in page.replace("https://example.org/b", "")  # nothing fetched


def test_unknown_format() -> None:
    with pytest.raises(ConfigError, match="unknown format"):
        render(None, "pdf")  # type: ignore[arg-type]


def test_markdown_says_how_many_entities_it_leaves_out(brief: Brief) -> None:
    import dataclasses

    many = tuple(Entity(name=f"Person {i}", kind="person", mentions=(("a", 1),)) for i in range(14))
    text = render(dataclasses.replace(brief, entities=many), "markdown")
    assert "**Person 11**" in text and "**Person 12**" not in text
    assert "- *… and 2 more entities in `--format json`*" in text
    assert "more entities" not in render(brief, "markdown")
