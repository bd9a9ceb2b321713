"""Shared fixtures: paths of the bundled example, and a runner for the real CLI."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
KERRY = ROOT / "examples" / "kerry-lavrov"

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(scope="session")
def kerry_dir() -> Path:
    return KERRY


@pytest.fixture
def run_cli() -> Run:
    """Runs ``python -m synoptic ARGS`` as a user would, returning the finished process."""

    def run(
        *args: str, stdin: str | bytes | None = None, cwd: Path | None = None, timeout: float = 300
    ) -> subprocess.CompletedProcess[str]:
        data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
        done = subprocess.run(
            [sys.executable, "-m", "synoptic", *args],
            input=data,
            capture_output=True,
            cwd=cwd or ROOT,
            timeout=timeout,
            check=False,
        )
        return subprocess.CompletedProcess(
            done.args, done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
        )

    return run


@pytest.fixture(scope="session")
def kerry_brief(kerry_dir: Path):  # type: ignore[no-untyped-def]
    """The default brief of the bundled example (loads the real models once per run).

    Read as ``examples/kerry-lavrov`` from the repository root, as `make demo` does, so
    the paths in the brief (and its golden files) are the same in every checkout.
    """
    from synoptic import brief

    with contextlib.chdir(ROOT):
        return brief([kerry_dir.relative_to(ROOT)])


@pytest.fixture(autouse=True)
def _cleaning_gate_agrees(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every line that cleaning lets past its rules (`cleaner._may_change`) in any test is
    one that the rules, every one asked, leave as it is: a rule that needs a mark or a
    word the gate does not list fails the tests that exercise it."""
    from synoptic.clean import cleaner

    gate = cleaner._may_change

    def checked(line: str, sentences: list[str]) -> bool:
        may = gate(line, sentences)
        if not may:  # (as its page's only line, the caption rule alone is not asked)
            kept = (None, " ".join(sentences), ())
            assert cleaner._judge_all(line, False, sentences) == kept, line
        return may

    monkeypatch.setattr(cleaner, "_may_change", checked)
