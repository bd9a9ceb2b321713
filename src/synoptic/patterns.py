"""Regular expressions compiled when first used, not when their module is imported.

CPython compiles a pattern in Python code (``re._parser``, ``re._compiler``): the
cleaner's and the dateline rules' 120-odd patterns took about 60 ms of every
process's start (``benchmarks/speed_stages.py``; a whole `synoptic batch` of
DUC 2003 task 2 runs in about 1 s). Many of them guard page text that a cheap
test must find first (a reader comment's header, a video page's stamp, a
credit's agency), and a batch of clean newswire never asks for them:
`lazy_compile` leaves those uncompiled until a text does.

It also holds the patterns that rules of more than one stage share.
"""

from __future__ import annotations

import re
from typing import cast

__all__ = [
    "CLOCK_24H",
    "RUN_IN_BYLINE",
    "RUN_IN_BYLINE_PATTERN",
    "TIME_ZONES",
    "YEAR_LIKE",
    "lazy_compile",
]

# The time zones a page's stamp gives after its clock, lower case ("1: 40 am gmt").
TIME_ZONES = r"(?:gmt|utc|bst|et|edt|est|ct|cdt|cst|pt|pdt|pst)"

# A live page's 24-hour clock as its entries open ("1654 The Pan - American ..."), and
# the four digits of one that a year or a round count could be (19xx, 2000-2059,
# "1200 Marines"): `text.datelines` leaves those, `clean.rules.live_page_clocks` takes
# them on a page whose other clocks show it is a live page.
CLOCK_24H = r"(?:[01]\d|2[0-3])[0-5]\d"
YEAR_LIKE = r"19|20[0-5]|\d\d00"

# A byline run into the story after a page's time stamp or newsletter box, as Multi-News
# lower-cases it (to be compiled with re.IGNORECASE): "by eric boehlert if roger ailes
# thought ...", "by phil mccausland, daniella silva and saphora smith houston — ...". Each
# name is two words (a middle initial allowed, "carol e. Lee"), the last after "and"; the
# story follows. Not "by maggie fox and you thought the 70s were wild.": a name holds no
# article or pronoun, and no "and" may follow the byline, whose end would be unclear.
_NAME = r"(?!(?:the|a|an|and)\b)[a-z][a-z'’-]*(?:\s[a-z]\.)?\s(?!(?:the|a|an|and)\b)[a-z][a-z'’-]*"
RUN_IN_BYLINE = (
    rf"by\s{_NAME}(?:,\s{_NAME})*"
    rf"(?:,?\s+and\s+(?!(?:you|i|we|they|he|she|it|this|that|there)\b){_NAME})?"
    r"\s+(?!and\b)(?=\S)"
)

# What callers ask of a pattern; each becomes the instance's own attribute once
# compiled, so a call costs what the compiled pattern's own method does.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _LazyPattern:
    """A pattern's source and flags, compiled on the first attribute asked of it."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> object:
        # Only for attributes not set on the instance: the methods until the first
        # use, the compiled pattern's other attributes (``flags``, ``groups``) always.
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self._flags)
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done when the pattern is first used.

    The value answers `re.Pattern`'s methods and attributes (``pattern`` at once,
    the rest after compiling), though it is no instance of it.
    """
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))


# `RUN_IN_BYLINE` alone, compiled once for the stages that match it by itself.
RUN_IN_BYLINE_PATTERN = lazy_compile(RUN_IN_BYLINE, re.IGNORECASE)
