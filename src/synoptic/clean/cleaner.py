"""Clean: raw `Article` → `Article` holding only the story, with its `Removal` values.

Takes an article whose text is one paragraph per line (or per blank-line block)
and returns a copy whose text keeps only story paragraphs, separated by
``"\\n\\n"``, and whose ``removed`` lists every line or fragment taken out and
why. Cleaning runs its rules until nothing changes, so cleaning twice equals
cleaning once.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet

from synoptic.clean import rules
from synoptic.clean.charrefs import decode_charrefs
from synoptic.clean.markup import strip_markup
from synoptic.clean.mojibake import repair_mojibake, restore_replaced
from synoptic.clean.rules import ascii_words
from synoptic.clean.web import KEY_WORDS, is_archive_note, is_web_furniture
from synoptic.model import Article, Rejection, Removal
from synoptic.patterns import compile_pattern
from synoptic.text import split_text
from synoptic.text.tokens import STOPWORDS, tokenize

__all__ = ["clean_article", "clean_articles", "find_repeated_lines"]

# Rules are re-run until nothing changes; real pages settle in two passes.
MAX_PASSES = 5
DOUBLED_OPENING = "opening printed twice"  # `_cut_doubled_opening`'s reason
# A line is site furniture when it recurs in this many articles of the batch
# (and the articles are not copies of one another) ...
REPEAT_MIN_ARTICLES = 2
# ... and it is short: story sentences shared by wire copies are longer.
REPEAT_MAX_CHARS = 200
# Longer repeated lines are reused background paragraphs of wire stories
# (DUC 2003: AP updates repeat whole paragraphs), which are story, not furniture.
REPEAT_MAX_WORDS = 15
# Two articles sharing this share of their lines are syndicated copies: lines
# they share say nothing about site furniture.
SYNDICATED_SHARE = 0.5
# A page's banner above its story: a breaking-news line the site set atop every page the
# day it was saved ("2 men charged in death of Chicago teen who performed in inauguration
# event." opens five of CNN's pages about Egypt and Libya on Timeline17). The same
# opening sentence in two pages or more is one when no two of the pages are copies of
# one story (their words' Jaccard below `BANNER_MAX_STORY_OVERLAP`) and at most
# `BANNER_MAX_SHARE` of its words come back in the next `BANNER_CONTEXT_CHARS` of each.
# Over DUC 2003, MultiLing, Multi-News val and Timeline17's pages, pages that open alike
# are copies (Jaccard 0.55 or more) or carry the opening's words on: 0.08 of them at the
# least (a shop's notice, "Commerce content is independent of editorial ..."), 0.14 for
# a lead; CNN's banner 0.00.
BANNER_MAX_STORY_OVERLAP = 0.5
BANNER_MAX_SHARE = 0.05
BANNER_CONTEXT_CHARS = 600
# How much of each story the copies' test reads.
BANNER_STORY_CHARS = 3000
# Pages are grouped by their first characters first: a cheap test, as few batches hold
# two pages that open alike.
BANNER_HEAD_CHARS = 40
# A paragraph opening with a caption is dropped whole when it is this short
# (a caption and its context line); in longer ones only the caption goes.
CAPTION_PARAGRAPH_MAX_SENTENCES = 3
CAPTION_PARAGRAPH_MAX_WORDS = 80
# A tweet runs to 280 characters: text before a tweet's signature that reaches further
# back than this to a sentence's start is not known to be the tweet's own.
TWEET_MAX_CHARS = 300
# Lines of a block are joined into one paragraph when they look hard-wrapped.
WRAP_MIN_CHARS, WRAP_MAX_CHARS = 40, 100
# A comment marker ends the story only if the rest is shorter than the story
# so far, or another marker follows within this many lines.
COMMENT_CONFIRM_LINES = 3
COMMENT_LOOKBACK_LINES = 6
# A page whose archive notes (a web archive's words on its crawls) run to this share
# of what is left of it is the archive's page, not a story's: the rest is more of its
# notes ("Properties of this collection. ... 2. For the first time, did all the
# different wikis."). Of the 716 Multi-News val pages with such notes, those at 0.71
# and over are all notes, notices and catalogues (46 pages with text left); a story
# about the Internet Archive itself ("Nearly 2,400 MS-DOS games are now available
# ...") reaches 0.63. A story's page under an archive's banner keeps hundreds of
# words to the banner's tens.
ARCHIVE_PAGE_SHARE = 0.7


def line_key(line: str) -> str:
    """The form under which lines are compared across articles."""
    return " ".join(line.split()).casefold()


def _collapse(text: str) -> str:
    """``" ".join(text.split())``, without splitting text spaced so already (most paragraphs)."""
    if (
        text.isprintable()  # no whitespace but " " (see `rules.word_count`)
        and "  " not in text
        and not text.startswith(" ")
        and not text.endswith(" ")
    ):
        return text
    return " ".join(text.split())


def split_lines(text: str) -> list[str]:
    """The text's paragraphs: blank-line blocks, hard-wrapped lines joined, spaces collapsed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    units: list[str] = []
    for block in text.split("\n\n"):
        if "\n" not in block:  # most blocks: one line, nothing to join
            line = _collapse(block)
            if line:
                units.append(line)
            continue
        lines = [_collapse(line) for line in block.split("\n")]
        lines = [line for line in lines if line]
        if len(lines) > 1 and all(WRAP_MIN_CHARS <= len(x) <= WRAP_MAX_CHARS for x in lines[:-1]):
            units.append(" ".join(lines))
        else:
            units.extend(lines)
    return units


def find_repeated_lines(articles: Sequence[Article]) -> frozenset[str]:
    """Keys of short lines that recur across articles that are not copies of each other."""
    return _repeated_lines([split_lines(a.text) for a in articles])


def _repeated_lines(texts: Sequence[list[str]]) -> frozenset[str]:
    """`find_repeated_lines` over the articles' `split_lines`.

    A line of `split_lines` has its spaces collapsed already: its `line_key` is
    its case fold.
    """
    line_sets = [{x.casefold() for x in lines} for lines in texts]
    holders: dict[str, list[int]] = defaultdict(list)
    for index, keys in enumerate(line_sets):
        for key in keys:
            holders[key].append(index)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for owners in holders.values():
        if 2 <= len(owners) <= 20:
            for i, a in enumerate(owners):
                for b in owners[i + 1 :]:
                    shared[a, b] += 1

    def syndicated(a: int, b: int) -> bool:
        # Two one-line copies of a story share their one line: copies, not furniture.
        smaller = min(len(line_sets[a]), len(line_sets[b]))
        return shared[a, b] >= max(min(2, smaller), SYNDICATED_SHARE * smaller)

    repeated = set()
    for key, owners in holders.items():
        if (
            len(owners) < REPEAT_MIN_ARTICLES
            or len(key) > REPEAT_MAX_CHARS
            or len(key.split()) > REPEAT_MAX_WORDS
        ):
            continue
        pairs = [(a, b) for i, a in enumerate(owners) for b in owners[i + 1 :]][:50]
        if all(syndicated(a, b) for a, b in pairs):
            continue
        sentence_like = key.endswith((".", "!", "?", '"', "”"))
        if sentence_like and len(owners) < 3:
            continue
        repeated.add(key)
    return frozenset(repeated)


def clean_articles(articles: Sequence[Article]) -> tuple[list[Article], list[Rejection]]:
    """Clean every article, using lines repeated across the batch as site furniture.

    Each article is cleaned on its own first; repetition is then found among the
    cleaned lines, so that what a rule leaves of a line (a story sentence once
    its glued caption is cut) is judged as it will finally read. Cleaning the
    result again changes nothing.

    Returns:
        The cleaned articles, in input order, and a `Rejection` for every
        article left with no text.
    """
    memo = _Memo()  # wire copies and later passes meet the same lines again
    # Each article's cleaned text and its lines (its `split_lines`).
    alone = [
        _clean_article(a, split_lines(a.text), frozenset(), memo) for a in map(_repaired, articles)
    ]
    repeated = _repeated_lines([lines for _, lines in alone])
    results = []
    for first, lines in alone:
        furnished = repeated and not repeated.isdisjoint([x.casefold() for x in lines])
        results.append(_clean_article(first, lines, repeated, memo)[0] if furnished else first)
    cleaned: list[Article] = []
    rejected: list[Rejection] = []
    for article, first, result in zip(articles, results, _without_banners(results), strict=True):
        if result is not first:  # its banner went: what followed is judged as the page's opening
            result = _clean_article(result, split_lines(result.text), repeated, memo)[0]
        if result.text.strip():
            cleaned.append(result)
        else:
            rejected.append(
                Rejection(
                    source=article.path or article.id,
                    stage="clean",
                    reason="no article text left after removing boilerplate",
                )
            )
    return cleaned, rejected


def _without_banners(articles: list[Article]) -> list[Article]:
    """The articles without an opening sentence that is a banner of their site: the
    same in two pages or more whose stories differ, and unrelated to what follows it
    in each (`BANNER_MAX_STORY_OVERLAP`, `BANNER_MAX_SHARE`)."""
    heads: dict[str, list[int]] = defaultdict(list)
    for i, article in enumerate(articles):
        if len(article.text) > BANNER_HEAD_CHARS:
            heads[article.text[:BANNER_HEAD_CHARS].casefold()].append(i)
    openings: dict[str, list[int]] = defaultdict(list)
    for owners in heads.values():
        if len(owners) < 2:
            continue  # most batches: no two pages open alike
        for i in owners:
            spans = split_text(articles[i].text[:1000])
            if spans and spans[0][2] == 0 and spans[0][0] == 0:
                openings[articles[i].text[: spans[0][1]]].append(i)
    out = list(articles)
    for sentence, owners in openings.items():
        if len(owners) < 2:
            continue
        words = _plain_words(sentence)
        rests = [articles[i].text[len(sentence) :] for i in owners]
        if not words or any(
            len(words & _plain_words(rest[:BANNER_CONTEXT_CHARS])) > BANNER_MAX_SHARE * len(words)
            for rest in rests
        ):
            continue  # a lead: its words go on in the story (most pages that open alike)
        stories = [_plain_words(rest[:BANNER_STORY_CHARS]) for rest in rests]
        if any(
            len(a & b) >= BANNER_MAX_STORY_OVERLAP * len(a | b)
            for k, a in enumerate(stories)
            for b in stories[k + 1 :]
        ):
            continue  # copies of one story
        for i, rest in zip(owners, rests, strict=True):
            out[i] = dataclasses.replace(
                articles[i],
                text=rest.lstrip(),
                removed=(*articles[i].removed, Removal(text=sentence, reason="site banner")),
            )
    return out


def _plain_words(text: str) -> set[str]:
    """A text's lower-case tokens but stopwords, unstemmed: enough to tell whether words
    come back, at a fraction of `content_words`' cost."""
    return set(tokenize(text)).difference(STOPWORDS)


def clean_article(article: Article, *, repeated: frozenset[str] = frozenset()) -> Article:
    """The article with only its story left, and what was removed.

    Args:
        article: The raw article.
        repeated: Keys (`line_key`) of lines seen across several pages of the
            batch: site furniture to remove.

    Returns:
        A new article; its text is empty when nothing of the story is left.
    """
    article = _repaired(article)
    return _clean_article(article, split_lines(article.text), repeated, _Memo())[0]


def _repaired(article: Article) -> Article:
    """The article with the mojibake (`repair_mojibake`), the characters a decoder lost
    (`restore_replaced`), the undecoded character references (`decode_charrefs`) and the
    HTML tags (`strip_markup`) of its title and text repaired. Tags go after the
    references are decoded: "&lt;b&gt;" is one. What a hidden element held (an embedded
    tweet's fallback) is a `Removal`."""
    title, hidden_title = strip_markup(
        decode_charrefs(restore_replaced(repair_mojibake(article.title)))
    )
    text, hidden = strip_markup(decode_charrefs(restore_replaced(repair_mojibake(article.text))))
    if title == article.title and text == article.text:
        return article
    removed = (
        *article.removed,
        *(Removal(text=h, reason="page markup") for h in (*hidden_title, *hidden)),
    )
    return dataclasses.replace(article, title=title, text=text, removed=removed)


# A line's verdict under the rules that look at the line alone (all but
# repetition): the reason it goes, or what is left of it and what was cut from it.
_Verdict = tuple[str | None, str, tuple[Removal, ...]]


@dataclasses.dataclass
class _Memo:
    """What cleaning has found out about lines it may meet again in a batch."""

    # `_Verdict`s, keyed by (line, whether it is its article's only line).
    verdicts: dict[tuple[str, bool], _Verdict] = dataclasses.field(default_factory=dict)
    # `rules.comment_marker` of lines: asked of every line on every pass.
    marks: dict[str, str | None] = dataclasses.field(default_factory=dict)
    # `rules.split_sentences` of lines: a page flattened into one line is split
    # for its opening caption on every pass and again to judge it (a quarter of
    # the time cleaning Multi-News went on splitting).
    splits: dict[str, list[str]] = dataclasses.field(default_factory=dict)

    def comment_marks(self, units: list[str]) -> list[str | None]:
        """`rules.comment_marker` of each unit."""
        known = self.marks
        return [
            known[u] if u in known else known.setdefault(u, rules.comment_marker(u)) for u in units
        ]

    def sentences(self, line: str) -> list[str]:
        """`rules.split_sentences` of the line (a list not to be changed)."""
        found = self.splits.get(line)
        if found is None:
            found = self.splits[line] = rules.split_sentences(line)
        return found


def _clean_article(
    article: Article, units: list[str], repeated: frozenset[str], memo: _Memo
) -> tuple[Article, list[str]]:
    """`clean_article`, given the article's `split_lines` (which it consumes).

    ``memo`` holds what is known of lines already judged (`_judge_line`).

    Returns:
        The cleaned article and its lines: the `split_lines` of its text, as
        every kept line is a whole line or sentences of one, spaces collapsed.
    """
    removed = list(article.removed)
    title = article.title
    if title and _boilerplate(title, repeated):
        removed.append(Removal(text=title, reason=_boilerplate(title, repeated) or ""))
        title = ""
        if units and rules.heading(units[0]) and not _boilerplate(units[0], repeated):
            title = units.pop(0)
    units = _cut_opening_headlines(_cut_doubled_opening(units, removed), removed)
    if len(units) == 1:
        units = [page] if (page := _cut_comment_thread(units[0], removed)) else []
    units = _cut_labelled_captions(units, removed)
    units = _cut_gallery_backs(units, removed)
    units = _cut_live_page_clocks(units, removed)
    for _ in range(MAX_PASSES):
        first = units[0] if units else ""
        units, removals, settled = _clean_pass(units, repeated, memo)
        removed.extend(removals)
        # What a pass cut may leave a page opening twice ("Share" above a caption
        # and its copy): the copy goes, and the rules judge what it copied (a
        # story's lead may be printed twice under a teaser). Where it changed the
        # opening, it may also bare the page's share buttons or headline.
        opened = len(removed)
        reopened = bool(units) and units[0] != first
        units = _cut_doubled_opening(units, removed, keep_one=True)
        if reopened:
            units = _cut_opening_headlines(units, removed)
        if settled and len(removed) == opened:
            break
    if units and _archive_page(units, removed):
        removed.extend(Removal(text=u, reason="archive page") for u in units)
        units = []
    text = "\n\n".join(units)
    if text == article.text and title == article.title and len(removed) == len(article.removed):
        return article, units
    return dataclasses.replace(article, title=title, text=text, removed=tuple(removed)), units


# What a page's first line may open with before its story, each rule with the reason
# its cut is given (`_cut_opening_headline`).
_OPENING_HEADLINES: tuple[tuple[Callable[[str], int], str], ...] = (
    (rules.headline_label_prefix, "headline"),  # a gossip site's block and its label
    (rules.reworded_opening, "headline"),  # a headline's first wording before its second
    (rules.video_labelled_opening, "headline"),  # a station's headline and video label
    (rules.datelined_opening, "headline"),  # a headline run into the story's dateline
    (rules.shared_opening, "share prompt"),  # share buttons and all before them
)


def _cut_opening_headlines(units: list[str], removed: list[Removal]) -> list[str]:
    """The page's lines without the headlines and buttons its first line opens with
    (`_OPENING_HEADLINES`), until none applies: what one cuts may bare what another
    takes, and a page cleaned twice must read as cleaned once."""
    for _ in range(MAX_PASSES):
        opened = units
        for headline_end, reason in _OPENING_HEADLINES:
            units = _cut_opening_headline(units, removed, headline_end, reason)
        if units == opened:
            break
    return units


def _cut_doubled_opening(
    units: list[str], removed: list[Removal], *, keep_one: bool = False
) -> list[str]:
    """The page's lines without the text it opens with twice (`rules.doubled_opening`)
    on one line, or without its first copy alone where ``keep_one`` says so; where a
    line is followed by its copy, the copy is left for the rules that judge a line (a
    story's paragraph printed twice keeps one copy)."""
    if not units:
        return units
    first = units[0]
    if len(units) > 1 and first.casefold() == units[1].casefold():
        if not rules.doubled_opening(f"{first} {units[1]}"):
            return units
        copies, rest = first, units[1:]
    else:
        cut = rules.doubled_opening(first, keep_one=keep_one)
        if not cut:
            return units
        copies = first[:cut].strip()
        rest = [_opened("", first[cut:].strip()), *units[1:]]
    # A web archive's note keeps its reason, which tells an archive's page (`_archive_page`).
    reason = rules.ARCHIVE_NOTE if is_archive_note(copies) else DOUBLED_OPENING
    removed.append(Removal(text=copies, reason=reason))
    return rest


def _cut_opening_headline(
    units: list[str],
    removed: list[Removal],
    headline_end: Callable[[str], int],
    reason: str,
) -> list[str]:
    """The page's lines without the headline where its first line opens, as
    ``headline_end`` finds it (one of `_OPENING_HEADLINES`), the cut given ``reason``."""
    cut = headline_end(units[0]) if units else 0
    if not cut:
        return units
    removed.append(Removal(text=units[0][:cut].strip(), reason=reason))
    return [_opened("", units[0][cut:].strip()), *units[1:]]


def _archive_page(units: list[str], removed: list[Removal]) -> bool:
    """Whether the archive notes removed from a page weigh `ARCHIVE_PAGE_SHARE` of what is left."""
    notes = sum(rules.word_count(r.text) for r in removed if r.reason == rules.ARCHIVE_NOTE)
    return notes > 0 and notes >= ARCHIVE_PAGE_SHARE * sum(rules.word_count(u) for u in units)


def _boilerplate(line: str, repeated: frozenset[str]) -> str | None:
    if line_key(line) in repeated:
        return "repeated across pages"
    return rules.classify_line(line)


def _clean_pass(
    units: list[str], repeated: frozenset[str], memo: _Memo
) -> tuple[list[str], list[Removal], bool]:
    """One pass of every rule; ``settled`` is True when another pass would change nothing.

    Dropping whole lines leaves the verdict on every other line unchanged, unless
    it leaves a single line (flattened-page mode) or a comment marker behind;
    only edits inside a line call for another pass.
    """
    removals: list[Removal] = []
    edited = False
    units = _cut_comments(units, removals, memo)
    kept: list[str] = []
    sole = len(units) == 1
    for line in units:
        if sole:
            opened = _cut_caption_opening(line, removals, memo)
            edited = edited or opened != line
            line = opened
        if repeated and line.casefold() in repeated:  # a `split_lines` line: its key
            removals.append(Removal(text=line, reason="repeated across pages"))
            continue
        verdict = memo.verdicts.get((line, sole))
        if verdict is None:
            verdict = memo.verdicts[line, sole] = _judge_line(line, sole, memo)
        reason, cleaned, cut = verdict
        if reason:
            removals.append(Removal(text=line, reason=reason))
            continue
        removals.extend(cut)
        edited = edited or cleaned != line
        if cleaned:
            kept.append(cleaned)
    settled = not removals or (
        not edited and (len(kept) == 1) == sole and not any(memo.comment_marks(kept))
    )
    return kept, removals, settled


def _judge_line(line: str, sole: bool, memo: _Memo) -> _Verdict:
    """A line's verdict under every rule but repetition (see `_Memo`)."""
    sentences = memo.sentences(line)  # shared by the caption and inline rules
    if not _may_change(line, sentences):
        return None, " ".join(sentences), ()  # what `_clean_inline` keeps of it
    return _judge_all(line, sole, sentences)


def _judge_all(line: str, sole: bool, sentences: list[str]) -> _Verdict:
    """`_judge_line`, every rule asked. ``sentences`` is ``rules.split_sentences(line)``."""
    reason = (
        rules.classify_line(line)
        or (None if sole else _caption_line(line, sentences))
        or rules.heading(line)
    )
    if reason:
        return reason, "", ()
    cut: list[Removal] = []
    cleaned = _clean_inline(line, cut, sentences)
    return None, cleaned, tuple(cut)


# --- lines no rule touches ----------------------------------------------------------

# `_judge_line` asks some forty rules of every line, each behind its own cheap test,
# and most lines of a story meet none of them: 98% of DUC 2003 t2's lines and 71% of
# the first 500 Multi-News val clusters' come out as they went in, and judging those
# was four fifths of cleaning's time (DUC 2003 t2: 8.5 of 10.7 ms a cluster).
# `_may_change` gathers what the rules need to find anything, as each one's test or
# pattern says, into one pass over the line and its words; a line that holds none of it
# is its sentences, joined, as `_clean_inline` leaves them. A rule that needs a mark or
# a word not listed here must add it: in every test, each line the gate lets past is
# judged by every rule too (tests/conftest.py), and tests/unit/clean/test_clean_gate.py
# holds a line for each kind of rule.
#
# A sentence's stop (`rules.heading`'s, less "?" and ":"): a short line with none is a
# heading, and a short question one too ...
_STOPS = (".", "!", "…", '"', "”", "’", "'", ")", ";")
# ... and the characters some rule needs: a bracket for every credit, caption position,
# tweet signature and agency's note; a colon for every label and source line; "/" for
# credits and tweets' links; "&" for typesetting codes, "%" for stock moves, "@" for
# tweets, "*" and "|" for labels and link lists, "[" for source tags; outside ASCII a
# list's marks and "©"; and the letters that case-insensitive patterns match as "i" and
# "s" but that lower-case to neither (`web._FOLDS`).
_WIDE_MARKS = compile_pattern("[•·►»©\u0130\u0131\u017f]")


def _holds_mark(line: str) -> bool:
    """Whether a line holds a character some rule needs: substring tests (a quarter of a
    character class's scan), then a class for those outside ASCII."""
    return (
        ":" in line
        or "(" in line
        or "/" in line
        or "&" in line
        or "%" in line
        or "@" in line
        or "*" in line
        or "|" in line
        or "[" in line
        or (not line.isascii() and _WIDE_MARKS.search(line) is not None)
    )


# Words some rule needs anywhere in the line, lower-cased and whole (runs of ``\w``,
# as `rules.ascii_words` splits).
_RULE_WORDS = frozenset(
    # A weather box, a desk's pickup note, a row of share buttons (`rules.classify_line`),
    # an agency's credit on a short line.
    "mph graf grafs share tweet email facebook twitter whatsapp linkedin reddit pinterest "
    "telegram messenger flipboard shutterstock alamy "
    # A link's "www." (`rules.bracketed_links`), a picture's marker (`rules.image_markers`),
    # a player's labels and controls (`rules.player_runs`).
    "www photo image play video skip embed "
    # Getty's credit (`rules.credit_openings`; on a short line, `rules.classify_line`).
    "getty gettyimage gettyimages photograph "
    # A byline's posting stamp (`rules.stamped_byline_prefix`), a reporting credit and a
    # writer's note (`rules.notice_sentence`), a story's highlights (`rules.highlights_span`).
    "edt est healthday contributed writer reporter columnist contributor editor "
    "correspondent journalist blogger critic highlights points "
    # An app's plug after a dash (`rules.prompt_sentence`).
    "download".split()
)
_RULE_BYTES: AbstractSet[str | bytes] = frozenset(w.encode() for w in _RULE_WORDS)
# Words without which a rule (or its own test) cannot find anything, each set with its
# rule: the web furniture's (`web.KEY_WORDS`; "earlier", "interest" and "your" are
# news's words too), an ad's or a box's marker, a player's notice, a related box, a
# headline's "e-mail this" button, a clip's card (`rules.inline_notices`), an agency's or a paper's
# credit (`rules.credit_openings`), a caption's picture (`rules.holds_picture_caption`),
# where it places a person (`rules.places_a_person`), a widget's or a pointer's word
# (`rules.may_hold_widgets`: `rules.points_at_page`, `rules.widget_prefix`,
# `rules.read_more_prefix`, `rules.embed_caption_start`), a card of headlines
# (`rules.may_hold_hover_card`), a gallery's arrows.
_GATED_WORDS: tuple[tuple[frozenset[str], Callable[[str, str, list[str]], bool]], ...] = (
    (KEY_WORDS, lambda line, low, sentences: any(map(is_web_furniture, sentences))),
    (
        frozenset("continue continued continues javascript coverage mail replay".split()),
        lambda line, low, sentences: bool(rules.inline_notices(line)),
    ),
    (
        frozenset("usa associated european reuters afp via".split()),
        lambda line, low, sentences: bool(rules.credit_openings(line)),
    ),
    (
        frozenset(
            "photo photos photograph photographs picture pictures image images grab grabs "
            "still stills screen screenshot screenshots screengrab screengrabs".split()
        ),
        lambda line, low, sentences: rules.holds_picture_caption(line),
    ),
    (
        frozenset("left right center centre top bottom front rear".split()),
        lambda line, low, sentences: rules.places_a_person(line),
    ),
    (
        frozenset(
            "below above here bottom top listen visit caption enlarge read comment videos".split()
        ),
        lambda line, low, sentences: rules.may_hold_widgets(line),
    ),
    (frozenset(["more"]), lambda line, low, sentences: rules.may_hold_hover_card(low)),
    (frozenset(["next", "prevnext"]), lambda line, low, sentences: "prev" in low),
)
# Each word's rules as bits of a mask (the `_GATED_WORDS` entries it opens), so that one
# intersection with a line's words finds the rules to ask, each once.
_GATES: dict[str | bytes, int] = {}
_GATES_BYTES: dict[str | bytes, int] = {}
for _bit, (_words, _) in enumerate(_GATED_WORDS):
    for _word in _words:
        _GATES[_word] = _GATES.get(_word, 0) | 1 << _bit
        _GATES_BYTES[_word.encode()] = _GATES_BYTES.get(_word.encode(), 0) | 1 << _bit
# Words some rule needs where a sentence opens (its first letters, lower-cased): a
# prompt's (`rules.prompt_sentence`), a byline's or a credit's, an ad's label, a
# picture's credit line, share buttons, a widget's label, an abstract's part.
_OPENING_WORDS = frozenset(
    "please join follow like connect subscribe sign register download get click tap listen "
    "watch read share don never want be stay find visit check "
    "additional reporting writing editing compiled produced by written words "
    "advertisement advertising sponsored ad paid promoted story continue article report "
    "photo photos photograph photographs picture pictures pic pics image images video "
    "credit caption media copyright "
    "tweet email pin facebook twitter pinterest whatsapp linkedin reddit copy link "
    "skip back scroll recommended from around next previous print reprints leave cancel post "
    "show hide loading view comments sort required "
    "importance objective objectives methods conclusion conclusions main background design "
    "exposure exposures intervention interventions results meaning findings participants "
    "setting".split()
)
_OPENINGS = (
    "advertis", "abstract",  # "Advertisementskip family ...", "Abstract we ..."
    "to pinterest", "this article", "this story",  # share buttons
    "breaking news emails", "the news and stories", "keep up with this story",  # plugs
)  # fmt: skip
_LETTERS = compile_pattern(r"[^\W\d_]+")
_WORD = compile_pattern(r"\w+")


def _may_change(line: str, sentences: list[str]) -> bool:
    """Whether some rule of `_judge_line` may find something in a line (a heading, page
    furniture, a caption, a credit, a label, a prompt ...); False only where none can.

    ``sentences`` is ``rules.split_sentences(line)``.
    """
    if len(line) <= 12 or _holds_mark(line):
        return True  # a lone number; a mark
    if (line.endswith("?") or not line.endswith(_STOPS)) and len(
        line.split(None, rules.HEADING_MAX_WORDS)
    ) <= rules.HEADING_MAX_WORDS:
        return True  # a heading, a short question
    if rules.holds_year(line) and (
        _caption_line(line, sentences) or any(map(rules.may_hold_wire_caption, sentences))
    ):
        return True  # a dated caption
    low = line.lower()
    words: AbstractSet[str | bytes]
    if line.isascii():  # its words as bytes, in one pass (`rules.ascii_words`)
        words, rule_words, gates = set(ascii_words(line, lower=True)), _RULE_BYTES, _GATES_BYTES
    else:
        words, rule_words, gates = set(_WORD.findall(low)), _RULE_WORDS, _GATES
    if not rule_words.isdisjoint(words) or "pdated at" in low:  # a posting stamp's label
        return True
    bits = 0
    for word in words & gates.keys():
        bits |= gates[word]
    while bits:  # the rules the line's words open, one bit each
        bit = bits & -bits
        if _GATED_WORDS[bit.bit_length() - 1][1](line, low, sentences):
            return True
        bits ^= bit
    for sentence in sentences:
        head = sentence[:24].lower()
        first = _LETTERS.match(head)
        if first and (first.group() in _OPENING_WORDS or head.startswith(_OPENINGS)):
            return True
        if rules.may_open_notice(sentence):
            return True
    return False


def _caption_line(line: str, sentences: list[str]) -> str | None:
    """ "photo caption" when the line opens with a caption and is short enough to be one.

    ``sentences`` is ``rules.split_sentences(line)``.
    """
    if rules.credit_spans(line):
        return None  # a credit marks where the caption ends: `_cut_credits` keeps the rest
    if (
        len(sentences) <= CAPTION_PARAGRAPH_MAX_SENTENCES
        # Before counting the line's words: most sentences are told no caption
        # by two cheap tests (no bracket, no year).
        and rules.caption_sentence(sentences[0])
        and rules.word_count(line) <= CAPTION_PARAGRAPH_MAX_WORDS
    ):
        return "photo caption"
    return None


def _cut_caption_opening(line: str, removals: list[Removal], memo: _Memo) -> str:
    """A page flattened into one line: only its opening caption sentence goes, not the page."""
    sentences = memo.sentences(line)
    if (
        len(sentences) > 1
        and not rules.credit_spans(sentences[0])
        and rules.caption_sentence(sentences[0])
    ):
        removals.append(Removal(text=sentences[0], reason="photo caption"))
        return " ".join(sentences[1:])
    return line


# What a sentence's opening may carry before its words (`_clean_inline`), each told by
# its rule, in this order; a structured abstract's page labels its parts too.
_PREFIXES: tuple[tuple[Callable[[str], int], str], ...] = (
    (rules.journal_label_prefix, "journal label"),
    (rules.ad_prefix, "advertisement"),
    (rules.share_prefix, "share prompt"),
    (rules.widget_label_prefix, "widget label"),
    (rules.promo_prefix, "newsletter plug"),
    (rules.stamped_byline_prefix, "byline"),
    (rules.opening_byline_prefix, "byline"),
    (rules.posted_heading_prefix, "posting stamp"),
)
_ABSTRACT_PREFIXES = ((rules.section_label_prefix, "journal label"), *_PREFIXES)


def _clean_inline(line: str, removals: list[Removal], sentences: list[str]) -> str:
    """The line without captions, credits, ad markers and prompts glued into it.

    ``sentences`` is ``rules.split_sentences(line)``.
    """
    original = line
    for start, end in reversed(rules.typeset_codes(line)):
        removals.append(Removal(text=line[start:end].strip(), reason="typesetting code"))
        line = f"{line[:start]} {line[end:]}".strip()
    for start, end in reversed(rules.bracketed_links(line)):
        removals.append(Removal(text=line[start:end].strip(), reason="link"))
        line = f"{line[:start]}{line[end:]}".strip()
    for start, end in reversed(rules.stock_quotes(line)):
        removals.append(Removal(text=line[start:end].strip(), reason="stock quote"))
        line = f"{line[:start]}{line[end:]}".strip()
    line = _cut_credits(line, removals)
    for start, end in reversed(_tweet_spans(line) if "@" in line else ()):  # a handle's "@"
        removals.append(Removal(text=line[start:end].strip(), reason="embedded tweet"))
        line = f"{line[:start].rstrip()} {line[end:]}".strip()
    for start, end in reversed(rules.image_markers(line)):
        if "caption" in line[start:end].lower():
            # BBC's caption has no stop: flattened, it runs into the sentence after
            # it ("image caption the couple were married on friday a couple have
            # finally married ..."; 330 labels in Multi-News val), and where one ends
            # no mark tells. The caption goes with that sentence.
            end += _first_sentence_end(line[end:])
        removals.append(Removal(text=line[start:end].strip(), reason="photo caption"))
        line = f"{line[:start].rstrip()} {line[end:].lstrip()}".strip()
    for start, end in reversed(rules.player_runs(line)):
        removals.append(Removal(text=line[start:end].strip(), reason="video player"))
        line = " ".join(f"{line[:start]} {line[end:]}".split())
    for start, end, reason in reversed(rules.inline_notices(line)):
        removals.append(Removal(text=line[start:end].strip(), reason=reason))
        line = _joined(line[:start], _opened(line[:start], line[end:].lstrip()))
    for start, end in reversed(rules.credit_openings(line)):
        removals.append(Removal(text=line[start:end].strip(), reason="photo credit"))
        line = f"{line[:start].rstrip()} {line[end:]}".strip()
    if line != original:
        sentences = rules.split_sentences(line)
    if (
        rules.holds_picture_caption(line)
        or rules.places_a_person(line)
        or any(map(rules.may_hold_wire_caption, sentences))
    ):
        sentences = _cut_wire_captions(sentences, removals)
    widgets = rules.may_hold_widgets(line)  # one test for the line instead of three a sentence
    # `rules.highlights_span`, tested once for the line
    boxed = "ighlights" in line or "ey points" in line
    labelled = rules.may_hold_note_labels(line)
    linked = bool(rules.picture_links(line))
    prefixes = _ABSTRACT_PREFIXES if rules.structured_abstract(sentences) else _PREFIXES
    kept: list[str] = []
    for sentence in sentences:
        if boxed:
            start, end = rules.highlights_span(sentence)
            if end:
                box = sentence[start:end].strip()
                removals.append(Removal(text=box, reason="story highlights"))
                sentence = f"{sentence[:start].strip()} {sentence[end:].strip()}".strip()
        if labelled:
            for start, end, reason in reversed(rules.note_labels(sentence)):
                if reason == rules.EDITORS_NOTE:  # the note's first sentence goes with it
                    end += _first_sentence_end(sentence[end:])
                if _closes_a_quote(" ".join(kept) + sentence[:start], sentence[start:end]):
                    start += 1  # the mark stays
                removals.append(Removal(text=sentence[start:end].strip(), reason=reason))
                sentence = f"{sentence[:start].rstrip()} {sentence[end:]}".strip()
        if widgets and (at := rules.embed_caption_start(sentence)) >= 0:
            removals.append(Removal(text=sentence[at:].strip(), reason="video player"))
            sentence = sentence[:at].strip()
        if not sentence:  # all of it a caption (`_cut_wire_captions`), a box, a label or a clip's
            continue
        cut, reason = rules.widget_prefix(sentence) if widgets else (0, "")
        if cut:
            removals.append(Removal(text=sentence[:cut].strip(), reason=reason))
            sentence = sentence[cut:].strip()
        # "... cut off by an ellipsis. Read more": a teaser and its link.
        teased = widgets and kept and kept[-1].endswith(("...", "…"))
        cut = rules.read_more_prefix(sentence) if teased else 0
        if cut:
            removals.append(Removal(text=kept.pop(), reason="teaser"))
            removals.append(Removal(text=sentence[:cut].strip(), reason="teaser"))
            sentence = sentence[cut:].strip()
        for prefix, reason in prefixes:
            cut = prefix(sentence)
            if cut:
                removals.append(Removal(text=sentence[:cut].strip(), reason=reason))
                sentence = _opened("", sentence[cut:].strip())
                # NBC's box: its story's byline follows it.
                cut = rules.byline_prefix(sentence) if reason == "newsletter plug" else 0
                if cut:
                    removals.append(Removal(text=sentence[:cut].strip(), reason="byline"))
                    sentence = _opened("", sentence[cut:].strip())
        plug = (
            rules.prompt_sentence(sentence)
            or rules.notice_sentence(sentence)
            or (_furniture_reason(sentence) if is_web_furniture(sentence) else None)
        )
        if plug:
            removals.append(Removal(text=sentence, reason=plug))
            continue
        if widgets and rules.points_at_page(sentence):
            sentence = _cut_page_pointers(sentence, removals, before=" ".join(kept))
        if linked:  # a sentence the rules kept, judged with its link
            sentence = _cut_picture_links(sentence, removals)
        if sentence:
            kept.append(sentence)
    return " ".join(kept)


def _cut_picture_links(sentence: str, removals: list[Removal]) -> str:
    """The sentence without the tweet's picture link (`rules.picture_links`) it opens
    with: the tweet ended there, and the story goes on after it ("Pic.twitter.com/
    xhrffnsqen local news site devon live captured ..."). A link further on closes a
    tweet's own words, which it keeps out of summaries (no stop ends their sentence): a
    scratch change that cut it there too put a tweet's words into 2 of Multi-News val's
    summaries ("What in the name of all that is good is this man summoning?!")."""
    links = rules.picture_links(sentence)
    if not links or links[0][0] > 0:
        return sentence
    removals.append(Removal(text=sentence[: links[0][1]], reason="link"))
    return sentence[links[0][1] :].lstrip()


def _opened(before: str, rest: str) -> str:
    """``rest`` capitalised where it opens a sentence after a cut (nothing, or a stop,
    before it) and opens in lower case: the splitter would glue it to the sentence
    before ("... bloomberg view. donald trump, in an interview ...").

    Asked where a rule knows that the story starts after what it cut: a page's opening
    headline, a sentence's opening prefix, an inline notice. Not after captions,
    credits or a player's controls, whose rules know only where the furniture ends:
    capitalised there, what follows stood alone as a sentence, and more of it was page
    text ("Facebook kstp/tyler berg previous next a source with direct knowledge ...",
    "Courtesy columbia human rights law review carlos deluna was executed ..."): a
    scratch change that capitalised there too changed 1,000 more Multi-News val pages'
    cleaning and put 8 such sentences into their summaries, ROUGE unchanged.
    """
    if rest[:1].islower() and _opens_sentence(before):
        return rest[0].upper() + rest[1:]
    return rest


def _joined(before: str, after: str) -> str:
    """The text on both sides of a cut, its runs of spaces made one, with no space
    before punctuation that closes on the word before: a card cut after a name leaves
    "donald trump, who ..." and "paul manafort's trial"."""
    before, after = " ".join(before.split()), " ".join(after.split())
    glued = not before or not after or after[0] == "," or after[:2] in ("'s", "’s")
    return f"{before}{'' if glued else ' '}{after}"


def _opens_sentence(before: str) -> bool:
    """Whether text after ``before`` opens a sentence: nothing, or a stop (and a closing
    quote or bracket) before it."""
    before = before.rstrip().rstrip('"”’)').rstrip()
    return not before or before[-1] in ".!?"


def _first_sentence_end(text: str) -> int:
    """Where the text's first sentence (`synoptic.text.split_text`) ends; 0 for none."""
    return next(iter(split_text(text)), (0, 0, 0))[1]


def _cut_wire_captions(sentences: list[str], removals: list[Removal]) -> list[str]:
    """A line's sentences without the wire photo captions in them (`rules.wire_caption`).

    Split again as summaries are split (`synoptic.text.split_text`): the rules'
    split keeps a sentence that opens in lower case glued to the one before it,
    and Multi-News pages are cased so ("... sealed its border. a boy tries to cool
    down ..., thursday, sept. 17, 2015."); the story sentence stays. A lone word
    split off before a caption opens it ("U.s. President donald trump waves ...").
    The photographer's credit after one ("... january 25, 2018. Reuters/carlos
    barria trump frequently uses twitter ...") is gone already: it opens a
    sentence of the line (`rules.credit_openings`).
    """
    pieces = [  # (sentence number, text), in order
        (k, sentence[start:end])
        for k, sentence in enumerate(sentences)
        for start, end, _ in split_text(sentence)
    ]
    kept: list[list[str]] = [[] for _ in sentences]
    opening = ""  # a lone word, waiting to see whether a caption follows it
    for n, (k, piece) in enumerate(pieces):
        if " " not in piece and n + 1 < len(pieces):
            opening = f"{opening}{piece} "
            continue
        if rules.wire_caption(opening + piece):
            removals.append(Removal(text=opening + piece, reason="photo caption"))
        else:
            kept[k].append(opening + piece)
        opening = ""
    return [" ".join(parts) for parts in kept]


def _tweet_spans(line: str) -> list[tuple[int, int]]:
    """Spans of the line's embedded tweets, each its last sentence and its signature.

    A signature (`rules.tweet_signatures`) closes the tweet's text, which runs back to
    where the summaries' splitter starts the sentence holding it (`split_text`: Multi-News
    opens sentences in lower case), or the sentence before when only the tweet's hashtags
    and links stand between. Earlier sentences of a longer tweet cannot be told from the
    story, and stay; a tweet whose start lies further back than `TWEET_MAX_CHARS` stays
    whole with its signature (summaries leave a sentence holding "@").
    """
    signatures = rules.tweet_signatures(line)
    if not signatures:
        return []
    starts = [start for start, _, _ in split_text(line)]
    spans: list[tuple[int, int]] = []
    for start, end in signatures:
        before = [s for s in starts if s <= start]
        opening = before[-1] if before else 0
        if not line[opening:start].strip() and len(before) > 1:
            opening = before[-2]
        done = spans[-1][1] if spans else 0
        if opening >= done and start - opening <= TWEET_MAX_CHARS:
            spans.append((opening, end))
    return spans


def _furniture_reason(sentence: str) -> str:
    """The reason a sentence `is_web_furniture` goes: an archive's note, or furniture."""
    return rules.ARCHIVE_NOTE if is_archive_note(sentence) else "web furniture"


def _cut_page_pointers(sentence: str, removals: list[Removal], *, before: str = "") -> str:
    """The sentence without its clauses that point the reader at the page's media.

    A pointer in a bracketed aside ("the meat ( shown below )") takes only the aside.
    ``before`` is the paragraph's text before the sentence (`_closes_a_quote`).
    """
    for start, end in reversed(rules.page_pointer_asides(sentence)):
        removals.append(Removal(text=sentence[start:end].strip(), reason="page pointer"))
        # The stop after an aside closes the sentence: "... the code ( see article here )."
        after = sentence[end:].lstrip()
        gap = "" if after[:1] in (".", ",", ";", ":", "!", "?") else " "
        sentence = " ".join(f"{sentence[:start]}{gap}{after}".split())
    if not rules.points_at_page(sentence):
        return sentence
    kept: list[str] = []
    for clause in rules.split_clauses(sentence):
        if not rules.points_at_page(clause):
            kept.append(clause)
            continue
        if at := rules.page_pointer_clause(clause):
            removals.append(Removal(text=clause[at:].strip(), reason="page pointer"))
            head = clause[:at]
            kept.append(head if head.endswith((".", "!", "?")) else f"{head}.")
            continue
        if _closes_a_quote(" ".join((before, *kept)), clause):
            kept.append(clause[0])
            clause = clause[1:].lstrip()
        removals.append(Removal(text=clause, reason="page pointer"))
    return " ".join(kept)


def _closes_a_quote(before: str, text: str) -> bool:
    """Whether what the cleaner removes opens with the quote mark that closes a quote
    ``before`` left open, which no mark in ``text`` pairs with: the mark stays behind.

    Multi-News spaces its marks, and the splitter gives the closing one to the sentence
    after the quote ('... you're the worst. " watch teigen tell the story ...', '... out.
    " updated: tuesday, 11: 44 p.m. ...'). Removed with that sentence or label, it would
    leave every quote after it in the paragraph paired the wrong way round. Where no
    quote is open, the mark is the removed text's own ('" exclusive: ...').
    """
    return text[:1] in '"”' and _marks(text) % 2 == 1 and _marks(before) % 2 == 1


def _marks(text: str) -> int:
    return text.count('"') + text.count("“") + text.count("”")


def _cut_credits(line: str, removals: list[Removal]) -> str:
    """Remove each photo credit and the caption sentences just before it."""
    spans = rules.credit_spans(line)
    if not spans:
        return line
    start, end = spans[0]
    if rules.gallery_link(line[start:end]):
        # "(Photos: Paul Ryan through the years)" links a gallery; the sentence
        # before it is story, not a caption.
        removals.append(Removal(text=line[start:end], reason="gallery link"))
        rest = f"{line[:start].strip()} {line[end:].strip()}".strip()
        return _cut_credits(rest, removals) if rest else ""
    before = rules.split_sentences(line[:start].strip())
    # The caption is the sentence the credit closes, plus any caption-shaped
    # sentences right before it.
    first = len(before) - 1 if before else 0
    if before and rules.word_count(before[-1]) > rules.CAPTION_MAX_WORDS:
        first = len(before)  # an unsplit run of text, not a caption: only the credit goes
    while 0 < first < len(before) and rules.caption_sentence(before[first - 1]):
        first -= 1
    caption = " ".join([*before[first:], line[start:end]]).strip()
    removals.append(Removal(text=caption, reason="photo caption"))
    after = line[end:].strip()
    if after[:10].lower() == "buy photo ":
        # The button a USA Today paper sets under its picture, and the story after it
        # ("... ( photo: andrew ford/staff photo ) buy photo howell – more than 200 dogs
        # ..."): the label goes, or `select.context` would take the story's sentence for
        # a caption's.
        removals.append(Removal(text=after[:9], reason="widget label"))
        after = after[10:].lstrip()
    rest = " ".join([*before[:first], after]).strip()
    return _cut_credits(rest, removals) if rest else ""


def _cut_labelled_captions(units: list[str], removals: list[Removal]) -> list[str]:
    """The page's lines without the captions that a credit's label closes.

    The sentence before a label (`rules.credit_labels`: "... burns in the Gulf of
    Mexico. Photograph: AP") is the picture's caption, in the label's line, or
    the line before where that line may be one (`rules.caption_line`: a page with
    its breaks may put the credit on a line of its own, but a credit may also
    stand alone after a story's paragraph), and so is each caption-shaped
    sentence right before it (`rules.caption_sentence`), as for a bracketed
    credit (`_cut_credits`). Split as summaries are split
    (`synoptic.text.split_text`), as Multi-News opens a caption in lower case
    ('... howling hysterically. " facebook twitter pinterest terry gilliam has
    spent ...'). The label and its credit stay for the credit rules
    (`rules.credit_openings`). Once per article, before the passes: a credit whose
    end no rule knows stays in its sentence, and a second pass would take the
    sentence before it again. On a page's first line the caption may follow its
    headline, standfirst and time stamp (`rules.caption_line`), which go with it.
    """
    found = [rules.credit_labels(unit) for unit in units]  # most lines: a cheap test
    if not any(found):
        return units
    kept = list(units)
    for i, (unit, labels) in enumerate(zip(units, found, strict=True)):
        if not labels:
            continue
        pieces: list[str] = []
        start = 0
        for label in labels:
            before = unit[start:label].strip()
            start = label
            opens_line = not before and not pieces
            if opens_line and i > 0 and rules.caption_line(kept[i - 1], opening=i == 1):
                kept[i - 1] = _without_caption(kept[i - 1], removals)
                # A page that puts each sentence on a line of its own: the caption's
                # first sentence ends the page's opening line, its headline before it.
                if i == 2 and not kept[1] and rules.caption_line(kept[0], opening=True):
                    kept[0] = _without_caption(kept[0], removals)
            pieces.append(_without_caption(before, removals))
        pieces.append(unit[start:])
        kept[i] = " ".join(p for p in pieces if p)
    return [unit for unit in kept if unit]


def _cut_gallery_backs(units: list[str], removals: list[Removal]) -> list[str]:
    """The page's lines without its picture galleries' ends (`rules.gallery_backs`):
    the counter and link back, and the rest of their sentence before them, which is the
    gallery's caption, its credit and the story's headline, run together where the
    page was flattened. The story starts after the link. Once per article, before the
    passes: what is left of the sentence is judged as the page's text."""
    kept: list[str] = []
    for unit in units:
        for back_start, back_end in reversed(rules.gallery_backs(unit)):
            start = max((s for s, _, _ in split_text(unit) if s <= back_start), default=0)
            removals.append(Removal(text=unit[start:back_end].strip(), reason="photo gallery"))
            unit = _joined(unit[:start], _opened(unit[:start], unit[back_end:].lstrip()))
        if unit:
            kept.append(unit)
    return kept


def _cut_live_page_clocks(units: list[str], removals: list[Removal]) -> list[str]:
    """The page's lines without their entries' clocks, if it is a live page
    (`rules.live_page_clocks`). Once per article: whether it is one is the page's."""
    spans = rules.live_page_clocks(units)
    if not any(spans):
        return units
    kept: list[str] = []
    for unit, clocks in zip(units, spans, strict=True):
        for start, end in reversed(clocks):
            removals.append(Removal(text=unit[start:end].strip(), reason="live page clock"))
            unit = f"{unit[:start]}{unit[end:]}"
        if unit.strip():
            kept.append(unit)
    return kept


def _without_caption(text: str, removals: list[Removal]) -> str:
    """The text, less the caption that ends it (see `_cut_labelled_captions`)."""
    spans = [(start, end) for start, end, _ in split_text(text)]
    if not spans:
        return text
    last = text[spans[-1][0] : spans[-1][1]]
    if rules.credit_labels(last)[:1] == [0]:
        # A credit right after a credit: the caption, if any, starts where the first
        # credit ends ("Photograph: A/Reuters <caption> Photograph: B/AP"), as a second
        # cleaning, with the first credit gone, would find it.
        credit = rules.credit_openings(last)[:1]
        if not credit or credit[0][0] != 0 or credit[0][1] >= len(last):
            return text
        cut = spans[-1][0] + credit[0][1]
        return f"{text[:cut].rstrip()} {_without_caption(text[cut:], removals)}".strip()
    if rules.word_count(last) > rules.CAPTION_MAX_WORDS:
        return text  # an unsplit run of text
    first = len(spans) - 1
    while first > 0 and rules.caption_sentence(text[spans[first - 1][0] : spans[first - 1][1]]):
        first -= 1
    cut = spans[first][0]
    removals.append(Removal(text=text[cut:].strip(), reason="photo caption"))
    return text[:cut].strip()


def _cut_comment_thread(page: str, removals: list[Removal]) -> str:
    """A page flattened into one line, ended where a thread of headed comments starts.

    Such a page runs its readers' comments on after the story
    (`rules.comment_thread_start`); a page with its line breaks has each comment
    on lines of its own, which `_cut_comments` reads. Once per article, before
    the passes: no pass makes a thread.
    """
    start = rules.comment_thread_start(page)
    if start is None:
        return page
    removals.append(Removal(text=page[start:], reason="comment section"))
    return page[:start].rstrip()


def _cut_comments(units: list[str], removals: list[Removal], memo: _Memo) -> list[str]:
    """Drop a reader-comment section and everything after it.

    It opens at a strong marker or a comment's header, when what follows is
    shorter than the story so far or another marker comes within
    `COMMENT_CONFIRM_LINES`; a header is also confirmed by any later header (a
    comment may run over many lines).
    """
    marks = memo.comment_marks(units)
    for index, mark in enumerate(marks):
        if mark not in ("strong", "header"):
            continue
        start = index
        for back in range(index - 1, max(-1, index - COMMENT_LOOKBACK_LINES - 1), -1):
            if marks[back] is not None:
                start = back
        before = sum(len(u) for u in units[:start])
        after = sum(len(u) for u in units[start:])
        confirmed = any(marks[index + 1 : index + 1 + COMMENT_CONFIRM_LINES]) or (
            mark == "header" and "header" in marks[index + 1 :]
        )
        if after <= before or confirmed:
            removals.extend(Removal(text=u, reason="comment section") for u in units[start:])
            return units[:start]
        removals.append(Removal(text=units[index], reason="comment section"))
        return units[:index] + _cut_comments(units[index + 1 :], removals, memo)
    return units
