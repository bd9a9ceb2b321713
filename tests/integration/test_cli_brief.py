"""`synoptic brief` through its real entry point, good and bad input."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Run

FAST = ("--embedder", "lexical", "--no-analysis")

STORY = (
    "Ministers agree on river treaty\n\n"
    "Ministers from the three river nations signed a treaty on Tuesday to share water from "
    "the Blue River. The treaty sets quotas for each nation during droughts. Farmers' groups "
    "welcomed the deal, which took four years to negotiate.\n"
)
STORY_2 = (
    "River treaty signed\n\n"
    "Three countries signed a water-sharing treaty for the Blue River on Tuesday. The deal "
    "sets drought quotas for each country. It took four years of negotiation.\n"
)


def _story_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    (folder / "b.txt").write_text(STORY_2, encoding="utf-8")
    return folder


def test_json_brief_of_the_example_cites_and_keeps_budget(run_cli: Run, kerry_dir: Path) -> None:
    done = run_cli("brief", str(kerry_dir), "--format", "json", "--words", "80")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    ids = {d["id"] for d in data["documents"]}
    assert len(ids) == 5
    summary = data["summary"]
    assert 0 < summary["words"] <= 80
    for sentence in summary["sentences"]:
        assert sentence["sources"] and set(sentence["sources"]) <= ids
    for key in ("facts", "timeline", "quotes", "entities", "conflicts", "rejected"):
        assert key in data
    assert data["rejected"] == []


def test_bad_files_are_reported_and_skipped(run_cli: Run, tmp_path: Path) -> None:
    folder = _story_dir(tmp_path)
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "empty.txt").write_text("", encoding="utf-8")
    done = run_cli("brief", str(folder), *FAST)
    assert done.returncode == 1
    assert "photo.txt" in done.stderr and "binary" in done.stderr
    assert "empty.txt" in done.stderr and "empty" in done.stderr
    assert "Traceback" not in done.stderr
    assert "## Summary" in done.stdout and "## Skipped inputs" in done.stdout


def test_nothing_usable_is_one_line_and_status_2(run_cli: Run, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    done = run_cli("brief", str(tmp_path / "empty.txt"), *FAST)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("synoptic: no usable article")


def test_missing_path_and_empty_directory(run_cli: Run, tmp_path: Path) -> None:
    done = run_cli("brief", str(tmp_path / "nope.txt"), *FAST)
    assert done.returncode == 2
    assert "nope.txt" in done.stderr and "Traceback" not in done.stderr
    (tmp_path / "void").mkdir()
    done = run_cli("brief", str(tmp_path / "void"), *FAST)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "synoptic:" in done.stderr


def test_stdin_and_output_file(run_cli: Run, tmp_path: Path) -> None:
    out = tmp_path / "brief.html"
    done = run_cli("brief", "-", *FAST, "--format", "html", "-o", str(out), stdin=STORY)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "Blue River" in page


def test_bad_arguments_exit_2(run_cli: Run) -> None:
    assert run_cli("brief", "x", "--words", "ten").returncode == 2
    assert run_cli("brief", "x", "--format", "pdf").returncode == 2
    done = run_cli("brief", "x", "--embedder", "nope")
    assert done.returncode == 2 and "unknown embedder" in done.stderr
