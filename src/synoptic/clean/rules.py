"""The boilerplate rules: what a line (or sentence) of page furniture looks like.

Every rule looks at shape, not at known sentences: the words a prompt starts
with and the channel it names, the bracketed shape of a source tag line, the
cues of a photo caption (position markers, present-tense posing verbs, a full
dateline, a photo credit), the shape of a link list, the markers that open a
reader-comment section. Each classifier returns a short reason, or None.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Sequence
from itertools import islice

from synoptic.patterns import (
    CLOCK_24H,
    DASH,
    DASH_MARKS,
    RUN_IN_BYLINE,
    RUN_IN_BYLINE_PATTERN,
    TIME_ZONES,
    YEAR_LIKE,
    compile_pattern,
    lazy_compile,
)
from synoptic.text.datelines import LABELS_BEFORE_CITY, city_dateline, trim_dateline
from synoptic.text.names import given_names
from synoptic.text.tokens import STOPWORDS

__all__ = [
    "ARCHIVE_NOTE",
    "CAPTION_LINE_MAX_WORDS",
    "CAPTION_MAX_WORDS",
    "EDITORS_NOTE",
    "ENDS_SENTENCE",
    "ad_prefix",
    "byline_prefix",
    "caption_line",
    "caption_sentence",
    "classify_line",
    "comment_marker",
    "comment_thread_start",
    "credit_labels",
    "credit_openings",
    "credit_spans",
    "datelined_opening",
    "doubled_opening",
    "embed_caption_start",
    "ends_sentence",
    "gallery_backs",
    "gallery_link",
    "heading",
    "headline_label_prefix",
    "highlights_span",
    "holds_picture_caption",
    "holds_year",
    "journal_label_prefix",
    "live_page_clocks",
    "may_hold_hover_card",
    "may_hold_note_labels",
    "may_hold_widgets",
    "may_hold_wire_caption",
    "may_name_a_picture",
    "may_open_notice",
    "note_labels",
    "notice_sentence",
    "opening_byline_prefix",
    "page_pointer_asides",
    "page_pointer_clause",
    "picture_links",
    "places_a_person",
    "player_runs",
    "points_at_page",
    "posted_heading_prefix",
    "promo_prefix",
    "prompt_sentence",
    "read_more_prefix",
    "reworded_opening",
    "section_label_prefix",
    "share_prefix",
    "shared_opening",
    "split_clauses",
    "split_sentences",
    "stamped_byline_prefix",
    "structured_abstract",
    "tweet_signatures",
    "typeset_codes",
    "video_labelled_opening",
    "widget_prefix",
    "wire_caption",
    "word_count",
]

# A line with at most this many words and no sentence punctuation at its end
# is a heading, not story text (kerry-lavrov example and 30 inspected
# Multi-News pages: story paragraphs ending without punctuation are >12 words).
HEADING_MAX_WORDS = 12
# A standalone question this short is a section heading ("What happens next?").
QUESTION_MAX_WORDS = 8
# A line opening with "Photo:" / "Image copyright" is a caption whole up to this
# length. A longer one is left to the finer rules: a caption the heading and caption
# rules take, a credit run into the story ("Photograph: Charles Dharapak/AP Barack
# Obama won last year's presidential election ...") that the credit rules cut off
# alone. A cap of 30 took two such story sentences from Timeline17's Guardian pages;
# elsewhere it changed one Multi-News page and no DUC or MultiLing one.
CREDIT_LINE_MAX_WORDS = 6
# Captions are one sentence of at most this many words (longer "sentences" are
# unsplit runs of flattened text).
CAPTION_MAX_WORDS = 60
# Words allowed after the channel a prompt names ("... delivered to your inbox
# every morning."); more means story text glued on (Multi-News sample, 1 case in 60).
PROMPT_TAIL_WORDS = 12
# A row of share buttons is short.
SOCIAL_MAX_CHARS = 120
# A page's short notes (copyright, a comment box's state) are this short; a longer
# sentence opening so has story text run into it, and stays.
NOTICE_MAX_WORDS = 25
# Notes that say more (a revision note says what was wrong: "An earlier version of
# this item incorrectly quoted Morris ( and \" my cousin vinny \" ).") or run into
# their list (a related link, tags) are this long at most.
LONG_NOTICE_MAX_WORDS = 60
# A prompt ("Sign up for ...", "Follow us on ...") is short; longer lines are prose.
PROMPT_MAX_WORDS = 30

_TERMINAL = tuple(".!?…\"”’'):;")

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st sen rep gov gen lt col sgt capt cmdr adm prof jr sr inc corp co ltd "
    "no vs etc jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs "
    "fri sat sun a.m p.m u.s u.k u.n e.g i.e ft mt pres rev hon est approx dept univ".split()
)
# A sentence's closing punctuation, what closes around it, and the space after.
# The pattern opens with the punctuation (not a look-behind for it) so that the
# scan skips to candidate characters instead of trying every position.
_AFTER_STOP = r"[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9]|\()"
_BOUNDARY = compile_pattern(r"[.!?…]" + _AFTER_STOP)
# `_BOUNDARY` for text whose only sentence punctuation is the full stop (98% of
# DUC 2003 t2 paragraphs): the scan for one character is twice as fast as for
# a class of four.
_FULL_STOP = compile_pattern(r"\." + _AFTER_STOP)


# A clause ends at sentence punctuation whatever follows: Multi-News pages are
# lower-cased, so "... the moment! the beautiful ..." holds two sentences.
_CLAUSE_END = compile_pattern(r"[.!?…][\"”’)\]]*\s+")


def split_sentences(text: str) -> list[str]:
    """Sentences of a line, by punctuation, not splitting after abbreviations."""
    stops_only = "!" not in text and "?" not in text and "…" not in text
    return _split(text, _FULL_STOP if stops_only else _BOUNDARY)


def split_clauses(text: str) -> list[str]:
    """`split_sentences`, also splitting where the next sentence opens in lower case."""
    return _split(text, _CLAUSE_END)


def _split(text: str, boundary: re.Pattern[str]) -> list[str]:
    sentences: list[str] = []
    start = 0
    for match in boundary.finditer(text):
        end = match.start() + 1  # just after the punctuation
        last = text[text.rfind(" ", start, end) + 1 : end].rstrip(".!?…").lower().lstrip('("“‘')
        if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        sentences.append(text[start:end] + text[end : match.end()].strip())
        start = match.end()
    sentences.append(text[start:])
    return [s.strip() for s in sentences if s.strip()]


# --- whole-line rules -------------------------------------------------------

_LONE_NUMBER = compile_pattern(r"^[\W\d_]*\d[\W\d_]*$")
_ADVERT = compile_pattern(
    r"^(?:advertisement|advertising|sponsored(?: content)?|ad|paid content|promoted"
    r"|story continues below(?: advertisement)?|continue reading(?: the main story)?"
    r"|article continues below(?: advertisement)?)\W*$",
    re.IGNORECASE,
)
_SOCIAL = frozenset(
    "share shares tweet email e-mail pin facebook twitter x whatsapp linkedin reddit print "
    "copy link messenger pinterest flipboard telegram sms save comment comments this article "
    "story post on via to the gallery url".split()
)
_SOCIAL_ANCHORS = frozenset(
    "share tweet email facebook twitter whatsapp linkedin reddit pinterest telegram messenger "
    "flipboard".split()
)
_PROMPT_START = compile_pattern(
    r"^(?:please\s+)?(?:join|follow|like|connect with|subscribe|sign up|sign in|register|"
    r"download|get|click|tap|listen|watch|read|share|don't miss|never miss|want to|"
    r"be the first|stay (?:up to date|informed|connected)|find us|visit|check out)\b",
    re.IGNORECASE,
)
_CHANNEL = compile_pattern(
    r"\b(?:whatsapp|telegram|facebook|twitter|instagram|youtube|tiktok|linkedin|newsletters?|"
    r"e-?mails?|inbox|updates|alerts|app|podcasts?|channel|notifications|feed|rss|"
    r"subscribe|subscription|follow us|like us|on social media|breaking news|daily roundup|"
    r"itunes|spotify|here|@\w+)\b",
    re.IGNORECASE,
)
_NEWSLETTER = compile_pattern(r"\b(?:newsletters?|e-?mails?|inbox|roundup|digest)\b", re.IGNORECASE)
_PODCAST = compile_pattern(r"\b(?:podcasts?|episode|itunes|spotify|stitcher)\b", re.IGNORECASE)
_LINK_SEPARATORS = compile_pattern(r"\s*(?:\||•|·|►|»|/)\s*")
# A link list holds one of these ("/" alone does not make one); all but "|" lie
# outside ASCII. Substring tests cost a tenth of a character-class scan (DUC
# 2003 t2: 0.17 ms a cluster).
_LIST_MARKS = ("|", "•", "·", "►", "»")
_SOURCE_TAGS = compile_pattern(r"^(?:\[[^\[\]]{1,80}\]\s*)+$")
_SOURCE_LINE = compile_pattern(r"^(?:sources?|via|credits?|h/t|hat tip)\s*:\s*\S.{0,80}$", re.I)
_BYLINE = compile_pattern(
    r"^(?:[Bb]y|[Ww]ritten by|[Ww]ords by)\s+[A-Z][\w.'’-]*"
    r"(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|van|von|the|of|in|,|\|))*\s*[,|–—-]?\s*(?:[A-Z][\w.'’-]*\s*)*$"
)
_CREDIT_BYLINE = compile_pattern(
    r"^(?:\(?(?:additional\s+)?reporting|writing|editing|compiled|produced)\s+by\b.{0,200}$",
    re.IGNORECASE,
)
_CREDIT_LINE = compile_pattern(
    r"^(?:photo(?:graph)?s?|pictures?|pics?|images?|video|credit|caption|"
    r"image copyright|image caption|media caption|copyright)\s*(?::|by\b|credit\b|"
    r"copyright\b|caption\b|/)",
    re.IGNORECASE,
)
_AGENCY_CREDIT = compile_pattern(
    r"(?:getty images|/ ?(?:ap|afp|reuters|epa|pool|ansa|tass|xinhua)\b|"
    r"\b(?:ap|afp|reuters|epa) photo\b|shutterstock|alamy|file photo)",
    re.IGNORECASE,
)

_WORD = compile_pattern(r"\S+")  # a whitespace-separated word, with its span


def word_count(text: str) -> int:
    """``len(text.split())``, without building the list for text spaced by single spaces."""
    if (
        text.isprintable()  # no whitespace but " " (tabs, newlines, no-break spaces are not)
        and "  " not in text
        and not text.startswith(" ")
        and not text.endswith(" ")
    ):
        return text.count(" ") + 1 if text else 0
    return len(text.split())


def prompt_reason(text: str) -> str | None:
    """ "share prompt" / "newsletter plug" / "podcast plug" for a call to action."""
    if not _PROMPT_START.match(text) or word_count(text) > PROMPT_MAX_WORDS:
        return None
    if not _CHANNEL.search(text):
        return None
    if _PODCAST.search(text):
        return "podcast plug"
    if _NEWSLETTER.search(text):
        return "newsletter plug"
    return "share prompt"


def _social_only(text: str) -> bool:
    if len(text) > SOCIAL_MAX_CHARS:
        return False
    tokens = [t.strip(":|,.•·-–—!()").lower() for t in text.split()]
    tokens = [t for t in tokens if t]
    return (
        bool(tokens)
        and all(t in _SOCIAL for t in tokens)
        and any(t in _SOCIAL_ANCHORS for t in tokens)
    )


def _link_list(text: str) -> bool:
    """``A | B | C`` with at least three short items: a menu or a platform list."""
    if "|" not in text and (text.isascii() or not any(m in text for m in _LIST_MARKS)):
        return False
    items = [i for i in _LINK_SEPARATORS.split(text) if i]
    return len(items) >= 3 and all(len(i.split()) <= 4 for i in items)


# A local paper's weather box (the BLOX sites'), a paragraph of its own: "Norfolk, va (
# 23510 ) today a mix of clouds and sun during the morning will give way to cloudy skies
# this afternoon. High 47f. Winds ene at 10 to 15 mph.. Tonight cloudy ..." (3 pages of
# Multi-News val; one summary took its sentences).
_WEATHER_BOX = lazy_compile(
    r"^[a-z][\w .'’-]{0,40},\s?[a-z]{2}\.?\s?\(\s?\d{5}\s?\)\s+today\b.{0,300}?\bmph\b",
    re.IGNORECASE | re.DOTALL,
)


def classify_line(line: str) -> str | None:
    """Why a whole line is boilerplate, or None. Headings and captions are separate rules."""
    if len(line) <= 12 and _LONE_NUMBER.match(line):
        return "lone number"
    if "mph" in line and _WEATHER_BOX.match(line):
        return "weather box"
    if ("graf" in line or "Graf" in line or "GRAF" in line) and _PICKUP.match(line):
        return "wire desk note"
    if _ADVERT.match(line):
        return "advertisement"
    if _social_only(line):
        return "share prompt"
    reason = prompt_reason(line)
    if reason:
        return reason
    if _link_list(line):
        return "podcast plug" if _PODCAST.search(line) else "link list"
    if _SOURCE_TAGS.match(line) or _SOURCE_LINE.match(line):
        return "source tag line"
    if (len(line) <= 80 and _BYLINE.match(line)) or _CREDIT_BYLINE.match(line):
        return "byline"
    if _CREDIT_LINE.match(line) and word_count(line) <= CREDIT_LINE_MAX_WORDS:
        return "photo caption"
    # At most HEADING_MAX_WORDS words: splitting stops after that many, at a
    # third of the cost of counting a paragraph's words.
    short = len(line.split(None, HEADING_MAX_WORDS)) <= HEADING_MAX_WORDS
    if short and _AGENCY_CREDIT.search(line):
        return "photo caption"
    return None


# --- wire desk notes ---------------------------------------------------------

# Agency copy carries the desk's typesetting codes ("&QL;", "&UR;"), often with
# the operator's initials after the last one ("... a date. &UR; kl", "&UR;
# (tc-pfg-dkt)"); DUC 2003 holds 274 of them. Lower-case entities ("at&t;" in a
# flattened page) are text.
_TYPESET_CODE = compile_pattern(r"\s*&[A-Z]{2};(?:\s+\(?[a-z]{1,5}(?:[-/][a-z]{1,5})*\)?\s*$)?")
# An update's pickup note: the first words of a paragraph, then where the
# earlier version goes on ("The plane, 5th graf pvs", "Turkey amassed troops,
# pick up 4th graf pvs", "No member, 5th graf, 1st Ld-Writethru").
_PICKUP = compile_pattern(
    r"^(?:&[A-Z]{2};\s*)?(?:.{0,60}?,\s*)?(?:pick\s?up\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)\s+grafs?|grafs?\s+\d{1,2})\b[\w\s,.;&/()-]{0,40}$",
    re.IGNORECASE,
)


def typeset_codes(line: str) -> list[tuple[int, int]]:
    """Spans of a line's wire typesetting codes, with trailing operator initials."""
    if "&" not in line:
        return []
    return [m.span() for m in _TYPESET_CODE.finditer(line)]


# A link a wire story gives in brackets after its source ("the wall street journal
# reports ( http://on.wsj.com/2nfqcqv ) that ...", AP's style for a member paper's
# story): 34 in Multi-News val, in leads more often than not. Without it the
# sentence reads whole; with it, selection takes the sentence for page text.
# Not a link the sentence points at ("Read it at ( http://... ) today.").
_BRACKETED_LINK = compile_pattern(
    r"(?<![\w'’])(?!(?:at|to|on|in|see|visit|via|from|here)\s)(\S+)"
    r"(\s*\(\s*(?:https?://|www\.)[^\s()]+\s*\))",
    re.IGNORECASE,
)


def bracketed_links(line: str) -> list[tuple[int, int]]:
    """Spans of a line's links in brackets, each with the space before it."""
    if "://" not in line and "www." not in line:
        return []
    return [m.span(2) for m in _BRACKETED_LINK.finditer(line)]


# A stock's ticker and its move at the hour the page was saved, which MarketWatch and
# the Wall Street Journal set after a company's or an index's name. Flattened, they read
# as the story's ("The dow jones industrial average djia, -3.12 % rose 322.11 points",
# "Google inc. Googl, +1.74 % announced late monday ..."): 21 summary sentences of the
# 5,622 Multi-News val clusters held one. With a comma and a sign anywhere; without
# them only after "inc.", "corp.", "co." or "ltd." ("facebook inc. Fb 1.05 %",
# "amazon.com inc.'s amzn 2.08 %"), and not a move the story tells ("apple inc. Rose
# 2.08 %"). A quote page's path before it goes too ("yahoo /
# quotes/zigman/59898/quotes/nls/yhoo yhoo +0.55 %").
_MOVE = r"\s[-+]?\d{1,3}\.\d{1,2}\s?%(?=[\s,.;]|$)"
_STOCK_QUOTE = lazy_compile(
    r"\s/\s?quotes/zigman/\S+\s[a-z]{1,5}"
    + _MOVE
    + r"|\s[a-z]{1,5},\s[-+]\d{1,3}\.\d{1,2}\s?%(?=[\s,.;]|$)"
    + r"|(?:(?<=inc\.)|(?<=corp\.)|(?<=\bco\.)|(?<=ltd\.)|(?<=inc\.'s)|(?<=corp\.'s))\s"
    r"(?!(?:rose|rises?|fell|falls?|gained|gains?|lost|up|down|was|is|by|to|at|of|and|or"
    r"|than|over|about|some|nearly)\b)[a-z]{1,5}" + _MOVE,
    re.IGNORECASE,
)


def stock_quotes(line: str) -> list[tuple[int, int]]:
    """Spans of a line's stock tickers with their moves, each with the space before it."""
    if "%" not in line:
        return []
    return [m.span() for m in _STOCK_QUOTE.finditer(line)]


def heading(line: str) -> str | None:
    """ "heading" for a short line without sentence punctuation, or a short lone question."""
    if not line.endswith(_TERMINAL):
        return "heading" if word_count(line) <= HEADING_MAX_WORDS else None
    if (
        line.endswith("?")
        and word_count(line) <= QUESTION_MAX_WORDS
        and not any(q in line for q in '"“”‘’')
        and len(split_sentences(line)) == 1
    ):
        return "heading"
    return None


# --- photo captions -----------------------------------------------------------

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_YEAR = compile_pattern(r"\d\d\d\d")  # every `_CAPTION_DATE` form holds four digits in a row
# `_YEAR` on ASCII text (where ``\d`` is 0-9) in one bytes pass: digits become
# "0", all else a space. A third of the pattern's scan.
_ASCII_DIGITS = bytes(ord("0") if 48 <= c <= 57 else ord(" ") for c in range(256))


def holds_year(text: str) -> bool:
    """Whether a text holds four digits in a row (`_YEAR`), as every dated caption does:
    one bytes pass on ASCII text (`_ASCII_DIGITS`)."""
    if text.isascii():
        return b"0000" in text.encode().translate(_ASCII_DIGITS)
    return _YEAR.search(text) is not None


_CAPTION_DATE = compile_pattern(
    rf"\b(?:{_MONTH}\.? \d{{1,2}},? \d{{4}}|\d{{1,2}} {_MONTH}\.? \d{{4}}"
    r"|\d{4}-\d{2}-\d{2})\b",
    re.IGNORECASE,
)
_POSITION = compile_pattern(
    r"\((?:L|R|C|L-R|R-L|left|right|centre|center|front|back|top|bottom|"
    r"(?:second |far )?(?:left|right)(?: to (?:left|right))?)\)",
    re.IGNORECASE,
)
_CAPTION_VERB = (
    r"(?:poses?|posing|shakes? hands|shaking hands|speaks?|listens?|gestures?|arrives?|waves?|"
    r"greets?|smiles?|looks on|walks?|sits?|stands?|attends?|delivers?|addresses|talks?|"
    r"watch(?:es)?|meets?|holds?|reacts?|leaves?|prepares?|chats?|embraces?|hugs?|applauds?|"
    r"is seen|are seen|pictured)"
)
_BARE_POSITION = lazy_compile(
    rf"\b[A-Z][\w'’-]+,? (?:left|right|center|centre|second (?:left|right)|far (?:left|right))"
    rf",? (?:and [^,.]{{1,60}} )?{_CAPTION_VERB}\b"
)
_PRESENT_VERB = lazy_compile(rf"\b{_CAPTION_VERB}\b")
# One word of every `_CAPTION_VERB` term ("seen" for "is seen"), a whole word
# wherever `_PRESENT_VERB` or `_BARE_POSITION` finds the term: a text whose
# words miss the set holds neither. tests/unit/clean/test_clean_rules.py
# checks the set against the terms.
_VERB_WORDS = frozenset(
    w.encode()
    for w in "pose poses posing shake shakes shaking speak speaks listen listens gesture gestures "
    "arrive arrives wave waves greet greets smile smiles looks walk walks sit sits stand stands "
    "attend attends deliver delivers addresses talk talks watch watches meet meets hold holds "
    "react reacts leave leaves prepare prepares chat chats embrace embraces hug hugs applaud "
    "applauds seen pictured".split()
)
# ASCII text's ``\w`` runs are what ``bytes.split`` leaves once these tables
# blank every other byte (the second also lower-cases A-Z): one pass in C, a
# fifth of the cost of a regex scan (DUC 2003 t2: 1.1 of 7 ms a cluster of
# cleaning went to `web.is_web_furniture`'s scan).
_WORD_BYTES = bytes(c if re.match(rb"\w", bytes([c])) else ord(" ") for c in range(256))
_LOWER_WORD_BYTES = _WORD_BYTES.lower()


def ascii_words(text: str, *, lower: bool = False) -> list[bytes]:
    """``re.findall(r"\\w+", text)`` for an ASCII text, as bytes, lower-cased if asked.

    The caller checks ``text.isascii()``: outside ASCII, ``\\w`` and
    lower-casing reach further than the tables.
    """
    return text.encode().translate(_LOWER_WORD_BYTES if lower else _WORD_BYTES).split()


_SAYS_WORDS = r"\b(?:said|says|told|according|stated|announced)\b"
_REPORTING = compile_pattern(_SAYS_WORDS + r"|[\"“”]")
_SAYS = compile_pattern(_SAYS_WORDS)
# A name in quote marks: a book's, a film's, an event's or a slogan's in a caption
# ("A woman reads a copy of the book \" the lost symbol \" by dan brown, at ... in
# sydney, september 15, 2009.", "Fans play video games at the premiere of \" call of
# duty: modern warfare 3 \" in los angeles ..."). Up to six words and no comma or
# stop inside; a speaker's words run on and break at one, or speak in the first or
# second person, or follow a verb of speaking ('Fans say " we wait for the album "').
_QUOTED_NAME = compile_pattern(
    r"(?<!\bsay )(?<!\bsays )(?<!\bchant )(?<!\bchants )(?<!\bshout )(?<!\bshouts )"
    r"[\"“]\s*(?![^\"”]*\b(?:[Ii]|[Ww]e|[Yy]ou|[Mm]e|[Uu]s|[Mm]y|[Oo]ur|[Yy]our)\b)"
    r"[\w'’:&-]+(?:\s+[\w'’:&-]+){0,5}\s*[\"”]"
)


def _reports(sentence: str) -> bool:
    """Whether a sentence reports speech: a reporting verb, or a quote that is no name.

    A dated caption may quote a name (`_QUOTED_NAME`); in Multi-News val, 8
    captions that name one, a scene in the present, were kept as prose for it.
    """
    if _SAYS.search(sentence):
        return True
    if '"' not in sentence and "“" not in sentence and "”" not in sentence:
        return False
    rest = _QUOTED_NAME.sub(" ", sentence)
    return '"' in rest or "“" in rest or "”" in rest


# "(AP Photo/Carolyn Kaster)", "(Getty Images)", and the bare agency that closes
# a wire caption flattened into a page: "... shows a 1918 stamp. (Associated Press)".
# A photographer's name and outlet, as Multi-News spaces them: "( loujain
# hathloul/ap )", "( sarah parnass/the washington post )", "( john sleezer/the
# kansas city star via ap )", "( jeff bachner/for new york daily news )".
_OUTLET = (
    r"(?:ap|afp|reuters|epa|pool|getty images|associated press|bloomberg|shutterstock"
    r"|istock(?:photo)?|handout|staff(?: photographer)?"
    r"|(?:for\s+)?(?:the\s+)?[a-z][a-z.'’ -]{0,40}?\b(?:post|times|news|press|tribune|herald"
    r"|journal|globe|star|register|chronicle|gazette|bee|examiner|inquirer|observer|guardian"
    r"|telegraph|independent|dispatch|democrat|republic|review|daily))"
)
_CREDIT = compile_pattern(
    r"\((?:[^()]{0,60}\b(?:photos?|photograph|image|picture|pic)s?\s*(?:/|:|by\b|credit\b)"
    r"[^()]{0,80}|[^()]{0,60}(?:getty images|/ ?(?:ap|afp|reuters|epa|pool))"
    rf"|\s*[a-z][a-z.'’ -]{{1,40}}?\s?/\s?{_OUTLET}"
    r"(?:\s+via\s+[a-z .]{1,30}?|\s?/\s?[a-z][a-z .'-]{0,30}?)?"
    # A publisher's handout through an agency: "( simon & schuster via associated press / )".
    r"|[^()]{0,60}\svia\s+(?:the\s+)?(?:associated press|ap|afp|reuters|getty images)\s?/?"
    # Not an agency's dateline: "Washington ( cbsla.com/ap ) — president ...".
    r"|\s*associated press)\s*\)(?!\s*(?:—|–|--?)\s)",
    re.IGNORECASE,
)


def caption_sentence(sentence: str) -> bool:
    """True when a sentence reads as a photo caption rather than as story text."""
    # Cheap tests first: a credit or a position marker needs a "(", a dateline a
    # digit, and with neither no rule below can say "caption".
    bracketed = "(" in sentence
    if bracketed and _CREDIT.search(sentence):
        return True
    year = holds_year(sentence)
    if not (year or bracketed):
        return False  # most sentences, told before counting their words
    if word_count(sentence) > CAPTION_MAX_WORDS:
        return False
    if not bracketed and not _may_pose(sentence):
        return False  # a date alone makes a caption only with a posing verb (below)
    dated = year and _CAPTION_DATE.search(sentence) is not None
    if not dated:
        # Only a position marker with a posing verb; the marker first, as the
        # verbs' scan costs ten times more.
        return (
            bracketed
            and _POSITION.search(sentence) is not None
            and _PRESENT_VERB.search(sentence) is not None
        )
    if bracketed and _POSITION.search(sentence):
        return True
    if _REPORTING.search(sentence):
        return False
    if _BARE_POSITION.search(sentence):
        return True
    # "X shakes hands with Y ... in Moscow on December 15, 2015." — a posed
    # picture described in the present tense with a full date.
    verb = _PRESENT_VERB.search(sentence) is not None
    return verb and sentence[:1].isupper() and not sentence.startswith(("He ", "She "))


# A wire photo's caption: "A boy tries to cool down ... in tovarnik, croatia, thursday,
# sept. 17, 2015." AP style gives the weekday and the full date together only in
# captions, after the place and with no "on"; prose says "on Thursday" or "Sept. 17".
# Multi-News val holds 612 such sentences: of 50 drawn at random 49 are captions, and
# the 50th is a quote ("... starting from this day, friday, april 6, 2012. "). Captions
# stand in paragraphs anywhere on a flattened page, not only where `caption_sentence`
# looks (119 sentences of the first 3,000 summaries). A page the dataset cut short
# may end inside the date ("... in enfield, north london, monday, aug.").
_WIRE_CAPTION_DATE = compile_pattern(
    r",\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+"
    rf"{_MONTH}\.?(?:\s+\d{{1,2}},?\s+\d{{4}}\b|\s*$)",
    re.IGNORECASE,
)


# Reuters dates a caption after its place, closing it: "... in kiev february 20, 2015."
# So does prose ("debuted in seven newspapers Oct. 2, 1950."), so a sentence dated so
# is a caption only as `caption_sentence` judges it (a posing verb, no speaker):
# 21 sentences of the first 3,000 Multi-News summaries, every one a caption.
_CAPTION_DATE_AT_END = compile_pattern(
    r"(?<!\bon)(?<!\bof)(?<!\bsince)(?<!\buntil)(?<!\bby)(?<!\bfrom)(?<!\bto)(?<!\bfor)"
    r"(?<!\bbefore)(?<!\bafter)(?<!\band)(?<!\bended)(?<!\bset)"
    rf"\s{_MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}}\s*\.?\s*$",
    re.IGNORECASE,
)
# AP dates its captions "on" the day ("Search and rescue officials surround an asiana
# airlines boeing 777 plane after it crashed ... in california on july 6, 2013.",
# "Donald trump and then-wife, ivana, pose aboard their yacht in new york city on july
# 4, 1988."), as prose dates its events ("had her first run-in with jill easter on feb.
# 16, 2010."). Such a sentence is a caption when its first verb is a scene's, in the
# present (`_scene`), with no past, subordinate or relative clause before it
# (`_CLAUSE_BEFORE`: "... expressed confidence ... after Hong Kong returns to China on July
# 1, 1997.", DUC 2003 t3) and no first person (`_FIRST_PERSON`). In Multi-News val that
# takes 20 sentences: 18 captions, a page's note ("The following is the video and text
# of governor palin's speech ... on september 3, 2011.") and a video's headline ("02: 07
# roof, 22, is accused of shooting ..."); no other set changes.
# Getty Images names the place after the date ("lindsay lohan attends the film premiere
# of 'treasure planet ' at the cinerama dome on november 17, 2002 in hollywood,
# california.", "Donald trump with ivanka trump on july 30, 2015 in ayr, scotland."), and
# so may AP after a weekday ("... is displayed on friday, aug. 10, 2012, in
# philadelphia."): a town of up to four words and up to two regions after it close the
# caption. Read by the same tests as a date that closes one: 25 more sentences of
# Multi-News val's pages, every one a caption, 15 of them in 14 of its summaries (none
# in DUC, MultiLing or Timeline17); prose so dated has its past ("Hoffman was found dead
# of an apparent heroin overdose on feb. 2, 2014 in new york city.").
_GETTY_PLACE = r"(?:,?\s+in(?:\s+[\w.'’-]+){1,4}(?:,(?:\s+[\w.'’-]+){1,3}){0,2})"
_ON_DATE_AT_END = compile_pattern(
    rf"\bon\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?{_MONTH}\.?\s+\d{{1,2}},?"
    rf"\s+\d{{4}}{_GETTY_PLACE}?\s*\.?\s*$",
    re.IGNORECASE,
)
# AP's weekday and date with no comma before them ("east cleveland police officers search
# a neighborhood sunday, july 21, 2013, near where ..."), where prose would say "on" or
# date it so after a past ("was indicted wednesday, dec. 5, 2018, on a capital murder
# charge.", "died sunday, april 26, 2015 in waterville"): a caption when a scene leads
# (`_led_scene`).
_BARE_WEEKDAY_DATE = compile_pattern(
    r"(?<=\w )(?<!\bon )(?<!\bsince )(?<!\buntil )(?<!\bby )(?<!\bof )(?<!\bbefore )"
    r"(?<!\bafter )(?<!\bfrom )(?<!\bthrough )(?<!\blast )(?<!\bnext )(?<!\bthis )(?<!\bthat )"
    r"(?<!\beach )(?<!\bevery )(?<!\bto )(?<!\band )(?<!\bor )(?<!\bpublished )(?<!\bupdated )"
    r"(?<!\bposted )(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+"
    rf"{_MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}}\b(?!,?\s+\d{{1,2}}:\s?\d\d)",
    re.IGNORECASE,
)
_CLAUSE_BEFORE = compile_pattern(
    r"\b(?:was|were|had|did|after|before|when|while|until|since|that|which|who|whose|because)\b",
    re.IGNORECASE,
)
# Where a picture puts a person, in a caption's words: ", left,", "( second from right
# )", ", center,". Not "( r )", a Republican's mark in American news as often, nor
# "( pictured )" and "( above )", which the Daily Mail's prose sets after a name ("News
# corp. President and coo chase carey ( pictured ) made his remarks ..."). With a
# scene's verb leading in the present (`_led_scene`), a caption with no date: 39
# sentences of Multi-News val ("David petraeus, left, longtime friends scott and jill
# kelley and holly petraeus watch the 2010 gasparilla parade ..."; 19 summaries held
# one) and 2 of CNN's on Timeline17's pages, every one a caption; prose placing
# someone so says what they said or did ("magic johnson, left, said ...").
_PLACED = compile_pattern(
    r"(?:,\s|\(\s?)(?:(?:second\s|2nd\s|far\s)?(?:from\s)?(?:left|right)|center|centre|top|bottom"
    r"|front|rear)(?:\s?\)|,)",
    re.IGNORECASE,
)
# A caption never speaks in the first person: "*we are saddened to announce tilikum
# passed away on january 6, 2017." is SeaWorld's word.
_FIRST_PERSON = compile_pattern(r"\b(?:[Ii]|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e)\b")
# Where a year ends a sentence inside a longer text, and the full date it closes
# (`may_hold_wire_caption`; the year first, as it is scanned for fast).
_YEAR_CLOSING = compile_pattern(r"\d{4}(?:\s*\.(?:\s|$)|,?\s+in\s)")
_DATE_CLOSING = compile_pattern(
    rf"{_MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}}{_GETTY_PLACE}?\s*\.(?:\s|$)", re.IGNORECASE
)


def places_a_person(text: str) -> bool:
    """Whether a text says where a picture puts someone (`_PLACED`: ", left,"), as a
    caption does; asked once of a line (about 0.3 ms a DUC 2003 t2 cluster)."""
    return _PLACED.search(text) is not None


def may_hold_wire_caption(text: str) -> bool:
    """Whether a text may hold a dated `wire_caption`: AP's weekday and date (with a
    comma before or none), or a full date that ends a sentence. Asked of every
    sentence the cleaner keeps; the year is looked for first, in one bytes pass on
    ASCII text (as `caption_sentence` does): +0.8 ms a DUC 2003 t2 cluster of
    cleaning without it, +0.3 with. A caption that names its picture needs no date
    (`holds_picture_caption`), nor one that places its person (`places_a_person`).

    A page cut short inside the date ("..., monday, aug.") has no year: the summary's
    check (`synoptic.select.context.is_page_text`) still finds it.
    """
    if not holds_year(text):
        return False
    if "day" in text.lower() and (
        _WIRE_CAPTION_DATE.search(text) is not None or _BARE_WEEKDAY_DATE.search(text) is not None
    ):
        return True
    return _YEAR_CLOSING.search(text) is not None and _DATE_CLOSING.search(text) is not None


# AP's and others' captions name the picture first: "File - in this may 16, 2012, file
# photo, the facebook logo is displayed on an ipad in philadelphia.", "This undated
# photo provided by the u.s. Department of defense shows army pvt. George conklin
# ...", "A still image taken from israeli defence forces ( idf ) video footage shows
# ...". 416 sentences of Multi-News val open so; of 70 drawn at random, 69 are
# captions and one a story's line about a picture ("A previous photo taken of trump
# ... appears to show ...", which "shows" alone now leaves). Prose that names a
# picture does not open so: "A picture of the policeman ... triggered a heated
# debate", "An image of the receipt quickly went viral". Reuters may set the giver off
# in commas ("A video grab, taken from a BP live video feed, shows ..."; two in
# Timeline17's whole pages, none in Multi-News val).
_PICTURE = r"(?:photo(?:graph)?|picture|image|frame grab|video grab|still|screen ?(?:shot|grab))s?"
_CAPTION_OPENING = lazy_compile(
    r"(?:^|(?<=[.!?\"”’)]\s))\W*(?:file(?: photo)?\s*(?:[-–—:]+|\.\.\.)\s*)?(?:"
    rf"in this\b(?: [\w,.'’-]+){{0,4}}? {_PICTURE}\b(?:,| (?:made|taken|provided|released"
    r"|distributed|posted|obtained|shot|supplied|issued|from)\b)"
    # Dated: "in this nov. 13, 2003, photo william adams, judge ..., listens to ...".
    rf"|in this (?:[\w.'’-]+,? ){{1,3}}\d{{4}},? {_PICTURE}\b"
    rf"|this\b(?: [\w,.'’-]+){{0,4}}? {_PICTURE}\b[^\"“”]{{0,200}}?\b(?:shows|depicts)\b"
    rf"|an?\b(?: [\w,.'’-]+){{0,4}}? {_PICTURE},? (?:made|taken|provided|released|distributed"
    r"|posted|obtained|supplied|issued)\b[^\"“”]{0,200}?\b(?:shows|depicts)\b"
    r"|(?:an? )?(?:undated|handout|file|combination|illustration|satellite)(?: [\w,.'’-]+){0,3}? "
    rf"{_PICTURE}\b[^\"“”]{{0,200}}?\b(?:shows|depicts)\b"
    r")",
    re.IGNORECASE,
)


# Captions name their picture where they end as often as where they open: "Maurice '
# morry'taylor ( l ), chairman ..., is shown in this undated handout photograph.", "...
# in pyongyang, in this picture released by north korea's kcna news agency april 16,
# 2013.", "Combination photo of ... in undated booking photos released by the chicago
# police department.", "An undated photo of the india-pakistan boundary showing ...".
# Prose says "in a photo posted to instagram", "seen in a photo with" or "a picture
# of"; "this" with a giver's verb, "undated", or "shown in this" is a caption's. In
# Multi-News val 168 sentences hold one (DUC 2003 and MultiLing none); read one by
# one, every one is a caption (one a TV host's: "The youngest boy in this photo taken
# a few weeks ago is johnny hernandez the third."). 19 of them stood in the summaries
# of the 5,622 clusters.
_CAPTION_REFERENCE = lazy_compile(
    r"\b(?:seen|shown|pictured)\s+in\s+(?:this|an?\s+(?:undated|handout|file))"
    rf"(?:\s+[\w'’-]+){{0,4}}?\s+{_PICTURE}\b"
    rf"|\bin\s+this(?:\s+[\w'’-]+){{0,4}}?\s+{_PICTURE}\s+(?:taken|made|released|provided"
    r"|distributed|posted|obtained|issued|supplied|from|courtesy)\b"
    rf"|\bin\s+(?:an?\s+)?undated(?:\s+[\w'’-]+){{0,3}}?\s+{_PICTURE}\b"
    r"|(?:^|(?<=[.!?\"”’)]\s))\W*(?:an?\s+)?undated"
    rf"(?:\s+[\w'’-]+){{0,3}}?\s+{_PICTURE}\s+of\b"
    # A gallery's counter: "billy calzada, san antonio express-news image 2 of 4 the
    # alamo, known as the shrine of texas liberty, is ..." (and "image 1 of / 28").
    r"|\bimage\s+\d+\s+of\s+(?:/\s*)?\d+\b",
    re.IGNORECASE,
)


def holds_picture_caption(text: str) -> bool:
    """Whether a sentence of the text is a caption naming its picture, where it opens
    (`_CAPTION_OPENING`) or anywhere in it (`_CAPTION_REFERENCE`). Asked once of a
    line, not of each sentence; the patterns run only where `may_name_a_picture` finds
    a word of a picture's (49 lines of DUC 2003 t2's 30 clusters, none of them a
    caption)."""
    return may_name_a_picture(text) and (
        _CAPTION_OPENING.search(text) is not None or _CAPTION_REFERENCE.search(text) is not None
    )


def may_name_a_picture(text: str) -> bool:
    """False when no word of `_PICTURE` is in the text. Substring tests, the first
    letter left out for its case; "still" alone ("this still from a nasa broadcast
    shows ...") is left to the others, as in running text it is the adverb."""
    return (
        "hoto" in text
        or "icture" in text
        or "image" in text
        or "Image" in text
        or "IMAGE" in text
        or "grab" in text
        or "creen" in text
    )


# A photographer's credit opening a sentence, unbracketed, as flattened pages run it
# into the story after the caption it closes: the name, then the outlet ("Kevin
# mazur/getty let the daddy duties begin ...", "Photographer: luke sharrett/bloomberg
# in a series of twitter messages ...", "Joe raedle / getty images file russell
# waddley ...", "Mark bonifacio/new york daily news new york state attorney general
# ..."), or an agency or platform first ("Reuters/jonathan ernst los angeles (
# reuters ) ...", "Facebook/j. Crew j. crew is killing its entire bridal line.").
# Multi-News val holds 327 where a sentence opens, every one a credit on inspection;
# 53 sentences of the first 3,000 summaries (49 clusters) opened with one. Outlets
# seen once or twice each later freed 16 more of the 5,622 val summaries. The outlet
# is named from a list, so that the credit's end is known without capitals; names
# have one to three words. Not a poll's
# sponsors ("A cnn/orc poll", "a reuters/ipsos poll", "The marist college/nbc new york
# poll found ..."), nor a dateline of two places ("Seoul/washington south korea said
# ...", "Berlin/athens ( reuters ) - ...").
# A word of a name; Multi-News spaces an apostrophe ("essena o ' neill").
_CREDIT_NAME_WORD = r"(?!(?:a|an|the|polls?|surveys?)\b)[a-z][a-z'’-]*(?:\s['’]\s[a-z]+)?\.?"
_CREDIT_AGENCY = (
    r"(?:ap|afp|reuters|epa|getty images|(?:the )?associated press|the canadian press|cnn)"
)
_CREDIT_PAPER = (
    r"(?:for\s+)?(?:the\s+)?(?:[a-z][a-z.'’-]*\s+){0,3}?"
    r"(?:daily\s+news|globe and mail|(?:post|times|news|tribune|herald|journal|globe|star"
    r"|register|chronicle|gazette|bee|examiner|inquirer|observer|guardian|telegraph"
    r"|independent|dispatch|courant|sun|sentinel)(?:\s+(?:sentinel|media services))?)"
)
_CREDIT_OUTLET = (
    r"(?:(?:ap|afp|reuters|epa)(?:\s+photo)?|getty(?:\s*images)?|bloomberg(?:\s+news)?"
    r"|wireimage|filmmagic|invision|istock(?:photo)?|thinkstock|shutterstock"
    r"|(?:the\s+)?associated press"
    r"|youtube|flickr|cnet|mashable|npr|cnn|(?:nbc|abc|cbs)(?:\s+news)?|white house|handout"
    r"|science photo library"
    # Picture agencies and broadcasters seen once or twice each in Multi-News val.
    r"|redferns|gc images|gety images|wenn|scanpix|wochit|zuma(?:\s+press)?|pa images"
    r"|hulton archive|national archives|gamma-rapho|oxford scientific|splash news"
    r"|rex features|backgrid|tns|newscom|hbo|fox|cna|civil beat|record searchlight"
    r"|(?:detroit\s+)?free press|indystar|northjersey\.com"
    r"|pool"
    r"|staff(?:\s+(?:photo(?:grapher)?|video))?"
    rf"|{_CREDIT_PAPER})"
)
_CREDIT_OPENING = lazy_compile(
    r"(?:^|(?<=[.!?\"”’)]\s))"
    r"(?:(?:photo(?:graph)?|photographer|picture|image|credit|image credit)\s*:?\s+"
    r"|(?:photo\s+)?by\s+)?"
    rf"(?:{_CREDIT_NAME_WORD}(?:\s+{_CREDIT_NAME_WORD}){{0,2}}\s?/\s?{_CREDIT_OUTLET}"
    rf"(?:\s?/\s?{_CREDIT_OUTLET})*"
    # Two pictures' credits in a row: "Harry langdon/getty; ethan miller/getty divas ...".
    rf"(?:;\s+{_CREDIT_NAME_WORD}(?:\s+{_CREDIT_NAME_WORD}){{0,2}}\s?/\s?{_CREDIT_OUTLET})*"
    rf"(?:\s+via\s+{_CREDIT_AGENCY})?(?:,?\s+file(?:\s+photo)?)?"
    rf"(?:\s+id\s*:\s*\d+)?"
    # An agency, the photographer and the file's mark: "Reuters/max rossi/file photo the
    # 18-minute video was filmed ...", "Reuters/dado ruvic/illustration/file photo in the
    # first official remarks ..." (Reuters' archive pictures; 9 pages of Multi-News val).
    rf"|{_CREDIT_AGENCY}\s?/\s?{_CREDIT_NAME_WORD}(?:\s+{_CREDIT_NAME_WORD}){{0,2}}"
    r"(?:\s?/\s?(?:illustration|pool|handout))*\s?/\s?file(?:\s+photos?)?"
    # A photographer's or a source's name through Getty's: "Joe raedle via getty images the
    # world health organization on monday ...", "nbc/nbcu photo bank via getty images as of
    # saturday, ...", "Photo by fbi via getty images according to ..."; 5 pages of
    # Multi-News val).
    rf"|(?:[a-z]+\s?/\s?)?{_CREDIT_NAME_WORD}(?:\s+{_CREDIT_NAME_WORD}){{0,2}}\s+via\s+getty\s+images"
    # An agency or a platform, then the photographer's two words (one before a
    # dateline's bracket: "Reuters/kcna seoul ( reuters )"), or a platform's handle.
    rf"|{_CREDIT_AGENCY}\s?/\s?{_CREDIT_NAME_WORD}"
    rf"(?:\s+{_CREDIT_NAME_WORD}(?!\s*\()|(?=\s+\S+\s*\())"
    rf"|(?:facebook|instagram|twitter)\s?/\s?{_CREDIT_NAME_WORD}\s+{_CREDIT_NAME_WORD}"
    r"|(?:flickr|youtube)\s?/\s?[\w.-]+)"
    # The story follows (or nothing), not more of a longer credit nor a poll.
    r"\.?(?=\s*$|\s+(?![^\s/]*/)(?!(?:polls?|surveys?)\b))\s*",
    re.IGNORECASE,
)


# An outlet's credit alone, its photographer dropped, where a sentence opens: "Getty
# images the packers officially have gotten bad news ...", "getty on wednesday,
# cambridge analytica employees learned ...", "| getty trump names his white house
# communications team ...", "Getty 3/46 jeremy hunt announces ...", "Usa today sports rob
# gronkowski scored two touchdowns ...", "Associated press miners ' helmets and painted
# crosses sit at ...", "Reuters firefighters spray water at ...". What follows is the
# story or a caption, which the caption rules then see. 32 sentences of Multi-News val
# open with Getty's, every one a credit on reading, and 17 sentences of the summaries of
# its 5,622 clusters did; 30 more of them opened with the others'. DUC 2003 and MultiLing
# hold none. Not news that names the outlet ("Getty images said ...", "Reuters reported
# on tuesday ...", "Associated Press reporters who toured ..." in DUC 2003), nor the oil
# family's or the museum's name ("Getty oil", "the getty center"), nor a clip's blurb
# whose subject the outlet is ("Usa today network looks at what people will be talking
# about ...").
_OUTLET_CREDIT_OPENING = lazy_compile(
    r"(?:^|(?<=[.!?\"”’)]\s))\|?\s*"
    r"(?:getty(?:\s*images?)?(?:\s*-\s*contributor)?(?:\s+\d+/\d+)?"
    r"|usa today(?:\s+(?:sports|network))?|associated press|european pressphoto agency|reuters"
    r"|afp)"
    r"(?:\s*\.?\s*$|\s+(?=[\w\"“‘'])(?!(?:images?|said|says|is|was|has|had|will|would|could"
    r"|can|may|announced|reported|reports|declined|found|finds|obtained|noted|notes|first|also"
    r"|and|contributed|reporters?|correspondents?|health|news|sports|network|spokes\w+|museum"
    r"|center|centre"
    r"|oil|family|villa|foundation|trust|research|conservation|institute|heir|fortune"
    # A clip's blurb, the outlet its subject: "usa today sports breaks down monday's action".
    r"|looks|breaks|takes|explains|talks|discusses|examines|goes|gets|shows|tells|asks|checks"
    r"|answers|reviews|recaps|ranks|picks|presents|offers|gives|brings|catches|speaks|sits"
    r"|weighs|digs|visits|previews|highlights|analyzes|analyses|rounds|chats)\b))",
    re.IGNORECASE,
)


# A handout's credit, its source in any words then the agency that carried it, where a
# sentence opens: "Abc news australia via reuters rescuers respond to a fatal shark
# attack ...", "City of roseville via ap sammy duran, 32, surrendered ...", "Kremlin pool
# photo via ap ...", "Sputnik/alexei druzhinin/kremlin via reuters iran and russia
# ...". Its source names no outlet of `_CREDIT_OUTLET`'s list, but "via" and the agency
# mark its end. 19 sentences of Multi-News val open so, every one a credit on reading
# (13 of its 5,622 summaries held one; --limit 1500 F1 unchanged at 45.09 / 15.91);
# DUC 2003, MultiLing and Timeline17's pages hold none. One to seven words before it,
# and no word after it that goes on from it.
_VIA_AGENCY_CREDIT = lazy_compile(
    r"(?:^|(?<=[.!?\"”’)]\s))(?:source:\s+)?(?:[\w.'’&-]+(?:\s?/\s?|\s+)){1,7}?"
    r"via\s+(?:ap|afp|reuters|getty\s+images|the\s+associated\s+press)"
    r"(?:\s+(?:photo|tv|video))?(?:\s?/\s?file\s+photo)?"
    # Prose goes on from the agency ("... sent to reporters via ap and local papers").
    r"(?:\.?\s*$|\.\s+|\s+(?!(?:and|or|but|in|on|at|to|for|from|with|by|as|that|which|who)\b))",
    re.IGNORECASE,
)


# A photographer's credit in words, its outlet after a comma or "for": "Photograph by joel
# sartore, national geographic in the spring of 2013, biologist ...", "Photograph by
# melanie buford for the dallas morning news photographs of ...". 8 summary sentences
# of Multi-News val's 5,622 clusters opened so; DUC 2003 and MultiLing none. With no
# outlet named the credit's end is not known, and it stays.
_PHOTOGRAPH_BY = lazy_compile(
    r"(?:^|(?<=[.!?\"”’)]\s))photo(?:graph)?\s+by\s+"
    rf"{_CREDIT_NAME_WORD}(?:\s+{_CREDIT_NAME_WORD}){{0,2}}"
    r"(?:,\s+(?:national geographic|ap|afp|reuters|getty images|epa)"
    rf"|\s+for\s+(?:buzzfeed(?:\s+news)?|npr|{_CREDIT_PAPER}))\s+(?=[\w\"“])",
    re.IGNORECASE,
)


# A picture's credit under its label, which sites print right after the caption it
# closes: the Guardian's "The Deepwater Horizon oil rig burns in the Gulf of Mexico.
# Photograph: AP", the Houston Chronicle's "... novella by whitman. Photo: jon shapley,
# houston chronicle", BBC's "A collapsed apartment in Cabaret, Haiti. Picture: Michael
# Gill". Where a sentence opens, or the Guardian's capitalised label anywhere (a caption
# with no stop: "... on Grand Isle, Louisiana Photograph: Win McNamee/Getty"). Not
# "Photos:", a gallery's link after a story's sentence ("... $ 65,000 bail. Photos:
# sports stars who have been arrested"). 255 sentences of Multi-News val open with one
# of the four labels, 28 lines of Timeline17's whole pages hold one, and on reading a
# sample of 45 and all 28 the sentence before is the caption in all but a few (a
# standfirst, "That's weird...").
_OPENING_LABEL = r"(?:^|(?<=[.!?\"”’)]\s))(?:photograph|photo|picture|image)\s?:"
_CREDIT_LABEL = lazy_compile(
    rf"{_OPENING_LABEL}(?=\s|$)|(?<=\s)(?-i:Photograph):(?=\s|$)", re.IGNORECASE
)
# A credit's label and an outlet alone, where a sentence opens, the story run on after
# it: "Photograph: AP BP admitted today ...", "Photo: ap seoul — the u.s. bid ...",
# "Image: hbo the contracts contain ...".
_LABELLED_OUTLET = lazy_compile(
    rf"{_OPENING_LABEL}\s+{_CREDIT_OUTLET}(?:\s?/\s?{_CREDIT_OUTLET})*\.?(?=\s*$|\s+\S)\s*",
    re.IGNORECASE,
)
_LABEL_WORDS = ("hoto", "HOTO", "icture", "ICTURE", "mage", "MAGE")


def _may_hold_label(line: str) -> bool:
    """Whether a line may hold a credit's label: substring tests, not a pattern's scan."""
    return ":" in line and any(word in line for word in _LABEL_WORDS)


def credit_labels(line: str) -> list[int]:
    """Where the line's credit labels (`_CREDIT_LABEL`: "Photograph:", "Photo:") start."""
    if not _may_hold_label(line):
        return []  # most lines
    return [m.start() for m in _CREDIT_LABEL.finditer(line)]


# A line that a credit on the next line may close as its caption: one short sentence
# that reports nothing. A credit may stand alone under a picture with no caption, after
# a story's paragraph ("... lasted three hours, officials said." then "Photo: Tom
# Reed/Harbour Images"); a caption says no "said" and quotes no one.
CAPTION_LINE_MAX_WORDS = 30


def caption_line(line: str, *, opening: bool = False) -> bool:
    """Whether a line may be the caption of a credit that opens the next line.

    A page's first line (``opening``) may be up to `CAPTION_MAX_WORDS` long: The
    Guardian runs its headline, standfirst and time stamp into the caption there,
    with no stop between them ("BP oil spill report: the Deepwater Horizon blame game
    Eight big things went wrong on BP's Deepwater Horizon rig ... Cleaning up the Gulf
    after the oil spill: BP's report on Deepwater Horizon disaster spreads the blame."
    then "Photograph: Carolyn Cole"; 5 of Timeline17's whole pages, two of them in a
    summary, none longer than 56 words). The story starts after the credit; no page of
    Multi-News val, DUC 2003 or MultiLing puts a credit on its second line.
    """
    limit = CAPTION_MAX_WORDS if opening else CAPTION_LINE_MAX_WORDS
    return (
        word_count(line) <= limit
        and len(split_sentences(line)) == 1
        and _REPORTING.search(line) is None
    )


# A picture's courtesy credit in brackets where a sentence opens, the lead run on after
# it: "( courtesy of the state department ) for a decade, an american flag flew ...", "(
# courtesy of martin pistorius via harpercollins ) \" lynchian, \" according to ...", "(
# courtesy: twitter ) the ..." (13 cuts on 12 pages of Multi-News val, each read). Inside a
# sentence it may be prose's ("the figures ( courtesy of the county ) show ...").
_COURTESY_OPENING = lazy_compile(
    r"(?:^|(?<=[.!?\"”’)]\s))\(\s*(?:photos?\s+)?courtesy(?:\s+of\b|\s*:)?[^()]{1,80}\)\s*",
    re.IGNORECASE,
)


def credit_openings(line: str) -> list[tuple[int, int]]:
    """Spans of photographers' credits (`_CREDIT_OPENING`, `_OUTLET_CREDIT_OPENING`,
    `_PHOTOGRAPH_BY`, `_VIA_AGENCY_CREDIT`, `_LABELLED_OUTLET`, `_COURTESY_OPENING`) where
    a sentence of the line opens, in order, none overlapping."""
    low = line.lower()
    spans = (
        [m.span() for m in _CREDIT_OPENING.finditer(line)]
        if "/" in line or "via getty" in low
        else []
    )
    if _may_hold_label(line):
        spans.extend(m.span() for m in _LABELLED_OUTLET.finditer(line))
    # Every outlet's credit holds one of these ("press" for AP's and EPA's).
    if "etty" in low or "today" in low or "press" in low or "reuters" in low or "afp" in low:
        spans.extend(m.span() for m in _OUTLET_CREDIT_OPENING.finditer(line))
    if "hoto" in line and " by " in line:
        spans.extend(m.span() for m in _PHOTOGRAPH_BY.finditer(line))
    # Every agency's name holds one of these ("press" for the associated press).
    if "via " in low and (
        "ap" in low or "afp" in low or "reuters" in low or "getty" in low or "press" in low
    ):
        spans.extend(m.span() for m in _VIA_AGENCY_CREDIT.finditer(line))
    if "ourtesy" in line or "OURTESY" in line:
        spans.extend(m.span() for m in _COURTESY_OPENING.finditer(line))
    if len(spans) > 1:
        spans.sort()
        spans = [s for k, s in enumerate(spans) if k == 0 or s[0] >= spans[k - 1][1]]
    return spans


def wire_caption(sentence: str) -> bool:
    """True for a wire photo's caption: one sentence, dated as AP or Reuters date them.

    AP's weekday and date count outside any quote: a quoted title inside a caption
    ("... a protest against a film called \" innocence of muslims \" ...") leaves it a
    caption; a date inside an open quote is a speaker's.
    """
    if word_count(sentence) > CAPTION_MAX_WORDS:
        return False
    if may_name_a_picture(sentence) and (
        _CAPTION_OPENING.match(sentence) is not None
        or _CAPTION_REFERENCE.search(sentence) is not None
    ):
        return True
    weekday = "day" in sentence.lower()
    date = _WIRE_CAPTION_DATE.search(sentence) if weekday else None
    if date is not None:
        before = sentence[: date.start()]
        return before.count('"') % 2 == 0 and before.count("“") <= before.count("”")
    bare = _BARE_WEEKDAY_DATE.search(sentence) if weekday else None
    if bare is not None and _led_scene(sentence, before=bare.start()):
        return True
    if _PLACED.search(sentence) and _led_scene(sentence):
        return True
    closing = _CAPTION_DATE_AT_END.search(sentence)
    if closing is None:
        closing = _ON_DATE_AT_END.search(sentence)
        return closing is not None and (
            _led_scene(sentence) or _verbless(sentence, closing.start())
        )
    # Multi-News lower-cases some openings; `caption_sentence` reads a capital.
    return (
        caption_sentence(sentence[:1].upper() + sentence[1:])
        or _scene(sentence)
        or _verbless(sentence, closing.start())
    )


# A caption may name what its picture shows and no more: "The home of ed and elaine
# brown in plainfield, n.h., jan. 7, 2007.", "Flag on the surface of the moon during
# the apollo 11 mission on july 20, 1969.", "L ' wren scott in london on oct. 18,
# 2012.". A sentence of news has a verb: an auxiliary, a past ("died", "went") or a
# present in -s ("the big game shifts to the Orange Bowl Jan. 1, 2001."; DUC 2003 t3),
# which a plural noun's -s hides as well: with any of those a dated sentence is left to
# the rules above. At least three words before the date: a date alone is a page's stamp.
_NEWS_VERBS = frozenset(
    """is are was were be been being has have had will would can could shall should may
    might must do does did went came took made got gave beat began became broke brought
    built bought caught chose drew drove ate fell felt fought found flew forgot froze grew
    hid held hit hurt kept knew laid led left lent let lay lit lost meant met paid put quit
    ran read rode rang rose said saw sold sent set shook shot shut sang sank sat slept spoke
    spent split spread stood stole struck swore swam taught tore told thought threw
    understood woke wore won wrote bore bled bound bent bet bid cast cost cut dealt dug fed
    fled flung forgave ground hung heard knelt leapt overcame sought shed shone shrank slid
    sped spun stuck stung swept swung thrust wept wound withdrew say""".split()
)
_LOWER_WORD = compile_pattern(r"[a-z]+(?:['’][a-z]+)?")


def _verbless(sentence: str, date_at: int) -> bool:
    """Whether the three or more words before a closing date hold no verb: none of
    `_NEWS_VERBS`, no word in -ed or -s (a possessive's "'s" aside) and no scene's
    verb (`_SCENE_VERB`)."""
    words = _LOWER_WORD.findall(sentence[:date_at].lower())
    if len(words) < 3 or _SCENE_VERB.search(sentence) is not None:
        return False
    return not any(
        (word in _NEWS_VERBS or (len(word) > 3 and word.endswith(("ed", "s"))))
        and not word.endswith(("'s", "’s", "ss", "us"))
        for word in words
    )


# Reuters describes its picture in the simple present and closes the caption with
# the date ("Passengers wait to enter a railway station ... in guangzhou, guangdong
# province, february 1, 2016."); news prose reports in the past. With the date
# closing the sentence (`_CAPTION_DATE_AT_END`), a scene verb in the present and no
# speaker or future mark a caption: in Multi-News val, 147 sentences the posing verbs
# of `caption_sentence` missed, every one a caption (read one by one; 55 of the first
# 3,000 summaries held one). The verbs are the scenes those captions show. "March"
# followed by a day is the month; "will", "to" or a modal before a verb make prose
# ("Students will return to classes ..."), as does a quote or a reporting verb. Besides
# the posing verbs (`_CAPTION_VERB`), these; "address", "look" and "shake" reach
# further than their terms there ("leaders address ...", "looks out", "shakes").
_SCENE_VERBS = (
    "address adjust adorn answer approach beat burn call carry cast celebrate cheer clash "
    "clean come comfort cool cross cry dance depart discuss drink drive eat enter exit extend "
    "feed flee fly gather give guard hand hang haul help inspect introduce investigate kiss "
    "kneel launch lay lead light line load look march mob mourn patrol pause perform play "
    "point pray protest rally read remove respond return ride rise run sail search shake shop "
    "sign sing sip sleep spray stare stretch survey surround swim take throw touch tour try "
    "use view visit vote wait work"
).split()


# Verbs whose past is their present ("Notre Dame beat Florida State 31-24, Nov. 13,
# 1993.", DUC 2003): only their third person singular ("beats") is a scene.
_PAST_AS_PRESENT = frozenset({"beat", "cast", "lay", "read"})


def _present_forms(verb: str) -> tuple[str, ...]:
    """A verb's present forms: "carry", "carries"; "beats" alone for `_PAST_AS_PRESENT`."""
    if verb.endswith(("s", "sh", "ch", "x")):
        third = verb + "es"
    elif verb.endswith("y") and verb[-2] not in "aeiou":
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    return (third,) if verb in _PAST_AS_PRESENT else (verb, third)


_SCENE_VERB = lazy_compile(
    r"(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcan )(?<!\bcould )(?<!\bmay )(?<!\bmight )"
    r"(?<!\bmust )(?<!\bshould )(?<!\bdid )(?<!\bdoes )(?<!\bdo )(?<!\bthe )(?<!\ba )(?<!\ban )"
    rf"\b(?:{'|'.join(f for v in _SCENE_VERBS for f in _present_forms(v))}|{_CAPTION_VERB})"
    r"\b(?!\.?\s*\d)"
    # The present passive: "an oil rig is silhouetted against the sunset ...".
    r"|\b(?:is|are) (?:\w+ly )?(?:\w+ed|seen|shown|taken|held|hit|shot|lit|laid|led|overcome)\b",
    re.IGNORECASE,
)
_FUTURE = lazy_compile(r"\b(?:will|would)\b", re.IGNORECASE)
# The caption's own last line: "Picture taken february 11, 2017."
_DATE_LINE = lazy_compile(r"^(?:picture|photo|image) taken\b|^video updated\b", re.IGNORECASE)


def _led_scene(sentence: str, *, before: int | None = None) -> bool:
    """Whether a sentence is a scene in the present from its first verb, told by no "I"
    (the verb before index ``before``, where given)."""
    return _FIRST_PERSON.search(sentence) is None and _scene(sentence, leading=True, before=before)


def _scene(sentence: str, *, leading: bool = False, before: int | None = None) -> bool:
    """Whether a sentence a date closes describes a picture: a scene in the present.

    With ``leading``, the scene's verb must lead: no past, subordinate or relative
    clause before it (`_CLAUSE_BEFORE`), and it must stand before index ``before``.
    """
    if _DATE_LINE.search(sentence):
        return True
    if _reports(sentence) or _FUTURE.search(sentence):
        return False
    verb = _SCENE_VERB.search(sentence)
    if verb is None or not leading:
        return verb is not None
    if before is not None and verb.start() >= before:
        return False
    return _CLAUSE_BEFORE.search(sentence, 0, verb.start()) is None


def _may_pose(sentence: str) -> bool:
    """False when the sentence holds no posing verb (`_PRESENT_VERB`, `_BARE_POSITION`).

    One pass over an ASCII sentence's words instead of the patterns' scans,
    which try every term at every word.
    """
    if not sentence.isascii():
        return True
    return not _VERB_WORDS.isdisjoint(ascii_words(sentence))


_GALLERY = compile_pattern(
    r"^\(\s*(?:photos|pictures|images|video|gallery|watch)\s*:", re.IGNORECASE
)


def gallery_link(credit: str) -> bool:
    """True for a credit-shaped link to a gallery or video ("(Photos: ...)")."""
    return _GALLERY.match(credit) is not None


def credit_spans(line: str) -> list[tuple[int, int]]:
    """Character spans of photo credits like ``(AP Photo/Carolyn Kaster, Pool)``."""
    if "(" not in line:
        return []  # every credit is bracketed; most lines have no bracket at all
    return [m.span() for m in _CREDIT.finditer(line)]


# --- inline furniture (pages flattened to one paragraph) --------------------------

_AD_PREFIX = compile_pattern(
    # An ad slot's label glued to its skip button ("Advertisementskip family members
    # had been driving ...": 4 in Multi-News val).
    r"^(?:(?:advertisement|advertising)(?:\s*skip)?\b:?(?:\s+advertisement\b)*"
    r"(?:\s+continue reading(?: the main story)?\b)?"
    # An ad slot's label run into the story ("Article continues after advertisement
    # ...", Multi-News; "Story continued below ..." is `inline_notices`').
    r"|(?:story|article) continue[sd] after (?:this )?(?:ad|advertisement)\b"
    # An ad slot's link ("Report this ad in a fresh round of briefs, paramount has ...").
    r"|report this ad\b)\s*",
    re.IGNORECASE,
)
# NBC News' newsletter box before its story's time stamp, where the page's flattening
# left no stop before the story ("The news and stories that matter, delivered
# weekday mornings. / updated in a personal note, nbc news special correspondent tom
# brokaw revealed ..."; 14 of 3,000 Multi-News val clusters carry the box).
_PROMO_PREFIX = compile_pattern(
    r"^(?:(?:breaking news emails get breaking news alerts and special reports\.\s*)?"
    r"the news and stories that matter, delivered weekday mornings\.(?:\s*/\s*updated\b)?"
    # A magazine's plug run into its story ("Keep up with this story and more by
    # subscribing now her nearest competitors ..."; 2 pages of Multi-News val).
    r"|keep up with this story and more by subscribing now\b)\s*",
    re.IGNORECASE,
)
# CNN's "Story highlights" box flattened into the page before its story: the bullets
# carry no stops, so they run into the lead up to CNN's dateline ("Story highlights
# mcfarland will be the deputy national security advisor mcfarland served in the
# nixon, ford and reagan administrations ( cnn ) national security analyst kt
# mcfarland will join ..."). 222 boxes in 215 Multi-News val clusters; 50 of the first
# 3,000 summaries held one. The dateline closes the box in 88 of the sentences that
# hold one; where it is missing (USA Today's box, a CNN page without it) nothing marks
# where the lead starts, and the rest of the sentence goes. USA Today's box follows
# its photo's caption after a stop that the rules' split does not see, as the box
# opens in lower case ("... of its popular mac & cheese. story highlights more than
# 60,000 people ..."; 20 boxes). ABC's and JAMA's "Key points" boxes are the same ("Key
# points: mr fleming was infected with mycobaterium ulcerans, a type of flesh-eating
# bacteria he will have to continue ..."; 6 pages of Multi-News val).
_HIGHLIGHTS = lazy_compile(
    r"(?:^|(?<=[.!?\"”’)]\s))(?:story highlights|key points)\b:?", re.IGNORECASE
)
_HIGHLIGHTS_END = lazy_compile(r"\(\s*cnn\s*\)\s*(?:--|—|–|-)?\s*", re.IGNORECASE)


def highlights_span(sentence: str) -> tuple[int, int]:
    """Span of a "Story highlights" or "Key points" box in a sentence: from where it opens the
    sentence or follows a stop, up to the story's "( cnn )" dateline or else to
    the sentence's end; ``(0, 0)`` when there is none."""
    if "ighlights" not in sentence and "ey points" not in sentence:
        return 0, 0
    box = _HIGHLIGHTS.search(sentence)
    if box is None:
        return 0, 0
    end = _HIGHLIGHTS_END.search(sentence, box.end())
    return box.start(), end.end() if end else len(sentence)


_SHARE_PREFIX = compile_pattern(
    r"^(?:(?:share|tweet|email|pin|facebook|twitter|pinterest|whatsapp|linkedin|reddit|"
    r"copy link|pin link|to pinterest|this article|this story|link)\b:?\s*){2,}|"
    r"^share this (?:article|story)\s*:\s*",
    re.IGNORECASE,
)
# The New York Times' "Photo" label where a flattened page had a picture, at the
# start of the sentence after it ("... wages. Photo under the deal, guest workers
# would ..."; Multi-News val holds 156 sentences so opened, none a sentence about a
# photo: the rest is the story, a credit or an ad slot's label, which a sentence
# start then frees; 15 of the first 3,000 summaries opened with one). Only
# capitalised: "... he said. photo albums ..." would be prose run on in lower case.
# The owner of a marker with no caption after it is one word but for the agencies
# of two or three ("Image copyright getty images harvard university has ...": 5 of
# the first 3,000 Multi-News val summaries opened with the owner's last word).
_IMAGE_OWNER = (
    r"(?:(?:\S+/)?getty images|press association|science photo library|pa (?:wire|media)"
    r"|(?!(?:the|a|an)\b)\S+)"
)
_IMAGE_MARKER = compile_pattern(
    r"\bimage copyright\s+(?:\S+\s+){0,9}?image caption\s*"
    rf"|(?:^|(?<=[.!?\"”’)]\s))image copyright\s+{_IMAGE_OWNER}\s+"
    r"|^(?:image caption|photo:?)\s+|(?<=[.!?\"”’)]\s)(?-i:Photo):?\s+",
    re.IGNORECASE,
)


def ad_prefix(sentence: str) -> int:
    """Length of an "Advertisement" marker glued to the start of a sentence (0 if none)."""
    match = _AD_PREFIX.match(sentence)
    return match.end() if match and match.end() < len(sentence) else 0


# A journal's page heads its abstract, and the abstract's parts, with labels the
# flattening runs into the first sentence: "Abstract we examined change over time in
# ...", "Abstract background: the prevalence of type 2 diabetes ...", "Abstract
# importance chemotherapy may induce alopecia." Multi-News val opens 35 sentences with
# "abstract", 34 of them such labels, and 33 of those stood in the summaries of its
# 5,622 clusters; the 35th is the art ("Abstract expressionist painter jackson pollock
# ..."), as are the words after it that this leaves.
_ABSTRACT_LABEL = lazy_compile(
    r"abstract\b(?:\s+and\s+introduction\s+abstract\b)?\s*:?\s+"
    r"(?:(?:background|objectives?|importance|context|purpose|introduction|aims?|methods?"
    r"|summary)\b\s*:?\s+)?"
    r"(?!(?:expressionis[mt]s?|art|artists?|painting|painters?|thinking|thought|ideas?"
    r"|concepts?|reasoning|nouns?|shapes?|forms?|patterns?|works?|algebra|sculptures?"
    r"|images?|designs?)\b)(?=[\w\"“])",
    re.IGNORECASE,
)


# The parts of a structured abstract, each labelled with a colon: "Objective: to examine
# trends in ...", "Results: we observed 234 cases ...", "Methods: a birth-cohort of 184
# infants ..." (20 Multi-News val sentences, 13 in the summaries of its 5,622 clusters;
# none in DUC 2003 or MultiLing). "Summary:" is left: news pages use it too.
_SECTION_LABEL = lazy_compile(
    r"(?:(?:background|objectives?|importance|context|purpose|introduction|aims?|methods?"
    r"|design|setting|participants|results|findings|conclusions?)\s*:"
    r"|design,\s+setting,?\s+and\s+participants\s*:?)\s+(?=[\w\"“])",
    re.IGNORECASE,
)


def journal_label_prefix(sentence: str) -> int:
    """Length of a journal's "Abstract" label (`_ABSTRACT_LABEL`) or an abstract part's
    label (`_SECTION_LABEL`) opening a sentence, 0 if none."""
    if sentence[:1] in "Aa" and sentence[:8].lower() == "abstract":
        match = _ABSTRACT_LABEL.match(sentence)
    elif ":" in sentence[:14] or sentence[:7].lower() == "design,":
        match = _SECTION_LABEL.match(sentence)
    else:
        return 0
    return match.end() if match else 0


# JAMA's and the BMJ's abstracts, and JAMA's key points, label their parts with no colon,
# and a flattened page runs each label into its part's first sentence: "Importance the
# field of transplantation has made tremendous progress ...", "Objective to examine the
# associations of ...", "Design in this cross-sectional study, 29 automobiles ...",
# "Meaning this scalp cooling system was more likely ...". Most of these words open
# prose too ("Results of the investigation are expected ...", "Participants were asked
# ...", "Setting off at one minute intervals ..."): a label is read only before a word
# no such prose goes on with (`_PROSE_AFTER_SECTION`; "Objective" only before "to"), and
# only on a page that this shows to be a structured abstract (`structured_abstract`).
# The main outcomes' part names its measures, no sentence ("Main outcomes and measures
# amount of uv-a blockage from windshields and side windows."): it goes whole. 36 labels
# in the cleaned Multi-News val pages, each read, in 15 pages; 15 of its 5,622 summaries
# change, each losing a label; none in DUC 2003, MultiLing or Timeline17.
_SECTION_NAME = lazy_compile(
    r"(importance|objectives?(?: and rationale)?|methods and results"
    r"|conclusions? and relevance|main outcomes? and measures?|main outcome measures?"
    r"|background|design|exposures?|interventions?|results|conclusions?|meaning|findings"
    r"|participants|setting|methods)\s+([\w\"“(]\S*)",
    re.IGNORECASE,
)
_PROSE_AFTER_SECTION = frozenset(
    "of and or at to for are is was were had has have will would can could may might should "
    "must also who which that said says say show shows showed suggest suggests suggested "
    "indicate indicates indicated made gave undergo like aside off a an".split()
)


def _bare_section(sentence: str) -> tuple[str, int] | None:
    """The name of a structured abstract's part labelling a sentence with no colon
    (`_SECTION_NAME`), and where its sentence starts (its end for the main outcomes'
    measures); None if none."""
    match = _SECTION_NAME.match(sentence)
    if match is None:
        return None
    name, after = match.group(1).lower(), match.group(2).lower()
    if after == "to" if name.startswith("objective") else after not in _PROSE_AFTER_SECTION:
        return name, len(sentence) if name.startswith("main") else match.start(2)
    return None


def structured_abstract(sentences: Sequence[str]) -> bool:
    """Whether a line's sentences are a structured abstract's, labelled with no colon:
    two parts' labels (`_bare_section`), or one that opens no prose ("Importance ...",
    "Objective to ...", "Main outcomes and measures ...")."""
    names = {found[0] for s in sentences if (found := _bare_section(s))}
    return len(names) > 1 or any(
        " " in n or n.startswith(("importance", "objective")) for n in names
    )


def section_label_prefix(sentence: str) -> int:
    """Length of a structured abstract's label opening a sentence with no colon
    (`_bare_section`), 0 if none; asked only of a `structured_abstract`'s sentences."""
    found = _bare_section(sentence)
    return found[1] if found else 0


# The byline NBC News prints after the box, run into the story: "... weekday mornings. /
# updated by sarah fitzpatrick and tracy connor adult film star stormy daniels has filed
# ..." (40 of the 47 boxes in Multi-News val; each cut read is the byline, but for a
# three-word name's last word, "... and mac william bishop the u.s. special forces ...").
def byline_prefix(sentence: str) -> int:
    """Length of a byline (`synoptic.patterns.RUN_IN_BYLINE`) opening a sentence (0 if
    none); asked only where a newsletter's box was cut before it (`promo_prefix`)."""
    if sentence[:3].lower() != "by ":
        return 0
    match = RUN_IN_BYLINE_PATTERN.match(sentence)
    return match.end() if match and match.end() < len(sentence) else 0


# A byline run into the story where a sentence opens, told by what follows the names: a
# date ("By alexis simendinger, realclearpolitics - january 28, 2013 president obama on
# tuesday will ask ..."), a staff credit ("By lauren pack and eric schwartzberg staff
# writer neighbors of a man ...", "By radar staff in the wake of ..."), or the name
# again as the story's subject ("By martin pistorius martin pistorius was a happy,
# healthy boy ..."): 13 sentences of Multi-News val, each read; the story stays. A
# byline with nothing after its names ("By keith humphreys the secularist menace ...")
# stays where a flattened, lower-cased page gives no case to end the names by.
# A word of a lower-cased name: no article, preposition or pronoun.
_NAME_WORD = (
    r"(?!(?:the|a|an|and|of|in|on|at|for|to|from|with|head|you|i|we|they|he|she|it|this"
    r"|that|there)\b)[a-z][a-z'’-]*"
)
_BY_NAME = rf"{_NAME_WORD}\s(?:[a-z]\.\s)?{_NAME_WORD}"
_BY_NAMES = rf"{_BY_NAME}(?:,\s{_BY_NAME})*(?:,?\s+and\s+{_BY_NAME})?"
_BY_DATE = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}})"
)
_OPENING_BYLINE = lazy_compile(
    r"^(?:written\s+)?by\s+(?:"
    rf"{_BY_NAMES}(?:,\s*[^.!?,]{{1,40}}?)?\s+[-—–|]\s+{_BY_DATE}(?:\s+[-—–|]\s+{_BY_DATE})*"
    rf"|(?:{_BY_NAMES}\s+)?(?:[a-z.]+\s+)?staff(?:\s+(?:writers?|reporters?))?"
    r"|(?P<name>[a-z][a-z'’-]*\s[a-z][a-z'’-]*)(?=\s+(?P=name)\b)"
    r")\s+(?=\S)",
    re.IGNORECASE,
)


# In cased text the names' capitals end a byline, and what follows opens with one: "By
# Niu Shuping and Ken Wills Nevermind that the H1N1 ...", "By David Gergen, CNN Senior
# Political Analyst David Gergen: Washington is ...", "By Richard Black Environment
# correspondent, BBC News Vast amounts of methane ..." (4 of Timeline17's whole pages;
# none of the 362 sentences opening with "By " in Multi-News val, DUC 2003 and MultiLing
# that no byline opens: "By Monday afternoon, Cardoso ...", "By Tradition", "By 1942").
# A name is two or three capitalised words, none a title, a weekday, a month or a word
# that asks for a noun, and no possessive ("By President Obama's order").
_NOT_A_BYLINE_NAME = (
    r"(?:The|A|An|In|On|At|For|By|And|Of|To|With|From|Staff|Writer|Reporter|Correspondent|"
    r"Editor|President|Senator|Sen|Gov|Governor|Rep|Mr|Mrs|Ms|Dr|Prime|Minister|Secretary|"
    r"General|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|Christmas|"
    r"Easter|Thanksgiving|New|Last|Next|This|That|These|Those|Then|Now|Today|Tonight|"
    r"Yesterday|Tomorrow)\b"
)
_BYLINE_WORD = rf"(?!{_NOT_A_BYLINE_NAME})[A-Z][a-z][a-z'’-]*(?<!['’]s)\b"
_CASED_BYLINE_NAME = rf"{_BYLINE_WORD}(?:\s+(?:[A-Z]\.\s+)?{_BYLINE_WORD}){{1,2}}"
_CASED_OPENING_BYLINE = lazy_compile(
    rf"^By\s+{_CASED_BYLINE_NAME}(?:(?:\s*,\s*|\s+and\s+){_CASED_BYLINE_NAME})*"
    # The outlet after a comma ("By Jane Doe, The Canadian Press"), or the writer's
    # title with it ("Environment correspondent, BBC News", "CNN Senior Political Analyst").
    r"(?:\s*,\s*(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+|&\s+)?[A-Z][a-z][\w&.'’-]*){0,3})?"
    r"(?:\s*,?\s*(?:[A-Z]{2,5}\s+)?(?:[A-Z][a-z]+\s+){0,2}"
    r"(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Aa]nalyst|[Ww]riter)s?"
    r"(?:\s*,\s*[A-Z]{2,5}\s+News)?)?"
    r"\s+(?=[A-Z\"“])"
)


# A lower-cased page's byline with nothing after its names to end them, which a given
# name tells from prose (`synoptic.text.names`): "By keith humphreys the secularist menace
# ...", "By tom winter and david k. Li the company that publishes ...", "By jon boon –
# radar reporter jessica biel is ...", "By alexandra seltzer palm beach post staff writer
# two area beaches ...", "By john fowler ktvu.com the quick-thinking of ..." (47 sentences
# of the Multi-News val summaries opened so, each read; 71 cuts on 59 pages). The writer's
# title and site go with the names. Not "By june the disease ..." (a month), "by early
# tuesday" (a word some register lists as a name): the first word must be no function
# word, time or gerund, which also keeps cased newswire from loading the names at all.
_NAMED_BYLINE = lazy_compile(
    rf"^by\s+[a-z]+\s(?:[a-z]\.\s)?{_NAME_WORD}(?:(?:,\s|,?\s+and\s+){_BY_NAME})*"
    r"(?:\s*[–—-]?\s*(?:(?!(?:the|a|an|and|of|in|on|to|for|said|says|who|is|was)\b)"
    r"[a-z.]+\s+){0,4}?(?:staff\s+)?(?:reporter|editor|writer|correspondent)\b)?"
    r"(?:\s+[a-z0-9-]+\.com)?\s+(?=\S)",
    re.IGNORECASE,
)
_NOT_A_GIVEN_NAME = STOPWORDS | frozenset(
    "early late mid noon midnight dawn dusk almost often far much many every each all "
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december christmas easter".split()
)


def _named_byline(sentence: str) -> int:
    """Length of a lower-cased byline whose first word is a given name, with the writer's
    title and site, that opens a sentence (`_NAMED_BYLINE`; 0 if none)."""
    words = sentence[3:80].split(None, 2)
    if len(words) < 3:
        return 0
    first, last = words[0], words[1].lower()
    if (
        not (first.isalpha() and first.islower())
        or first in _NOT_A_GIVEN_NAME
        or first.endswith("ing")
        or last in _NOT_A_GIVEN_NAME
        or len(last) < 2  # "By chris o ' brien": where the name ends is unclear
        or last.endswith(("'s", "’s"))
        or first not in given_names()
    ):
        return 0
    match = _NAMED_BYLINE.match(sentence)
    if not match:
        return 0
    # "By star athlete standards, ...": a phrase's noun and its comma, where a byline's
    # story would go on, but for a dateline's ("By ali vitali tallahassee, florida — all
    # eyes ..."); "by jane doe and you thought ...": where the names end is unclear.
    rest = sentence[match.end() :]
    after = rest.split(None, 1)[:1]
    if after and (after[0] == "and" or (after[0].endswith((",", ";")) and not trim_dateline(rest))):
        return 0
    return match.end()


def opening_byline_prefix(sentence: str) -> int:
    """Length of a byline that opens a sentence: dated, a staff's or its name repeated
    (`_OPENING_BYLINE`), in cased text up to the next capital (`_CASED_OPENING_BYLINE`),
    or in lower-cased text one that a given name opens (`_NAMED_BYLINE`); 0 if none."""
    opening = sentence[:11].lower()
    if opening[:3] != "by " and opening != "written by ":
        return 0  # most sentences: one slice's test
    match = _OPENING_BYLINE.match(sentence) or _CASED_OPENING_BYLINE.match(sentence)
    if match:
        return match.end()
    return _named_byline(sentence) if opening[:3] == "by " else 0


# A page's headline and byline with the hour it was posted, run into the story's lead:
# Raw Story's "Cain fumbles uzbekistan's name: ... by kase wickman monday, october 10,
# 2011 10: 34 edt republican presidential hopeful ..." and HealthDay's "By amy norton
# healthday reporter friday, april 22, 2016 ( healthday news ) -- a growing interest ...".
# The clock or HealthDay's mark after the date tells it from prose ("signed by governor
# smith monday, june 2, 2014, in ..."). The byline's names are read as a run-in byline's
# (`synoptic.patterns.RUN_IN_BYLINE`). 19 leads in Multi-News val; the lead stays.
_STAMPED_BYLINE = compile_pattern(
    r"^[^.!?]{0,250}?\b" + RUN_IN_BYLINE + r"(?:healthday reporter )?"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day, [a-z]+\.? \d{1,2}, \d{4}"
    r"(?: \d{1,2}: ?\d\d e[ds]t| \( healthday news \) --)\s+",
    re.IGNORECASE,
)


def stamped_byline_prefix(sentence: str) -> int:
    """Length of a headline and byline with a posting stamp that open a sentence
    (`_STAMPED_BYLINE`; 0 if none)."""
    if "day, " not in sentence or not (
        " edt " in sentence or " est " in sentence or "healthday news" in sentence
    ):
        return 0  # most sentences: three substring tests
    match = _STAMPED_BYLINE.match(sentence)
    return match.end() if match and match.end() < len(sentence) else 0


# A page that opens with the same run of text twice: a picture's alt text and its
# caption, a teaser and its copy, a headline and its share title, as a flattened
# page prints them ("Scott weiland found dead on tour bus scott weiland found dead on
# tour bus exclusive ...", "Bill cosby arrives for his sentencing hearing ... ( ap
# photo/matt slocum ) ( associated press ) bill cosby arrives for ..."). 162 page
# openings of Multi-News val, each read: captions, headlines, teasers, share labels
# ("share on more share on more") and 5 web archives' notes; none in DUC 2003,
# MultiLing or Timeline17. Where a verb follows the second copy, that copy is the
# subject of the story's first sentence ("The covered pages the covered pages were
# photographed during ...", "Rocky mountain spotted fever rocky mountain spotted
# fever is a reportable disease ..."; 3 of the 162, the third a headline whose
# story lost its subject's link: "... had a heart problem had pulmonary congestion"),
# and only the first copy goes. At least three words, one of them a word of three
# letters, so that "no, no" never counts.
DOUBLED_MIN_WORDS = 3
DOUBLED_MAX_WORDS = 40
DOUBLED_HEAD_CHARS = 600  # where the second copy's first words must stand
_GOES_ON_AS_VERB = compile_pattern(
    r"\s*(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)\b"
)


def doubled_opening(text: str, *, keep_one: bool = False) -> int:
    """Where the page text ends that opens ``text`` twice over (compared without
    case), 0 for none: after the second copy; after the first where the second goes
    on as a sentence's subject (a verb follows it), where the copies are all the
    text (a story printed twice keeps one copy), or where ``keep_one`` asks so."""
    head = text[:DOUBLED_HEAD_CHARS].lower()
    opening = " ".join(head.split(None, DOUBLED_MIN_WORDS)[:DOUBLED_MIN_WORDS])
    if head.find(opening, len(opening)) < 0:
        return 0  # most pages: its first words never come back
    words = list(islice(_WORD.finditer(text), 2 * DOUBLED_MAX_WORDS))
    lower = [w.group().lower() for w in words]
    for k in range(DOUBLED_MIN_WORDS, len(lower) // 2 + 1):
        if lower[:k] == lower[k : 2 * k] and any(len(w) >= 3 and w.isalpha() for w in lower[:k]):
            end = words[2 * k - 1].end()
            if keep_one or not text[end:].strip() or _GOES_ON_AS_VERB.match(text, end):
                return words[k].start()
            return end
    return 0


# A page that opens with its headline and, a few words on, a second wording of it:
# a teaser cut short, a local station's label, the story's own first words ("African
# safari turns into 'trip from hell' for foster city couple news african safari turns
# to 'trip from hell' for foster city couple jon and linda grant have ...", "Straight
# outta compton is an american anthem to the explosive power of art. This potent,
# pulsing... More straight outta compton is ..."; 27 pages of Multi-News val, each
# read; a share of 0.6 also took a product recall's first line for a copy of its
# second). The first wording goes; the second may run on into the lead, so it stays for
# the rules that judge a sentence. The two share their first words and, in order,
# most of the first's (`REWORDED_SHARE`); no stop ends a sentence inside the first.
REWORDED_SHARED_WORDS = 3
REWORDED_SHARE = 0.75
REWORDED_MIN_WORDS = 5
REWORDED_MAX_WORDS = 30
REWORDED_HEAD_CHARS = 400  # where the second wording's first words must stand
_REWORDED_KEY = compile_pattern(r"^[\"“”'‘’(,:;]+|[\"“”'‘’),:;]+$")
# A word that ends a sentence: a stop after four letters (not "u.s." nor "mr."), a
# question mark, one exclamation mark (a gossip headline's "!!!" does not count).
ENDS_SENTENCE = compile_pattern(r"(?:[^\W\d_]{4}|\d)[\"”’)]*[.?]$|[^!]![\"”’)]*$")
# The last characters a word `ENDS_SENTENCE` finds may have.
_SENTENCE_END_MARKS = tuple('.?!"”’)')


def ends_sentence(word: str) -> bool:
    """Whether a word ends a sentence (`ENDS_SENTENCE`): most are told no by their
    last character, without the pattern (a third of the cost of a lead's test for a
    headline run into it, `select.context._restates_its_opening`)."""
    return word.endswith(_SENTENCE_END_MARKS) and ENDS_SENTENCE.search(word) is not None


def reworded_opening(text: str) -> int:
    """Where a page's second wording of its opening headline starts (0 if it has none)."""
    head = text[:REWORDED_HEAD_CHARS].lower()
    first_two = " ".join(_REWORDED_KEY.sub("", w) for w in head.split(None, 2)[:2])
    if len(first_two) < 4 or head.find(first_two, len(first_two)) < 0:
        return 0  # most pages: its first two words never come back
    words = list(islice(_WORD.finditer(text), 2 * REWORDED_MAX_WORDS + REWORDED_SHARED_WORDS))
    keys = [_REWORDED_KEY.sub("", w.group().lower()) for w in words]
    n = REWORDED_SHARED_WORDS
    opening = keys[:n]
    if len(keys) < REWORDED_MIN_WORDS + n or sum(k.isalpha() for k in opening) < n - 1:
        return 0  # too short, or a time stamp's "december 13, 2010"
    for i in range(REWORDED_MIN_WORDS, min(REWORDED_MAX_WORDS, len(keys) - n) + 1):
        if keys[i : i + n] != opening:
            continue
        if any(ends_sentence(w.group()) for w in words[: i - 1]):
            return 0
        # The first wording's words, found in order a few words apart in the second.
        at, found = i, 0
        for key in keys[:i]:
            nxt = next((k for k in range(at, min(at + 3, len(keys))) if keys[k] == key), None)
            if nxt is not None:
                found, at = found + 1, nxt + 1
        return words[i].start() if found >= max(n + 1, REWORDED_SHARE * i) else 0
    return 0


# A gossip site's headline block run into its story: the headline, often a second
# wording of it, and a label before the lead ("Joan rivers stops breathing during
# surgery joan rivers -- stops breathing during surgery exclusive melissa rivers
# released a statement ...", "... exclusive 1: 40 pm pt -- venus is now breaking her
# silence", "... breaking news hannibal buress had to be ..."; TMZ's pages, 85 of
# Multi-News val, each read). Prose uses the words too ("in an exclusive interview",
# "signed an exclusive deal", "these radaronline.com exclusive photos", "courts and
# breaking news."), after a word that asks for a noun or before the noun itself, and
# so do sign-up boxes ("Breaking news emails get breaking news alerts and special
# reports", 82 pages, which the newsletter rules take whole): those stay
# (`_HEADLINE_LABEL_BEFORE`, `_HEADLINE_LABEL_AFTER`).
_HEADLINE_LABEL = lazy_compile(
    r"(?:(?P<head>[^?]{15,300}?)\s)?(?P<label>exclusive|breaking news)"
    r"(?P<stamp>(?:\s+details)?(?:\s+\d{1,2}: ?\d\d\s*[ap]\.?m\.?\s*p[sd]?t)?"
    r"[\s\ufeff]*(?:--?|—)?)\s+(?=\S)",
    re.IGNORECASE,
)
HEADLINE_MIN_WORDS = 4
_SENTENCE_ENDED = compile_pattern(r"(?<!\.\.)\.(?:\s|$)")  # a stop, not an ellipsis's
HEADLINE_MAX_WORDS = 45
_HEADLINE_LABEL_BEFORE = frozenset(
    "a an the this that these those in for of on at to and or but by with from as "
    "its his her their our your my is are was were be been has have had obtained web "
    "get top".split()
)
_HEADLINE_LABEL_AFTER = frozenset(
    "interview interviews rights right deal deals contract access area areas club with "
    "news offer content coverage to photo photos pics pictures images video videos "
    "footage alerts emails texts updates and in".split()
)


def headline_label_prefix(text: str) -> int:
    """Length of a headline block closed by its label that opens a page's text
    (`_HEADLINE_LABEL`; 0 if none). With no headline before it, the label counts
    only with its time stamp, "details" or a dash after it."""
    opening = text[:400]
    if "xclusive" not in opening and "reaking news" not in opening:
        return 0  # most pages: two substring tests
    match = _HEADLINE_LABEL.match(text)
    if not match:
        return 0
    head, after = match.group("head"), text[match.end() :].split(None, 1)
    if not after or after[0].lower() in _HEADLINE_LABEL_AFTER:
        return 0
    if head is None:
        return match.end() if match.group("stamp").strip() else 0
    words = head.split()
    last = words[-1].lower() if words else ""
    if (
        not HEADLINE_MIN_WORDS <= len(words) <= HEADLINE_MAX_WORDS
        or last in _HEADLINE_LABEL_BEFORE
        or last.endswith(("'s", "’s"))
        or _SENTENCE_ENDED.search(head)
    ):
        return 0
    return match.end()


def promo_prefix(sentence: str) -> int:
    """Length of a newsletter's promotion glued to the start of a sentence (0 if none)."""
    match = _PROMO_PREFIX.match(sentence)
    return match.end() if match and match.end() < len(sentence) else 0


def share_prefix(sentence: str) -> int:
    """Length of a run of share-button words glued to the start of a sentence (0 if none)."""
    match = _SHARE_PREFIX.match(sentence)
    return match.end() if match and match.end() < len(sentence) else 0


# A page's navigation and widget labels that open a sentence, run into what follows them
# when a page is flattened: "Skip to main content", "Share on Facebook", "Recommended
# for you", "Sponsored links", "Around the web", "Next article", "Leave a reply", "Cancel
# reply", "Post navigation", "Like · Reply · 3 hrs", "Comments ( 12 )", "Sort by: newest",
# "Required fields are marked *". Multi-News cuts its pages before most of them (4 of its
# pages hold one); a whole page carries them around its story, where a line of their own
# goes whole (`tests/fixtures/page-furniture.txt` holds several).
# Only labels no story opens a sentence with: not "Previous", "Reply", "Most read ...",
# "12 comments ..." nor "Join the conversation by commenting below." (a prompt, whose
# words after the label are its own). A label with a colon ("Trending now:", "You may
# also like:") heads another story's headline as often as the story: its sentence is a
# related link (`notice_sentence`). A page's pointer past its pictures or an ad goes
# too ("Scroll down for video a satellite high in the atmosphere ...", the Daily
# Mail's; "Scroll to continue with content ad osaka talks about ...", USA Today's), and
# where the Daily Mail's points at a picture, its caption after it, up to the sentence's
# end ("Scroll down for video amazing: an enormous mass of ice emerges ..."): 7 pages
# of Multi-News val (4 more glue it to a quote's close, "... misunderstanding.'scroll
# down for video ...", and keep it). A paper's "More related to this story" box before
# the story's own sentence ("More related to this story \" reports of the death of cash
# are greatly exaggerated, \" mr. Carney said ...": 2 of Multi-News val, both in its
# summaries) goes alone: a related link's whole sentence (`notice_sentence`) was three
# of the story's here, the splitter reading the quote marks its own way. In the other
# page a headline follows the label ("... toronto two toronto firefighters hurt in
# west-end blaze \" i believe ..."), and stays: no mark tells where it ends.
_WIDGET_LABEL = lazy_compile(
    r"(?:skip to (?:main )?content|back to top|scroll down for (?P<video>video)"
    r"|scroll to continue with content ad"
    r"|recommended (?:for you|(?:stories|articles)(?: for you)?)|more related to this story"
    r"|sponsored (?:stories|links|content by \w+)|(?:from )?around the web"
    r"|promoted (?:stories|content(?: by \w+)?)"
    r"|(?:next|previous) (?:article|story|post)|share on (?:facebook|twitter|linkedin)"
    r"|print this (?:article|story|page)|reprints (?:&|and) permissions|leave a reply"
    r"|cancel reply|post navigation|like\s*[·|]\s*reply(?:\s*[·|]\s*\d+\s*(?:hrs?|mins?|days?)\b)?"
    r"|(?:show|hide|loading|view) comments(?:\.\.\.|…)?|comments\s*\(\s*\d+\s*\)"
    r"|sort by\s*:\s*(?:newest|oldest|best|top|most recent)|required fields are marked\s*\*?)"
    r"(?:\s*[:»|])?(?:\s+(?=\S)|\s*$)",
    re.IGNORECASE,
)
# A gallery's or a blog's arrows, anywhere in a line: "❮ prev next ❯ 20 cars that rack
# up tickets ...", "« previous | main | next » white house refuses ..." (6 Multi-News
# val pages).
_GALLERY_ARROWS = lazy_compile(
    r"(?:[«‹❮]\s*)?\bprev(?:ious\s*\|\s*main\s*\|)?\s*next\b(?:\s*[»›❯])?\s*", re.IGNORECASE
)
# Words after a widget label, to the sentence's end, below which they are the widget's
# item, not a story's sentence.
WIDGET_LABEL_MIN_REST = 6


# The Daily Mail's caption opens with a label of a word or three and a colon ("amazing:",
# "passport please:").
_CAPTION_LABEL = lazy_compile(r"[a-z][a-z']*(?: [a-z']+){0,2}: ", re.IGNORECASE)
# Words that go on from "Scroll down for video" ("... of the barrier's first test.",
# "... below"): the sentence is the pointer's (`notice_sentence`'s browser notice).
_POINTER_GOES_ON = frozenset("of from and showing below above at on in as".split())


def widget_label_prefix(sentence: str) -> int:
    """Length of a page's navigation or widget label that opens a sentence
    (`_WIDGET_LABEL`), 0 if none or if a few words close the sentence after it (the
    widget's own item, "Recommended for you: 15 new products", which is the
    whole-sentence rules'); the whole sentence's where a picture's caption follows it."""
    match = _WIDGET_LABEL.match(sentence)
    if not match or word_count(sentence[match.end() :]) < WIDGET_LABEL_MIN_REST:
        return 0
    if match.group("video"):
        if sentence[match.end() :].split(None, 1)[0].lower() in _POINTER_GOES_ON:
            return 0  # the pointer's own words: "... for video of the ...", a notice's
        if _CAPTION_LABEL.match(sentence, match.end()):
            return len(sentence)
    return match.end()


def image_markers(text: str) -> list[tuple[int, int]]:
    """Spans of BBC-style "Image copyright X image caption" markers and of "Photo" labels."""
    head = text[:16].lower()
    if (
        "Photo" not in text
        and "image c" not in text.lower()
        and not head.startswith(("photo", "image"))
    ):
        return []  # cheap tests first: the regex scan is the slowest step on long lines
    return [m.span() for m in _IMAGE_MARKER.finditer(text)]


# A station's or a paper's plug for its app, opening the sentence or a clause after a dash
# or a prompt's opening: "Never miss a beat download the wesh 2 news app to stay on top of
# the latest news in central florida and beyond.", "Be a citizen journalist for fox 11 and
# get paid – download the fresco news app today." (2 of Multi-News val, both in its
# summaries; the purpose after "app" makes the first too long for `prompt_sentence`'s
# tail). A story's "users can download the app" is no order to the reader, and stays.
_APP_PLUG = compile_pattern(
    r"\b(?:please\s+)?download (?:the|our) (?:[\w'’&.-]+ ){0,5}?apps?\b", re.IGNORECASE
)


def prompt_sentence(sentence: str) -> str | None:
    """A call-to-action sentence inside a paragraph ("Sign up for our newsletter.",
    "Download the wesh 2 news app to stay on top of the latest news.").

    In a page flattened to one line the prompt may run into the next sentence
    with no full stop, so the channel it names must come near its end.
    """
    if not sentence.endswith((".", "!", "?", ":")):
        return None
    if "ownload" in sentence and (plug := _APP_PLUG.search(sentence)):
        before = sentence[: plug.start()].rstrip()
        if word_count(sentence) <= PROMPT_MAX_WORDS and (
            not before or before[-1] in DASH_MARKS or _PROMPT_START.match(sentence)
        ):
            return "app plug"
    if not _PROMPT_START.match(sentence):
        return None
    channels = list(_CHANNEL.finditer(sentence))
    if not channels or word_count(sentence[channels[-1].end() :]) > PROMPT_TAIL_WORDS:
        return None
    return prompt_reason(sentence)


# --- the page's notes about its story ----------------------------------------------

# A day or a date, as a time stamp gives it: "Tue 4 Apr 2017", "March 4, 2017".
_DAY_OR_DATE = (
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)"
)

# Notes a page adds about its story, each where a sentence opens: its copyright
# ("Copyright 2016 The Associated Press.", "This material may not be published,
# broadcast, rewritten or redistributed."), its revisions, time stamps and where else
# it ran ("This story has been updated to ...", "Correction: an earlier version of
# this story misstated ...", "This article originally appeared on people.com."), a
# comment box's state ("Comments are closed ..."), a browser's or player's notice
# ("Please enable it to continue.", "This feature is not available right now."), a
# paywall ("You've read 3 of 5 free articles"), appeals and calls to readers ("Our
# journalism depends on readers like you", "Send us your photos"), an opinion
# page's disclaimer ("The views expressed in this commentary are his own."), teasers
# ("Find out what ...", "Learn more about ..."), links to other stories and
# galleries ("Related: fed up with facebook?", "More from The Daily Tide:", "Most
# read stories", "Photos: ...", "See also: ..."), tags ("Filed under: Politics, Local
# News"), a gallery's items ("1/50 27 march 2018 ...") and the second sentence of an
# archive's crawl note ("That way, as the pages that are referenced are changed ...";
# 233 pages of Multi-News val). Full pages end in them; Multi-News val is cut before
# most (it holds 629 of them, 499 links to other stories and galleries).
_NOTICE_OPENING = compile_pattern(
    # Brackets and bullets may come first, not a quote mark: '"Find out who did it," he
    # said.' is speech.
    r"[\[(*•–—\s-]*(?:"
    r"(?P<copyright>(?:tm and\s+)?(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}|by)\b"
    r"|this material may not be (?:re)?published\b)"
    # A correction's or a clarification's note, whatever it says ("Clarification:
    # elizabeth thomas is 5-feet tall.", "Correction: as i was quoting figures from
    # memory, i got two figures wrong ..."; 4 summary sentences of Multi-News val).
    r"|(?P<revision>(?:corrections?|clarifications?)\s*:\s*(?=\w)"
    r"|(?:(?:updated?|corrections?|clarifications?|editor'?s note|note)"
    r"(?:\s*(?:&|&amp;|and)\s*clarifications?)?\s*:\s*)?"
    r"(?:this (?:story|article|post|report|item|piece|headline|version)(?:,[^,]{1,60},)? "
    r"(?:has been|had been|was|is) "
    r"(?:updated|corrected|amended|changed|edited|revised|originally published|first published)"
    r"|an? (?:earlier|previous|prior) version of (?:this|the) (?:story|article|post|report|item"
    r"|piece|headline|graphic|chart|map|video|column)"
    r"|the (?:initial |original |earlier )?headline (?:on|for|of) this (?:story|article|post)"
    # Where else it ran, and with whom it was made ("This article originally appeared
    # on The Conversation ...", "This story was produced in partnership with ...", a
    # magazine's "This story appears in the july 7-14, 2014 issue of sports illustrated.").
    r"|this (?:story|article|post|report|piece|content) (?:originally |first )?"
    r"(?:appeared|appears|ran) (?:on|in)"
    # Its print run, which full pages end with: the Guardian's "A version appeared on p7
    # of the Main section section of the Guardian on ...", The New York Times' "A
    # version of this article appears in print on May 5, 2015, on Page A1 of the New
    # York edition ..." (dated: a brief's timeline and dates took them for news).
    r"|a version (?:of this (?:story|article|review|column|post) )?"
    r"(?:appeared|appears) (?:in print )?on\b"
    r"|this (?:story|article|report|content|series) (?:was|is) (?:produced|reported|published"
    r"|made possible|supported|funded) (?:in partnership|in collaboration|with (?:support|funding"
    r"|the support)|by a grant|through a)"
    # A time stamp, as a date or a day follows it ("Originally published March 4,
    # 2017 at 8:18 pm", "Last modified on Tue 4 Apr 2017 10.05 BST"); not "First
    # published in 1851, the paper ...".
    r"|(?:originally published|first published|last (?:modified|updated))(?: on|:)?\s+"
    rf"{_DAY_OR_DATE}"
    # A transcript's or a first flash's note ("This copy may not be in its final form
    # and may be updated.", "This is a breaking news update. Check back soon for
    # further information."; Multi-News val).
    r"|this is a (?:rush transcript|breaking news update|developing story)"
    r"|(?:this )?copy may not be in its final form"
    r"|check back (?:soon|later|often) for"
    r")\b)"
    r"|(?P<comments>comments (?:are|have been) (?:closed|disabled|turned off|filtered|moderated)\b)"
    r"|(?P<browser>please (?:enable|turn on) (?:it|javascript|cookies)\b"
    r"|this (?:content|video|feature|page) is (?:not|no longer|currently (?:not|un)) ?available\b"
    r"|an error (?:has )?occurred\b"
    r"|scroll (?:down |up )?(?:for|to) (?:video|continue|see)\b)"
    r"|(?P<paywall>you(?:'ve| have) (?:read|reached|used) "
    r"(?:\d+|the maximum|your (?:monthly |weekly )?(?:limit|maximum|free))"
    r"|thank you for (?:reading|supporting|subscribing)\b"
    # A meter's or a paywall's prompt ("To continue reading, please subscribe.", "Enjoy
    # unlimited access to all of our journalism.", "For unlimited access to the best
    # local news, subscribe to ...").
    r"|to (?:continue|keep) reading\b[^.!?]{0,40}\b(?:subscri\w+|sign in|log in|register)\b"
    r"|(?:enjoy|get|for) unlimited (?:digital )?access\b"
    # A journal's ("Purchase the current issue $ 225/volume year to access ...",
    # "Purchase of the article does not permit distribution ...", "Please note: access
    # to the article is from the computer on which the article is purchased only.").
    r"|purchase (?:of )?(?:the|this) (?:current issue|article|issue)\b"
    r"|(?:please note\s*:\s*)?access to (?:the|this) article is\b)"
    r"|(?P<appeal>(?:our|quality|independent) journalism (?:depends|relies) on\b"
    # McClatchy papers' box: "Be the first to know. No one covers what is happening in
    # our community better than we do. And with a digital subscription, ... Sign me up!"
    r"|be the first to know\b|no one covers what is happening\b|dear readers?\b"
    # An author's alert box: "Email notifications are only sent once a day, and only
    # if there are new matching items." (14 pages of Multi-News val).
    r"|(?:e-?mail )?notifications are (?:only )?sent\b"
    r"|(?:and )?with a digital subscription\b|sign me up\b"
    # An appeal, and an ad blocker's plea ("Please consider disabling it for our site, or
    # supporting our work in one of these ways"); a membership's ("Support independent
    # journalism.", "Become a member to read our premium content, ...") and a promotion of
    # the site's own pages ("Also, be sure to visit super bowl central for all of our
    # pregame analysis.", "Be sure to check out cnn's full coverage page, remembering
    # challenger.", "Don't miss a thing.").
    r"|please consider (?:supporting|subscribing|donating|making a (?:donation|contribution)"
    r"|disabling|turning off|whitelisting|pausing)\b"
    r"|support (?:independent|quality|our) journalism\b"
    r"|become a (?:member|subscriber)(?: today| now)?(?:\s*[.!]|\s+to (?:read|get|access|enjoy"
    r"|support|continue)\b)"
    r"|(?:also,? )?be sure to (?:visit|check out)\b|don['’]?t miss (?:a thing|out)\b)"
    r"|(?P<callout>we want to hear from you\b"
    r"|send us your (?:photos|videos|pictures|stories|tips)\b"
    r"|contact (?:our|the) (?:newsroom|reporter|writer|author|editors?)\b)"
    # A sign-up or share form's small print ("Note: by submitting this form, you agree
    # to ...", "You will receive occasional promotional offers for programs ...",
    # "Thank you for your interest in spreading the word about science.", "Social
    # sharing: share videos you watch ... with your facebook friends.").
    r"|(?P<form>(?:note\s*:\s*)?by submitting (?:this|the|your) form\b"
    r"|you will (?:receive|get) (?:occasional )?(?:promotional|special) offers\b"
    r"|thank you for your interest in\b|social sharing\s*:)"
    r"|(?P<disclaimer>the (?:views|opinions) expressed (?:in|here|are)\b"
    # Reuters' footer.
    r"|our standards\s*:\s*the thomson reuters trust principles\b)"
    # A link's teaser, in the imperative ("Find out what drugs were found in Michael
    # Jackson's body.", "Learn more about the 1999 wto riots in seattle."). Not "Check
    # out ...": that points at the page's media, whose clause alone goes.
    r"|(?P<teaser>(?:find out|learn) more\b|find out (?:what|how|why|who|where|when|which)\b)"
    r"|(?P<related>related(?: stories| articles| coverage| content| links?| reading| video)?\s*:"
    # The same box with no colon, its first headline run on ("Related content kangaroos
    # are lefties, and that can teach us ...", "Related articles sex scandal victim's
    # attorneys charge ..."; 8 in Multi-News val), not prose that opens so ("Related
    # stories appeared in ...").
    r"|related (?:stories|articles|content|links)\s+(?!(?:is|are|was|were|have|has|had"
    r"|appeared|include[sd]?|including|about|on|in|of|for|from|to|that|which|by)\b)"
    r"|(?:trending(?: now)?|you (?:may|might) also like|more (?:from|on) [^:.!?]{1,40})\s*:"
    r"|most (?:read|popular|viewed|shared) (?:stories|articles)\b"
    # A gallery's or a video's link, a see-also ("Photos: the 10 most fascinating
    # people of 2011.", "See also: budweiser honors veteran ...", "More: montana fish,
    # wildlife and parks ' official response ...", "See more videos ...").
    r"|(?:photos?|pictures|images|gallery|videos?|see also|also see|also read|read more|more)"
    r"\s*:"
    r"|see more (?:videos|photos|pictures|stories)\b"
    # A topic page's link ("Full coverage: boston marathon attack \" the fbi has not
    # ...", 3 in Multi-News val), and CNBC's "Read More" run into the linked headline
    # with no space ("Read morewhat to do if you win the powerball the chicago tribune
    # reported ...", 3): the headline runs into the story with no stop, as a related link's.
    r"|full coverage\s*:|read more(?=[a-z]))"
    r"|(?P<tags>(?:tags|filed under|topics|categories)\s*:)"
    # A gallery's item: its counter and date before the caption ("1/50 27 march 2018
    # russian president vladimir putin visits a memorial ...", The Independent).
    r"|(?P<gallery>\d{1,3}\s*/\s*\d{1,3}\s+\d{1,2}\s+[a-z]{3,9}\s+\d{4}\b)"
    r"|(?P<archive>that way, as the pages that are referenced\b)"
    r")",
    re.IGNORECASE,
)
# The reason an archive's crawl note goes, whether this module's notes or
# `synoptic.clean.web.is_archive_note` find it: the cleaner weighs a page's archive
# notes against the rest of the page.
ARCHIVE_NOTE = "archive note"
# The reason an editor's note goes (`note_labels`): the cleaner takes the note's first
# sentence with its label, as it reads the sentence with the summaries' splitter.
EDITORS_NOTE = "editor's note"
# Each kind's reason, and the most words its sentence may have (None: any).
_NOTICES: dict[str, tuple[str, int | None]] = {
    "copyright": ("copyright notice", NOTICE_MAX_WORDS),
    "revision": ("revision note", LONG_NOTICE_MAX_WORDS),
    "comments": ("comment box", NOTICE_MAX_WORDS),
    "browser": ("browser notice", NOTICE_MAX_WORDS),
    "paywall": ("paywall notice", NOTICE_MAX_WORDS),
    "appeal": ("reader appeal", NOTICE_MAX_WORDS),
    "callout": ("call for readers", NOTICE_MAX_WORDS),
    "form": ("form text", NOTICE_MAX_WORDS),
    "disclaimer": ("opinion disclaimer", NOTICE_MAX_WORDS),
    "teaser": ("link teaser", NOTICE_MAX_WORDS),
    # However long: the link's headline runs into the story's next sentence with no
    # stop between ("Related: rampant violence, conservatism cloud women's futures
    # afghanistan is thought to have ..."), which no reader could follow.
    "related": ("related link", None),
    "tags": ("tag list", LONG_NOTICE_MAX_WORDS),
    "gallery": ("photo caption", LONG_NOTICE_MAX_WORDS),
    "archive": (ARCHIVE_NOTE, LONG_NOTICE_MAX_WORDS),
}
# Who helped report the story, at its end ("The Associated Press contributed to this
# report.", "Michael Schwirtz contributed reporting from Moscow.").
_REPORTING_CREDIT = compile_pattern(
    r"\bcontributed (?:to (?:this|the) (?:report|story|article)|reporting)"
    r"(?: (?:from|in) [^.!?]{1,60})?\W*$",
    re.IGNORECASE,
)


# How every `_NOTICE_OPENING` form opens, lower-cased: the regex runs only on
# sentences opening so, and the prefixes are tried only when the first two letters
# may open one (36 of DUC 2003 t2's 7,774 sentences get to the regex).
_NOTICE_OPENINGS = (
    "copyright", "©", "(c)", "tm and", "this story", "this article", "this post", "this report",
    "this item", "this piece", "this headline", "this version", "this material", "this content",
    "this series",
    "this video", "this feature", "this page", "update", "correction", "clarification",
    "editor", "note", "an earlier", "an error", "originally", "first published",
    "last modified", "last updated", "comments", "please", "you've", "you have", "thank you",
    "our journalism", "quality journalism", "independent journalism", "we want", "send us",
    "contact", "the views", "the opinions", "be the first", "no one covers", "dear reader",
    "email notif", "e-mail notif", "notifications are", "and with a", "with a digital",
    "sign me up",
    "find out", "learn more", "related", "trending", "you may", "you might", "more", "most ",
    "photo", "picture", "images", "gallery", "video", "see also", "see more", "also see",
    "also read", "read more", "full coverage", "scroll", "tags", "filed under", "topics",
    "categories",
    "that way, as", "this is a", "this copy", "copy may", "check back", "purchase", "a version",
    "by submitting", "you will", "social sharing", "access to", "to continue", "to keep",
    "enjoy unlimited", "get unlimited", "for unlimited", "support independent",
    "support quality", "support our", "become a", "also, be sure", "also be sure", "be sure",
    "don't miss", "dont miss", "don’t miss", "our standards",
)  # fmt: skip
# The openings by their first two letters: a sentence's are tried against the few that
# share them ("to", "be", "our" open news sentences often), not against them all.
_NOTICE_HEADS: dict[str, tuple[str, ...]] = {}
for _opening in _NOTICE_OPENINGS:
    _NOTICE_HEADS[_opening[:2]] = (*_NOTICE_HEADS.get(_opening[:2], ()), _opening)
_NOTICE_LEAD = "[(*•–—- "


def may_open_notice(sentence: str) -> bool:
    """Whether a sentence's opening may open a note (`_NOTICE_OPENING`): tests in C on its
    lower-cased head (the first two letters, then the openings that share them), past the
    brackets and bullets that may come first."""
    head = sentence[:24].lower()
    if not head[:1].isalpha():
        head = head.lstrip(_NOTICE_LEAD)
    if head[:1].isdigit():
        return True  # a gallery's counter ("1/50 27 march 2018 ...")
    openings = _NOTICE_HEADS.get(head[:2])
    return (openings is not None and head.startswith(openings)) or head[:1] == "©"


# A page's note on its writer, which a flattened page runs into the story: "Mark joseph
# stern mark joseph stern is a writer for slate.", "Shira ovide is a bloomberg opinion
# columnist covering technology.", "Stephen mihm, an associate professor of history at
# the university of georgia, is a contributor to bloomberg view.". The writer's name
# (up to four words, Slate's box says it twice) opens it, then "is a", "is the" or "is
# slate's" and the trade ("Will oremus will oremus is slate's senior technology
# writer.", "Laura helmuth laura helmuth is the health, science, and environment
# editor at the washington post.").
# Not a pronoun, an article, a title, a possessive or a speaker ("The company is a
# contributor to ...", "Police said jones is a reporter ...", "Mr miranda's partner is
# a journalist who published documents ..."), and no "who": news that introduces a
# reporter goes on to what befell them ("... is a reporter for the post who was
# detained in iran"). Multi-News val holds 19 sentences so, every one a writer's note
# on reading, and 17 summary sentences of its 5,622 clusters did; DUC 2003 and
# MultiLing none. "is the author of" is left: obituaries say it of their
# subjects.
_AUTHOR_NAME_WORD = (
    r"(?!(?:he|she|they|it|this|that|these|those|the|an?|its|his|her|their|our"
    r"|mr|mrs|ms|dr|said|says|told|and|of)\b)[a-z][\w.'’-]*(?<!['’]s)"
)
_TRADE = r"(?:writer|reporter|columnist|contributor|editor|correspondent|journalist|blogger|critic)"
_AUTHOR_NOTE = lazy_compile(
    rf"(?P<name>{_AUTHOR_NAME_WORD}(?:\s{_AUTHOR_NAME_WORD}){{0,3}}?)(?:\s(?P=name))?(?:,\s[^,]{{3,120}},)?"
    rf"\s+is\s+(?:an?\s+(?:[\w-]+\s+){{0,3}}?{_TRADE}"
    r"(?=\s+(?:for|at|to|with|based|covering|focusing|on|in|and)\b|\s*[.,]|\s*$)"
    # "the" or an outlet's name: only before the outlet or the stop ("... is the best
    # writer in the family" is not a note).
    rf"|(?:the|[a-z]+['’]s)\s+(?:[\w,'’-]+\s+){{0,5}}?{_TRADE}(?=\s+(?:at|for)\b|\s*\.?\s*$))",
    re.IGNORECASE,
)


def notice_sentence(sentence: str) -> str | None:
    """Why a sentence is the page's note about its story or its writer
    (`_NOTICE_OPENING`, `_REPORTING_CREDIT`, `_AUTHOR_NOTE`), or None."""
    if "contributed" in sentence and _REPORTING_CREDIT.search(sentence):
        return "reporting credit" if word_count(sentence) <= NOTICE_MAX_WORDS else None
    if " is " in sentence and " who " not in sentence and _AUTHOR_NOTE.match(sentence):
        return "author note" if word_count(sentence) <= NOTICE_MAX_WORDS else None
    if not may_open_notice(sentence):
        return None
    match = _NOTICE_OPENING.match(sentence)
    if match is None or match.lastgroup is None:
        return None
    reason, most = _NOTICES[match.lastgroup]
    return reason if most is None or word_count(sentence) <= most else None


# An update's or an editor's label opening a sentence, with its time stamp: "Update:",
# "Updated at 8: 02 p.m. Et:", "Update, feb. 22, 3: 50 p.m.:", "Update #2:", "[
# updated at 7: 59 p.m. ]", "***update june 6, 2016***", "Editor's note:", "Original
# post, feb. 5, 6: 33 a.m.:", "This is an update to the previously published story:".
# What follows is the story, or more often its newest turn ("Update: police released a
# photo of a man ..."): only the label goes, and a sentence that was nothing but a
# label and its stamp ("Updated: december 17, 2013, at 3: 05 a.m."). Multi-News val
# holds 211 such labels, each one on inspection; 53 sentences of the first 3,000
# summaries opened with one. Not "Updated models could be in service ..." nor
# "Updates to the footnotes were also made ...": a label ends at a colon, a bracket,
# a dash or stars, or at its stamp's clock time.
# (The space before "a.m." is taken only with it: two ways to take a space between two
# clock times would make the scan of a run of them exponential.)
_CLOCK = r"(?:\d{1,2}\s?[:.]\s?\d{2}(?:\s?[ap]\.?m\b\.?)?|\d{1,2}\s?[ap]\.?m\b\.?)"
_ZONE = rf"(?:{TIME_ZONES}|aest|eastern|central|pacific)\b"
_STAMP_TOKEN = (
    rf"(?:{_CLOCK}|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|{_MONTH}\b\.?"
    r"|\d{1,2}(?:st|nd|rd|th)\b|\d{1,4}(?:[/.-]\d{1,4}){0,2}\b|#\d+|at\b|on\b|@"
    rf"|{_ZONE}|[(),/–—-]|&#124;)"
)
# A stamp with a clock time, which ends a label with no colon; the zone, day and date
# may follow the time ("Updated at 4: 01 p.m. Et, friday, may 15.").
_TIMED_STAMP = (
    rf"(?:\s*{_STAMP_TOKEN})*?\s*{_CLOCK}"
    rf"(?:\s*(?:{_ZONE}|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|{_MONTH}\b\.?|\d{{1,4}}\b|,))*"
)
# A colon that ends a label, not one inside a clock time ("6: 07").
_LABEL_COLON = r"(?:(?<!\d):|:(?!\s?\d))"
_NOTE_LABEL = lazy_compile(
    r"(?:^|(?<=[.!?\"”’)\]]\s))[\[(*►•/\"'–—-]*\s*"
    r"(?:(?P<editor>editor\s?(?:['’]\s?)?s note)|updated?s?|original (?:post|story)(?: follows)?"
    # A tabloid's label on its headline or lead ("Exclusive: in a stunning reversal, the
    # u.s. Army decided ...", "World exclusive: jack the ripper unmasked ..."; 18 in
    # Multi-News val, 3 of them in its summaries).
    r"|(?P<exclusive>(?:world\s+)?exclusive)"
    r"|this is an update (?:to|of) (?:the|a|an|our|this) (?:previously published |earlier "
    r"|original |previous )?(?:story|article|report|post))"
    rf"(?:(?:\s*{_STAMP_TOKEN})*?\s*(?:{_LABEL_COLON}|\]|\*{{2,}}|\||--|—|–)"
    rf"|{_TIMED_STAMP}\.?(?=\s|$))"
    # A time stamp after the colon: "Updated: 5: 15 p.m. A public memorial ...".
    rf"(?:{_TIMED_STAMP}\s*(?:{_LABEL_COLON}|\.)?(?=\s|$))?\s*",
    re.IGNORECASE,
)


def may_hold_note_labels(text: str) -> bool:
    """Whether a text may hold a label (`note_labels`): a colon or stars (the label's
    own, or its clock time's; "Updated 6.15pm" has neither and stays), then a piece of
    "update", "editor" or "original". Asked once for a line rather than of each
    sentence, and the colon first: six searches of every line cost 0.17 ms a DUC 2003
    t2/t3 cluster, and 4% of their lines hold a colon."""
    return (":" in text or "*" in text) and (
        "pdate" in text
        or "PDATE" in text
        or "ditor" in text
        or "DITOR" in text
        or "riginal" in text
        or "RIGINAL" in text
        or "xclusive" in text
        or "XCLUSIVE" in text
    )


def note_labels(sentence: str) -> list[tuple[int, int, str]]:
    """Spans of update and editor's note labels (`_NOTE_LABEL`) where the sentence or a
    sentence inside it opens, each with its reason: "update note" or "editor's note".

    An update's label goes and its news stays. An editor's note speaks of the page
    ("Editor's note: the knife pictured in this story is similar to ...", "Editor's
    note: David Gergen is a senior political analyst for CNN ..."): the cleaner takes
    its first sentence with it, as selection never took a sentence holding "editor's
    note" (Multi-News val holds 37 notes; of 26 read, 25 speak of the story, its author
    or an earlier version of it, and one is a live blog's lead).
    """
    if not may_hold_note_labels(sentence):
        return []
    return [
        (
            m.start(),
            m.end(),
            EDITORS_NOTE
            if m.group("editor")
            else "story label"
            if m.group("exclusive")
            else "update note",
        )
        for m in _NOTE_LABEL.finditer(sentence)
    ]


# A page's heading run into its story's lead through the stamp of when it was posted,
# which a flattened page prints between them: "Investigation into gilbert dog deaths, 911
# calls released posted: wednesday, june 25, 2014 7: 29 pm edt updated: thursday, june
# 26, 2014 12: 44 am edt <lead>", the Daily Mail's "... by daily mail reporter last
# updated at 8: 15 am on 8th september 2010 <lead>", The Local's "afp · 13 jul 2016, 08:
# 20 published: 13 jul 2016 08: 20 gmt+02: 00 <lead>", BBC's "8 November 2011 Last
# updated at 14:07 GMT Help <lead>", CNN's "<headline> updated: Thu Jun 16 2011
# 19:15:00 <teaser>", and the Chicago Sun-Times' content codes, "| sun-times file photo
# storyidforme: 60563618 tmspicid: 21949307 fileheaderid: 10373851 updated: <lead>".
# The headline, byline and stamp go and the lead stays; a sentence that holds nothing
# else goes whole ("American tourist found dead, confirmed as murdered posted: friday,
# january 15th, 2016."). A stamp holds a number: "updated: bachmann official denies )"
# and "he posted: \" my name's elba \"" stay, as does prose that a comma leads into one
# ("The site, last updated at 5 p.m., said ..."). 50 cuts in Multi-News val and 31 in
# Timeline17's whole pages (both layouts), each read; DUC 2003 and MultiLing hold none. A
# stamp that opens a sentence goes too ("Last updated: 1 may, 2009 - 17:54 GMT"); an
# update's label there ("Updated: 5: 15 p.m. A public memorial ...") is `_NOTE_LABEL`'s.
_POSTED_LABEL = r"(?:(?:page\s+)?last\s+updated\s+at|(?:posted|published|updated)(?:\s+date)?\s?:)"
# A stamp's number: a clock time (`_CLOCK`, or to the second: "19:15:00"), an ordinal
# day, a count back ("1 year ago"), a date or a year.
_POSTED_NUMBER = (
    r"(?:\d{1,2}\s?[:.]\s?\d{2}\s?:\s?\d{2}(?:\s?[ap]\.?m\b\.?)?"
    rf"|{_CLOCK}"
    r"|\d{1,2}(?:st|nd|rd|th)\b|\d+\s+(?:year|month|week|day|hour|minute|min|hr)s?\s+ago\b"
    r"|\d{1,4}(?:[/.-]\d{1,4}){0,2}\b)"
)
_POSTED_DAY = (
    rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:mon|tue|wed|thu|fri|sat|sun)\b\.?"
    rf"|{_MONTH}\b\.?)"
)
# "at" and "on" only before the time or date they join ("8: 15 am on 8th september"):
# after a stamp, one opens the lead ("... 2014 at the hospital ...").
_POSTED_WORD = (
    rf"(?:{_POSTED_DAY}|(?:at|on)\b(?=\s*(?:\d|{_POSTED_DAY}))"
    rf"|(?:{TIME_ZONES}|mdt|mst|cet|cest)\b(?:\s?[+-]\d\d\s?:\s?\d\d)?|[,·|–—)-])"
)
_POSTED_STAMP = (
    rf"{_POSTED_LABEL}(?:\s*{_POSTED_WORD})*?\s*{_POSTED_NUMBER}"
    rf"(?:\s*(?:{_POSTED_NUMBER}|{_POSTED_WORD}))*"
)
_POSTED_HEADING = lazy_compile(
    r"^(?:.{0,250}?(?<![,;:])\s+)?"
    rf"(?:{_POSTED_STAMP}"
    r"|storyidforme\s?:\s?\d+\s+tmspicid\s?:\s?\d+\s+fileheaderid\s?:\s?\d+"
    r"(?:\s+article extras)?(?:\s+updated\s?:)?"
    # A byline and the label alone, its time left out: "... by frank vaisvilas and
    # ashlee rezin for sun-times media updated: romeoville — a romeoville police officer
    # ...", "... by frank main, mitch dudek and fran spielman staff reporters updated: as
    # teddy bears ..." (the Sun-Times).
    rf"|{RUN_IN_BYLINE}(?:(?:staff (?:reporters?|writers?)|for [\w-]+(?: [\w-]+){{0,2}})\s+)?"
    rf"(?:{_POSTED_STAMP}|(?:posted|updated)\s?:(?=\s)))"
    # A second stamp (its update), and what a page prints beside a stamp: the labels
    # again with no time ("... 12: 44 am edt posted: updated: concern and confusion
    # ..."), its views, its print link, BBC's link to its help pages.
    rf"(?:\s*(?:{_POSTED_STAMP}|(?:posted|published|updated)\s?:(?=\s|$)|views\s?:\s?[\d,]+"
    r"|\|?\s*print version|(?-i:Help)\b))*\.?\s*",
    re.IGNORECASE,
)


def posted_heading_prefix(sentence: str) -> int:
    """Length of a page's heading and posting stamp that open a sentence
    (`_POSTED_HEADING`), the whole sentence where that is all it holds; 0 if none."""
    # Every label but "last updated at" ends at a colon, which few sentences hold.
    if not (":" in sentence or "pdated at" in sentence or "PDATED AT" in sentence) or not (
        "osted" in sentence
        or "ublished" in sentence
        or "pdated" in sentence
        or "OSTED" in sentence
        or "UBLISHED" in sentence
        or "PDATED" in sentence
        or "toryidforme" in sentence
    ):
        return 0  # most sentences
    match = _POSTED_HEADING.match(sentence)
    return match.end() if match else 0


# A local station's box of links to its related stories, run into the story's dateline:
# "Related coverage austin kidnapping suspect arrested in kansas wichita, kan. ( kxan ) —
# a 24-year-old austin man was charged ...", "Related coverage photos: plane crash at
# wichita airport wichita, kansas – two people are dead ..." (Nexstar's stations; 6
# leads of Multi-News val, each in its summary). The box, its headlines and the
# dateline go, the lead stays; with no dateline after it, where the headlines end is
# not known and the text stays.
_RELATED_BOX = lazy_compile(r"(?:^|(?<=[.!?\"”’)]\s))related coverage\s", re.IGNORECASE)
RELATED_BOX_MAX_WORDS = 30


def _related_boxes(line: str) -> list[tuple[int, int, str]]:
    """Spans of related-stories boxes (`_RELATED_BOX`) with the dateline after each, where
    a sentence of the line opens, each with its reason ("link list")."""
    spans = []
    for box in _RELATED_BOX.finditer(line):
        at = box.end()
        for _ in range(RELATED_BOX_MAX_WORDS):
            dateline = trim_dateline(line[at:])
            if dateline:
                spans.append((box.start(), at + dateline, "link list"))
                break
            at = line.find(" ", at) + 1
            if not at:
                break
    return spans


# A local station's page opening: its headline, a picture's or a video's label and the
# story's dateline, run together: "Smithfield employee accused of urinating on
# production line video video smithfield, va. ( wavy ) - a smithfield foods employee
# ...", "Richard overton ( kxan photo ) [ + - ] video austin ( kxan ) — austin
# supercentenarian ...", "... copyright by wiat - all rights reserved video ( wiat ) --
# the tennessee bureau ..." (3 Multi-News val leads, each in its summary). All before
# the label goes with it, up to the dateline (`text.datelines.trim_dateline`), which
# stays. A label, not prose's "video": no article or verb before it ("... watch this
# video ogden, utah -- ...", a player's notice, `inline_notices`'), and a dateline of a
# place's few words right after it ("... according to a video recording posted ...
# ( reuters ) -" is a caption).
def _word_before(text: str, at: int) -> str:
    """The word that ends before ``at`` in ``text``, lower-cased ("" if none): enough to
    tell the short words the opening rules look for (an article, a verb, a preposition)."""
    words = text[max(0, at - 16) : at].rsplit(None, 1)
    return words[-1].lower() if words else ""


VIDEO_LABEL = " video "
VIDEO_OPENING_MAX_CHARS = 250
VIDEO_DATELINE_MAX_CHARS = 40
_NOT_A_LABEL_BEFORE = frozenset("a an the this that his her its their from of says play".split())


def video_labelled_opening(line: str) -> int:
    """Length of a page's headline and video label before its dateline, 0 if none (a
    page that opens with its dateline has no headline before it)."""
    at = line.find(VIDEO_LABEL, 0, VIDEO_OPENING_MAX_CHARS)
    if at >= 0 and trim_dateline(line):
        return 0
    while at >= 0:
        after = at + len(VIDEO_LABEL)
        while line.startswith(VIDEO_LABEL[1:], after):  # "video video smithfield, va. ..."
            after += len(VIDEO_LABEL) - 1
        if _word_before(line, at) not in _NOT_A_LABEL_BEFORE:
            dateline = trim_dateline(line[after:])
            if 0 < dateline <= VIDEO_DATELINE_MAX_CHARS:
                return after
        at = line.find(VIDEO_LABEL, after - 1, VIDEO_OPENING_MAX_CHARS)
    return 0


# A page's headline run into its story's dateline with no stop between them, as a
# flattened page prints them: "Us doctors discourage videos for babies under two
# washington — like 90 percent of american parents, ...", "Mitt camp: media wants obama
# rise boston — aides to mitt romney ...", "Article excerpt london — barclays plc wants
# ...". The headline goes and the dateline stays (`text.datelines.trim_dateline` reads it
# at selection). Only a city that stands alone in datelines (`text.datelines.city_dateline`:
# where a town's name begins no list tells, "des moines, iowa" or "moines, iowa"), before a
# dash, no more than `DATELINED_HEADLINE_MAX_WORDS` words in, after no sentence's end; not
# a place in prose: after a preposition, an article, a conjunction or a verb ("... to
# pass through denver — was run out of town", "a close ally of washington — has ..."),
# nor where the dash is one of an aside's two ("... unions – including occupy
# philadelphia – planned to ...").
# Behind a card's close button ("× ", a modal over the page, flattened before the card's
# headline) the dateline may be a town with its region too ("× kfc owner launches ... to
# rival chick-fil-a arlington, texas — kfc's parent company ..."): wherever the town's
# name is read to begin, the rest is a dateline that selection trims whole. 16 pages of
# Multi-News val open with the button, each a card or a modal; 4 of their summaries take
# the freed lead (2 had opened with the card).
DATELINED_HEADLINE_MAX_WORDS = 30
CLOSE_BUTTON = "× "
_DATELINE_DASH = compile_pattern(r" (?:--|—|–) ")
_NOT_BEFORE_DATELINE = frozenset(
    """in of at to from through near for by on into onto across around over outside inside
    within toward towards about against between the a an and or but nor with without that
    which who when where while as if than because since so whether is was are were be been
    said says told tells""".split()
)
# A word that ends a sentence before a dateline: a stop after three letters or a digit
# ("... collapse of the deepwater horizon oil rig. AP NEW ORLEANS -- ...", a Timeline17
# page), a question or an exclamation mark; not an initial's ("S. Korea activists ...").
_HEADLINE_STOP = compile_pattern(r"(?:[^\W\d_]{3}|\d)[\"”’)]*\.$|[!?][\"”’)]*$")


def datelined_opening(line: str) -> int:
    """Length of a page's headline run into its story's dateline (0 if none; a page that
    opens with its dateline has no headline before it)."""
    if _DATELINE_DASH.search(line, 0, 400) is None or trim_dateline(line):
        return 0
    carded = line.startswith(CLOSE_BUTTON)
    for dash in _DATELINE_DASH.finditer(line, 0, 400):
        head = line[: dash.start()].split()
        if len(head) > DATELINED_HEADLINE_MAX_WORDS + 4:
            break
        mark = dash.group()
        if (
            mark in line[max(0, dash.start() - 200) : dash.start()]
            or mark in line[dash.end() : dash.end() + 200]
        ):
            continue  # one of an aside's two dashes
        starts = []
        start = dash.start()
        for _ in range(4):  # a city's words
            start = line.rfind(" ", 0, start)
            if start < 0:
                break
            starts.append(start + 1)
        for start in reversed(starts):  # the longest city first: "new york", not "york"
            place, length = line[start:], dash.end() - start
            if (
                city_dateline(place) != length and not (carded and trim_dateline(place) == length)
            ) or place.split(None, 1)[0].lower() in LABELS_BEFORE_CITY:  # "video chicago --"
                continue
            before = line[:start].split()
            if (
                not 3 <= len(before) <= DATELINED_HEADLINE_MAX_WORDS
                or before[-1].lower().strip(",:;") in _NOT_BEFORE_DATELINE
                or any(_HEADLINE_STOP.search(word) for word in before)
            ):
                break
            return start
    return 0


# A page's share buttons between its headline (with the site's menu or byline) and its
# lead, as a flattened page prints them: "Cops arrest oklahoma man who has ... tattooed
# on his head share tweet meet paul terry. ...", "Pot grower has trouble giving away $
# 14,000 share this story print email prosser, wash. - ...", "Introduction burned in his
# memory share this story tweet share share pin email during the atlantic city casino
# boom ..." (23 page openings of Multi-News val, each read). Two button words or more
# in the opening's first 250 characters: all before them goes with them. Not a verb's
# or a preposition's object ("users can share email addresses", "... her diamond on
# twitter email ...").
_SHARE_WORD = (
    r"(?:share|tweet|email|e-mail|pin|print|facebook|twitter|pinterest|whatsapp|linkedin"
    r"|reddit|google(?:\s?\+|\s+plus)?|save)"
)
_SHARE_RUN = lazy_compile(
    rf"\s(?:share this (?:story|article|content)\s?:?|{_SHARE_WORD})(?:\s+{_SHARE_WORD})+"
    # A video's embed button and the clip's length after them ("facebook twitter google
    # plus embed 0: 23 taipei, taiwan — ...").
    r"(?:\s+embed(?:\s+\d{1,2}\s?:\s?\d\d)?)?\s+(?=\w)",
    re.IGNORECASE,
)
# A video player's row ("Play facebook twitter google plus embed ...") is
# `player_runs`'.
_NOT_BEFORE_BUTTONS = frozenset(
    "to can could will would may might must and or not also on via by of in the a an his her"
    " their its our your my play".split()
)
# Where a sentence ends before the buttons, a story's first paragraph may stand above them
# ("It was the news australia had been dreading. Phillip hughes lost his battle ...").
_SENTENCE_END = compile_pattern(r"[.!?][\"”’)]?\s+[A-Za-z]")
SHARED_OPENING_MAX_CHARS = 250
# A run of buttons holds one of these (most hold "share", "tweet" or "email").
_SHARE_CUES = (
    "share", "tweet", "mail", "print", "facebook", "twitter", "pin", "linkedin", "google",
)  # fmt: skip


def shared_opening(line: str) -> int:
    """Length of a page's opening up to the end of its share buttons (`_SHARE_RUN`), 0
    if none."""
    head = line[: SHARED_OPENING_MAX_CHARS + 80]
    low = head.lower()
    if not any(word in low for word in _SHARE_CUES):
        return 0  # most pages: no button's word in their opening
    for run in _SHARE_RUN.finditer(head):
        # The run's space and first letter count: a sentence may end right before it.
        if run.start() > SHARED_OPENING_MAX_CHARS or _SENTENCE_END.search(line, 0, run.start() + 2):
            break
        before = _word_before(line, run.start())
        if before and before not in _NOT_BEFORE_BUTTONS:
            return run.end()
    return 0


# --- live pages ------------------------------------------------------------------

# A live page's entries under their 24-hour clocks, where a line or a sentence opens:
# "1654 The Pan - American Health Organization ...", "2021 President Rene Preval says
# ..." (BBC's live pages on Timeline17 hold about 100 each). `synoptic.text.datelines`
# trims an entry's clock that no year could be; on a page with this many of those, the
# ones a year could be ("2021", "1948", "2056") are clocks too.
LIVE_PAGE_MIN_CLOCKS = 3
_ENTRY_CLOCK = compile_pattern(rf"(?:^|(?<=[.!?\"”’]\s)){CLOCK_24H}\s+(?=[A-Z\"“])")
# Whether a page may hold an entry's clock at all, in one bytes pass (a regex's scan of
# every line, or substring tests of each, cost 0.6 ms a DUC 2003 cluster): digits
# become "0", a line's break, a space, a stop and a straight quote stay, all else "x".
_CLOCK_BYTES = bytes(
    ord("0") if 48 <= c <= 57 else c if chr(c) in '\n .!?"' else ord("x") for c in range(256)
)
_CLOCK_SPOTS = (b"\n0000 ", b". 0000 ", b"! 0000 ", b"? 0000 ", b'" 0000 ')
_YEAR_LIKE = compile_pattern(YEAR_LIKE)


def live_page_clocks(lines: Sequence[str]) -> list[list[tuple[int, int]]]:
    """Each line's spans of entry clocks (`_ENTRY_CLOCK`), where the page is a live
    page: `LIVE_PAGE_MIN_CLOCKS` of its clocks could be no year. Else no spans."""
    marked = ("\n" + "\n".join(lines)).encode().translate(_CLOCK_BYTES)
    if not any(spot in marked for spot in _CLOCK_SPOTS):
        return [[] for _ in lines]  # most pages
    found = [list(_ENTRY_CLOCK.finditer(line)) for line in lines]
    clocks = sum(not _YEAR_LIKE.match(m.group()) for spans in found for m in spans)
    if clocks < LIVE_PAGE_MIN_CLOCKS:
        return [[] for _ in lines]
    return [[m.span() for m in spans] for spans in found]


# --- picture galleries -----------------------------------------------------------

# A picture gallery's counter and its link back, where the gallery a page opens with
# ends and its story starts: "... image 1 of / 64 caption close ' full house ' home in
# san francisco now available to rent ... 1 / 64 back to gallery the san francisco home
# featured in ...". Hearst's papers print it after the pictures' captions and credits
# and the story's headline; Multi-News val holds 18, every one with its counter.
_GALLERY_BACK = compile_pattern(r"\b\d+ ?/ ?\d+ back to gallery\b", re.IGNORECASE)


def gallery_backs(line: str) -> list[tuple[int, int]]:
    """Spans of picture galleries' counters and links back (`_GALLERY_BACK`) in a line."""
    if "allery" not in line and "ALLERY" not in line:
        return []  # most lines: a substring test, not a regex's scan
    return [m.span() for m in _GALLERY_BACK.finditer(line)]


# --- embedded tweets -------------------------------------------------------------

# An embedded tweet's signature, flattened into the page after the tweet's text: its
# hashtags, links and picture, a dash, the author's name and handle, and the date ("...
# hilarious might i say! #lol #laughitsgood — christian kirksey ( @chriskirksey20 )
# september 2, 2014 ..."). Multi-News val holds 254 in 174 clusters; the story goes on
# after the date.
_TWEET_SIGNATURE = lazy_compile(
    r"(?:(?:#\w+|@\w+|pic\.twitter\.com/\w+|https?://t\.co/\w+)\s*)*"
    r"(?:—|–|--?)\s*[^()—–]{1,60}?\(\s*@\w{1,15}\s*\)\s*"
    rf"{_MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}}\b\s*",
    re.IGNORECASE,
)


def tweet_signatures(line: str) -> list[tuple[int, int]]:
    """Spans of embedded tweets' signatures (`_TWEET_SIGNATURE`) in a line."""
    if "( @" not in line and "(@" not in line:
        return []  # every signature brackets its handle
    return [m.span() for m in _TWEET_SIGNATURE.finditer(line)]


# A tweet's picture link where its signature was not flattened whole (`_TWEET_SIGNATURE`
# takes those): "... our thoughts and prayers are with his family.pic.twitter.com/
# dxcffggeia", "Pic.twitter.com/xhrffnsqen local news site devon live captured the scene
# ...". 34 in Multi-News val, 8 of them opening a sentence, 3 in its summaries'
# sentences.
_PICTURE_LINK = compile_pattern(r"pic\.twitter\.com/\w+", re.IGNORECASE)


def picture_links(line: str) -> list[tuple[int, int]]:
    """Spans of tweets' picture links (`_PICTURE_LINK`)."""
    if "ic.twitter.com/" not in line and "IC.TWITTER.COM/" not in line:
        return []  # most lines
    return [m.span() for m in _PICTURE_LINK.finditer(line)]


# --- reader comments ------------------------------------------------------------

_COMMENT_STRONG = compile_pattern(
    r"^(?:\d[\d,]*\s+(?:comments?|responses?|replies|reactions|thoughts on .*)|"
    r"most voted|newest|oldest|newest oldest|oldest newest|most popular|inline feedbacks|"
    r"view all comments|show comments|load comments|(?:reader )?comments|discussion|"
    r"join the (?:discussion|conversation)|leave a (?:reply|comment)|post a comment|"
    r"add a comment|comments are closed|comments closed|"
    r"comments (?:for|on) this (?:article|post|story) (?:are|have been) closed|"
    r"you must be logged in to post a comment|log in to comment|sort by\b.*|"
    r"(?:\d+\.\s*)?(?:pingback|trackback)\s*:.*|"
    r"\d+\s+(?:second|minute|hour|day|week|month|year)s?\s+ago|reply|report|"
    r"guest|notify of)\W*$",
    re.IGNORECASE,
)
_COMMENTER = compile_pattern(r"^\d+\.\s+\S+(?:\s+\S+){0,3}$")
# A reader comment's header, the comment itself run in after it: the time and date,
# the commenter's handle and "wrote:" (BBC: "At 17:38 29th Jun 2010, forevernow
# wrote: ..."); the date and time before a bar (CNN: "March 21, 2011 at 9:14 am |
# Report abuse | ...", "January 28, 2011 05:06 pm at 5:06 pm | ..."); a WordPress
# "Dan says: March 3, 2011 at 4:15 pm". Thousands of lines of the full pages of
# Timeline17 open so; a news story does not.
_TIME = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
_DAY_MONTH_YEAR = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4}"
)
_DATE = rf"(?:[a-z]+,?\s+)?{_DAY_MONTH_YEAR}"
_HEADER_FORMS = (
    rf"at\s+{_TIME}\s+(?:on\s+)?{_DATE},?\s+\S+(?:\s+\S+)?\s+wrote\s*:"
    rf"|{_DATE}\s+(?:{_TIME}\s+)?at\s+{_TIME}\s*\|"
    rf"|\S+(?:\s+\S+){{0,2}}\s+says\s*:\s*{_DATE}\s+at\s+{_TIME}"
    # The Washington Post's signature after a comment: "njacobs | Posted by:
    # LMW0 | May 27, 2010 4:56 PM | Report abuse".
    rf"|(?:\S+\s*\|\s*)?posted by\s*:\s*\S+\s*\|\s*{_DATE}\s+{_TIME}"
)
_COMMENT_HEADER = compile_pattern(rf"^(?:{_HEADER_FORMS})", re.IGNORECASE)
# The same headers inside a flattened page, each where a sentence starts.
_INLINE_COMMENT_HEADER = lazy_compile(rf"(?:^|(?<=[.!?\"”’)]\s))(?:{_HEADER_FORMS})", re.IGNORECASE)
# A comment's date and time before its "Report abuse" link, anywhere in a line: the
# Washington Post signs a comment after it ("... finger pointing and Posted by: Moonbat |
# May 27, 2010 9:56 PM | Report abuse ..."), and the comment's last sentence, often with
# no stop, runs into it; CNN ("... other investments. February 21, 2011 at 7:18 pm |
# Report abuse | ..."). No story writes a clock and a bar before those words.
_COMMENT_SIGNATURE = lazy_compile(
    rf"(?:posted by\s*:\s*[^|]{{1,40}}\|\s*)?{_DAY_MONTH_YEAR}[,;]?\s+(?:at\s+)?{_TIME}"
    r"\s*\|\s*report abuse\b",
    re.IGNORECASE,
)


def comment_marker(line: str) -> str | None:
    """ "strong" for a line that opens or belongs to a comment section, "header" for
    one that opens a reader's comment (`_COMMENT_HEADER`) or holds one's signature
    (`_COMMENT_SIGNATURE`), "weak" for a numbered commenter name, else None."""
    if _COMMENT_STRONG.match(line):
        return "strong"
    if _may_hold_comment_header(line) and (
        _COMMENT_HEADER.match(line)
        or (_may_hold_signature(line) and _COMMENT_SIGNATURE.search(line))
    ):
        return "header"
    if _COMMENTER.match(line) and not line.endswith(_TERMINAL):
        return "weak"
    return None


def _may_hold_comment_header(line: str) -> bool:
    """Whether a line holds a word that every comment header has: the test before the
    header regexes, which cost ten times as much (asked of every line of a page)."""
    return "|" in line or "wrote" in line or "says" in line or "Wrote" in line or "Says" in line


def _may_hold_signature(text: str) -> bool:
    """Whether a text holds the link every `_COMMENT_SIGNATURE` ends in."""
    return "buse" in text or "BUSE" in text


def _may_hold_comment_thread(text: str) -> bool:
    """Whether a text holds two of the words of comment headers (a thread has two
    headers): counted, not searched for, as a flattened page is long."""
    cues = text.count("|") + text.count("wrote") + text.count("Wrote")
    return cues + text.count("says:") + text.count("says :") + text.count("Says:") >= 2


def comment_thread_start(line: str) -> int | None:
    """Where a thread of reader comments starts inside one line, else None.

    A page flattened into one paragraph runs its comments on after the story;
    two headers (`_COMMENT_HEADER`) at sentence starts make a thread, and so does
    one comment's signature (`_COMMENT_SIGNATURE`) anywhere; it runs from the
    first to the end of the line.
    """
    starts: list[int] = []
    if _may_hold_comment_thread(line):
        headers = _INLINE_COMMENT_HEADER.finditer(line)
        first = next(headers, None)
        if first is not None and next(headers, None) is not None:
            starts.append(first.start())
    if _may_hold_signature(line) and (signed := _COMMENT_SIGNATURE.search(line)):
        starts.append(signed.start())
    return min(starts, default=None)


# --- page widgets glued into running text -----------------------------------------

# A video player's labels; two or more in a row are the player, not prose
# ("video loading video unavailable click to play tap to play the video will
# start in 8 cancel play now").
_PLAYER_LABEL = (
    r"(?:video (?:loading|unavailable(?: on this device)?)|(?:click|tap) to play(?: gif| video)?|"
    r"(?:the )?video will (?:start|play) in \d+(?: cancel)?|play now|watch this video again)"
)
_PLAYER_RUN = compile_pattern(rf"\b{_PLAYER_LABEL}(?:[\s,.]+{_PLAYER_LABEL})+\b\s*", re.IGNORECASE)
# A piece of each `_PLAYER_LABEL` form, free of "i" and "s" (which the pattern
# also matches as "ı", "İ", "ſ"), so the lower-cased text holds one wherever a
# label is. Pages mentioning "video" or "play" are common in Multi-News, and
# the pattern tries each label at every word: 0.04 of 0.49 ms a cluster.
_PLAYER_CUES = ("load", "unava", "to play", "eo w", "play now", "watch th")
# Two players' control rows, each alone enough: USA Today's ("close skip in skip x
# embed x share late wednesday afternoon, ...") and NBC's, with the clip's title and
# running time after it ("play facebook twitter embed aid trucks finally enter
# besieged, starving syrian city of madaya 2: 07 an aid convoy ..."); 26 of 3,000
# Multi-News summaries carried one.
_PLAYER_CONTROLS = compile_pattern(
    r"\b(?:(?:close\s+)?skip\s+in\s+skip\s+x\s+embed\s+x\s+share\b"
    r"|x\s+embed\s+x\s+share\b"
    # USA Today's player loading ("skip ad ad loading... ahmed mohamed, a 14-year-old
    # ...") and its gallery's bar, with the gallery's title up to its link ("1 of 40
    # full screen autoplay close skip ad × what primary day looked like in fla. ...
    # view photos voters in five states ..."); 7 sentences of Multi-News val summaries.
    r"|skip\s+ad\s+ad\s+loading\b(?:\s*(?:\.\.\.|…))?"
    r"|(?:\d+\s+of\s+\d+\s+)?full\s+screen\s+autoplay\s+close\s+skip\s+ad\s*×?"
    r"(?:\s+(?:\S+\s+){1,25}?view\s+photos\b)?"
    r"|play\s+facebook\s+twitter\s+(?:google\s+plus\s+)?embed\b"
    r"(?:\s+(?:\S+\s+){1,25}?\d{1,2}\s*:\s*\d{2}\b)?)\s*",
    re.IGNORECASE,
)
# An audio player's label and running time opening a page ("Listen to article 4:26").
_AUDIO_LABEL = compile_pattern(
    r"^listen to (?:this |the )?(?:article|story)\b\s*(?:\d{1,2}\s*:\s*\d{2}\b)?\s*",
    re.IGNORECASE,
)
# A teaser for another page: text cut off by an ellipsis, then its link.
_TEASER_LINK = compile_pattern(r"(?:…|\.\.\.)\s*read more\b(?:\s+read\b)?\s*", re.IGNORECASE)
_READ_MORE = compile_pattern(r"^read more\b:?\s*", re.IGNORECASE)
# A link to another page, not a reader's "read more of the series' books".
READ_MORE_LINK = compile_pattern(
    r"\bread more\b(?!\s+(?:of|than|books?|widely|closely)\b)", re.IGNORECASE
)
# A related story's headline run into the text by its link (The Guardian, flattened:
# "orlando attack victims: the lives cut short read more at least one officer ...").
_RELATED_LINK = compile_pattern(
    r"(?<=[\w?!'’\")\]])\s+" + READ_MORE_LINK.pattern + r"\s*", re.IGNORECASE
)
# A comment box's invitation, with the page's heading run into it ("X says Y or
# leave a comment of your own see what other readers have to say about this story –").
_COMMENT_PROMPT = compile_pattern(
    r"(?:\bor )?\bleave a comment(?: of your own)?\b(?:\s*see what other readers "
    r"(?:have to say|are saying)(?: about this (?:story|article|post))?)?\s*[-–—]*\s*",
    re.IGNORECASE,
)
# NPR's photo widget flattened into the sentence it heads, with the story's
# headline before it and the photo's credit, printed twice, after it: "pat
# summitt, legendary tennessee basketball coach, dies at 64 enlarge this image
# toggle caption wade payne/ap wade payne/ap former university of tennessee ...".
_TOGGLE_CAPTION = compile_pattern(
    r"\b(?:enlarge this image\s+)?(?:i\s+)*i?toggle caption\s+", re.IGNORECASE
)
# The same widget with no toggle, as NPR and USA Today print it too ("... study finds
# enlarge this image katherine du/npr katherine du/npr hunger is not ...", "... cancels 14
# upcoming cruises enlarge image i u.s. Coast guard u.s. Coast guard with the carnival
# ..."; 3 in Multi-News val): the story starts after the credit only where the credit is
# printed twice, for "Enlarge image close <credit> <caption>" heads a caption instead.
_ENLARGE_IMAGE = compile_pattern(r"\benlarge (?:this )?image\s+(?:i\s+)?", re.IGNORECASE)
# A video embed's labels (Multi-News val). ABC's owned stations head each clip's caption
# with "Embed more news videos", wherever the page's flattening left it: "Embed more news
# videos passenger jumps from plane at bush iah. ...", "... ( right ) embed more news
# videos watch the report ..." (19 in 11 clusters; 8 of the first 3,000 summaries held
# one), never after a word as a verb would be ("viewers can embed more news videos").
# The caption runs to the end of its sentence, into the lead where no stop parts
# them. TIME names the section of its video player twice around "for more, visit": "Time
# health for more, visit time health a rigorous federal research study ..." (7 pages
# open so; 4 of the first 3,000 summaries did); the story follows it.
_EMBED_CAPTION = lazy_compile(r"(?<![a-z]\s)\bembed more news videos\b", re.IGNORECASE)
_MORE_VISIT = lazy_compile(
    r"^(?P<section>(?:[\w'’-]+\s+){1,3}?)for more,?\s+visit\s+(?P=section)", re.IGNORECASE
)
# A photo credit after a widget runs to a few words ("pew research center/npr").
WIDGET_CREDIT_MAX_WORDS = 6
# A teaser or heading before a widget is short; more words are story run into it.
WIDGET_HEAD_MAX_WORDS = 30
# So few words after a widget are its own ("... below."), not story.
WIDGET_TAIL_MAX_WORDS = 2
# A sentence pointing the reader at the page's media ("Watch the video above",
# "The video shown here explains ...", "in the gallery below"). None in DUC 2003
# t2/t3; over 100 in Multi-News validation. Up to ten words may stand between the verb
# and "below" ("... watch the fly-by and press conferences discussing new horizon's
# discoveries below.", "You can view the "donut eating portion " of the run above.",
# "Read the whole ad below."): 13 more Multi-News val sentences, 2 of them in summaries,
# each read, all pointers but a caption's "come into view ... above the water".
_PAGE_POINTER = compile_pattern(
    r"\b(?:videos?|clips?|footage|photos?|pictures?|images?|gallery|slideshow|gifs?|player|"
    r"map|chart|graphic|tweets?|transcripts?)\s+(?:below|above)\b|"
    r"\b(?:watch|see|view|check out|hear|read)\b(?: [^ .]+){0,10}? (?:below|above)\b|"
    r"\b(?:shown|embedded) (?:here|below|above)\b|"
    # "Use the links at the bottom of this page ...", "... our search feature at the top of
    # the page", "( which can be read in its entirety at the bottom of this story )": 3
    # Multi-News val sentences, all 3 in its summaries.
    r"\b(?:at|on) the (?:bottom|top) of (?:this|the) (?:page|article|story|post)\b",
    re.IGNORECASE,
)


_ASIDE = compile_pattern(r"\s*\([^()]{0,200}\)")


def may_hold_widgets(text: str) -> bool:
    """False when no sentence of the text can open with a widget or point at the page.

    Every widget `widget_prefix`, `read_more_prefix`, `embed_caption_start` and
    `points_at_page` find holds one of these words.
    """
    low = text.lower()
    return (
        _may_point(low)
        or "listen to" in low
        or "share this" in low
        or "read more" in low
        or "leave a comment" in low
        or "toggle caption" in low
        or "enlarge" in low
        or "news videos" in low
        or "more, visit" in low
    )


def embed_caption_start(sentence: str) -> int:
    """Where a video embed's label and the clip's caption after it (`_EMBED_CAPTION`)
    start in a sentence; they run to its end. -1 when there is none."""
    if not ("news videos" in sentence or "News Videos" in sentence or "NEWS VIDEOS" in sentence):
        return -1  # the label as pages print it: cheaper than lower-casing every sentence
    match = _EMBED_CAPTION.search(sentence)
    return match.start() if match else -1


# The New York Times' ad slot and a video player's script notice, run into the
# text wherever a page was flattened: "... by the staff. advertisement continue
# reading the main story the agency responded ...", "please enable javascript to
# watch this video ogden, utah -- a premature baby ..." (Multi-News). Not a
# newsletter's box or a related-stories list ("newsletter sign up continue reading
# the main story please verify you're not a robot ..."): the rest of it would stay.
# And AP's live page's header with its first entry's time, after the dateline:
# "washington ( ap ) — the latest on the midterm elections ( all times local ): 1
# p.m. Montana democrat jon tester has won ..." (62 in 61 Multi-News val clusters;
# 27 of the first 3,000 summaries held one, as "the latest on ... ( all times
# local ): 2: 44 p.m."; none now, and val 0-1499 F1 44.46/15.33 -> 44.47/15.34).
# The entry stays.
# The Times' newsletter box whole, with its form's messages: "... newsletter sign up
# continue reading the main story sign up for the morning briefing what you need to know
# to start your day in australia, delivered to your inbox. Invalid email address. Please
# re-enter. Please try again later. View all new york times newsletters." (8 pages of
# Multi-News val). BBC's label before its box of related stories, and the headline the
# flattening ran into it, before the lead: "Egypt ' baby trafficking ring ' broken up in
# cairo continue reading the main story related stories a child-trafficking ring that
# sold 300 babies ..." (9 pages). Reuters' credits in brackets, at a story's end or run
# into it: "( reporting by kim dixon; editing by doina chiacu )" (11 pages, and every
# flattened Reuters page of Timeline17).
_NYT_BOX_MESSAGES = (
    "invalid email address", "please re-enter", "please try again later",
    "you must select a newsletter to subscribe to", "view all new york times newsletters",
)  # fmt: skip
_INLINE_NOTICE = lazy_compile(
    # Only where a sentence starts: inside one, the rest of the page's furniture
    # (a headline, a byline, a video's id) is glued to it too.
    r"(?:^|(?<=[.!?\"”’]\s))(?:advertisement\s+continue reading the main story\s*"
    r"(?:stories from our advertisers\s*)?"
    r"|please enable javascript to (?:watch|view) this video\s*"
    r"|(?P<related>(?:[^.!?]{1,200}?\s)?continue reading the main story\s+related stories\s+)"
    r"|(?P<newsletter>newsletter sign up\s+continue reading the main story\s+"
    r"(?:sign up for [^.!?]{1,200}?[.!]|please verify you['’]re not a robot by clicking the box\.)"
    rf"(?:\s*(?:{'|'.join(_NYT_BOX_MESSAGES)})\.)*\s*)"
    # A page's marker that its story goes on past an ad or a box, where a sentence
    # starts: "Story continued below walmart responded to a tweet ...", "- continue
    # reading below canipe and beard are each being held on a $ 2,500 bond.", "Story
    # continues \"for me, i don't feel sad ...", "- article continues below » friends of
    # the mum-of-two ...", "Continue reading finished with her sat tests, ..." (133 on as
    # many pages of Multi-News val, Politico's "Story continued below" most of them; the ad
    # rule had cut 92, where the rules' split let a sentence start at the marker, and the
    # sentences glued to the other 41 were never taken, as "continue reading" marks
    # boilerplate at selection). Not "The story continues for conal ...".
    r"|(?P<marker>(?:[-–—]\s*)?(?:continue reading(?: the main story)?(?: below)?"
    r"|(?:story|article) continue[sd](?! after)(?: below)?(?:\s+advertisement)?)"
    r"(?:\s*(?:»|\.\.\.|…|:))?(?:\s+(?=\S)|\s*$)))"
    r"|(?P<live>\bthe latest(?: on [^()]{1,200}?)?\s*\(\s*all times local\s*\)\s*:?\s*(?:_+\s*)?"
    r"(?:\d{1,2}(?:\s?[:.]\s?\d{2})?\s?[ap]\.?m\b\.?\s*)?)"
    # ... or in brackets, anywhere ("Watch: her halftime show ( article continues below
    # ): before the game, ...").
    r"|(?P<boxed_marker>\(\s*(?:story|article) continues below\s*\)\s*:?\s*)",
    re.IGNORECASE,
)
_INLINE_NOTICE_REASONS = {
    "related": "related link",
    "newsletter": "newsletter plug",
    "live": "live page header",
    "marker": "continuation marker",
    "boxed_marker": "continuation marker",
}
_BRACKETED_CREDIT = lazy_compile(
    r"(?:^|(?<=\s))\(\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\s"
    # Cut off where the page was (Multi-News ends a page at about 500 tokens): only names
    # to the line's end, with no stop.
    r"(?:[^()]{1,300}?\)|[^().!?]{1,120}$)\s*",
    re.IGNORECASE,
)


def inline_notices(text: str) -> list[tuple[int, int, str]]:
    """Spans of an ad slot's, a player's, a newsletter's, a live page's or a related
    stories box's notice, of a station's box of related stories with the dateline after
    it (`_related_boxes`), of a headline with the "email this" or "share this" button
    after it (`_buttoned_headings`), of a page's "story continued below" marker, of a
    gallery's arrows, of a card of headlines after a linked name (`_HOVER_CARD`), or of
    a reporting credit, inside a line, with their reason.

    Returns:
        ``(start, end, reason)`` for each, in order; the reason is "advertisement",
        "video player", "related link", "newsletter plug", "live page header",
        "continuation marker", "link list", "share prompt", "widget label" or "reporting
        credit".
    """
    low = text.lower()
    found = (
        [(m.start(), m.end(), _inline_notice_reason(m)) for m in _INLINE_NOTICE.finditer(text)]
        # Every notice holds one of these.
        if "main story" in low or "javascript" in low or "times local" in low or "ontinue" in low
        else []
    )
    if "ated cov" in low:
        found.extend(_related_boxes(text))
    if "il this" in low or "hare this" in low:
        found.extend(_buttoned_headings(text))
    if "prev" in low:
        found.extend((m.start(), m.end(), "widget label") for m in _GALLERY_ARROWS.finditer(text))
    if may_hold_hover_card(low):
        cards = _HOVER_CARD.finditer(text)
        found.extend((m.start("card"), m.end(), "related link") for m in cards)
    if "replay more videos" in low:
        found.extend((start, end, "video player") for start, end in _video_cards(text))
    if ("ing by" in text or "ing By" in text or "ING BY" in text) and "(" in text:
        credits = _BRACKETED_CREDIT.finditer(text)
        found.extend((m.start(), m.end(), "reporting credit") for m in credits)
    if len(found) > 1:
        found.sort()
    return found


# The Hill links a politician's name to a card of his latest headlines, which a
# flattened page runs into the sentence after the name: "... lashing out at donald trump
# donald john trumpex-white house counsel interviewed whitaker ...: report flake slams
# trump ... more, who held firm ...". The card opens with the full name ("joseph ( joe )
# manchin" for a name the story shortens), its last word glued to the first headline,
# and ends with "more"; the name in the story stays
# ("donald trump, who held firm ..."). Prose does not repeat a name glued to a word.
# Multi-News val: 52 cards on 41 pages, each read; DUC 2003, MultiLing and Timeline17
# have none. A headline's own "more" after "has", "far", "thousands" ... does not end
# the card ("... buzzfeed story has more to say about media ...").
HOVER_CARD_MAX_WORDS = 80
_MORE_IN_A_HEADLINE = ("far", "much", "many", "thousands", "hundreds", "millions", "has", "had")
_HOVER_CARD = lazy_compile(
    r"\b(?P<first>[a-z][a-z'’-]*) (?P<last>[a-z][a-z'’-]*) "
    r"(?P<card>(?:(?P=first)|[a-z]+ \( (?P=first) \))(?: [a-z][a-z.'’-]*){0,2} (?P=last)"
    r"(?=[a-z0-9\"“‘])"
    rf"(?:\S+\s+){{0,{HOVER_CARD_MAX_WORDS}}}?"
    # Not a headline's own "more" ("obama deserves far more credit ...").
    + "".join(rf"(?<!\b{w} )" for w in _MORE_IN_A_HEADLINE)
    + r"more)\b\s*",
    re.IGNORECASE,
)


def may_hold_hover_card(low: str) -> bool:
    """Whether a lower-cased text may hold a card of headlines after a linked name
    (`_HOVER_CARD`): "more", and a word that comes back (`_word_comes_back`)."""
    return " more" in low and _word_comes_back(low)


def _word_comes_back(text: str) -> bool:
    """Whether a word comes back two words on ("donald trump donald john trump..."), or
    four on after a bracket ("joe manchin joseph ( joe ) manchin..."): `_HOVER_CARD`'s
    cheap test, a tenth of its search's cost on DUC 2003 t2's lines."""
    words = text.split()
    return any(map(operator.eq, words, words[2:])) or (
        "( " in text and any(map(operator.eq, words, words[4:]))
    )


# AOL's celebrity pages put an "email this" button after each story's headline, which a
# flattened page runs into the story: "Billy ray cyrus blames ' hannah montana ' for
# family problems email this it's been a tough, scandal-filled year ...", "Printer-friendly
# » e-mail this to a friend » i know how eddie morra feels." (34 cuts on 31 pages of
# Multi-News val, each read). Other papers put "share this" there, with the item it
# shares and the print and email buttons after it: "Pot grower has trouble giving away $
# 14,000 share this story print email prosser, wash. - an eastern ...", "Share this post
# camden, n.j. ( cn ) - a small town ...", "Video: man cited after walking on the cone of
# old faithful share this" (13 pages of Multi-News val, each read). The headline and the
# buttons go; the story stays, and opens its sentence (`_clean_inline` capitalises it: the
# splitter glues a story that opens in lower case to the sentence before, which then
# passes for prose). Not prose ("... the story was passed around by email this week",
# "please share this with every new mum", "i share this award with ..."): a word that
# asks for an object before it, a time after it.
_BUTTONED_HEADING = lazy_compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’)]\s))(?P<head>[^.!?]{0,200}?\s)?"
    r"(?:e-?mail this(?:\s+to a friend)?"
    r"|share this(?:\s+(?:story|post|page|video|article))?"
    r"(?:\s*:|\s+on\s*(?:\.\.\.|…)|\s*(?:\.\.\.|…))?"
    r"(?:\s+(?:print|e-?mail|twitter|facebook|linkedin|pinterest|whatsapp|reddit)\b)*"
    r"(?:\s+watch next\b)?)"  # a player's label after "share this video"
    r"(?:\s*»)?(?:\s+(?=\S)|\s*$)",
    re.IGNORECASE,
)
_NOT_AFTER_BUTTON = frozenset(
    "week month year morning afternoon evening night weekend summer spring fall autumn "
    "winter season time story article page post link address form photo video to with".split()
)
_NOT_BEFORE_BUTTON = _HEADLINE_LABEL_BEFORE | frozenset(
    "can could will would may might must should shall please you we i they he she not "
    "also just simply".split()
)


# CNN's card for a clip, which a flattened page runs into its story: "... that he's the
# president? " just watched trump defends muslim ban proposal ( part 1 ) replay more
# videos... Must watch trump defends muslim ban proposal ( part 1 ) 08: 48 lee's comments,
# to cnn's christiane amanpour, came as ...". The card names its clip twice, after "just
# watched" and after "must watch" (or alone), then gives its running time and the
# player's or the link's label; where the page was cut inside it, it runs to the end
# ("... replay more videos... Must watch north").
# 20 cards on 17 pages of Multi-News val, each read, 4 of them in its summaries ("Must
# watch teacher's photo leads to outpouring of support 02: 27 in her post, kovacs ...").
# The clip's name said again marks where the card ends; a card whose name does not come
# back (none in val) is left, as is prose that says "just watched" ("and you just watched
# him getting weaker").
_VIDEO_CARD = lazy_compile(
    r"\bjust watched (?P<title>.{1,200}?) ?replay more videos ?(?:\.\.\.|…)\s*(?:must watch\s+)?",
    re.IGNORECASE,
)
_RUNNING_TIME = compile_pattern(r"\s*\d{1,2}: ?\d{2}\b(?: play video\b| read more\b)?\s*")


def _video_cards(text: str) -> list[tuple[int, int]]:
    """Spans of CNN's clip cards (`_VIDEO_CARD`), each to the end of its clip's name said
    again and its running time."""
    spans: list[tuple[int, int]] = []
    for card in _VIDEO_CARD.finditer(text):
        end = _said_again(text, card.end(), card.group("title"))
        if end is None:
            continue
        if running := _RUNNING_TIME.match(text, end):
            end = running.end()
        spans.append((card.start(), end))
    return spans


def _said_again(text: str, at: int, title: str) -> int | None:
    """Where ``title`` said again at ``at`` ends, spaces and case aside (a page spaces a
    name's quote marks its own way each time: "' miss piggy'" and "' miss piggy '"), or
    the text's end where the text stops inside it; None where it is not said again."""
    wanted = "".join(title.lower().split())
    k, i = 0, at
    while k < len(wanted) and i < len(text):
        char = text[i].lower()
        i += 1
        if char.isspace():
            continue
        if char != wanted[k]:
            return None
        k += 1
    return i


def _buttoned_headings(text: str) -> list[tuple[int, int, str]]:
    """Spans of a headline and the "email this" or "share this" button after it
    (`_BUTTONED_HEADING`)."""
    found = []
    for match in _BUTTONED_HEADING.finditer(text):
        before = (match.group("head") or "").split()[-1:]
        after = text[match.end() :].split(None, 1)[:1]
        if not (before and before[0].lower() in _NOT_BEFORE_BUTTON) and not (
            after and after[0].lower() in _NOT_AFTER_BUTTON
        ):
            found.append((match.start(), match.end(), "share prompt"))
    return found


def _inline_notice_reason(match: re.Match[str]) -> str:
    group = match.lastgroup
    if group in _INLINE_NOTICE_REASONS:
        return _INLINE_NOTICE_REASONS[group]
    return "video player" if "javascript" in match.group().lower() else "advertisement"


def player_runs(text: str) -> list[tuple[int, int]]:
    """Spans of video-player labels run together ("click to play tap to play") and of
    players' control rows (`_PLAYER_CONTROLS`), in order."""
    low = text.lower()
    if "play" not in low and "video" not in low and "skip" not in low and "embed" not in low:
        return []  # every label and control row holds one of these
    controls = (
        [m.span() for m in _PLAYER_CONTROLS.finditer(text)]
        if "embed" in low or "skip ad" in low
        else []
    )
    if not any(cue in low for cue in _PLAYER_CUES):
        return controls
    return sorted(controls + [m.span() for m in _PLAYER_RUN.finditer(text)])


def widget_prefix(sentence: str) -> tuple[int, str]:
    """Length and reason of page-widget text opening a sentence ((0, "") if none).

    An audio player's label, a video player's section label (`_MORE_VISIT`), a
    teaser ending in "… read more", a related story's headline and its "read
    more" link, a heading run into a comment-box invitation: what follows is
    story. (A heading run into a share button is `_buttoned_headings`'.)
    """
    match = _AUDIO_LABEL.match(sentence)
    if match and match.end() < len(sentence):
        return match.end(), "audio player"
    low = sentence.lower()
    if "more, visit" in low:
        match = _MORE_VISIT.match(sentence)
        if match and match.end() < len(sentence):
            return match.end(), "video player"
    if "toggle caption" in low or "enlarge" in low:
        cut = _toggle_caption_end(sentence)
        if cut:
            return cut, "photo caption"
    for cue, pattern, reason in (
        ("read more", _TEASER_LINK, "teaser"),
        ("read more", _RELATED_LINK, "related link"),
        ("comment", _COMMENT_PROMPT, "comment prompt"),
    ):
        if cue in low:
            match = pattern.search(sentence)
            if match and word_count(sentence[: match.start()]) <= WIDGET_HEAD_MAX_WORDS:
                # "Leave a comment below.": nothing of the story follows.
                tail = word_count(sentence[match.end() :])
                return (match.end() if tail > WIDGET_TAIL_MAX_WORDS else len(sentence)), reason
    return 0, ""


def _toggle_caption_end(sentence: str) -> int:
    """Where the story starts after NPR's photo widget (`_TOGGLE_CAPTION`, or
    `_ENLARGE_IMAGE` with its credit printed twice), or 0.

    The widget, the headline before it and the credit after it go: the credit
    is the words printed twice over ("wade payne/ap wade payne/ap"), else the
    words up to the first that names its outlet ("jonathan makiri/npr").
    """
    match = _TOGGLE_CAPTION.search(sentence)
    toggled = match is not None
    match = match or _ENLARGE_IMAGE.search(sentence)
    if not match or word_count(sentence[: match.start()]) > WIDGET_HEAD_MAX_WORDS:
        return 0
    words = list(islice(_WORD.finditer(sentence, match.end()), 2 * WIDGET_CREDIT_MAX_WORDS))
    texts = [w.group().lower() for w in words]
    end = match.end()
    for n in range(1, len(texts) // 2 + 1):
        if texts[:n] == texts[n : 2 * n]:
            end = words[2 * n - 1].end()
            break
    else:
        if not toggled:
            return 0
        slashed = [w for w in words[:WIDGET_CREDIT_MAX_WORDS] if "/" in w.group()]
        if slashed:
            end = slashed[0].end()
    rest = len(sentence) - len(sentence[end:].lstrip())
    return rest if rest < len(sentence) else 0


def read_more_prefix(sentence: str) -> int:
    """Length of a "Read more" link opening a sentence (0 if none)."""
    match = _READ_MORE.match(sentence)
    return match.end() if match and match.end() < len(sentence) else 0


def page_pointer_asides(text: str) -> list[tuple[int, int]]:
    """Spans of bracketed asides pointing at the page's media ("( shown below )")."""
    if "(" not in text:
        return []
    return [m.span() for m in _ASIDE.finditer(text) if points_at_page(m.group(0))]


# A link the page gives its reader, as its sentence says, "here" ending it or its clause:
# "you can" watch or read it "here" ("You can read the full court decision against trump's
# travel ban here.", "... on recode's code conference stage; you can watch live here"), an
# order to at a clause's start ("... last night — read our dispatch here.", "( see article
# here )", "See the full poll here."), or where it "can be found", "is available" or
# "appears" ("Audio of the call is available here."): 27 texts on 27 Multi-News val pages
# and 2 on Timeline17's ("Google's flu tool for Mexico can be found here", Reuters's "( For
# WHO information on swine flu, go to: here)"), each read, all links. "Click here" is left
# to selection, whose boilerplate markers refuse its whole sentence (`select.context`):
# with the aside cut away, a flyer's text around it would pass ("You are encouraged to
# download and share electronically or print ... ( click here )."). Where more follows
# "here" the text is left ("... rates here west palm beach, florida ( cnn ) she was only 7
# weeks old ...": a story run on after the link, which the cut would take too), and so is
# speech: in a quote "here" is a place ('" you can see right here, that's where he bit me,
# " says one police officer', and two more), so a text with a quote mark is left to
# `_PAGE_POINTER`.
_LINK_POINTER = compile_pattern(
    r"(?:\byou can (?:watch|read|see|view|check|visit|find|download|stream|listen to|hear|catch)"
    r"|(?:^|[;:—–(]\s*|\s-\s|,\s+)"
    r"(?:read|see|watch|view|go|follow|listen to|check out|find|download)"
    r")\b[^.!?;]{0,100}?\bhere\b(?=\s*(?:[.!?;)]|$))"
    r"|\b(?:(?:is|are) (?:available|posted)|can be (?:found|seen|read|watched|viewed|heard|"
    r"downloaded)|appears) here\b(?=\s*(?:[.!?;)]|$))",
    re.IGNORECASE,
)


def points_at_page(text: str) -> bool:
    """True when the text points the reader at the page's media ("see the video below") or
    at a link ("you can read the full decision here")."""
    low = text.lower()
    return _may_point(low) and (
        _PAGE_POINTER.search(text) is not None
        or (
            " here" in low
            and not any(mark in text for mark in '"“”')
            and _LINK_POINTER.search(text) is not None
        )
    )


# A pointer that closes its sentence as a clause of its own after a dash leaves the news
# before it: "... protested in the neighborhood last night — read our dispatch here." keeps
# "... last night.", "... can change the colour, shape and texture of their skin at a whim
# — just watch the 'rock' in the video above ..." its first clause (3 texts of Multi-News
# val; before, each went whole). After a semicolon or a colon the words before are the
# pointer's lead-in: a first run that parted there too kept 2 more texts of val, both the
# page's own voice ("cody lillich is in the courtroom providing live coverage through
# 7onscene; follow his updates here.", "... where he will be interviewed by walt mossberg;
# you can watch live here"), so those sentences go whole, as before. So do those whose
# clause after the dash is long (a story run on after the pointer), whose words before it
# hold a pointer's word (a page's check for robots: "enter the characters below to
# continue ..."), or that hold a quote mark, which may pair across the dash.
_POINTER_BREAK = compile_pattern(rf"\s+{DASH}\s+")
POINTER_CLAUSE_MAX_WORDS = 15
POINTER_HEAD_MIN_WORDS = 4


def page_pointer_clause(text: str) -> int:
    """Where a closing clause that points at the page opens (its dash) in a text whose
    words before it hold no pointer's, or 0 (`points_at_page`)."""
    if any(mark in text for mark in '"“”'):
        return 0
    for match in reversed(list(_POINTER_BREAK.finditer(text))):
        clause = text[match.end() :]
        if word_count(clause) > POINTER_CLAUSE_MAX_WORDS:
            return 0
        if points_at_page(clause):
            head = text[: match.start()]
            if word_count(head) < POINTER_HEAD_MIN_WORDS or _may_point(head.lower()):
                return 0
            return match.start()
    return 0


def _may_point(low: str) -> bool:
    """Whether a lower-cased text holds a word every `_PAGE_POINTER` match holds."""
    return (
        "below" in low
        or "above" in low
        or " here" in low
        or "om of" in low  # "bottom of"
        or "op of" in low  # "top of"
    )
