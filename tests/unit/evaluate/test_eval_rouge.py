"""ROUGE as the benchmarks score it: values checked by hand, references averaged, the cut."""

from __future__ import annotations

import pytest

from synoptic.errors import SynopticError
from synoptic.evaluate.rouge import Scorer, cut_words, rouge_l_for


def test_rouge_recall_and_f1_checked_by_hand() -> None:
    # candidate: the cat sat on the mat today  (7 unigrams, 6 bigrams)
    # reference: the cat lay on the mat        (6 unigrams, 5 bigrams)
    # unigram hits: the×2, cat, on, mat = 5 → R = 5/6, P = 5/7, F = 2·(5/7)(5/6)/(5/7+5/6) = 10/13
    # bigram hits: the-cat, on-the, the-mat = 3 → R = 3/5, P = 3/6, F = 2·0.5·0.6/1.1 = 6/11
    candidate = ["The cat sat on the mat today."]
    reference = ["The cat lay on the mat."]
    recall = Scorer("recall").score(candidate, reference)
    f1 = Scorer("f1").score(candidate, reference)
    assert recall["rouge1"] == pytest.approx(5 / 6)
    assert recall["rouge2"] == pytest.approx(3 / 5)
    assert f1["rouge1"] == pytest.approx(10 / 13)
    assert f1["rouge2"] == pytest.approx(6 / 11)
    # LCS: the cat on the mat = 5 tokens, as for R-1 here.
    assert recall["rougeL"] == pytest.approx(5 / 6)


def test_several_references_average_the_per_reference_scores() -> None:
    # against "the cat lay on the mat": R-1 5/6, R-2 3/5 (6 candidate unigrams, 5 bigrams)
    # against "a dog sat": R-1 1/3 (sat), R-2 0 → means 7/12 and 3/10
    candidate = ["The cat sat on the mat."]
    scores = Scorer("recall").score(candidate, ["The cat lay on the mat.", "A dog sat."])
    assert scores["rouge1"] == pytest.approx((5 / 6 + 1 / 3) / 2)
    assert scores["rouge2"] == pytest.approx((3 / 5 + 0) / 2)


def test_stemming_is_on_and_stopwords_are_kept() -> None:
    scores = Scorer("recall").score(["The rescuers were searching"], ["the rescuer was searched"])
    # the, rescuer(s)→rescuer, search(ing/ed)→search match; were/was differ: 3/4
    assert scores["rouge1"] == pytest.approx(3 / 4)


def test_cut_keeps_whole_sentences_then_truncates_the_last() -> None:
    assert cut_words(["one two three", "four five six", "seven"], 4) == ["one two three", "four"]
    assert cut_words(["one  two\nthree"], 10) == ["one two three"]
    assert cut_words(["one two", "", "three"], 2) == ["one two"]
    assert cut_words([], 5) == []


def test_no_reference_scores_zero() -> None:
    assert Scorer("f1").score(["anything"], []) == {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}


def test_rouge_l_summary_level_unions_sentences_sentence_level_reads_one_sequence() -> None:
    # The summary gives the reference's two sentences in the other order.
    # Summary-level (union LCS per reference sentence): both found, 6 of 6.
    # Sentence-level (one LCS over all six tokens): "a b c" or "d e f", 3 of 6.
    candidate = ["Dd ee ff.", "Aa bb cc."]
    reference = ["Aa bb cc. Dd ee ff."]
    assert Scorer("recall", "summary").score(candidate, reference)["rougeL"] == pytest.approx(1.0)
    assert Scorer("recall", "sentence").score(candidate, reference)["rougeL"] == pytest.approx(0.5)
    # do not depend on the level.
    summary = Scorer("f1", "summary").score(candidate, reference)
    sentence = Scorer("f1", "sentence").score(candidate, reference)
    assert summary["rouge1"] == sentence["rouge1"] and summary["rouge2"] == sentence["rouge2"]


def test_rouge_l_level_follows_the_measure_unless_given() -> None:
    # BENCHMARKS.md: DUC (recall) as ROUGE-1.5.5, summary-level; Multi-News (F1) sentence-level.
    assert rouge_l_for("recall") == "summary"
    assert rouge_l_for("f1") == "sentence"
    assert Scorer("recall").rouge_l == "summary"
    assert Scorer("f1").rouge_l == "sentence"
    assert Scorer("f1", "summary").rouge_l == "summary"
    with pytest.raises(SynopticError, match="ROUGE-L level"):
        Scorer("f1", "paragraph")  # type: ignore[arg-type]
