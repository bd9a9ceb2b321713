"""synoptic: read many news articles about one story and tell the story.

A short, faithful summary where every sentence cites its sources, a timeline,
who said what, how many independent outlets carry each fact, and where the
outlets disagree.
"""

from __future__ import annotations

import logging

from synoptic.config import BriefConfig
from synoptic.errors import ConfigError, InputError, MissingDependencyError, SynopticError
from synoptic.model import (
    Article,
    Brief,
    Citation,
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

__all__ = [
    "Article",
    "Brief",
    "BriefConfig",
    "Citation",
    "ConfigError",
    "Conflict",
    "Entity",
    "Event",
    "Fact",
    "InputError",
    "MissingDependencyError",
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

logging.getLogger(__name__).addHandler(logging.NullHandler())
