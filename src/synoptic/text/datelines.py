"""Wire datelines: where a sentence's story text starts.

A news article often opens with its dateline ("LONDON (AP) _ ", "WASHINGTON,
Oct. 3 (Reuters) - ", "Paris – "), and a flattened web page may run its time
stamp or a bracketed note into a sentence ("Friday 1 May 2009 21.14 BST People
cross ...", "( published saturday, june 4, 2016 ) police ..."). `trim_dateline`
says how many characters they take, so a stage can narrow a sentence's offsets
past them (the result is still a view on the article's text: nothing is
rewritten) or show an event's text without them. `trim_connective` does the
same for a connective that ties a sentence to the one before ("And ...").
"""

from __future__ import annotations

import re

from synoptic.model import Sentence
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
from synoptic.text.places import DATELINE_CITIES, DATELINE_REGIONS
from synoptic.text.tokens import ARTICLES

__all__ = [
    "DASH_OPENING",
    "LABELS_BEFORE_CITY",
    "city_dateline",
    "story_text",
    "trim_bracket",
    "trim_connective",
    "trim_dateline",
    "trim_opening",
]

# "LONDON (AP) _ ", "WASHINGTON, Oct. 3 (Reuters) - ", "MOSCOW — ": capitals,
# an optional date and agency, then a dash or underscore.
_DATELINE = compile_pattern(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})"
    r"(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?"
    r"(?:,?\s*[A-Z][a-z]{2,4}\.?\s*\d{1,2})?"
    rf"\s*(?:\([A-Za-z ]{{1,20}}\)\s*)?(?:_|{DASH})\s+(?=[A-Z\"“])"
)

_TITLE_DATELINE = compile_pattern(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)? [–—] (?=[A-Z])")

# Multi-News spaced a compound's hyphen as a dash: "hong kong – based shuanghui ...".
_NOT_A_COMPOUND = r"(?!(?:based|area|born|bred|bound)\b)"
# A newspaper's dateline in any case: a town of up to three words, the region it lies in
# (`places.DATELINE_REGIONS`), a dash: "Dover, Fla. — ", "dover, fla. — the f.b.i. agent
# ...", "beirut, lebanon — more than 90 people ...". Multi-News' flattening lower-cased
# the capitals `_DATELINE` reads: 222 of its val sentences opened so and kept their
# dateline. The region is what tells one from a phrase before a dash ("when officers
# arrived, brockie – who went by ...", "back in 2011, another fan -- ...").
_PLACE_DATELINE = lazy_compile(
    r"^(?P<place>[A-Za-z][\w.'’-]*(?: [\w.'’-]+){0,2}),\s+"
    r"(?P<region>[A-Za-z][A-Za-z.-]*(?: [A-Za-z][A-Za-z.-]*){0,2})\s*"
    rf"{DASH}\s+"
    rf"{_NOT_A_COMPOUND}(?=[\w\"“])"
)
# "richmond, va. ( ap ) — when ...": an agency's dateline in case-normalised
# text (Multi-News), where the place is no longer in capitals; the agency in
# parentheses before a dash marks it wherever the page's flattening left it, and
# with no place at all ("(Reuters) - A team ...", after a page's time stamp).
# A photo's credit may come first, run into the dateline by the flattening:
# "Reuters/kcna seoul ( reuters ) - thousands gathered ...". UPI's names the country
# and the date too: "bukoba, tanzania, sept. 10 ( upi ) -- officials said ..." (7
# sentences of Multi-News val).
_AGENCY_DATELINE = compile_pattern(
    r"^(?:(?:reuters|afp|ap)/[^()]{1,80}?\s+)?"
    r"(?:[A-Za-z][\w.'’ -]{0,30}?(?:,\s*[\w.' ]{1,20}){0,2}\s*)?"
    r"(?:\(\s*(?:ap|reuters|afp|upi|cnn|dpa|xinhua|bloomberg)\s*\)\s*(?:(?:_|--|—|–|-)\s+)?"
    # A press release's: "beverly hills, calif., feb. 13, 2013 / prnewswire/ -- ".
    r"|[^/]{0,40}/\s*(?:pr\s?newswire|business\s?wire|globe\s?newswire)\s*/\s*(?:--|—|–|-)\s+)",
    re.IGNORECASE,
)

# A local station's, a network affiliate's or a business site's dateline, as Multi-News
# cases it: "fort wayne, ind. ( wane ) - ...", "block island, r.i. ( cbs ) — ...", "los
# angeles ( cbsla.com ) — ...", "( wmc-tv ) – memphis-based fedex ...", "new york (
# marketwatch ) — ...". Not an agency, so not in `_AGENCY_DATELINE`'s list: a station is
# known by its call letters' shape (k or w and two or three letters, "-tv", a channel
# number, "/ap" for the wire copy it ran), an affiliate by its network's name. 117
# sentences of Multi-News val open so, every one a dateline on reading (none of DUC or
# MultiLing); 52 sentences of 51 of the first 3,000 summaries did. Prose puts
# abbreviations in brackets ("the world wildlife fund ( wwf ) - ...", "the retailer ( wmt
# ) is ..."): a dash must follow, the place may not open with an article or a possessive,
# and the letters may not be its initials.
_STATION = (
    r"(?:[kw][a-z]{2,3}(?:-?tv)?\d{0,2}|(?:cbs|nbc|abc|fox)[a-z]*\d{0,2}(?:\.com)?"
    r"|marketwatch|thestreet|mainstreet|cnnmoney(?:\.com)?)(?:/(?:ap|[kw][a-z]{2,3}))?"
)
_STATION_DATELINE = lazy_compile(
    r"^(?P<place>[A-Za-z][\w.'’ -]{0,30}?(?:,\s*[\w.' ]{1,20})?\s*)?"
    rf"\(\s*(?P<station>{_STATION})\s*\)\s*(?:--|—|–|-)(?:\s*-)?\s+(?=\w)",
    re.IGNORECASE,
)
_NOT_A_PLACE = frozenset("the a an this that its his her their our my your".split())
# Nor does a town's name open with a preposition or a conjunction ("in ohio, texas - and
# elsewhere - ...").
_NOT_A_TOWN = _NOT_A_PLACE | frozenset(
    "in at on of from to for by with into across and but or when while as after before if"
    " unlike like than".split()
)


# A city that stands alone in a dateline (`places.DATELINE_CITIES`), in any case, before a
# dash: "washington — edward j. snowden, ...", "new york -- ..." (Multi-News val: 97
# sentences open with "washington —" alone). Not a hyphen: "London - based ...".
_CITY_DATELINE = lazy_compile(
    rf"^(?P<city>[A-Za-z][A-Za-z.']*(?: [A-Za-z.']+){{0,3}})\s*(?:--|—|–)\s+{_NOT_A_COMPOUND}"
    r"(?=[\w\"“])"
)


def _has_dash(head: str) -> bool:
    return "—" in head or "–" in head or " -" in head


def _place_dateline(text: str) -> int:
    """The length of a town and its region before a dash opening a sentence
    (`_PLACE_DATELINE`), or 0."""
    if "," not in text[:40]:
        return 0  # most sentences: one substring test instead of the pattern
    match = _PLACE_DATELINE.match(text)
    if match is None or match.group("region").lower() not in DATELINE_REGIONS:
        return 0
    if match.group("place").split(None, 1)[0].lower() in _NOT_A_TOWN:
        return 0
    return match.end()


# A page's label the flattening ran into the dateline after it: "ap seoul — the u.s.
# bid ...", "Video washington — president obama ..." (Multi-News).
LABELS_BEFORE_CITY = frozenset(("ap", "video", "watch", "subscribe", "advertisement"))


def city_dateline(text: str) -> int:
    """The length of a city that stands alone before a dash opening a sentence
    (`_CITY_DATELINE`), with any page label before it, or 0."""
    match = _CITY_DATELINE.match(text)
    if match is None:
        return 0
    city = match.group("city").lower()
    if city not in DATELINE_CITIES:
        label, _, city = city.partition(" ")
        if label not in LABELS_BEFORE_CITY or city not in DATELINE_CITIES:
            return 0
    return match.end()


# An article that opens with a dateline's city and no dash, the story's article after it:
# "Paris an algerian man suspected of ...", "Washington the u.s. postal service's losses
# ..." (Multi-News dropped Reuters' "(Reuters) -": 20 leads of its val open so). No name
# goes on with an article ("New york mayor ...", "Boston red sox players ..." do not).
# A local paper's dateline: its own town, which no list of cities that stand alone holds,
# before a dash and the story in lower case ("Tampa — like many parents of toddlers, ...",
# "Hartford -- a hartford woman called 9-1-1 ...": 165 leads of Multi-News val, with a
# page's label or an agency's desk before some, "Reuters health - parents who delay ...").
# Only in an article's first sentence, where a town of up to three words opens it with no
# article, pronoun, conjunction or preposition, and the dash is the sentence's only one of
# its kind: a dash that a second one closes sets off an aside ("Songwriter don mclean –
# perhaps best known for ... – was arrested", "Five americans -- including a u.s. diplomat
# ... -- were killed"). Not AP's "File - in this ... file photo, ...", a caption's label,
# nor a compound the set spaced ("Hong kong – based ...", `_NOT_A_COMPOUND`).
_TOWN_DATELINE = compile_pattern(
    rf"^(?P<town>[A-Za-z][\w.'’]*(?: [\w.'’]+){{0,2}}) (?P<dash>{DASH}) {_NOT_A_COMPOUND}"
    r"(?=[a-z\"“])"
)
_NOT_A_DATELINE_TOWN = _NOT_A_TOWN | frozenset(
    "file no i you he she it we they these those there here although though because".split()
)


def _town_dateline(text: str) -> int:
    """The length of a lead's town before a dash (`_TOWN_DATELINE`), or 0."""
    match = _TOWN_DATELINE.match(text)
    if match is None or f" {match.group('dash')} " in text[match.end() :]:
        return 0
    words = match.group("town").lower().split()
    if any(w in _NOT_A_DATELINE_TOWN for w in words):
        return 0
    # A city that stands alone in datelines with other words before it is no town
    # ("Downtown washington — a march."); on its own, `city_dateline` took it.
    if any(" ".join(words[i:]) in DATELINE_CITIES for i in range(1, len(words))):
        return 0
    return match.end()


def _bare_city(text: str) -> int:
    """The length of a city that stands alone in datelines (`places.DATELINE_CITIES`)
    opening a sentence right before "a", "an" or "the", or 0."""
    words = text[:60].split(" ", 5)
    for size in (1, 2, 3, 4):
        if len(words) > size and words[size].lower() in ARTICLES:
            city = " ".join(words[:size])
            return len(city) + 1 if city.lower() in DATELINE_CITIES else 0
    return 0


def _station_dateline(text: str) -> int:
    """The length of a station's dateline opening a sentence (`_STATION_DATELINE`), or 0."""
    match = _STATION_DATELINE.match(text)
    if match is None:
        return 0
    place = match.group("place")
    if place:
        words = place.lower().replace(",", " ").split()
        letters = match.group("station").lower().split("/")[0]
        if words[0] in _NOT_A_PLACE or "".join(w[0] for w in words) == letters:
            return 0
    return match.end()


# The same agency's dateline further into a sentence: the page's flattening ran a
# headline, a caption or a byline into it with no stop ("us unemployment rate plummets
# to 6.3 percent, ... economy gains 288,000 jobs washington ( ap ) — us unemployment
# rate plummets ...", "... by alexei anishchuk and timothy heritage moscow, dec 19 (
# reuters ) - president vladimir putin ..."): the story starts after it, and what comes
# before goes with the place. Multi-News val holds 118 such sentences where no dateline
# opens the sentence; 40 read were each a headline, a caption, a byline, a blog's "5
# years ago" or a second place ("berlin/athens ( reuters ) - ") before the dateline.
# 7 of the first 3,000 summaries held one, and 54 summaries changed as leads so
# freed were taken (val 0-1499 F1 44.44/15.31 -> 44.46/15.33; DUC unchanged).
# AP's, Reuters' and AFP's datelines end in a dash; CNN's may not. Within
# `RUN_IN_MAX_WORDS` words of the sentence's start, as a headline is short.
_RUN_IN_DATELINE = compile_pattern(
    r"\(\s*(?:cnn\s*\)\s*(?:(?:--|—|–|-)\s+)?|(?:ap|reuters|afp)\s*\)\s*(?:--|—|–|-|_)\s+)(?=\w)",
    re.IGNORECASE,
)
RUN_IN_MAX_WORDS = 40
# A page's full time stamp (weekday, date, clock and zone: The Guardian's "Wednesday 27
# April 2005 17.57 BST") with the headline a flattened page ran before it: "Rig operator
# hits back with claim of ` fatally flawed well design ' Wednesday 8 September 2010 16.42
# BST Outgoing BP chief executive ..." (3 summary sentences of the full pages of
# Timeline17; none of Multi-News val's pages has one). No sentence of news holds one.
_RUN_IN_STAMP = compile_pattern(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+\d{1,2}\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+\d{4}\s+\d{1,2}[.:]\d{2}\s+(?:BST|GMT|CET|CEST)\s+"
)

# A page's time stamp run into the text, wherever the flattening left it: "Friday 1
# May 2009 21.14 BST People cross ...", "Wednesday, July 21, 2010; 8:54 PM The
# search ...", "8 November 2011 Last updated at 14:07 GMT Help Michael ...",
# "Thu May 27, 2010 12:32 pm EDT (Reuters) - " (full pages of Timeline17). A date
# and a clock time, then the story's capital: no sentence of news opens so.
# Reuters' pages of 2011 put the place and a bar first ("BEIRUT | Wed Apr 27, 2011
# 10:19am EDT BEIRUT (Reuters) - ", `_PLACE_BAR`).
# A clock time as Multi-News spaces it, with its zone: "1: 40 am gmt", "6: 06 am".
_SPACED_TIME = rf"\d{{1,2}}:\s?\d{{2}}\s*[ap]\.?m\.?(?:\s+{TIME_ZONES}\b)?"
_STAMP_DATE = r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}),?\s+\d{4}"
_STAMP_TIME = r"\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+(?:[A-Z]{2,4}|UK time))?"
_TIMESTAMP = compile_pattern(
    rf"^(?:(?:[A-Z][a-z]{{2,8}},?\s+)?{_STAMP_DATE}[;,]?\s+(?:Last updated at\s+)?{_STAMP_TIME}"
    # "Page last updated at 07:48 GMT, Tuesday, 8 November 2011 The trial ..."
    rf"|Page last updated at\s+{_STAMP_TIME},\s+(?:[A-Z][a-z]{{2,8}},\s+)?{_STAMP_DATE}"
    # A live page's entry: "LIBYA, 5:32 p.m. ET, 12:32 a.m. local: The United ..."
    rf"|[A-Z][A-Z .'-]+,\s+{_STAMP_TIME},\s+{_STAMP_TIME}\s+local:)"
    r"\s+(?:Help\s+)?(?=[A-Z\"“(])"
    # The same stamp as Multi-News spaces and lower-cases it, the story in lower case
    # after it: "February 7, 2014 at 6: 06 am former washington resident ...",
    # "November 14, 2013 9: 58 am philadelphia ( cbs ) — ..." (7 of the first 3,000
    # Multi-News val summaries opened with one).
    rf"|^{_STAMP_DATE}\s+(?:at\s+)?{_SPACED_TIME}\.?\s+(?=[a-z\"“(])"
    # A live page's entry under its 24-hour clock: "1654 The Pan - American Health
    # Organization ... estimates ...", "0710 a state of emergency was declared ..."
    # (181 sentences of Timeline17's whole pages, 2 of Multi-News val; DUC 2003 none).
    # Not a year: "2014 was a busy year for ...", "1951 crosley wagon: ..." (25 more of
    # Multi-News val open so), nor any time a year could be (19:00 to 20:59), nor a
    # round count ("1200 Marines ..."): a capital after it, or a leading zero.
    rf"|^(?!{YEAR_LIKE})(?:{CLOCK_24H}\s+(?=[A-Z\"“])|0\d[0-5]\d\s+(?=[a-z]))"
    # A live page's clock with its colon, as The Guardian and local stations write it:
    # "11.50 am CDT: Obama's now talking ...", "10: 52 p.m.: authorities said ..." (36
    # sentences of Timeline17's whole pages, 7 of Multi-News val; DUC 2003 none).
    r"|^\d{1,2}(?:[.:]\s?\d{2})?\s*[apAP]\.?[mM]\.?(?:\s+[A-Za-z]{2,4})?\s*:\s+(?=[A-Za-z\"“])"
)


# A page's date line under its headline, the day's name first and no clock, before the
# story's dash or colon or its place's dateline: "Tuesday, april 19, 2016 ( healthday
# news ) -- a new, but small, study finds ...", "Tuesday, feb. 14, 2017 -- scalp cooling
# caps ...", "saturday, march 12, 2016: at a donald trump for president rally ...",
# "Thursday, october 02, 2014 petrified national forest park, arizona — two villages
# ...". 13 of Multi-News val's summary sentences opened with one, 10 of them closed so
# (the others by a caption or a place too long for a dateline); news never does.
_WEEKDAY_STAMP = lazy_compile(
    r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}"
    r"(?P<end>\s*\(\s*[A-Za-z][\w .]{0,30}\)\s*(?:--|—|–|-)|\s*(?:--|—|–|:))?\s+(?=\S)",
    re.IGNORECASE,
)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _weekday_stamp(text: str, *, lead: bool) -> int:
    """The length of a page's date line (`_WEEKDAY_STAMP`) and of the dateline after it, or
    0 where neither a dash, a colon nor a dateline closes it."""
    stamp = _WEEKDAY_STAMP.match(text)
    if stamp is None:
        return 0
    after = trim_dateline(text[stamp.end() :], lead=lead)
    return stamp.end() + after if stamp.group("end") or after else 0


# NBC News' stamp as Multi-News spaces it, with its source and its byline after it
# ("Nov. 29, 2018, 1: 40 am gmt / updated nov. 29, 2018, 1: 52 am gmt by phil
# mccausland for weeks, student veterans ...", "... gmt / source: reuters one of kiev's
# ..."; `synoptic.patterns.RUN_IN_BYLINE`). A name running on ("by maggie fox and ...")
# is left: its end is not clear.
# "Nov. 29, 2018", in any case: the date of NBC's stamp and of a video page's.
_MONTH_DAY_YEAR = r"[A-Za-z]{3,9}\.?\s+\d{1,2},\s+\d{4}"
_UPDATED_STAMP = lazy_compile(
    rf"^{_MONTH_DAY_YEAR},\s+{_SPACED_TIME}\s*/\s*updated\s+{_MONTH_DAY_YEAR},\s+{_SPACED_TIME}\s+"
    rf"(?:/\s*source:\s*[a-z]+\s+)?(?:{RUN_IN_BYLINE})?(?=\S)",
    re.IGNORECASE,
)
# A video page's stamp before its description: "Published on nov 24, 2015 police
# released a dashcam video ..." (YouTube; 33 Multi-News val clusters), and a blog's or
# a journal's posting stamp, with its author, weekday or time ("Posted by mike florio on
# december 27, 2015, 7: 26 pm edt earlier on sunday, broncos quarterback ...", "Posted
# november 10, 2011 outbreak summary ...", "Published 31 january 2011 researchers show
# ..."; 6 more cleaned sentences of Multi-News val, 5 of them in summaries). Prose that
# opens so puts a comma after the year ("Published on May 3, 2010, the report ...") or
# goes on with a preposition ("Published 31 January 2011 in Nature, ..."). A reader's
# comment under its header ("Posted by: tali | sep 3, 2010 8: 36: 50 pm ...") is not
# trimmed: its text is no story's.
_POSTING_OPENINGS = frozenset(("publ", "post", "uplo", "stre"))
_POSTING_STAMP = compile_pattern(
    r"^(?:(?:published|uploaded|streamed live) on|published"
    r"|posted(?:\s+by\s+[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?\s+on|\s+on)?)\s+"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:{_MONTH_DAY_YEAR}|\d{{1,2}}\s+[A-Za-z]{{3,9}}\s+\d{{4}})"
    rf"(?:,?\s+(?:at\s+)?{_SPACED_TIME})?\s+(?!(?:in|by|on|at|and|for)\b)(?=\w)",
    re.IGNORECASE,
)
# A video's running time, or a live page's clock, before the clip's blurb or the entry:
# "Video ( 02: 59 ): a twin cities woman ...", "google plus embed 0: 23 taipei, taiwan —
# taipei's mayor ...", "6: 50 november 19, 2013 anjelica huston on ...", "21: 22 a very
# gracious michael johnson ...". Not a clock time ("7: 01 p.m., he was handed ..."). 31
# sentences of Multi-News val open so, and 27 of the summaries of its 5,622 clusters
# did; DUC 2003 and MultiLing none.
_CLIP_STAMP = lazy_compile(
    r"^(?:google plus embed\s+|video\s*\(\s*)?\d{1,2}:\s?\d{2}(?::\s?\d{2})?(?:\s*\))?\s*:?\s+"
    rf"(?:{_MONTH_DAY_YEAR}\s+)?"
    rf"(?!(?:[ap]\.?m\b|[ap]\.m|{TIME_ZONES})\b)(?=[a-z\"“'])",
    re.IGNORECASE,
)
_PLACE_BAR = lazy_compile(r"^[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,3}\s*\|\s*(?=[A-Z\d])")


# A page's note in brackets before its story, wherever the flattening left it:
# a video page's "( published saturday, june 4, 2016 ) police ..." or "( published
# 28 minutes ago )", a live page's "( scroll down for updates )", a wire's
# correction "( this refiled version of the story corrects spelling error in
# second paragraph ) kiev ( reuters ) - ..." or "(Updates with ...)" (Multi-News).
# A video page's "What to Know" box heading may follow it.
_PAGE_NOTE = compile_pattern(
    r"^\(\s*(?:published|updat(?:e|ed|es)|posted|correct(?:s|ed|ion)|adds|recasts|refiles"
    r"|scroll down|this (?:refiled|corrected|updated) version)\b[^()]{0,160}\)\s+"
    r"(?:what to know\s+)?(?=\S)",
    re.IGNORECASE,
)


# A page's headline run into its lead by the page's update stamp, with no stop between
# (Multi-News val): ABC (Australia) leaves a bare "updated" ("Bali drug case boy caught in
# quake updated a strong earthquake has struck ...": 22 pages, 8 of the first 3,000
# summaries), local stations the times posted and updated ("... dies posted: monday,
# april 6, 2015 3: 09 pm edt updated: monday, april 13, 2015 2: 53 pm edt channel 7 news
# has confirmed ...": 11 pages, 5 summaries; Cox's after the byline, "updated: feb 28,
# 2016 - 5: 16 pm": 2 pages, 2 summaries), a blog a bracket ("... teach american history
# ( updated ) rick santorum has ...": 5 pages, 3 summaries), the Daily Mail its
# "last updated at 4: 51 pm on 10th august 2010" after the byline (2 pages, 1 summary),
# and many a page the date and hour it was posted, after a headline, a section, a byline
# or an embedded post's signature ("diet & fitness drinking diet soda just makes you eat
# more jan. 16, 2014 at 5: 02 pm et msnbc.com don't depend on ...", with its source's
# site; "... originally published june 23, 2011 at 12: 50 pm | page modified june 24,
# 2011 at 1: 55 pm the justice department says ...", "a post shared by ... on dec 2, 2017
# at 7: 55am pst continental, the east village bar ...": 18 leads of Multi-News val, each
# read, and no other lead of any set), or a headline its medium's label ("firefighter
# jeffrey walz of tuckahoe id'd in world trade center remains ( video ) nearly 12 years
# after ...": 2 leads). The story follows in lower case. Only in an article's first
# sentence, where the headline stands; a bare "updated" must not be the verb of the
# sentence (see `_headline_update`).
_POSTED_STAMP = rf"(?:[a-z]+day,\s+)?{_MONTH_DAY_YEAR}\s+(?:-\s+)?{_SPACED_TIME}"
_HEADLINE_UPDATE = lazy_compile(
    r"^(?P<head>(?:\S+\s+){3,40}?)"
    rf"(?:(?:posted:\s+{_POSTED_STAMP}\s+)?updated:\s+{_POSTED_STAMP}(?:\s+posted:\s+updated:)?"
    r"|\(\s*updated\b[^()]{0,80}\)"
    rf"|last updated at\s+{_SPACED_TIME}\s+on\s+\d{{1,2}}(?:st|nd|rd|th)?\s+[a-z]{{3,9}}\s+\d{{4}}"
    rf"|{_MONTH_DAY_YEAR}\s+at\s+{_SPACED_TIME}(?:\s+[a-z]+\.com)?"
    r"|\(\s*(?:video|photos)\s*\)"
    r"|(?P<bare>updated|posted))"
    r"\s+(?=[a-z\"“])"
)
# A bare "updated" after these words (or a comma), or before these, is the sentence's own
# verb or adjective ("this story was updated to ...", "an updated clinical practice
# guideline", "according to updated election results", "... map of syria, updated june 5,
# 2015, illustrates ...", "general mills updated their online privacy policy"; ABC's leads
# open "updated a 13-year-old blind boy's ...", "updated the dramatic rescue ..." too, but
# "the" stays a verb's object).
_UPDATE_VERB_BEFORE = frozenset(
    "a an the and or has have had was were is are be been being not never newly recently "
    "frequently regularly constantly last just fully since to of in on for with by from into "
    "about".split()
)
_UPDATE_VERB_AFTER = frozenset(
    "the its their his her our your my this these that those them it him us me with to on in "
    "at by for from as and or version versions".split()
)


# ABC also leaves a bare "posted" ("' enraged ' son dobs dad in for ' torching cannabis
# plants ' posted an irate man has called police ..."), and opens leads with "the" after
# either ("... seizure during freefall over pinjarra in wa updated the dramatic rescue of
# a skydiver ... has been recorded"): 4 leads of Multi-News val, and no other lead of any
# set. There "posted the video", "updated the council" are as often the sentence's own
# verb, so the stamp is read only where what stands before it is a headline's length,
# opening with no article ("The dow jones industrial average posted ..."), and what
# follows is a clause with its own verb before any comma or stop (`_OWN_VERBS`), which
# "jessica sinclair of bridgetown posted a video of her 10-month-old daughter, ..." is not.
STAMP_HEADLINE_MIN_WORDS = 6
_OWN_VERBS = frozenset("has have had is are was were will".split())
_SUBJECTS = frozenset("i you he she it we they who which that also then".split())
# Words a clause after the stamp is read over, up to its first comma or stop.
STAMP_CLAUSE_MAX_WORDS = 25
_CLAUSE_END = lazy_compile(r"[,.;:!?—–]")


def _headline_update(text: str) -> int:
    """The length of a headline and its update stamp opening a sentence (`_HEADLINE_UPDATE`),
    or 0."""
    match = _HEADLINE_UPDATE.match(text)
    if match is None:
        return 0
    if stamp := match.group("bare"):
        head = match.group("head").split()
        before = head[-1].lower()
        rest = text[match.end() :]
        after = rest.split(None, 1)[0].lower()
        if before in _UPDATE_VERB_BEFORE or before.endswith(("ly", ",")):
            return 0
        if (stamp == "posted" or after in _UPDATE_VERB_AFTER) and not (
            after in ARTICLES
            and len(head) >= STAMP_HEADLINE_MIN_WORDS
            and head[0].lower() not in ARTICLES
            and before not in _SUBJECTS
            and _clause_follows(rest)
        ):
            return 0
    return match.end()


def _clause_follows(rest: str) -> bool:
    """Whether ``rest`` opens with a clause: one of `_OWN_VERBS` before its first comma or stop."""
    clause = _CLAUSE_END.split(rest, maxsplit=1)[0].split()
    return any(w in _OWN_VERBS for w in clause[:STAMP_CLAUSE_MAX_WORDS])


# A conjunction or discourse adverb that ties a sentence to the one before it:
# "And with economic penalties beginning to bite ...", "However, the talks ...".
# Only those a sentence reads the same without; `select.context.is_dangling`
# knows many more, which flag a sentence but cannot be dropped from it ("Instead",
# "The two").
_LEADING_CONNECTIVE = lazy_compile(
    r"^(?:(?:and|but)\b,?|(?:however|meanwhile|also|still|moreover|furthermore"
    r"|nevertheless|nonetheless|in addition|separately),)\s+(?=[\"“‘'(]?[A-Za-z])",
    re.IGNORECASE,
)
# What is left must still say something.
CONNECTIVE_REST_MIN_WORDS = 4


# Some papers' datelines end in an arrow, after a place of up to three words:
# "carlsbad >> a change in the type of ...", "San bernardino >> as community
# members mourned ..." (Multi-News).
_ARROW_DATELINE = lazy_compile(r"^[A-Za-z][\w.'’-]*(?:,?\s+[\w.'’-]+){0,2}\s*>>\s*(?=\w)")


# A page's button left before the story: ABC News' "Add interest" after its topic widget
# ("Add interest " there's no proof of anything ..."; 41 summary sentences of Multi-News
# val's 5,622 clusters opened so), and USA Today's video player's "Close" before the
# clip's caption ("Close thomas markle talks to good morning britain about ..."; 144
# summary sentences): all 178 val pages that open with "Close" open so, and 16 of the
# 19 val sentences that open so later in a page. The others are prose ("Close
# inspection revealed ...", "close friends tell tmz ...", "Close advisers expect ..."),
# as is "Close to 200 people ...": not before those words. Trimmed here, as the summary
# splits sentences, not by the cleaner: its split leaves "close the dow jones ..." glued
# to the sentence before, and "Add interest brittany oswell, 25, ..." to ABC's widget,
# which it removes whole (19 summaries lose a freed sentence when it is the cleaner's).
_BUTTON_LABEL = lazy_compile(r"^(?:add interest|(?P<close>close))\s+(?=\S)", re.IGNORECASE)
_NOT_A_BUTTON = frozenset(
    "to friends friend ties call calls aides aide relatives associates family behind by"
    " encounters contact range race second look attention examination inspection scrutiny"
    " advisers adviser allies ally up out down brothers".split()
)


def _button_label(text: str) -> int:
    """The length of a page's button label opening a sentence (`_BUTTON_LABEL`), or 0."""
    match = _BUTTON_LABEL.match(text)
    if match is None:
        return 0
    if match.group("close") and text[match.end() :].split(None, 1)[0].lower() in _NOT_A_BUTTON:
        return 0
    return match.end()


# A list's bullet before a sentence, as a flattened page keeps it: "* Pigs can catch
# human and avian or bird flu." (a Reuters fact box; 17 sentences of Timeline17's whole
# pages open so, with the set's escaping backslash, 60 of Multi-News val, 16 of
# MultiLing's WikiNews pages). A reader is shown the sentence without it. So too a
# rule of underscores that set a page's sections apart ("_____ dave legeno, who played
# werewolf fenrir greyback ..."; 3 of Multi-News val).
_BULLET_MARKS = "*•·▪►"
_BULLET = compile_pattern(rf"^(?:\\\s*)?(?:[{_BULLET_MARKS}]|_{{3,}})\s+(?=\S)")
_BULLETS = _BULLET_MARKS + "\\_"  # what a bulleted sentence opens with
# A dash that opens an article's first sentence is what is left of a dateline whose place
# went with the page's header ("- two men are under arrest after ...", "— the vatican
# told critics ...": 24 leads of Multi-News val). Elsewhere a dash opens an attribution,
# a list's item or the tail of a sentence, which leans on the one before it
# (`select.context.is_dangling`), and stays.
DASH_OPENING = compile_pattern(rf"^{DASH}\s+(?=\S)")


def trim_dateline(text: str, *, lead: bool = False) -> int:
    """How many leading characters of a sentence are a wire dateline.

    Args:
        text: The sentence.
        lead: Whether it is an article's first sentence. Only there is a place
            in capitals ("LONDON (AP) _ ") or in title case before a dash
            ("Paris – The top U.S. ...") a dateline; an agency in parentheses
            ("richmond, va. ( ap ) — ", "Washington ( cnn ) "), a station's call
            letters in them before a dash ("fort wayne, ind. ( wane ) - "), a press-release
            wire ("/ prnewswire/ -- "), an arrow after a short place
            ("carlsbad >> "), a town and its region ("dover, fla. — ") or a city
            that stands alone in datelines ("washington — ") marks one anywhere.
            Only there does a headline run into the story by its update stamp
            (`_HEADLINE_UPDATE`).

    Returns:
        The length of a leading dateline with its trailing space ("LONDON (AP) _ "),
        and of a time stamp (after any place and bar) or a page's bracketed note
        before it (`_TIMESTAMP`, `_PLACE_BAR`, `_UPDATED_STAMP`, `_POSTING_STAMP`,
        `_CLIP_STAMP`, `_WEEKDAY_STAMP`, `_PAGE_NOTE`, anywhere; a page's button or a list's bullet
        before any of them, `_BUTTON_LABEL`, `_BULLET`), or of a headline and its
        update stamp, or 0 when it has none.
    """
    if text[:1] in _BULLETS and (bullet := _BULLET.match(text)):
        return bullet.end() + trim_dateline(text[bullet.end() :], lead=lead)
    if text[:1] in "AaCc" and (button := _button_label(text)):
        return button + trim_dateline(text[button:], lead=lead)
    if text[:1].isalnum():
        top = text[:48]
        if "/ updated" in top and (nbc := _UPDATED_STAMP.match(text)):
            return nbc.end()
        if top[:4].lower() in _POSTING_OPENINGS and (posted := _POSTING_STAMP.match(text)):
            return posted.end() + trim_dateline(text[posted.end() :], lead=lead)
        if top[:3].lower() in _WEEKDAYS and (day := _weekday_stamp(text, lead=lead)):
            return day
        if ":" in top[:24] and (clip := _CLIP_STAMP.match(text)):
            return clip.end() + trim_dateline(text[clip.end() :], lead=lead)
        bar = _PLACE_BAR.match(text) if "|" in top else None
        at = bar.end() if bar else 0
        if stamp := _TIMESTAMP.match(text[at:] if at else text):
            end = at + stamp.end()
            # The byline after it: "June 02, 2011 10: 56 am et by eric boehlert if roger
            # ailes thought ..." (Media Matters; 2 in Multi-News val).
            if text[end : end + 3].lower() == "by " and (
                byline := RUN_IN_BYLINE_PATTERN.match(text, end)
            ):
                end = byline.end()
            return end + trim_dateline(text[end:], lead=lead)
    if text[:1] == "(" and (note := _PAGE_NOTE.match(text)):
        return note.end() + trim_dateline(text[note.end() :], lead=lead)
    head = text[:80]
    if ">>" in head and (arrow := _ARROW_DATELINE.match(text)):
        return arrow.end()
    agency = _AGENCY_DATELINE.match(text) if "(" in head or "/" in head else None
    if agency:
        return agency.end()
    if "(" in head and (station := _station_dateline(text)):
        return station
    run_in = _RUN_IN_DATELINE.search(text) if "(" in text else None
    if run_in and len(text[: run_in.start()].split()) <= RUN_IN_MAX_WORDS:
        return run_in.end()
    stamp = _RUN_IN_STAMP.search(text) if "T " in text else None  # a zone: "BST", "GMT"
    if stamp and len(text[: stamp.start()].split()) <= RUN_IN_MAX_WORDS:
        return stamp.end() + trim_dateline(text[stamp.end() :], lead=lead)
    if _has_dash(head[:40]) and (place := _place_dateline(text) or city_dateline(text)):
        return place
    if not lead:
        return 0
    if text[:1] in DASH_MARKS and (dash := DASH_OPENING.match(text)):
        return dash.end() + trim_dateline(text[dash.end() :], lead=True)
    if ("updated" in text or "posted" in text or ":" in text or "( " in text) and (
        headline := _headline_update(text)
    ):
        return headline + trim_dateline(text[headline:])
    match = _DATELINE.match(text)
    if not match:
        title = _TITLE_DATELINE.match(text)
        if title:
            return title.end()
        return (_town_dateline(text) if _has_dash(text[:40]) else 0) or _bare_city(text)
    # A dateline's place is in capitals ("BONN, Germany"): an ordinary opening
    # such as "A US-Russia deal - " is not one.
    if sum(c.isalpha() for c in match.group("place")) < 3:
        return 0
    return match.end()


# A bracketed group that opens a sentence ahead of its words, on a flattened page:
# a picture's credit or source ("( credit: james martin/cnet ) apple has shown off
# ...", "( rj sangosti, the denver post ) centennial — ...", with a dash after a
# place: "( murfreesboro, ark. ) -- an 8.52-carat ...") or an aside the flattening
# ran into the next sentence ("( the white house won't say. ) but it was ...").
# No nested brackets; a word must follow it.
_LEADING_BRACKET = compile_pattern(
    r"^[(\[][^()\[\]]{1,400}[)\]]\s+(?:(?:--|[-—–])\s+)?(?=\w|[\"“‘'])"
)
# Words that go on from a subject the bracket closed, or one before it: "why change
# your wife? ( 1920 ) can't quite let the women ...". What follows a label opens its
# own sentence.
_VERB_OPENINGS = frozenset(
    "is isn't are aren't was wasn't were weren't has hasn't have haven't had hadn't does"
    " doesn't do don't did didn't can can't cannot could couldn't will won't would"
    " wouldn't shall should shouldn't may might must said says".split()
)


def trim_bracket(text: str) -> int:
    """How many leading characters of a sentence are a bracketed group before its words.

    Nothing in a sentence's syntax opens it with a bracket that closes before
    its verb: what stands there is a page's label (a credit, a source, a
    clip's running time "( 2: 05 )") or an aside of the sentence before. The
    words after it are the sentence, unless they go on from a subject
    (`_VERB_OPENINGS`: "( 1920 ) can't quite let ..."). Datelines in brackets ("( cnn ) ", "(
    published ... ) ") are `trim_dateline`'s: ask it first.

    Returns:
        The length of the group with its trailing space, or 0.
    """
    match = _LEADING_BRACKET.match(text) if text[:1] in "([" else None
    if not match:
        return 0
    rest = text[match.end() :]
    first = rest.split(None, 1)[0].lower().replace("’", "'")
    # A bracket left open before it closes ("( source: cancer facts & figures 2014 )
    # cancer facts & figures 2014 ) are ..."): a page's table, not a sentence.
    close = rest.find(")")
    if first in _VERB_OPENINGS or (close >= 0 and "(" not in rest[:close]):
        return 0
    return match.end()


def trim_opening(text: str, *, lead: bool = False) -> tuple[int, int]:
    """Where a sentence's story text starts: past a dateline (`trim_dateline`), or
    past a bracketed group (`trim_bracket`) and any dateline after it ("( wcso/ktul )
    broken arrow, okla. ( ktul ) -- one person ...").

    Args:
        text: The sentence.
        lead: Whether it is an article's first sentence (see `trim_dateline`).

    Returns:
        ``(bracket, cut)``: the bracketed group's length (0 when none opens the
        sentence) and how many leading characters go in all.
    """
    cut = trim_dateline(text, lead=lead)
    if cut or not (bracket := trim_bracket(text)):
        return 0, cut
    return bracket, bracket + trim_dateline(text[bracket:], lead=lead)


def story_text(sentence: Sentence) -> str:
    """A sentence's text from where its story starts (`trim_opening`; a lead is its
    article's first sentence), as a summary, a fact or a timeline entry shows it."""
    return sentence.text[trim_opening(sentence.text, lead=sentence.index == 0)[1] :]


def trim_connective(text: str) -> int:
    """How many leading characters of a sentence are a connective tying it to the last.

    "And with economic penalties beginning to bite, Putin is heading to Milan."
    told on its own (a timeline's entry) reads from "with": the conjunction
    points at a sentence the reader does not see. Only coordinating
    conjunctions ("And", "But") and discourse adverbs set off by a
    comma ("However,", "Meanwhile,", "In addition,") are trimmed, and only
    where at least `CONNECTIVE_REST_MIN_WORDS` words follow.

    Returns:
        The length of the connective with its trailing space, or 0.
    """
    match = _LEADING_CONNECTIVE.match(text)
    if not match or len(text[match.end() :].split()) < CONNECTIVE_REST_MIN_WORDS:
        return 0
    return match.end()
