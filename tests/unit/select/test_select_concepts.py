"""Concepts: bigram weights, and versions of one wire story counted once."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from synoptic.select.concepts import Incidence, build_concepts, weigh_concepts, wire_versions
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


@given(
    st.lists(
        st.tuples(st.integers(0, 3), st.integers(0, 12), st.sets(st.integers(0, 9), max_size=5)),
        max_size=30,
    ),
    st.integers(1, 3),
)
def test_weights_count_each_articles_first_mention(
    sentences: list[tuple[int, int, set[int]]], min_articles: int
) -> None:
    """Against the definition: an article votes once, at its earliest sentence holding it."""
    rows = [i for i, (_, _, held) in enumerate(sentences) for _ in sorted(held)]
    cols = [c for _, _, held in sentences for c in sorted(held)]
    incidence = Incidence(
        rows=np.array(rows, dtype=np.int64),
        cols=np.array(cols, dtype=np.int64),
        shape=(len(sentences), 10),
    )
    article = np.array([a for a, _, _ in sentences], dtype=np.int64)
    position = np.array([p for _, p, _ in sentences], dtype=np.int64)
    got = weigh_concepts(
        incidence,
        article=article,
        position=position,
        min_articles=min_articles,
        position_bonus=3.0,
        position_decay=0.7,
    )
    for concept in range(10):
        earliest: dict[int, int] = {}
        for a, p, held in sentences:
            if concept in held:
                earliest[a] = min(p, earliest.get(a, p))
        votes = sum(1.0 + 3.0 * 0.7**p for _, p in sorted(earliest.items()))
        assert got[concept] == (votes if len(earliest) >= min_articles else 0.0)


def test_no_sentences_no_stories() -> None:
    empty = np.zeros(0, dtype=np.int64)
    assert len(wire_versions(build_concepts([]).shingles, empty, 0.1)) == 0
