"""Time expressions: finding, resolving against the anchor, and inferring the anchor."""

from __future__ import annotations

import datetime as dt

import pytest

from synoptic.model import Article, Removal, Sentence
from synoptic.text.dates import find_time_expressions, infer_article_date

D = dt.date
# A Tuesday, as in article 004 of the Kerry example.
ANCHOR = D(2015, 12, 15)


def sentence(text: str, index: int = 0) -> Sentence:
    return Sentence(article_id="a", index=index, start=0, end=len(text), text=text)


def found(text: str, anchor: dt.date | None = ANCHOR) -> list[tuple[str, dt.date, str, str]]:
    return [
        (e.text, e.date, e.precision, e.anchor)
        for e in find_time_expressions(sentence(text), anchor=anchor, anchor_kind="metadata")
    ]


@pytest.mark.parametrize(
    ("text", "expression", "date", "precision"),
    [
        ("in Paris, France, Monday Oct. 13, 2014. (AP Photo)", "Monday Oct. 13, 2014",
         D(2014, 10, 13), "day"),
        ("The deal was signed Dec. 15, 2015 in Moscow.", "Dec. 15, 2015", D(2015, 12, 15), "day"),
        ("They met on December 15, 2015.", "December 15, 2015", D(2015, 12, 15), "day"),
        ("at the Kremlin in Moscow Tuesday Dec. 15 2015.", "Tuesday Dec. 15 2015",
         D(2015, 12, 15), "day"),
        ("The rig exploded on 20 April 2010 .", "20 April 2010", D(2010, 4, 20), "day"),
        ("Tokenised : March 21 , 2011 .", "March 21 , 2011", D(2011, 3, 21), "day"),
        ("Filed 2015-12-15 by staff.", "2015-12-15", D(2015, 12, 15), "day"),
        ("Talks resumed in May 2015 after a pause.", "May 2015", D(2015, 5, 1), "month"),
        ("the crisis in Ukraine in early 2014, BBC reports", "early 2014", D(2014, 1, 1), "year"),
        ("Russia and the US drafted the 2013 agreement.", "2013", D(2013, 1, 1), "year"),
    ],
)  # fmt: skip
def test_absolute_expressions_need_no_anchor(
    text: str, expression: str, date: dt.date, precision: str
) -> None:
    assert found(text, anchor=None) == [(expression, date, precision, "absolute")]


@pytest.mark.parametrize(
    ("text", "expression", "date", "precision"),
    [
        # partial: month kept at month precision, no invented day
        ("he met Mr Putin in the Black Sea resort of Sochi in May", "May", D(2015, 5, 1), "month"),
        ("a February cease-fire in exchange for relief", "February", D(2015, 2, 1), "month"),
        ("Kerry will ask for a February cease-fire", "February", D(2015, 2, 1), "month"),
        ("Moscow intervened in Syria in late September.", "late September", D(2015, 9, 1),
         "month"),
        ("The rig blew up on 20 April , killing 11 .", "20 April", D(2015, 4, 20), "day"),
        ("The summit opens Dec. 18 in Paris.", "Dec. 18", D(2015, 12, 18), "day"),
        ("Relations soured last year over Crimea.", "last year", D(2014, 1, 1), "year"),
        # relative
        ("Russia last month announced the lifting of a ban.", "last month", D(2015, 11, 1),
         "month"),
        ("the annexation of Crimea a year ago angered the West", "a year ago", D(2014, 1, 1),
         "year"),
        ("the attack three days ago killed many", "three days ago", D(2015, 12, 12), "day"),
        ("a meeting on Syria mooted for later this week.", "later this week", D(2015, 12, 1),
         "month"),
        ("ministers will meet at the United Nations on Friday to discuss", "Friday",
         D(2015, 12, 18), "day"),
        ("On Monday, an annual meeting was postponed indefinitely.", "Monday", D(2015, 12, 14),
         "day"),
        ("Kerry said Monday he would return", "Monday", D(2015, 12, 14), "day"),
        ("I hope today, we can find common ground", "today", D(2015, 12, 15), "day"),
        ("Protesters gathered yesterday in the square", "yesterday", D(2015, 12, 14), "day"),
        ("The vote was held last Friday.", "last Friday", D(2015, 12, 11), "day"),
    ],
)  # fmt: skip
def test_partial_and_relative_expressions_resolve_against_the_anchor(
    text: str, expression: str, date: dt.date, precision: str
) -> None:
    assert found(text) == [(expression, date, precision, "metadata")]
    assert found(text, anchor=None) == []  # no anchor: left unresolved


def test_a_day_written_in_full_in_the_sentence_gives_its_short_form_the_year() -> None:
    text = "Its rating fell from 52% before September 11, 2001 and from 75% before September 11."
    assert [f[:2] for f in found(text)] == [
        ("September 11, 2001", D(2001, 9, 11)),
        ("September 11", D(2001, 9, 11)),
    ]


def test_weekday_follows_the_tense_of_its_clause() -> None:
    anchor = D(2014, 10, 13)  # a Monday
    meet = "diplomats hope to find a way when they meet Tuesday."
    assert found(meet, anchor) == [("Tuesday", D(2014, 10, 14), "day", "metadata")]
    met = "The diplomats met Tuesday in Paris."
    assert found(met, anchor) == [("Tuesday", D(2014, 10, 7), "day", "metadata")]
    assert found("The talks on Monday went well.", anchor)[0][1] == anchor
    # The future cue after the span, a past perfect before it: the past.
    informed = "The government had informed the paper Thursday that they would be freed."
    assert found(informed, anchor)[0][1] == D(2014, 10, 9)
    assert found("The talks Thursday will focus on trade.", anchor)[0][1] == D(2014, 10, 16)
    # Reported speech dates what is said; "won't" is a future cue, and no "won".
    said = "He said that on Thursday two teams would be sent to the islands."
    assert found(said, anchor)[0][1] == D(2014, 10, 16)
    wont = "A spokesman confirmed the memoir won't be released in December."
    assert found(wont, anchor)[0][1] == D(2014, 12, 1)


def test_anchor_kind_is_recorded() -> None:
    [expression] = find_time_expressions(
        sentence("Kerry met Lavrov on Monday."), anchor=ANCHOR, anchor_kind="inferred"
    )
    assert expression.anchor == "inferred"
    assert expression.sentence == ("a", 0)
    assert "Kerry met Lavrov on Monday."[expression.start : expression.end] == "Monday"


@pytest.mark.parametrize(
    "text",
    [
        "The talks were constructive.",
        "May I say how pleased we are.",
        "Theresa May said the talks would go on.",
        "the 5+1 powers negotiated with Iran",
        "some 17,600 Russian troops returned to their bases",
        "about 2000 troops stayed behind",
        "the 1990s were hard",
        "over the course of the last year relations worsened",
        "Shoppers queued on Black Friday.",
    ],
)
def test_no_expression_in_text_without_dates(text: str) -> None:
    assert found(text) == []


def test_infer_article_date_prefers_metadata() -> None:
    article = Article(id="a", text="It happened on Oct. 13, 2014.", date=D(2015, 1, 2))
    assert infer_article_date(article, [sentence(article.text)]) == (D(2015, 1, 2), "metadata")


def test_infer_article_date_takes_the_latest_written_date_not_a_future_one() -> None:
    texts = [
        "The war began on March 20, 2003.",
        "Kerry walked to the ministry Monday Oct. 13, 2014.",
        "A conference will be held on Nov. 30, 2014.",
    ]
    article = Article(id="a", text=" ".join(texts))
    sentences = [sentence(t, i) for i, t in enumerate(texts)]
    assert infer_article_date(article, sentences) == (D(2014, 10, 13), "inferred")


def test_infer_article_date_falls_back_to_removed_captions_then_gives_up() -> None:
    caption = Removal(text="Kerry and Lavrov in Moscow on December 15, 2015.", reason="caption")
    article = Article(id="a", text="Kerry met Lavrov today.", removed=(caption,))
    assert infer_article_date(article, [sentence(article.text)]) == (D(2015, 12, 15), "inferred")
    bare = Article(id="b", text="Kerry met Lavrov today.")
    assert infer_article_date(bare, [sentence(bare.text)]) == (None, None)
