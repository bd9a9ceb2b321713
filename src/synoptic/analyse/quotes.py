"""Quotes: articles (+ their sentences, + optional spaCy docs) → `Quote` values.

Rules, in order:

1. **Spans.** Quote marks are read per paragraph: curly “…” and straight "…"
   (a straight mark opens after a space or the paragraph start, closes
   before a space or punctuation). A quote may span several sentences. An
   opening mark right after a sentence end inside an open quote continues it
   (some outlets re-open each sentence); any other one nests (“dead end”
   inside a quote). A paragraph that ends inside a quote continues into the
   next paragraph when that one opens with a quote mark (the news convention
   for multi-paragraph quotes); otherwise the quote ends with its paragraph.
   Single marks ‘…’ are not read: they are mostly apostrophes. A straight
   mark never opens on a stop. Marks spaced on both sides (a page's spaced
   punctuation) take turns, except that a mark before an attribution
   (``" he said``, ``" said Muravchik``) closes a quote.
2. **Speakers.** Attribution patterns next to the span: after it (``," said
   Kerry``, ``," Kerry said``, ``," the minister added``, ``", he added``,
   ``" according to Lavrov``, and ``, Ann Clywd said`` later in the same
   sentence for a partial quote) or before it (``Mr Kerry said: "``, ``Kerry
   admitted: "``, ``According to Lavrov, "``, ``The BBC's Andy Gallagher in
   Port-au-Prince says: "``). After "told" the name is the listener
   (``, told CNN``). A quote without its own attribution takes the speaker
   of the quote before it in the same paragraph with at most one sentence
   between (a flattened page is one paragraph), or of the previous
   paragraph's quote when it opens its paragraph (news continue a speaker's
   words that way). A description that "added" (``," the minister added``)
   goes on from the named speaker of the quote just before, so near in the
   same paragraph or in the previous one.
3. **Resolution.** Roles are stripped from names ("Secretary of State John
   Kerry" → "John Kerry"), honorifics too ("Mr Kerry" → "Kerry"). ``he``/``she``
   is the most recent person named before it in the article, outside quotes,
   unless that person's first name tells the other gender
   (`_first_name_pronouns`): "she said" after Andrew Tyndall is someone the
   rules cannot name, and has no speaker. Persons come from spaCy PERSON
   entities when docs are given, else from names next to a role or honorific
   and from earlier speakers. A surname becomes the full name the article gave
   before the quote, else the one most other articles give first ("Kerry" →
   "John Kerry"). An unnamed speaker is kept as
   written ("the State Department official").
4. **Scare quotes and titles.** A quote of fewer than `MIN_WORDS` words is
   kept only with its own attribution pattern (“wonderfully”, “dead end” are
   dropped); an unattributed quote whose words are all capitalised is a
   title and is dropped.
5. **Across outlets.** Quotes whose normalised tokens overlap (Jaccard >=
   `MERGE_JACCARD`, or the shorter contained in the longer >= `MERGE_CONTAINMENT`)
   are one `Quote` citing every sentence that prints them; different
   wordings set ``altered`` and are listed in ``variants``.

Quality on 66 hand-labelled DUC 2003 quotes: see benchmarks/results/quotes.md.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from synoptic.linking import link_groups
from synoptic.model import Article, Citation, Quote, Sentence
from synoptic.patterns import compile_pattern
from synoptic.text import split_sentences, tokenize
from synoptic.text.names import given_names_by_sex
from synoptic.text.tokens import STOPWORDS

__all__ = ["MIN_WORDS", "find_quotes", "normalise_speaker"]

# Unattributed quotes shorter than this are scare quotes ("wonderfully", "dead end").
MIN_WORDS = 4
# Same quote in two outlets. Set by hand on invented pairs (tests/unit/analyse/test_quotes.py):
# not yet measured by a benchmark (the DUC sample is scored per document).
MERGE_JACCARD = 0.6
MERGE_CONTAINMENT = 0.85
MERGE_MIN_TOKENS = 4

_PARAGRAPH_BREAK = compile_pattern(r"\n[ \t]*\n\s*")
_MARK = compile_pattern(r"[“”\"]")
_SENTENCE_END = compile_pattern(r"[.?!…][)\]’']*\s*$")

VERBS = (
    "said|says|say|added|adds|stated|states|told|tells|asked|asks|explained|explains|"
    "admitted|admits|declared|declares|insisted|insists|noted|notes|warned|warns|wrote|"
    "writes|argued|argues|claimed|claims|continued|continues|replied|replies|responded|"
    "remarked|recalled|recalls|acknowledged|acknowledges|conceded|concedes|announced|"
    "observed|suggested|suggests|urged|urges|cautioned|complained|predicted|maintained|"
    "emphasized|emphasised|stressed|commented|concluded|concludes|pointed out|went on|"
    "testified|shouted|yelled|whispered|exclaimed|agreed|agrees|confirmed|confirms|"
    "joked|boasted|vowed|promised|pledged|charged|countered|answered|lamented|"
    "recounted|reiterated|opined|opines|quipped|quips|mused|muses|tweeted|tweets|wondered|"
    "wonders|demanded|demands|retorted|pleaded|said in a statement|told reporters"
)
# Before its speaker ('," said Kerry'), a verb of telling names the listener:
# '... a fellow at Johns Hopkins, told CNN Friday' is no quote of CNN's.
_INVERTED_VERBS = "|".join(v for v in VERBS.split("|") if v not in {"told", "tells"})
_HONORIFICS = r"(?:Rev|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof|Rev|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Adm|Maj)"
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|(?:al|el|bin|ibn|de|da|van|von|der|del|la|le|di)-?[A-Z]?[\w'’-]*)"
_NAME = rf"(?:(?:the\s+)?{_HONORIFICS}\.?\s+)?[A-Z][\w'’.-]*(?:\s+{_NAME_WORD}){{0,5}}"
# A speaker described ("the minister", "a Red Cross spokesman"), up to six words, none of
# them a verb's auxiliary: the phrase had run on over one ('says the union is " taking
# all necessary measures "', 'the Justice Department has already demanded ...').
_AUXILIARY = r"(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must)\b"
_NP_WORD = rf"(?!{_AUXILIARY})[\w'’-]+"
_NOUN_PHRASE = rf"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+{_NP_WORD}(?:\s+{_NP_WORD}){{0,5}}?"
_PRONOUN = r"(?:[Hh]e|[Ss]he)"
_SPEAKER = rf"(?P<sp>{_PRONOUN}|{_NAME}|{_NOUN_PHRASE})"
_ADVERB = r"(?:\w+ly\s+|also\s+|later\s+|then\s+|once\s+)?"
_TAIL = r"(?:\s+(?:reporters|journalists|the\s+\w+|an?\s+\w+|us|me|him|her|them))?" + (
    r"(?:\s+(?:on|in|at)\s+[\w'’ ]{1,40}?)?"
)

# A place or an organisation after a name: "in Port-au-Prince", "of Save the Children".
_PLACE_WORD = r"[A-Z][\w'’.&-]*(?:\s+-\s+[\w'’]+)*"  # "Port-au-Prince", "Port - au - Prince"
_WHERE = (
    rf"(?:in|of|from|at|for|with)\s+(?:the\s+)?{_PLACE_WORD}"
    rf"(?:\s+(?:(?:of|the|and|for|&)\s+)*{_PLACE_WORD}){{0,5}}"
)

_AFTER = (
    compile_pattern(
        rf"^[\s,—–-]*(?:{_INVERTED_VERBS})\s+{_SPEAKER}(?=\s*(?:[,.;:!?—–)]|$|\s+who\b|\s+in\b))"
    ),
    compile_pattern(rf"^[\s,—–-]*{_SPEAKER}\s+{_ADVERB}(?:{VERBS})\b"),
    # With an apposition: '," Hand Carlsson, the lead detective, told reporters', '," Joshua
    # Muravchik, a fellow at the Johns Hopkins School of Advanced International Studies, said'.
    compile_pattern(
        rf"^[\s,—–-]*{_SPEAKER},\s+(?:the|a|an)\s+[^,.;]{{1,100}},\s+{_ADVERB}(?:{VERBS})\b"
    ),
    compile_pattern(rf"^[\s,—–-]*according\s+to\s+{_SPEAKER}(?=\s*(?:[,.;:!?]|$))"),
)
# Later in the sentence of a partial quote: '... cases" of murder, Ann Clywd said'.
_AFTER_LATER = (
    compile_pattern(rf",\s+{_SPEAKER}\s+{_ADVERB}(?:{VERBS})\b"),
    compile_pattern(rf",\s+(?:{_INVERTED_VERBS})\s+{_SPEAKER}(?=\s*(?:[,.;:!?]|$))"),
    compile_pattern(rf"\baccording\s+to\s+{_SPEAKER}(?=\s*(?:[,.;:!?]|$))"),
)
_BEFORE = (
    compile_pattern(
        rf"(?:^|[.,;:!?]\s+|\b(?:and|but|then|as)\s+)(?P<sp>{_PRONOUN}|{_NOUN_PHRASE})\s+"
        rf"{_ADVERB}(?:{VERBS}){_TAIL}\s*[:,]?\s*(?:that\s+)?$"
    ),
    # Where the speaker stands or works is not the speaker: "The BBC's Andy Gallagher
    # in Port-au-Prince says:", "Ian Rodgers of Save the Children said:".
    compile_pattern(
        rf"(?P<sp>(?:\b[Tt]he\s+)?{_NAME})(?:,?\s+{_WHERE}){{0,2}}\s+{_ADVERB}(?:{VERBS}){_TAIL}"
        r"\s*[:,]?\s*(?:that\s+)?$"
    ),
    compile_pattern(rf"\b[Aa]ccording\s+to\s+{_SPEAKER}\s*,\s*$"),
)
# What follows a closing mark: '" he said', '" said Muravchik', '" Muravchik said'.
_ATTRIBUTION = compile_pattern(
    rf"\s*[,—–-]?\s*(?:(?:he|she)\s+{_ADVERB}(?:{VERBS})\b|(?:{_INVERTED_VERBS})\s+(?:[A-Z]|the\s)"
    rf"|{_NAME}\s+{_ADVERB}(?:{VERBS})\b)"
)
_HONORIFIC_PREFIX = compile_pattern(rf"^(?:the\s+)?{_HONORIFICS}\.?\s+")
# Words of a role written before a name: "Secretary of State John Kerry".
ROLE_WORDS = frozenset(
    """president vice prime minister secretary state foreign defense defence interior finance
    senator sen. sen governor gov. gov representative rep. rep general gen. gen chancellor chairman
    chairwoman chair director judge justice ambassador deputy chief mayor pope king queen prince
    princess sheikh commander spokesman spokeswoman attorney officer colonel col. lt. capt. sgt.
    lieutenant captain sergeant admiral adm. major maj. dr dr. mr mr. mrs mrs. ms ms. miss sir dame
    prof prof. rev. rev professor premier leader lawmaker coach dictator former ex-president
    ex-prime envoy counterpart cardinal archbishop bishop rabbi minister-president first lady
    correspondent reporter editor analyst u.s. us uk un eu nato""".split()
)
# Without spaCy, a person is a capitalised name right after a role word.
_ROLE_NAME = compile_pattern(
    r"(?i:\b(?:" + "|".join(re.escape(w) for w in sorted(ROLE_WORDS) if w[0].isalpha()) + r")\s+)+"
    rf"(?-i:({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}))"
)
# The outlet or office a speaker belongs to, named before the speaker's name.
_OWNER = compile_pattern(
    r"^(?:[Tt]he\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’]s\s+(?=[A-Za-z])"
)
_NP_CUT = compile_pattern(
    r"\s+(?:who|whom|which|that|in|on|at|with|for|from|to|during|after|before|when|while|as|"
    r"and|but|of\s+the\s+\w+\s+who|\w+ing)\b.*$"
)


@dataclass(slots=True)
class _Span:
    article_id: str
    order: int
    start: int
    end: int
    paragraph: int
    text: str
    speaker_raw: str | None = None
    speaker_at: int = -1
    explicit: bool = False
    speaker: str | None = None
    sentence_indexes: list[int] = field(default_factory=list)


def find_quotes(
    articles: Sequence[Article], sentences: Sequence[Sentence], *, docs: Mapping[str, Any]
) -> tuple[Quote, ...]:
    """Direct quotes with their speakers, merged across outlets.

    Args:
        articles: The story's (cleaned) articles, in order.
        sentences: Their sentences (citations point at them; an article with
            none here is split on the spot).
        docs: Article id -> spaCy `Doc` from `parse_articles`; may be empty, then
            persons come from rules only.

    Returns:
        One `Quote` per distinct quote, most widely printed first, then in
        reading order.
    """
    by_article: dict[str, list[Sentence]] = {}
    for sentence in sentences:
        by_article.setdefault(sentence.article_id, []).append(sentence)
    spans: list[_Span] = []
    mentions: dict[str, list[tuple[int, str]]] = {}
    for order, article in enumerate(articles):
        if article.id not in by_article:
            by_article[article.id] = list(split_sentences(article))
        found = list(_article_spans(article, order))
        starts = [s.start for s in by_article[article.id]]
        _attribute(article.text, found, _paragraphs(article.text), starts)
        mentions[article.id] = _person_mentions(article.text, found, docs.get(article.id))
        spans.extend(found)
    full_names = {aid: _full_names(ms) for aid, ms in mentions.items()}
    for span in spans:
        span.speaker = _resolve(span, mentions[span.article_id], full_names)
    for article in articles:
        article_sentences = by_article[article.id]
        for span in spans:
            if span.article_id == article.id:
                span.sentence_indexes = [
                    s.index for s in article_sentences if s.start < span.end and s.end > span.start
                ]
    return _merge(spans)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _is_open(text: str, pos: int, lo: int, hi: int) -> bool | None:
    """True for an opening mark, False for a closing one, None when unclear."""
    mark = text[pos]
    before = text[pos - 1] if pos > lo else " "
    after = text[pos + 1] if pos + 1 < hi else " "
    # No quote opens on a stop: 'called " the worst of all ". Experts ...' (a page's
    # spaced punctuation) closes there.
    opens = (before.isspace() or before in "([{—–-/") and not (after.isspace() or after in ".,;:!?")
    closes = not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-…'’")
    if mark == "“":
        return not (closes and not opens)
    if mark == "”":
        return opens and not closes
    if opens != closes:
        return opens
    return None


def _article_spans(article: Article, order: int) -> Iterator[_Span]:
    text = article.text
    paragraphs = _paragraphs(text)
    raw: list[tuple[int, int, int, list[int]]] = []  # start, end, paragraph, marks to drop
    open_at: int | None = None
    open_paragraph = 0
    drop: list[int] = []
    closed_at = -1  # the last closing mark
    for p, (lo, hi) in enumerate(paragraphs):
        if open_at is not None:
            first = text[lo]
            if first in '“"' or (first == "”" and _is_open(text, lo, lo, hi)):
                drop.append(lo)
            else:
                raw.append((open_at, paragraphs[p - 1][1], open_paragraph, drop))
                open_at, drop = None, []
        nested = False
        for match in _MARK.finditer(text, lo, hi):
            pos = match.start()
            if drop and pos == drop[-1]:
                continue
            direction = _is_open(text, pos, lo, hi)
            if direction is None:  # spaced on both sides: marks take turns
                if open_at is not None and _ATTRIBUTION.match(text, open_at):
                    # The turns went wrong ('" he said , referring to Iran ... "'
                    # was read as a quote): this mark opens one.
                    open_at, open_paragraph, drop, nested = pos + 1, p, [], False
                    continue
                # A mark before its attribution closes a quote, whatever the turns say:
                # with none open, the one the turns took for a close opened it.
                if open_at is None and _ATTRIBUTION.match(text, pos + 1):
                    if closed_at >= lo:
                        raw.append((closed_at + 1, pos, p, []))
                    continue
                direction = open_at is None
            if direction:
                if open_at is None:
                    open_at, open_paragraph, drop, nested = pos + 1, p, [], False
                elif _SENTENCE_END.search(text[open_at:pos]) and not nested:
                    drop.append(pos)
                else:
                    nested = True
            elif open_at is not None:
                if nested:
                    nested = False
                else:
                    raw.append((open_at, pos, open_paragraph, drop))
                    open_at, drop, closed_at = None, [], pos
    if open_at is not None:
        raw.append((open_at, paragraphs[-1][1], open_paragraph, drop))
    for start, end, paragraph, dropped in raw:
        body = "".join(c for i, c in enumerate(text[start:end], start) if i not in dropped)
        body = " ".join(body.split()).strip(" ,")
        if not tokenize(body):
            continue
        yield _Span(
            article_id=article.id, order=order, start=start, end=end,
            paragraph=paragraph, text=body,
        )  # fmt: skip
    return


def _attribute(
    text: str, spans: list[_Span], paragraphs: list[tuple[int, int]], starts: list[int]
) -> None:
    """Fill ``speaker_raw`` from the patterns around each span, or inherit it.

    ``starts`` are the offsets where the article's sentences start.
    """
    for i, span in enumerate(spans):
        p_lo = paragraphs[span.paragraph][0]
        end_paragraph = next((q for q, (lo, hi) in enumerate(paragraphs) if lo <= span.end <= hi))
        e_hi = paragraphs[end_paragraph][1]
        nxt = spans[i + 1].start - 1 if i + 1 < len(spans) else e_hi
        after = text[min(span.end + 1, e_hi) : max(min(nxt, e_hi), span.end + 1)]
        prev_end = spans[i - 1].end + 1 if i > 0 and spans[i - 1].end >= p_lo else p_lo
        before = text[max(prev_end, p_lo) : max(span.start - 1, p_lo)]
        sentence_rest = re.split(r"(?<=[.?!])\s+(?=[A-Z“\"])", after, maxsplit=1)[0]
        found = (
            _speaker_in(_AFTER, after, span.end + 1)
            or _speaker_in(_BEFORE, before, max(prev_end, p_lo))
            or _speaker_in(_AFTER_LATER, sentence_rest, span.end + 1)
        )
        if found:
            span.speaker_raw, span.speaker_at = found
            span.explicit = True
    for i, span in enumerate(spans):
        if i and _continues(text, span, spans[i - 1], starts):
            span.speaker_raw, span.speaker_at = spans[i - 1].speaker_raw, spans[i - 1].speaker_at
        if span.speaker_raw is not None or i == 0:
            continue
        previous = spans[i - 1]
        opens_paragraph = span.start - 1 <= paragraphs[span.paragraph][0]
        same = previous.paragraph == span.paragraph and _near(starts, previous, span)
        adjacent = previous.paragraph == span.paragraph - 1 and opens_paragraph
        if same or adjacent:
            span.speaker_raw, span.speaker_at = previous.speaker_raw, previous.speaker_at


def _speaker_in(
    patterns: Sequence[re.Pattern[str]], window: str, offset: int
) -> tuple[str, int] | None:
    """The first usable speaker the patterns find in ``window``, with its offset in the text."""
    for pattern in patterns:
        match = pattern.search(window)
        if match and _usable(match["sp"]):
            return match["sp"], offset + match.start("sp")
    return None


# '," the minister added.': a description that goes on from the quote before.
_ADDED_BY_DESCRIPTION = compile_pattern(r"^[\s,—–-]*[Tt]he\s+[a-z][\w'’ -]{0,40}?\s+add(?:ed|s)\b")


def _continues(text: str, span: _Span, previous: _Span, starts: list[int]) -> bool:
    """Whether a quote "the minister added" goes on from the named speaker just before.

    "Added" continues a speaker; a description ("the minister") then names
    no one new, so the quote takes the previous quote's named speaker when
    that one stands in the same or the paragraph before.
    """
    if span.speaker_raw is None or previous.speaker_raw is None:
        return False
    if not _ADDED_BY_DESCRIPTION.match(text[span.end + 1 : span.end + 80]):
        return False
    named = previous.speaker_raw[:1].isupper() and not re.match(
        r"(?:The|An?)\s", previous.speaker_raw
    )
    return named and (
        previous.paragraph == span.paragraph - 1
        or (previous.paragraph == span.paragraph and _near(starts, previous, span))
    )


def _near(starts: list[int], previous: _Span, span: _Span) -> bool:
    """Whether at most one whole sentence stands between two quotes of a paragraph.

    A paragraph's next quote goes on in its speaker's voice ('"...," Kerry said.
    "We ..."', or with a sentence of the writer's between); further on, a
    flattened page's one paragraph holds every quote on it, and the next may
    be anyone's. ``starts`` are the article's sentence starts.
    """
    lo, hi = bisect_right(starts, previous.end), bisect_left(starts, span.start - 1)
    return hi - lo <= 1


def _usable(speaker: str) -> bool:
    words = speaker.split()
    if not words:
        return False
    head = words[0].lower()
    if head in {"it", "this", "that", "there", "they", "we", "i", "you"}:
        return False
    return not (len(words) == 1 and head in STOPWORDS and head not in {"he", "she"})


# A sentence's end inside a run of capitalised words (not an initial or "Mr."): the
# name pattern allows stops for "John F. Kennedy" and "U.S.".
_NAME_BREAK = compile_pattern(r"(?<=[a-z]{2}[.?!])\s+")


def _clean_name(raw: str) -> str:
    """Strip leading function words, roles and honorifics from a capitalised name."""
    raw = _NAME_BREAK.split(raw)[-1]  # a name run across a stop: "Obama. But Obama"
    words = re.sub(r"['’]s\b", "", raw).split()
    while words and words[0].lower() in STOPWORDS | {"as", "when", "but", "and", "so", "then"}:
        words = words[1:]
    last_role = max((i for i, w in enumerate(words[:-1]) if w.lower() in ROLE_WORDS), default=-1)
    words = words[last_role + 1 :]
    return " ".join(words).strip(" ,.")


def normalise_speaker(raw: str) -> str:
    """A speaker as written, tidied: names without roles/honorifics, phrases trimmed."""
    raw = " ".join(raw.split())
    if _HONORIFIC_PREFIX.match(raw):
        return _clean_name(_HONORIFIC_PREFIX.sub("", raw)) or raw
    # A person of an outlet or office: "the BBC's Andy Gallagher", "Obama's spokesman
    # Robert Gibbs" (not "the EU's foreign affairs chief", a description).
    owned = _OWNER.match(raw)
    person = _NP_CUT.sub("", raw[owned.end() :]) if owned else ""
    if person and person.split()[-1][:1].isupper():
        return _clean_name(person) or raw
    if re.match(r"^[Tt]he\s+[A-Z]", raw):  # an organisation: "the Foreign Ministry"
        return "t" + raw[1:]
    if re.match(r"^(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s", raw):
        phrase = _NP_CUT.sub("", raw)
        if phrase.split()[-1][0].isupper():  # "the 46-year-old Chmiel" is a name
            return _clean_name(phrase.split(maxsplit=1)[1])
        return phrase[0].lower() + phrase[1:]
    return _clean_name(_HONORIFIC_PREFIX.sub("", raw)) or raw


def _person_mentions(text: str, spans: list[_Span], doc: Any) -> list[tuple[int, str]]:
    """(offset, name) of persons named outside quotes, in reading order."""
    inside = [(s.start, s.end) for s in spans]

    def outside(pos: int) -> bool:
        return not any(lo <= pos < hi for lo, hi in inside)

    found: list[tuple[int, str]] = []
    if doc is not None:
        found += [
            (ent.start_char, ent.text)
            for ent in doc.ents
            if ent.label_ == "PERSON" and outside(ent.start_char)
        ]
    else:
        found += [(m.start(1), m.group(1)) for m in _ROLE_NAME.finditer(text) if outside(m.start())]
    found += [
        (span.speaker_at, span.speaker_raw)
        for span in spans
        if span.explicit
        and span.speaker_raw
        and span.speaker_raw[0].isupper()
        and not re.fullmatch(_PRONOUN, span.speaker_raw)
        and not re.match(r"^(?:The|An?|One|Another)\s", span.speaker_raw)
    ]
    cleaned = [(pos, _clean_name(_HONORIFIC_PREFIX.sub("", name))) for pos, name in found]
    return sorted((pos, name) for pos, name in cleaned if name and name[0].isupper())


def _full_names(mentions: Iterable[tuple[int, str]]) -> dict[str, tuple[int, str]]:
    """Surname -> where and how a full (two or more word) name ending in it comes first.

    News name a person in full at the first mention, and a surname after it
    refers back to it; the most frequent form can be a reader's (the comments
    under a Washington Post story said "Comrade Obama" eight times, the story
    "President Obama").
    """
    table: dict[str, tuple[int, str]] = {}
    for pos, name in mentions:
        if len(name.split()) >= 2:
            table.setdefault(name.split()[-1], (pos, name))
    return table


def _other_outlets_name(
    surname: str, article_id: str, full_names: dict[str, dict[str, tuple[int, str]]]
) -> str | None:
    """The full name most other articles give first for a surname (the earliest's on a tie).

    Not the article's own: a name it gives only after the quote is no
    reference for it ("Comrade Obama" in the comments under the story).
    """
    votes = Counter(
        table[surname][1]
        for other, table in full_names.items()
        if other != article_id and surname in table
    )
    return votes.most_common(1)[0][0] if votes else None


def _resolve(
    span: _Span,
    mentions: list[tuple[int, str]],
    full_names: dict[str, dict[str, tuple[int, str]]],
) -> str | None:
    raw = span.speaker_raw
    if raw is None:
        return None
    if re.fullmatch(_PRONOUN, raw):
        earlier = [name for pos, name in mentions if pos < span.speaker_at]
        # A first name of the other gender: the pronoun is someone the article did not
        # name ("A woman in Tripoli ... she told CNN"), or whom the rules missed; going
        # further back to a name gave as many wrong speakers as right ones.
        if not earlier or _pronoun_of(earlier[-1], full_names[span.article_id]) not in (
            None,
            raw.lower(),
        ):
            return None
        raw = earlier[-1]
    speaker = normalise_speaker(raw)
    if not speaker or not speaker[0].isupper():
        return speaker or None
    if len(speaker.split()) == 1:
        at, full = full_names[span.article_id].get(speaker, (span.speaker_at, ""))
        if at < span.speaker_at:  # the article named the person in full before
            return full
        return _other_outlets_name(speaker, span.article_id, full_names) or speaker
    return speaker


def _pronoun_of(name: str, full_names: Mapping[str, tuple[int, str]]) -> str | None:
    """ "he" or "she" where the person's first name tells it, else None (a surname is
    read through the full name the article gives for it)."""
    if len(name.split()) == 1:
        name = full_names.get(name, (0, name))[1]
    return _first_name_pronouns().get(name.split()[0].lower())


@cache
def _first_name_pronouns() -> Mapping[str, str]:
    """Lower-cased first name → "he" or "she", for the names the lists agree on (a name
    that one language lists for men and another for women, "Andrea", tells nothing)."""
    male, female = given_names_by_sex()
    return {
        **dict.fromkeys(male - female, "he"),
        **dict.fromkeys(female - male, "she"),
    }


def _keep(span: _Span) -> bool:
    words = span.text.split()
    content = [w for w in words if w.lower().strip(",.:;") not in STOPWORDS]
    if len(words) < MIN_WORDS:
        # Words of its own: not a lone "The" a nested mark cut off ('The report says: "
        # The " shoe track " cement ...', a whole page of Timeline17).
        return span.explicit and bool(content)
    if span.speaker_raw is None:
        titled = all(w[:1].isupper() or not w[:1].isalpha() for w in content)
        if titled and not re.search(r"[.?!,]$", span.text):
            return False
    return True


def _similar(a: list[str], b: list[str]) -> bool:
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return False
    jaccard = len(sa & sb) / len(sa | sb)
    shorter = min(len(sa), len(sb))
    containment = len(sa & sb) / shorter
    return jaccard >= MERGE_JACCARD or (
        shorter >= MERGE_MIN_TOKENS and containment >= MERGE_CONTAINMENT
    )


def _merge(spans: list[_Span]) -> tuple[Quote, ...]:
    kept = [s for s in spans if _keep(s)]
    tokens = [tokenize(s.text) for s in kept]
    groups = link_groups(len(kept), lambda i, j: _similar(tokens[i], tokens[j]))
    quotes: list[tuple[int, int, int, Quote]] = []
    for members in groups:
        group = [kept[i] for i in members]
        wordings: dict[tuple[str, ...], list[_Span]] = {}
        for i in members:
            wordings.setdefault(tuple(tokens[i]), []).append(kept[i])
        ranked = sorted(wordings.values(), key=lambda ss: (-len(ss), ss[0].order, ss[0].start))
        variants = tuple(ss[0].text for ss in ranked)
        citations = tuple(
            dict.fromkeys(
                Citation(article_id=s.article_id, sentence_index=k)
                for s in sorted(group, key=lambda s: (s.order, s.start))
                for k in s.sentence_indexes
            )
        )
        quote = Quote(
            text=variants[0],
            speaker=_pick_speaker([s.speaker for s in group]),
            citations=citations,
            altered=len(variants) > 1,
            variants=variants if len(variants) > 1 else (),
        )
        first = min(group, key=lambda s: (s.order, s.start))
        outlets = len({s.article_id for s in group})
        quotes.append((-outlets, first.order, first.start, quote))
    return tuple(q for *_, q in sorted(quotes, key=lambda t: t[:3]))


def _pick_speaker(speakers: list[str | None]) -> str | None:
    """The most specific speaker: a full name, then any name, then a phrase."""
    named = [s for s in speakers if s]
    if not named:
        return None

    def rank(s: str) -> tuple[int, int, int]:
        is_name = s[0].isupper()
        return (int(is_name), len(s.split()) if is_name else 0, named.count(s))

    return max(named, key=rank)
