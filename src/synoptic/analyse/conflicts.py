"""Disagreements: outlets that report the same fact with different values.

Takes the story's sentences, their embedding vectors (aligned rows) and
articles; returns `Conflict` values, each side with the sentences that state it.

No contradiction (NLI) model ships in a registry package, and embeddings score
"four hours" and "eight hours" as close as a paraphrase: they *align*, they do
not judge. So the detector works in two steps:

1. **Align.** Two sentences of different articles are about the same thing
   when their embeddings are close (cosine ≥ `ALIGN_COSINE`) and they share
   distinctive words once numbers are set aside (`aligned`). One exception, for
   the length of a meeting or visit, which outlets state in sentences that
   otherwise say different things ("the meeting that lasted nearly four hours"
   / "the eight-hour conversations"): two articles whose leads place the story
   in the same town, and that each state one length for it, are compared too.
2. **Compare typed values** (`extract_values`): durations (number + time unit,
   "eight-hour" = 8 hours), counts (number + the noun it counts, with any
   words between them: "four Irish people" count other people than "1,000
   people"), amounts
   (money, percent), dates (month + day, weekday), places (capitalised words
   after "in"/"at") and speakers ("X said"). Hedges become intervals ("nearly
   four" is 3.2–4, "at least 220" ≥ 220, "about 200" ± 10%); a conflict needs every
   value one side gives for a slot to be incompatible with every value the other
   side gives.

Precision matters more than recall (a false disagreement misinforms the
reader); each rule leans that way: unknown heads are not compared across
sentences that merely share an event, a place differs only when neither article
mentions the other's place at all, a place, a speaker or a date only between
sentences that say nearly the same otherwise, and so on.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from synoptic.analyse.facts import (
    ClaimProfile,
    Quantity,
    StoryWeights,
    names_agree,
    numbers_in,
    profile,
)
from synoptic.model import Article, Citation, Conflict, ConflictSide, Sentence
from synoptic.patterns import compile_pattern
from synoptic.text.tokens import ARTICLES, STOPWORDS, stem

__all__ = [
    "ALIGN_COSINE",
    "ALIGN_OVERLAP",
    "Value",
    "aligned",
    "compare_sentences",
    "extract_values",
    "find_conflicts",
]

# Set on tests/fixtures/conflicts/pairs.jsonl with benchmarks/conflicts_precision.py
# (see the figures recorded there): the lowest cosine that kept precision at 1.0.
ALIGN_COSINE = 0.5
ALIGN_OVERLAP = 0.4
# Place, speaker and date disagreements need the rest of the sentence to match this
# well: a story's sentences name many days ("Dr Besser said on Tuesday ..." and "The
# death was confirmed on Wednesday by Dr Besser"; 5 of the 7 date disagreements in the
# briefs of Timeline17's 34 flattened clusters were such, before dates needed it).
STRICT_OVERLAP = 0.75
# Reports further apart than this are about different events, not an update.
UPDATE_DAYS = 14

_UNITS = {"second": 1 / 3600, "minute": 1 / 60, "hour": 1.0, "day": 24.0, "week": 168.0,
          "month": 730.0, "year": 8766.0}  # fmt: skip
_TIME_AFTER = {"ago", "old", "later", "earlier", "before", "since"}
_LOWER_HEDGES = {"more than", "over", "at least", "upwards of", "no fewer than", "in excess of"}
_UPPER_HEDGES = {"nearly", "almost", "under", "less than", "fewer than", "up to", "at most",
                 "just under", "no more than"}  # fmt: skip
_ABOUT_HEDGES = {"about", "around", "some", "roughly", "approximately", "an estimated",
                 "close to", "nearly"}  # fmt: skip
# Heads whose length is the length of one event, comparable across an article's lead.
_EVENT_HEADS = {
    "talks": {"meet", "meeting", "talk", "convers", "discuss", "negoti", "session", "summit",
              "consult", "interview", "hear", "debat"},
    "visit": {"visit", "trip", "tour", "stay"},
}  # fmt: skip
_CURRENCY_WORDS = {"dollar", "euro", "pound", "roubl", "rubl", "yen", "yuan", "rupe", "franc"}
_CURRENCY_SIGNS = {"$": "dollar", "€": "euro", "£": "pound", "¥": "yen"}
_MONTHS = {m: k for k, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DATE = compile_pattern(
    r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?!\d)"
    r"|\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b"
    r"|\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_CAP_RUN = r"[A-Z][\w'’.-]*(?:\s+(?:de|of|al|el)?\s*[A-Z][\w'’-]*)*"
_PLACE = compile_pattern(r"\b(?:in|at)\s+(?:the\s+)?(" + _CAP_RUN + ")")
_NOT_PLACES = {*(m for m in _WEEKDAYS), "january", "february", "march", "april", "may", "june",
               "july", "august", "september", "october", "november", "december", "the",
               "parliament", "congress", "court"}  # fmt: skip
_SAID = compile_pattern(
    r"(?:\b(?:Mr|Mrs|Ms|Dr)\.?\s+)?(" + _CAP_RUN + r")\s+(?:said|says|told|announced|added)\b"
    r"|\b(?:said|says|according to)\s+(?:\b(?:Mr|Mrs|Ms|Dr)\.?\s+)?(" + _CAP_RUN + ")"
)
_IRREGULAR_PLURALS = {"people", "children", "men", "women", "police", "personnel", "staff"}
_DAY_STEMS = frozenset(stem(d) for d in _WEEKDAYS)
_MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december".split()
)
_WORD = compile_pattern(r"[A-Za-z]+|\d+(?:[.,]\d+)*|[$€£¥%]")


@dataclass(frozen=True, slots=True)
class Value:
    """A typed value a sentence states.

    Attributes:
        kind: ``duration``, ``count``, ``number``, ``date``, ``place`` or ``actor``.
        slot: What it is about: a head class ("talks"), the counted noun's stem
            and any words between it and its number ("soldier", "peopl irish"), a
            unit ("dollar", "percent"), or "" when unknown.
        text: As written ("nearly four hours").
        low: Lower bound (hours for durations; ordinal for dates); NaN for names.
        high: Upper bound.
        name: The normalised name, for places and speakers.
    """

    kind: str
    slot: str
    text: str
    low: float = float("nan")
    high: float = float("nan")
    name: str = ""

    def compatible(self, other: Value) -> bool:
        """Whether two values of one kind and slot can both be true."""
        if self.kind in ("place", "actor"):
            return bool(set(self.name.split()) & set(other.name.split()))
        finite = [abs(x) for x in (self.low, self.high, other.low, other.high) if np.isfinite(x)]
        tolerance = 1e-6 * max([*finite, 1.0])
        return self.low <= other.high + tolerance and other.low <= self.high + tolerance


def _hedge(text: str, start: int) -> str:
    before = text[max(0, start - 24) : start].lower().split()
    for size in (3, 2, 1):
        phrase = " ".join(before[-size:])
        if len(before) >= size and (
            phrase in _LOWER_HEDGES or phrase in _UPPER_HEDGES or phrase in _ABOUT_HEDGES
        ):
            return phrase
    return ""


def _interval(value: float, hedge: str) -> tuple[float, float]:
    if hedge in _LOWER_HEDGES:
        return value, float("inf")
    if hedge in ("nearly", "almost"):  # "nearly four": a little under four
        return value * 0.8, value
    if hedge in _UPPER_HEDGES:
        return 0.0, value
    if hedge in _ABOUT_HEDGES:
        return value * 0.9, value * 1.1
    return value, value


def _words_after(text: str, end: int, count: int) -> list[str]:
    return [m.group() for m in _WORD.finditer(text, end)][:count]


def _words_before(text: str, start: int, count: int) -> list[str]:
    return [m.group() for m in _WORD.finditer(text[:start])][-count:]


def _event_head(words: Iterable[str]) -> str:
    for word in words:
        s = stem(word.lower())
        for head, stems in _EVENT_HEADS.items():
            if any(s.startswith(x) for x in stems):
                return head
    return ""


def _unit(word: str) -> str:
    w = word.lower()
    w = w[:-1] if w.endswith("s") else w
    return w if w in _UNITS else ""


# Between two numbers of a range: "45,000 - 50,000 people", "20 to 30 people". Not after
# "from", where they are a change ("rose from 20 to 30 percent").
_RANGE_GAP = compile_pattern(r"\s*(?:-|–|—|to)\s*")
_FROM = compile_pattern(r"\bfrom\s*$", re.IGNORECASE)


def _ranges(text: str, quantities: Sequence[Quantity]) -> Iterable[tuple[Quantity, Quantity]]:
    """Each number with the top of the range it opens, or with itself."""
    i = 0
    while i < len(quantities):
        q = quantities[i]
        top = quantities[i + 1] if i + 1 < len(quantities) else None
        if (
            top is not None
            and top.value > q.value
            and not (1900 <= q.value <= 2100 and q.value.is_integer())  # "1990-1995"
            and _RANGE_GAP.fullmatch(text, q.end, top.start)
            and not _FROM.search(text, 0, q.start)
        ):
            yield q, top
            i += 2
        else:
            yield q, q
            i += 1


def extract_values(text: str) -> list[Value]:
    """Typed values a sentence states; see the module docstring.

    Args:
        text: One sentence.

    Returns:
        Its durations, counts, amounts, dates, places and speakers.
    """
    values: list[Value] = []
    taken: list[tuple[int, int]] = []
    for q, top in _ranges(text, numbers_in(text)):
        after = _words_after(text, top.end, 4)
        before = _words_before(text, q.start, 7)
        hedge = _hedge(text, q.start)
        start = q.start - len(hedge) - 1 if hedge else q.start
        low, high = _interval(q.value, hedge)
        if top is not q:
            high = max(high, _interval(top.value, hedge)[1])
            q = Quantity(value=q.value, start=q.start, end=top.end)
        unit = _unit(after[0]) if after else ""
        if unit and not (len(after) > 1 and after[1].lower() in _TIME_AFTER):
            scale = _UNITS[unit]
            head = _event_head(after[1:3] + list(reversed(before)))
            span_end = text.find(after[0], q.end) + len(after[0])
            if text[q.end : q.end + 1] == "-" and len(after) > 1 and after[1].islower():
                span_end = text.find(after[1], span_end) + len(after[1])  # "eight-hour talks"
            values.append(Value(kind="duration", slot=head, text=text[start:span_end].strip(),
                                low=low * scale, high=high * scale))  # fmt: skip
            taken.append((q.start, q.end))
            continue
        sign = text[max(0, q.start - 1) : q.start]
        currency = _CURRENCY_SIGNS.get(sign, "")
        following = [w.lower() for w in after[:2]]
        if not currency:
            currency = next(
                (c for w in following for c in _CURRENCY_WORDS if stem(w).startswith(c)), ""
            )
        if currency or (following and following[0] in ("%", "percent", "per")):
            slot = currency or "percent"
            values.append(Value(kind="number", slot=slot, text=text[start:q.end].strip(),
                                low=low, high=high))  # fmt: skip
            continue
        if 1900 <= q.value <= 2100 and q.value.is_integer() and not hedge:
            values.append(Value(kind="date", slot="year", text=text[q.start : q.end],
                                low=q.value, high=q.value))  # fmt: skip
            continue
        noun = next(
            (w for w in after[:3] if w.isalpha() and w.islower() and w not in STOPWORDS),
            "",
        )
        plural = noun.endswith("s") or noun in _IRREGULAR_PLURALS
        if noun and plural and not _unit(noun) and q.value > 1:
            span_end = text.find(noun, q.end) + len(noun)
            # What stands between the number and its noun tells which of them it counts:
            # "four Irish people" are some of "an estimated 1,000 people", "nine other
            # countries" are not "11 countries", "four of its peacekeepers" are some of
            # "11 Brazilian peacekeepers" (false disagreements of Timeline17's whole briefs).
            between = [w.lower() for w in after[: after.index(noun)] if w.lower() not in ARTICLES]
            slot = " ".join([stem(noun), *between])
            values.append(Value(kind="count", slot=slot, text=text[start:span_end].strip(),
                                low=low, high=high))  # fmt: skip
    for m in _DATE.finditer(text):
        if m.group(5):
            day = float(_WEEKDAYS.index(m.group(5).lower()))
            values.append(Value(kind="date", slot="weekday", text=m.group(), low=day, high=day))
            continue
        month = (m.group(1) or m.group(4))[:3].lower()
        day_text = m.group(2) or m.group(3)
        ordinal = _MONTHS[month] * 100 + float(day_text)
        values.append(Value(kind="date", slot="day", text=m.group(), low=ordinal, high=ordinal))
    for m in _PLACE.finditer(text):
        name = m.group(1).strip(".’'")
        if name.lower() in _NOT_PLACES or name.split()[0].lower() in _NOT_PLACES:
            continue
        values.append(Value(kind="place", slot="", text=name, name=name.lower()))
    for m in _SAID.finditer(text):
        name = (m.group(1) or m.group(2) or "").strip(".")
        if name and name.split()[0].lower() not in STOPWORDS | {"he", "she", "it", "they"}:
            values.append(Value(kind="actor", slot="", text=name, name=name.lower()))
    return values


_UNIT_STEMS = frozenset(
    {stem(u) for u in _UNITS} | {stem(u + "s") for u in _UNITS} | _CURRENCY_WORDS
    | {"percent", "per", "cent"}
)  # fmt: skip


def _without_values(p: ClaimProfile, values: Sequence[Value]) -> frozenset[str]:
    names = {stem(w) for v in values if v.kind in ("place", "actor") for w in v.name.split()}
    names.update(w for w in _UNIT_STEMS)
    return frozenset(
        w for w in p.content if not w.startswith("#") and w not in names and w not in _DAY_STEMS
    )


def _names_without_values(
    p: ClaimProfile, values: Sequence[Value], weights: StoryWeights | None
) -> frozenset[str]:
    taken = {w for v in values if v.kind in ("place", "actor") for w in v.name.split()}
    taken.update(w for v in values if v.kind in ("place", "actor") for w in v.name.split("."))
    names = weights.distinctive(p.names) if weights else p.names
    return frozenset(n for n in names if n not in taken and n not in _MONTH_NAMES)


def _weighted_overlap(a: frozenset[str], b: frozenset[str], weights: StoryWeights | None) -> float:
    if weights is None:
        smaller_n = min(len(a), len(b))
        return len(a & b) / smaller_n if smaller_n else 0.0
    smaller = min(weights.weight(a), weights.weight(b))
    return weights.weight(a & b) / smaller if smaller else 0.0


def aligned(
    a: ClaimProfile,
    b: ClaimProfile,
    cosine: float,
    weights: StoryWeights | None = None,
    values: tuple[Sequence[Value], Sequence[Value]] = ((), ()),
) -> float:
    """How well two sentences are about the same thing, numbers and names set aside.

    Returns:
        The weighted overlap of their other content words when they align
        (cosine ≥ `ALIGN_COSINE`, two shared stems, overlap ≥ `ALIGN_OVERLAP`),
        else 0.
    """
    if cosine < ALIGN_COSINE:
        return 0.0
    content_a, content_b = _without_values(a, values[0]), _without_values(b, values[1])
    if len(content_a & content_b) < 2:
        return 0.0
    if not names_agree(
        _names_without_values(a, values[0], weights), _names_without_values(b, values[1], weights)
    ):
        return 0.0  # "the Senate" / "the House": different bodies, different facts
    overlap = _weighted_overlap(content_a, content_b, weights)
    return overlap if overlap >= ALIGN_OVERLAP else 0.0


# What happened to the people a count counts. Two sentences that say different things
# happened count different people ("An outbreak of swine flu in 1976 infected 200
# people" / "Up to 169 people are believed to have died in the outbreak" / "a further
# 32 people are undergoing tests"; Timeline17's BBC pages): their counts are not
# compared. Matched on stems (`stem`).
_HAPPENINGS = {
    "death": "die died dies dead death deaths kill killed killing fatal fatalities perished",
    "infection": "infect infected infection infections case cases sick sickened ill illness",
    "injury": "injure injured injuries injury wound wounded hurt",
    "test": "test tests tested testing",
    "vaccination": "vaccine vaccinated vaccination immunised immunized inoculated",
    "arrest": "arrest arrested detain detained",
    "evacuation": "evacuate evacuated evacuation displaced homeless",
    "hospital": "hospital hospitalised hospitalized",
    "missing": "missing",
}
_HAPPENING_OF = {stem(word): name for name, words in _HAPPENINGS.items() for word in words.split()}


def _happenings(content: frozenset[str]) -> frozenset[str]:
    """What a sentence says happened to people (`_HAPPENINGS`), from its content stems."""
    return frozenset(_HAPPENING_OF[w] for w in content if w in _HAPPENING_OF)


def _same_happenings(a: ClaimProfile, b: ClaimProfile) -> bool:
    """False when both sentences say what happened to people and say different things."""
    ha, hb = _happenings(a.content), _happenings(b.content)
    return not (ha and hb and ha != hb)


# A market's price moves by the minute, and outlets quote it at different moments ("U.S.
# crude prices ... trading around $105 a barrel" / "U.S. crude oil futures jumped to as
# high as $106.95 per barrel" / "shares ... rose 1%" / "shares up by 2% half an hour
# after publication"; Timeline17's Reuters and Guardian pages): no disagreement.
_MARKET = frozenset(
    stem(word)
    for word in "shares stock stocks futures crude barrel index bond bonds yield yields trading "
    "traded trades".split()
)


def _same_other_numbers(
    a: ClaimProfile, b: ClaimProfile, values: tuple[Sequence[Value], Sequence[Value]]
) -> bool:
    """Whether two sentences state the same numbers besides their dates' ("At least 95
    people were killed on Monday alone" / "At least 15 were killed on Tuesday": two
    days' tolls, not one fact with two dates; Timeline17's BBC pages)."""

    def others(p: ClaimProfile, vs: Sequence[Value]) -> frozenset[float]:
        dated = {q.value for v in vs if v.kind == "date" for q in numbers_in(v.text)}
        return p.numbers - dated

    return others(a, values[0]) == others(b, values[1])


def _quotes_a_market(a: ClaimProfile, b: ClaimProfile) -> bool:
    """Whether either sentence quotes a market (`_MARKET`)."""
    return not (_MARKET.isdisjoint(a.content) and _MARKET.isdisjoint(b.content))


@dataclass(frozen=True, slots=True)
class _Finding:
    kind: str
    slot: str
    a: tuple[Value, ...]
    b: tuple[Value, ...]


def _disagree(
    values: tuple[Sequence[Value], Sequence[Value]],
    profiles: tuple[ClaimProfile, ClaimProfile],
    overlap: float,
    names_ok: bool,
) -> list[_Finding]:
    """Slots on which two aligned sentences disagree.

    ``names_ok`` says whether their names (places and speakers included) agree:
    "52 votes in the Senate" and "220 votes in the House" are two facts. Their
    ``profiles`` tell whether they say the same happened to the people they count
    (`_same_happenings`: "infected 200 people" and "169 people died" are two),
    whether either quotes a market, whose amounts are not compared
    (`_quotes_a_market`), and whether they state the same numbers besides their
    dates (`_same_other_numbers`), which a date disagreement needs.
    """
    values_a, values_b = values
    raw: list[_Finding] = []
    slots = {(v.kind, v.slot) for v in values_a} & {(v.kind, v.slot) for v in values_b}
    for kind, slot in sorted(slots):
        side_a = tuple(v for v in values_a if (v.kind, v.slot) == (kind, slot))
        side_b = tuple(v for v in values_b if (v.kind, v.slot) == (kind, slot))
        if not any(x.compatible(y) for x in side_a for y in side_b):
            raw.append(_Finding(kind=kind, slot=slot, a=side_a, b=side_b))
    if len({f.kind for f in raw}) != 1:
        return []  # none; or a different place *and* date (...): most likely a different event
    found: list[_Finding] = []
    happenings_ok = _same_happenings(*profiles)
    market = _quotes_a_market(*profiles)
    numbers_ok = _same_other_numbers(*profiles, values)
    for f in raw:
        if f.kind in ("place", "actor", "date"):
            if overlap < STRICT_OVERLAP or len(f.a) != 1 or len(f.b) != 1:
                continue
            if f.kind == "date" and not numbers_ok:
                continue
        elif (
            not names_ok
            or (f.kind == "count" and not happenings_ok)
            or (f.kind == "number" and market)
        ):
            continue
        if f.kind == "duration" and not f.slot:
            continue  # a length of what? Not compared (see dur-7 in the labelled pairs)
        found.append(f)
    # Two sentences disagree once: more counts of theirs that disagree restate the
    # first in other units ("5,000 barrels (210,000 gallons/795,000 liters)" against
    # "12,000 barrels per day (504,000 gallons/1.9 million liters)"; Timeline17's
    # Reuters pages). The first, in the first sentence's reading order, stays.
    found.sort(key=lambda f: values_a.index(f.a[0]))
    return found[:1]


def compare_sentences(
    a: str, b: str, cosine: float, weights: StoryWeights | None = None
) -> list[tuple[str, str, str, str]]:
    """Disagreements between two sentences, if they align.

    Args:
        a: One sentence.
        b: Another, from a different article.
        cosine: Cosine similarity of their embeddings.
        weights: The story's word weights, when known.

    Returns:
        ``(kind, slot, value in a, value in b)`` for each disagreement; empty
        when they do not align or agree.
    """
    values_a, values_b = extract_values(a), extract_values(b)
    profile_a, profile_b = profile(a), profile(b)
    overlap = aligned(profile_a, profile_b, cosine, weights, (values_a, values_b))
    if not overlap:
        return []
    return [
        (f.kind, f.slot, f.a[0].text, f.b[0].text)
        for f in _disagree(
            (values_a, values_b),
            (profile_a, profile_b),
            overlap,
            names_agree(profile_a.names, profile_b.names),
        )
    ]


_TOPICS = {
    "duration": "length of the {slot}",
    "count": "number of {slot}",
    "number": "amount ({slot})",
    "date": "date",
    "place": "where it happened",
    "actor": "who said it",
}


def _topic(kind: str, slot: str, example: str) -> str:
    if kind == "count":
        return f"number of {example.split()[-1]}"
    if kind == "duration":
        return f"length of the {slot}" if slot else "length"
    return _TOPICS[kind].format(slot=slot)


def _lead_places(article_id: str, sentences: Sequence[Sentence], lead: int = 3) -> set[str]:
    places: set[str] = set()
    for s in sentences:
        if s.article_id == article_id and s.index < lead:
            places.update(v.name for v in extract_values(s.text) if v.kind == "place")
    return places


def find_conflicts(
    sentences: Sequence[Sentence], *, vectors: NDArray[np.float32], articles: Sequence[Article]
) -> tuple[Conflict, ...]:
    """Find facts that outlets report with different values.

    Args:
        sentences: All the story's sentences.
        vectors: Unit-length embeddings aligned with ``sentences``.
        articles: The story's articles (their dates tell an update from a contradiction).

    Returns:
        Conflicts, each with two or more sides and every sentence behind each
        side; ``relation`` is ``update`` when every side's articles are dated,
        the dates differ by at most `UPDATE_DAYS`, and the later one revises
        the earlier one.
    """
    n = len(sentences)
    if n == 0:
        return ()
    values = [extract_values(s.text) for s in sentences]
    profiles = [profile(s.text) for s in sentences]
    weights = StoryWeights(
        zip((s.article_id for s in sentences), profiles, strict=True), len(articles)
    )
    texts = {a.id: a.text.lower() for a in articles}
    dates = {a.id: a.date for a in articles}
    findings: list[tuple[_Finding, int, int]] = []
    scores = vectors @ vectors.T
    rows, cols = np.nonzero(np.triu(scores >= ALIGN_COSINE, k=1))
    for i, j in zip(map(int, rows), map(int, cols), strict=True):
        si, sj = sentences[i], sentences[j]
        if si.article_id == sj.article_id or not values[i] or not values[j]:
            continue
        overlap = aligned(profiles[i], profiles[j], float(scores[i, j]), weights,
                          (values[i], values[j]))  # fmt: skip
        if not overlap:
            continue
        names_ok = names_agree(
            weights.distinctive(profiles[i].names), weights.distinctive(profiles[j].names)
        )
        for f in _disagree((values[i], values[j]), (profiles[i], profiles[j]), overlap, names_ok):
            if f.kind == "place" and (
                f.b[0].name in texts.get(si.article_id, "")
                or f.a[0].name in texts.get(sj.article_id, "")
            ):
                continue  # each article knows the other's place: two places, not a dispute
            findings.append((f, i, j))
    findings.extend(_event_lengths(sentences, values, articles))
    return _merge(findings, sentences, dates)


def _event_lengths(
    sentences: Sequence[Sentence], values: Sequence[Sequence[Value]], articles: Sequence[Article]
) -> list[tuple[_Finding, int, int]]:
    """Lengths of one event stated in sentences that do not otherwise align.

    Two articles are taken to tell the same event when the places their first
    sentences name share one that not every article of the story mentions
    ("Sochi", not "Ukraine"), and their dates, when both are known, are at most
    `UPDATE_DAYS` apart; each must state exactly one length for the head.
    """
    by_article: dict[str, dict[str, list[tuple[int, Value]]]] = {}
    for i, (s, vs) in enumerate(zip(sentences, values, strict=True)):
        for v in vs:
            if v.kind == "duration" and v.slot:
                by_article.setdefault(s.article_id, {}).setdefault(v.slot, []).append((i, v))
    found: list[tuple[_Finding, int, int]] = []
    ids = sorted(by_article)
    texts = [a.text.lower() for a in articles]
    dates = {a.id: a.date for a in articles}
    places = {
        a: {p for p in _lead_places(a, sentences) if not all(p in t for t in texts)} for a in ids
    }
    for x, a in enumerate(ids):
        for b in ids[x + 1 :]:
            if not places[a] & places[b]:
                continue
            da, db = dates.get(a), dates.get(b)
            if da and db and abs((da - db).days) > UPDATE_DAYS:
                continue
            for slot in by_article[a].keys() & by_article[b].keys():
                side_a, side_b = by_article[a][slot], by_article[b][slot]
                if len(side_a) != 1 or len(side_b) != 1:
                    continue  # several lengths: several events, or a breakdown
                (i, va), (j, vb) = side_a[0], side_b[0]
                if not va.compatible(vb):
                    found.append((_Finding(kind="duration", slot=slot, a=(va,), b=(vb,)), i, j))
    return found


def _merge(
    findings: Sequence[tuple[_Finding, int, int]],
    sentences: Sequence[Sentence],
    dates: dict[str, dt.date | None],
) -> tuple[Conflict, ...]:
    """One conflict per (kind, slot); one side per distinct value, with all its sentences."""
    grouped: dict[tuple[str, str], dict[str, tuple[Value, dict[tuple[str, int], None]]]] = {}
    for f, i, j in findings:
        sides = grouped.setdefault((f.kind, f.slot), {})
        for row, vs in ((i, f.a), (j, f.b)):
            key = _value_key(vs[0])
            value, cites = sides.setdefault(key, (vs[0], {}))
            cites[sentences[row].key] = None
    conflicts: list[Conflict] = []
    for (kind, slot), sides in grouped.items():
        built = []
        for value, cites in sides.values():
            side_dates = [dates.get(a) for a, _ in cites]
            known = [d for d in side_dates if d is not None]
            built.append(
                ConflictSide(
                    value=value.text,
                    citations=tuple(Citation(article_id=a, sentence_index=k) for a, k in cites),
                    date=max(known) if known and len(known) == len(side_dates) else None,
                )
            )
        if len(built) < 2:
            continue
        relation: str = "contradiction"
        if all(s.date is not None for s in built):
            built.sort(key=lambda s: (s.date, s.value))
            first, last = built[0].date, built[-1].date
            if first and last and first < last and (last - first).days <= UPDATE_DAYS:
                relation = "update"
        conflicts.append(
            Conflict(
                kind=kind,
                topic=_topic(kind, slot, built[0].value),
                sides=tuple(built),
                relation="update" if relation == "update" else "contradiction",
            )
        )
    conflicts.sort(key=lambda c: (-sum(len(s.citations) for s in c.sides), c.kind, c.topic))
    return tuple(conflicts)


def _value_key(value: Value) -> str:
    if value.kind in ("place", "actor"):
        return value.name
    return f"{value.low:g}-{value.high:g}"
