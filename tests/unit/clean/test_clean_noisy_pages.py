"""Whole news pages with their furniture: the brief of tests/fixtures/noisy-pages keeps none."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "noisy-pages"
# What the pages carry besides their story: share buttons, sign-ups, players,
# captions, comment boxes, pointers at the page's media, and the notes at a page's end.
# "watch the": the player's prompt and a caption ("Residents watch the debate ..."),
# not the story's "residents packed the public gallery ... to watch councillors".
FURNITURE = re.compile(
    r"whatsapp|newsletter|subscribe|sign up|advertisement|podcast|listen to|video|"
    r"click|tap to play|play now|watch the|above|below|comment|have your say|share|"
    r"photo|image|jane doe|read more|related|follow|©|rights reserved|\||"
    # The notes pages end in: copyright, credits, revisions, a paywall's count.
    r"copyright|may not be published|contributed to|has been updated|free articles|"
    r"journalism depends",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def brief() -> str:
    pytest.importorskip("trafilatura")
    done = subprocess.run(
        [sys.executable, "-m", "synoptic", "brief", "-w", "250", str(PAGES)],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def test_summary_and_facts_carry_no_page_furniture(brief: str) -> None:
    story = brief.split("## Sources")[0]
    body = story.split("## Summary", 1)[1]
    assert "barrier" in body
    assert FURNITURE.findall(body) == []
