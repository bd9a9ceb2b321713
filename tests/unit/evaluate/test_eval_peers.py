"""Peers: every system gives a cut summary, the oracle is the ceiling, no NLTK data needed."""

from __future__ import annotations

import pytest

from synoptic.evaluate.peers import cluster_sentences, lead_each_summary, lead_summary
from synoptic.evaluate.runner import evaluate_clusters
from synoptic.model import Cluster

PEERS = ("lead", "lead5", "lexrank", "textrank", "centroid")


@pytest.fixture(autouse=True)
def no_nltk_data(monkeypatch: pytest.MonkeyPatch) -> None:
    """Peers must run where NLTK's data (punkt, stopwords) cannot be downloaded."""
    import nltk.data

    def missing(*args: object, **kwargs: object) -> None:
        raise LookupError("NLTK data is not available offline")

    monkeypatch.setattr(nltk.data, "find", missing)
    monkeypatch.setattr(nltk.data, "load", missing)


@pytest.mark.parametrize("measure", ["recall", "f1"])
def test_oracle_is_never_below_any_system(clusters: list[Cluster], measure: str) -> None:
    results = evaluate_clusters(clusters, (*PEERS, "oracle"), words=30, measure=measure)  # type: ignore[arg-type]
    total = {r.name: r.summary["rouge1"][0] + r.summary["rouge2"][0] for r in results}
    for result in results:
        assert result.failed == 0, result.errors
        assert 0 < result.mean_words <= 30
    for name in PEERS:
        assert total["oracle"] >= total[name], (name, total)
    # and cluster by cluster too, on these fixtures
    oracle = next(r for r in results if r.name == "oracle")
    for result in results:
        for mine, theirs in zip(oracle.scores, result.scores, strict=True):
            assert mine["rouge1"] + mine["rouge2"] >= theirs["rouge1"] + theirs["rouge2"] - 1e-9


def test_lead_takes_the_newest_article(clusters: list[Cluster]) -> None:
    quake = clusters[0]
    newest = max(quake.articles, key=lambda a: a.date)  # type: ignore[arg-type, return-value]
    assert lead_summary(quake, words=10)[0] in newest.text


def test_lead5_takes_every_articles_opening(clusters: list[Cluster]) -> None:
    cluster = clusters[0]
    sentences = cluster_sentences(cluster)
    opening = lead_each_summary(cluster, words=10_000, per_article=2)
    assert opening == [s.text for s in sentences if s.index < 2]
    covered = {s.article_id for s in sentences if s.text in opening}
    assert covered == {a.id for a in cluster.articles}
    # cut once the budget is met: a one-word budget keeps the first sentence only
    assert lead_each_summary(cluster, words=1) == [sentences[0].text]


def test_a_failing_system_is_reported_not_raised(
    clusters: list[Cluster], monkeypatch: pytest.MonkeyPatch
) -> None:
    from synoptic import pipeline

    def broken(articles: object, *, words: int) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "summarize", broken)
    (result,) = evaluate_clusters(clusters, ("synoptic",), words=30)
    assert result.failed == len(clusters)
    assert result.errors[0] == "RuntimeError: boom"
    assert result.summary["rouge1"] == (0.0, 0.0, 0.0)
