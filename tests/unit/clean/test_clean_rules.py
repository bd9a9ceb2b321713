"""Cleaning rules: each with a line it must remove and a story line it must keep."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from synoptic.clean import clean_article, clean_articles, find_repeated_lines, rules
from synoptic.model import Article
from synoptic.text.datelines import trim_dateline

STORY = (
    "The council approved the new flood barrier on Tuesday after a debate that lasted "
    "three hours, officials said."
)
STORY2 = "Work on the barrier is due to start in May and to finish before the autumn storms."


def clean(*lines: str) -> Article:
    text = "\n\n".join([STORY, *lines, STORY2])
    return clean_article(Article(id="a", title="Flood barrier approved", text=text))


def reasons(article: Article) -> dict[str, str]:
    return {r.text: r.reason for r in article.removed}


def assert_goes_between_stories(text: str, reason: str) -> None:
    """``text`` between two sentences of a story goes whole, for ``reason``, and they stay."""
    result = clean_article(Article(id="a", text=f"{STORY} {text} {STORY2}"))
    assert result.text == f"{STORY} {STORY2}"
    assert reasons(result) == {text: reason}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Share", "share prompt"),
        ("Share on Facebook | Tweet | Email", "share prompt"),
        ("Join our WhatsApp group", "share prompt"),
        ("Follow the Daily Tide on Twitter for breaking news", "share prompt"),
        ("Subscribe to our Morning Briefing email", "newsletter plug"),
        (
            "Sign up for our free newsletter and get the top stories in your inbox.",
            "newsletter plug",
        ),
        ("Advertisement", "advertisement"),
        ("ADVERTISEMENT", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("Listen to the Morning Tide podcast on:", "podcast plug"),
        ("Apple Podcasts | Spotify | Pocket Casts", "podcast plug"),
        ("Home | World | Sport | Weather", "link list"),
        ("[Daily Tide] [Photo: Harbour Images]", "source tag line"),
        ("[riverbank.example] [tide.example]", "source tag line"),
        ("By Anna Marsh and Tom Reed", "byline"),
        ("Reporting by Anna Marsh; Editing by Tom Reed", "byline"),
        ("Photo: Tom Reed/Harbour Images", "photo caption"),
        ("(AP Photo/Jane Doe, Pool)", "photo caption"),
        (
            "Mayor Ann Holt (L) and engineer Paul Marsh shake hands as they pose for photographers "
            "in Eastbury on March 3, 2020.",
            "photo caption",
        ),
        (
            "Mayor Ann Holt left speaks with engineer Paul Marsh during a visit to the dam in "
            "Eastbury Tuesday Mar. 3 2020.",
            "photo caption",
        ),
        ("Residents and officials look on as the barrier is tested", "heading"),
        ("What Happens Next", "heading"),
        ("What is a River Diary?", "heading"),
        ("7", "lone number"),
        (
            "Eastbury, ma ( 01234 ) today cloudy. Snow showers developing this afternoon. High "
            "near 20f. Winds ssw at 5 to 10 mph. Chance of snow 50 %.",
            "weather box",
        ),
        ("The plane, 5th graf pvs.", "wire desk note"),
        ("Turkey amassed troops, pick up 4th graf pvs", "wire desk note"),
        ("No member, 5th graf, 1st Ld-Writethru", "wire desk note"),
        ("&UR; Stepinac was, 5th graf, pvs.", "wire desk note"),
        # The page's notes about its story.
        ("Copyright 2016 The Associated Press.", "copyright notice"),
        ("© 2019 Nexstar Broadcasting, Inc.", "copyright notice"),
        (
            "This material may not be published, broadcast, rewritten or redistributed.",
            "copyright notice",
        ),
        ("The Associated Press contributed to this report.", "reporting credit"),
        ("CNN's Terry Frieden and Josh Levs contributed to this report.", "reporting credit"),
        ("Anna Marsh contributed reporting from Eastbury.", "reporting credit"),
        ("This story has been updated to include comments from the mayor.", "revision note"),
        (
            "Correction: an earlier version of this story misstated the year the barrier "
            "was first proposed.",
            "revision note",
        ),
        ("This article was originally published on March 4, 2017.", "revision note"),
        (
            "Correction: a previous version of this graphic misstated the share of homes.",
            "revision note",
        ),
        (
            "Correction: this story, originally published March 31, has been updated to "
            "correct the number of homes.",
            "revision note",
        ),
        ("This version has been updated.", "revision note"),
        (
            "Corrections & clarifications: the initial headline on this story misstated the vote.",
            "revision note",
        ),
        ("Comments are closed for this story because of the ongoing case.", "comment box"),
        ("Please enable it to continue.", "browser notice"),
        ("Our journalism depends on readers like you.", "reader appeal"),
        ("Related: Five things to know about the barrier vote.", "related link"),
        ("Related coverage: how a barrier saved a town from the floods of 2014.", "related link"),
        ("Filed under: Politics, Local News, City Hall.", "tag list"),
        (
            "This article originally appeared on The Conversation and is republished here.",
            "revision note",
        ),
        (
            "Note: This story was produced in partnership with the Local News Collaborative.",
            "revision note",
        ),
        ("This story appears in the May 7-14, 2014 issue of Harbour Monthly.", "revision note"),
        ("Originally published March 4, 2017 at 8:18 pm, updated at 9:00 am.", "revision note"),
        ("Last modified on Tue 4 Apr 2017 10.05 BST.", "revision note"),
        (
            "A version appeared on p6 of the Main section of the Guardian on Friday 28 May 2010.",
            "revision note",
        ),
        (
            "A version of this article appears in print on May 5, 2015, on Page A1 of the "
            "New York edition with the headline: Barrier Approved.",
            "revision note",
        ),
        ("This feature is not available right now.", "browser notice"),
        ("An error occurred while loading this content.", "browser notice"),
        ("You've read 3 of 5 free articles this month.", "paywall notice"),
        ("Thank you for reading The Daily Tide and supporting local news.", "paywall notice"),
        ("You've reached your monthly limit of free articles.", "paywall notice"),
        ("Clarification: the barrier is five metres tall, not six.", "revision note"),
        ("To continue reading, please subscribe.", "paywall notice"),
        ("Enjoy unlimited access to all of our journalism.", "paywall notice"),
        (
            "For unlimited access to the best local news, subscribe to the Daily Tide.",
            "paywall notice",
        ),
        (
            "Please consider disabling it for our site, or supporting our work in one of "
            "these ways.",
            "reader appeal",
        ),
        ("Support independent journalism.", "reader appeal"),
        ("Become a member to read our premium content.", "reader appeal"),
        ("Also, be sure to visit Barrier Central for all of our coverage.", "reader appeal"),
        ("Be sure to check out our full coverage page, The Barrier.", "reader appeal"),
        ("Don't miss a thing.", "reader appeal"),
        ("Our Standards: The Thomson Reuters Trust Principles.", "opinion disclaimer"),
        ("Send us your photos and videos of the flooding in your area.", "call for readers"),
        ("Contact the reporter at anna.marsh@example.com with tips.", "call for readers"),
        (
            "The views expressed in this commentary are solely those of the author.",
            "opinion disclaimer",
        ),
        ("More from The Daily Tide: five things to know about the barrier vote.", "related link"),
        ("Trending now: storm warning for the weekend as the gates close.", "related link"),
        ("Photos: the ten most striking pictures of the 2014 floods.", "related link"),
        ("Find out what the barrier will cost each household in Eastbury.", "link teaser"),
        (
            "1/50 27 march 2018 Residents watch the barrier close for the first time.",
            "photo caption",
        ),
        (
            "No one covers what is happening in our community better than we do.",
            "reader appeal",
        ),
        ("Dear reader, more people are reading the Daily Tide than ever before.", "reader appeal"),
        (
            "Email notifications are only sent once a day, and only if there are new items.",
            "reader appeal",
        ),
        ("Learn more about the floods of 2014 and how the town recovered.", "link teaser"),
        ("See also: how Eastbury's fishermen rebuilt after the storm.", "related link"),
        (
            'Full coverage: the eastbury floods " the gates held, " the engineer said.',
            "related link",
        ),
        ("Read morehow to stay dry in a storm surge the tide rose overnight.", "related link"),
        # A related box with no colon, its headline run into the story's next sentence.
        (
            "Related content barrier wins design award and that can teach us about floods now, "
            "engineers say it will last a century.",
            "related link",
        ),
        ("Related articles man rescued from the estuary the boy was not named.", "related link"),
        ("Scroll down for video of the barrier's first test in the estuary.", "browser notice"),
        ("This copy may not be in its final form and may be updated.", "revision note"),
        ("This is a breaking news update.", "revision note"),
        ("Check back soon for further information.", "revision note"),
        ("Comments are filtered for language and registration is required.", "comment box"),
        ("Purchase the current issue $ 225/volume year to access all articles.", "paywall notice"),
        ("Please note: access to the article is from this computer only.", "paywall notice"),
        ("Note: by submitting this form, you agree to the Daily Tide's terms.", "form text"),
        ("You will receive occasional promotional offers for programs we support.", "form text"),
        ("Thank you for your interest in spreading the word about the barrier.", "form text"),
        ("Social sharing: share videos you watch here with your friends.", "form text"),
        # The writer's note: a page's box says the name twice.
        ("Anna Marsh Anna Marsh is a staff writer at the Daily Tide.", "author note"),
        (
            "Paul Holt, an associate professor of history at Eastbury College, is a "
            "contributor to the Daily Tide.",
            "author note",
        ),
        ("anna marsh is a daily tide columnist covering the coast.", "author note"),
        ("Anna marsh anna marsh is the daily tide's senior flood writer.", "author note"),
        ("Paul holt is the politics editor at the daily tide.", "author note"),
    ],
)
def test_boilerplate_line_is_removed(line: str, reason: str) -> None:
    result = clean(line)
    assert result.text == f"{STORY}\n\n{STORY2}"
    assert reasons(result) == {line: reason}


@pytest.mark.parametrize(
    "line",
    [
        "Residents said they would share their concerns with the regional authority.",
        "A photo of the 2014 floods, which damaged 300 homes, hangs in the council chamber.",
        "Follow-up inspections will take place every six months, the engineer said.",
        "The advertisement campaign for the scheme cost the council 40,000 pounds.",
        "By Tuesday evening, the last objections had been withdrawn.",
        "Shares in the construction firm rose 4 percent after the vote.",
        "“Why should we wait for another flood?” asked one resident at the meeting.",
        "Mayor Ann Holt, who visited the site on March 3, 2020, said the barrier was overdue.",
        "She left the meeting early, saying the plan had been settled in advance.",
        "Subscribers to the town’s flood alerts will get a text message when the gates close.",
        "The comments section of the council website filled with questions about the cost.",
        "Steffi Graf won the 4th graf-ite sculpture prize, the 22nd of her career, in 1999.",
        "The engineers of AT&T and Verizon inspected the cables.",
        "Those who have read more of the council's reports back the barrier, a poll found.",
        "Full coverage of the vote will run on the council's channel tonight.",
        "Residents read more than 300 letters at the hearing, the clerk said.",
        # News that mentions play, pictures or comments (words of widget rules).
        "The league decided to cancel play now that the pitch is flooded, officials said.",
        "In 1898, the director of the royal picture gallery here proudly displayed it.",
        "Temperatures rose above 30 degrees as crowds gathered below the sea wall.",
        "Residents who wish to comment can write to the council before May, officials said.",
        # News in the words of the page's notes.
        "Copyright lawyers for the builder contributed to the delay, the mayor said.",
        "Heavy rain contributed to the flooding in 2014, which damaged 300 homes.",
        "This story of a town saved by its barrier is told in a new film, released in May.",
        "The council's plan was updated in March to add a second gate.",
        "Related projects in two other towns were approved on Wednesday.",
        "Please be patient, the mayor told residents at the meeting on Tuesday.",
        "Comments from residents were mostly positive, officials said.",
        "First published in 1851, the Daily Tide is the oldest paper in the county.",
        "Thank you notes from residents were pinned to the barrier's gates.",
        "This is a town that has waited 40 years for its barrier, the mayor said.",
        "Check back payments to residents began in May, the council said.",
        "Purchase of the land was completed in March after a long dispute.",
        "Access to the article's sources is restricted, the editor said.",
        "You will receive a letter from the council before the works start, officials said.",
        "Contact with the river was banned for a week after the spill, officials said.",
        "Most residents backed the plan, and the vote passed on Tuesday evening.",
        "More than 300 homes were damaged in the floods of 2014.",
        "24/7 crews worked on the barrier through March 2019, the council said.",
        "Video footage showed the water rising over the harbour wall.",
        "Photos of the flooded harbour were shown at the meeting.",
        "“Find out who let the gates fail,” the mayor told the engineers on Tuesday.",
        # News that says who a writer is.
        "Anna Marsh is a reporter for the Daily Tide who was held by police for a day.",
        "Police said Paul Holt is a reporter for a paper in the next county.",
        "The council is a contributor to the regional flood fund.",
        "Holt is a fierce critic of the plan, and voted against it.",
        "Holt is the best writer in the family, his mother said.",
    ],
)
def test_story_line_survives(line: str) -> None:
    result = clean(line)
    assert result.text == f"{STORY}\n\n{line}\n\n{STORY2}"
    assert result.removed == ()


def test_wire_typesetting_codes_and_operator_initials_are_cut() -> None:
    result = clean(
        "&QL; The barrier will be the largest on the coast.",
        "Engineers expect no delay. &UR; (tc-pfg-dkt)",
    )
    assert "The barrier will be the largest on the coast." in result.text
    assert "Engineers expect no delay." in result.text
    assert "&" not in result.text and "tc-pfg" not in result.text
    assert sorted(reasons(result).items()) == [
        ("&QL;", "typesetting code"),
        ("&UR; (tc-pfg-dkt)", "typesetting code"),
    ]


def test_stock_tickers_and_their_moves_are_cut() -> None:
    result = clean(
        "The eastbury index ebx, -3.12 % rose 322.11 points, or 3 %, to 11,176.76.",
        "Barrier holdings inc. Bhi 1.05 % and dyke corp.'s dyk +0.71 % won the contract.",
        "Flood co. / quotes/zigman/59898/quotes/nls/fld fld +0.55 % said it would bid.",
    )
    assert "The eastbury index rose 322.11 points, or 3 %, to 11,176.76." in result.text
    assert "Barrier holdings inc. and dyke corp.'s won the contract." in result.text
    assert "Flood co. said it would bid." in result.text
    assert sorted(reasons(result).items()) == [
        ("/ quotes/zigman/59898/quotes/nls/fld fld +0.55 %", "stock quote"),
        ("Bhi 1.05 %", "stock quote"),
        ("dyk +0.71 %", "stock quote"),
        ("ebx, -3.12 %", "stock quote"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Barrier holdings inc. Rose 2.08 % on monday, its best day this year.",
        "The bond now yields less than 1.45 %, its lowest since 2012.",
        "The company's stock 2.5 % higher than a year ago pleased its owners.",
    ],
)
def test_a_move_the_story_tells_stays(line: str) -> None:
    assert rules.stock_quotes(line) == []


def test_caption_glued_to_first_sentence_keeps_the_story() -> None:
    glued = (
        "Mayor Ann Holt walks across the old bridge in Eastbury, Monday Oct. 13, 2014. "
        "(AP Photo/Jane Doe, Pool)Eastbury – The town council approved the barrier on Tuesday."
    )
    result = clean(glued)
    assert "Eastbury – The town council approved the barrier on Tuesday." in result.text
    assert "walks across" not in result.text and "AP Photo" not in result.text
    assert [r.reason for r in result.removed] == ["photo caption"]


def test_comment_section_and_everything_after_is_removed() -> None:
    result = clean(
        "3 Comments",
        "Newest Oldest",
        "RiverFan",
        "2 years ago",
        "This barrier is a waste of money and everyone knows it.",
    )
    assert STORY2 not in result.text  # the section runs to the end of the page
    assert result.text == STORY
    assert {r.reason for r in result.removed} == {"comment section"}


@pytest.mark.parametrize(
    "header",
    [
        "At 17:38 29th Jun 2010, forevernow wrote: I hope this clip is raised at the hearing.",
        "At 2:10 pm on 02 Jun 2009, ghostofsichuan wrote: As much as the government wishes.",
        "March 21, 2011 at 9:14 am | I am confused by our involvement.",
        "February 13, 2011 at 6:53 pm | Report abuse | @Muhammad, what is up?",
        "Dan says: March 3, 2011 at 4:15 pm Great post, thanks.",
        "January 28, 2011 05:06 pm at 5:06 pm | @New Age: Unlike Bush, he respects it!",
        "njacobs | Posted by: LMW0 | May 27, 2010 4:56 PM | Report abuse Whew, he is out.",
    ],
)
def test_reader_comment_headers(header: str) -> None:
    assert rules.comment_marker(header) == "header"


@pytest.mark.parametrize(
    "line",
    [
        "By Dan Froomkin | February 2, 2009; 1:40 PM ET We can recoup some of the cost.",
        "ZURICH | Thu Oct 6, 2011 3:22 pm BST ZURICH (Reuters) - The bank said.",
        "On March 21, 2011 at 9 am the talks began in Geneva.",
        "At 10:30 on Monday, March 3, 2011, police said the man wrote: nothing.",
        "Posted by Keith Stuart at 10:48 AM | Comments (2) | Permalink Attack of the games.",
    ],
)
def test_bylines_datelines_and_news_are_no_comment_headers(line: str) -> None:
    assert rules.comment_marker(line) is None


def test_a_thread_of_headed_comments_goes_however_long_each_comment() -> None:
    # A full page (Timeline17): each comment's header runs into its first line, and
    # the comments after it run longer than the story, with more lines than
    # `COMMENT_CONFIRM_LINES` between two headers.
    comment = ["The barrier is a waste of money.", "Everyone here knows it.", "Vote them out."]
    lines = [
        "March 21, 2011 at 9:14 am | I am confused by this vote.",
        *comment,
        *comment,
        "March 21, 2011 at 9:44 am | Good news at last, my basement flooded twice.",
        *comment,
    ]
    result = clean(*lines)
    assert STORY in result.text and "waste of money" not in result.text
    assert STORY2 not in result.text  # the thread runs to the end of the page
    assert {r.reason for r in result.removed} == {"comment section"}


@pytest.mark.parametrize(
    ("comments", "kept"),
    [
        # A thread: two headers.
        (
            "March 21, 2011 at 9:14 am | I am confused by this vote. Nobody asked us. "
            "March 21, 2011 at 9:44 am | Good news at last, my basement flooded.",
            "",
        ),
        # One comment's signature, its text's last words run into it: they stay.
        (
            "Nobody asked us February 21, 2011 at 7:18 pm | Report abuse | "
            "Good news at last, my basement flooded.",
            " Nobody asked us",
        ),
    ],
)
def test_a_flattened_page_ends_where_its_comments_start(comments: str, kept: str) -> None:
    result = clean_article(Article(id="a", text=f"{STORY} {STORY2} {comments}"))
    assert result.text == f"{STORY} {STORY2}{kept}"
    assert [r.reason for r in result.removed] == ["comment section"]


def test_one_header_in_a_flattened_page_is_no_thread() -> None:
    page = f"{STORY} March 21, 2011 at 9:14 am | The council met again. {STORY2}"
    assert rules.comment_thread_start(page) is None
    assert rules.comment_thread_start(f"{STORY} At 9:14 on 2 May 2010, ann wrote: yes.") is None


def test_comments_signed_after_their_text_go_from_the_first_signature() -> None:
    # The Washington Post signs a comment after it, and the comment's last words,
    # with no stop, run into the signature: no line opens with a comment's header.
    lines = [
        "I wish the council had asked us first and Posted by: RiverFan | May 27, 2010 9:56 PM "
        "| Report abuse Vote them out.",
        "My basement flooded twice Posted by: Ann | May 27, 2010 10:02 PM | Report abuse Yes.",
    ]
    result = clean(*lines)
    assert result.text == STORY
    assert {r.reason for r in result.removed} == {"comment section"}


@pytest.mark.parametrize(
    "line",
    [
        "A hotline lets parents report abuse at any hour, the council said on May 27, 2010.",
        "Residents can report abuse of the barrier's gates 24 hours a day from 9:00 am.",
    ],
)
def test_news_about_reporting_abuse_holds_no_comment_signature(line: str) -> None:
    assert rules.comment_marker(line) is None
    assert rules.comment_thread_start(f"{STORY} {line} {STORY2}") is None


def test_a_lone_comment_header_shape_does_not_cut_a_longer_rest() -> None:
    # One header-shaped line with no other marker after it, and more story after
    # it than before: not a thread.
    lines = ["March 21, 2011 at 9:14 am | The council met again.", STORY2, STORY2, STORY2]
    result = clean(*lines)
    assert result.text.endswith(STORY2) and result.text.count(STORY2) >= 2


def test_numbered_commenters_before_a_marker_are_removed() -> None:
    text = "\n\n".join(
        [
            STORY,
            STORY2,
            "1. Greg Thornley",
            "Good news at last, my basement flooded twice.",
            "2. Pingback: Weekly roundup | River Blog",
            "Comments are closed.",
        ]
    )
    result = clean_article(Article(id="a", text=text))
    assert result.text == f"{STORY}\n\n{STORY2}"


def test_numbered_list_without_comment_markers_survives() -> None:
    result = clean("1. Greg Thornley")
    # A lone numbered name is a heading-shaped line, but not a comment section.
    assert STORY2 in result.text
    assert {r.reason for r in result.removed} == {"heading"}


def test_comment_count_at_top_does_not_cut_the_story() -> None:
    text = "\n\n".join(["12 Comments", STORY, STORY2, STORY + " More.", STORY2 + " More."])
    result = clean_article(Article(id="a", text=text))
    assert result.text.startswith(STORY) and result.text.endswith("More.")


def test_flattened_page_loses_inline_furniture_only() -> None:
    text = (
        "Officials met on Tuesday to discuss the barrier. Advertisement continue reading the "
        "main story The vote was close. Sign up for our daily newsletter. Share copy link "
        "Critics said the cost was too high."
    )
    result = clean_article(Article(id="a", text=text))
    assert result.text == (
        "Officials met on Tuesday to discuss the barrier. The vote was close. "
        "Critics said the cost was too high."
    )
    assert {r.reason for r in result.removed} == {
        "advertisement",
        "newsletter plug",
        "share prompt",
    }


@pytest.mark.parametrize(
    ("page", "why"),
    [
        (
            "Officials met on Tuesday to discuss the barrier. The vote was close. Copyright 2016 "
            "The Associated Press. All rights reserved. This material may not be published, "
            "broadcast, rewritten or redistributed. Anna Marsh contributed to this report.",
            ["copyright notice", "web furniture", "copyright notice", "reporting credit"],
        ),
        (
            # A subscription box, whole.
            "Officials met on Tuesday to discuss the barrier. The vote was close. Be the first "
            "to know. No one covers what is happening in our community better than we do. And "
            "with a digital subscription, you'll never miss a local story. Sign me up!",
            ["reader appeal"] * 4,
        ),
    ],
)
def test_flattened_page_loses_the_notes_at_its_end(page: str, why: list[str]) -> None:
    result = clean_article(Article(id="a", text=page))
    assert result.text == "Officials met on Tuesday to discuss the barrier. The vote was close."
    assert [r.reason for r in result.removed] == why


def test_a_web_archives_page_of_notes_is_rejected_whole() -> None:
    notes = (
        "That way, as the pages that are referenced are changed or taken from the web, a "
        "link to the version that was live when the page was written will be preserved. "
        "Crawl of outlinks from wikipedia.org started march, 2016. These files are currently "
        "not publicly accessible. Properties of this collection. For this collection, several "
        "things were done: 1. Turned off duplicate detection. This collection will be complete, "
        "as there is a good chance we will share the data with other collections. 2. For the "
        "first time, did all the different wikis. This one, the seed list was built from all "
        "865 collections."
    )
    story = Article(id="story", text=f"{STORY}\n\n{STORY2}")
    cleaned, rejected = clean_articles([Article(id="notes", text=notes), story])
    assert [a.id for a in cleaned] == ["story"]
    assert [r.source for r in rejected] == ["notes"]
    assert rules.notice_sentence(notes.split(". ")[0] + ".") == "archive note"


def test_a_story_under_an_archives_banner_keeps_its_story() -> None:
    banner = "The Wayback Machine has archived this page, and its crawls capture 2 billion urls."
    body = f"{STORY} {STORY2} {LOWER_STORY}"
    result = clean_article(Article(id="a", text=f"{banner}\n\n{body}"))
    assert result.text == body
    assert reasons(result) == {banner: "archive note"}


def test_long_sentences_opening_like_notes_stay() -> None:
    # Story text run into a short note's opening is more than the note: it stays.
    long = (
        "Copyright 2016 The Associated Press and the Daily Tide, who jointly reported that the "
        "council approved the new flood barrier on Tuesday after a debate of three hours."
    )
    assert rules.notice_sentence(long) is None
    assert rules.notice_sentence("Comments are closed.") == "comment box"


def test_hard_wrapped_paragraph_is_joined_not_taken_for_headings() -> None:
    text = (
        "The council approved the new flood barrier on Tuesday\n"
        "after a debate that lasted three hours, officials said,\n"
        "and work will start in May."
    )
    result = clean_article(Article(id="a", text=text))
    assert result.text == " ".join(text.split("\n"))


def test_boilerplate_title_is_replaced_by_the_heading_under_it() -> None:
    text = f"Flood barrier approved\n\n{STORY}"
    result = clean_article(Article(id="a", title="Share", text=text))
    assert (result.title, result.text) == ("Flood barrier approved", STORY)


def test_lines_repeated_across_pages_are_site_furniture() -> None:
    furniture = "The Eastbury Tide: independent local journalism since 1887."
    articles = [
        Article(id=str(n), text=f"{story}\n\n{furniture}")
        for n, story in enumerate([STORY, STORY2, "A third, unrelated story sentence."])
    ]
    cleaned, rejected = clean_articles(articles)
    assert rejected == []
    assert all(furniture not in a.text for a in cleaned)
    assert all(r.reason == "repeated across pages" for a in cleaned for r in a.removed)


BANNER = "2 men charged in death of Chicago teen who performed in inauguration event."
OTHER_STORY = (
    "Protesters filled the main square of the capital on Friday. Police fired tear gas as the "
    "crowd grew, and the government cut mobile networks across the country."
)


def test_a_sites_banner_opening_pages_of_other_stories_goes() -> None:
    # One page in flattened form: the banner and its story run on in one paragraph.
    articles = [Article(id="a", text=f"{BANNER} {STORY} {STORY2}"),
                Article(id="b", text=f"{BANNER}\n\n{OTHER_STORY}")]  # fmt: skip
    cleaned, _ = clean_articles(articles)
    assert [a.text for a in cleaned] == [f"{STORY} {STORY2}", OTHER_STORY]
    assert [[(r.reason, r.text) for r in a.removed] for a in cleaned] == [
        [("site banner", BANNER)],
        [("site banner", BANNER)],
    ]


def test_a_lead_shared_by_pages_stays() -> None:
    # Copies of one story, and two stories that open with the same lead and go on with it.
    copies = [Article(id=str(n), text=f"{STORY} {STORY2}") for n in range(2)]
    assert [a.text for a in clean_articles(copies)[0]] == [f"{STORY} {STORY2}"] * 2
    lead = "The council approved the new flood barrier on Tuesday after a long debate."
    rewrites = [
        Article(id="a", text=f"{lead} The barrier will cost 2 million pounds, the council said."),
        Article(id="b", text=f"{lead} Residents had asked the council for a barrier for years."),
    ]
    assert [a.text for a in clean_articles(rewrites)[0]] == [a.text for a in rewrites]


def test_syndicated_copies_keep_their_shared_sentences() -> None:
    shared = [STORY, STORY2, "He declined to comment."]
    articles = [Article(id=str(n), text="\n\n".join(shared)) for n in range(3)]
    assert find_repeated_lines(articles) == frozenset()


def test_article_with_nothing_left_is_rejected() -> None:
    articles = [
        Article(id="x", text="Advertisement\n\nShare", path="x.txt"),
        Article(id="y", text=STORY),
    ]
    cleaned, rejected = clean_articles(articles)
    assert [a.id for a in cleaned] == ["y"]
    assert len(rejected) == 1
    assert (rejected[0].source, rejected[0].stage) == ("x.txt", "clean")
    assert rejected[0].reason == "no article text left after removing boilerplate"


def test_gallery_link_is_not_a_caption() -> None:
    line = "The budget rose to 2 million pounds this year. (Photos: the barrier through the years)"
    result = clean(line)
    assert "The budget rose to 2 million pounds this year." in result.text
    assert reasons(result) == {"(Photos: the barrier through the years)": "gallery link"}


def test_long_paragraphs_shared_by_wire_updates_are_story() -> None:
    background = (
        "The town has flooded four times since 2000, most recently in 2014 when the river "
        "rose three metres and damaged more than 300 homes."
    )
    articles = [
        Article(id=str(n), text=f"{s}\n\n{background}")
        for n, s in enumerate([STORY, STORY2, "A third story sentence here."])
    ]
    assert find_repeated_lines(articles) == frozenset()


# --- the cheap pre-checks change no verdict ------------------------------------


def _reference_caption_sentence(sentence: str) -> bool:
    """`rules.caption_sentence` without its bracket and digit shortcuts."""
    if rules._CREDIT.search(sentence):
        return True
    if len(sentence.split()) > rules.CAPTION_MAX_WORDS:
        return False
    dated = rules._CAPTION_DATE.search(sentence) is not None
    verb = rules._PRESENT_VERB.search(sentence) is not None
    if rules._POSITION.search(sentence) and (verb or dated):
        return True
    if rules._REPORTING.search(sentence):
        return False
    if rules._BARE_POSITION.search(sentence) and dated:
        return True
    return verb and dated and sentence[:1].isupper() and not sentence.startswith(("He ", "She "))


_CAPTION_BITS = st.lists(
    st.sampled_from(
        ["Kerry", " ", "(L)", "(AP Photo/Carolyn Kaster, Pool)", "shakes hands", "Dec. 15, 2015",
         "15 December 2015", "2015-12-15", "left", ",", "said", ".", "(", ")", "poses", "٣",
         "He ", "in Moscow on", "Getty Images", "Lavrov, right,", "\u2019", "is seen", "stands",
         "x", "é", "Pictured"]
    ),
    max_size=20,
).map("".join)  # fmt: skip


@given(_CAPTION_BITS)
def test_caption_sentence_matches_the_reference(sentence: str) -> None:
    assert rules.caption_sentence(sentence) == _reference_caption_sentence(sentence)
    spans = [m.span() for m in rules._CREDIT.finditer(sentence)]
    assert rules.credit_spans(sentence) == spans


def _terms(pattern: str) -> set[str]:
    """Every string a pattern of literals, groups, alternation and ``?`` matches."""
    from re import _constants as constants  # type: ignore[attr-defined]
    from re import _parser as parser  # type: ignore[attr-defined]

    def strings(items: list[tuple[object, object]]) -> set[str]:
        found = {""}
        for op, arg in items:
            if op is constants.LITERAL:
                options = {chr(arg)}  # type: ignore[arg-type]
            elif op is constants.SUBPATTERN:
                options = strings(list(arg[-1]))  # type: ignore[index]
            elif op is constants.BRANCH:
                options = set().union(*(strings(list(b)) for b in arg[1]))  # type: ignore[index]
            else:
                assert op is constants.MAX_REPEAT and arg[:2] == (0, 1), (pattern, op)  # type: ignore[index]
                options = {""} | strings(list(arg[2]))  # type: ignore[index]
            found = {f + o for f in found for o in options}
        return found

    return strings(list(parser.parse(pattern)))


def test_verb_words_cover_every_caption_verb() -> None:
    # `rules._may_pose` is exact only if every term of `_CAPTION_VERB` holds a
    # word of `_VERB_WORDS` (the patterns bound each term by word boundaries).
    terms = _terms(rules._CAPTION_VERB)
    assert len(terms) > 50
    words = {t: {w.encode() for w in re.findall(r"\w+", t)} for t in terms}
    assert not [t for t in terms if rules._VERB_WORDS.isdisjoint(words[t])]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40), st.booleans())
def test_ascii_words_are_the_pattern_words(text: str, lower: bool) -> None:
    expected = re.findall(r"\w+", text.lower() if lower else text)
    assert [w.decode() for w in rules.ascii_words(text, lower=lower)] == expected


@pytest.mark.parametrize("lower", [False, True])
def test_ascii_word_tables_cover_every_ascii_character(lower: bool) -> None:
    text = "".join(chr(c) for c in range(128))
    for sample in (text, " ".join(text)):
        expected = re.findall(r"\w+", sample.lower() if lower else sample)
        assert [w.decode() for w in rules.ascii_words(sample, lower=lower)] == expected


_LOOKBEHIND_BOUNDARY = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9]|\()")


def _reference_split_sentences(text: str) -> list[str]:
    """`rules.split_sentences` as first written, finding boundaries by look-behind."""
    sentences: list[str] = []
    start = 0
    for match in _LOOKBEHIND_BOUNDARY.finditer(text):
        end = match.start()
        last = text[text.rfind(" ", start, end) + 1 : end].rstrip(".!?…").lower().lstrip('("“‘')
        if last in rules._ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        sentences.append(text[start : match.start()] + text[match.start() : match.end()].strip())
        start = match.end()
    sentences.append(text[start:])
    return [s.strip() for s in sentences if s.strip()]


_SENTENCE_BITS = st.lists(
    st.sampled_from(
        ["The", " ", "  ", "Mr.", "U.S.", "said", ".", "..", "!", "?", "…", '"', "”", "’", ")",
         "]", "(", "“", "‘", "[", "A", "9", "x", "\n", "\u2028", "St.", "e.g."]
    ),
    max_size=24,
).map("".join)  # fmt: skip


@given(_SENTENCE_BITS)
def test_split_sentences_matches_the_reference(text: str) -> None:
    assert rules.split_sentences(text) == _reference_split_sentences(text)


@given(st.text(alphabet=st.sampled_from(list(" ab\t\n\xa0\u2003\u3000\x1c\x85.")), max_size=12))
def test_word_count_is_the_number_of_split_words(text: str) -> None:
    assert rules.word_count(text) == len(text.split())


def test_only_the_space_among_whitespace_is_printable() -> None:
    # `rules.word_count` counts spaces in printable text: no other whitespace may be printable.
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert [c for c in spaces if c.isprintable()] == [" "]


# --- page widgets glued into running text (Multi-News pages flattened to one line) ---

LOWER_STORY = (
    "councillors voted 14 to 3 on tuesday night to build the barrier across the river, ending "
    "a decade of argument over how to protect the low-lying harbour district from storm surges."
)
# The same story as it opens a sentence of its own (capitalised where a notice before it
# was cut).
OPENED_STORY = f"{LOWER_STORY[0].upper()}{LOWER_STORY[1:]}"


def opened(text: str) -> str:
    """A text as it opens a sentence of its own: where furniture before it was cut."""
    return text[:1].upper() + text[1:]


@pytest.mark.parametrize(
    ("glued", "widget", "reason"),
    [
        (
            f"Listen to article 3: 23 {LOWER_STORY}",
            "Listen to article 3: 23",
            "audio player",
        ),
        (
            "Why the barrier may not be enough, experts warn about its own … read more "
            f"{LOWER_STORY}",
            "Why the barrier may not be enough, experts warn about its own … read more",
            "teaser",
        ),
        (
            f"Eastbury's sea wall: the town that held back the tide read more {LOWER_STORY}",
            "Eastbury's sea wall: the town that held back the tide read more",
            "related link",
        ),
        (
            "Mayor backs the barrier at last or leave a comment of your own see what other "
            f"readers have to say about this story – {LOWER_STORY}",
            "Mayor backs the barrier at last or leave a comment of your own see what other "
            "readers have to say about this story –",
            "comment prompt",
        ),
        # NPR's photo widget: the headline, the widget, the credit printed twice.
        (
            "Eastbury votes for its barrier enlarge this image toggle caption jane doe/ap "
            f"jane doe/ap {LOWER_STORY}",
            "Eastbury votes for its barrier enlarge this image toggle caption jane doe/ap "
            "jane doe/ap",
            "photo caption",
        ),
        # ... with no toggle, where the credit is printed twice.
        (
            f"Eastbury votes for its barrier enlarge image i jane doe/ap jane doe/ap {LOWER_STORY}",
            "Eastbury votes for its barrier enlarge image i jane doe/ap jane doe/ap",
            "photo caption",
        ),
        # ... or once, ending at its outlet.
        (
            f"Toggle caption eastbury town council/npr {LOWER_STORY}",
            "Toggle caption eastbury town council/npr",
            "photo caption",
        ),
    ],
)
def test_widget_opening_a_flattened_page_goes_and_the_story_stays(
    glued: str, widget: str, reason: str
) -> None:
    result = clean_article(Article(id="a", text=glued))
    assert result.text == LOWER_STORY
    assert reasons(result) == {widget: reason}


def test_a_gallery_ends_where_its_counter_links_back_and_the_story_follows() -> None:
    story = LOWER_STORY[0].upper() + LOWER_STORY[1:]
    gallery = (
        "Photo: jane doe image 1 of / 3 caption close eastbury votes for its barrier "
        "1 / 3 back to gallery"
    )
    result = clean_article(Article(id="a", text=f"{gallery} {LOWER_STORY}\n\n{STORY2}"))
    assert result.text == f"{story}\n\n{STORY2}"
    assert reasons(result) == {gallery: "photo gallery"}
    # Inside a paragraph: the headline before the counter goes, the sentence before it stays.
    gallery = "Eastbury votes for its barrier 1/3 Back to Gallery"
    result = clean_article(Article(id="a", text=f"{STORY} {gallery} {LOWER_STORY}"))
    assert result.text == f"{STORY} {story}"
    assert reasons(result) == {gallery: "photo gallery"}


def test_a_story_going_back_to_a_gallery_stays() -> None:
    text = f"{STORY} The painting was moved back to gallery 12 of the museum on Monday."
    assert clean_article(Article(id="a", text=text)).text == text


def test_video_player_labels_inside_a_paragraph_go() -> None:
    player = (
        "Video loading video unavailable click to play tap to play the video will start in 8 "
        "cancel play now"
    )
    assert_goes_between_stories(player, "video player")


@pytest.mark.parametrize(
    "marker",
    [
        # BBC's caption has no stop and runs into the lead: both go.
        "Image copyright west midlands police image caption police colleagues grew "
        "suspicious when he came to work in a ferrari a policeman who ran a gang was jailed.",
        "image caption the couple were finally married on friday after 65 years apart a couple "
        "have finally married after they called off their engagement 65 years ago.",
    ],
)
def test_a_bbc_caption_goes_with_the_sentence_it_runs_into(marker: str) -> None:
    result = clean_article(Article(id="a", text=f"{marker} {LOWER_STORY}"))
    assert result.text == LOWER_STORY
    assert reasons(result) == {marker: "photo caption"}


@pytest.mark.parametrize(
    "marker",
    [
        "Image copyright getty images",
        "Image copyright press association",
        "Image copyright afp/getty images",
        "Image copyright afp",
    ],
)
def test_a_bbc_copyright_marker_goes_with_its_whole_owner(marker: str) -> None:
    lead = "harvard university has suspended its men's soccer team for the season."
    result = clean_article(Article(id="a", text=f"{marker} {lead} {LOWER_STORY}"))
    assert result.text == f"{lead} {LOWER_STORY}"
    assert reasons(result) == {marker: "photo caption"}


def test_a_bbc_copyright_marker_after_a_sentence_goes() -> None:
    # Inside a paragraph, where the page's flattening joined the picture to the text.
    marker = "Image copyright reuters"
    lead = "many trains were delayed by the snow."
    result = clean_article(Article(id="a", text=f"{STORY} {marker} {lead}"))
    assert result.text == f"{STORY} {lead}"
    assert reasons(result) == {marker: "photo caption"}


def test_a_bbc_caption_after_a_long_owner_goes_with_it() -> None:
    marker = (
        "Image copyright the royal ( dick ) school of veterinary studies image caption the "
        "bear can play again after his operation the vets removed 3kg of tissue."
    )
    result = clean_article(Article(id="a", text=f"{STORY} {marker} {LOWER_STORY}"))
    assert result.text == f"{STORY} {LOWER_STORY}"


def test_a_bbc_copyright_marker_owned_by_a_name_with_the_stays_whole() -> None:
    # Where "the ..." ends is not known: no owner of one word is cut from it.
    line = f"{STORY} Image copyright the royal school of veterinary studies {LOWER_STORY}"
    assert rules.image_markers(line) == []


def test_a_photo_widget_with_nothing_after_it_is_no_prefix() -> None:
    assert rules.widget_prefix("Barrier approved enlarge this image toggle caption ") == (0, "")
    assert rules.widget_prefix("Barrier approved toggle caption jane doe/ap") == (0, "")
    # With no toggle and the credit once, a caption may follow ("Enlarge image close ...").
    assert rules.widget_prefix(f"Enlarge image jane doe/ap {LOWER_STORY}") == (0, "")


@pytest.mark.parametrize(
    ("notice", "reason"),
    [
        ("advertisement continue reading the main story", "advertisement"),
        (
            "Advertisement continue reading the main story stories from our advertisers",
            "advertisement",
        ),
        ("please enable javascript to watch this video", "video player"),
        # The Times' newsletter box with its form's messages.
        (
            "newsletter sign up continue reading the main story sign up for the barrier "
            "briefing, delivered to your inbox. Invalid email address. Please re-enter.",
            "newsletter plug",
        ),
        # BBC's label of its related stories, the headline run into it.
        (
            "Barrier shut as storm nears continue reading the main story related stories",
            "related link",
        ),
        # A station's related stories run into the story's dateline, which goes too.
        (
            "Related coverage eastbury man charged over barrier fire eastbury, mass. ( wxyz ) —",
            "link list",
        ),
        ("Related coverage photos: the barrier by night eastbury, massachusetts –", "link list"),
        # Reuters' credits, closed or cut off.
        ("( reporting by jane doe in eastbury; editing by john roe )", "reporting credit"),
        # An ad slot's label, a newsletter's box.
        ("Article continues after advertisement", "advertisement"),
        (
            "The news and stories that matter, delivered weekday mornings. / updated",
            "newsletter plug",
        ),
    ],
)
def test_notices_where_a_sentence_starts_go(notice: str, reason: str) -> None:
    # The story after a notice opens its own sentence: in lower case the splitter would
    # glue it to the sentence before.
    result = clean_article(Article(id="a", text=f"{STORY} {notice} {LOWER_STORY}"))
    assert result.text == f"{STORY} {OPENED_STORY}"
    assert reasons(result) == {notice: reason}


@pytest.mark.parametrize(
    "controls",
    [
        "Close skip in skip x embed x share",
        "X embed x share",
        "Play facebook twitter google plus embed barrier opens for the first time 2: 07",
        "Play facebook twitter embed barrier opens for the first time in the estuary 2: 07",
        "Skip ad ad loading...",
        "1 of 40 full screen autoplay close skip ad × the barrier opens view photos",
    ],
)
def test_a_players_controls_where_a_sentence_starts_go(controls: str) -> None:
    # Cut where they end (`rules.player_runs`), which need not be where the story starts:
    # what follows is left as it was.
    result = clean_article(Article(id="a", text=f"{STORY} {controls} {LOWER_STORY}"))
    assert result.text == f"{STORY} {LOWER_STORY}"
    assert reasons(result) == {controls: "video player"}


@pytest.mark.parametrize(
    "line",
    [
        # News that names a meter, a membership or a miss.
        "To continue reading the report, officials said, residents must wait a week.",
        "Become a member of the council was all she had wanted since school, she said.",
        "Be sure to bring water, the council told walkers on the barrier path.",
        "Don't miss the fireworks, the mayor said of the barrier's opening night.",
        # A posting label with no time nor date after it (a headline's tag, a post's
        # words), or that a comma leads into.
        "Council shuts barrier ( updated: council denies ) over a year after the vote, the "
        "harbour is dry.",
        'The mayor posted: " the barrier stays shut until the spring ".',
        "The council's page, last updated at 5 p.m. Tuesday, said the barrier was shut.",
        # A related-stories box with no dateline after it: where its headlines end is not
        # known.
        f"Related coverage eastbury man charged over barrier fire {LOWER_STORY}",
        # "Email this" and "share this" as prose's verbs, not buttons after a headline.
        "The plan was passed around by email this week, before the vote.",
        "Residents can email this address with questions about the barrier.",
        "Councillors voted to email this report to every household.",
        "Please share this appeal with everyone you know, the council said.",
        "The mayor said she would share this award with the volunteers who built the barrier.",
        "Residents were asked to share this story with neighbours.",
    ],
)
def test_prose_like_page_furniture_stays(line: str) -> None:
    assert clean_article(Article(id="a", text=line)).text == line


@pytest.mark.parametrize(
    ("notice", "reason"),
    [
        # A headline and its share buttons.
        ("Barrier wins design award for eastbury email this", "share prompt"),
        ("Printer-friendly » e-mail this to a friend »", "share prompt"),
        ("Barrier wins design award for eastbury share this story print email", "share prompt"),
        ("Barrier wins design award for eastbury share this video watch next", "share prompt"),
        ("Share this page...", "share prompt"),
        ("share this:", "share prompt"),
        ("Video: man cited after walking on the sea wall in eastbury share this", "share prompt"),
        # A marker that the story continues past an ad.
        ("- continue reading below", "continuation marker"),
        ("Story continues", "continuation marker"),
        ("Story continued below", "continuation marker"),
        ("- article continues below »", "continuation marker"),
        ("Continue reading", "continuation marker"),
        # A gallery's or a blog's arrows.
        ("❮ prev next ❯", "widget label"),
        ("« previous | main | next »", "widget label"),
    ],
)
def test_a_notice_goes_and_the_story_after_it_opens_a_sentence(notice: str, reason: str) -> None:
    # On a page of several stories, one that opens in lower case after another's stop:
    # it opens a sentence of its own, which the splitter would otherwise glue to the one
    # before.
    result = clean_article(Article(id="a", text=f"{STORY} {notice} {LOWER_STORY}"))
    assert result.text == f"{STORY} {OPENED_STORY}"
    assert reasons(result) == {notice: reason}


def test_a_bracketed_marker_goes_and_the_story_continues_as_it_was() -> None:
    line = "Watch the vote ( article continues below ): the council approved the barrier."
    result = clean_article(Article(id="a", text=line))
    assert result.text == "Watch the vote the council approved the barrier."


@pytest.mark.parametrize(
    "label",
    [
        "Skip to main content",
        "Share on Facebook",
        "Recommended stories for you",
        "Sponsored links",
        "Next article",
        "Leave a reply",
        "Like · Reply · 3 hrs",
        "Comments ( 12 )",
        "Sort by: newest",
        "More related to this story",
    ],
)
def test_a_widget_label_run_into_the_story_goes_and_the_story_stays(label: str) -> None:
    result = clean_article(Article(id="a", text=f"{STORY} {label} {OPENED_STORY}"))
    assert result.text == f"{STORY} {OPENED_STORY}"
    assert reasons(result) == {label: "widget label"}


def test_a_widget_label_before_its_own_short_item_is_left_to_the_sentence_rules() -> None:
    assert rules.widget_label_prefix("Recommended for you: 15 new products") == 0


@pytest.mark.parametrize(
    "line",
    [
        "Previous studies of the barrier found no leaks, the council said.",
        "Most residents back the barrier, the council's survey found.",
        "Trending now is a list the council publishes every week, she said.",
        'These " sponsored links " are clearly marked, the council said.',
    ],
)
def test_prose_opening_with_a_labels_words_stays(line: str) -> None:
    assert clean_article(Article(id="a", text=f"{STORY} {line}")).text == f"{STORY} {line}"


def test_the_story_continuing_as_prose_stays() -> None:
    line = "The story continues for the council, which meets again on Tuesday."
    assert clean_article(Article(id="a", text=line)).text == line


def test_share_buttons_ending_a_line_go_with_the_network_names() -> None:
    result = clean_article(Article(id="a", text=f"{STORY} Share this twitter facebook"))
    assert result.text == STORY


def test_a_reporting_credit_cut_off_at_the_pages_end_goes() -> None:
    credit = "( additional reporting by jane doe; editing by"
    result = clean_article(Article(id="a", text=f"{STORY} {credit}"))
    assert result.text == STORY
    assert reasons(result) == {credit: "reporting credit"}


def test_an_unclosed_bracket_before_the_story_is_no_reporting_credit() -> None:
    line = f"{STORY} (reporting by the council's staff was cut, {LOWER_STORY}"
    assert rules.inline_notices(line) == []


def test_a_notice_inside_a_sentence_stays_with_the_furniture_around_it() -> None:
    # "... staff reporters 81cmnhazq please enable javascript ...": a headline, a
    # byline and a video's id are glued to it; the sentence must stay whole (unfit).
    line = (
        "Barrier approved by jane doe staff reporters 81cmnhazq_ please enable javascript to "
        f"watch this video {LOWER_STORY}"
    )
    assert rules.inline_notices(line) == []


@pytest.mark.parametrize(
    "header",
    [
        "the latest on the barrier vote ( all times local ): 2: 44 p.m.",
        "The Latest on the barrier vote (all times local): __ 10 a.m.",
    ],
)
def test_a_live_pages_header_goes_after_its_dateline_and_its_entry_stays(header: str) -> None:
    line = f"Eastbury ( ap ) — {header} {LOWER_STORY}"
    result = clean_article(Article(id="a", text=line))
    assert result.text == f"Eastbury ( ap ) — {LOWER_STORY}"
    assert reasons(result) == {header: "live page header"}


HOVER_CARD = (
    "ann margaret holtmayor backs barrier after storm council delays flood vote eastbury "
    "harbour trust sues over barrier more"
)


@pytest.mark.parametrize(
    "after",
    [", who backed the barrier, spoke first.", "'s vote decided it.", " spoke first."],
)
def test_a_card_of_headlines_after_a_linked_name_goes_and_the_name_stays(after: str) -> None:
    # The Hill: "... lashing out at donald trump donald john trumpex-white house counsel
    # ... more, who held firm ...".
    line = f"The council met on Tuesday and mayor ann holt {HOVER_CARD}{after}"
    result = clean_article(Article(id="a", text=line))
    assert result.text == f"The council met on Tuesday and mayor ann holt{after}"
    assert reasons(result) == {HOVER_CARD: "related link"}


def test_a_card_under_a_name_the_story_shortens_goes_whole() -> None:
    # "... sen. joe manchin joseph ( joe ) manchinsotomayor: kavanaugh now part of the
    # supreme court ... more ( d-w.va. ) ..."; a headline's own "more" does not end it.
    card = (
        "annabel ( ann ) margaret holtmayor backs barrier, far more than asked council "
        "delays flood vote more"
    )
    line = f"The council met on Tuesday and mayor ann holt {card} ( d-eastbury ) spoke first."
    result = clean_article(Article(id="a", text=line))
    assert (
        result.text == "The council met on Tuesday and mayor ann holt ( d-eastbury ) spoke first."
    )
    assert reasons(result) == {card: "related link"}


@pytest.mark.parametrize(
    "line",
    [
        # A name chanted twice, not glued to a headline.
        "Chants of ann holt ann holt filled the hall for more than an hour on Tuesday.",
        # Glued, but no "more" ends a card.
        "The council met mayor ann holt ann margaret holtmayor backs barrier after storm.",
    ],
)
def test_a_name_said_twice_in_prose_stays(line: str) -> None:
    assert rules.inline_notices(line) == []


def test_local_times_in_prose_stay() -> None:
    line = "The storm hit at 4 p.m. on saturday ( all times local ) and the barrier held."
    assert rules.inline_notices(line) == []


@pytest.mark.parametrize(
    ("after", "rest"),
    [
        (
            "Photo under the deal, the barrier opens in may.",
            "under the deal, the barrier opens in may.",
        ),
        (
            "Photo advertisement continue reading the main story the barrier opens in may.",
            "The barrier opens in may.",
        ),
    ],
)
def test_a_photo_label_where_a_sentence_starts_goes(after: str, rest: str) -> None:
    result = clean_article(Article(id="a", text=f"{STORY} {after}"))
    assert result.text == f"{STORY} {rest}"


def test_photo_in_prose_stays() -> None:
    for line in (f"{STORY} photo albums were found in the rubble.", f"{STORY} His Photo won."):
        assert rules.image_markers(line) == []


def test_teaser_cut_off_by_an_ellipsis_goes_with_its_read_more_link() -> None:
    teaser = "A merger would create a company with almost $18 billion in revenue, compared..."
    result = clean_article(Article(id="a", text=f"{STORY} {teaser} Read more {STORY2}"))
    assert result.text == f"{STORY} {STORY2}"
    assert reasons(result) == {teaser: "teaser", "Read more": "teaser"}


@pytest.mark.parametrize(
    "pointer",
    [
        "As you can see in the footage above, the gates closed in seconds.",
        "The clip can be found in the video below, around the 0:13 mark.",
        "The video shown here explains how the barrier works.",
        "Check out the photos of the harbour in the gallery above.",
        "We've posted the transcript below, with insight from our reporters.",
        # up to ten words between the verb and "below"
        "You can watch the fly-by and the press conferences discussing its discoveries below.",
        "Read the mayor's whole statement on the barrier below.",
        "Use the links at the bottom of this page to look for your topic.",
        # a link, "here" ending the sentence
        "You can read the council's full decision on the barrier here.",
        "You can watch the videos here and here.",
        "For more on the storms, you can check all the data out yourself here.",
        "For live coverage of the vote, follow our updates here.",
        "See the full poll here.",
        "Audio of the council's meeting is available here.",
        "The full criteria can be found here.",
    ],
)
def test_sentence_pointing_at_the_page_media_goes(pointer: str) -> None:
    assert_goes_between_stories(pointer, "page pointer")


@pytest.mark.parametrize(
    ("line", "kept", "pointer"),
    [
        (
            "Hundreds of people protested at the barrier last night — read our dispatch here.",
            "Hundreds of people protested at the barrier last night.",
            "— read our dispatch here.",
        ),
        (
            "By noon the council had heard from 300 residents -- see the full list of names below.",
            "By noon the council had heard from 300 residents.",
            "-- see the full list of names below.",
        ),
        # The words before the dash end in a stop of their own: no second one.
        (
            "The council will vote on the barrier at 9 a.m. — read our dispatch here.",
            "The council will vote on the barrier at 9 a.m.",
            "— read our dispatch here.",
        ),
    ],
)
def test_a_pointer_closing_its_sentence_after_a_dash_leaves_the_news_before_it(
    line: str, kept: str, pointer: str
) -> None:
    result = clean_article(Article(id="a", text=f"{STORY} {line} {STORY2}"))
    assert result.text == f"{STORY} {kept} {STORY2}"
    assert reasons(result) == {pointer: "page pointer"}


@pytest.mark.parametrize(
    "line",
    [
        # A colon or a semicolon: the words before it lead in to the link.
        "Our reporter is in the courtroom providing live coverage; follow his updates here.",
        "Our reporter is in the courtroom providing live coverage: follow his updates here.",
        "The mayor will be interviewed on the harbour stage at noon; you can watch live here.",
        # Too few words before the break for news of their own.
        "In short — read our dispatch here.",
        # The words before the break point at the page too, or hold a pointer's word.
        "Watch the footage below — or read our dispatch here.",
        "Enter the characters below to continue — type the characters you see in the picture "
        "above.",
        # A story run on after the pointer: the break's clause is no pointer's alone.
        "The council met again on tuesday — listen to its debate with the player below: the "
        "long final vote took most of the night and ended after three in the morning.",
        # A quote mark: which side of the break holds the quote is not known.
        'The mayor said " it will hold " — watch the gates close below.',
    ],
)
def test_a_pointer_after_a_dash_goes_with_its_sentence_where_no_news_stands_alone(
    line: str,
) -> None:
    result = clean_article(Article(id="a", text=f"{STORY} {line} {STORY2}"))
    assert result.text == f"{STORY} {STORY2}"
    assert rules.page_pointer_clause(line) == 0


def test_a_pointer_leaves_the_quote_mark_that_closes_the_quote_before_it() -> None:
    # Multi-News spaces its quote marks: the splitter gives the closing one to the pointer.
    quote = 'the mayor said: " we are ready for the next storm. "'
    after = 'she told reporters: " it held. " later the council met.'
    result = clean_article(
        Article(id="a", text=f'{STORY} {quote[:-2]} " watch the gates close below. {after}')
    )
    assert result.text == f"{STORY} {quote} {after}"
    assert reasons(result) == {"watch the gates close below.": "page pointer"}


def test_a_pointer_takes_its_own_quote_mark_where_no_quote_is_open() -> None:
    result = clean_article(Article(id="a", text=f'{STORY} " watch the gates close below. {STORY2}'))
    assert result.text == f"{STORY} {STORY2}"


@pytest.mark.parametrize(
    "aside",
    [
        "( shown below )",
        "( which can be read in full at the bottom of this story )",
        "( you can watch the vote here. )",
    ],
)
def test_pointer_in_a_bracketed_aside_takes_only_the_aside(aside: str) -> None:
    line = f"the mayor uploaded a video of the gates closing {aside} on tuesday night."
    result = clean_article(Article(id="a", text=f"{STORY} {line}"))
    kept = "the mayor uploaded a video of the gates closing on tuesday night."
    assert result.text == f"{STORY} {kept}"
    assert reasons(result) == {aside: "page pointer"}


def test_a_pointer_aside_before_the_stop_leaves_the_stop_on_the_sentence() -> None:
    line = "There are proposals to move the barrier ( see the council's plan here )."
    result = clean_article(Article(id="a", text=f"{STORY} {line}"))
    assert result.text == f"{STORY} There are proposals to move the barrier."


@pytest.mark.parametrize(
    "plug",
    [
        "Download the harbour 7 news app for alerts sent straight to your phone.",
        # The purpose after "app" runs past a prompt's tail.
        "Never miss a beat download the harbour 7 news app to stay on top of the latest "
        "news from the coast and beyond.",
        # After a dash, whatever opens the sentence.
        "Be a citizen journalist for harbour 7 and get paid – download the tipline app today.",
        "Breaking news alerts — download the Harbour Herald app.",
        # Only "download" opens the cleaner's gate to this one (`cleaner._RULE_WORDS`).
        "Stories from the coast and the harbour every morning -- download the Harbour Herald app.",
    ],
)
def test_an_apps_plug_goes(plug: str) -> None:
    assert_goes_between_stories(plug, "app plug")


@pytest.mark.parametrize(
    "line",
    [
        "Residents can download the council's flood app for free, the mayor said.",
        "More than a million people download the app every month, the council said.",
        "Residents who download the council's flood app get a warning an hour before the tide.",
    ],
)
def test_an_app_in_the_story_stays(line: str) -> None:
    assert rules.prompt_sentence(line) is None
    result = clean_article(Article(id="a", text=f"{STORY} {line} {STORY2}"))
    assert result.text == f"{STORY} {line} {STORY2}"


def test_comment_box_prompts_go() -> None:
    line = "Have your say: what do you think of the barrier? Leave a comment below."
    result = clean(line)
    assert result.text == f"{STORY}\n\n{STORY2}"
    assert reasons(result) == {
        "Have your say: what do you think of the barrier?": "web furniture",
        "Leave a comment below.": "comment prompt",
    }


@pytest.mark.parametrize(
    "credit",
    [
        "(AP Photo/Carolyn Kaster, Pool)",
        "( loujain hathloul/ap )",
        "( sarah parnass/the washington post )",
        "( john sleezer/the kansas city star via ap )",
        "( jeff bachner/for new york daily news )",
        "( nicholas kamm/afp via getty images )",
        "(Associated Press)",
    ],
)
def test_credit_spans_find_a_photographer_and_outlet(credit: str) -> None:
    line = f"Saudi activist loujain hathloul drove to the border. {credit} she was jailed."
    start = line.index(credit)
    assert rules.credit_spans(line) == [(start, start + len(credit))]


@pytest.mark.parametrize(
    "line",
    [
        "He and his wife/partner ( his wife/partner ) came.",
        "Read it at ( http://bit.ly/2slf5yu ) today.",
        # An agency's dateline, not a credit.
        "Washington ( cbsla.com/ap ) — president barack obama was briefed.",
    ],
)
def test_credit_spans_leave_asides_links_and_datelines(line: str) -> None:
    assert rules.credit_spans(line) == []


def test_a_publishers_handout_through_an_agency_is_a_credit() -> None:
    caption = 'An undated publicity photo of bob dylan from his memoir, " chronicles volume one "'
    lead = "washington -- the white house has announced this year's recipients of the medal."
    credit = "( simon & schuster via associated press / )"
    result = clean(f"{caption} {credit} {lead}")
    assert result.text == f"{STORY}\n\n{lead}\n\n{STORY2}"
    assert reasons(result) == {f"{caption} {credit}": "photo caption"}


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # AP's link to a member paper's story, after the paper or its verb.
        (
            "The wall street journal reports ( http://on.wsj.com/2nfqcqv ) that ivanka trump "
            "and jared kushner are moving.",
            "The wall street journal reports that ivanka trump and jared kushner are moving.",
        ),
        (
            "He died of a hemorrhage, according to the alamogordo daily news "
            "( http://bit.ly/1klnxjd ).",
            "He died of a hemorrhage, according to the alamogordo daily news.",
        ),
    ],
)
def test_a_link_in_brackets_after_its_source_goes(line: str, kept: str) -> None:
    result = clean(line)
    assert result.text == f"{STORY}\n\n{kept}\n\n{STORY2}"
    assert set(reasons(result).values()) == {"link"}


def test_a_link_the_sentence_points_at_stays() -> None:
    assert rules.bracketed_links("Read the ruling at ( http://bit.ly/2slf5yu ) today.") == []
    assert rules.bracketed_links("The court's ruling ( see www.courts.gov ) is long.") == []


def test_a_credit_takes_the_caption_before_it_not_the_story_after() -> None:
    caption = "Saudi activist loujain hathloul as she drove toward the saudi border in 2014."
    line = f"{caption} ( loujain hathloul/ap ) she was jailed for 10 weeks for driving."
    result = clean(line)
    assert result.text == f"{STORY}\n\nshe was jailed for 10 weeks for driving.\n\n{STORY2}"
    assert reasons(result) == {f"{caption} ( loujain hathloul/ap )": "photo caption"}


def test_dated_caption_with_an_outlet_credit_goes() -> None:
    caption = "Residents watch the debate from the public gallery, Eastbury, March 3, 2020."
    result = clean(caption)
    assert result.text == f"{STORY}\n\n{STORY2}"
    assert reasons(result) == {caption: "photo caption"}


def test_player_cues_cover_every_label() -> None:
    # `rules.player_runs` scans only text holding a cue: each label form must
    # hold one, spelt without the letters the pattern also matches outside ASCII.
    labels = _terms(rules._PLAYER_LABEL.replace(r"\d+", "8"))
    assert len(labels) > 10
    assert not [x for x in labels if not any(c in x for c in rules._PLAYER_CUES)]
    assert not [c for c in rules._PLAYER_CUES if "i" in c or "s" in c]


_PLAYER_BITS = st.lists(
    st.sampled_from(
        ["video loading", "vıdeo unavailable", "VİDEO LOADING", "click to play", "cLıck to play",
         "tap to play", "the video will start in 8", "Play Now", "watch thiſ video again", " ",
         ", ", "story", "played", "video", "ſ", "K"]
    ),
    max_size=8,
).map("".join)  # fmt: skip


@given(_PLAYER_BITS)
def test_player_runs_match_the_pattern_behind_the_first_pre_check(text: str) -> None:
    low = text.lower()
    first = "play" in low or "video" in low
    expected = [m.span() for m in rules._PLAYER_RUN.finditer(text)] if first else []
    assert rules.player_runs(text) == expected


def test_wire_caption_closed_by_the_agency_goes_and_the_lead_stays() -> None:
    # A wire photo's caption flattened into a page, closed by the bare agency name.
    caption = "This undated photo provided by Spink USA shows a 1918 Inverted Jenny stamp."
    lead = (
        "NEW YORK (AP) — A valuable Inverted Jenny stamp has surfaced six decades after "
        "it was stolen from a collectors' convention."
    )
    result = clean(f"{caption} ( associated press ) {lead}")
    assert result.text == f"{STORY}\n\n{lead}\n\n{STORY2}"
    assert reasons(result) == {f"{caption} ( associated press )": "photo caption"}


# Multi-News val, as the dataset spaces and cases them.
AP_CAPTIONS = [
    "a boy tries to cool down by pouring water over his head at a train station in "
    "tovarnik, croatia, thursday, sept. 17, 2015.",
    "former illinois gov. Rod blagojevich and his wife patti arrive at the federal court "
    "building, tuesday, aug. 17, 2010, in chicago.",
    "Police look at a car crushed under a collapsed overpass in guayaquil, ecuador, "
    "saturday april 16, 2016.",
    "Crime scene tape marks the home on jim platt road near citronelle, ala., sunday, "
    "aug. 21, 2016, where authorities said five people were killed on saturday.",
]


@pytest.mark.parametrize(
    "sentence",
    [
        # Prose dates say "on", or give the day or the date, not both after a comma.
        "Danielle Stislicki went missing on Friday, December 2, 2016.",
        "The storm hit the coast on Monday, Oct. 29, 2012, flooding the subway.",
        "The trial opened in Pretoria on Sept. 11, 2014, before a packed courtroom.",
        "Officials said Thursday that the bridge would reopen in March 2016.",
        # A quote that dates itself so.
        '"We proclaim the independence of the state of Azawad starting from this day, '
        'Friday, April 6, 2012. "',
        # Too long for a caption: story text runs on after the date.
        "Relatives gathered at the port in Jindo, South Korea, Saturday, April 26, 2014, "
        + "as divers searched the sunken ferry for the missing and officials said " * 6
        + "nothing.",
    ],
)
def test_wire_caption_leaves_prose_dates_and_quotes(sentence: str) -> None:
    assert not rules.wire_caption(sentence)


# Reuters' captions as Multi-News val spaces and cases them: a scene in the present,
# the date closing it, no posing verb of `caption_sentence`.
SCENE_CAPTIONS = [
    "Passengers wait to enter a railway station after trains were delayed due to bad "
    "weather in southern china in guangzhou, guangdong province, february 1, 2016.",
    "Poland's prime minister mateusz morawiecki visits the ulma family museum of poles who "
    "saved jews during wwii in markowa, poland february 2, 2018.",
    "An oil rig is silhouetted against the sunset in st. Lawrence, texas may 9, 2008.",
    "A relative of a missing passenger onboard the capsized sewol ferry cries at a port in "
    "jindo april 26, 2014.",
    "Picture taken february 11, 2017.",
    "Video updated november 15, 2018.",
    # A name in quote marks is no speaker's words.
    'A woman reads a copy of the newly released book " the lost symbol " by dan brown, at a '
    "speed reading book launch event in sydney, september 15, 2009.",
    'Fans play video games at the premiere of the video game " call of duty: modern warfare 3 '
    '" in los angeles, california september 2, 2011.',
    # AP's scene dated "on" the day.
    "Search and rescue officials surround an asiana airlines boeing 777 plane after it "
    "crashed while landing at san francisco international airport in california on july 6, "
    "2013.",
    "Donald trump and then-wife, ivana, pose aboard their yacht in new york city on july 4, 1988.",
    "The logo of microsoft corp.'s internet explorer 9 is displayed on a computer monitor in "
    "washington, on march 15, 2011.",
    # AP's weekday and date with no comma before them.
    "east cleveland police officers search a neighborhood sunday, july 21, 2013, near where "
    "three bodies were recently found, in east cleveland, ohio.",
    "Jill kelley leaves her home monday, nov 12, 2012 in tampa, fla.",
    # Getty's place after the date, and AP's after its weekday and date.
    "lindsay lohan attends the film premiere of'treasure planet ' at the cinerama dome on "
    "november 17, 2002 in hollywood, california.",
    "smoke rises from the burning jianye building on december 15, 2013 in guangzhou, china.",
    "Donald trump with ivanka trump on july 30, 2015 in ayr, scotland.",
    "An 1873 dime from carson city, nev., is displayed on friday, aug. 10, 2012, in philadelphia.",
    # What the picture shows and no verb, dated.
    "The home of ed and elaine brown in plainfield, n.h., jan. 7, 2007.",
    "Donald trump before opening the nasdaq on september 20, 2005.",
    # Where the picture puts someone, and a scene in the present: no date needed.
    "Women's downhill gold medalists dominique gisin of switzerland, left, and tina maze of "
    "slovenia celebrate during the flower ceremony at the sochi 2014 winter olympics in sochi.",
    "ferguson police officer darren wilson ( right ) is seen with another officer standing "
    "over the body of michael brown on aug. 9.",
    "Classmates: emwazi ( front row, second from left ) pictured with classmates at the st mary "
    "magdalene church of england primary school in west london.",
]


@pytest.mark.parametrize(
    "sentence",
    [
        # A verb whose past is its present (DUC 2003 t3, d106c).
        "It's also the first 1-2 game since Florida State beat No. 1 Florida 24-21 Nov. 30, 1996.",
        # The future, a verb after "to", the month March, a quote.
        "Chardon, ohio -- t.j. Lane will spend the rest of his life in prison for killing "
        "three students in the chardon high school cafeteria feb. 27, 2012.",
        "The senator plans to visit the border town of nogales march 3, 2015.",
        "The bill passed the house march 3, 2015.",
        'Fans say " we wait for the album " in los angeles, california september 2, 2011.',
        'Fans hold up signs " we wait, sadly " in los angeles, california september 2, 2011.',
        # Prose dated "on" the day: a past or a clause before the present, the first person.
        "Peters, a former pta president and volunteer at plaza vista school in irvine, had her "
        "first run-in with jill easter on feb. 16, 2010.",
        "HONG KONG, December 17 (Xinhua) -- The visiting China Interpol chief today expressed "
        "confidence in Hong Kong's smooth transition and its prosperity and stability, while "
        "assuring closer cooperation between the inland and Hong Kong police after Hong Kong "
        "returns to China on July 1, 1997.",
        "*we are saddened to announce tilikum passed away on january 6, 2017.",
        # A verb of news before the date: a present in -s, a past, an auxiliary.
        "After the 2000 season, the big game shifts to the Orange Bowl Jan. 1, 2001.",
        "Pogue, 84, died on march 3, 2014.",
        # ... and with a place after the date, as Getty closes its captions.
        "Hoffman was found dead of an apparent heroin overdose on feb. 2, 2014 in new york city.",
        "Shirley temple black, iconic child star and former u.s. Ambassador to ghana, died on "
        "feb. 10, 2014 in california, the associated press reported.",
        "Max shacknai fell over a railing and down the stairs at his father's mansion on july 11, "
        "2011, in what coronado police called a tragic accident.",
        "The deadline for the filing is march 3, 2015.",
        # A person placed in a picture, in prose: a speaker, the past, the Daily Mail's
        # "( pictured )", a Republican's "( r )".
        "Former lakers great magic johnson, left, said he will never attend a clippers game at "
        "staples center again.",
        "Kayla mclaughlin, left, and gena richardson worked together at sears in the late 1970s.",
        "News corp. President and coo chase carey ( pictured ) made his remarks offstage during "
        "the nab show in las vegas.",
        "Stacey campfield ( r ) walks out of the chamber after the vote in nashville.",
        # A weekday and date with no comma after a past, as a page's stamp, or before the verb.
        "Ortiz, who confessed to shooting four women in the head, was indicted wednesday, dec. "
        "5, 2018, on a capital murder charge.",
        "( published monday, march 14, 2016 ) fort worth police removed an officer from patrol "
        "duties monday after a video posted to youtube showed him using pepper spray.",
        "'citizen scientists'take control of satellite abandoned by nasa in 1997 by tom boggioni "
        "friday, july 4, 2014 15: 59 edt having received the blessing of nasa, they went on.",
        'Fans play the music of " call of duty " and " the tide is high for us " in los angeles, '
        "california september 2, 2011.",
    ],
)
def test_wire_caption_leaves_prose_that_a_date_closes(sentence: str) -> None:
    assert not rules.wire_caption(sentence)


# Captions that name their picture first, as Multi-News val spaces and cases them.
OPENING_CAPTIONS = [
    "File - in this may 16, 2012, file photo, the facebook logo is displayed on an ipad in "
    "philadelphia.",
    "In this photo taken on dec. 13, 2013, a family of young nutria nibble the grass along the "
    "shores of capitol lake in olympia, wash.",
    "This undated photo provided by the u.s. Department of defense shows army pvt. George "
    "conklin, a teenage new york soldier killed in the korean war.",
    "A still image taken from israeli defence forces ( idf ) video footage shows a small "
    "unidentified aircraft shot down in a mid-air interception.",
    # An AP gallery's caption after the credit of the one before it: no article.
    "Undated photo provided by balmer & dixon management shows late bass-baritone oleg bryjak.",
    # Reuters sets the giver off in commas (Timeline17's whole pages).
    "A video grab, taken from a BP live video feed, shows a robotic arm using a wrench during "
    'the " top kill " procedure to stop the flow of oil, May 27, 2010.',
    # Dated, the picture with no comma or verb after it.
    "in this nov. 13, 2003, photo william adams, judge of the county court at law, listens to "
    "a prosecutor during a trial at the aransas county court house in rockport, texas.",
]


# Captions that name their picture later on (Multi-News val).
REFERENCE_CAPTIONS = [
    "Maurice ' morry'taylor ( l ), chairman and chief executive of titan international, inc., "
    "is shown in this undated handout photograph.",
    "Military officials applaud together with north korean leader kim jong-un, during the "
    "unhasu concert in pyongyang, in this picture released by north korea's kcna news agency "
    "april 16, 2013.",
    "Combination photo of ( l-r ) tabari young and brad jett in undated booking photos released "
    "by the chicago police department.",
    "An undated photo of the india-pakistan boundary showing floodlighting along the indian side "
    "of the divide.",
    "Brad lee davis is pictured in this booking photo courtesy of pottawatomie county sheriff's "
    "office.",
]


@pytest.mark.parametrize(
    "caption", AP_CAPTIONS + SCENE_CAPTIONS + OPENING_CAPTIONS + REFERENCE_CAPTIONS
)
def test_wire_caption_as_agencies_write_them(caption: str) -> None:
    # AP's weekday and date, Reuters' scene closed by its date, a picture named first.
    assert rules.wire_caption(caption)
    assert rules.wire_caption(caption[0].upper() + caption[1:])
    assert rules.wire_caption(caption[0].lower() + caption[1:])


@pytest.mark.parametrize(
    ("sentence", "rest"),
    [
        (
            "Abstract we examined change over time in the reported prevalence of flooding.",
            "we examined change over time in the reported prevalence of flooding.",
        ),
        (
            "Abstract background: the prevalence of type 2 diabetes is increasing.",
            "the prevalence of type 2 diabetes is increasing.",
        ),
        (
            "Abstract importance chemotherapy may induce alopecia.",
            "chemotherapy may induce alopecia.",
        ),
        # A structured abstract's parts.
        (
            "Objective: to examine trends in flooding between 2003 and 2011.",
            "to examine trends in flooding between 2003 and 2011.",
        ),
        ("Results: we observed 234 floods.", "we observed 234 floods."),
        ("Design, setting, and participants we pooled 6 studies.", "we pooled 6 studies."),
        ("Summary: the barrier held.", "Summary: the barrier held."),
        # The art, not a label.
        (
            "Abstract expressionist painter jackson pollock was famous for his drip paintings.",
            "Abstract expressionist painter jackson pollock was famous for his drip paintings.",
        ),
        ("Abstract art sold well at the auction.", "Abstract art sold well at the auction."),
    ],
)
def test_a_journals_abstract_label_goes_and_its_sentence_stays(sentence: str, rest: str) -> None:
    result = clean_article(Article(id="a", text=f"{STORY} {sentence} {STORY2}"))
    assert result.text == f"{STORY} {rest if rest == sentence else opened(rest)} {STORY2}"
    assert [r.reason for r in result.removed] == (["journal label"] if rest != sentence else [])


def test_a_pointer_past_the_pictures_goes_with_the_caption_it_points_at() -> None:
    story = "The barrier held overnight as the river rose to its highest level in a decade."
    result = clean_article(Article(id="a", text=f"{STORY} Scroll down for video {story}"))
    assert result.text == f"{STORY} {story}"
    caption = "Amazing: the barrier holds back the river on monday night in eastbury."
    result = clean_article(Article(id="a", text=f"{STORY} Scroll down for video {caption}"))
    assert result.text == STORY
    assert [r.reason for r in result.removed] == ["widget label"]


def test_an_agencys_file_or_getty_credit_goes_from_the_sentence_it_opens() -> None:
    story = "the barrier was tested in eastbury on monday."
    for credit in (
        "Reuters/jane doe/file photo",
        "Reuters/jane doe/illustration/file photo",
        "Jane doe via getty images",
    ):
        result = clean_article(Article(id="a", text=f"{STORY} {credit} {story}"))
        assert result.text == f"{STORY} {story}"
        assert [r.text for r in result.removed] == [credit]


@pytest.mark.parametrize(
    "credit",
    [
        "Eastbury council via ap",
        "Eastbury county sheriff's office via ap",
        "Reuters/eastbury council department/handout via reuters",
        "Source: jane doe/eastbury institute via getty images",
        "Council pool photo via ap",
        "Eastbury tv via reuters tv",
    ],
)
def test_a_handouts_credit_through_an_agency_goes_from_the_sentence_it_opens(
    credit: str,
) -> None:
    # The source in any words: "via" and the agency mark where the credit ends.
    story = "the barrier was tested in eastbury on monday."
    result = clean_article(Article(id="a", text=f"{STORY} {credit} {story}"))
    assert result.text == f"{STORY} {story}"
    assert [r.text for r in result.removed] == [credit]


def test_an_agency_named_after_via_inside_a_sentence_is_no_credit() -> None:
    line = "The council sent its statement to reporters via ap and local papers on monday."
    assert rules.credit_openings(line) == []


def test_a_buy_photo_button_after_a_credit_goes_and_the_story_after_it_stays() -> None:
    caption = "Buy photo one of the rescued dogs receives oxygen. ( photo: jane doe/staff photo )"
    story = "More than 200 dogs were rescued from a home in eastbury on monday."
    result = clean_article(Article(id="a", text=f"{STORY} {caption} buy photo {story}"))
    assert result.text == f"{STORY} {story}"
    assert [r.reason for r in result.removed] == ["photo caption", "widget label"]


# A structured abstract whose parts' labels have no colon (JAMA's, as Multi-News flattens it).
BARE_ABSTRACT = (
    "Importance flooding is a common cause of damage to homes in coastal towns.",
    "Objective to examine whether barriers reduce the damage.",
    "Design in this cross-sectional study, 29 towns were analyzed.",
    "Main outcomes and measures cost of flood damage per household.",
    "Results the barriers halved the damage.",
    "Meaning barriers may reduce flood damage.",
)


def test_a_structured_abstracts_bare_labels_go_and_its_sentences_stay() -> None:
    result = clean_article(Article(id="a", text=" ".join(BARE_ABSTRACT)))
    assert result.text == (
        "Flooding is a common cause of damage to homes in coastal towns. "
        "To examine whether barriers reduce the damage. "
        "In this cross-sectional study, 29 towns were analyzed. "
        "The barriers halved the damage. Barriers may reduce flood damage."
    )
    assert [r.text for r in result.removed if r.reason == "journal label"] == [
        "Importance",
        "Objective",
        "Design",
        "Main outcomes and measures cost of flood damage per household.",
        "Results",
        "Meaning",
    ]


@pytest.mark.parametrize(
    "sentences",
    [
        # Prose that opens with a label's word: a word no label goes on with follows it.
        (
            "Importance of the barrier was stressed by the mayor.",
            "Objective evidence of the damage is scarce.",
            "Results of the survey are expected next week.",
            "Participants were asked to rate the barrier.",
        ),
        # A single part's label on a page that shows no other: no structured abstract.
        ("Results cross sectional analysis was based on 61 towns.",),
    ],
)
def test_prose_opening_with_an_abstracts_part_keeps_its_words(sentences: tuple[str, ...]) -> None:
    text = " ".join((STORY, *sentences, STORY2))
    assert clean_article(Article(id="a", text=text)).text == text


@pytest.mark.parametrize("caption", OPENING_CAPTIONS + REFERENCE_CAPTIONS)
def test_a_line_holding_a_caption_that_names_its_picture_is_told(caption: str) -> None:
    assert rules.holds_picture_caption(f"The storm passed. {caption}")


@pytest.mark.parametrize(
    "sentence",
    [
        "A picture of the policeman leaning on the sacred cube triggered a heated debate.",
        "An image of the receipt quickly went viral after one of king's friends posted it.",
        "A previous photo taken of trump exiting the cia appears to show the same aide.",
        "This picture of the western hemisphere was captured on january 25 by nasa.",
        "The senator was seen in a photo with the lobbyist at a fundraiser last year.",
        "She shared the news in a photo posted to instagram on sunday.",
        "Undated letters found in the attic were shown to reporters.",
    ],
)
def test_wire_caption_leaves_prose_about_a_picture(sentence: str) -> None:
    assert not rules.wire_caption(sentence)


@pytest.mark.parametrize("caption", [OPENING_CAPTIONS[0], REFERENCE_CAPTIONS[0]])
def test_caption_naming_its_picture_goes_from_a_paragraph(caption: str) -> None:
    before = "Facebook shares fell 4% on Monday after the report."
    after = "The company said it would review the findings."
    result = clean(f"{before} {caption} {after}")
    assert result.text == f"{STORY}\n\n{before} {after}\n\n{STORY2}"
    assert reasons(result) == {caption: "photo caption"}


@pytest.mark.parametrize(
    "caption",
    [
        AP_CAPTIONS[0],
        # Getty's: the place after the date, where no year closes the sentence.
        "Smoke rises from the burning jianye building on december 15, 2013 in guangzhou, china.",
    ],
)
def test_wire_caption_inside_a_paragraph_goes_and_the_story_around_it_stays(caption: str) -> None:
    # A flattened page: the caption stands between two story sentences of one paragraph.
    before = "Thousands of migrants crossed into Croatia this week after Hungary sealed its border."
    after = "Croatia said it could not register so many people and would let them travel on."
    result = clean(f"{before} {caption} {after}")
    assert result.text == f"{STORY}\n\n{before} {after}\n\n{STORY2}"
    assert reasons(result) == {caption: "photo caption"}


def test_wire_caption_with_a_quoted_title_or_cut_short_is_still_a_caption() -> None:
    assert rules.wire_caption(
        'kashmiri muslims shout slogans during a protest against a film called " innocence of '
        'muslims ", in srinagar, india, friday, sept. 14, 2012.'
    )
    assert rules.wire_caption(
        "Vice President Mike Pence speaks after signing the “America's Water Infrastructure "
        "Act” into law in Washington, Tuesday, Oct. 23, 2018."
    )
    # The dataset cut the page inside the date.
    assert rules.wire_caption("locals view a burnt-out car in enfield, london, monday, aug.")
    assert not rules.wire_caption("The ferry left port on Monday, Aug.")  # "on": prose


def test_wire_caption_takes_its_split_off_opening_and_the_credit_after_it() -> None:
    # Reuters' caption in a flattened page as Multi-News cases it (mn46509): the rules'
    # split keeps it and the story around it in one sentence; the caption's opening
    # word and the credit after it go with it.
    lead = (
        "President-elect donald trump said on saturday he has chosen mick mulvaney "
        "to be his white house budget director."
    )
    caption = (
        "president-elect donald trump speaks during a usa thank you tour event in "
        "orlando, florida, u.s., december 16, 2016."
    )
    story = "the nomination will require senate confirmation."
    result = clean(f"{lead} U.s. {caption} reuters/lucas jackson {story}")
    assert result.text == f"{STORY}\n\n{lead} {story}\n\n{STORY2}"
    assert reasons(result) == {
        f"U.s. {caption}": "photo caption",
        "reuters/lucas jackson": "photo credit",
    }


# CNN's highlights box as Multi-News flattens it: bullets without stops, run into the
# lead up to the dateline.
HIGHLIGHTS = (
    "Story highlights the council backs the barrier after a three-hour debate work is due "
    "to start in may, officials say"
)


def test_highlights_box_goes_up_to_the_cnn_dateline() -> None:
    result = clean_article(Article(id="a", text=f"{HIGHLIGHTS} eastbury ( cnn ) -- {LOWER_STORY}"))
    assert result.text == LOWER_STORY
    assert reasons(result) == {f"{HIGHLIGHTS} eastbury ( cnn ) --": "story highlights"}


def test_highlights_box_without_a_dateline_takes_its_sentence() -> None:
    # Nothing marks where the lead starts: the sentence goes, the rest stays.
    boxed = f"{HIGHLIGHTS} {LOWER_STORY}"
    result = clean_article(Article(id="a", text=f"{boxed} {STORY2}"))
    assert result.text == STORY2
    assert reasons(result) == {boxed: "story highlights"}


def test_highlights_box_after_a_caption_takes_only_the_box() -> None:
    # USA Today's: the box opens in lower case after the photo's caption.
    caption = "Councillors study the plans for the barrier."
    box = "story highlights the barrier will cost $ 4 million."
    result = clean_article(Article(id="a", text=f"{caption} {box} {STORY2}"))
    assert result.text == f"{caption} {STORY2}"
    assert reasons(result) == {box: "story highlights"}


def test_key_points_box_takes_its_sentence_as_a_highlights_box_does() -> None:
    # ABC's: the bullets run into the lead with no stop.
    boxed = f"Key points: the barrier will cost $ 4 million work starts in may {LOWER_STORY}"
    assert_goes_between_stories(boxed, "story highlights")


def test_a_story_that_highlights_something_stays() -> None:
    for line in (
        "The story highlights how the town prepared for the storms of last winter.",
        "Her story highlights the cost of the barrier.",
        "The mayor tweeted the report's key points on Tuesday.",
    ):
        assert rules.highlights_span(line) == (0, 0)
        assert clean(line).removed == ()


@pytest.mark.parametrize(
    "credit",
    [
        "Jane doe/getty images",
        "Photographer: jane doe/bloomberg",
        "John q. Public / the eastbury daily news",
        "Jane doe / ap, file",
        "Reuters/jane doe",
        "Facebook/j. Doe",
        "Instagram/jane o ' doe",
        "Martyn f. Chillmaid/science photo library",
        "Jane doe/gettyimages",
        "Jane doe/getty; john doe/getty",
        "Jane doe/redferns",
        "Jane doe/gc images",
        "Jane doe/oxford scientific/getty",
        "Jane doe / zuma press",
        "Jupiterimages/thinkstock",
        # Getty's credit alone, its photographer dropped.
        "Getty images",
        "Getty - contributor",
        "| getty",
        "Getty 3/46",
        "Usa today sports",
        "Associated press",
        "European pressphoto agency",
        "Reuters",
        # A credit in words, its outlet named.
        "Photograph by jane doe, national geographic",
        "Photograph by jane doe for the eastbury times",
        # A courtesy credit in brackets.
        "( courtesy of the eastbury council )",
        "( photo courtesy of the doe family )",
        "( courtesy: twitter )",
    ],
)
def test_photo_credit_opening_a_sentence_goes(credit: str) -> None:
    result = clean(f"{credit} {LOWER_STORY}")
    assert result.text == f"{STORY}\n\n{LOWER_STORY}\n\n{STORY2}"
    assert reasons(result) == {credit: "photo credit"}


def test_a_courtesy_in_brackets_inside_a_sentence_stays() -> None:
    line = "The figures ( courtesy of the county ) show the barrier held through the storm."
    assert rules.credit_openings(line) == []


def test_photo_credit_after_a_stop_goes_and_a_dateline_after_it_stays() -> None:
    line = f"{STORY} jane doe/the eastbury times {LOWER_STORY}"
    assert clean_article(Article(id="a", text=line)).text == f"{STORY} {LOWER_STORY}"
    # The agency's one-word credit before its dateline: "Reuters/kcna seoul ( reuters )".
    dated = "Reuters/pool eastbury ( reuters ) - the council met."
    assert [dated[a:b] for a, b in rules.credit_openings(dated)] == ["Reuters/pool "]


@pytest.mark.parametrize(
    "line",
    [
        "A cnn/orc poll found that 60 % of residents back the barrier.",
        "Reuters/ipsos poll results show the barrier is popular.",
        "The eastbury college/nbc news poll found the same.",
        "The musician/mogul announced his plan.",
        "Seoul/washington south korea said on wednesday it would help pay for the barrier.",
        # Getty's own news, and the other Gettys.
        "Getty images said on monday it would cut 200 jobs.",
        "Getty oil was sold to texaco in 1984.",
        "Getty museum curators met the council.",
        "Reuters reported on tuesday that the council met.",
        "Associated Press reporters who toured the site found it deserted.",
        "Usa today network looks at what people will be talking about.",
    ],
)
def test_polls_datelines_and_credits_of_unknown_length_stay(line: str) -> None:
    assert rules.credit_openings(line) == []


LABELLED_CAPTION = "A barrier gate is lowered into the river at Eastbury."


@pytest.mark.parametrize(
    "credit",
    ["Photograph: Jane Doe/Reuters", "Photo: jane doe/the eastbury times", "Picture: AP"],
)
def test_a_credits_label_takes_the_caption_before_it_in_its_line(credit: str) -> None:
    # The Guardian's layout: caption, labelled credit, then the story's lead run on.
    result = clean(f"{LABELLED_CAPTION} {credit} {LOWER_STORY}")
    assert result.text == f"{STORY}\n\n{LOWER_STORY}\n\n{STORY2}"
    assert reasons(result)[LABELLED_CAPTION] == "photo caption"


def test_a_credit_on_its_own_line_takes_the_caption_that_ends_the_line_before() -> None:
    # A page with its breaks: the caption ends a line, its credit opens the next.
    result = clean(STORY2, LABELLED_CAPTION, "Photograph: AP", LOWER_STORY)
    assert result.text == f"{STORY}\n\n{STORY2}\n\n{LOWER_STORY}\n\n{STORY2}"
    assert reasons(result)[LABELLED_CAPTION] == "photo caption"


# The Guardian's opening as a page with its breaks keeps it: headline, standfirst and
# time stamp run into the picture's caption with no stop, the credit on the next line.
GUARDIAN_HEADER = (
    "Eastbury flood barrier approved after three-hour debate Councillors back the "
    "scheme despite objections from the harbour trust Tuesday 26 May 2020 16.35 BST"
)
GUARDIAN_CAPTION = "Volunteers fill sandbags on the quay at Eastbury during the floods last winter."


def _page(*lines: str) -> Article:
    text = "\n\n".join([*lines, STORY, STORY2])
    return clean_article(Article(id="a", title="Flood barrier approved", text=text))


def test_a_credit_on_the_second_line_takes_the_page_header_run_into_its_caption() -> None:
    opening = f"{GUARDIAN_HEADER} {GUARDIAN_CAPTION}"  # 40 words, no stop before the caption
    result = _page(opening, "Photograph: Jane Doe/Reuters")
    assert result.text == f"{STORY}\n\n{STORY2}"
    assert reasons(result)[opening] == "photo caption"


def test_a_caption_split_over_lines_takes_the_page_header_before_it() -> None:
    # A page with a sentence to a line: the caption's first sentence ends the opening.
    opening = f"{GUARDIAN_HEADER} {GUARDIAN_CAPTION}"
    second = "The barrier will close the harbour mouth in a storm."
    result = _page(opening, second, "Photograph: Jane Doe/Reuters")
    assert result.text == f"{STORY}\n\n{STORY2}"
    assert reasons(result)[opening] == reasons(result)[second] == "photo caption"


@pytest.mark.parametrize(
    "lead",
    [
        # A lead that reports, or of two sentences, is the story's: the credit's picture
        # has no caption.
        "The council approved the new flood barrier at Eastbury on Tuesday after a debate "
        "that lasted three hours and ended in a vote of 31 to 9, officials said.",
        "The council approved the new flood barrier at Eastbury on Tuesday. The debate "
        "lasted three hours and ended in a vote of 31 to 9 in the barrier's favour.",
    ],
)
def test_a_credit_on_the_second_line_leaves_a_lead_that_is_no_caption(lead: str) -> None:
    result = _page(lead, "Photograph: Jane Doe/Reuters")
    assert result.text.startswith(lead)


def test_a_caption_between_two_credits_goes_on_the_first_cleaning() -> None:
    # The second picture's caption runs from the first credit's end to the second label.
    line = f"Photograph: Jane Doe/Reuters {LABELLED_CAPTION} Photograph: John Roe/AP {LOWER_STORY}"
    once = clean(line)
    assert once.text == f"{STORY}\n\n{LOWER_STORY}\n\n{STORY2}"
    assert reasons(once)[LABELLED_CAPTION] == "photo caption"
    assert clean_article(once) == once


def test_a_credit_alone_after_a_storys_paragraph_takes_nothing_of_it() -> None:
    # A picture with no caption: the paragraph before reports, as no caption does.
    result = clean("Photo: Tom Reed/Harbour Images", LOWER_STORY)
    assert result.text == f"{STORY}\n\n{LOWER_STORY}\n\n{STORY2}"
    assert reasons(result) == {"Photo: Tom Reed/Harbour Images": "photo caption"}


@pytest.mark.parametrize(
    ("credit", "cut"),
    [
        ("Photograph: Jane Doe/Reuters", ["Photograph: Jane Doe/Reuters"]),
        ("Photo: Tom Reed/AP", ["Photo:", "Tom Reed/AP"]),
        ("Image copyright Getty Images", ["Image copyright Getty Images"]),
    ],
)
def test_a_credit_opening_a_line_leaves_the_story_run_on_after_it(
    credit: str, cut: list[str]
) -> None:
    # Timeline17's Guardian pages: "Photograph: Charles Dharapak/AP Barack Obama won
    # last year's presidential election ...". The line is short enough to be a whole
    # caption by its word count (`rules.CREDIT_LINE_MAX_WORDS`) only without the story.
    story = "Councillors voted 14 to 3 on Tuesday night to build the barrier across the river."
    result = clean(f"{credit} {story}")
    assert result.text == f"{STORY}\n\n{story}\n\n{STORY2}"
    assert sorted(reasons(result)) == sorted(cut)


def test_a_caption_with_no_stop_goes_up_to_the_guardians_label() -> None:
    caption = "Volunteers fill sandbags on the quay at Eastbury on 26 May 2020"
    result = clean(f"{caption} Photograph: Jane Doe/Getty {LOWER_STORY}")
    assert result.text == f"{STORY}\n\n{LOWER_STORY}\n\n{STORY2}"
    assert reasons(result)[caption] == "photo caption"


def test_a_credit_of_unknown_length_takes_its_caption_once() -> None:
    # No rule knows where "jane doe" ends, so the name stays; the sentence before
    # the caption is not taken for one on a later pass.
    line = f"{STORY2} {LABELLED_CAPTION} Photo: jane doe {LOWER_STORY}"
    result = clean(line)
    assert result.text == f"{STORY}\n\n{STORY2} jane doe {LOWER_STORY}\n\n{STORY2}"
    assert list(reasons(result).values()).count("photo caption") == 2  # and "Photo:"


@pytest.mark.parametrize(
    "line",
    [
        # A gallery's link after a story's sentence, not a credit.
        f"{STORY2} Photos: the barrier through the years",
        # A label inside a sentence, in lower case: a clock's, or prose.
        "He described the photograph: a blurred shape over the river at night.",
        "About that photo: yes, the council sent it to the paper.",
    ],
)
def test_galleries_and_words_about_photos_take_no_caption(line: str) -> None:
    result = clean(line)
    assert "photo caption" not in reasons(result).values()


@pytest.mark.parametrize(
    "sentence",
    [
        "Related stories appeared in the Daily Tide on Monday.",
        "Related articles are listed under the barrier's page.",
    ],
)
def test_prose_about_related_stories_stays(sentence: str) -> None:
    assert clean(sentence).text == f"{STORY}\n\n{sentence}\n\n{STORY2}"


@pytest.mark.parametrize("label", ["Exclusive:", "World exclusive:", '" exclusive:'])
def test_a_tabloids_label_goes_and_its_lead_stays(label: str) -> None:
    result = clean(f"{label} {LOWER_STORY}")
    assert result.text == f"{STORY}\n\n{LOWER_STORY}\n\n{STORY2}"
    assert list(reasons(result).values()) == ["story label"]


def test_the_deal_is_not_exclusive_is_no_label() -> None:
    line = "The contract is not exclusive: other towns may bid for the barrier's design."
    assert clean(line).text == f"{STORY}\n\n{line}\n\n{STORY2}"


@pytest.mark.parametrize(
    "byline",
    [
        "By jane doe - january 21, 2013",
        "By jane doe, the daily tide - 2nd may, 2011 - 2nd may, 2011",
        "By jane doe and john roe staff writer",
        "By tide staff",
        "By jane doe",  # her name again opens the story
    ],
)
def test_a_byline_run_into_the_story_goes_where_what_follows_ends_it(byline: str) -> None:
    story = "jane doe was a happy, healthy girl." if byline == "By jane doe" else LOWER_STORY
    result = clean(f"{byline} {story}")
    assert result.text == f"{STORY}\n\n{opened(story)}\n\n{STORY2}"
    assert reasons(result) == {byline: "byline"}


@pytest.mark.parametrize(
    "byline",
    [
        "By jane doe",
        "By jane doe and john k. Roe",
        "By jane doe – tide news editor",
        "By jane doe eastbury post staff writer",
        "By jane doe tide.com",
    ],
)
def test_a_lower_cased_byline_with_a_given_name_goes(byline: str) -> None:
    # Nothing after the names ends them; the first word is a given name.
    result = clean(f"{byline} the secularist menace came to eastbury on monday.")
    assert (
        result.text == f"{STORY}\n\nThe secularist menace came to eastbury on monday.\n\n{STORY2}"
    )
    assert reasons(result) == {byline: "byline"}


def test_a_lower_cased_byline_before_a_dateline_goes() -> None:
    line = "By jane doe eastbury, mass. — the council approved the barrier on tuesday."
    result = clean(line)
    assert reasons(result) == {"By jane doe": "byline"}


def test_cased_prose_never_loads_the_given_names(monkeypatch: pytest.MonkeyPatch) -> None:
    def unexpected() -> frozenset[str]:
        raise AssertionError("given names loaded")

    monkeypatch.setattr(rules, "given_names", unexpected)
    for line in (
        "By sending up beams of light, the engineers tested the gates.",
        "By noon an inch of water had covered the quay.",
        "By Monday afternoon, the council had voted.",
        "By some calculations, the barrier cost too much.",
    ):
        assert rules.opening_byline_prefix(line) == 0


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By Jane Doe and John Roe The council approved it.", "By Jane Doe and John Roe"),
        (
            "By Jane Doe, The Eastbury Press EASTBURY -- The council met.",
            "By Jane Doe, The Eastbury Press",
        ),
        (
            "By Jane Doe Environment correspondent, BBC News The council met.",
            "By Jane Doe Environment correspondent, BBC News",
        ),
        (
            "By Jane Doe, Tide Senior Political Analyst The council met.",
            "By Jane Doe, Tide Senior Political Analyst",
        ),
    ],
)
def test_a_cased_byline_ends_where_the_next_capital_opens_the_story(line: str, byline: str) -> None:
    assert line[: rules.opening_byline_prefix(line)].strip() == byline


@pytest.mark.parametrize(
    "line",
    [
        "By Monday Night Football standards, the game was dull.",
        "By President Obama's count, the barrier works.",
        "By Christmas Eve, Santa Claus had left the town.",
        "By Tuesday the Council had voted.",
        "By Barack Obama's order, the barrier closed.",
    ],
)
def test_cased_prose_opening_with_by_is_no_byline(line: str) -> None:
    assert rules.opening_byline_prefix(line) == 0


@pytest.mark.parametrize(
    "line",
    [
        "By late saturday the number of homes without power had fallen to 6,000.",
        "By the time staff arrived, the barrier had closed.",
        "By star athlete standards, the barrier is small.",
        "By june the barrier was finished.",
        "by early tuesday the gates had closed.",
        "By sending up beams of light, the engineers tested the gates.",
    ],
)
def test_by_in_prose_stays(line: str) -> None:
    assert clean(line).text == f"{STORY}\n\n{line}\n\n{STORY2}"


def test_a_magazines_plug_run_into_the_story_goes() -> None:
    plug = "Keep up with this story and more by subscribing now"
    result = clean(f"{plug} {LOWER_STORY}")
    assert result.text == f"{STORY}\n\n{OPENED_STORY}\n\n{STORY2}"
    assert reasons(result) == {plug: "newsletter plug"}


def test_an_ad_slots_report_link_goes_and_the_story_opens_its_sentence() -> None:
    result = clean(f"Report this ad {LOWER_STORY}")
    assert result.text == f"{STORY}\n\n{OPENED_STORY}\n\n{STORY2}"
    assert reasons(result) == {"Report this ad": "advertisement"}


@pytest.mark.parametrize("label", ["Advertisementskip", "Advertisement skip", "Advertisement"])
def test_an_ad_label_after_a_sentence_goes_and_the_story_opens_its_own(label: str) -> None:
    # "... Underneath was a man's body. Advertisementskip family members had been driving
    # ...": in lower case the story would be glued to the sentence before.
    result = clean(f"{STORY2} {label} {LOWER_STORY}")
    assert result.text == f"{STORY}\n\n{STORY2} {OPENED_STORY}\n\n{STORY2}"
    assert reasons(result) == {label: "advertisement"}


@pytest.mark.parametrize(
    ("label", "story"),
    [
        ("Update:", LOWER_STORY),
        ("Updated at 8: 02 p.m. Et:", LOWER_STORY),
        ("Update, feb. 22, 3: 50 p.m.:", LOWER_STORY),
        ("Updated 6: 07 p.m. Et", LOWER_STORY),
        ("[ updated at 7: 59 p.m. ]", LOWER_STORY),
        ("***update june 6, 2016***", LOWER_STORY),
        ("This is an update to the previously published story:", LOWER_STORY),
        # Nothing but the label and its stamp: the sentence goes.
        ("Updated: december 17, 2013, at 3: 05 a.m.", ""),
    ],
)
def test_update_labels_go_and_their_news_stays(label: str, story: str) -> None:
    result = clean(f"{label} {story}".strip())
    assert result.text == "\n\n".join(x for x in (STORY, story, STORY2) if x)
    assert reasons(result) == {label: "update note"}


def test_an_update_label_leaves_the_quote_mark_that_closes_the_quote_before_it() -> None:
    # '... were " not ruling anything out. " updated: tuesday, 11: 44 p.m. Cbs-6's ...':
    # Multi-News spaces its marks, and the label's span opens with the closing one.
    quote = 'the mayor said the gates were " not ruling anything out. "'
    after = 'She told reporters: " it held. "'
    result = clean_article(
        Article(id="a", text=f'{STORY} {quote[:-2]} " updated: tuesday, 11: 44 p.m. {after}')
    )
    assert result.text == f"{STORY} {quote} {after}"
    assert reasons(result) == {"updated: tuesday, 11: 44 p.m.": "update note"}


@pytest.mark.parametrize(
    "line",
    [
        "Updated models of the barrier could be in service before the autumn storms.",
        "Updates to the barrier's design were made after the debate on Tuesday.",
        "The council issued an update: the barrier will be finished in May.",
        "Update the town's flood maps, the council told its engineers.",
    ],
)
def test_sentences_opening_with_update_that_are_no_label_stay(line: str) -> None:
    assert rules.note_labels(line) == []
    assert clean(line).removed == ()


@pytest.mark.parametrize("label", ["Editor's note:", "EDITOR'S NOTE:", "Editor ' s note :"])
def test_an_editors_note_goes_with_its_sentence(label: str) -> None:
    # The note speaks of the page, not the story: cutting its label alone would hand
    # selection a sentence it never took while the label was there.
    # The note's first sentence is split as summaries are: "gen." ends none.
    note = f"{label} retired gen. jane doe is a columnist for the eastbury times."
    result = clean(f"{note} {LOWER_STORY}")
    assert result.text == "\n\n".join((STORY, LOWER_STORY, STORY2))
    assert reasons(result) == {note: "editor's note"}


@pytest.mark.parametrize(
    ("line", "clip", "reason"),
    [
        (
            f"Embed more news videos barrier gates close for the first time. {STORY}",
            "Embed more news videos barrier gates close for the first time.",
            "video player",
        ),
        # After a caption, where the page's flattening left no stop: a caption that
        # places its person, with a scene's verb in the present leading, goes whole.
        (
            f"{STORY} Jane doe ( left ) embed more news videos watch the vote in the player. "
            f"{STORY2}",
            "Jane doe ( left ) embed more news videos watch the vote in the player.",
            "photo caption",
        ),
    ],
)
def test_a_video_embeds_label_goes_with_its_clips_caption(
    line: str, clip: str, reason: str
) -> None:
    result = clean_article(Article(id="a", text=line))
    assert reasons(result)[clip] == reason
    assert "embed" not in result.text.lower()
    assert STORY in result.text


def test_a_video_players_section_label_goes_and_the_story_stays() -> None:
    result = clean_article(
        Article(id="a", text=f"Time science for more, visit time science {LOWER_STORY}")
    )
    assert result.text == LOWER_STORY
    assert reasons(result) == {"Time science for more, visit time science": "video player"}


@pytest.mark.parametrize(
    "line",
    [
        # A player's and a video embed's words in prose.
        f"{STORY} For more, visit the council's website, where the plans are posted.",
        f"{STORY} Viewers can embed more news videos on their own sites, the station said.",
        # A handle named in prose, with or without a date: no embedded tweet.
        f"{STORY} The mayor — who posts as ( @eastburymayor ) — replied on march 3, 2020.",
        f"{STORY} Jane doe ( @janedoe ) wrote that the gates were shut.",
    ],
)
def test_prose_with_a_widgets_words_stays(line: str) -> None:
    assert clean_article(Article(id="a", text=line)).text == line


BOX = "The news and stories that matter, delivered weekday mornings. / updated"


@pytest.mark.parametrize(
    ("byline", "rest"),
    [
        ("by jane doe", LOWER_STORY),
        ("by jane doe and john q. Roe", LOWER_STORY),
        ("by jane doe, ann lee and john roe", f"eastbury — {LOWER_STORY}"),
    ],
)
def test_a_byline_after_a_newsletter_box_goes_with_it(byline: str, rest: str) -> None:
    text = f"{BOX} {byline} {rest}"
    result = clean_article(Article(id="a", text=text))
    assert result.text == opened(rest)
    assert reasons(result) == {BOX: "newsletter plug", opened(byline): "byline"}


@pytest.mark.parametrize(
    "rest",
    [
        # Its end is not clear: "and" runs on, or a name holds an article.
        "by jane doe and you thought the barrier was built.",
        "by jane doe, md the barrier was built.",
    ],
)
def test_a_byline_of_unclear_end_stays_after_a_newsletter_box(rest: str) -> None:
    result = clean_article(Article(id="a", text=f"{BOX} {rest}"))
    assert result.text == opened(rest)


@pytest.mark.parametrize(
    ("head", "reason"),
    [
        # Raw Story's headline and byline with the hour it was posted.
        (
            "Council shuts barrier early, angering residents by jane doe monday, october 10, 2011 "
            "10: 34 edt",
            "byline",
        ),
        # HealthDay's.
        ("By jane doe healthday reporter friday, april 22, 2016 ( healthday news ) --", "byline"),
        # A local station's headline and its posting and update stamps.
        (
            "Council shuts barrier early posted: wednesday, june 25, 2014 7: 29 pm edt updated: "
            "thursday, june 26, 2014 12: 44 am edt",
            "posting stamp",
        ),
        # The same labels printed again with no time after them.
        (
            "Council shuts barrier early posted: june 25, 2014 7: 29 pm edt posted: updated:",
            "posting stamp",
        ),
        # The Daily Mail's headline, byline and stamp.
        (
            "Council shuts barrier early by daily mail reporter last updated at 8: 15 am on 8th "
            "september 2010",
            "posting stamp",
        ),
        # The Local's credit, byline and stamp with its offset from GMT.
        ("afp · 13 jul 2016, 08: 20 published: 13 jul 2016 08: 20 gmt+02: 00", "posting stamp"),
        # BBC's date, stamp and link to its help pages.
        ("8 November 2011 Last updated at 14:07 GMT Help", "posting stamp"),
        # CNN's related headline and its stamp, to the second.
        ("Council shuts barrier early updated: Thu Jun 16 2011 19:15:00", "posting stamp"),
        # The Chicago Sun-Times' content codes.
        (
            "| sun-times file photo storyidforme: 60563618 tmspicid: 21949307 fileheaderid: "
            "10373851 updated:",
            "posting stamp",
        ),
        # A byline and the label alone, its time left out (the Sun-Times).
        (
            "Council shuts barrier early by jane doe and john roe staff reporters updated:",
            "posting stamp",
        ),
        ("Council shuts barrier early by jane doe for eastbury media updated:", "posting stamp"),
        # A stamp that opens the page, and one that counts back.
        ("Last updated: 1 may, 2009 - 17:54 GMT", "posting stamp"),
        ("Published date: 23 march 2010", "posting stamp"),
        ("Published: monday, 8/19/2013 - updated: 1 year ago", "posting stamp"),
        # Share buttons, with all before them.
        ("Council shuts barrier early share tweet", "share prompt"),
        ("Council shuts barrier early share this story print email", "share prompt"),
        (
            "Listen to article 4: 26 share this article facebook twitter linkedin email",
            "share prompt",
        ),
        ("Facebook twitter google plus", "share prompt"),
        ("Facebook twitter google plus embed 0: 23", "share prompt"),
        ("News > save e-mail print", "share prompt"),
    ],
)
def test_a_pages_heading_run_into_the_lead_goes(head: str, reason: str) -> None:
    result = clean_article(Article(id="a", text=f"{head} {LOWER_STORY}"))
    assert result.text == OPENED_STORY
    assert reasons(result) == {head: reason}


def test_a_headline_and_stamp_with_nothing_after_go_whole() -> None:
    head = "Council shuts barrier early posted: friday, january 15th, 2016."
    result = clean_article(Article(id="a", text=f"{STORY} {head} {LOWER_STORY}"))
    assert head not in result.text
    assert reasons(result) == {head: "posting stamp"}


def test_a_posting_stamp_leaves_the_words_a_lead_opens_with() -> None:
    head = "Council shuts barrier early posted: june 25, 2014 7: 29 pm edt"
    lead = "on the harbour side, the gates were shut by noon."
    assert clean_article(Article(id="a", text=f"{head} {lead}")).text == opened(lead)


@pytest.mark.parametrize(
    ("head", "dateline"),
    [
        ("Council shuts barrier early video video", "eastbury, mass. ( wxyz ) -"),
        ("Council shuts barrier early ( wxyz photo ) [ + - ] video", "eastbury ( wxyz ) —"),
        (
            "Council shuts barrier early copyright by wxyz - all rights reserved video",
            "( wxyz ) --",
        ),
    ],
)
def test_a_stations_headline_and_video_label_before_the_dateline_go(
    head: str, dateline: str
) -> None:
    result = clean_article(Article(id="a", text=f"{head} {dateline} {LOWER_STORY}"))
    assert result.text == f"{opened(dateline)} {LOWER_STORY}"
    assert reasons(result) == {head: "headline"}


@pytest.mark.parametrize(
    ("head", "dateline"),
    [
        ("Us doctors discourage videos for babies under two", "washington —"),
        ("Mitt camp: media wants obama rise", "boston —"),
        ("S. Korea activists float socks over to n. Korea", "seoul —"),
        ("Outrage as boyfriend of rape victim speaks", "new delhi —"),
        ("× firing squad bill passes the senate, heads to governor", "salt lake city —"),
        # A video's label before the city goes with the headline.
        ("Council shuts barrier early video", "chicago --"),
    ],
)
def test_a_headline_run_into_its_storys_dateline_goes(head: str, dateline: str) -> None:
    result = clean_article(Article(id="a", text=f"{head} {dateline} {LOWER_STORY}"))
    assert result.text == f"{opened(dateline)} {LOWER_STORY}"
    assert reasons(result) == {head: "headline"}


@pytest.mark.parametrize(
    ("head", "dateline"),
    [
        ("× Council shuts barrier early", "eastbury, mass. —"),
        ("× court docs: mayor says the judge is biased", "springfield, ill. –"),
    ],
)
def test_a_cards_headline_run_into_a_towns_dateline_goes(head: str, dateline: str) -> None:
    # Behind a card's close button a town with its region ends the headline too; wherever
    # the town's name is read to begin, what is left before the story is a dateline.
    line = f"{head} {dateline} {LOWER_STORY}"
    result = clean_article(Article(id="a", text=line))
    assert result.text.endswith(f"{dateline} {LOWER_STORY}")
    assert result.text[trim_dateline(result.text, lead=True) :] == LOWER_STORY
    assert {r.reason for r in result.removed} == {"headline"}
    # With no button, a town and its region may be prose's: the line stays.
    assert clean_article(Article(id="a", text=line[2:])).text == line[2:]


@pytest.mark.parametrize(
    ("opening", "line"),
    [
        # A city in prose before a dash: after a preposition, an aside's dashes, a story
        # sentence before it, a page that opens with its dateline.
        (
            rules.datelined_opening,
            "Tim tebow — one of the finest athletes ever to pass through denver — was run out.",
        ),
        (
            rules.datelined_opening,
            "Eric cantor canceled his speech at the wharton school; a collection of groups – "
            "including occupy philadelphia – planned to protest.",
        ),
        (
            rules.datelined_opening,
            "The leak resulted from the collapse of the oil rig. AP NEW ORLEANS -- Photographs "
            "show a sheen of oil.",
        ),
        (rules.datelined_opening, "washington — the white house named the medal's recipients."),
        # Prose's video, and a caption's.
        (
            rules.video_labelled_opening,
            "Officials released a video eastbury, mass. ( wxyz ) - the barrier held overnight.",
        ),
        (
            rules.video_labelled_opening,
            "The barrier at dusk, according to a video recording posted on the council's site "
            "on july 5, 2014, in this still image taken from video ( reuters ) - the barrier held.",
        ),
        # Share words as a verb's or a preposition's object, and buttons after a paragraph.
        (
            rules.shared_opening,
            f"Councillors can share email addresses of residents, officials said. {LOWER_STORY}",
        ),
        (
            rules.shared_opening,
            f"The mayor posted the plan on twitter email and the council's page. {LOWER_STORY}",
        ),
        (rules.shared_opening, f"{STORY} The gates will close at noon. share tweet {LOWER_STORY}"),
        (rules.shared_opening, f"{STORY} Share share copy link"),
    ],
)
def test_prose_opening_a_page_is_no_heading(opening: Callable[[str], int], line: str) -> None:
    assert opening(line) == 0


def test_prose_naming_who_did_it_on_a_day_stays() -> None:
    line = (
        "The barrier bill was signed by governor jane doe monday, june 2, 2014, in eastbury, "
        "officials said."
    )
    assert clean_article(Article(id="a", text=line)).text == line


def test_a_sentence_opening_with_by_stays_without_a_box() -> None:
    line = f"{STORY} by refusing her entry, the council made its point."
    assert clean_article(Article(id="a", text=line)).text == line


@pytest.mark.parametrize(
    ("tweet", "signature"),
    [
        (
            "the gates are shut and the harbour is dry!",
            "#eastbury #barrier — jane doe ( @janedoe ) march 3, 2020",
        ),
        (
            "Gates closing now.",
            "pic.twitter.com/ab12cd — eastbury council ( @eastburyco ) march 3, 2020",
        ),
        ("The gates are shut.", "#barrier — Jane Doe (@janedoe) March 3, 2020"),
    ],
)
def test_an_embedded_tweet_goes_and_the_story_after_it_stays(tweet: str, signature: str) -> None:
    line = f"{STORY} {tweet} {signature} {LOWER_STORY}"
    result = clean_article(Article(id="a", text=line))
    assert result.text == f"{STORY} {LOWER_STORY}"
    assert reasons(result) == {f"{tweet} {signature}": "embedded tweet"}


def test_a_tweet_whose_start_is_unclear_stays_with_its_signature() -> None:
    run_on = " ".join(["the gates were shut and the harbour ran dry"] * 8)
    line = f"{STORY} {run_on} — jane doe ( @janedoe ) march 3, 2020 {LOWER_STORY}"
    assert rules.tweet_signatures(line)
    assert clean_article(Article(id="a", text=line)).text == line


def test_a_tweets_picture_link_opening_a_sentence_goes_and_the_story_after_it_stays() -> None:
    result = clean_article(Article(id="a", text=f"{STORY} Pic.twitter.com/ab12cd {LOWER_STORY}"))
    assert result.text == f"{STORY} {LOWER_STORY}"
    assert reasons(result) == {"Pic.twitter.com/ab12cd": "link"}


@pytest.mark.parametrize(
    "tweet",
    [
        "The gates held.pic.twitter.com/ab12cd",  # glued to the tweet's words it closes
        "gates shut in #eastbury pic.twitter.com/ab12cd",
    ],
)
def test_a_tweets_picture_link_after_its_words_stays_with_them(tweet: str) -> None:
    line = f"{STORY} {tweet} {STORY2}"
    assert clean_article(Article(id="a", text=line)).text == line


def test_a_tweets_words_that_the_furniture_rule_takes_with_its_link_still_go() -> None:
    # The link is cut from sentences the rules keep, after they judged it with it.
    tweet = "I support you all out there! stay strongpic.twitter.com/ab12cd"
    result = clean_article(Article(id="a", text=f"{STORY} {tweet}\n\n{STORY2}"))
    assert result.text == f"{STORY}\n\n{STORY2}"
    assert reasons(result) == {tweet: "web furniture"}


LIVE_ENTRIES = (
    "The council meets on the barrier.",
    "Officials say the gates are closed.",
    "President Jane Doe says the harbour is safe.",
    "The mayor thanks the volunteers.",
)


def test_a_live_pages_clocks_go_those_a_year_could_be_too() -> None:
    clocks = ("1654", "1712", "2021", "2356")
    lines = [f"{clock} {entry}" for clock, entry in zip(clocks, LIVE_ENTRIES, strict=True)]
    for text in ("\n\n".join(lines), " ".join(lines)):  # with its breaks, and flattened
        result = clean_article(Article(id="a", text=text))
        assert "2021" not in result.text
        assert all(entry in result.text for entry in LIVE_ENTRIES)
        assert sorted(r.text for r in result.removed) == sorted(clocks)


def test_years_opening_sentences_stay_on_a_page_with_few_clocks() -> None:
    # Years, a round count and one clock: no live page.
    openings = ("2014", "1998", "1200", "1654")
    text = "\n\n".join(f"{o} {entry}" for o, entry in zip(openings, LIVE_ENTRIES, strict=True))
    assert rules.live_page_clocks(text.split("\n\n")) == [[], [], [], []]
    assert "2014 The council" in clean_article(Article(id="a", text=text)).text


@pytest.mark.parametrize(
    "opening",
    [
        # A headline and its share title.
        "Council shuts barrier early council shuts barrier early",
        # A caption and its copy, with its credit.
        "The mayor opens the gates on tuesday. ( ap photo/jane doe ) the mayor opens the gates "
        "on tuesday. ( ap photo/jane doe )",
        # A share label.
        "Share on more share on more",
    ],
)
def test_a_page_opening_twice_loses_both_copies(opening: str) -> None:
    result = clean_article(Article(id="a", text=f"{opening} {LOWER_STORY}"))
    assert result.text == OPENED_STORY
    assert reasons(result) == {opening: "opening printed twice"}


def test_a_story_printed_twice_keeps_one_copy() -> None:
    # Under a banner the passes cut, the page opens with its story twice over.
    story = f"{STORY} {STORY2}"
    for page in (f"Share\n\n{story} {story}", f"Share\n\n{story}\n\n{story}"):
        result = clean_article(Article(id="a", text=page))
        assert result.text == story
        assert [r.reason for r in result.removed] == ["share prompt", "opening printed twice"]


def test_a_line_followed_by_its_copy_goes() -> None:
    caption = "Mayor Ann Holt walks on the bridge, Oct. 13, 2014."
    result = clean_article(Article(id="a", text=f"{caption}\n\n{caption}\n\n{STORY}"))
    assert result.text == STORY
    assert [r.reason for r in result.removed] == ["opening printed twice", "photo caption"]


def test_a_second_copy_that_a_verb_follows_opens_the_story() -> None:
    # The heading's copy is the subject of the story's first sentence.
    text = f"The flood barrier the flood barrier was approved on tuesday night. {STORY2}"
    result = clean_article(Article(id="a", text=text))
    assert result.text == f"The flood barrier was approved on tuesday night. {STORY2}"
    assert reasons(result) == {"The flood barrier": "opening printed twice"}


def test_an_archive_note_printed_twice_stays_an_archive_note() -> None:
    banner = "The Wayback Machine has archived this page, and its crawls capture 2 billion urls."
    body = f"{STORY} {STORY2} {LOWER_STORY}"
    result = clean_article(Article(id="a", text=f"{banner} {banner} {body}"))
    assert result.text == body
    assert reasons(result) == {f"{banner} {banner}": "archive note"}


@pytest.mark.parametrize(
    "text",
    [
        "No, no, no, the council said, and the barrier was built.",
        "Bye bye bye bye, sang the crowd as the barrier rose on tuesday.",
        # Three words twice over, but none of three letters: a chant, not a copy.
        "No no no no no no the council said, and the barrier was built.",
        # Repeated later in the page, not right after itself.
        f"{STORY} {STORY2} {STORY}",
    ],
)
def test_text_not_opening_twice_over_stays(text: str) -> None:
    assert rules.doubled_opening(text) == 0
    assert clean_article(Article(id="a", text=text)).removed == ()


@pytest.mark.parametrize(
    ("head", "lead"),
    [
        # A gossip site's headline, a second wording of it, and its label.
        (
            "Mayor quits over barrier mayor -- quits over flood barrier exclusive",
            "the mayor of eastbury resigned on tuesday after the council vote.",
        ),
        ("Mayor quits over barrier exclusive details", "we're told she told staff first."),
        (
            "Mayor quits over barrier!!! exclusive 6: 20 am pst --",
            "the mayor of eastbury resigned on tuesday.",
        ),
        ("Mayor quits over barrier breaking news", "the mayor of eastbury resigned on tuesday."),
        # Where the headline went as a doubled opening, the label stays with its stamp.
        ("exclusive 1: 40 pm pt --", "the mayor of eastbury resigned on tuesday."),
    ],
)
def test_a_headline_block_closed_by_its_label_goes(head: str, lead: str) -> None:
    result = clean_article(Article(id="a", text=f"{head} {lead} {LOWER_STORY}"))
    assert result.text == f"{opened(lead)} {LOWER_STORY}"
    assert reasons(result) == {head: "headline"}


@pytest.mark.parametrize(
    "text",
    [
        "The council signed an exclusive deal with the builder on tuesday.",
        "Michael douglas is fighting back, as these radaronline.com exclusive photos reveal.",
        "The flood hit the harbour on tuesday. Exclusive photos show the damage.",
        "Get breaking news alerts and special reports on the barrier.",
        "The reporter covers crime, courts and breaking news for the tide.",
        "Exclusive: the council plans a second barrier, sources say.",
    ],
)
def test_prose_with_the_labels_words_stays(text: str) -> None:
    assert rules.headline_label_prefix(f"{text} {LOWER_STORY}") == 0


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # A headline, a station's label, and the headline reworded into the lead.
        (
            "Council shuts flood barrier early for eastbury harbour news",
            "council shuts flood barrier early at eastbury harbour as storms near.",
        ),
        # A teaser cut short, then the story.
        (
            "Council shuts flood barrier early as the storm... More",
            "council shuts flood barrier early as the storm nears the coast.",
        ),
    ],
)
def test_a_headlines_first_wording_goes_and_its_second_stays(first: str, second: str) -> None:
    result = clean_article(Article(id="a", text=f"{first} {second} {LOWER_STORY}"))
    assert result.text == f"{opened(second)} {LOWER_STORY}"
    assert reasons(result) == {first: "headline"}


@pytest.mark.parametrize(
    "text",
    [
        # A sentence ends inside the first wording (its words would count as a copy).
        "Council shuts barrier gates. Close today council shuts barrier gates close today, "
        "said the mayor.",
        # A time stamp and its update.
        "December 13, 2010 02: 25 pm est ( updated: december 13, 2010 04: 17 pm est ) the "
        "council shut the barrier.",
        # Two items of a list that open alike.
        "1-lb. Packages of eastbury flour with use by dates of 10/01 and 10/02 1-lb. packages "
        "of eastbury rye with a use by date of 10/02 were recalled.",
    ],
)
def test_openings_that_are_no_second_wording_stay(text: str) -> None:
    assert rules.reworded_opening(text) == 0


@pytest.mark.parametrize(
    "caption",
    [
        "jane doe, the eastbury times image 2 of 4 the barrier, known as the harbour's "
        "shield, is a top attraction in the county.",
        "Barrier opens photo: jane doe image 1 of / 1 caption close image 1 of 1 workers "
        "close the gates on tuesday.",
    ],
)
def test_a_gallerys_caption_goes(caption: str) -> None:
    result = clean_article(Article(id="a", text=f"{STORY} {caption} {LOWER_STORY}"))
    assert result.text == f"{STORY} {LOWER_STORY}"
    assert reasons(result) == {caption: "photo caption"}


FURNITURE_LINES = [
    line
    for line in (Path(__file__).resolve().parents[2] / "fixtures" / "page-furniture.txt")
    .read_text(encoding="utf-8")
    .splitlines()
    if line and not line.startswith("#")
]


@pytest.mark.parametrize("line", FURNITURE_LINES)
def test_a_furniture_line_between_paragraphs_goes(line: str) -> None:
    # The paragraph after it may go too: a comment box's header or a box of the site's
    # most popular stories ends a story.
    result = clean(line)
    assert line not in result.text
    assert result.text.startswith(STORY)


@pytest.mark.parametrize(
    ("word", "ends"),
    [
        ("said.", True),
        ("said”.", True),
        ("said.”", False),
        ("1998).", True),
        ("anyway?", True),
        ("why?", False),
        ("wow!", True),
        ("wow!”", True),
        ("wow!!!", False),
        ("u.s.", False),
        ("mr.", False),
        ("said", False),
        ("said,", False),
        ('"said', False),
    ],
)
def test_ends_sentence_is_the_pattern_told_by_the_last_character_first(
    word: str, ends: bool
) -> None:
    assert rules.ends_sentence(word) is ends
    assert (rules.ENDS_SENTENCE.search(word) is not None) is ends


@given(st.text(alphabet=st.sampled_from(list("ab1.?!\"”’)'(,:")), max_size=8))
def test_ends_sentence_agrees_with_its_pattern(word: str) -> None:
    assert rules.ends_sentence(word) is (rules.ENDS_SENTENCE.search(word) is not None)


@pytest.mark.parametrize(
    ("card", "after"),
    [
        # CNN: "just watched trump defends muslim ban proposal ( part 1 ) replay more
        # videos... Must watch trump defends muslim ban proposal ( part 1 ) 08: 48 lee's ...".
        (
            "just watched council votes on the barrier ( part 1 ) replay more videos... "
            "Must watch council votes on the barrier ( part 1 ) 08: 48",
            LOWER_STORY,
        ),
        # The name's quote marks spaced another way the second time.
        (
            "Just watched mayor: ' we held 'replay more videos... Must watch mayor: ' we "
            "held ' 02: 49",
            LOWER_STORY,
        ),
        # No "must watch", and the player's label after the running time, or the link's.
        (
            "Just watched barrier vote replay more videos... Barrier vote 01: 48 play video",
            LOWER_STORY,
        ),
        (
            "Just watched barrier vote replay more videos... Must watch barrier vote 03: 37 "
            "read more",
            "",
        ),
        # The page cut inside the card's second name.
        (
            "Just watched council votes on the barrier replay more videos... Must watch council",
            "",
        ),
    ],
)
def test_a_clips_card_goes_to_its_running_time(card: str, after: str) -> None:
    line = f"{STORY} {card} {after}".strip()
    spans = rules.inline_notices(line)
    assert [(line[start:end].strip(), reason) for start, end, reason in spans] == [
        (card, "video player")
    ]
    result = clean_article(Article(id="a", text=line))
    assert result.text == f"{STORY} {opened(after)}".strip()


@pytest.mark.parametrize(
    "line",
    [
        "And you just watched him getting weaker, the mayor said of the storm's last night.",
        # The clip's name not said again: where the card ends no mark tells.
        f"{STORY} just watched council votes replay more videos... {LOWER_STORY}",
    ],
)
def test_just_watched_without_a_clips_card_stays(line: str) -> None:
    assert rules.inline_notices(line) == []


@pytest.mark.parametrize(
    "text",
    [
        # Speech: "here" is a place.
        '" you can see right here, that\'s where the water came in, " one resident said.',
        # More after "here": a story run on after the link would go with it.
        "You can read the council's report here west palm beach, florida ( cnn ) the mayor said.",
        "Residents said you can see the damage from here to the harbour wall.",
        "We came here because you can find work on the barrier.",
        # A place: no order to the reader, no "you can", no link's verb.
        "The first step is to understand how we got here.",
        "The mayor said the barrier's builders would follow the plan laid out here.",
        "We will get to the bottom of what happened here.",
    ],
)
def test_here_that_is_no_link_stays(text: str) -> None:
    assert not rules.points_at_page(text)
