"""A brief parses with spaCy on a thread of its own while it embeds and selects
(`synoptic.pipeline._parse_meanwhile`)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from synoptic import BriefConfig, brief
from synoptic.analyse import nlp
from synoptic.errors import MissingDependencyError
from synoptic.model import Article

ARTICLE = Article(
    id="a",
    title="Kerry meets Lavrov",
    text=(
        "Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Sochi on "
        "Tuesday. The talks lasted four hours, officials said."
    ),
)

# The modules a process imports for one thread's work, after what the brief imports
# before the second thread starts.
_TREE = """
import importlib, json, sys
from synoptic import pipeline
from synoptic.model import Article
for name in pipeline._IMPORTED_FIRST:
    importlib.import_module(name)
before = set(sys.modules)
article = Article(id="a", title="t", text="Kerry met Lavrov in Sochi on Tuesday.")
{work}
print(json.dumps(sorted(set(sys.modules) - before)))
"""


def _imported_by(work: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", _TREE.format(work=work)],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_the_two_threads_of_a_brief_import_no_module_in_common() -> None:
    # An import that waits on the other thread's could deadlock where two modules
    # import each other; with no module in common, none waits.
    parser = _imported_by(
        "from synoptic.analyse.nlp import load_nlp, parse_articles\n"
        "parse_articles(load_nlp(), [article])"
    )
    # The caller's thread: all of a brief but the parse (the analysis runs after it).
    caller = _imported_by(
        "from synoptic import BriefConfig, brief\n"
        "brief([article], config=BriefConfig(analyse=False))"
    )
    assert any(name.startswith("spacy") for name in parser)
    assert any(name.startswith("onnxruntime") for name in caller)
    assert parser & caller == set()


def test_an_error_of_the_parsing_thread_reaches_the_caller(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def missing() -> None:
        raise MissingDependencyError("spacy", "analyse")

    monkeypatch.setattr(nlp, "load_nlp", missing)
    with pytest.raises(MissingDependencyError, match="spacy"):
        brief([ARTICLE], config=BriefConfig(words=40, embedder="lexical"))


def test_a_brief_without_analysis_starts_no_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    # Recorded, not raised: an error on a thread whose result nobody asks for is lost.
    loads: list[str] = []
    monkeypatch.setattr(nlp, "load_nlp", lambda: loads.append("spaCy"))
    result = brief([ARTICLE], config=BriefConfig(words=40, embedder="lexical", analyse=False))
    assert result.summary.sentences and not result.quotes
    assert loads == []
