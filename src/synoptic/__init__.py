"""synoptic: read many news articles about one story and tell the story.

A short, faithful summary where every sentence cites its sources, a timeline,
who said what, how many independent outlets carry each fact, and where the
outlets disagree.

The public names below are loaded on first use, so that ``import synoptic.ingest``
(or a batch worker) does not pay for the whole pipeline's imports.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from synoptic.config import BriefConfig
    from synoptic.errors import (
        ConfigError,
        InputError,
        MissingDependencyError,
        ModelIntegrityError,
        SynopticError,
    )
    from synoptic.model import (
        Article,
        Brief,
        Citation,
        Cluster,
        Conflict,
        Entity,
        Event,
        Fact,
        Quote,
        Rejection,
        Sentence,
        Summary,
        SummarySentence,
    )
    from synoptic.pipeline import brief, read_articles, summarize

_WHERE = {
    "BriefConfig": "synoptic.config",
    **dict.fromkeys(
        [
            "ConfigError",
            "InputError",
            "MissingDependencyError",
            "ModelIntegrityError",
            "SynopticError",
        ],
        "synoptic.errors",
    ),
    **dict.fromkeys(
        [
            "Article",
            "Brief",
            "Citation",
            "Cluster",
            "Conflict",
            "Entity",
            "Event",
            "Fact",
            "Quote",
            "Rejection",
            "Sentence",
            "Summary",
            "SummarySentence",
        ],
        "synoptic.model",
    ),
    **dict.fromkeys(["brief", "read_articles", "summarize"], "synoptic.pipeline"),
}

__all__ = [
    "Article",
    "Brief",
    "BriefConfig",
    "Citation",
    "Cluster",
    "ConfigError",
    "Conflict",
    "Entity",
    "Event",
    "Fact",
    "InputError",
    "MissingDependencyError",
    "ModelIntegrityError",
    "Quote",
    "Rejection",
    "Sentence",
    "Summary",
    "SummarySentence",
    "SynopticError",
    "brief",
    "read_articles",
    "summarize",
]


def __getattr__(name: str) -> Any:
    try:
        module = _WHERE[name]
    except KeyError:
        raise AttributeError(f"module 'synoptic' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])


logging.getLogger(__name__).addHandler(logging.NullHandler())
