"""Character references a flattened page kept undecoded go back to their characters."""

from __future__ import annotations

import html

import pytest
from hypothesis import given
from hypothesis import strategies as st

from synoptic.clean import clean_article
from synoptic.clean.charrefs import decode_charrefs
from synoptic.model import Article
from synoptic.select import is_unfit


@pytest.mark.parametrize(
    ("text", "decoded"),
    [
        ("Shares of at&amp;t fell.", "Shares of at&t fell."),
        ("lisette espinosa &#124; oct. 23, 2015", "lisette espinosa | oct. 23, 2015"),
        ("The caf&eacute; &#x2014; closed", "The café — closed"),
        # Escaped twice.
        ("news &amp;#124; page 1", "news | page 1"),
        # A broken escape closed a name's "&" with ";".
        ("at&t; relented and p&g; agreed", "at&t relented and p&g agreed"),
    ],
)
def test_references_are_decoded(text: str, decoded: str) -> None:
    assert decode_charrefs(text) == decoded


@pytest.mark.parametrize(
    "text",
    [
        "Q&A with the mayor; R&D spending",
        # A legacy name with no ";": html.unescape alone would make "R¬hing".
        "R&nothing, S&P 500",
        # Wire typesetting codes, which the cleaner cuts with their initials.
        "&QL; The barrier &LT; holds",
        "a stray &t; stays",
        "Bonds &amp stocks",
    ],
)
def test_other_ampersands_stay(text: str) -> None:
    assert decode_charrefs(text) == text


@given(st.text(alphabet="&#<>\"'amptxlgLTQ124 é—", max_size=40))
def test_text_escaped_once_or_twice_reads_as_written(text: str) -> None:
    once = html.escape(text, quote=False)
    assert decode_charrefs(once) == text
    assert decode_charrefs(html.escape(once, quote=False)) == text


def test_a_cleaned_article_reads_decoded_and_its_sentence_is_fit() -> None:
    article = Article(
        id="a",
        title="Mergers &amp; markets",
        text="A federal judge approved the merger of at&amp;t and time warner on tuesday.",
    )
    cleaned = clean_article(article)
    assert cleaned.title == "Mergers & markets"
    assert cleaned.text == "A federal judge approved the merger of at&t and time warner on tuesday."
    assert not is_unfit(cleaned.text)
