"""Mojibake repair: UTF-8 read as cp1252 or Latin-1 goes back to its characters; real text stays."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from synoptic.clean import clean_article, clean_articles
from synoptic.clean.mojibake import repair_mojibake, restore_replaced
from synoptic.model import Article


def _mangled(text: str, codec: str = "cp1252") -> str:
    """What a page shows when ``text``'s UTF-8 is read as ``codec``, byte by byte; a
    byte the codec leaves undefined passes through as the C1 character of its value."""
    shown = []
    for byte in text.encode("utf-8"):
        try:
            shown.append(bytes([byte]).decode(codec))
        except UnicodeDecodeError:
            shown.append(chr(byte))
    return "".join(shown)


@pytest.mark.parametrize(
    "text",
    [
        "The minister’s “final” offer – rejected…",
        "Tickets cost £40 at the Café Périgord, 30°C in the shade, © Agence",
        "São Paulo, Zürich and Kraków signed — at last — the €2bn deal™.",
        "Ça ira: Ångström’s naïveté, déjà vu, Ærø",
    ],
)
@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_mangled_text_is_repaired(text: str, codec: str) -> None:
    mangled = _mangled(text, codec)
    assert mangled != text
    assert repair_mojibake(mangled) == text


def test_text_saved_wrongly_twice_is_repaired() -> None:
    # A third time would spell "ƒ" (C6 92) as "Æ’", a lead this module leaves alone.
    assert repair_mojibake(_mangled(_mangled("the café’s owner"))) == "the café’s owner"


def test_a_right_double_quote_whose_byte_cp1252_lacks_is_repaired() -> None:
    # ” is E2 80 9D; cp1252 has no 0x9D, which lenient decoders pass through as U+009D.
    assert repair_mojibake("He said, â€œenoughâ€\x9d and left.") == "He said, “enough” and left."


def test_a_space_a_tokeniser_put_inside_a_character_goes_with_its_repair() -> None:
    # Multi-News spaced "â€™" as "â€ ™"; a space after a whole character stays.
    assert repair_mojibake("gosselinâ€ ™s trip, â€ œhardâ€ \x9d") == "gosselin’s trip, “hard”"
    assert repair_mojibake("the cafÃ© â€™s") == "the café ’s"


@pytest.mark.parametrize(
    "text",
    [
        "CAFÉ’S menu",  # É and ’ would decode to one character: not a lead byte taken
        "SÃO PAULO and the château, pâté and crème brûlée",
        "Voilà — déjà vu",
        "Â is a letter too; so is Ã",
        "A price of â€",  # a lead and one continuation: no whole character
        "A price of â€ and more",  # nor with a space after them
    ],
)
def test_real_text_is_left_alone(text: str) -> None:
    assert repair_mojibake(text) == text


def test_a_c1_control_character_is_never_made() -> None:
    # "Â" before 0x80-0x9F would spell U+0080-U+009F; Multi-News capitalises an
    # opening "â€˜" to "Â€˜" (3 bytes, lead lost to casing), which stays.
    assert repair_mojibake("Â\x80\x98i agree") == "Â\x80\x98i agree"


@given(st.text())
def test_repair_settles_and_never_touches_text_without_a_lead(text: str) -> None:
    once = repair_mojibake(text)
    assert repair_mojibake(once) == once
    if not any(c in text for c in "ÂÃâ"):
        assert once is text


def test_the_cleaner_repairs_title_and_text_of_every_article() -> None:
    article = Article(
        id="a",
        title=_mangled("Kerry’s visit"),
        text=_mangled("Kerry’s talks with Lavrov lasted “nearly four hours”, officials said."),
    )
    (cleaned,), rejected = clean_articles([article])
    assert not rejected
    assert cleaned.title == "Kerry’s visit"
    assert cleaned.text == "Kerry’s talks with Lavrov lasted “nearly four hours”, officials said."
    assert clean_article(article) == cleaned
    assert clean_article(cleaned) == cleaned


LOST = "\ufffd"  # what a decoder leaves for bytes it could not read


@pytest.mark.parametrize(
    ("text", "restored"),
    [
        # Between letters an apostrophe; before a word an opening quote; after a stop a
        # closing one; between spaces a dash, or a quote after a stop as Multi-News spaces it.
        (f"the county{LOST}s clerk can{LOST}t say", "the county's clerk can't say"),
        (f"she said: {LOST}we are ready.{LOST} then", 'she said: "we are ready." then'),
        (f"washington {LOST} general motors agreed", "washington — general motors agreed"),
        (f"told no one, {LOST} foxx said", 'told no one, " foxx said'),
        # A quote mark's last byte read as "?", and a lead byte that survived.
        (f"all but over{LOST}? for some time", 'all but over" for some time'),
        (f"the song \u00e2{LOST}{LOST}am i black enough", 'the song "am i black enough'),
        # Nothing tells: the mark goes.
        (f"a 3{LOST}-year-old boy", "a 3-year-old boy"),
    ],
)
def test_characters_a_decoder_lost_come_back_as_punctuation(text: str, restored: str) -> None:
    assert restore_replaced(text) == restored


def test_a_letter_lost_inside_a_word_stays_lost() -> None:
    assert restore_replaced(f"chancellor schr{LOST}der said") == f"chancellor schr{LOST}der said"


@given(st.text())
def test_restoring_settles_and_touches_nothing_else(text: str) -> None:
    restored = restore_replaced(text)
    assert restore_replaced(restored) == restored
    if LOST not in text:
        assert restored is text


def test_the_cleaner_restores_lost_characters() -> None:
    article = Article(id="a", text=f"The county{LOST}s clerk said on Monday that it held.")
    assert clean_article(article).text == "The county's clerk said on Monday that it held."
