"""Timeline: articles and their sentences → dated, placed, cited `Event` values.

Each article gets an anchor (`infer_article_date`: its own date, or the latest
full date it writes), each sentence its time expressions resolved against that
anchor (`find_time_expressions`). A sentence whose expression dates something it
tells becomes a *mention* of that date; mentions with the same date at the same
precision and similar content (cosine of stemmed content words) are one
occurrence, one `Event` with all their citations. Events are ordered by when
they happened, never by when they were reported.

Skipped, as not telling what happened on the date:

* expressions in a "since/until/till ..." clause ("his first visit since the
  crisis began in early 2014"): background, not the sentence's own event;
* a coarser expression in a sentence that also has a finer one inside it
  ("this year ... in May" keeps May);
* a plan ("next year", "tomorrow") in a sentence that also dates something
  earlier: the sentence tells that;
* sentences that are almost only the date, and questions;
* relative expressions of an article with no anchor (no date given, none
  written): they stay unresolved.

Where: the place nearest the expression in the sentence (spaCy GPE/LOC/FAC
entities when ``docs`` has the article's Doc, else a capitalised "in/at/of
<Place>" rule), else the place most of the event's sentences name, else, for an
event within a week of the article's own date, the article's dateline.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from synoptic.linking import link_groups
from synoptic.model import Article, Citation, Event, Precision, Sentence, TimeExpression
from synoptic.patterns import compile_pattern
from synoptic.text.datelines import story_text, trim_connective
from synoptic.text.dates import find_time_expressions, infer_article_date, scan_text
from synoptic.text.tokens import content_words

__all__ = ["build_timeline", "find_places"]

# Two same-date sentences tell the same occurrence at this cosine of their stemmed
# content words or above. Set by inspection on examples/kerry-lavrov (same-day
# reports of one meeting share names and verbs at 0.2-0.5; different
# occurrences on one day share under 0.1); no benchmark scores it yet.
SAME_OCCURRENCE = 0.15
# A sentence needs this many content words besides its dates to tell something.
MIN_CONTENT_WORDS = 4
# The article's dateline places events this close to its own date.
DATELINE_DAYS = 7

_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}
# A relative expression of what is still to come, as written ("next year", "tomorrow").
_AHEAD = compile_pattern(r"(?:next|tomorrow|the coming|coming|later this)\b", re.IGNORECASE)
_BACKGROUND = compile_pattern(r"\b(?:since|until|till|[Ss]ince|[Uu]ntil)\b")
_CLAUSE_BREAK = compile_pattern(r"[;:,.!?()\[\]–—]|\s-\s|\bbut\b")
# ORG too: "at the United Nations" is a venue; the preposition rule decides what is a place.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})

_NAME = r"[A-Z][\w'’.-]*[a-z][\w'’-]*"
_PLACE_RULE = compile_pattern(
    r"(?<![\w-])(?P<prep>in|at|near|to|from|of|outside|In|At|Near|From|Outside)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+"
    r"|central\s+)?"
    rf"(?P<name>{_NAME}(?:\s+(?:of\s+)?{_NAME})*)"
)
_DATELINE = compile_pattern(
    r"(?:^|(?<=[)\]]))\s*(?P<name>[A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+){0,2})\s*"
    r"(?:\([A-Za-z. ]+\)\s*)?[–—-]{1,2}\s"
)
# Capitalised words that start names of people, offices and organisations, or
# times: a run starting with one is not a place, and a place run stops at one.
_NOT_PLACE = frozenset(
    """The A An This That These Those His Her Their Its Our My Mr Mrs Ms Dr Sir President
    Secretary Minister Ministry Foreign Prime State Department Deputy General Chief Senator
    Congress Parliament Government Council Committee Commission Office House Senate Court Party
    King Queen Prince Pope Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
    February March April May June July August September October November December Jan Feb Mar
    Apr Jun Jul Aug Sept Sep Oct Nov Dec AP Photo Reuters AFP BBC CNN Advertisement Share
    Follow Join Subscribe Listen Comments I We He She They It In At To Of""".split()
)


@dataclass(frozen=True, slots=True)
class _Mention:
    """A sentence telling something that happened on a resolved date."""

    sentence: Sentence
    expression: TimeExpression
    place: str | None
    words: Counter[str]
    # The sentence names places (spaCy), none of them where the event happens:
    # its own geography ("between Russia and Germany"), so no dateline is lent.
    names_places: bool = False


def find_places(text: str, doc_places: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Places where something happens, named in a text, as ``(start, end)`` offsets.

    A place is a name after a locative preposition ("in Sochi", "at the Kremlin"),
    not a possessor ("Ukraine's revolution") or an actor ("Russia drafted"), or a
    dateline ("Paris – ...").

    Args:
        text: A sentence (or a title, or a removed caption line).
        doc_places: Place entity spans known from spaCy, offsets into ``text``;
            when given, a prepositional candidate must overlap one of them (so
            "to Kerry" is not a place). Datelines need no confirmation.

    Returns:
        Spans in reading order.
    """
    known = list(doc_places)
    spans: list[tuple[int, int]] = []
    for m in _PLACE_RULE.finditer(text):
        if m["prep"] == "of" and not re.search(r"\b[a-z]+\s+$", text[: m.start()]):
            continue  # "Secretary of State": "of" after a title, not a place
        name = _trim_place(m["name"])
        if name and not re.match(r"['’]s\b", text[m.start("name") + len(name) :]):
            # "from Ukraine's revolution": a possessor, not where something happens
            start = m.start("name")
            span = (start, start + len(name))
            if not known or any(a < span[1] and span[0] < b for a, b in known):
                spans.append(span)
    for m in _DATELINE.finditer(text):
        name = _trim_place(m["name"])
        if name:
            spans.append((m.start("name"), m.start("name") + len(name)))
    return sorted(set(spans))


def _trim_place(name: str) -> str:
    kept: list[str] = []
    for word in name.split():
        if word in _NOT_PLACE and word != "of":
            break
        kept.append(word)
    while kept and kept[-1] == "of":
        kept.pop()
    if not kept:
        return ""
    text = " ".join(kept)
    return re.sub(r"(?:'s|’s|[.'’-])$", "", text)


def _place_text(text: str, span: tuple[int, int]) -> str:
    name = text[span[0] : span[1]].strip()
    name = re.sub(r"(?:'s|’s)$", "", name)
    return name.title() if name.isupper() and len(name) > 3 else name


def _nearest_place(
    text: str, places: Sequence[tuple[int, int]], start: int, end: int
) -> str | None:
    best: tuple[int, tuple[int, int]] | None = None
    for span in places:
        distance = start - span[1] if span[1] <= start else max(span[0] - end, 0)
        if best is None or distance < best[0]:
            best = (distance, span)
    return None if best is None else _place_text(text, best[1])


def _doc_places(doc: Any, sentence: Sentence) -> list[tuple[int, int]]:
    if doc is None:
        return []
    spans: list[tuple[int, int]] = []
    for ent in getattr(doc, "ents", ()):
        if ent.label_ in _PLACE_LABELS and sentence.start <= ent.start_char < sentence.end:
            spans.append(
                (ent.start_char - sentence.start, min(ent.end_char, sentence.end) - sentence.start)
            )
    return spans


def _is_background(text: str, expression: TimeExpression) -> bool:
    """Whether the expression sits in a "since/until ..." clause."""
    before = text[: expression.start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end() :] if breaks else before
    return bool(_BACKGROUND.search(clause))


def _interval(expression: TimeExpression) -> tuple[dt.date, dt.date]:
    date = expression.date
    if expression.precision == "day":
        return date, date
    if expression.precision == "month":
        nxt = dt.date(date.year + date.month // 12, date.month % 12 + 1, 1)
        return date, nxt - dt.timedelta(days=1)
    return date, dt.date(date.year, 12, 31)


def _event_expressions(
    sentence: Sentence, expressions: Sequence[TimeExpression]
) -> list[TimeExpression]:
    """The expressions that date something the sentence tells."""
    if sentence.text.rstrip().endswith("?"):
        return []
    rest = sentence.text
    for e in sorted(expressions, key=lambda e: -e.start):
        rest = rest[: e.start] + " " + rest[e.end :]
    if len(content_words(rest)) < MIN_CONTENT_WORDS:
        return []
    kept = [e for e in expressions if not _is_background(sentence.text, e)]
    finest: list[TimeExpression] = []
    for e in kept:
        first, last = _interval(e)
        inner = any(
            _PRECISION_RANK[o.precision] > _PRECISION_RANK[e.precision] and first <= o.date <= last
            for o in kept
        )
        if not inner and all((o.date, o.precision) != (e.date, e.precision) for o in finest):
            finest.append(e)
    # A plan told beside what happened: "This afternoon the administration announced it
    # will spend $29 m this year, and another $100 m next year" dates the announcement.
    return [
        e
        for e in finest
        if not (_AHEAD.match(e.text) and any(o.date < e.date for o in finest if o is not e))
    ]


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    dot = sum(n * b[w] for w, n in a.items() if w in b)
    if not dot:
        return 0.0
    return dot / math.sqrt(sum(n * n for n in a.values()) * sum(n * n for n in b.values()))


def _article_place(
    article: Article, sentences: Sequence[Sentence], anchor: dt.date | None
) -> str | None:
    """Where the article reports from: its dateline, or the place its own date is given with."""
    for text in (article.title, *(s.text for s in sentences[:1])):
        m = _DATELINE.search(text)
        if m and _trim_place(m["name"]):
            return _place_text(
                text, (m.start("name"), m.start("name") + len(_trim_place(m["name"])))
            )
    if anchor is None:
        return None
    lines = [article.title, *(s.text for s in sentences), *(r.text for r in article.removed)]
    for text in lines:
        for found in scan_text(text, None):
            if found.precision == "day" and found.date == anchor:
                place = _nearest_place(text, find_places(text), found.start, found.end)
                if place:
                    return place
    return None


def _mentions(
    article: Article, sentences: Sequence[Sentence], doc: Any
) -> tuple[list[_Mention], dt.date | None, Literal["metadata", "inferred"] | None]:
    anchor, kind = infer_article_date(article, sentences)
    mentions: list[_Mention] = []
    for sentence in sentences:
        expressions = find_time_expressions(sentence, anchor=anchor, anchor_kind=kind or "inferred")
        if not expressions:
            continue
        chosen = _event_expressions(sentence, expressions)
        if not chosen:
            continue
        named = _doc_places(doc, sentence)
        places = find_places(sentence.text, named)
        words = Counter(content_words(sentence.text))
        for e in chosen:
            place = _nearest_place(sentence.text, places, e.start, e.end)
            mentions.append(
                _Mention(
                    sentence=sentence,
                    expression=e,
                    place=place,
                    words=words,
                    names_places=bool(named),
                )
            )
    return mentions, anchor, kind


def _cluster(mentions: Sequence[_Mention]) -> list[list[_Mention]]:
    """Single-link groups of mentions whose content is similar enough."""

    def same(i: int, j: int) -> bool:
        return _cosine(mentions[i].words, mentions[j].words) >= SAME_OCCURRENCE

    return [[mentions[i] for i in g] for g in link_groups(len(mentions), same)]


def _event(
    group: Sequence[_Mention],
    fallback_places: Mapping[str, tuple[dt.date | None, str | None]],
    shown: set[tuple[str, int]] | None = None,
) -> Event:
    def informativeness(m: _Mention) -> float:
        central = sum(_cosine(m.words, o.words) for o in group if o is not m)
        return central + min(len(m.words), 30) / 30 + (0.2 if m.place else 0.0)

    wordings = [m for m in group if shown is None or m.sentence.key in shown]
    best = max(wordings, key=lambda m: (informativeness(m), -m.sentence.index))
    first = group[0].expression
    date, precision = first.date, first.precision
    places = Counter(m.place for m in group if m.place)
    place: str | None = None
    if best.place:
        place = best.place
    elif places:
        place = places.most_common(1)[0][0]
    else:
        for m in group:
            anchor, dateline = fallback_places.get(m.sentence.article_id, (None, None))
            if (
                dateline
                and not m.names_places
                and anchor is not None
                and precision == "day"
                and abs((date - anchor).days) <= DATELINE_DAYS
            ):
                place = dateline
                break
    kinds = {m.expression.anchor for m in group}
    anchor_kind: Literal["absolute", "metadata", "inferred"] = (
        "absolute" if "absolute" in kinds else "metadata" if "metadata" in kinds else "inferred"
    )
    seen: set[tuple[str, int]] = set()
    citations: list[Citation] = []
    for m in sorted(group, key=lambda m: (m is not best, m.sentence.article_id, m.sentence.index)):
        if m.sentence.key in seen:
            continue
        seen.add(m.sentence.key)
        similarity = 1.0 if m is best else round(_cosine(m.words, best.words), 3)
        citations.append(
            Citation(
                article_id=m.sentence.article_id,
                sentence_index=m.sentence.index,
                similarity=similarity,
            )
        )
    # An article's first sentence may open with its wire dateline ("Paris – The
    # top U.S. ..."): the event names its place apart, so the text starts after it,
    # as it does after a picture's credit a flattened page ran into it: where selection
    # starts it (`story_text`). An entry is read on its own: a connective tying it to
    # the sentence before ("And with economic penalties ...") goes too.
    text = story_text(best.sentence)
    if cut := trim_connective(text):
        text = text[cut].upper() + text[cut + 1 :]  # words follow it (`trim_connective`)
    return Event(
        date=date,
        precision=precision,
        text=text,
        citations=tuple(citations),
        place=place,
        anchor=anchor_kind,
    )


def build_timeline(
    articles: Sequence[Article],
    sentences: Sequence[Sentence],
    *,
    docs: Mapping[str, Any],
    stated: Sequence[bool] | None = None,
) -> tuple[Event, ...]:
    """The story's events, in the order they happened.

    Args:
        articles: The story's (cleaned) articles.
        sentences: Their sentences, as `split_sentences` gives them.
        docs: Article id → spaCy Doc of ``article.text``, used for place
            entities; may be empty (the place rule is used then).
        stated: Which sentences a reader can be shown (aligned with
            ``sentences``; all when None): an event's entry is worded by one of
            them, and an occurrence told only in others (a flattened page's
            headline with no stop, a caption) is no event. Its other
            sentences still cite it.

    Returns:
        Events ordered by event date (coarser precision first on a shared start),
        each with its citations, place and how its date was resolved.
    """
    by_article: dict[str, list[Sentence]] = defaultdict(list)
    for sentence in sentences:
        by_article[sentence.article_id].append(sentence)
    mentions: list[_Mention] = []
    fallback_places: dict[str, tuple[dt.date | None, str | None]] = {}
    for article in articles:
        own = sorted(by_article.get(article.id, ()), key=lambda s: s.index)
        found, anchor, _ = _mentions(article, own, docs.get(article.id))
        mentions.extend(found)
        fallback_places[article.id] = (anchor, _article_place(article, own, anchor))
    by_date: dict[tuple[dt.date, Precision], list[_Mention]] = defaultdict(list)
    for mention in mentions:
        by_date[(mention.expression.date, mention.expression.precision)].append(mention)
    shown = (
        None if stated is None else {s.key for s, ok in zip(sentences, stated, strict=True) if ok}
    )
    events = [
        _event(group, fallback_places, shown)
        for key in by_date
        for group in _cluster(by_date[key])
        if shown is None or any(m.sentence.key in shown for m in group)
    ]
    events.sort(
        key=lambda e: (
            e.date,
            _PRECISION_RANK[e.precision],
            e.citations[0].article_id,
            e.citations[0].sentence_index,
        )
    )
    return tuple(events)
