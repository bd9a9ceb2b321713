"""synoptic's benchmarks: quality and speed, side by side with the peers, in one run.

What ``make bench`` runs. Reads the research data from ``../shared/data`` (the
repository's sibling; never copied into the repository) and writes
``benchmarks/results/latest.md`` and ``latest.json``.

Quality (ROUGE, settings as ``BENCHMARKS.md``; every system on the same clusters):

* DUC 2003 task 2 and task 3: 100 words, recall.
* Multi-News validation: 250 words, F1, on the first 500 clusters (a fixed
  sample: sumy's LexRank is too slow for all 5,622 in a benchmark run;
  ``--multinews-full`` runs them all).
* MultiLing 2011 English: 250 words, recall.

Speed (DUC 2003 task 2, each a whole process: Python start, imports and model
loading included): ``synoptic batch`` as it runs by default (a worker on each
usable CPU) and on one core, sumy's LexRank, and the floor (just reading and
sentence-splitting the same input). Clusters per second, CPU seconds and peak
RSS, as ratios to synoptic's default.

    python benchmarks/run.py [--quick] [--multinews-full] [--no-quality] [--no-speed]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "benchmarks" / "results"
SYSTEMS = ("synoptic", "lead", "lead5", "lexrank", "textrank", "centroid", "oracle")
MULTINEWS_SAMPLE = 500

# (name, file, words, measure, cluster limit)
QUALITY_RUNS: list[tuple[str, str, int, str, int | None]] = [
    ("DUC 2003 task 2", "duc2003-task2.jsonl", 100, "recall", None),
    ("DUC 2003 task 3", "duc2003-task3.jsonl", 100, "recall", None),
    ("Multi-News validation", "multinews-val.jsonl.gz", 250, "f1", MULTINEWS_SAMPLE),
    ("MultiLing 2011 English", "multiling2011-en.jsonl", 250, "recall", None),
]
SPEED_FILE = "duc2003-task2.jsonl"
SPEED_WORDS = 100
TIME = "/usr/bin/time"


def _git_commit() -> str:
    try:
        done = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        dirty = subprocess.run(
            # The results folder is this script's output, not the code it measures.
            [
                "git",
                "status",
                "--porcelain",
                "--untracked-files=no",
                "--",
                ".",
                ":!benchmarks/results",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        return done.stdout.strip() + ("+dirty" if dirty.strip() else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _machine() -> dict[str, Any]:
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.processor() or "unknown",
    }


# ---------------------------------------------------------------- quality


# How each table names its ROUGE-L (BENCHMARKS.md: summary-level for DUC's recall,
# sentence-level for Multi-News's F1; `synoptic.evaluate.rouge.rouge_l_for`).
_ROUGE_L = {
    "summary": "summary-level (rougeLsum)",
    "sentence": "sentence-level (rougeL)",
}


def run_quality(limit_multinews: int | None, quick: bool) -> tuple[list[dict[str, Any]], list[str]]:
    """Every quality run whose file is present; returns results and markdown sections."""
    from synoptic.evaluate import format_table, read_benchmark
    from synoptic.evaluate.rouge import rouge_l_for
    from synoptic.evaluate.runner import evaluate_clusters, results_json

    records, sections = [], []
    for name, filename, words, measure, limit in QUALITY_RUNS:
        path = DATA / filename
        if not path.is_file():
            print(f"skipped {name}: {path} is not there")
            continue
        if filename.startswith("multinews"):
            limit = limit_multinews
        if quick:
            limit = min(limit or 10, 10)
        clusters, rejected = read_benchmark(path, limit=limit)
        clusters = [c for c in clusters if c.references]
        print(f"{name}: {len(clusters)} clusters, {words} words, {measure} ...", flush=True)
        start = time.perf_counter()
        results = evaluate_clusters(clusters, SYSTEMS, words=words, measure=measure)  # type: ignore[arg-type]
        print(f"  done in {time.perf_counter() - start:.0f} s", flush=True)
        sample = "" if limit is None else f" (first {len(clusters)} clusters)"
        title = (
            f"### {name}{sample}: {words} words, {measure}\n\n"
            f"{len(clusters)} clusters ({len(rejected)} bad lines skipped). "
            "ROUGE ×100, rouge-score with Porter stemming, stopwords kept, references "
            f"averaged; R-L {_ROUGE_L[rouge_l_for(measure)]}. 95% bootstrap CI over clusters "
            "(1000 resamples, seeded). clusters/s: each system's summarise calls in this "
            "process, one core.\n"
        )
        table = format_table(results, title=title)
        print(table)
        sections.append(table)
        data = results_json(
            results,
            clusters,
            {
                "benchmark": name,
                "file": filename,
                "words": words,
                "measure": measure,
                "limit": limit,
            },
        )
        data.pop("clusters")  # per-cluster scores: use `synoptic eval --json`
        records.append(data)
    return records, sections


# ---------------------------------------------------------------- speed

CHILD = "--speed-child"


def _child(kind: str, path: Path, words: int) -> None:
    """A whole-process peer run (what the speed benchmark times)."""
    from synoptic.ingest import read_clusters
    from synoptic.model import Cluster
    from synoptic.text import split_sentences

    out = sys.stdout
    if kind == "lexrank":
        from synoptic.evaluate.peers import lexrank_summary
    for item in read_clusters(path):
        if not isinstance(item, Cluster):
            continue
        if kind == "floor":
            count = sum(len(split_sentences(a)) for a in item.articles)
            out.write(json.dumps({"id": item.id, "sentences": count}) + "\n")
        else:
            sentences = lexrank_summary(item, words=words)
            out.write(json.dumps({"id": item.id, "summary": " ".join(sentences)}) + "\n")


# Runs of each process, taken in rounds; the best is kept (the machine is shared,
# noise only adds time). Five, not three: one process ran 1.1 to 1.9 s in six
# consecutive runs on this machine.
SPEED_RUNS = 5


def _timed_process(command: list[str]) -> dict[str, float]:
    """Wall time, CPU time and peak RSS of one whole process, by /usr/bin/time.

    Not by wait4 from here: on Linux a child's peak RSS starts at its parent's
    size when it forks, so a child of this (large) process would report this
    process's peak. /usr/bin/time is small, and forks the command itself.
    OpenBLAS is held to one thread in every process, so each runs on one core.
    """
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1"}
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        start = time.perf_counter()
        done = subprocess.run(
            [TIME, "-f", "%M %U %S", "-o", report.name, *command],
            stdout=subprocess.DEVNULL,
            cwd=ROOT,
            env=env,
            check=False,
        )
        seconds = time.perf_counter() - start
        peak_kib, user, system = report.read().strip().splitlines()[-1].split()
    return {
        "seconds": seconds,
        "cpu_seconds": float(user) + float(system),
        "peak_rss_mib": int(peak_kib) / 1024,
        "exit_status": done.returncode,
    }


def _best_of(timings: list[dict[str, float]]) -> dict[str, float]:
    """The fastest of a process's runs (wall and CPU each at their least), the highest peak RSS."""
    return {
        "seconds": min(t["seconds"] for t in timings),
        "cpu_seconds": min(t["cpu_seconds"] for t in timings),
        "peak_rss_mib": max(t["peak_rss_mib"] for t in timings),
        "exit_status": max(t["exit_status"] for t in timings),
        "runs": len(timings),
    }


def run_speed() -> tuple[dict[str, Any] | None, str]:
    from synoptic.batch import usable_cpus

    path = DATA / SPEED_FILE
    if not path.is_file():
        print(f"skipped the speed run: {path} is not there")
        return None, ""
    if not Path(TIME).is_file():
        print(f"skipped the speed run: {TIME} is not there (apt-get install time)")
        return None, ""
    clusters = sum(1 for line in path.open(encoding="utf-8") if line.strip())
    python = sys.executable
    synoptic_cli = str(Path(python).parent / "synoptic")
    batch = [synoptic_cli, "batch", str(path), "--words", str(SPEED_WORDS), "--no-progress"]
    commands = {
        # What a user gets: a worker on each usable CPU (two on the target machine).
        # Every ratio below is against it; the CPU column shows the cost per core.
        "synoptic": batch,
        "synoptic, 1 worker": [*batch, "--workers", "1"],
        "lexrank (sumy)": [python, __file__, CHILD, "lexrank", str(path)],
        "floor (read + split)": [python, __file__, CHILD, "floor", str(path)],
    }
    # Rounds, each process once a round: a change in the machine's load during
    # the run then touches every process alike, not the one whose turn it was.
    timings: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
    for round_ in range(1, SPEED_RUNS + 1):
        for name, command in commands.items():
            print(f"speed: {name}, run {round_} of {SPEED_RUNS} ...", flush=True)
            timings[name].append(_timed_process(command))
    figures = {name: _best_of(runs) for name, runs in timings.items()}
    for figure in figures.values():
        figure["clusters_per_second"] = clusters / figure["seconds"]
    base = figures["synoptic"]
    lines = [
        f"### Speed: {SPEED_FILE}, {clusters} clusters, {SPEED_WORDS} words\n",
        "Each a whole process (Python start, imports and model loading included; "
        f"OpenBLAS at one thread), on one core but for synoptic's default batch, which "
        f"runs a worker on each of the {usable_cpus()} usable CPUs; best of "
        f"{SPEED_RUNS} runs, taken in rounds of one run of each; wall and CPU seconds "
        "and peak RSS by /usr/bin/time.\n",
        "| process | seconds | CPU s | clusters/s | × synoptic speed | × synoptic CPU "
        "| peak RSS MiB | × synoptic memory |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, f in figures.items():
        lines.append(
            f"| {name} | {f['seconds']:.2f} | {f['cpu_seconds']:.2f} "
            f"| {f['clusters_per_second']:.2f} "
            f"| {f['clusters_per_second'] / base['clusters_per_second']:.3g} "
            f"| {f['cpu_seconds'] / base['cpu_seconds']:.3g} "
            f"| {f['peak_rss_mib']:.0f} | {f['peak_rss_mib'] / base['peak_rss_mib']:.2f} |"
        )
    table = "\n".join(lines) + "\n"
    print(table)
    return {
        "file": SPEED_FILE,
        "clusters": clusters,
        "words": SPEED_WORDS,
        "processes": figures,
    }, table


# ---------------------------------------------------------------- main


def main() -> int:
    parser = argparse.ArgumentParser(description="synoptic's quality and speed benchmarks")
    parser.add_argument(
        "--multinews-full",
        action="store_true",
        help=f"all Multi-News validation clusters (default: first {MULTINEWS_SAMPLE})",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="10 clusters per quality run (a smoke test; not for the record)",
    )
    parser.add_argument("--no-quality", action="store_true")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(
            f"The benchmark data is not there: {DATA} (expected ../shared/data beside the "
            "repository). Skipped every benchmark: "
            + ", ".join(name for name, *_ in QUALITY_RUNS)
            + ", and the speed run."
        )
        return 0
    started = dt.datetime.now(dt.UTC)
    quality, sections = (
        ([], [])
        if args.no_quality
        else run_quality(None if args.multinews_full else MULTINEWS_SAMPLE, args.quick)
    )
    speed, speed_table = (None, "") if args.no_speed else run_speed()
    meta = {
        "date": started.isoformat(timespec="seconds"),
        "commit": _git_commit(),
        "machine": _machine(),
        "quick": args.quick,
        "minutes": round((dt.datetime.now(dt.UTC) - started).total_seconds() / 60, 1),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.json").write_text(
        json.dumps({**meta, "quality": quality, "speed": speed}, indent=1) + "\n", encoding="utf-8"
    )
    header = (
        f"# synoptic benchmarks\n\n{meta['date']}, commit {meta['commit']}, "
        f"{meta['machine']['cpus']} CPUs, Python {meta['machine']['python']}, "
        f"{meta['minutes']} minutes{' (quick: not for the record)' if args.quick else ''}."
        "\n\n"
    )
    (RESULTS / "latest.md").write_text(
        header + "\n".join([*sections, speed_table]), encoding="utf-8"
    )
    print(f"wrote {RESULTS / 'latest.md'} and latest.json")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == CHILD:
        _child(sys.argv[2], Path(sys.argv[3]), SPEED_WORDS)
        sys.exit(0)
    sys.exit(main())
