"""HTML tags a flattened page kept go; their text stays, a hidden element's goes."""

from __future__ import annotations

import pytest

from synoptic.clean import clean_article
from synoptic.clean.markup import strip_markup
from synoptic.model import Article


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        # A story's link: its words are the sentence's.
        (
            'His death was declared a <a href= " http://example.com/a.html " >suicide</a>.',
            "His death was declared a suicide.",
        ),
        # A list's bold labels and breaks, as the set spaces them.
        (
            '" the bachelor " <strong> " the bachelor, " abc</strong><br / > '
            "<strong>status: </strong> renewed",
            '" the bachelor "  " the bachelor, " abc  status:  renewed',
        ),
        # A picture with its attributes, and one closed inside its tag.
        (
            'Storm tracker ) <img class= " noscript " src= " https://x.co/a.jpg " > hurricane'
            ' data<img src= " b.jpg " / >.',
            "Storm tracker )   hurricane data .",
        ),
        ("Line one<BR>line two", "Line one line two"),
    ],
)
def test_tags_go_and_their_text_stays(text: str, stripped: str) -> None:
    assert strip_markup(text) == (stripped, [])


@pytest.mark.parametrize(
    "text",
    [
        "If a < b and b > c, then a < c.",
        "Scores rose from <p and fell back >q, the study says.",
        "Exclusions were due to missing data ( >2 study phases ) and <5 % of scans.",
        "The <barrier> and <bridge> codes were filed.",
        "Use the <- and -> keys.",
    ],
)
def test_text_that_only_looks_like_markup_stays(text: str) -> None:
    assert strip_markup(text) == (text, [])


def test_an_embedded_tweets_fallback_goes_whole() -> None:
    text = (
        "The hearing closed. <noframe>twitter: jane doe - second day of <a href= "
        '" http://t.co/x " >#barrier</a> hearing.</noframe> 14.36 the council sums up.'
    )
    assert strip_markup(text) == (
        "The hearing closed.   14.36 the council sums up.",
        ["twitter: jane doe - second day of #barrier hearing."],
    )


def test_cleaning_reports_a_hidden_element_and_keeps_the_story() -> None:
    story = "The council approved the new flood barrier on Tuesday, officials said."
    tweet = "twitter: jane doe - what a day for the barrier!"
    result = clean_article(
        Article(id="a", text=f"{story} <noscript>{tweet}</noscript> Work starts in <b>May</b>.")
    )
    assert result.text == f"{story} Work starts in May."
    assert [(r.text, r.reason) for r in result.removed] == [(tweet, "page markup")]
