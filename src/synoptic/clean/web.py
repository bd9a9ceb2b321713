"""Web furniture inside running text: the page talking to its reader, not the story.

Pages flattened into one paragraph (most of Multi-News) carry widget and notice
text inside the body, where line-shape rules cannot see it: an embedded tweet's
"Tweet with a location ... your tweets", an archive's crawl notes, newsletter
and alert sign-ups, video-player errors, reprint notices, comment-box hints.

Such a sentence has a voice news prose lacks: it addresses the reader ("you",
"your", an imperative) about the page's machinery (tweets, location history,
email alerts, the video, the crawl). The rule scores that voice, so it holds on
widgets nobody listed: two machinery terms with a second-person address, or
three machinery terms alone (crawl notes are impersonal). Quoted speech is never
furniture: "'You can't ignore Twitter,' she said" is news.
"""

from __future__ import annotations

import re

from synoptic.clean.rules import ascii_words
from synoptic.patterns import compile_pattern, lazy_compile

__all__ = ["KEY_WORDS", "is_archive_note", "is_web_furniture"]

# Phrases no news story uses about its own subject: any one marks furniture.
_STRONG = lazy_compile(
    r"\b(?:wayback machine|archive-it|web archiving|no more 404|location history|"
    r"javascript|junk folder|verification (?:e-?mail|message)|non-commercial use|"
    r"presentation-ready|add as an interest|delivered (?:daily|weekly|weekday)|"
    r"feature is not available|could not be loaded|has been rented|"
    r"(?:use|accept|enable|disable) cookies|cookie (?:policy|settings)|ad ?blocker|"
    r"all rights reserved|have your say|"
    # A missing page and a form ("sorry, either the position you requested is no
    # longer available or the page you requested no longer exists", "... and then
    # update your bookmark.", "Please enter your first name."; Multi-News).
    r"(?:page|position|item) you requested|please enter your|update your bookmarks?|"
    # A sign-up form's and a reaction widget's text ("Email address we ' ll send a
    # conformation email to this address.", "sorry, but you can only react up to 3
    # times!"): each in the summaries of three unrelated Multi-News val stories.
    r"we(?: ?['’] ?ll| will| have) sen[dt] (?:you )?an? (?:confirmation|conformation) e-?mail|"
    r"can only react up to|"
    # A login box, a browser notice, a missing page, a show's promo and a journal's
    # credit line ("use my facebook information to fill out my public buzzfeed profile",
    # "some items on this page will be unavailable", "If you're having trouble locating
    # a destination on yahoo! ...", "... and other great web exclusives", "... for a
    # maximum of 1 ama pra category 1 credit"; two or three Multi-News val stories each).
    r"use my facebook information|on this page (?:will|may) be unavailable|"
    r"trouble locating a destination|web exclusives|ama pra category|"
    # What such pages say beside them ("Ap's earlier story is below.", "The times makes
    # no guarantee of comments ' factual accuracy.", "Videos you watch here will
    # automatically be posted to your timeline.").
    r"earlier story is below|no guarantee of comments|posted to your timeline|"
    # A video agency's licence under a clip ("this video has been uploaded for use by
    # storyful's subscription clients with the permission of the content owner.").
    r"uploaded for use by|"
    # The Wall Street Journal's clip blurbs, which name its shows ("Wsj's shalini
    # ramachandran explains on the news hub.", "Sara murray has details on lunch
    # break.", "David blitzer ... joins moneybeat."): 16 in Multi-News val.
    r"(?:reports|explains|discuss(?:es)?|has details|joins|join) (?:on )?"
    r"(?:the news hub|markets hub|lunch break|moneybeat|digits)|"
    # CNN's edition picker ("You've selected the U.S. Edition."; Timeline17's full pages).
    r"you ?['’]? ?ve selected the (?:u\.s\.|us|uk|international|arabic|asia|europe) edition|"
    # A form's prompt, a comment box's and a page's call for tips ("Select one of the
    # options below.", "Please create a screen name.", "Send us an e - mail."; CNN's
    # and The Washington Post's full pages in Timeline17).
    r"select one of the options below|create a screen name|send us an e ?-? ?mail|"
    # An e-mail-a-friend form's note ("A link to this page will be included in your
    # message."): five Multi-News val pages, in the summaries of three of them at
    # ce1b870 (benchmarks/recurring_text.py).
    r"will be included in your message|"
    # A paywall's meter and price, a republishing notice and a newspaper's footer, each
    # in a summary of Multi-News val ("Website visitors may access up to five articles a
    # month for free ...", "... purchase a newspaper + premium digital subscription for
    # $ 11.77 per week.", "Fyi, you can grab html code for our stories easily.", "If you
    # plan to republish our content, you must notify us ...", "View our online press
    # pack.", "For other inquiries, contact us."; 1 to 5 pages each).
    r"visitors may access up to|premium digital subscription|html code for our stories|"
    r"republish(?:es|ed|ing)? (?:all of )?(?:our|this|reveal) "
    r"(?:content|material|work|stories|graphics)|"
    r"visit our syndication site|online press pack|for other inquiries, contact us|"
    # The rest of a republishing notice ("This license only applies to republication of
    # full works.", "Please do not alter this code.", "You also cannot sell our material
    # separately or syndicate it."; 8 sentences of one Multi-News val page, 3 of them in
    # its summary).
    r"republication of full works|do not alter this code|license and indemnification|"
    r"sell our material|"
    # A publisher speaking of itself and to its reader: an appeal for its journalism, its
    # mission and prizes, its archive's terms and its contact box ("Our journalism takes a
    # lot of time, effort, and hard work to produce.", "Our staff members have won dozens
    # of major journalism accolades.", "we're committed to empowering our readers with
    # local news ...", "Free archives of stories are maintained on our site for one
    # month.", "If you have any questions, feel free to contact us.", "... please email us
    # at editorial team [ at ] credit [ dot ] com ..."): each in a summary of Multi-News
    # val at a02303d, seven pages in all. A news story says "our" inside quotes only,
    # which are never furniture here.
    r"our journalism|journalism accolades|"
    r"committed to (?:empowering|providing|serving) our readers|archives of stories|"
    r"(?:feel free to|please) (?:contact|call|e-?mail) us|"
    # A missing or removed page, a search box, a poll's and a shop's messages ("We're
    # sorry, the page you are looking for cannot be found at this address.", "The petition
    # you are trying to access has been removed from the site ...", "Also, you may find
    # what you're looking for if you try searching below.", "If you are looking for an
    # older news story, it may no longer be here.", "Your vote has been counted, thank you
    # for voting.", "Your credit card will not be charged until we ship the item.", what
    # a help box's link leaves: "help central if you need more assistance."): 13
    # sentences of the cleaned Multi-News val pages, in 6 summaries at fe05871.
    r"(?:page|petition) you (?:are|were|['’] ?re) (?:looking for|trying to)|"
    r"searching below|our search box|older news story|if you need more assistance|"
    r"your vote has been|your credit card will|"
    # A quiz's, a subscription's, a privacy box's, a shop's and a journal's ("Your answers
    # have been saved for later.", "You should receive your first issue soon!", "About
    # your privacy on this site welcome!", "Use rush shipping for delivery by 12/24.", "Not
    # valid in ak or hi.", "Select an issue: all issues vol."): 7 cleaned sentences of
    # Multi-News val, each in a summary at fe05871.
    r"your answers have been saved|receive your first issue|your privacy on this site|"
    r"rush shipping|international shipping addresses|not valid in ak or hi|"
    r"select an issue: all issues|"
    # A shop's and an offer's small print, a job box, a submission form, a paywall's
    # appeal, a live page's close, an undertaker's advert ("Order now and we ' ll deliver
    # when available.", "You can expect your package to arrive by 12/24.", "Offer available
    # on the bk ® app only.", "Enter your current or past job.", "Your images may appear
    # online and in print.", "Join us to get a year of this content!", "15.27 that's the end
    # of our live coverage today.", "Follow along below as we learn more details."): 12
    # cleaned sentences of Multi-News val, every one such a message, each in a summary at
    # fe05871.
    r"order now and we ?['’]? ?ll deliver|expect your package to arrive|offer available on the|"
    r"build a bridge to your new career|enter your current or past job|"
    r"your images may appear|join us to get a year of|end of our live coverage|"
    r"follow along below as we|ad-free music for|immediate need we are here to help)\b",
    re.IGNORECASE,
)
# Words about a web page's own machinery. Each distinct one counts once.
_MACHINERY = lazy_compile(
    r"\b(?:tweets?|twitter|retweets?|location information|follow us|newsletters?|inbox|"
    r"subscrib(?:e|ed|ing|ers?)|unsubscribe|sign(?:ing)? up|sign in|log ?in|log ?out|e-?mails?|"
    r"alerts?|notifications?|verify|activate|profile|account|password|browser|"
    r"privacy policy|terms of (?:use|service)|video|player|transcript|playlist|autoplay|"
    r"reprints?|copyright|comments?|commenting|username|upvote|click(?:ing)?|tap|download|"
    r"website|web page|webpage|homepage|urls?|app)\b",
    re.IGNORECASE,
)
# An archive's own names: any one marks its crawl notes, quoted or not ('Crawls of
# supported " no more 404 " sites.', after 68 Multi-News val pages of notes).
_ARCHIVE_NAMES = lazy_compile(
    r"\b(?:wayback machine|archive-it|web archiving|no more 404|internet archive)\b",
    re.IGNORECASE,
)
# An archive's crawl notes are impersonal; two of these words mark them. A web archive's
# description of a collection counts its websites ("Contains periodically archived
# websites of ...", "This collection includes sites related to ...", "To view archived
# videos click on the videos link ... at the top of the archived web page."): 20 such
# sentences in Multi-News val, four of them in summaries at a02303d, and no news sentence
# there holds two of these words. "Web" is no word of its own (`_archive_words`): a
# story's "websites, including popular sites" names one thing twice.
_ARCHIVE = lazy_compile(
    r"\b(?:crawls?|crawled|crawling|webcrawl|crawl data|archived?|archiving|seed (?:list|for)|"
    r"internet archive|web archives?|(?:web ?)?sites|web ?pages?|"
    r"captures|urls?|hosts|collections?|outlinks|wikis|embargo period)\b",
    re.IGNORECASE,
)
_ADDRESS = lazy_compile(r"\b(?:you|your|yours|you're|you'll|you've)\b", re.IGNORECASE)
_IMPERATIVE = lazy_compile(
    r"^\W*(?:click|tap|subscribe|sign up|follow|share|download|watch|get|add|read|"
    r"please|log ?in|register|join|check|enter|feel free)\b",
    re.IGNORECASE,
)
# A single quote mark before a space closes a quote, but for a contraction or a plural's
# possessive as Multi-News spaces them ("you ' ll receive free e-mail news updates
# ...", "federal agencies ' web and social media presence").
_GAP = r"(?<![sS])(?<![sS]\s)['‘’]\s(?!(?:ll|s|re|ve|m|d|t)\b)"
_SPEECH = r"\b(?:said|says|told)\b"
_QUOTED = lazy_compile(rf"[\"“”]|{_GAP}|{_SPEECH}")
# `_QUOTED` in pieces, each scanned only when a substring test says it may match:
# a pattern opening with "\b" is tried at every character (1.4 of 11 ms per
# DUC 2003 t2 cluster of cleaning went on `_QUOTED` alone).
_APOSTROPHE_GAP = compile_pattern(_GAP)
_SPEECH_VERB = compile_pattern(_SPEECH)
_Pattern = re.Pattern[str]
_Rules = tuple[_Pattern, _Pattern, _Pattern, _Pattern, _Pattern, _Pattern]


def _rules(flags: int) -> _Rules:
    """The patterns with ``flags`` (compiled when first used), last the one that finds any
    term of the first three."""
    found = (_STRONG, _ARCHIVE, _MACHINERY, _ADDRESS, _IMPERATIVE)
    strong, archive, machinery, address, imperative = (
        lazy_compile(p.pattern, flags) for p in found
    )
    any_term = lazy_compile("|".join(f"(?:{p.pattern})" for p in found[:3]), flags)
    return strong, archive, machinery, address, imperative, any_term


_CASELESS = _rules(re.IGNORECASE)
# The same patterns (all lower-case) for lower-cased text.
_LOWER = _rules(0)
# The only characters on which `str.lower` and case-insensitive matching of
# these ASCII patterns disagree ("İ".lower() is two characters; "ı" and "ſ"
# match "i" and "s" case-insensitively but stay themselves lower-cased):
# tests/unit/clean/test_web.py checks the list against every code point.
_FOLDS = compile_pattern("[\u0130\u0131\u017f]")
# One word of every term of `_STRONG`, `_ARCHIVE`, `_MACHINERY` and
# `_ARCHIVE_NAMES`, lower-cased ("rented" for "has been rented", "e" for
# "e-mail"). A term found in a text brings its words into the text's words
# (maximal runs of ``\w``), so a text whose words miss this set holds no term.
# One pass over the words costs a third of the patterns' scan, which tries each
# term at every word (DUC 2003 t2: 2.9 of 11 ms per cluster of cleaning);
# tests/unit/clean/test_clean_web.py checks the set against the patterns' terms.
KEY_WORDS = frozenset(
    "wayback archive 404 location javascript junk verification commercial presentation "
    "interest delivered feature loaded rented cookie cookies blocker adblocker reserved your "
    "crawl crawls crawled crawling webcrawl archived archiving seed captures url urls hosts "
    "collection collections outlinks wikis embargo "
    "tweet tweets twitter retweet retweets follow newsletter newsletters inbox subscribe "
    "subscribed subscribing subscriber subscribers unsubscribe sign signing log login e email "
    "emails alert alerts notification notifications verify activate profile account password "
    "browser privacy terms video player transcript playlist autoplay reprint reprints copyright "
    "comment comments commenting username upvote click clicking tap download website web "
    "webpage homepage app requested enter bookmark bookmarks confirmation conformation react "
    "facebook unavailable locating pra earlier guarantee timeline logout uploaded message "
    "hub lunch moneybeat digits edition options screen visitors premium html republish "
    "syndication pack inquiries republishes republished republishing republication alter "
    "indemnification sell journalism readers archives feel please sites websites webpages "
    "page petition searching search older assistance shipping valid select deliver offer "
    "join coverage music immediate".split()
)
_KEY_BYTES = frozenset(w.encode() for w in KEY_WORDS)
_WORD = compile_pattern(r"\w+")
# Two machinery words in a sentence this dense with them (share of its words)
# make a notice ("Breaking news emails get breaking news alerts ..." is 0.2);
# news prose about comments or websites runs below it (0.15 flagged "The
# comments section of the council website filled with questions ...").
DENSE = 0.2
# Widget prompts are short; a long sentence that says "you" once is more likely
# prose a reporter wrote to the reader.
PROMPT_MAX_WORDS = 40


def is_web_furniture(sentence: str) -> bool:
    """Whether a sentence is the page addressing its reader, not the story.

    Args:
        sentence: One sentence of running text.

    Returns:
        True for widget, notice and sign-up text; False for news prose,
        including news *about* Twitter, video or email, and quoted speech.
    """
    # Matching the lower-cased text case-sensitively finds exactly what the
    # case-insensitive patterns find in the text (the characters where the two
    # differ are caught first), at a quarter of the cost. A text with no key
    # word holds no term and no archive's name, quoted or not: the words are
    # looked at before the quote marks (DUC 2003 t2: 7,340 of 7,774 sentences
    # end there, and the quote check cost 0.5 ms a cluster).
    if sentence.isascii():  # most sentences; no character of `_FOLDS` either
        if _KEY_BYTES.isdisjoint(ascii_words(sentence, lower=True)):
            return False
        text, rules = sentence.lower(), _LOWER
    elif _FOLDS.search(sentence):
        text, rules = sentence, _CASELESS
    else:
        text, rules = sentence.lower(), _LOWER
        if KEY_WORDS.isdisjoint(_WORD.findall(text)):
            return False
    if _quoted(sentence):
        # Quote marks around an archive's name do not make its note speech.
        return _names_archive(sentence)
    return _judge(sentence, text, rules)


def is_archive_note(sentence: str) -> bool:
    """Whether a sentence is a web archive's note on its crawls, not a page's text.

    True when it names the archive (`_ARCHIVE_NAMES`) or holds two words of its
    crawls (`_ARCHIVE`): "These crawls are part of an effort to archive pages ...".
    The cleaner asks it only of sentences already found to be web furniture.
    """
    if _names_archive(sentence):
        return True
    return _archive_words(_ARCHIVE, sentence) >= 2


def _archive_words(archive: _Pattern, text: str) -> int:
    """How many distinct words of an archive's crawls (`_ARCHIVE`, as compiled) a text holds,
    a leading "web" not counted ("websites" and "sites" are one word)."""
    return len({m.group(0).lower().removeprefix("web").lstrip() for m in archive.finditer(text)})


def _names_archive(sentence: str) -> bool:
    """Whether a sentence names a web archive (`_ARCHIVE_NAMES`), after a substring test
    for a piece every name holds (skipped where `_FOLDS` characters may spell one)."""
    low = sentence.lower()
    if not ("archiv" in low or "wayback" in low or "404" in low) and not _FOLDS.search(sentence):
        return False
    return _ARCHIVE_NAMES.search(sentence) is not None


def _quoted(sentence: str) -> bool:
    """Whether `_QUOTED` finds quoted speech in the sentence."""
    return (
        '"' in sentence
        or "“" in sentence
        or "”" in sentence
        or (
            ("'" in sentence or "‘" in sentence or "’" in sentence)
            and _APOSTROPHE_GAP.search(sentence) is not None
        )
        or (
            ("said" in sentence or "says" in sentence or "told" in sentence)
            and _SPEECH_VERB.search(sentence) is not None
        )
    )


def _judge(sentence: str, text: str, rules: _Rules) -> bool:
    """`is_web_furniture` after the quote check, ``text`` matched with ``rules``."""
    strong, archive, machinery_terms, address, imperative, any_term = rules
    if not any_term.search(text):
        return False  # most sentences: one scan instead of three
    if strong.search(text):
        return True
    if _archive_words(archive, text) >= 2:
        return True
    machinery = {m.group(0).lower() for m in machinery_terms.finditer(text)}
    if not machinery:
        return False
    words = len(sentence.split())
    if len(machinery) >= 2 and len(machinery) / words >= DENSE:
        return True
    addressed = bool(address.search(text) or imperative.match(text))
    return addressed and words <= PROMPT_MAX_WORDS
