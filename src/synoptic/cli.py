"""The ``synoptic`` command line: parses arguments, calls the pipeline, prints.

Exit status: 0 on success, 1 when some inputs were rejected but a brief was
made, 2 when nothing usable remained or the arguments were wrong.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

# A summary's matrix products are small (a few hundred rows): OpenBLAS threads
# only add overhead, and fight `synoptic batch`'s worker processes (one per core)
# for the cores. Set before numpy loads; a value the user set wins. The command
# line owns its process, so it sets this; the library never touches the environment.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from synoptic.config import DEFAULT_WORDS, BriefConfig
from synoptic.errors import InputError, SynopticError
from synoptic.model import Rejection

__all__ = ["main"]

FORMATS = ("markdown", "json", "html")


def _positive_words(value: str) -> int:
    try:
        words = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if not 10 <= words <= 5000:
        raise argparse.ArgumentTypeError("must be between 10 and 5000")
    return words


def _workers(value: str) -> int | None:
    """A process count, or None for "auto" (`synoptic.batch.usable_cpus`)."""
    if value == "auto":
        return None
    try:
        workers = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number or 'auto': {value!r}") from None
    if workers < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return workers


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="synoptic",
        description="Read many news articles about one story and tell the story.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    brief = commands.add_parser(
        "brief",
        help="brief one story from its articles",
        description="Brief one story: a cited summary, timeline, quotes, entities, "
        "corroboration and disagreements.",
    )
    brief.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article files (.txt .md .html .json .jsonl), directories, or - for stdin",
    )
    brief.add_argument(
        "-w",
        "--words",
        type=_positive_words,
        default=DEFAULT_WORDS,
        help=f"summary word budget (default {DEFAULT_WORDS})",
    )
    brief.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default="markdown",
        help="output format (default markdown)",
    )
    brief.add_argument("-o", "--output", type=Path, help="write to FILE instead of stdout")
    brief.add_argument(
        "--explain",
        action="store_true",
        help="also list what cleaning removed from each article, and why",
    )
    brief.add_argument(
        "--no-analysis",
        action="store_true",
        help="summary and sources only: skip facts, timeline, quotes, "
        "entities and conflicts (faster)",
    )
    brief.add_argument(
        "--embedder",
        default="minilm",
        help="sentence embedder: minilm (default) or lexical (fast, no model)",
    )

    batch = commands.add_parser(
        "batch",
        help="summarise every cluster of a cluster JSONL file",
        description="Summarise every cluster of a cluster JSONL(.gz) file, one output line "
        "per cluster, in input order.",
    )
    batch.add_argument(
        "clusters",
        type=Path,
        metavar="CLUSTERS.jsonl[.gz]",
        help="cluster JSONL file, gzipped or not; - for stdin",
    )
    batch.add_argument("-w", "--words", type=_positive_words, default=DEFAULT_WORDS)
    batch.add_argument("-o", "--output", type=Path, help="output JSONL (default stdout)")
    batch.add_argument(
        "--workers",
        type=_workers,
        default=None,
        metavar="N|auto",
        help="processes (default auto: one a usable CPU; one for a file too short to share)",
    )
    batch.add_argument("--no-progress", action="store_true", help="no progress bar")

    evaluate = commands.add_parser(
        "eval",
        help="score systems with ROUGE on a benchmark cluster file",
        description="Run every named system on the same clusters and print ROUGE with "
        "95%% bootstrap confidence intervals, mean length and throughput.",
    )
    evaluate.add_argument("clusters", type=Path, metavar="CLUSTERS.jsonl[.gz]")
    evaluate.add_argument("-w", "--words", type=_positive_words, default=100)
    evaluate.add_argument("--measure", choices=("recall", "f1"), default="recall")
    evaluate.add_argument(
        "--systems",
        default="synoptic,lead,lead5,lexrank,textrank,centroid,oracle",
        help="comma-separated systems to run",
    )
    evaluate.add_argument(
        "--rouge",
        choices=("python", "perl"),
        default="python",
        help="rouge-score (default) or the official ROUGE-1.5.5 Perl script",
    )
    evaluate.add_argument(
        "--rouge-l",
        choices=("summary", "sentence"),
        help="ROUGE-L summary-level (rougeLsum; the default for recall, as DUC scores it) "
        "or sentence-level (rougeL; the default for f1, as Multi-News is scored)",
    )
    evaluate.add_argument("--limit", type=int, help="only the first N clusters")
    evaluate.add_argument("--json", type=Path, dest="json_path", help="write per-cluster scores")
    evaluate.add_argument("--workers", type=int, default=1, help="processes (default 1)")
    return parser


def _report(rejected: Sequence[Rejection]) -> None:
    for rejection in rejected:
        print(f"synoptic: skipped {rejection.source}: {rejection.reason}", file=sys.stderr)


def _brief(args: argparse.Namespace) -> int:
    from synoptic.pipeline import brief
    from synoptic.render import render

    config = BriefConfig(words=args.words, embedder=args.embedder, analyse=not args.no_analysis)
    try:
        result = brief(args.paths, config=config)
    except InputError as error:
        if len(error.rejected) > 1:
            _report(error.rejected)
        raise
    _report(result.rejected)
    text = render(result, args.format, explain=args.explain)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 1 if result.rejected else 0


def _batch(args: argparse.Namespace) -> int:
    from synoptic.batch import run_batch

    return run_batch(
        args.clusters,
        words=args.words,
        output=args.output,
        workers=args.workers,
        progress=not args.no_progress,
    )


def _eval(args: argparse.Namespace) -> int:
    from synoptic.evaluate import run_eval

    systems = tuple(s.strip() for s in args.systems.split(",") if s.strip())
    return run_eval(
        args.clusters,
        words=args.words,
        measure=args.measure,
        systems=systems,
        rouge=args.rouge,
        rouge_l=args.rouge_l,
        limit=args.limit,
        json_path=args.json_path,
        workers=args.workers,
    )


COMMANDS = {"brief": _brief, "batch": _batch, "eval": _eval}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="synoptic: %(message)s"
    )
    try:
        return COMMANDS[args.command](args)
    except SynopticError as error:
        print(f"synoptic: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
