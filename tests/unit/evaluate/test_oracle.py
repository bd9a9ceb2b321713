"""The greedy oracle: a sentence that leans on another comes only with it or after it."""

from __future__ import annotations

from synoptic.evaluate.oracle import oracle_summary

REFERENCE = "The dam broke at noon and flooded the valley below the town."
SENTENCES = [
    "Officials met on Monday to discuss the weather forecast.",  # the predecessor
    "It broke at noon and flooded the valley below the town.",  # leans on it
    "Farmers sold cattle at the market in the spring.",
]


def test_free_sentences_are_picked_by_score_alone() -> None:
    picked = oracle_summary(SENTENCES, [REFERENCE], words=12, measure="f1")
    assert picked == [SENTENCES[1]]


def test_a_leaning_sentence_comes_with_its_predecessor_before_it() -> None:
    picked = oracle_summary(
        SENTENCES, [REFERENCE], words=30, measure="f1", leans_on=[None, 0, None]
    )
    assert picked[:2] == SENTENCES[:2]


def test_a_leaning_sentence_is_free_once_its_predecessor_is_taken() -> None:
    sentences = ["The dam broke at noon.", "It flooded the valley below the town.", "Cattle."]
    picked = oracle_summary(
        sentences, [REFERENCE], words=30, measure="recall", leans_on=[None, 0, None]
    )
    assert picked[:2] == sentences[:2]


def test_no_constraint_is_the_plain_oracle() -> None:
    plain = oracle_summary(SENTENCES, [REFERENCE], words=20, measure="recall")
    tied = oracle_summary(
        SENTENCES, [REFERENCE], words=20, measure="recall", leans_on=[None, None, None]
    )
    assert plain == tied


def test_a_pair_past_the_budget_is_cut_inside_it() -> None:
    picked = oracle_summary(
        SENTENCES, [REFERENCE], words=12, measure="f1", leans_on=[None, 0, None]
    )
    assert sum(len(s.split()) for s in picked) <= 12
    assert picked[0] == SENTENCES[0]


def test_a_sentence_leaning_on_a_leaning_one_waits_for_the_chain() -> None:
    sentences = ["Nothing here at all today.", "Still nothing here.", *SENTENCES[1:2]]
    picked = oracle_summary(
        sentences, [REFERENCE], words=40, measure="recall", leans_on=[None, 0, 1]
    )
    # the third needs the second, which needs the first: never alone, never first
    assert SENTENCES[1] not in picked[:2]
