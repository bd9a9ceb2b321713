"""Quote spans, speakers and cross-outlet merging, on invented text (no spaCy)."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from synoptic.analyse.quotes import find_quotes
from synoptic.model import Article, Quote
from synoptic.text import split_sentences


def quotes(*texts: str, persons: str | None = None) -> tuple[Quote, ...]:
    """The texts' quotes; ``persons`` is a pattern whose matches stand in for spaCy's
    PERSON entities (without it, persons come from the rules only)."""
    articles = [Article(id=f"a{i}", text=text) for i, text in enumerate(texts)]
    sentences = [s for a in articles for s in split_sentences(a)]
    docs = {a.id: _persons(a.text, persons) for a in articles} if persons else {}
    return find_quotes(articles, sentences, docs=docs)


def _persons(text: str, pattern: str) -> SimpleNamespace:
    """A stand-in for a spaCy doc whose PERSON entities are the pattern's matches."""
    return SimpleNamespace(
        ents=[
            SimpleNamespace(start_char=m.start(), text=m.group(), label_="PERSON")
            for m in re.finditer(pattern, text)
        ]
    )


def only(*texts: str) -> Quote:
    found = quotes(*texts)
    assert len(found) == 1, found
    return found[0]


def test_said_name_after_the_quote() -> None:
    q = only("“The harbour will reopen on Monday morning,” said Okafor.")
    assert q.text == "The harbour will reopen on Monday morning"
    assert q.speaker == "Okafor"


def test_name_said_after_straight_quote() -> None:
    q = only('"We will not raise the fares this winter," Marta Lind said.')
    assert (q.text, q.speaker) == ("We will not raise the fares this winter", "Marta Lind")


def test_stated_before_with_colon_and_honorific() -> None:
    q = only("Mr Okafor stated: “The bridge is safe for every kind of traffic.”")
    assert q.speaker == "Okafor"
    assert q.text == "The bridge is safe for every kind of traffic."


def test_admitted_before() -> None:
    q = only("Asked about costs, Lind admitted: “We spent more than we planned to.”")
    assert q.speaker == "Lind"


@pytest.mark.parametrize("verb", ["tweets", "opines", "quipped", "wondered"])
def test_a_tweet_or_an_opinion_has_its_speaker(verb: str) -> None:
    # Live pages quote what people post: "Troylivesay tweets: ..."; columnists opine.
    q = only(f"Okafor {verb}: “The water is rising faster than anyone expected.”")
    assert q.speaker == "Okafor"


def test_a_lone_stopword_cut_off_by_a_nested_mark_is_no_quote() -> None:
    found = quotes(
        'The report says: " The " shoe track " cement and the float collar must have failed '
        'to prevent this " influx of oil and gas.'
    )
    assert [q.text for q in found] == [
        "cement and the float collar must have failed to prevent this"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # The second partial quote is Spain's, the first Gordon Brown's: "the union" is
        # what Spain says something of.
        'Prime Minister Gordon Brown says the UK will give Haiti " whatever assistance is '
        'required " and Spain, which holds the EU presidency, says the union is " taking all '
        'necessary measures to mitigate the damage ".',
        'The Justice Department has already demanded " every record of the harbour contracts '
        'since 2009 " from the council.',
    ],
)
def test_a_described_speaker_does_not_run_on_over_an_auxiliary(text: str) -> None:
    speakers = {q.speaker for q in quotes(text)}
    assert not any(re.search(r" (?:is|has)\b", s or "") for s in speakers), speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Media analyst Andrew Tyndall counted the minutes. Pew Research's Fox said people "
            'turn to the web. " Blogs are turning up the volume on the outbreak, " she said.',
            None,  # not Andrew Tyndall: the woman is one the rules did not take for a person
        ),
        (
            "Spokeswoman Victoria Nuland met reporters on Monday. "
            '" The world will be sceptical of his promises for some time, " she said.',
            "Victoria Nuland",
        ),
        (
            "Harbour master Okafor met reporters on Monday. "
            '" The harbour will reopen once the dredging is done, " she said.',
            "Okafor",  # no first name: nothing tells against her
        ),
    ],
)
def test_a_pronoun_is_not_a_person_whose_first_name_tells_the_other_gender(
    text: str, speaker: str | None
) -> None:
    (q,) = quotes(text, persons=r"Andrew Tyndall|Victoria Nuland|Okafor")
    assert q.speaker == speaker


def test_according_to() -> None:
    q = only("The mayor promised “a fair deal for all of the families,” according to Okafor.")
    assert q.speaker == "Okafor"
    assert q.text == "a fair deal for all of the families"


def test_surname_resolved_to_the_full_name() -> None:
    q = only(
        "Harbour Minister Ada Okafor toured the docks.\n\n"
        "“Nobody will lose their job over this,” said Okafor."
    )
    assert q.speaker == "Ada Okafor"


def test_pronoun_resolved_to_the_last_named_person() -> None:
    q = only(
        "Transport Secretary Marta Lind visited the depot on Friday.\n\n"
        "“Of course, we wanted the trains running by spring”, she added."
    )
    assert q.speaker == "Marta Lind"


def test_unnamed_speaker_kept_as_written() -> None:
    found = quotes(
        "“It is important to talk to the people who decide,” said the State Department "
        "official, who spoke on condition of anonymity.\n\n"
        "“We have communicated our concerns very clearly to them,” the minister added.\n\n"
        "“Talks will resume when both sides are ready,” a senior official said."
    )
    assert [q.speaker for q in found] == [
        "the State Department official", "the minister", "a senior official",
    ]  # fmt: skip


def test_quote_over_several_sentences() -> None:
    q = only("“The port is open. Ships are moving again. We are relieved,” Okafor said.")
    assert q.text == "The port is open. Ships are moving again. We are relieved"
    assert q.speaker == "Okafor"
    assert q.citations[0].sentence_index == 0


def test_multi_paragraph_quote_only_the_last_paragraph_closes() -> None:
    q = only(
        "Lind told the council: “The budget is tight this year.\n\n"
        "“But we will keep every library open.”\n\nThe vote is on Monday."
    )
    assert q.text == "The budget is tight this year. But we will keep every library open."
    assert q.speaker == "Lind"
    assert {c.sentence_index for c in q.citations} == {0, 1}


def test_second_quote_in_the_paragraph_keeps_the_speaker() -> None:
    found = quotes(
        "“We made progress on the water supply,” the engineer said. “There is more to do here.”"
    )
    assert [q.speaker for q in found] == ["the engineer", "the engineer"]


def test_scare_quotes_are_ignored() -> None:
    assert (
        quotes(
            "Lind said the talks had gone “wonderfully” but warned of a “dead end” in May. "
            'Critics called it a "reset".'
        )
        == ()
    )


def test_short_quote_with_its_own_attribution_is_kept() -> None:
    q = only("“Absolutely not,” Lind said.")
    assert (q.text, q.speaker) == ("Absolutely not", "Lind")


def test_quoted_title_is_not_a_quote() -> None:
    assert quotes("She starred in “The Lord of the Rings” and “Gone With The Wind” in 2001.") == ()


def test_no_quotes() -> None:
    assert quotes("The port reopened on Monday. Ships moved again.", "") == ()


def test_same_quote_in_two_outlets_is_one_quote() -> None:
    q = only(
        "“The bridge will be rebuilt within two years,” said Okafor.",
        'Okafor said: "The bridge will be rebuilt within two years."',
    )
    assert [c.article_id for c in q.citations] == ["a0", "a1"]
    assert not q.altered
    assert q.variants == ()


def test_altered_wording_is_flagged_with_variants() -> None:
    q = only(
        "“The bridge will be rebuilt within two years, whatever it costs,” said Okafor.",
        "“The bridge will be rebuilt within three years,” said Okafor.",
        "“The bridge will be rebuilt within two years, whatever it costs,” Okafor said.",
    )
    assert q.altered
    assert q.text == "The bridge will be rebuilt within two years, whatever it costs"
    assert q.variants == (q.text, "The bridge will be rebuilt within three years")
    assert len({c.article_id for c in q.citations}) == 3


def test_unattributed_quote_has_no_speaker() -> None:
    q = only("The sign read “no entry for trucks after dark” until this week.")
    assert q.speaker is None


def test_a_description_that_added_goes_on_from_the_named_speaker_before() -> None:
    found = quotes(
        "“The human cost only strengthens our resolve,” said Nicholson, who visited a "
        "military hospital in Kyiv.\n\n"
        "“We have made it very clear that they should leave Ukraine,” the minister added.\n\n"
        "“Talks will resume when both sides are ready,” the minister said."
    )
    # "Added" continues Nicholson; "said" introduces whoever "the minister" is.
    assert [q.speaker for q in found] == ["Nicholson", "Nicholson", "the minister"]


def test_a_straight_mark_before_a_stop_closes_its_quote() -> None:
    # Whole pages spaced by their flattening: 'called " the worst of all ". Experts ...'
    # A quote never opens on a stop, so the mark closes the one before it.
    found = quotes(
        'Researchers called it " the mother of all pandemics ". In the years that followed, '
        'Dr Morens said: " We have very little information about this strain. "'
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("the mother of all pandemics", None),
        ("We have very little information about this strain.", "Morens"),
    ]


def test_where_the_speaker_stands_is_not_the_speaker() -> None:
    # A live page's dispatch: "The BBC's Andy Gallagher in Port-au-Prince says: ..."
    found = quotes(
        "The BBC's Andy Gallagher in Port-au-Prince says: \"The airport is now busier than "
        'ever."\n\n'
        'Ian Rodgers of Save the Children said: "Our teams have seen no evidence of crime."\n\n'
        "The BBC's Barbara Plett at the UN in New York says: \"The UN is being extremely "
        'cautious about casualty figures."\n\n'
        'The EU\'s foreign affairs chief said: "We are making sure that Haiti receives support."'
        "\n\n"  # a page's spaced punctuation
        'The BBC\'s Matthew Price in Port - au - Prince says: " People do what they can. "'
    )
    assert [q.speaker for q in found] == [
        "Andy Gallagher", "Ian Rodgers", "Barbara Plett", "the EU's foreign affairs chief",
        "Matthew Price",
    ]  # fmt: skip


def test_a_surname_takes_the_full_name_given_before_it() -> None:
    # News name a person in full at the first mention; readers' comments far down
    # the page may repeat another form more often ("Comrade Obama").
    first = (
        "President Barack Obama flew to the coast on Friday.\n\n"
        '"We will not abandon our fellow citizens," Obama said.\n\n'
        "Comrade Obama wants control. Comrade Obama again. Comrade Obama is wrong."
    )
    # A page that names no one in full before the quote: the cluster's name, not the
    # comments' below it.
    second = (
        'President Obama spoke on Friday.\n\n"I am angry and frustrated as well," Obama said.'
        "\n\nComrade Obama wants control."
    )
    third = "President Barack Obama flew to Louisiana."
    found = quotes(first, second, third, persons=r"(?:Barack|Comrade) Obama|Obama")
    assert [q.speaker for q in found] == ["Barack Obama", "Barack Obama"]


def test_a_quote_far_down_a_flattened_page_is_nobody_s_by_default() -> None:
    # A page flattened into one paragraph: the quote before is not the next one's speaker
    # once the story has moved on.
    found = quotes(
        '"The harbour will reopen on Monday," said Okafor. The port was closed for a week. '
        "Ships waited outside. Trucks queued on the coast road for days. "
        '"Prices went up by half in the shops."'
    )
    assert [q.speaker for q in found] == ["Okafor", None]


def test_a_name_run_across_a_stop_is_the_one_after_it() -> None:
    q = only('The spill reached the coast before Obama. But Obama said: "We will stop it."')
    assert q.speaker == "Obama"


def test_the_one_told_is_not_the_speaker() -> None:
    q = only(
        '"I think that is a very substantial possibility," Joshua Muravchik, a fellow at the '
        "Johns Hopkins School of Advanced International Studies, told CNN Friday."
    )
    assert q.speaker == "Joshua Muravchik"


def test_spaced_marks_take_turns_again_at_an_attribution() -> None:
    # A page flattened with spaced marks, where a nested quote's close ('? "\'') put the
    # turns out of step: the attribution after a mark says it closes.
    found = quotes(
        '" Look at them out on the street. Why can\'t we do that? "\' " And that stuck '
        'with them, " said Muravchik. " They kept having small demonstrations. " '
        '" There is no guarantee that it will work in Iran, " he said, referring to the '
        "protests. The disputed election sparked outrage across the country."
    )
    assert all(not q.text.startswith(("he said", "said")) for q in found), found
    assert ("They kept having small demonstrations.", "Muravchik") in [
        (q.text, q.speaker) for q in found
    ]


def test_a_full_name_given_only_after_the_quote_is_not_the_speaker_s() -> None:
    found = quotes(
        'President Obama spoke on Friday.\n\n"I am angry and frustrated as well," Obama said.'
        "\n\nComrade Obama wants control.",
        persons=r"(?:Comrade )?Obama",
    )
    assert [q.speaker for q in found] == ["Obama"]


def test_an_attribution_by_a_long_name_also_closes_a_spaced_quote() -> None:
    # The name as `find_quotes` reads names elsewhere: a role and a name run to six words.
    found = quotes(
        '" Why can\'t we do that? "\' " And that stuck with them, " Unison General Secretary '
        'Dave Prentis said. " They kept having small demonstrations. "'
    )
    assert "Unison General Secretary Dave Prentis said." not in [q.text for q in found]
