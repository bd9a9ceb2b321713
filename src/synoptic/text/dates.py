"""Time expressions: find them in a `Sentence` and resolve them to calendar dates.

Takes a sentence and the date its article speaks from (the *anchor*); returns
`TimeExpression` values, each with a date, a precision (``day``, ``month``,
``year``) and how it was resolved (``absolute``, or against the anchor, which
is ``metadata`` when the article carries its date and ``inferred`` when the date
was read from the article's own explicit dates, see `infer_article_date`).

Spans are found by our own regular expressions, not by ``dateparser``'s
``search_dates`` (it splits "Dec. 15 2015" at the dot and misreads
"Oct. 13, 2014"; see DEPENDENCIES.md), and resolved by plain calendar
arithmetic, which is what ``dateparser.parse`` with ``RELATIVE_BASE`` and
``PREFER_DATES_FROM='past'`` would do, minus its day-guessing: "in May" keeps
month precision and never gets an invented day.

What is found:

* absolute: "Monday Oct. 13, 2014", "Tuesday Dec. 15 2015", "15 December 2015",
  "2015-12-15" (day); "May 2015" (month); "in 2014", "early 2014", "the 2013
  agreement" (year);
* partial, completed from the anchor: "Dec. 15", "20 April" (day); "in May",
  "a February cease-fire", "last May" (month);
* relative to the anchor: "today", "yesterday", "Tuesday", "on Monday", "last
  Friday"; "last month", "this year", "a year ago", "three days ago"; week
  expressions ("later this week", "last week") become the finest of day, month
  or year that holds the whole week.

Weekday names follow the tense of their clause, as news writes them: "Kerry
met Lavrov on Monday" is the Monday on or before the anchor, "when they meet
Tuesday" the Tuesday on or after it. Partial dates ("in May", "Dec. 15") take
the year that puts them nearest the anchor, a coming date counting double
(news looks back more often than ahead) unless the clause speaks of the future.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from synoptic.model import Article, Precision, Sentence, TimeExpression
from synoptic.patterns import compile_pattern

__all__ = [
    "AnchorKind",
    "find_time_expressions",
    "infer_article_date",
    "is_future_clause",
]

AnchorKind = Literal["metadata", "inferred"]

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

# Full and abbreviated month names; an abbreviation may carry a dot, and
# tokenised text (Timeline17) writes "Dec . 15 , 2015".
_MON = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z])(?:\s?\.)?"
)
_MON_FULL = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?![a-z])"
)
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d])"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d%]|\s?,\d|\.\d|'?s\b)"
_LEAD_WD = rf"(?:{_WD}\s*,?\s*)?(?:the\s+)?"

# A full date: weekday optional, year required.
_MDY = compile_pattern(rf"\b{_LEAD_WD}{_MON}\s*{_DAY}(?:\s*,\s*|\s+){_YEAR}")
_DMY = compile_pattern(rf"\b{_LEAD_WD}{_DAY}\s+(?:of\s+)?{_MON}\s*,?\s*{_YEAR}")
_ISO = compile_pattern(
    r"(?<![\d-])(?P<year>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)(?![\d-])"
)
# Day and month, the year taken from the anchor.
_MD = compile_pattern(rf"\b{_LEAD_WD}{_MON}\s*{_DAY}(?!\s*[%:]|\s*,\d|\.\d)")
_DM = compile_pattern(rf"\b{_LEAD_WD}{_DAY}\s+(?:of\s+)?{_MON}")
# Month and year.
_MY = compile_pattern(rf"\b(?:(?:early|mid|late)[\s-]+)?{_MON}\s*(?:of\s+)?,?\s*{_YEAR}")
# A month on its own needs a word before it that makes it a time ("in May",
# "since February", "a February cease-fire"): "May I say" and "Theresa May" are not.
_MONTH_CUE = (
    r"(?P<cue>\b(?:[Ii]n|[Ss]ince|[Uu]ntil|till|[Bb]y|[Ff]rom|of|[Dd]uring|through|"
    r"[Bb]efore|[Aa]fter|between|and|to|or|[Ee]arly|[Mm]id|[Ll]ate|[Ll]ast|[Nn]ext|[Tt]his|"
    r"[Aa]|[Tt]he)(?:\s+|-))"
)
_MONTH = compile_pattern(
    rf"{_MONTH_CUE}(?P<edge>(?:early|mid|late|the\s+(?:end|beginning|start|middle)\s+of)[\s-]+)?"
    rf"{_MON_FULL}(?!\s*\d)"
)
_YEAR_CUE = (
    r"(?P<cue>\b(?:[Ii]n|[Ss]ince|[Uu]ntil|till|[Bb]y|[Ff]rom|of|[Dd]uring|through|"
    r"[Bb]efore|[Aa]fter|between|and|to|[Ee]arly|[Mm]id|[Ll]ate|[Tt]he|year|around|"
    r"spring|summer|autumn|fall|winter)(?:\s+|-))"
)
_YEAR_ONLY = compile_pattern(rf"{_YEAR_CUE}?(?<![\w$£€#,.])(?<!\d,\s){_YEAR}")
_RELATIVE_DAY = compile_pattern(
    r"(?<![\w-])(?P<word>today|Today(?=\s*(?:,|'s)|$)|yesterday|Yesterday|tomorrow|Tomorrow|"
    r"tonight|Tonight|this (?:morning|afternoon|evening)|last night|Last night)\b"
)
_WEEKDAY = compile_pattern(
    rf"\b(?:(?P<mod>[Ll]ast|[Nn]ext|[Tt]his|[Oo]n|[Ee]arly|[Ll]ate)\s+)?{_WD}"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b"
)
_NOT_WEEKDAY = compile_pattern(
    r"(?:Black|Good|Super|Bloody|Ash|Palm|Easter|Cyber|Holy|Maundy|Whit|Blue)\s+$"
)
_RELATIVE_UNIT = compile_pattern(
    r"(?<![\w-])(?P<mod>(?:(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+)?"
    r"(?:[Ll]ast|[Tt]his|[Nn]ext))\s+(?P<unit>week(?:end)?|month|year)\b"
)
_AGO = compile_pattern(
    r"\b(?P<n>\d{1,2}|[Aa]n?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+(?P<unit>day|week|month|year)s?\s+ago\b"
)

# Clause-level tense cues for weekday names and partial dates.
_FUTURE = compile_pattern(
    r"\b(?:will|would|shall|'ll|won['’]t|is to|are to|was to|were to|is due|are due|due to|"
    r"expected|scheduled|set to|plans? to|planned|upcoming|coming|when (?:they|he|she|we|"
    r"the \w+) (?:meet|meets|visit|visits|arrive|arrives|hold|holds|gather|gathers|travel|"
    r"travels)|next)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = compile_pattern(r"[;:,.!?()\[\]–—]|\s-\s|\bbut\b|\band\b|\bwhile\b|\bafter\b")
_PAST_VERBS = frozenset(
    """said told met made took gave came went held left began saw sent won lost spoke wrote rose
    fell hit put set got became struck flew ran broke brought found sought fought led kept paid sold
    stood was were had did agreed announced""".split()
)
# A past verb before a span, the clause's future cue only after it, dates the past:
# "... the government had informed the newspaper Thursday afternoon that they would be
# freed" (a whole brief of CNN's Libya pages placed the informing a week ahead). A past
# perfect, or a common past verb but a form of "be" or "have" ("was to meet").
_PAST_BEFORE = compile_pattern(
    r"\bhad\s+\w+(?:ed|en)\b|\b(?:"
    + "|".join(sorted(_PAST_VERBS - {"was", "were", "had"}))
    + r")\b(?!['’]t)",
    re.IGNORECASE,
)
# Reported speech after the past verb: "he said that on Saturday two teams would be
# sent" dates what is said.
_THAT = compile_pattern(r"\bthat\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Found:
    """A span found and resolved, before it becomes a `TimeExpression`."""

    start: int
    end: int
    date: dt.date
    precision: Precision
    relative: bool


def find_time_expressions(
    sentence: Sentence, *, anchor: dt.date | None, anchor_kind: AnchorKind = "metadata"
) -> tuple[TimeExpression, ...]:
    """Find and resolve the time expressions of a sentence.

    Args:
        sentence: The sentence to read.
        anchor: The date the article speaks from; None when unknown, in which
            case only absolute expressions are returned (relative ones cannot be
            resolved and are skipped).
        anchor_kind: Where the anchor came from, recorded on each expression
            that needed it.

    Returns:
        The expressions in reading order, not overlapping.
    """
    found = scan_text(sentence.text, anchor)
    return tuple(
        TimeExpression(
            text=sentence.text[f.start : f.end],
            sentence=sentence.key,
            start=f.start,
            end=f.end,
            date=f.date,
            precision=f.precision,
            anchor=anchor_kind if f.relative else "absolute",
        )
        for f in found
    )


def scan_text(text: str, anchor: dt.date | None) -> list[_Found]:
    """Resolved time expressions of a text, in order, longest match first.

    Args:
        text: One sentence (tense cues are read from the clause around each expression).
        anchor: The date the text speaks from, or None.

    Returns:
        Non-overlapping resolved spans; spans that need an anchor are dropped when
        there is none.
    """
    candidates: list[_Found] = []
    for found in _candidates(text, anchor):
        if found is not None:
            candidates.append(found)
    candidates.sort(key=lambda f: (-(f.end - f.start), f.start))
    kept: list[_Found] = []
    for cand in candidates:
        if all(cand.end <= k.start or cand.start >= k.end for k in kept):
            kept.append(cand)
    kept.sort(key=lambda f: f.start)
    return kept


def _candidates(text: str, anchor: dt.date | None) -> Iterable[_Found | None]:
    # Days written in full, by (month, day): a short form of one takes its year.
    written: dict[tuple[int, int], dt.date] = {}
    for m in (*_MDY.finditer(text), *_DMY.finditer(text)):
        found = _absolute_day(m, int(m["year"]), _month(m["mon"]), int(m["day"]))
        if found is not None:
            written.setdefault((found.date.month, found.date.day), found.date)
        yield found
    for m in _ISO.finditer(text):
        yield _absolute_day(m, int(m["year"]), int(m["m"]), int(m["d"]))
    for m in _MY.finditer(text):
        yield _Found(m.start(), m.end(), dt.date(int(m["year"]), _month(m["mon"]), 1), "month",
                     relative=False)  # fmt: skip
    for m in _YEAR_ONLY.finditer(text):
        yield _year_only(text, m)
    if anchor is None:
        return
    for m in (*_MD.finditer(text), *_DM.finditer(text)):
        yield _partial_day(text, m, anchor, written)
    for m in _MONTH.finditer(text):
        yield _bare_month(text, m, anchor)
    for m in _RELATIVE_DAY.finditer(text):
        yield _relative_day(m, anchor)
    for m in _WEEKDAY.finditer(text):
        yield _weekday(text, m, anchor)
    for m in _RELATIVE_UNIT.finditer(text):
        yield _relative_unit(text, m, anchor)
    for m in _AGO.finditer(text):
        yield _ago(m, anchor)


def _year_only(text: str, m: re.Match[str]) -> _Found | None:
    """A bare year, when a word before it makes it a time or nothing wordy follows it.

    "in 2014", "the 2013 agreement", "mid-2014", "..., 2014." are years;
    "about 2000 troops" and "2013-14" are not.
    """
    after = text[m.end() :]
    if re.match(r"\s*[-/–]\s*\d", after):
        return None
    if m["cue"] is None and re.match(r"\s*[A-Za-z0-9$]", after):
        return None
    start = (
        m.start("year")
        if m["cue"] and m["cue"].strip(" -").lower() not in {"early", "mid", "late"}
        else m.start()
    )
    return _Found(start, m.end(), dt.date(int(m["year"]), 1, 1), "year", relative=False)


def _month(name: str) -> int:
    return _MONTHS[name.lower()]


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _absolute_day(m: re.Match[str], year: int, month: int, day: int) -> _Found | None:
    date = _date(year, month, day)
    return None if date is None else _Found(m.start(), m.end(), date, "day", relative=False)


def is_future_clause(text: str, start: int, end: int) -> bool:
    """Whether the clause around ``text[start:end]`` speaks of the future.

    The clause runs from the last break (punctuation, "and", "but", ...) before
    the span to the first break after it; a future cue in it ("will", "is to",
    "expected", "when they meet", ...) makes it future, unless a past-tense verb
    stands right before the span ("said Monday he would ..."), or the cue comes
    only after the span and a past verb before it ("had informed the paper
    Thursday that they would be freed").
    """
    before = text[:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    left = breaks[-1].end() if breaks else 0
    nxt = _CLAUSE_BREAK.search(text, end)
    right = nxt.start() if nxt else len(text)
    words = re.findall(r"[A-Za-z']+", before)
    if words and words[-1].lower() == "on":
        words.pop()
    passive = len(words) > 1 and words[-2].lower() in {"be", "been", "being"}
    if words and not passive and (words[-1].lower() in _PAST_VERBS or words[-1].endswith("ed")):
        return False
    if not _FUTURE.search(text, left, right):
        return False
    if _FUTURE.search(text, left, start):
        return True
    pasts = list(_PAST_BEFORE.finditer(text, left, start))
    return not pasts or _THAT.search(text, pasts[-1].end(), start) is not None


def _nearest_year(anchor: dt.date, month: int, day: int, future: bool) -> dt.date | None:
    """The date with that month and day nearest the anchor, the far side counting double."""
    best: tuple[int, dt.date] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        date = _date(year, month, day)
        if date is None:
            continue
        delta = (date - anchor).days
        cost = delta * (1 if future else 2) if delta > 0 else -delta * (2 if future else 1)
        if best is None or cost < best[0]:
            best = (cost, date)
    return None if best is None else best[1]


def _partial_day(
    text: str, m: re.Match[str], anchor: dt.date, written: Mapping[tuple[int, int], dt.date]
) -> _Found | None:
    month, day = _month(m["mon"]), int(m["day"])
    # The same day written in full in the sentence gives its year: "(down from 52%
    # before September 11, 2001) and 29% ... (down from 75% before September 11)".
    if (month, day) in written:
        return _Found(m.start(), m.end(), written[month, day], "day", relative=False)
    future = is_future_clause(text, m.start(), m.end())
    date = _nearest_year(anchor, month, day, future)
    return None if date is None else _Found(m.start(), m.end(), date, "day", relative=True)


def _bare_month(text: str, m: re.Match[str], anchor: dt.date) -> _Found | None:
    cue = m["cue"].strip(" -").lower()
    month = _month(m["mon"])
    if cue in {"a", "the"} and month in (3, 5, 8):
        return None  # "the March", "a May": too often a noun or a name
    if cue in {"early", "mid", "late", "last", "next", "this"}:
        start = m.start()
    else:
        start = m.start("edge") if m["edge"] else m.start("mon")
    if cue == "last":
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif cue == "next":
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif cue not in {"this", "a", "the"} and is_future_clause(text, m.start(), m.end()):
        # ("a February cease-fire" names a thing that exists: past, whatever the verb)
        year = anchor.year if month >= anchor.month else anchor.year + 1
    else:
        # A bare month in a clause that is not about the future is the latest such
        # month up to the anchor's own: "a February cease-fire" written in December.
        year = anchor.year if month <= anchor.month or cue == "this" else anchor.year - 1
    return _Found(start, m.end(), dt.date(year, month, 1), "month", relative=True)


def _relative_day(m: re.Match[str], anchor: dt.date) -> _Found:
    word = m["word"].lower()
    offset = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(word, 0)
    return _Found(m.start(), m.end(), anchor + dt.timedelta(days=offset), "day", relative=True)


def _weekday(text: str, m: re.Match[str], anchor: dt.date) -> _Found | None:
    if _NOT_WEEKDAY.search(text[: m.start("wd")]):
        return None
    target = _WEEKDAYS[m["wd"].lower()]
    mod = (m["mod"] or "").lower()
    back = (anchor.weekday() - target) % 7
    ahead = (target - anchor.weekday()) % 7
    if mod == "last":
        offset = -(back or 7)
    elif mod == "next":
        offset = ahead or 7
    elif is_future_clause(text, m.start(), m.end()):
        offset = ahead
    else:
        offset = -back
    start = m.start("wd") if mod == "on" else m.start()
    return _Found(start, m.end(), anchor + dt.timedelta(days=offset), "day", relative=True)


def _coarsen(first: dt.date, last: dt.date) -> tuple[dt.date, Precision] | None:
    """The finest day, month or year that holds the whole interval."""
    if first == last:
        return first, "day"
    if (first.year, first.month) == (last.year, last.month):
        return first.replace(day=1), "month"
    if first.year == last.year:
        return dt.date(first.year, 1, 1), "year"
    return None


def _shift_month(date: dt.date, months: int) -> dt.date:
    index = date.year * 12 + date.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _relative_unit(text: str, m: re.Match[str], anchor: dt.date) -> _Found | None:
    if re.search(r"\bthe\s+$", text[: m.start()], re.IGNORECASE):
        return None  # "over the last year", "in the next month": a stretch of time, not a point
    words = m["mod"].lower().split()
    rel, edge = words[-1], words[0] if len(words) > 1 else ""
    unit = m["unit"]
    step = {"last": -1, "this": 0, "next": 1}[rel]
    if unit == "year":
        return _Found(m.start(), m.end(), dt.date(anchor.year + step, 1, 1), "year", relative=True)
    if unit == "month":
        date = _shift_month(anchor.replace(day=1), step)
        return _Found(m.start(), m.end(), date, "month", relative=True)
    monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=step)
    first, last = monday, monday + dt.timedelta(days=6)
    if unit == "weekend":
        first = monday + dt.timedelta(days=5)
    elif step == 0 and edge == "later":
        first = min(anchor + dt.timedelta(days=1), last)
    elif step == 0 and edge == "earlier":
        last = max(anchor - dt.timedelta(days=1), first)
    coarse = _coarsen(first, last)
    if coarse is None or coarse[1] == "year":
        return None  # a week across two months: no honest day or month for it
    return _Found(m.start(), m.end(), coarse[0], coarse[1], relative=True)


def _ago(m: re.Match[str], anchor: dt.date) -> _Found | None:
    raw = m["n"].lower()
    n = int(raw) if raw.isdigit() else _NUMBERS[raw]
    unit = m["unit"]
    if unit == "day":
        return _Found(m.start(), m.end(), anchor - dt.timedelta(days=n), "day", relative=True)
    if unit == "week":
        centre = anchor - dt.timedelta(weeks=n)
        coarse = _coarsen(centre - dt.timedelta(days=3), centre + dt.timedelta(days=3))
        if coarse is None or coarse[1] == "year":
            return None
        return _Found(m.start(), m.end(), coarse[0], coarse[1], relative=True)
    if unit == "month":
        date = _shift_month(anchor.replace(day=1), -n)
        return _Found(m.start(), m.end(), date, "month", relative=True)
    return _Found(m.start(), m.end(), dt.date(anchor.year - n, 1, 1), "year", relative=True)


def _explicit_full_dates(texts: Iterable[str]) -> list[dt.date]:
    """Absolute day-precision dates written in the texts, outside future clauses."""
    dates: list[dt.date] = []
    for text in texts:
        for found in scan_text(text, None):
            if found.precision == "day" and not is_future_clause(text, found.start, found.end):
                dates.append(found.date)
    return dates


def infer_article_date(
    article: Article, sentences: Sequence[Sentence]
) -> tuple[dt.date | None, AnchorKind | None]:
    """The date an article speaks from, and where it came from.

    Args:
        article: The article; its ``date`` wins when set.
        sentences: Its sentences (of the cleaned text).

    Returns:
        ``(article.date, "metadata")`` when the article carries a date; else the
        latest full date (day, month and year) that its title or text writes, not
        counting dates in future clauses, with ``"inferred"``; else the latest
        such date in the lines cleaning removed (photo captions often carry the
        day), also ``"inferred"``; else ``(None, None)``.
    """
    if article.date is not None:
        return article.date, "metadata"
    dates = _explicit_full_dates([article.title, *(s.text for s in sentences)])
    if not dates:
        dates = _explicit_full_dates(r.text for r in article.removed)
    if not dates:
        return None, None
    return max(dates), "inferred"
