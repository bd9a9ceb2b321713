from pathlib import Path

import numpy as np

from synoptic.analyse.conflicts import compare_sentences, extract_values, find_conflicts
from synoptic.embed.lexical import LexicalEmbedder
from synoptic.model import Article, Conflict, Sentence
from synoptic.text import split_sentences

KERRY = Path(__file__).resolve().parents[3] / "examples" / "kerry-lavrov"


def story(texts: dict[str, str]) -> tuple[tuple[Article, ...], tuple[Sentence, ...]]:
    articles = tuple(Article(id=k, text=v) for k, v in texts.items())
    return articles, tuple(s for a in articles for s in split_sentences(a))


def conflicts_of(texts: dict[str, str]) -> tuple[Conflict, ...]:
    articles, sentences = story(texts)
    vectors = LexicalEmbedder().encode([s.text for s in sentences])
    return find_conflicts(sentences, vectors=vectors, articles=articles)


def test_four_versus_eight_hours_is_a_duration_conflict_with_both_sources() -> None:
    (conflict,) = conflicts_of(
        {
            "a": "The talks in Sochi lasted four hours, officials said.",
            "b": "The talks in Sochi lasted eight hours, officials said.",
        }
    )
    assert conflict.kind == "duration"
    assert conflict.relation == "contradiction"
    assert "talks" in conflict.topic
    assert {s.value for s in conflict.sides} == {"four hours", "eight hours"}
    assert {c.article_id for s in conflict.sides for c in s.citations} == {"a", "b"}


def test_same_value_in_other_words_is_no_conflict() -> None:
    assert not conflicts_of(
        {
            "a": "The talks in Sochi lasted four hours, officials said.",
            "b": "The talks in Sochi lasted 4 hours, officials said.",
            "c": "The talks in Sochi lasted about four hours, officials said.",
        }
    )


def test_agreeing_reports_yield_nothing() -> None:
    assert not conflicts_of(
        {
            "a": "The ferry sank off Kavala on Sunday. Twelve survivors were rescued.",
            "b": "Twelve survivors were rescued after the ferry sank off Kavala on Sunday.",
            "c": "A local football club unveiled plans for a larger stadium.",
        }
    )


def test_hedged_counts_that_can_both_be_true_are_no_conflict() -> None:
    assert not compare_sentences(
        "More than 200 passengers were rescued from the ferry.",
        "Rescuers said 231 passengers were rescued from the ferry.",
        0.9,
    )
    found = compare_sentences(
        "At least 220 soldiers have been killed in the fighting, the report says.",
        "About 150 soldiers have been killed in the fighting, the report says.",
        0.9,
    )
    assert [f[0] for f in found] == ["count"]


def test_counts_of_people_something_else_happened_to_are_no_conflict() -> None:
    # Infected, died, tested: three counts of three groups, even in one outbreak.
    assert not compare_sentences(
        "The outbreak has infected 200 people in the region, health officials said.",
        "Health officials said 169 people in the region have died in the outbreak.",
        0.9,
    )
    assert not compare_sentences(
        "In the outbreak 32 people in the region are undergoing tests, health officials said.",
        "Health officials said 169 people in the region have died in the outbreak.",
        0.9,
    )
    found = compare_sentences(
        "Health officials said 200 people in the region have died in the outbreak.",
        "Health officials said 169 people in the region have died in the outbreak.",
        0.9,
    )
    assert [f[0] for f in found] == ["count"]


def test_ranges_that_overlap_are_no_conflict_and_ranges_apart_are() -> None:
    # A range is one interval, with its thousands spaced as a page's tokens left them.
    (count,) = [v for v in extract_values("It left 50,000 - 100, 000 people dead.")]
    assert (count.low, count.high) == (50_000, 100_000)
    assert not compare_sentences(
        "The earthquake has left as many as 50,000 - 100, 000 people dead, officials said.",
        "The earthquake has left as many as 45,000 - 50, 000 people dead, officials said.",
        0.9,
    )
    found = compare_sentences(
        "The earthquake has left 20,000 - 30,000 people dead, officials said.",
        "The earthquake has left 45,000 to 50,000 people dead, officials said.",
        0.9,
    )
    assert [f[0] for f in found] == ["count"]
    # "From 20 to 30" is a change, not a range; "May 5, 200 people" two numbers.
    changed = extract_values("The toll rose from 20 to 30 people.")
    assert (20, 30) not in [(v.low, v.high) for v in changed]
    assert 5200 not in [v.low for v in extract_values("On May 5, 200 people marched.")]


def test_a_count_restated_in_other_units_is_one_conflict() -> None:
    found = compare_sentences(
        "BP estimated the leak at 5,000 barrels (210,000 gallons/795, 000 liters) a day, "
        "officials said.",
        "The government estimated the leak at 12,000 barrels (504,000 gallons/1.9 million "
        "liters) a day, officials said.",
        0.9,
    )
    assert [(f[0], f[2], f[3]) for f in found] == [("count", "5,000 barrels", "12,000 barrels")]


def test_two_days_tolls_are_no_date_conflict() -> None:
    assert not compare_sentences(
        "At least 95 people were killed in Homs on Monday, activists say.",
        "At least 15 people were killed in Homs on Tuesday, activists say.",
        0.9,
    )
    found = compare_sentences(
        "The bomb killed 12 people in Homs on Monday, activists say.",
        "The bomb killed 12 people in Homs on Tuesday, activists say.",
        0.9,
    )
    assert [f[0] for f in found] == ["date"]


def test_a_markets_price_quoted_at_other_moments_is_no_conflict() -> None:
    assert not compare_sentences(
        "U.S. crude oil futures rose to as high as $106.95 a barrel on Monday, traders said.",
        "U.S. crude oil futures rose to around $105 a barrel on Monday, traders said.",
        0.9,
    )
    found = compare_sentences(
        "The government will spend $4 billion on the new railway line.",
        "The government will spend $7 billion on the new railway line.",
        0.9,
    )
    assert [f[0] for f in found] == ["number"]


def test_counts_of_some_of_a_group_are_no_conflict_with_the_whole() -> None:
    # The words between a number and its noun say which of them it counts.
    for a, b in [
        (
            "An estimated 1,000 people were infected in the outbreak, officials said.",
            "Four Irish people were infected in the outbreak, officials said.",
        ),
        (
            "The quake killed 11 Brazilian peacekeepers at the mission, officials said.",
            "The quake killed four of its peacekeepers at the mission, officials said.",
        ),
        (
            "The virus has reached 11 countries so far, the agency said.",
            "The virus has reached nine other countries so far, the agency said.",
        ),
    ]:
        assert not compare_sentences(a, b, 0.9), (a, b)
    found = compare_sentences(
        "The quake killed 11 Brazilian peacekeepers at the mission, officials said.",
        "The quake killed 14 Brazilian peacekeepers at the mission, officials said.",
        0.9,
    )
    assert [f[0] for f in found] == ["count"]


def test_different_events_are_not_a_place_conflict() -> None:
    assert not compare_sentences(
        "The ministers met in Paris in October 2014 to discuss the crisis.",
        "The ministers met in Moscow in December 2015 to discuss the war.",
        0.9,
    )


def test_two_days_of_one_story_are_no_date_conflict() -> None:
    # Two things that happened on two days, told in sentences sharing the actors.
    assert not compare_sentences(
        "A health official, Dr Besser of the disease centres, said on Tuesday he expected to "
        "see deaths in this country as cases are investigated.",
        "The cause of the boy's death was confirmed on Wednesday by Dr Besser, acting director "
        "of the disease centres.",
        0.9,
    )
    found = compare_sentences(
        "The minister's speech on Sunday warned of a civil war in the country.",
        "The minister's speech on Monday warned of a civil war in the country.",
        0.9,
    )
    assert [f[0] for f in found] == ["date"]


def test_update_when_dated_reports_revise_a_count() -> None:
    import datetime as dt

    articles = (
        Article(
            id="a",
            text="The storm destroyed 300 homes along the coast, officials said.",
            date=dt.date(2024, 3, 1),
        ),
        Article(
            id="b",
            text="The storm destroyed 1,200 homes along the coast, officials said.",
            date=dt.date(2024, 3, 3),
        ),
    )
    sentences = tuple(s for a in articles for s in split_sentences(a))
    vectors = LexicalEmbedder().encode([s.text for s in sentences])
    (conflict,) = find_conflicts(sentences, vectors=vectors, articles=articles)
    assert conflict.kind == "count"
    assert conflict.relation == "update"
    assert [s.date for s in conflict.sides] == [dt.date(2024, 3, 1), dt.date(2024, 3, 3)]


def test_extract_values_reads_hyphenated_durations() -> None:
    (value,) = extract_values("Ukraine was also included in the eight-hour conversations.")
    assert (value.kind, value.slot, value.low) == ("duration", "talks", 8.0)


def test_kerry_example_finds_the_duration_conflict() -> None:
    articles = []
    for path in sorted(KERRY.glob("*.txt")):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        articles.append(Article(id=path.stem[:3], title=title, text=body.strip()))
    sentences = tuple(s for a in articles for s in split_sentences(a))
    vectors = LexicalEmbedder().encode([s.text for s in sentences])
    conflicts = find_conflicts(sentences, vectors=vectors, articles=articles)
    durations = [c for c in conflicts if c.kind == "duration"]
    assert len(durations) == 1
    sides = {s.value: {c.article_id for c in s.citations} for s in durations[0].sides}
    assert sides == {"nearly four hours": {"000"}, "eight-hour conversations": {"001"}}
    assert all(c.kind != "place" for c in conflicts)


def test_empty_input() -> None:
    assert find_conflicts((), vectors=np.zeros((0, 4), np.float32), articles=()) == ()
