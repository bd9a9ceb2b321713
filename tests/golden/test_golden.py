"""Golden briefs: the bundled example, end to end, against files updated only on purpose.

Regenerate after an intended change with::

    SYNOPTIC_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/golden

and review the diff before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from synoptic.model import Brief
from synoptic.render import render

HERE = Path(__file__).parent
UPDATE = os.environ.get("SYNOPTIC_UPDATE_GOLDEN") == "1"


@pytest.mark.slow
@pytest.mark.parametrize("fmt, name", [("markdown", "brief.md"), ("json", "brief.json")])
def test_kerry_brief_matches_golden(kerry_brief: Brief, fmt: str, name: str) -> None:
    golden = HERE / "kerry-lavrov" / name
    text = render(kerry_brief, fmt)
    if UPDATE or not golden.exists():
        golden.write_text(text, encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"{golden} did not exist; written now, review and commit it")
    assert text == golden.read_text(encoding="utf-8")


def test_readme_demo_is_the_golden_brief_shortened() -> None:
    """Every line the README's demo shows is a line of the golden brief (only `…` stands
    for lines left out), so the demo cannot drift from what the command prints."""
    readme = (HERE.parents[1] / "README.md").read_text(encoding="utf-8")
    demo = readme.split("<!-- BEGIN DEMO OUTPUT -->")[1].split("<!-- END DEMO OUTPUT -->")[0]
    shown = [line for line in demo.strip().strip("`").splitlines()[1:] if line not in ("", "- …")]
    golden = set((HERE / "kerry-lavrov" / "brief.md").read_text(encoding="utf-8").splitlines())
    assert shown and [line for line in shown if line not in golden] == []
