"""What a news editor checks in the brief of the bundled example."""

from __future__ import annotations

import re

import pytest

from synoptic.model import Brief
from synoptic.render import render

pytestmark = pytest.mark.slow

NOISE = [
    "WhatsApp",
    "Subscribe",
    "Advertisement",
    "Pingback",
    "podcast",
    "Podcast",
    "AP Photo",
    "Most Voted",
    "Inline Feedbacks",
    "Florian",
    "PaulinSaudi",
    "New York Times][",
    "Geopolitical Diary",
    "Comments are closed",
    "Spotify",
    "guardian.co.uk",
    "pose for cameras",
]
DANGLING = re.compile(
    r"^(he|she|they|it|this|these|those|his|her|their|its|but|and|however|meanwhile|still|also|"
    r"at the same time|in addition|for his part)\b",
    re.IGNORECASE,
)


def test_no_boilerplate_or_comment_text_anywhere(kerry_brief: Brief) -> None:
    for fmt in ("markdown", "json", "html"):
        text = render(kerry_brief, fmt)
        for noise in NOISE:
            assert noise not in text, (fmt, noise)


def test_summary_within_budget_every_sentence_cited(kerry_brief: Brief) -> None:
    summary = kerry_brief.summary
    assert 60 <= summary.words <= 120
    assert summary.sentences
    ids = {a.id for a in kerry_brief.articles}
    for s in summary.sentences:
        assert s.sources and set(s.sources) <= ids
    assert not DANGLING.match(summary.sentences[0].sentence.text)


def test_shared_sentences_cite_every_outlet_that_carries_them(kerry_brief: Brief) -> None:
    facts = {f.text: set(f.sources) for f in kerry_brief.facts}
    for s in kerry_brief.summary.sentences:
        for fact in kerry_brief.facts:
            if any(
                c.article_id == s.sentence.article_id and c.sentence_index == s.sentence.index
                for c in fact.citations
            ):
                assert set(fact.sources) <= set(s.sources), (s.sentence.text, facts)


def test_three_meetings_in_order(kerry_brief: Brief) -> None:
    dated = [(e.date, e.precision, e.place, e.text) for e in kerry_brief.timeline]
    assert [d for d, *_ in dated] == sorted(d for d, *_ in dated)

    def when(year: int, month: int, place: str) -> bool:
        return any(
            d.year == year and d.month == month and (place in (p or "") or place in t)
            for d, _, p, t in dated
        )

    assert when(2014, 10, "Paris")
    assert when(2015, 5, "Sochi")
    assert when(2015, 12, "Moscow")


def test_four_versus_eight_hours_disagreement(kerry_brief: Brief) -> None:
    durations = [c for c in kerry_brief.conflicts if c.kind == "duration"]
    assert durations
    sides = {side.value: {c.article_id for c in side.citations} for side in durations[0].sides}
    values = " ".join(sides)
    assert "four" in values and "eight" in values
    sources = set().union(*sides.values())
    assert {"000_1bd69a303c1f8a99", "001_8f60248cd50b89d1"} <= sources


def test_quotes_and_entities(kerry_brief: Brief) -> None:
    speakers = {q.speaker for q in kerry_brief.quotes}
    assert "John Kerry" in speakers
    assert any("State Department official" in (s or "") for s in speakers)
    kerry = next(e for e in kerry_brief.entities if e.name == "John Kerry")
    assert kerry.kind == "person"
    assert any("Secretary of State" in r for r in kerry.roles)
    assert len(kerry.mentions) == 5
