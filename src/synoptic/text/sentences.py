"""Sentence splitting: `Article` → tuple of `Sentence` views on its text.

Paragraphs (blank-line separated) never share a sentence. Inside a paragraph,
sentencex (a rule-based splitter that knows abbreviations, initials and
numbers: "U.S.", "Mr.", "Dec. 15", "53 billion") finds the boundaries, and a
small repair pass splits where sentencex misses a boundary: after an ellipsis
that is followed by a new sentence, between two sentences glued with no
space ("his wife.law enforcement officials"), and before a story that a
flattened page's headline runs into ("... waiting for aid The Haitian
authorities say ..."); and joins where it split after "a.m.", "u.s." or
"jr." and the next word goes on ("4 a.m. Monday ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from sentencex import segment

from synoptic.model import Article, Sentence
from synoptic.patterns import DASH, DASH_MARKS, compile_pattern

__all__ = ["NEVER_ENDS", "split_sentences", "split_text"]

_PARAGRAPH_BREAK = compile_pattern(r"\n[ \t]*\n\s*")
# "… And then": an ellipsis closing a sentence, then a capitalised word or a quote.
_ELLIPSIS_BOUNDARY = compile_pattern(r"(?:(?<=…)|(?<=\.\.\.))\s+(?=[\"“‘']?[A-Z])")
# A piece of more words than this that holds a quote mark is split again with
# its marks hidden. Multi-News validation (1,500 clusters, preprocessed text with
# spaced quote marks) had 719 pieces over 60 words, 9.6% of its words; DUC 2003
# t2 newswire 24, nearly all one long sentence each. Selection never takes a
# sentence this long (`SelectParams.max_words`).
LONG_PIECE_WORDS = 60
# Two sentences glued with no space, the second in lower case: "his wife.law
# enforcement officials", "each other.we love". Web text loses paragraph breaks
# this way (Multi-News validation: about 300 in 1,500 clusters, most inside a
# piece too long to be selected). A literal full stop first: the scan costs 0.04
# ms on a DUC cluster's 38,000 characters, a character class before it 0.8. The
# lookahead holds the second sentence's first word.
_GLUED_STOP = compile_pattern(r"\.(?=([a-z]{2,}))")
# A quote that ends a sentence with its full stop inside the marks, and a sentence after
# it in lower case: sentencex, pairing the marks, never splits after the closing one
# ('... the board determined that rebranding is " futile. " cambridge analytica and the scl
# group have offices in london ...', '" it was horrible. " benzenati got home from work
# ...'). Multi-News lower-cases many a sentence's first word: 2,560 more sentences in
# 2,218 of its val pages (40 boundaries read, every one a sentence's end; summary
# sentences glued so, 138 of the first 600 clusters' 5,655, are 35 of 5,771), none in
# DUC 2003's, MultiLing's or Timeline17's text. Not before the quote's attribution
# (`_attributes`: '" ... . " smith said on monday.'), but where a verb of saying reports a
# clause of its own ('" ... . " police said officers arrived at the house ...': 312
# sentences more in 155 pages where a pronoun or an article follows the verb, 161 more in
# 158 where the sentence goes on past `ATTRIBUTION_TAIL_WORDS`; 40 of those read, all
# sentences' ends; summary sentences glued after a quote's stop, 46 of the first 1,500
# clusters', are 27); a question or an exclamation is left as it was ('" did he have a
# debt? " clinton asked.'). The sentence after may open a quote of its own ('...
# the rescue as " very hopeless. " " when i saw the gray boat ...'): 248 more sentences in
# 243 Multi-News val pages, none elsewhere (30 of the boundaries read, all sentences' ends);
# summary sentences that glued two quotes so, 34 in the first 1,500 clusters, are none. A
# question or an exclamation before a quote of its own ends a sentence too ('" oh, yeah! "
# " you have to press charges, " said jameson.'): 24 more sentences in 21 of those pages, all read.
_QUOTE_STOP = compile_pattern(r"\. ?[\"”](?=\s+(?:[\"“] ?)?[a-z])|[!?] ?[\"”](?=\s+[\"“] ?[a-z])")
_SAYS = frozenset(
    """said says say added adds asked asks told tells wrote writes explained noted
    continued recalled tweeted replied stated according insisted argued""".split()
)
# Words after the mark that the attribution test reads for a verb of saying; a sentence
# at least this long after the mark, and one of at least `QUOTE_STOP_MIN_WORDS_BEFORE`
# before it.
QUOTE_STOP_SAYS_WORDS = 4
QUOTE_STOP_MIN_WORDS_BEFORE = 3
# An attribution ends within this many words after its verb ('" smith said on monday in
# paris.', '" he told reporters on monday.'), or goes on past a comma ('" he said, adding
# that ...'), or puts its verb first ('" said the minister ...'). A verb of saying that
# goes on is a sentence of its own, reporting what was said: '" the director says that he
# was ...', '" wentworth said maddison's death was a shock.', '" police said officers
# arrived ...'.
ATTRIBUTION_TAIL_WORDS = 4
# All the words after the mark that the attribution test may read.
_ATTRIBUTION_WORDS = QUOTE_STOP_SAYS_WORDS + ATTRIBUTION_TAIL_WORDS
# A verb of saying with one of these after it reports its own clause: '" the agency says
# the u.s. navy is ...', '" she says she shares ...'.
_REPORTED = frozenset("that it he she they we i the a an there this his her their".split())
# Not a boundary: a stop inside a web address or file name ("politico.com",
# "bit.ly/2slf", "will.oremus@slate.com", "photo.jpg")...
_ADDRESS_MARKS = ("/", "@", "www", "http", "=")
_WEB_SUFFIXES = frozenset(
    "com org net gov edu mil info biz gop co uk ly io tv fm ws me us ca au de fr "
    "jpg jpeg png gif swf html htm php asp aspx pdf xml js mp3 mp4".split()
)
# ...or after an abbreviation ("st.louis", "mr.smith").
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr vs mt ft gov sen rep gen lt col sgt capt prof rev "
    "inc corp ltd no vol jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# The word before the stop, of two letters at least: "u.s.army" is no boundary.
_LAST_WORD = compile_pattern(r"[a-z]{2,}$")
# Abbreviations no sentence ends with: what follows goes on from them, whatever its
# first word, and a sentence that ends at one was cut off (`select.context`).
# - "e.g.", "i.e." and "vs." ("We use it when we start something, e.g. At the beginning
#   of a meal.": Multi-News capitalised "At", and 6 of its val sentences ended at "e.g."
#   or "i.e." so; "paul haggis vs." ended one).
# - A title before a name. sentencex knows most titles, but not "Ms.", "Atty.", "Amb.",
#   "Govs." or "Mmes.", nor any title after a hyphen ("then-Sen.", "ex-Gov."), and splits
#   there whatever the case: "Julie Mohl, an assistant district attorney, said Ms." was a
#   summary sentence, and "Graswald ..." the next. The summaries of the 5,622 Multi-News
#   val clusters held 114 sentences that ended at a title so. "St." (a street ends
#   sentences) and "No." are left to sentencex.
# Capitalised or not, but never in capitals: "diagnosed with MS." ends a sentence.
_NEVER_ENDING = (
    "e.g i.e vs mr mrs ms messrs mmes dr sen sens rep reps gov govs gen lt col sgt capt "
    "cmdr adm maj brig cpl pvt prof rev hon supt det insp atty amb"
).split()
NEVER_ENDS = compile_pattern(
    r"(?<![\w.])(?:"
    + "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in _NEVER_ENDING)
    + r")\.$"
)
# Words that go on from an abbreviation of `_ENDS_AS_OFTEN`, not open a sentence after it: the
# words of a time ("p.m. Est", "a.m. Monday") and words no sentence opens with
# ("the u.s. Will reach ...", "robert butler jr. Are struggling ..."). "In" and
# "The" open sentences after "p.m." as often ("... at 8 p.m. In a statement, ...").
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
_GOES_ON = (
    _WEEKDAYS
    | (_MONTHS - {"may"})
    | frozenset(
        """today tonight tomorrow yesterday jan feb mar apr jun jul aug sep sept oct nov dec
        et est edt pt pst pdt ct cst cdt mt mst mdt gmt utc bst cet local on and or nor of to
        at is are was were will would has have had can could should must does did""".split()
    )
)
# Abbreviations that end a sentence as often as they stand inside one: the sentence
# after goes on from one when its first word does (`_goes_on`). Multi-News capitalises
# the word after one, and sentencex then splits there.
# - A time, a country, a suffix: "... around 4 a.m. Monday intending to rape her.". Of
#   the sentences the first 3,000 Multi-News val summaries took right after such a
#   split, 130 followed "p.m.", 89 "a.m.", 66 "u.s.", 17 "jr." and 6 "d.c.", most of
#   them a fragment ("Monday intending to rape her.", "Est ( 0830 gmt ) on thursday.").
#   A clock may touch its digits ("8a.m.").
# - A state's abbreviation in AP style: "... is loaded into a hearse at the coroner's
#   office in san bernardino, calif. On thursday, feb. 14, 2013." (an AP caption, which
#   the caption rules take once it is whole; 48 such in Multi-News val before a word of
#   `_GOES_ON`, 44 of them going on on reading). Not those that are words as well
#   ("mass.", "ill.", "wash.", "ore.", "la.", "miss.", "ark.", "mo.").
# - A company's or a street's abbreviation (the group ``name``): "giving apple inc. More
#   ammunition ...", "moved to 3360 spruce ave. In burlington in 1976" (96 summary
#   sentences of the 5,622 Multi-News val clusters ended at one, most of them cut so).
#   In cased text sentencex splits there only before a capital, which opens a sentence.
#   After one, "In" and "For" go on as well (of the val pages' 21 such, 20 went on), and
#   a company's verb: "... pandora media inc. In a stock deal ...", "alphabet inc. Will
#   replace" (`_GOES_ON_FROM_NAME`).
_ENDS_AS_OFTEN = compile_pattern(
    r"(?:(?<![A-Za-z.])(?:a\.m|p\.m)"
    r"|(?<![\w.])(?:u\.s|d\.c|jr|sr"
    r"|ala|ariz|calif|colo|conn|fla|ga|kan|ky|md|mich|minn|mont|neb|nev|okla|pa|tenn|vt|va"
    r"|wis|wyo|n\.[yjhcdm]|s\.[cd]|r\.i|w\.va"
    r"|(?P<name>inc|co|corp|ltd|llc|plc|bros|ave|blvd|rd)))\.$",
    re.IGNORECASE,
)
_GOES_ON_FROM_NAME = _GOES_ON | {"in", "for", "said", "says", "who", "which", "whose"}
_FIRST_WORD = compile_pattern(r"[\"“‘'(]?([A-Za-z]+)")
_QUOTE_MARKS = "\"“”‘’'"
_HIDE_QUOTES = str.maketrans(dict.fromkeys(_QUOTE_MARKS, " "))
# Multi-News spaces its apostrophes ("torres ' father", "i ' m"), and sentencex pairs two
# such as a quote it never splits inside: "..., and torres ' father, harry guy snyder,
# took over in 1993. Guy died in 1999 .... Esther, torres ' grandmother, ..." was one
# summary sentence. 86 summary sentences of the 5,622 val clusters held two or more
# sentences so. A piece with two is split again with its apostrophes hidden (only
# them: a double-quoted passage stays whole).
_SPACED_APOSTROPHE = " ' "
_HIDE_APOSTROPHES = str.maketrans({"'": " "})
# A page's headline, teaser or caption run into the story with no stop between, as a
# flattened page leaves them: "Haitians still waiting for aid The Haitian authorities
# say ...", "Papers assess BP oil spill fallout The Daily Mail is infuriated ...",
# "... looking for food and water Up to 10,000 US troops ..." has no article to tell it.
# In running prose a capitalised article after a lower-case word opens a title ("told The
# Associated Press", "the film The Passion of the Christ", "type A influenza"): the
# words of `_TITLE_BEFORE`, and any word with a hyphen ("the Oscar-winning The Hurt
# Locker") or in capitals, are never split from it. After a capitalised word that does
# not open a sentence it is (a place or a credit ends a caption or a byline: "From
# Matthew Price in Oaxaca, Mexico The first fatal case ...", "... the city of Homs A
# Syrian and a German - Lebanese man have been arrested ...", "Getty Images A delicate
# ..."), unless that word is one of `_TITLE_BEFORE` too ("Series A", "Type A", "In May The
# Beatles ...") or a name goes on ("Texas A and M"). Of Timeline17's whole pages (16,894
# sentences, flattened), 176 held an article after a lower-case word, nearly all of them
# run-ins; DUC 2003's newswire 11, titles after "told", "with" and "film"; Multi-News
# lower-cases the article.
_RUN_IN_ARTICLES = (" The ", " A ", " An ")
_STOPS = frozenset(".!?:;\"”’'")
_TITLE_BEFORE = frozenset(
    """about above across after against along among around as at before behind below
    beneath beside between beyond by despite down during for from in inside into like
    near of off on onto out outside over past per since than through throughout to toward
    towards under until upon via with within without and or but nor the whether if that
    which who whom whose what told tell tells telling tweeted wrote writes write read reads
    reading said says say reported reports responded quoted quotes quoting cited cites use
    uses used using interviewed sued sues urged thanked praised criticized called calls named
    dubbed titled entitled starring stars is are was were be been being become became becomes
    has have had versus beat beats defeated starred featuring features featured including
    includes included joined joins join founded owns owned bought acquired sold runs ran
    edited edits edit publishes published publish watched watching watch visited visiting
    saw see seen attended attend hosted hosts host played plays play sang sings sing
    recorded records released releases
    film films movie book books novel album song single show shows series magazine
    newspaper paper column musical band group episode documentary program programme
    podcast blog website site channel network station restaurant hotel bar club store shop
    company firm studio label publication journal tabloid daily weekly sitcom comedy drama
    hit memoir poem opera ballet exhibition exhibit type class grade vitamin hepatitis
    plan section category point part level division tier list building block gate terminal
    wing size model seed row round option form phase league pool cup schedule unit ward
    zone line route strain influenza flu virus appendix annex""".split()
) | (_WEEKDAYS | _MONTHS)
# At least this many words before such a boundary in the same piece (a headline), and
# after it (a story's sentence, its article counted).
RUN_IN_MIN_HEAD_WORDS = 2
RUN_IN_MIN_STORY_WORDS = 4


def _paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def split_text(text: str) -> list[tuple[int, int, int]]:
    """Sentence spans of a text.

    Args:
        text: Plain text, paragraphs separated by blank lines.

    Returns:
        ``(start, end, paragraph)`` for each sentence, offsets into ``text``,
        stripped of surrounding whitespace, in reading order.
    """
    spans: list[tuple[int, int, int]] = []
    paragraph = 0
    any_glued = _GLUED_STOP.search(text) is not None  # one scan of the text, not one a paragraph
    quote_stops = [m.span() for m in _QUOTE_STOP.finditer(text)]  # the same
    any_articles = _run_in_articles(text)  # the same
    for p_start, p_end in _paragraph_spans(text):
        chunk = text[p_start:p_end]
        if not chunk.strip():
            continue
        # The repairs' regexes are slow to run; most paragraphs need neither.
        ellipses = "…" in chunk or "..." in chunk
        stops = (
            [(s - p_start, e - p_start) for s, e in quote_stops if p_start <= s < p_end]
            if quote_stops
            else []
        )
        glued = any_glued and _GLUED_STOP.search(chunk) is not None
        articles = (
            [a - p_start for a in any_articles if p_start < a < p_end] if any_articles else []
        )
        for found, piece_end in _segments(chunk):
            pieces = [(found, piece_end)]
            long = chunk.count(" ", found, piece_end) >= LONG_PIECE_WORDS  # no copy: most are not
            if long and _holds_quote_mark(chunk[found:piece_end]):
                pieces = _split_unquoted(chunk, found, piece_end)
            elif chunk.count(_SPACED_APOSTROPHE, found, piece_end) >= 2:
                pieces = _split_unquoted(chunk, found, piece_end, hide=_HIDE_APOSTROPHES)
            for start, end in pieces:
                run_in = [a for a in articles if start < a < end] if articles else articles
                quoted = [(s, e) for s, e in stops if start < s and e < end] if stops else []
                if not (ellipses or glued or quoted or run_in):
                    _append(spans, text, p_start + start, p_start + end, paragraph)
                    continue
                repaired = _repair(
                    chunk,
                    start,
                    end,
                    ellipses=ellipses,
                    glued=glued,
                    quoted=quoted,
                    run_in=run_in,
                )
                for s, e in repaired:
                    _append(spans, text, p_start + s, p_start + e, paragraph)
        paragraph += 1
    return spans


def _append(
    spans: list[tuple[int, int, int]], text: str, start: int, end: int, paragraph: int
) -> None:
    """Add a sentence's span, or join it to the one before when that one only seemed
    to end at an abbreviation (`NEVER_ENDS`, `_goes_on`), before a dash (`_dashed_on`)
    or after a name's "!" (`_named_on`)."""
    if spans:
        before_start, before_end, before_paragraph = spans[-1]
        if before_paragraph == paragraph and (
            NEVER_ENDS.search(text, max(before_start, before_end - 7), before_end)
            or _goes_on(text, before_start, before_end, start)
            or (text[start] in DASH_MARKS and _dashed_on(text, before_start, before_end, start))
            or (text[before_end - 1] == "!" and _named_on(text, before_start, before_end, start))
        ):
            spans[-1] = (before_start, end, paragraph)
            return
    spans.append((start, end, paragraph))


def _goes_on(text: str, before_start: int, before_end: int, start: int) -> bool:
    """Whether the sentence at ``start`` goes on from an abbreviation that ends the one
    before as often as not (`_ENDS_AS_OFTEN`): its first word is one that goes on after
    that abbreviation."""
    ending = _ENDS_AS_OFTEN.search(text, max(before_start, before_end - 6), before_end)
    if ending is None:
        return False
    words = _GOES_ON_FROM_NAME if ending.group("name") else _GOES_ON
    first = _FIRST_WORD.match(text, start)
    return first is not None and first.group(1).lower() in words


# A name that ends in "!" ("E! News", "Yahoo! Mail", "Jeopardy!"): sentencex splits after
# it, and the set's lower-cased name after it opened a fragment ("news that an autopsy
# was completed ...": 27 "e! news" and 45 others in Multi-News val's pages). The
# sentence after goes on from it where it opens in lower case, or with "News" or "Online".
_BANG_NAME = compile_pattern(r"(?<![\w.])(?:e|yahoo|jeopardy)!$", re.IGNORECASE)
# The longest of them, "jeopardy!": how far back from a sentence's end one is looked for.
BANG_NAME_MAX_CHARS = 9
_GOES_ON_FROM_BANG_NAME = frozenset(("news", "online"))


def _named_on(text: str, before_start: int, before_end: int, start: int) -> bool:
    """Whether the sentence at ``start`` goes on from a name ending in "!" (`_BANG_NAME`)."""
    window = max(before_start, before_end - BANG_NAME_MAX_CHARS)
    if _BANG_NAME.search(text, window, before_end) is None:
        return False
    first = _FIRST_WORD.match(text, start)
    return first is not None and (
        first.group(1)[0].islower() or first.group(1).lower() in _GOES_ON_FROM_BANG_NAME
    )


# A sentence that opens with a dash goes on from the one before where that one is a
# dateline's place ("silverdale, wash. - firefighters helped rescue ...", "plains twp. —
# a registered nurse is accused ...": sentencex splits after the region's abbreviation,
# and the story's lead stood alone behind a dash), or where an exclamation or a
# question inside a dashed aside ended it: after a dash that opened the aside a little
# before ("you tell your child to do something — clean your room! go to bed! do your
# homework! — and your child just refuses.", "... a familiar guessing game — who will
# fill the vacancies? — should keep fans of the show busy"), or before a word that
# goes on from it ("... jeopardy! — the best ..." does not). A column's question
# followed by its reader's name stays apart ("... caused by a hurricane? — bob fisher
# dear bob, ..."). 37 sentences of the cleaned Multi-News val pages, and none of the
# other sets.
_DASH_OPENING = compile_pattern(rf"{DASH}\s+(?P<next>[\w\"“]+)")
_ASIDE_DASHES = (" — ", " -- ", " – ")
# How far back a dash may open the aside.
ASIDE_MAX_CHARS = 150
_GOES_ON_AFTER_ASIDE = frozenset(
    "and or but as with who which to should has have had is are was were will would can "
    "could".split()
)
_DATELINE_PLACE = compile_pattern(r"(?:,\s*[A-Za-z]{2,5}|\btwp)\.$", re.IGNORECASE)
DATELINE_PLACE_MAX_WORDS = 8


def _dashed_on(text: str, before_start: int, before_end: int, start: int) -> bool:
    """Whether the sentence at ``start``, opening with a dash, goes on from the one before."""
    opening = _DASH_OPENING.match(text, start)
    if opening is None:
        return False
    before = text[before_start:before_end]
    if before[-1] in "!?":
        if opening.group()[:2] == "- " or not opening.group("next")[:1].islower():
            return False
        aside = text[max(0, before_end - ASIDE_MAX_CHARS) : before_end]
        return (
            any(dash in aside for dash in _ASIDE_DASHES)
            or opening.group("next") in _GOES_ON_AFTER_ASIDE
        )
    return (
        _DATELINE_PLACE.search(before) is not None and before.count(" ") < DATELINE_PLACE_MAX_WORDS
    )


def _segments(text: str) -> Iterator[tuple[int, int]]:
    """sentencex's sentences of a text, as stripped ``(start, end)`` offsets, each
    quote mark that opens a sentence given to it (`_opens_next`)."""
    cursor = 0
    opening = -1  # where the quote mark the piece before ended with stands
    for piece in segment("en", text):
        stripped = piece.strip()
        found = text.find(stripped, cursor) if stripped else -1
        if found < 0:
            continue
        cursor = end = found + len(stripped)
        if opening >= 0:
            found, opening = opening, -1
        if _opens_next(text, found, end):
            opening = end - 1
            end = len(text[:opening].rstrip())
        yield found, end


def _opens_next(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends in a spaced quote mark that opens the next sentence.

    sentencex leaves it there: '"fred is a passionate kind of guy, " one former
    colleague said. "' (751 of the 54,000 sentences of the 5,622 Multi-News val
    summaries ended so).
    """
    if end - start < 3 or text[end - 2] != " ":
        return False
    return text[end - 1] in '“"' and not _closes(text, end - 1)


def _closes(text: str, at: int) -> bool:
    """Whether the quote mark at ``at`` closes a quote: "”", or '"' after an odd number
    of them in ``text`` (a paragraph, or a piece of one)."""
    mark = text[at]
    return mark == "”" or (mark == '"' and text.count('"', 0, at) % 2 == 1)


def _holds_quote_mark(text: str) -> bool:
    return any(mark in text for mark in _QUOTE_MARKS)


def _split_unquoted(
    chunk: str, start: int, end: int, hide: dict[int, str] = _HIDE_QUOTES
) -> list[tuple[int, int]]:
    """Sentence spans of ``chunk[start:end]``, split with the marks ``hide`` maps to
    spaces hidden (all quote marks unless told).

    Each mark hidden at a boundary goes back to its sentence: a closing one
    (`_closes`) to the sentence before, an opening one to the sentence after.
    """
    hidden = chunk[start:end].translate(hide)
    spans = [[start + s, start + e] for s, e in _segments(hidden)]
    if len(spans) < 2:
        return [(start, end)]
    spans[0][0], spans[-1][1] = start, end  # the piece's own edges stay as they were
    for before, after in pairwise(spans):
        for q in range(before[1], after[0]):
            if _closes(chunk, q):
                before[1] = q + 1
            elif chunk[q] in '“"' and after[0] > q:
                after[0] = q
    return [(s, e) for s, e in spans]


def _repair(
    chunk: str,
    start: int,
    end: int,
    *,
    ellipses: bool,
    glued: bool,
    quoted: list[tuple[int, int]],
    run_in: list[int],
) -> Iterator[tuple[int, int]]:
    """``chunk[start:end]`` cut after an ellipsis that ends a sentence, between glued
    ones, after a quote whose full stop ends a sentence (``quoted``: the spans of
    `_QUOTE_STOP`'s matches inside the piece), and before a story that a headline runs
    into (``run_in``: `_run_in_articles` inside the piece)."""
    cuts: list[tuple[int, int]] = []  # (end of one sentence, start of the next)
    if ellipses:
        cuts.extend(m.span() for m in _ELLIPSIS_BOUNDARY.finditer(chunk, start, end))
    if glued:
        cuts.extend((c, c) for c in _glued_boundaries(chunk, start, end))
    if quoted:
        cuts.extend(_quote_stop_boundaries(chunk, start, end, quoted))
    if run_in:
        cuts.extend((c, c + 1) for c in _run_in_boundaries(chunk, start, end, run_in))
    cuts.sort()
    cut = start
    for stop, resume in cuts:
        yield cut, stop
        cut = resume
    yield cut, end


def _run_in_articles(text: str) -> list[int]:
    """Offsets of the space before each capitalised article ("The", "A", "An") that
    follows a lower-case letter and precedes a word, as a story run into a headline
    opens (`_RUN_IN_ARTICLES`). Found with ``str.find``: after a stop, as most
    sentences open, is no candidate, and a pattern would cost more than the split."""
    found = []
    for article in _RUN_IN_ARTICLES:
        at = text.find(article, 1)
        while at > 0:
            after = at + len(article)
            if text[at - 1].islower() and text[after : after + 1].isalpha():
                found.append(at)
            at = text.find(article, at + 1)
    return found


def _run_in_boundaries(chunk: str, start: int, end: int, articles: list[int]) -> Iterator[int]:
    """Of ``articles`` (`_run_in_articles` of ``chunk``), those that open a story run
    into a headline in ``chunk[start:end]``."""
    for at in articles:
        begin = chunk.rfind(" ", start, at) + 1
        word = chunk[begin:at]
        if (
            word.isalpha()
            and (word.islower() or (word.istitle() and _may_end_a_headline(chunk, begin, at)))
            and len(word) > 2
            and word.lower() not in _TITLE_BEFORE
            and chunk.count(" ", start, at) >= RUN_IN_MIN_HEAD_WORDS - 1
            and chunk.count(" ", at + 1, end) >= RUN_IN_MIN_STORY_WORDS - 1
        ):
            yield at


def _may_end_a_headline(chunk: str, begin: int, at: int) -> bool:
    """Whether the capitalised word at ``chunk[begin:at]``, before an article, may end a
    headline or a caption: not one that opens a sentence ("... back. Both The Washington
    Post and ..."), where sentencex left no boundary, nor a name's first word before
    "A and" ("Texas A and M University")."""
    return (
        begin > 1
        and chunk[begin - 2] not in _STOPS
        and not chunk.startswith((" A and ", " A & "), at)
    )


def _quote_stop_boundaries(
    chunk: str, start: int, end: int, matches: list[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    """``(end, next start)`` after each quote of ``chunk[start:end]`` that a full stop
    inside its marks ends (or a question or an exclamation, before a quote of its own), where
    a sentence follows in lower case (``matches``: spans of `_QUOTE_STOP` in the piece): the
    mark closes a quote the piece opened (an odd count of '"' before it, or "”"), the stop
    is no ellipsis's ('the " ... could do... " statement misses the mark'), enough words
    stand on both sides, and the words after it give no speaker (`_attributes`)."""
    for stop, after_mark in matches:
        mark = after_mark - 1
        if chunk[mark] == '"' and chunk.count('"', start, mark) % 2 == 0:
            continue  # it opens a quote
        if chunk[stop - 1] == ".":
            continue  # an ellipsis, which trails off inside a quote as often as it ends one
        rest = chunk[after_mark:end]
        after = rest.split(maxsplit=_ATTRIBUTION_WORDS)  # and the rest
        before = chunk.count(" ", start, stop) + 1
        if len(after) < QUOTE_STOP_SAYS_WORDS or before < QUOTE_STOP_MIN_WORDS_BEFORE:
            continue
        if _attributes(after[:_ATTRIBUTION_WORDS]):
            continue
        yield after_mark, end - len(rest.lstrip())


def _attributes(words: list[str]) -> bool:
    """Whether the words after a quote's close give its speaker: a verb of saying
    (`_SAYS`) among the first `QUOTE_STOP_SAYS_WORDS`, first of them, or followed by a
    comma and no quote ('he said, adding ...', not 'he added, " we ...'), or closing the
    sentence within `ATTRIBUTION_TAIL_WORDS` words after it, unless a clause of its own
    follows it (`_REPORTED` next: "he said the ...")."""
    for k, word in enumerate(words[:QUOTE_STOP_SAYS_WORDS]):
        if word.strip(",.;:") not in _SAYS:
            continue
        if k == 0 or word.endswith("."):
            return True
        tail = words[k + 1 : k + 1 + ATTRIBUTION_TAIL_WORDS]
        if word.endswith(","):
            return not tail or tail[0][0] not in "\"“'‘"
        if tail and tail[0] in _REPORTED:
            return False
        return any(_ends_sentence(w) for w in tail)
    return False


def _ends_sentence(word: str) -> bool:
    """Whether a word closes its sentence: a full stop after a word, not an abbreviation's
    ("u.s.", "dr.")."""
    stem = word[:-1]
    return word.endswith(".") and stem.isalpha() and stem not in _ABBREVIATIONS


def _glued_boundaries(chunk: str, start: int, end: int) -> Iterator[int]:
    """Offsets just after a full stop that joins two sentences with no space."""
    for match in _GLUED_STOP.finditer(chunk, start, end):
        stop = match.start()
        space = chunk.find(" ", stop, end)
        head = chunk[chunk.rfind(" ", start, stop) + 1 : stop]  # the token up to the stop
        tail = chunk[stop + 1 : end if space < 0 else space]
        if any(mark in head or mark in tail for mark in _ADDRESS_MARKS):
            continue
        last = _LAST_WORD.search(head)
        if last is None or last.group() in _ABBREVIATIONS or match.group(1) in _WEB_SUFFIXES:
            continue  # "u.s.army", "mr.smith", "politico.com"
        if "." in tail and tail.rstrip(".,;:!?)\"'’”").rsplit(".", 1)[-1] in _WEB_SUFFIXES:
            continue  # a domain of three parts: "travel.state.gov", "news.bbc.co.uk"
        yield stop + 1


def split_sentences(article: Article) -> tuple[Sentence, ...]:
    """Split an article's text into sentences.

    Args:
        article: A (normally cleaned) article.

    Returns:
        Its sentences, each a view on ``article.text`` with offsets.
    """
    return tuple(
        Sentence(
            article_id=article.id,
            index=i,
            start=start,
            end=end,
            text=article.text[start:end],
            paragraph=paragraph,
        )
        for i, (start, end, paragraph) in enumerate(split_text(article.text))
    )
