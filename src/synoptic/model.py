"""The data model: small, frozen values that every stage takes and returns.

The data's way through the pipeline::

    paths ──read──▶ Article (raw) ──clean──▶ Article (clean, with its Removals)
          ──split──▶ Sentence ... ──select/cite──▶ Summary of SummarySentences
          ──analyse──▶ Fact, Event, Quote, Entity, Conflict ──▶ Brief ──render──▶ text

A `Sentence` is a view on its article's cleaned text (article id, index and
character offsets), so two outlets printing the same words stay two sentences,
each with its own citation. Embeddings never live on a sentence: they are one
float32 ``(n, d)`` array aligned with a tuple of sentences.

Every value is frozen, slotted and keyword-only so stages can run in parallel
without sharing mutable state.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "Article",
    "Brief",
    "Citation",
    "Cluster",
    "Conflict",
    "ConflictSide",
    "Entity",
    "Event",
    "Fact",
    "Precision",
    "Quote",
    "Rejection",
    "Removal",
    "Sentence",
    "Summary",
    "SummarySentence",
    "TimeExpression",
]


Precision = Literal["day", "month", "year"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Removal:
    """A line that cleaning took out of an article, and why (shown by ``--explain``)."""

    text: str
    reason: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One news article.

    Attributes:
        id: Stable identifier: the file name, or the id the input gave.
        title: Headline; empty when the input had none.
        text: Body text, paragraphs separated by blank lines. Raw after reading,
            cleaned after the clean stage.
        source: Outlet or site name, when known.
        url: Where the article was published, when known.
        date: Publication date, when known.
        path: The file it was read from (``-`` for stdin), when read from a file.
        removed: What cleaning removed from the raw text.
    """

    id: str
    title: str = ""
    text: str
    source: str | None = None
    url: str | None = None
    date: dt.date | None = None
    path: str | None = None
    removed: tuple[Removal, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Cluster:
    """A story cluster as the benchmark JSONL gives it: articles and reference summaries."""

    id: str
    articles: tuple[Article, ...]
    references: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Rejection:
    """An input that could not be used, reported instead of crashing the run.

    Attributes:
        source: The file (or file and line, or article id) that was rejected.
        stage: The pipeline stage that rejected it (``read``, ``clean``, ...).
        reason: A short human-readable reason.
    """

    source: str
    stage: str
    reason: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence:
    """A sentence of an article: a view on the article's cleaned text.

    Attributes:
        article_id: The article it belongs to.
        index: Position among the article's sentences, from 0.
        start: Character offset of its first character in ``Article.text``.
        end: Character offset one past its last character.
        text: The sentence itself (``article.text[start:end]``).
        paragraph: Index of the paragraph it sits in, from 0.
    """

    article_id: str
    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0

    @property
    def key(self) -> tuple[str, int]:
        """The sentence's identity: (article id, index). Never its text."""
        return (self.article_id, self.index)


@dataclass(frozen=True, slots=True, kw_only=True)
class Citation:
    """A sentence of a source article that supports a claim.

    Attributes:
        article_id: The supporting article.
        sentence_index: The supporting sentence's index in that article.
        similarity: How closely it matches the claim, in [0, 1]; 1 for the origin.
    """

    article_id: str
    sentence_index: int
    similarity: float = 1.0


@dataclass(frozen=True, slots=True, kw_only=True)
class SummarySentence:
    """A sentence of the summary with every source that reports it.

    Attributes:
        sentence: The extracted sentence (its text is what the summary shows).
        citations: All supporting sentences, the origin first.
        outlets: Number of independent outlets behind it (syndicated copies count once).
    """

    sentence: Sentence
    citations: tuple[Citation, ...]
    outlets: int = 1

    @property
    def sources(self) -> tuple[str, ...]:
        """Ids of the articles that report this sentence, in citation order, unique."""
        return tuple(dict.fromkeys(c.article_id for c in self.citations))


@dataclass(frozen=True, slots=True, kw_only=True)
class Summary:
    """An extractive summary within a word budget."""

    sentences: tuple[SummarySentence, ...]
    budget: int

    @property
    def text(self) -> str:
        return " ".join(s.sentence.text for s in self.sentences)

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True, slots=True, kw_only=True)
class Fact:
    """A claim several sentences make in other words.

    Attributes:
        id: Stable id within the brief (``f1``, ``f2``, ...).
        text: A representative wording (the most central sentence a reader can be
            shown, past any dateline).
        citations: Every sentence that makes the claim.
        outlets: Number of independent outlets carrying it.
        syndicated: Groups of article ids that carry near-identical copy of one
            another (wire copy); each group counts as one outlet.
    """

    id: str
    text: str
    citations: tuple[Citation, ...]
    outlets: int
    syndicated: tuple[tuple[str, ...], ...] = ()

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.article_id for c in self.citations))


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeExpression:
    """A time expression found in a sentence and resolved to a calendar date.

    Attributes:
        text: The expression as written ("Tuesday", "in May", "Dec. 15, 2015").
        sentence: Where it was found: (article id, sentence index).
        start: Offset of the expression within the sentence text.
        end: Offset one past its end.
        date: The resolved date (first day of the month or year for coarser precision).
        precision: ``day``, ``month`` or ``year``.
        anchor: What a relative expression was resolved against: ``metadata``
            (the article's own date), ``inferred`` (from its explicit dates) or
            ``absolute`` (needed no anchor).
    """

    text: str
    sentence: tuple[str, int]
    start: int
    end: int
    date: dt.date
    precision: Precision
    anchor: Literal["absolute", "metadata", "inferred"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """Something that happened, on a date, told by one or more sources.

    Attributes:
        date: When (first day of the month or year for coarser precision).
        precision: ``day``, ``month`` or ``year``.
        text: What happened: a representative sentence, less any dateline or
            connective to the sentence before it ("And ...").
        place: Where, when the text says.
        citations: The sentences that tell it.
        anchor: How the date was obtained (see `TimeExpression.anchor`).
    """

    date: dt.date
    precision: Precision
    text: str
    citations: tuple[Citation, ...]
    place: str | None = None
    anchor: Literal["absolute", "metadata", "inferred"] = "absolute"


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    """A direct quote with its speaker and every source that prints it.

    Attributes:
        text: The quoted words (without the quote marks).
        speaker: Who said it, resolved to a name where the text allows,
            else as written ("the minister"); None when no speaker is given.
        citations: The sentences that print it.
        altered: True when outlets print different wordings of it.
        variants: Every distinct wording, when altered (the first is ``text``).
    """

    text: str
    speaker: str | None
    citations: tuple[Citation, ...]
    altered: bool = False
    variants: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """A person, place or organisation, merged across name variants.

    Attributes:
        name: The fullest name used ("John Kerry").
        kind: ``person``, ``place`` or ``organization``.
        roles: Roles the text gives ("Secretary of State").
        variants: Every form seen ("Kerry", "Mr Kerry", "John Kerry").
        mentions: (article id, count) pairs, for articles that mention it.
    """

    name: str
    kind: Literal["person", "place", "organization"]
    roles: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    mentions: tuple[tuple[str, int], ...] = ()

    @property
    def total_mentions(self) -> int:
        return sum(n for _, n in self.mentions)


@dataclass(frozen=True, slots=True, kw_only=True)
class ConflictSide:
    """One value of a disputed fact, with the sentences that state it."""

    value: str
    citations: tuple[Citation, ...]
    date: dt.date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Conflict:
    """Outlets that report the same fact with different values.

    Attributes:
        kind: What differs: ``number``, ``duration``, ``count``, ``date``,
            ``place`` or ``actor``.
        topic: What the values are about ("length of the talks").
        sides: The differing values, each with its citations.
        relation: ``contradiction``, or ``update`` when a later report revises an
            earlier one.
    """

    kind: str
    topic: str
    sides: tuple[ConflictSide, ...]
    relation: Literal["contradiction", "update"] = "contradiction"


@dataclass(frozen=True, slots=True, kw_only=True)
class Brief:
    """Everything synoptic says about one story.

    ``inferred_dates`` gives each undated article the date its own text implies
    (`synoptic.text.dates.infer_article_date`), as (article id, date) pairs: the
    articles keep their metadata as read, and a reader is told which is which.
    """

    title: str
    articles: tuple[Article, ...]
    sentences: tuple[Sentence, ...]
    summary: Summary
    facts: tuple[Fact, ...] = ()
    timeline: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    entities: tuple[Entity, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    rejected: tuple[Rejection, ...] = ()
    inferred_dates: tuple[tuple[str, dt.date], ...] = ()
