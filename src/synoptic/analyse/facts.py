"""Citations and corroboration: which articles report the same claim.

Takes the story's sentences, their embedding vectors (aligned rows) and articles;
`cite_sentences` returns each selected sentence with every article that
reports it, and `group_facts` returns the claims several outlets make, each
with its citations and the number of independent outlets behind it.

Two sentences make the same claim (`same_claim`) when they are near-identical
(content-word Jaccard ≥ `NEAR_IDENTICAL`) or when all of these hold:

* their embeddings are close (cosine ≥ `CITE_COSINE`);
* they share content words: at least two stems, and the shared stems carry
  ≥ `CITE_OVERLAP` of the lighter sentence's weight, each stem weighted by its
  inverse article frequency in the story (`StoryWeights`): embeddings put
  same-topic sentences close, shared *distinctive* words keep it precise;
* their numbers agree (one set contains the other, "four" = "4"): "four hours"
  and "eight hours" embed as paraphrases but are not the same claim;
* their names agree (`names_agree`): when each names distinctive things
  (capitalised words past the first, acronyms, used by fewer than half the
  articles: "Sochi", not "Kerry") the other does not, they share at least half
  of the smaller set; weekdays count as values, like numbers.

Syndicated copy (wire stories several sites print nearly verbatim) is found by
the Jaccard similarity of the articles' word 5-gram shingles (Broder, 1997, "On
the resemblance and containment of documents"); a syndication group, or
articles with the same ``source``, count as one outlet.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import chain

import numpy as np
from numpy.typing import NDArray

from synoptic.embed.lexical import LexicalRows
from synoptic.linking import link_groups
from synoptic.model import Article, Citation, Fact, Sentence, SummarySentence
from synoptic.patterns import compile_pattern
from synoptic.text.datelines import story_text
from synoptic.text.tokens import STOPWORDS, stem, tokenize

__all__ = [
    "CITE_COSINE",
    "CITE_OVERLAP",
    "NEAR_IDENTICAL",
    "SYNDICATION_JACCARD",
    "ClaimProfile",
    "StoryWeights",
    "cite_sentences",
    "find_syndication",
    "group_facts",
    "names_agree",
    "numbers_agree",
    "numbers_in",
    "profile",
    "same_claim",
]

# Set on tests/fixtures/conflicts/pairs.jsonl ("cite" labels) with
# benchmarks/conflicts_precision.py (citations P=1.00 lexical, 0.92 MiniLM) and by
# reading the Kerry example's citations (0.55 cited same-topic Kerry/Lavrov sentences).
CITE_COSINE = 0.6
CITE_OVERLAP = 0.35
# Content-word Jaccard at which two sentences are copies of one another.
NEAR_IDENTICAL = 0.8
# Word 5-gram shingle Jaccard at which two articles are one wire story.
SYNDICATION_JACCARD = 0.5
SHINGLE = 5

_NUMBER_WORDS = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "m": 1_000_000,
           "mn": 1_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000,
           "trillion": 1_000_000_000_000}  # fmt: skip
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# A thousands group may stand after a comma and a space where a page's text was
# tokenised ("as many as 50,000 - 100, 000 people"; Timeline17's BBC pages); only "000",
# as "May 5, 200 people" is two numbers.
_NUMBER_TOKEN = compile_pattern(r"\d+(?:,\d{3})*(?:, 000(?!\d))*(?:\.\d+)?|[A-Za-z]+")
_DIGIT = compile_pattern(r"\d")
# What `tokenize` keeps, after lower-casing.
_TOKEN_CHARACTER = compile_pattern(r"[a-z0-9]")
# Words that can make a number by themselves; "a"/"an" count only before a scale
# word or "dozen", which are in this set too.
_NUMBER_ANY = frozenset({*_NUMBER_WORDS, *_SCALES})
_NUMBER_CUES = frozenset({*_NUMBER_WORDS, *_SCALES} - {"a", "an"})
_NOT_CONTENT = frozenset({*STOPWORDS, *_NUMBER_WORDS, *_SCALES})
_NOT_NAME = frozenset({*STOPWORDS, *_NUMBER_WORDS})
# A capitalised word not glued to a word before it, or an all-capitals word:
# ``(?<![\w'’])[A-Z][\w'’.-]*[\w]|\b[A-Z]{2,}\b``, written to open on [A-Z] so
# the regex engine skips ahead to capitals instead of trying every position.
_NAME = compile_pattern(r"[A-Z](?:(?<![\w'’][A-Z])[\w'’.-]*[\w]|(?<!\w[A-Z])[A-Z]+\b)")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number found in text: its value and where it was written."""

    value: float
    start: int
    end: int


def numbers_in(text: str) -> list[Quantity]:
    """Numbers of a text, digits or words, normalised to values.

    "four", "4", "eight-hour" (8), "twenty-five" (25), "1,200", "5 million",
    "$53bn" and "a dozen" are read; a bare "a"/"an" counts only before a scale
    word ("a million") or "dozen". Ordinals and fractions are not numbers here.

    Args:
        text: Any text.

    Returns:
        The quantities in reading order, each with its character span.
    """
    return _numbers_in(text, None)


def _may_hold_numbers(text: str, words: list[str] | None) -> bool:
    """False when `numbers_in` surely finds nothing; ``words`` is ``tokenize(text)``."""
    # Without digits, an ASCII text's `tokenize` tokens are exactly the
    # lower-cased letter runs `numbers_in` reads: no number cue, no number.
    return not (
        text.isascii()
        and not _DIGIT.search(text)
        and _NUMBER_CUES.isdisjoint(tokenize(text) if words is None else words)
    )


def _numbers_in(text: str, words: list[str] | None) -> list[Quantity]:
    """`numbers_in`; ``words`` is ``tokenize(text)`` when the caller has it."""
    if not _may_hold_numbers(text, words):
        return []
    found: list[Quantity] = []
    # Only digits and number words can start or extend a number; any other token
    # between two of them would end it anyway (the gap below holds it), so they go.
    tokens = [
        (raw, m.start(), m.end())
        for m in _NUMBER_TOKEN.finditer(text)
        if (raw := m.group())[0].isdigit() or raw.lower() in _NUMBER_ANY
    ]
    i = 0
    while i < len(tokens):
        raw, start, end = tokens[i]
        word = raw.lower()
        value: float | None = None
        if raw[0].isdigit():
            value = float(raw.replace(",", "").replace(" ", ""))
        elif word in _NUMBER_WORDS:
            if word in ("a", "an"):
                nxt = tokens[i + 1][0].lower() if i + 1 < len(tokens) else ""
                if nxt not in _SCALES and nxt != "dozen":
                    i += 1
                    continue
            value = float(_NUMBER_WORDS[word])
        if value is None:
            i += 1
            continue
        j = i + 1
        while j < len(tokens):  # "twenty five", "four hundred", "5 million", "a dozen"
            nxt_raw, _, nxt_end = tokens[j]
            nxt = nxt_raw.lower()
            gap = text[end : tokens[j][1]]
            if gap.strip() not in ("", "-"):
                break
            if nxt in _SCALES:
                value *= _SCALES[nxt]
            elif nxt == "dozen" and value < 20:
                value = 12.0 if word in ("a", "an") else value * 12
            elif (
                nxt in _NUMBER_WORDS
                and nxt not in ("a", "an", "dozen")
                and (value >= 20 and value % 10 == 0 and _NUMBER_WORDS[nxt] < 10)
            ):
                value += _NUMBER_WORDS[nxt]
            else:
                break
            end = nxt_end
            j += 1
        if word in ("a", "an") and j == i + 1:
            i += 1
            continue
        found.append(Quantity(value=value, start=start, end=end))
        i = j
    return found


@dataclass(frozen=True, slots=True)
class ClaimProfile:
    """What `same_claim` compares besides the vectors."""

    content: frozenset[str]
    names: frozenset[str]
    numbers: frozenset[float]
    days: frozenset[str] = frozenset()


def profile(text: str) -> ClaimProfile:
    """Content stems, name-like tokens and number values of a sentence."""
    return _profile(text, tokenize(text), None)


def _profile(text: str, tokens: list[str], stems: Mapping[str, str] | None) -> ClaimProfile:
    """`profile`, given ``tokenize(text)`` and, when the caller has one, a stem table of it."""
    found = _NAME.findall(text)
    names = {n for token in found[1:] if (n := token.strip(".").lower()) not in _NOT_NAME}
    if found:
        # A capitalised first word is a name only when written in capitals.
        token = found[0].strip(".")
        if token.lower() not in _NOT_NAME and (
            token.isupper() or text[: _first_name_at(text)].strip(" \"“‘'(")
        ):
            names.add(token.lower())
    numbers = frozenset(q.value for q in _numbers_in(text, tokens))
    # Numbers compare as values ("four" = "4"), not as words.
    stem_of = stem if stems is None else stems.__getitem__
    content = {stem_of(t) for t in tokens if t not in _NOT_CONTENT and not t[0].isdigit()}
    content.update(f"#{n:g}" for n in numbers)
    days = frozenset(w for w in tokens if w in _WEEKDAYS)
    return ClaimProfile(
        content=frozenset(content), names=frozenset(names - days), numbers=numbers, days=days
    )


def _first_name_at(text: str) -> int:
    match = _NAME.search(text)
    return match.start() if match else 0


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    smaller = min(len(a), len(b))
    return len(a & b) / smaller if smaller else 0.0


def numbers_agree(a: ClaimProfile, b: ClaimProfile) -> bool:
    """True unless both state numbers (or weekdays) and neither set contains the other."""
    for x, y in ((a.numbers, b.numbers), (a.days, b.days)):
        if x and y and not (x <= y or y <= x):
            return False
    return True


def names_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """False when each side names things the other does not and they share few names.

    "Geneva" / "Vienna", or "Senator Hale" / "Governor Ruiz" on the same Tuesday,
    are different claims; "Lavrov" / "Foreign Minister Sergei Lavrov" are not.
    """
    if not a or not b or a <= b or b <= a:
        return True
    return 2 * len(a & b) >= min(len(a), len(b))


def near_identical(a: ClaimProfile, b: ClaimProfile) -> bool:
    """Copies of one another (wire copy, light edits); three content words at least."""
    return len(a.content) >= 3 and _jaccard(a.content, b.content) >= NEAR_IDENTICAL


Terms = Mapping[str, AbstractSet[str]]
"""Each article's terms (content stems, or names), by article id."""


class StoryWeights:
    """Weights of words and names within one story, from the articles that use them.

    A stem's weight is its smoothed inverse article frequency, ``log((N + 1) / df)``:
    "Kerry" in every article says little about which claim a sentence makes,
    "Sochi" in one says a lot. A name is *distinctive* when fewer than half the
    articles use it.
    """

    def __init__(self, profiles: Iterable[tuple[str, ClaimProfile]], articles: int) -> None:
        content: dict[str, set[str]] = {}
        names: dict[str, set[str]] = {}
        for article_id, p in profiles:
            content.setdefault(article_id, set()).update(p.content)
            names.setdefault(article_id, set()).update(p.names)
        # Number stems ("#4") are content stems too: one count serves both.
        self._start(articles, lambda: content, lambda: content, lambda: names)

    @classmethod
    def of_articles(
        cls,
        articles: int,
        *,
        words: Callable[[], Terms],
        numbers: Callable[[], Terms],
        names: Callable[[], Terms],
    ) -> StoryWeights:
        """The weights from each article's terms, without profiling every sentence.

        The union of an article's sentences' `ClaimProfile` fields, given in
        three parts: content stems of words, of numbers ("#4"), and names. Each
        part is asked for on first need only: most stories' citations never
        weigh a word (DUC 2003 t2: 20 clusters of 30), fewer weigh a number
        (25 of 30), and reading every article's numbers and names was a
        third of citing's cost.
        """
        weights = cls.__new__(cls)
        weights._start(articles, words, numbers, names)
        return weights

    def _start(
        self,
        articles: int,
        words: Callable[[], Terms],
        numbers: Callable[[], Terms],
        names: Callable[[], Terms],
    ) -> None:
        self._n = max(1, articles)
        self._default = math.log(self._n + 1)
        self._terms = {"words": words, "numbers": numbers, "names": names}
        self._counted: dict[str, Counter[str]] = {}

    def _df(self, part: str) -> Counter[str]:
        """How many articles use each term of one part."""
        df = self._counted.get(part)
        if df is None:
            terms = self._terms[part]()
            df = self._counted[part] = Counter(t for found in terms.values() for t in found)
        return df

    def weight(self, stems: Iterable[str]) -> float:
        n, default = self._n, self._default
        values = []
        for s in stems:
            v = self._df("numbers" if s.startswith("#") else "words")[s]
            values.append(math.log((n + 1) / v) if v else default)
        return sum(values)

    def distinctive(self, names: frozenset[str]) -> frozenset[str]:
        if not names or self._n <= 2:
            return names
        df = self._df("names")
        return frozenset(name for name in names if 2 * df[name] < self._n)


def same_claim(
    a: ClaimProfile, b: ClaimProfile, cosine: float, weights: StoryWeights | None = None
) -> bool:
    """Whether two sentences make the same claim; see the module docstring.

    Args:
        a: One sentence's profile.
        b: The other's.
        cosine: Cosine similarity of their embeddings.
        weights: The story's word weights; without them every word weighs the same.
    """
    if near_identical(a, b):
        return numbers_agree(a, b) and names_agree(a.names, b.names)
    if cosine < CITE_COSINE or len(a.content & b.content) < 2:
        return False
    if weights is None:
        overlap = _overlap(a.content, b.content)
        names_a, names_b = a.names, b.names
    else:
        smaller = min(weights.weight(a.content), weights.weight(b.content))
        overlap = weights.weight(a.content & b.content) / smaller if smaller else 0.0
        names_a, names_b = a.names, b.names
        if names_a and names_b:  # else they agree whatever is distinctive
            names_a, names_b = weights.distinctive(names_a), weights.distinctive(names_b)
    if overlap < CITE_OVERLAP:
        return False
    return names_agree(names_a, names_b) and numbers_agree(a, b)


def _shingles(text: str) -> frozenset[tuple[str, ...]]:
    """A text's word 5-gram shingles; a text of fewer words is one shingle of them all."""
    tokens = tokenize(text)
    if len(tokens) < SHINGLE:
        return frozenset([tuple(tokens)]) if tokens else frozenset()
    return frozenset(zip(*(tokens[k:] for k in range(SHINGLE)), strict=False))


def find_syndication(
    articles: Sequence[Article],
    *,
    sentences: Sequence[Sentence] = (),
    words: Sequence[list[str]] | None = None,
) -> tuple[tuple[str, ...], ...]:
    """Groups of articles that are near-identical copy of one another.

    Args:
        articles: The story's articles.
        sentences: Their sentences, when the caller has them, with ``words``
            (each one's `tokenize` tokens): an article's tokens are then its
            sentences' (checked to be the same), not tokenised again.
        words: See ``sentences``.

    Returns:
        Groups of two or more article ids (input order within and across
        groups) whose word 5-gram shingle Jaccard ≥ `SYNDICATION_JACCARD`,
        closed transitively.
    """
    tokens: list[list[str] | None] = [None] * len(articles)
    if words is not None:
        at = {a.id: k for k, a in enumerate(articles)}
        for article_id, rows in _by_article(sentences).items():
            k = at.get(article_id)
            if k is not None:
                tokens[k] = _joined_tokens(
                    articles[k].text, [sentences[r] for r in rows], [words[r] for r in rows]
                )
    linked = _wire_copies(
        [tokenize(a.text) if t is None else t for a, t in zip(articles, tokens, strict=True)]
    )
    groups = link_groups(len(articles), lambda i, j: (i, j) in linked)
    return tuple(tuple(articles[i].id for i in g) for g in groups if len(g) > 1)


def _joined_tokens(
    text: str, sentences: Sequence[Sentence], words: Sequence[list[str]]
) -> list[str] | None:
    """``tokenize(text)`` from its sentences' tokens, or None where they may differ.

    They are the same when the sentences lie in order within ``text``, nothing
    between them lower-cases to a token character, and no token runs from one
    sentence into the next (lower-casing is per character, but for final
    sigmas, which are no token characters).
    """
    out: list[str] = []
    end = 0
    before = ""  # the character before the next sentence, lower-cased
    for sentence, tokens in zip(sentences, words, strict=True):
        start = sentence.start
        if start < end or text[start : sentence.end] != sentence.text:
            return None
        gap = text[end:start].lower()
        if _TOKEN_CHARACTER.search(gap):
            return None
        before = gap[-1:] or before
        # Lower-casing is per character: the ends of the sentence's suffice.
        if _TOKEN_CHARACTER.match(before) and _TOKEN_CHARACTER.match(sentence.text[:1].lower()):
            return None  # a token would run on from the text before
        out.extend(tokens)
        end = sentence.end
        before = sentence.text[-1:].lower()[-1:] or before
    if _TOKEN_CHARACTER.search(text[end:].lower()):
        return None
    return out


def _wire_copies(tokens: Sequence[list[str]]) -> set[tuple[int, int]]:
    """Pairs ``i < j`` of token lists whose `_shingles` Jaccard ≥ `SYNDICATION_JACCARD`.

    The shingles are counted as integer codes, not sets of string tuples (a
    tenth of the cost on DUC 2003): each 5-gram of token numbers is one int64
    (renumbered when the next word would overflow it), and the shingles two
    texts share are read off the sorted (shingle, text) pairs.
    """
    n = len(tokens)
    flat = list(chain.from_iterable(tokens))
    index = {t: k for k, t in enumerate(dict.fromkeys(flat))}
    ids = np.fromiter(map(index.__getitem__, flat), dtype=np.int64, count=len(flat))
    lengths = np.array([len(t) for t in tokens], dtype=np.int64)
    # A text of fewer than SHINGLE words is one shingle of fewer words: it can
    # only equal another such text's, never a 5-gram.
    linked: set[tuple[int, int]] = set()
    short: dict[tuple[str, ...], int] = {}
    for k, words in enumerate(tokens):
        if 0 < len(words) < SHINGLE:
            first = short.setdefault(tuple(words), k)
            if first != k:
                linked.add((first, k))
    # Shingle codes: a window starting at p is whole when it ends in its own text.
    starts = np.cumsum(lengths) - lengths
    windows = np.maximum(lengths - (SHINGLE - 1), 0)
    owner = np.repeat(np.arange(n, dtype=np.int64), windows)
    at = np.arange(int(windows.sum()), dtype=np.int64) + np.repeat(
        starts - (np.cumsum(windows) - windows), windows
    )
    vocabulary = max(len(index), 1)
    code = ids[at]
    for q in range(1, SHINGLE):
        if len(code) and int(code.max()) >= np.iinfo(np.int64).max // vocabulary:
            code = np.unique(code, return_inverse=True)[1].reshape(-1).astype(np.int64)
        code = code * vocabulary + ids[at + q]
    # Distinct (shingle, text) pairs, sorted by shingle then text (a stable sort
    # by shingle keeps the texts in order).
    order = np.argsort(code, kind="stable")
    code, owner = code[order], owner[order]
    distinct = np.ones(len(code), dtype=bool)
    distinct[1:] = (code[1:] != code[:-1]) | (owner[1:] != owner[:-1])
    code, owner = code[distinct], owner[distinct]
    size = np.bincount(owner, minlength=n).tolist()
    # Texts sharing a shingle sit side by side: offset d pairs each with the d-th next.
    shared = np.zeros(n * n, dtype=np.int64)
    for d in range(1, n):
        same = code[d:] == code[:-d]
        if not same.any():
            break
        shared += np.bincount(owner[:-d][same] * n + owner[d:][same], minlength=n * n)
    for pair in np.flatnonzero(shared).tolist():
        i, j = divmod(pair, n)
        a, b, common = size[i], size[j], int(shared[pair])
        # Jaccard ≤ smaller / larger, so a lopsided pair is ruled out first (as before).
        if (
            min(a, b) >= SYNDICATION_JACCARD * max(a, b)
            and common / (a + b - common) >= SYNDICATION_JACCARD
        ):
            linked.add((i, j))
    return linked


class _Outlets:
    """Counts independent outlets: a syndication group or one ``source`` is one outlet.

    Syndication is found on first need, so a summary whose sentences each cite
    one article never looks for it.
    """

    def __init__(
        self,
        articles: Sequence[Article],
        sentences: Sequence[Sentence] = (),
        words: Sequence[list[str]] | None = None,
    ) -> None:
        self._articles = articles
        self._sentences = sentences
        self._words = words
        self._found: tuple[tuple[tuple[str, ...], ...], dict[str, str]] | None = None

    def _syndication(self) -> tuple[tuple[tuple[str, ...], ...], dict[str, str]]:
        """The syndication groups and each article's outlet."""
        if self._found is None:
            groups = find_syndication(self._articles, sentences=self._sentences, words=self._words)
            outlet = {a.id: f"source:{a.source}" if a.source else a.id for a in self._articles}
            for group in groups:
                for article_id in group[1:]:
                    outlet[article_id] = outlet[group[0]]
            self._found = groups, outlet
        return self._found

    @property
    def syndicated(self) -> tuple[tuple[str, ...], ...]:
        return self._syndication()[0]

    def count(self, article_ids: Iterable[str]) -> int:
        ids = set(article_ids)
        if len(ids) < 2:
            return len(ids)
        outlet = self._syndication()[1]
        return len({outlet.get(a, a) for a in ids})

    def groups_among(self, article_ids: Iterable[str]) -> tuple[tuple[str, ...], ...]:
        ids = set(article_ids)
        found = (tuple(a for a in g if a in ids) for g in self.syndicated)
        return tuple(g for g in found if len(g) > 1)


def cite_sentences(
    selected: Sequence[Sentence],
    *,
    sentences: Sequence[Sentence],
    vectors: NDArray[np.float32] | LexicalRows,
    articles: Sequence[Article],
    words: Sequence[list[str]] | None = None,
    stems: Mapping[str, str] | None = None,
) -> tuple[SummarySentence, ...]:
    """Cite every article that reports each selected sentence.

    Only the selected sentences are compared with the others (``k × n``
    similarities, not ``n × n``), and each distinct sentence text is profiled once.

    Args:
        selected: The summary's sentences, in summary order; each is one of ``sentences``
            (matched by `Sentence.key`, never by text).
        sentences: All the story's sentences.
        vectors: Unit-length embeddings aligned with ``sentences``: a dense array, or
            the fast path's sparse `LexicalRows`.
        articles: The story's articles.
        words: Each sentence's `tokenize` tokens, when the caller has them.
        stems: A `synoptic.text.tokens.stem_table` of those tokens, when the caller has one.

    Returns:
        One `SummarySentence` per selected sentence: the origin first (similarity
        1), then the best-matching sentence of each other article that makes the
        same claim (`same_claim`), most similar first; ``outlets`` counts
        syndicated copies and same-source articles once.
    """
    row_of = {s.key: i for i, s in enumerate(sentences)}
    origins = [row_of.get(chosen.key) for chosen in selected]
    found = [i for i in origins if i is not None]
    if not found:
        return tuple(SummarySentence(sentence=c, citations=(_origin(c),)) for c in selected)
    outlets = _Outlets(articles, sentences, words)
    weights = StoryWeights.of_articles(
        len(articles),
        words=lambda: _article_stems(sentences, words, stems),
        numbers=lambda: _article_numbers(sentences, words),
        names=lambda: _article_names(sentences),
    )
    # Only the selected sentences and their close neighbours are compared claim
    # by claim; each distinct text is profiled once, when first needed.
    profiled: dict[str, ClaimProfile] = {}

    def profile_of(i: int) -> ClaimProfile:
        text = sentences[i].text
        found = profiled.get(text)
        if found is None:
            tokens = tokenize(text) if words is None else words[i]
            found = profiled[text] = _profile(text, tokens, stems)
        return found

    scores = _similarities(vectors, found)
    # Below this no pair makes the same claim (`same_claim` needs CITE_COSINE,
    # near-identical copies score far higher); it spares most profile comparisons.
    floor = min(CITE_COSINE, 0.3)

    cited: list[SummarySentence] = []
    rows = iter(scores)
    for chosen, origin in zip(selected, origins, strict=True):
        if origin is None:
            cited.append(SummarySentence(sentence=chosen, citations=(_origin(chosen),)))
            continue
        row = next(rows)
        best: dict[str, tuple[float, int]] = {}
        for j in np.flatnonzero(row >= floor).tolist():
            other = sentences[j]
            if other.article_id == chosen.article_id:
                continue
            score = float(row[j])
            if not same_claim(profile_of(origin), profile_of(j), score, weights):
                continue
            if other.article_id not in best or score > best[other.article_id][0]:
                best[other.article_id] = (score, j)
        others = sorted(best.items(), key=lambda kv: (-kv[1][0], kv[1][1]))
        citations = (
            _origin(chosen),
            *(
                Citation(
                    article_id=article_id,
                    sentence_index=sentences[j].index,
                    similarity=round(min(1.0, max(0.0, score)), 4),
                )
                for article_id, (score, j) in others
            ),
        )
        cited.append(
            SummarySentence(
                sentence=chosen,
                citations=citations,
                outlets=outlets.count(c.article_id for c in citations),
            )
        )
    return tuple(cited)


def _by_article(sentences: Sequence[Sentence]) -> dict[str, list[int]]:
    """Each article's sentences (their positions in ``sentences``), in order."""
    out: dict[str, list[int]] = {}
    for k, s in enumerate(sentences):
        out.setdefault(s.article_id, []).append(k)
    return out


# Each article's part of its sentences' `profile` fields, read from the article
# as a whole (tokens, numbers and names never cross the separators between its
# sentences) instead of sentence by sentence; ``words`` are the sentences'
# `tokenize` tokens when the caller has them.


def _article_stems(
    sentences: Sequence[Sentence],
    words: Sequence[list[str]] | None = None,
    stems: Mapping[str, str] | None = None,
) -> dict[str, set[str]]:
    """Each article's content stems of words (`ClaimProfile.content` less numbers)."""
    words = [tokenize(s.text) for s in sentences] if words is None else words
    stem_of = stem if stems is None else stems.__getitem__
    out: dict[str, set[str]] = {}
    for article_id, rows in _by_article(sentences).items():
        tokens: set[str] = set().union(*(words[k] for k in rows))
        out[article_id] = {
            stem_of(t) for t in tokens if t not in _NOT_CONTENT and not t[0].isdigit()
        }
    return out


def _article_numbers(
    sentences: Sequence[Sentence], words: Sequence[list[str]] | None = None
) -> dict[str, set[str]]:
    """Each article's number stems ("#4", `ClaimProfile.content`'s numbers)."""
    out: dict[str, set[str]] = {}
    for article_id, rows in _by_article(sentences).items():
        # " | " ends any number (`numbers_in` reads "-" or space between its words).
        numbered = " | ".join(
            sentences[k].text
            for k in rows
            if _may_hold_numbers(sentences[k].text, None if words is None else words[k])
        )
        out[article_id] = {f"#{q.value:g}" for q in _numbers_in(numbered, None)}
    return out


def _article_names(sentences: Sequence[Sentence]) -> dict[str, set[str]]:
    """Each article's names (`ClaimProfile.names`)."""
    out: dict[str, set[str]] = {}
    for article_id, rows in _by_article(sentences).items():
        texts = [sentences[k].text for k in rows]
        counts = Counter(
            n
            for token in _NAME.findall("\n".join(texts))
            if (n := token.strip(".").lower()) not in _NOT_NAME
        )
        for text in texts:  # a sentence's capitalised first word is no name (see `profile`)
            first = _NAME.search(text)
            if first is None:
                continue
            token = first.group().strip(".")
            if not (token.isupper() or text[: first.start()].strip(" \"“‘'(")):
                counts[token.lower()] -= 1
        out[article_id] = {n for n, c in counts.items() if c > 0} - _WEEKDAYS
    return out


def _profiles(sentences: Sequence[Sentence]) -> list[ClaimProfile]:
    """`profile` of every sentence; repeated texts (wire copy) are profiled once."""
    seen: dict[str, ClaimProfile] = {}
    out: list[ClaimProfile] = []
    for s in sentences:
        p = seen.get(s.text)
        if p is None:
            p = seen[s.text] = profile(s.text)
        out.append(p)
    return out


def _similarities(
    vectors: NDArray[np.float32] | LexicalRows, rows: Sequence[int]
) -> NDArray[np.float32]:
    """Cosine similarities of the given rows with every row: ``(len(rows), n)``."""
    if isinstance(vectors, LexicalRows):
        return vectors.similarities(rows)
    # One matrix-vector product per row, as before: a matrix product may round
    # identical rows differently (BLAS edge tiles), which would break ties.
    return np.stack([vectors @ vectors[i] for i in rows])


def _origin(sentence: Sentence) -> Citation:
    return Citation(article_id=sentence.article_id, sentence_index=sentence.index, similarity=1.0)


def group_facts(
    sentences: Sequence[Sentence],
    *,
    vectors: NDArray[np.float32],
    articles: Sequence[Article],
    stated: Sequence[bool] | None = None,
) -> tuple[Fact, ...]:
    """Group the story's sentences into claims several articles make.

    Pairs of sentences from different articles that make the same claim
    (`same_claim`) are merged, most similar first (single linkage, as Kruskal's
    algorithm), with two guards against chaining: a group never holds two
    sentences of one article, and two groups merge only when at least half of
    the cross pairs make the same claim (average-linkage style).

    Args:
        sentences: All the story's sentences.
        vectors: Unit-length embeddings aligned with ``sentences``.
        articles: The story's articles.
        stated: Which sentences state a claim a reader can be shown (aligned with
            ``sentences``; all when None). A flattened page's headline with no
            stop, a caption, a question or a widget's teaser repeated on every
            page of one site ("The pun - ancient artform, or the lowest form of
            wit?" in four BBC pages) still groups with its kind and
            corroborates, but gives a fact's wording only when stated, and a
            group with no stated sentence is no fact.

    Returns:
        Facts carried by two or more articles (single-source sentences are not
        facts here: the summary and its citations cover them), ordered by
        independent outlets, then citations, then earliest position. ``text``
        is the most central stated wording; its citation comes first with
        similarity 1.
    """
    n = len(sentences)
    if n == 0:
        return ()
    profiles = _profiles(sentences)
    weights = StoryWeights(
        zip((s.article_id for s in sentences), profiles, strict=True), len(articles)
    )
    scores = vectors @ vectors.T
    same = np.zeros((n, n), dtype=bool)
    edges: list[tuple[float, int, int]] = []
    rows, cols = np.nonzero(np.triu(scores >= min(CITE_COSINE, 0.3), k=1))
    for i, j in zip(map(int, rows), map(int, cols), strict=True):
        if sentences[i].article_id == sentences[j].article_id:
            continue
        if same_claim(profiles[i], profiles[j], float(scores[i, j]), weights):
            same[i, j] = same[j, i] = True
            edges.append((float(scores[i, j]), i, j))
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    group_of = list(range(n))
    for _, i, j in edges:
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        a, b = members[gi], members[gj]
        if {sentences[k].article_id for k in a} & {sentences[k].article_id for k in b}:
            continue
        if 2 * int(same[np.ix_(a, b)].sum()) < len(a) * len(b):
            continue
        a.extend(b)
        for k in b:
            group_of[k] = gi
        del members[gj]
    outlets = _Outlets(articles)
    order = {a.id: k for k, a in enumerate(articles)}
    found: list[tuple[tuple[int, int, int, int], Fact]] = []
    for group in members.values():
        if len({sentences[k].article_id for k in group}) < 2:
            continue
        wordings = [k for k in group if stated is None or stated[k]]
        if not wordings:
            continue
        centrality = scores[np.ix_(wordings, group)].sum(axis=1)
        central = wordings[int(np.argmax(centrality))]
        rest = sorted((k for k in group if k != central), key=lambda k: -scores[central, k])
        citations = (
            _origin(sentences[central]),
            *(
                Citation(
                    article_id=sentences[k].article_id,
                    sentence_index=sentences[k].index,
                    similarity=round(min(1.0, max(0.0, float(scores[central, k]))), 4),
                )
                for k in rest
            ),
        )
        ids = [c.article_id for c in citations]
        fact = Fact(
            id="",
            # Where selection and the timeline start it: past a wire dateline, a page's
            # time stamp or a bracketed credit ("WASHINGTON | Thu May 27, 2010 3:54 pm
            # EDT WASHINGTON (Reuters) - President Barack Obama took ...").
            text=story_text(sentences[central]),
            citations=citations,
            outlets=outlets.count(ids),
            syndicated=outlets.groups_among(ids),
        )
        first = min((sentences[k].index, order.get(sentences[k].article_id, n)) for k in group)
        found.append(((-fact.outlets, -len(citations), *first), fact))
    found.sort(key=lambda kv: kv[0])
    return tuple(
        Fact(
            id=f"f{k}",
            text=fact.text,
            citations=fact.citations,
            outlets=fact.outlets,
            syndicated=fact.syndicated,
        )
        for k, (_, fact) in enumerate(found, start=1)
    )
