"""Concepts: bigram weights, and versions of one wire story counted once."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from synoptic.select.concepts import build_concepts, distinct, weigh_concepts, wire_versions
from synoptic.text.tokens import tokenize

WIRE = [
    "British police arrested former Chilean dictator Augusto Pinochet in London on Friday night.",
    "Pinochet, 82, was in London for back surgery when a Spanish judge asked for his arrest.",
    "The arrest drew protests from the Chilean government, which called it illegal.",
]
# The agency's update: the same copy with a new lead and one sentence more.
UPDATE = [
    "Chile protested on Saturday against the arrest of its former dictator in Britain.",
    *WIRE,
    "Spain's foreign minister said the courts, not the government, would decide.",
]
OWN_WORDS = [
    "Augusto Pinochet, who ruled Chile for 17 years, is under arrest in a London clinic.",
    "A Spanish magistrate wants him tried for the deaths of Spanish citizens under his rule.",
]


def _cluster(*articles: list[str]) -> tuple[list[list[str]], np.ndarray]:
    tokens = [tokenize(text) for sentences in articles for text in sentences]
    article = np.repeat(np.arange(len(articles)), [len(a) for a in articles])
    return tokens, article


def test_versions_of_one_wire_story_share_a_number() -> None:
    tokens, article = _cluster(WIRE, OWN_WORDS, UPDATE)
    story = wire_versions(build_concepts(tokens).shingles, article, 0.1)
    by_article = [int(story[article == a][0]) for a in range(3)]
    assert by_article == [0, 1, 0]


def test_articles_in_their_own_words_stay_apart() -> None:
    tokens, article = _cluster(WIRE, OWN_WORDS)
    story = wire_versions(build_concepts(tokens).shingles, article, 0.1)
    assert len(set(story.tolist())) == 2


def test_a_copy_adds_no_vote_once_versions_are_merged() -> None:
    tokens, article = _cluster(WIRE, OWN_WORDS, UPDATE)
    concepts = build_concepts(tokens)
    story = wire_versions(concepts.shingles, article, 0.1)
    position = np.concatenate([np.arange((article == a).sum()) for a in range(3)])

    def weights(voter: np.ndarray) -> np.ndarray:
        return weigh_concepts(
            concepts.bigrams,
            article=voter,
            position=position,
            min_articles=1,
            position_bonus=0.0,
            position_decay=0.7,
        )

    # Bigrams of the wire story (and so of its update) that the third article lacks.
    rows = np.flatnonzero(article == 0)
    wire_only = np.setdiff1d(
        concepts.bigrams.cols[np.isin(concepts.bigrams.rows, rows)],
        concepts.bigrams.cols[np.isin(concepts.bigrams.rows, np.flatnonzero(article == 1))],
    )
    assert weights(article)[wire_only].max() == 2.0
    assert weights(story)[wire_only].max() == 1.0


@given(st.lists(st.integers(min_value=-(2**62), max_value=2**62), max_size=200))
def test_distinct_is_numpy_unique(values: list[int]) -> None:
    array = np.array(values, dtype=np.int64)
    assert np.array_equal(distinct(array), np.unique(array))


def test_no_sentences_no_stories() -> None:
    empty = np.zeros(0, dtype=np.int64)
    assert len(wire_versions(build_concepts([]).shingles, empty, 0.1)) == 0
