"""Run ``synoptic batch`` over a whole cluster file and watch its memory.

Starts the real command in a subprocess, samples its resident memory (VmRSS of
the process and its workers, from /proc) every second, and reports clusters per
second, peak RSS, and RSS at 10/25/50/75/100% of the run: flat memory means
the input is streamed.

    python benchmarks/batch_memory.py [FILE] [--workers N] [--limit-seconds S]

Defaults to ../shared/data/multinews-val.jsonl.gz (the repo's sibling). Writes
benchmarks/results/batch-<file>.json and prints a summary.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "benchmarks" / "results"


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(entry.name))
    return found


def _rss_kib(pid: int, field: str = "VmRSS") -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure(path: Path, *, workers: int, words: int, output: Path) -> dict[str, object]:
    """Run the batch and sample memory; returns the figures."""
    command = [
        str(Path(sys.executable).parent / "synoptic"),
        "batch",
        str(path),
        "--words",
        str(words),
        "--workers",
        str(workers),
        "-o",
        str(output),
        "--no-progress",
    ]
    start = time.perf_counter()
    process = subprocess.Popen(command)
    samples: list[tuple[float, int, int]] = []  # (seconds, main RSS KiB, total RSS KiB)
    main_peak = 0  # VmHWM: the kernel's own peak of the main process, between samples too
    while process.poll() is None:
        main_peak = max(main_peak, _rss_kib(process.pid, "VmHWM"))
        main = _rss_kib(process.pid)
        total = main + sum(_rss_kib(c) for c in _children(process.pid))
        samples.append((time.perf_counter() - start, main, total))
        time.sleep(1.0)
    seconds = time.perf_counter() - start
    lines = errors = 0
    with output.open(encoding="utf-8") as f:
        for line in f:
            lines += 1
            errors += '"error"' in line and '"summary"' not in line
    totals = [t for _, _, t in samples] or [0]

    def at(fraction: float) -> int:
        return (
            samples[min(len(samples) - 1, int(fraction * (len(samples) - 1)))][2] if samples else 0
        )

    return {
        "file": path.name,
        "workers": workers,
        "words": words,
        "exit_status": process.returncode,
        "clusters": lines,
        "errors": errors,
        "seconds": round(seconds, 1),
        "clusters_per_second": round(lines / seconds, 2),
        "peak_rss_mib": round(max(totals) / 1024, 1),
        "main_process_peak_rss_mib": round(main_peak / 1024, 1),
        "rss_mib_at": {
            f"{int(p * 100)}%": round(at(p) / 1024, 1) for p in (0.1, 0.25, 0.5, 0.75, 1.0)
        },
        "samples": len(samples),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DATA / "multinews-val.jsonl.gz")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--words", type=int, default=250)
    args = parser.parse_args()
    if not args.file.is_file():
        print(
            f"benchmark data not found: {args.file} (expected ../shared/data beside the repo); "
            "skipped the batch memory run"
        )
        return 0
    RESULTS.mkdir(parents=True, exist_ok=True)
    output = Path(os.environ.get("TMPDIR", "/tmp")) / f"synoptic-batch-{os.getpid()}.jsonl"
    try:
        figures = measure(args.file, workers=args.workers, words=args.words, output=output)
    finally:
        output.unlink(missing_ok=True)
    name = args.file.name.split(".")[0]
    (RESULTS / f"batch-{name}-w{args.workers}.json").write_text(
        json.dumps(figures, indent=1) + "\n"
    )
    print(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
