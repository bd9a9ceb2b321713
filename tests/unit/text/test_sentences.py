"""Sentence splitting: offsets, paragraphs, abbreviations, quotes, ellipses, glued stops."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from synoptic.model import Article
from synoptic.text import split_sentences, split_text


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in split_text(text)]


def test_survives_abbreviations_initials_and_numbers() -> None:
    text = (
        "Mr. Kerry met U.S. officials on Dec. 15 2015 in Moscow. Russia spent "
        "53 billion roubles, or 1.2 billion dollars. J. R. Smith agreed."
    )
    assert _texts(text) == [
        "Mr. Kerry met U.S. officials on Dec. 15 2015 in Moscow.",
        "Russia spent 53 billion roubles, or 1.2 billion dollars.",
        "J. R. Smith agreed.",
    ]


def test_a_time_or_an_abbreviation_that_goes_on_is_no_boundary() -> None:
    # Multi-News capitalises the word after "a.m." or "u.s.", and sentencex splits there.
    assert _texts("Police were called around 4 a.m. Monday intending to rape her. He fled.") == [
        "Police were called around 4 a.m. Monday intending to rape her.",
        "He fled.",
    ]
    assert _texts("It launched at 3: 30 a.m. Est ( 0830 gmt ) on thursday.") == [
        "It launched at 3: 30 a.m. Est ( 0830 gmt ) on thursday."
    ]
    assert _texts("The u.s. Will reach its target. Robert butler jr. Was convicted in 2001.") == [
        "The u.s. Will reach its target.",
        "Robert butler jr. Was convicted in 2001.",
    ]
    # No sentence ends at "e.g." or "i.e.", whatever word follows.
    assert _texts("We say it when we start something, e.g. At a meal. It means thanks.") == [
        "We say it when we start something, e.g. At a meal.",
        "It means thanks.",
    ]


def test_no_sentence_ends_at_a_title() -> None:
    # sentencex splits after "Ms." (and any title after a hyphen), whatever the case.
    assert _texts("Julie Mohl said Ms. Graswald had told police. She denies it.") == [
        "Julie Mohl said Ms. Graswald had told police.",
        "She denies it.",
    ]
    assert _texts("He said ms. Manning served. It was under then-Sen. Obama. Later.") == [
        "He said ms. Manning served.",
        "It was under then-Sen. Obama.",
        "Later.",
    ]
    # Not a title: capitals ("MS", the disease), a longer word, a paragraph's end.
    assert _texts("She has MS. She is fine. He lost the items. Others came.") == [
        "She has MS.",
        "She is fine.",
        "He lost the items.",
        "Others came.",
    ]
    assert _texts("Call ms.\n\nSmith came.") == ["Call ms.", "Smith came."]


def test_a_states_abbreviation_before_a_word_that_goes_on_is_no_boundary() -> None:
    # AP's caption, its date cut off by the set's capital after "calif.".
    text = "A hearse is loaded in san bernardino, calif. On thursday, feb. 14, 2013. He died."
    assert _texts(text) == [
        "A hearse is loaded in san bernardino, calif. On thursday, feb. 14, 2013.",
        "He died.",
    ]
    # A word that is also a state's abbreviation ends its sentence.
    assert _texts("They attended mass. On sunday they left.") == [
        "They attended mass.",
        "On sunday they left.",
    ]


def test_a_dash_after_a_datelines_place_or_an_aside_that_exclaims_is_no_boundary() -> None:
    # sentencex splits after the region's abbreviation, and after "!" or "?" inside a
    # dashed aside; the lead after a dateline's place opens with the dash.
    assert _texts("Eastbury, wash. - the barrier held overnight. It was tested.") == [
        "Eastbury, wash. - the barrier held overnight.",
        "It was tested.",
    ]
    assert _texts("Plains twp. — a nurse is accused of theft.") == [
        "Plains twp. — a nurse is accused of theft."
    ]
    text = "The council met — who will pay for it? — and voted for the barrier. It was late."
    assert _texts(text) == [
        "The council met — who will pay for it? — and voted for the barrier.",
        "It was late.",
    ]


def test_a_name_that_ends_in_an_exclamation_mark_goes_on() -> None:
    assert _texts("A source told e! news that the barrier held. It was late.") == [
        "A source told e! news that the barrier held.",
        "It was late.",
    ]
    assert _texts("She told E! News about it. He read yahoo! mail every day.") == [
        "She told E! News about it.",
        "He read yahoo! mail every day.",
    ]
    # The longest name too.
    assert _texts("She won on jeopardy! in the final round. It aired monday.") == [
        "She won on jeopardy! in the final round.",
        "It aired monday.",
    ]
    # A sentence that opens after one, and an exclamation that is no name.
    assert _texts("She won on Jeopardy! The show aired monday. We won! news came later.") == [
        "She won on Jeopardy!",
        "The show aired monday.",
        "We won!",
        "news came later.",
    ]


def test_a_dash_after_a_sentence_that_ends_stays_a_boundary() -> None:
    # A list's items, a question and the reader who asked it, a hyphen's item.
    assert _texts("Call the council to register. - The task force will meet.") == [
        "Call the council to register.",
        "- The task force will meet.",
    ]
    assert _texts("Dear tom, how high was the flood? — bob smith dear bob, it was high.") == [
        "Dear tom, how high was the flood?",
        "— bob smith dear bob, it was high.",
    ]
    assert _texts("The barrier held! - the town is safe.") == [
        "The barrier held!",
        "- the town is safe.",
    ]


def test_a_company_or_street_abbreviation_before_a_word_that_goes_on_is_no_boundary() -> None:
    # Multi-News capitalises the word after "inc." or "ave.", and sentencex splits there.
    assert _texts("It is buying pandora media inc. In a stock deal. Alphabet inc. Will lead.") == [
        "It is buying pandora media inc. In a stock deal.",
        "Alphabet inc. Will lead.",
    ]
    assert _texts(
        "They moved to 3360 spruce ave. In burlington. It fell to paul haggis vs. The church."
    ) == [
        "They moved to 3360 spruce ave. In burlington.",
        "It fell to paul haggis vs. The church.",
    ]
    # A sentence that opens after one, and a word that only ends in one ("mexico").
    assert _texts(
        "The buyer was Apple Inc. The company said so. He lived in mexico. In 2010 he left."
    ) == [
        "The buyer was Apple Inc.",
        "The company said so.",
        "He lived in mexico.",
        "In 2010 he left.",
    ]


def test_a_sentence_that_opens_after_a_time_or_an_abbreviation_stays_one() -> None:
    assert _texts("Officials met at 8 p.m. In a statement, police said no one was hurt.") == [
        "Officials met at 8 p.m.",
        "In a statement, police said no one was hurt.",
    ]
    assert _texts("It is higher than in the u.s. According to bloomberg, it fell.") == [
        "It is higher than in the u.s.",
        "According to bloomberg, it fell.",
    ]
    # A paragraph's end is a boundary whatever follows.
    assert _texts("They met at 8 p.m.\n\nMonday brought news.") == [
        "They met at 8 p.m.",
        "Monday brought news.",
    ]


def test_quote_ending_in_curly_mark_closes_the_sentence() -> None:
    text = "“We made progress,” the official said. “There is more to do.” Talks go on."
    assert _texts(text) == [
        "“We made progress,” the official said.",
        "“There is more to do.”",
        "Talks go on.",
    ]


def test_ellipsis_before_a_new_sentence_splits() -> None:
    assert _texts("They waited… Then the talks began.") == ["They waited…", "Then the talks began."]
    assert _texts("the conflict…to find a path.") == ["the conflict…to find a path."]


def test_sentences_glued_without_a_space_split() -> None:
    # Web text that lost its paragraph breaks (Multi-News).
    text = "He was found by his wife.law enforcement officials said he fell. They left."
    assert _texts(text) == [
        "He was found by his wife.",
        "law enforcement officials said he fell.",
        "They left.",
    ]


def test_web_addresses_and_abbreviations_are_not_glued_sentences() -> None:
    for text in (
        "See politico.com and vote.gop for the forms.",
        "The link is bit.ly/2slf5yu and it still works.",
        "Write to will.oremus@slate.com with tips.",
        "The photo.jpg file was shared widely.",
        "The army of the u.s.army base moved on.",
        "They drove to st.louis by night.",
        "He met mr.smith on tuesday.",
        "It opened at 7 a.m.on tuesday.",
        # a domain of three or four parts
        "The department said in a statement posted to its travel.state.gov website that it agreed.",
        "Vote for best new artist by visiting vma.mtv.com on your phone.",
        "Read it at news.bbc.co.uk, where it ran first.",
    ):
        assert _texts(text) == [text], text


def test_a_story_run_into_its_headline_splits_from_it() -> None:
    # Flattened pages (Timeline17's BBC and Guardian pages): a teaser's headline, a
    # caption, a comment's "Report abuse" link before the story, with no stop.
    assert _texts(
        "Haitians still waiting for aid The Haitian authorities say they have buried 40,000 bodies."
    ) == [
        "Haitians still waiting for aid",
        "The Haitian authorities say they have buried 40,000 bodies.",
    ]
    assert _texts("Earthquake aftershocks hit Haiti orphanage A paediatrics nurse says so.") == [
        "Earthquake aftershocks hit Haiti orphanage",
        "A paediatrics nurse says so.",
    ]
    # A caption or byline ending in a place.
    assert _texts("From Matthew Price in Oaxaca, Mexico The first fatal case was here.") == [
        "From Matthew Price in Oaxaca, Mexico",
        "The first fatal case was here.",
    ]
    assert _texts("Troops attacked the city of Homs A Syrian man has been arrested.") == [
        "Troops attacked the city of Homs",
        "A Syrian man has been arrested.",
    ]


def test_a_title_after_a_word_is_no_run_in() -> None:
    for text in (
        '"Every day we have differences," he told The Associated Press.',
        "She starred in the film The Passion of the Christ last year.",
        "The disease is caused by a type A influenza virus, officials said.",
        "It beat the Oscar-winning The Hurt Locker at the box office.",
        "He was The Washington Post's chief reporter for nine years.",
        '"Bush Puts Focus on Executions," reported The New York Times.',
        "The talks lasted The whole day.",  # too few words after it to be a story
        "The startup raised money in a Series A round led by two funds.",
        "He studied at Texas A and M University for four years.",
        "The band toured and in May The Beatles released a new album.",
    ):
        assert _texts(text) == [text], text


def test_stray_quote_marks_never_hold_a_paragraph_in_one_sentence() -> None:
    # Multi-News text spaces its quote marks ("latinos. \" romney"), and one
    # apostrophe read as a quote ("jenny'stamp") kept sentencex from splitting.
    # Here the apostrophe of "jenny'stamp" pairs with the one of "stamps '".
    lead = "Rare ' inverted jenny'stamp turns up in a new york auction house sixty years on."
    body = [f"The stamp was seen at show number {n} in the city." for n in range(6)]
    quote = '" it\'s one of the most notorious crimes, " said scott english.'
    last = "We reported on the stamps ' provenance in 2008."
    text = " ".join([lead, *body, quote, last])
    assert _texts(text) == [lead, *body, quote, last]


def test_spaced_apostrophes_never_hold_sentences_together() -> None:
    # Multi-News spaces apostrophes; sentencex paired two as a quote and split nothing inside.
    text = (
        "He was 41, and torres ' father, harry snyder, took over in 1993. Guy died in 1999. "
        "Esther, torres ' grandmother, ran it until 2006."
    )
    assert _texts(text) == [
        "He was 41, and torres ' father, harry snyder, took over in 1993.",
        "Guy died in 1999.",
        "Esther, torres ' grandmother, ran it until 2006.",
    ]
    # Only apostrophes are hidden: a double-quoted passage stays whole (the sentence
    # after its close splits from it, `_QUOTE_STOP`).
    assert _texts("He said \" I came. I saw. \" torres ' father agreed, and i ' m sure.") == [
        'He said " I came. I saw. "',
        "torres ' father agreed, and i ' m sure.",
    ]


def test_a_quote_mark_that_opens_a_sentence_goes_to_it() -> None:
    # sentencex leaves it on the sentence before, as Multi-News spaces its marks.
    text = '" fred is a kind guy, " one colleague said. " he is great. " Fred agreed. "'
    assert _texts(text) == [
        '" fred is a kind guy, " one colleague said.',
        '" he is great. "',
        "Fred agreed.",
    ]
    # A closing mark stays where it is.
    assert _texts('He said: " we came. We saw. " It ended.') == [
        'He said: " we came. We saw. "',
        "It ended.",
    ]


def test_closing_marks_stay_with_their_sentence() -> None:
    words = " ".join(["word"] * 60)
    text = f'He said he was "trying to walk a line. " romney has {words}. " it is over, " he said.'
    assert _texts(text) == [
        'He said he was "trying to walk a line. "',
        f"romney has {words}.",
        '" it is over, " he said.',
    ]


def test_a_quote_whose_stop_ends_a_sentence_splits_from_the_lower_case_one_after() -> None:
    # Multi-News lower-cases a sentence's first word, and sentencex pairs the marks.
    text = (
        'The board said rebranding is " futile. " cambridge analytica has offices in london. '
        '" it was horrible. " benzenati got home from work around 5 p.m.'
    )
    assert _texts(text) == [
        'The board said rebranding is " futile. "',
        "cambridge analytica has offices in london.",
        '" it was horrible. "',
        "benzenati got home from work around 5 p.m.",
    ]
    # Each pair: a quote that ends a sentence, and the sentence after it.
    for first, second in (
        # A verb of saying that reports its own clause opens the next sentence, as one does
        # that goes on past an attribution's few words (an abbreviation's stop ends none).
        ('" we are grateful for this. "', "the director says that he was moved by it."),
        ('" we are grateful for this. "', "police said officers arrived at the house on monday."),
        ('" it landed upright. "', "smith told u.s. officials the plan had failed badly."),
        # The sentence after opens a quote of its own.
        ('She called it " very hopeless. "', '" when i saw the boat, i was saved, " she said.'),
        ('She said " oh, yeah! "', '" you have to press charges, " said the model.'),
    ):
        assert _texts(f"{first} {second}") == [first, second]


def test_a_quote_before_its_speaker_an_ellipsis_or_a_question_stays_whole() -> None:
    for text in (
        '" we are ready for the talks. " smith said on monday in paris.',
        '" we are ready for the talks. " said the minister on monday.',
        '" we are ready for the talks. " he told reporters on monday.',
        '" we are ready for the talks. " he said, adding that it was late.',
        '" we are ready for the talks. " he said, the talks being late.',
        '" did he have a debt? " clinton asked the crowd on monday.',
        'Nice report, but the " ... it is not clear what he could do... " statement misses it.',
    ):
        assert _texts(text) == [text]


def test_short_quotations_stay_whole() -> None:
    text = '"We waited. Then the talks began," the official said.'
    assert _texts(text) == [text]


def test_paragraphs_never_share_a_sentence() -> None:
    spans = split_text("A headline without a stop\n\nThe body begins here. It goes on.")
    assert [p for _, _, p in spans] == [0, 1, 1]


def test_sentences_are_views_on_the_article_text() -> None:
    article = Article(id="x", text="  First one.  Second one!\n\n\nThird?  ")
    sentences = split_sentences(article)
    assert [s.index for s in sentences] == [0, 1, 2]
    assert all(article.text[s.start : s.end] == s.text for s in sentences)
    assert [s.key for s in sentences] == [("x", 0), ("x", 1), ("x", 2)]


def test_empty_text_has_no_sentence() -> None:
    assert split_sentences(Article(id="e", text=" \n\n ")) == ()


# Sentences held in one piece by a stray quote mark that pairs with a far later one
# (as in Multi-News): long pieces, split again with the marks hidden.
_QUOTED_SENTENCE = st.tuples(
    st.integers(2, 14), st.sampled_from(["", ' "', '" ', " “", "” ", "’", " '", "\n\n"])
).map(lambda t: " Word" + " word" * t[0] + "." + t[1])
_STRAY_QUOTED = st.lists(_QUOTED_SENTENCE, min_size=4, max_size=20).map(
    lambda xs: "Rare ' jenny" + "".join(xs) + " stamps ' end."
)


@given(
    st.one_of(
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400),
        _STRAY_QUOTED,
    )
)
def test_spans_are_ordered_stripped_and_inside_the_text(text: str) -> None:
    last = 0
    for start, end, _ in split_text(text):
        assert last <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        last = end


def _reference_split_text(text: str) -> list[tuple[int, int, int]]:
    """`split_text` with every repair run on every piece (no shortcut), and its joins."""
    from synoptic.text.sentences import (
        _QUOTE_STOP,
        _append,
        _paragraph_spans,
        _repair,
        _run_in_articles,
        _segments,
    )

    spans = []
    paragraph = 0
    for p_start, p_end in _paragraph_spans(text):
        chunk = text[p_start:p_end]
        if not chunk.strip():
            continue
        for found, end in _segments(chunk):
            run_in = [a for a in _run_in_articles(chunk) if found < a < end]
            stops = [m.span() for m in _QUOTE_STOP.finditer(chunk)]
            quoted = [(s, e) for s, e in stops if found < s and e < end]
            repaired = _repair(
                chunk, found, end, ellipses=True, glued=True, quoted=quoted, run_in=run_in
            )
            for s, e in repaired:
                _append(spans, text, p_start + s, p_start + e, paragraph)
        paragraph += 1
    return spans


_PIECES = st.sampled_from(
    ["Mr. Kerry", " met", " Lavrov", ".", "...", "…", " And", " then", "\n\n", "\n", " ",
     "U.S.", ' "Yes', "?", "!", "law", ".we", "bit.ly/x", "st", " The", " A", " aid", " told",
     '. "', ' " no', " said"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=30).map("".join))
def test_split_text_matches_the_reference(text: str) -> None:
    assert split_text(text) == _reference_split_text(text)
