"""Entities: roles, merging, counting. Fast tests feed a stand-in Doc; slow ones load spaCy."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest

from synoptic.analyse.entities import find_entities, normalise_name
from synoptic.model import Article, Entity

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass
class FakeSpan:
    text: str
    label_: str
    start_char: int
    end_char: int


@dataclass
class FakeDoc:
    ents: list[FakeSpan]


def fake_doc(text: str, labels: dict[str, str]) -> FakeDoc:
    """Entities at every occurrence of the given names (longest first), like spaCy's ents."""
    spans: list[FakeSpan] = []
    taken: set[int] = set()
    for name in sorted(labels, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if not taken & set(range(m.start(), m.end())):
                spans.append(FakeSpan(name, labels[name], m.start(), m.end()))
                taken |= set(range(m.start(), m.end()))
    return FakeDoc(sorted(spans, key=lambda s: s.start_char))


def entities(texts: list[str], labels: dict[str, str]) -> tuple[Entity, ...]:
    articles = [Article(id=f"a{i}", text=t) for i, t in enumerate(texts)]
    docs: dict[str, Any] = {a.id: fake_doc(a.text, labels) for a in articles}
    return find_entities(articles, docs=docs)


def by_name(found: tuple[Entity, ...]) -> dict[str, Entity]:
    return {e.name: e for e in found}


PEOPLE = {
    "John Kerry": "PERSON", "Kerry": "PERSON", "Sergei Lavrov": "PERSON",
    "Sergey Lavrov": "PERSON", "Lavrov": "PERSON", "Mikhail Kasyanov": "PERSON",
    "Vladimir Putin": "PERSON",
}  # fmt: skip


def test_roles_before_the_name_and_in_apposition() -> None:
    found = by_name(
        entities(
            [
                "Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov and "
                "President Vladimir Putin. Mikhail Kasyanov, the former prime minister, "
                "said little. In Moscow, Kerry smiled."
            ],
            PEOPLE,
        )
    )
    assert found["John Kerry"].roles == ("Secretary of State",)
    assert found["Sergei Lavrov"].roles == ("Russian Foreign Minister",)
    assert found["Vladimir Putin"].roles == ("President",)
    assert found["Mikhail Kasyanov"].roles == ("former prime minister",)


def test_lower_case_role_before_the_name() -> None:
    found = by_name(entities(["They met ex-prime minister Mikhail Kasyanov."], PEOPLE))
    assert found["Mikhail Kasyanov"].roles == ("ex-prime minister",)


def test_a_vice_or_an_assistant_belongs_to_the_role() -> None:
    text = "Led by former US vice president Vladimir Putin, assistant secretary Sergei Lavrov."
    found = by_name(entities([text], PEOPLE))
    assert found["Vladimir Putin"].roles == ("former US vice president",)
    assert found["Sergei Lavrov"].roles == ("assistant secretary",)


def test_name_variants_merge_and_are_counted_per_article() -> None:
    found = entities(
        [
            "John Kerry arrived. Mr Kerry met Sergei Lavrov. Kerry left.",
            "Mr. Kerry and Sergey Lavrov spoke. Lavrov smiled.",
            "Sergey Lavrov waited.",
        ],
        PEOPLE | {"Mr Kerry": "PERSON", "Mr. Kerry": "PERSON"},
    )
    named = by_name(found)
    kerry, lavrov = named["John Kerry"], named["Sergey Lavrov"]  # the more frequent spelling
    assert set(kerry.variants) == {"John Kerry", "Kerry"}
    assert kerry.mentions == (("a0", 3), ("a1", 1))
    assert set(lavrov.variants) == {"Sergei Lavrov", "Sergey Lavrov", "Lavrov"}
    assert lavrov.mentions == (("a0", 1), ("a1", 2), ("a2", 1))
    assert [e.name for e in found] == ["Sergey Lavrov", "John Kerry"]  # 3 articles before 2


def test_place_aliases_merge() -> None:
    found = by_name(
        entities(
            ["The U.S. and the US and America and the United States. Russia, Russian Federation."],
            {"U.S.": "GPE", "US": "GPE", "America": "GPE", "United States": "GPE",
             "Russia": "GPE", "Russian Federation": "GPE"},
        )
    )  # fmt: skip
    assert found["United States"].mentions == (("a0", 4),)
    assert found["United States"].kind == "place"
    assert found["Russia"].mentions == (("a0", 2),)


def test_majority_label_wins() -> None:
    labels = {"Minsk": "GPE"}
    texts = ["Minsk hosted talks.", "In Minsk, talks.", "Minsk agreed."]
    docs: dict[str, Any] = {f"a{i}": fake_doc(t, labels) for i, t in enumerate(texts)}
    docs["a2"].ents[0].label_ = "PERSON"
    articles = [Article(id=f"a{i}", text=t) for i, t in enumerate(texts)]
    (minsk,) = find_entities(articles, docs=docs)
    assert minsk.kind == "place"


def test_junk_is_dropped() -> None:
    found = entities(["x said 42 and the thing."], {"x": "PERSON", "42": "ORG", "thing": "ORG"})
    assert found == ()


def test_time_zones_are_junk() -> None:
    assert entities(["Wednesday 8 September 2010 16.40 BST The report."], {"BST": "ORG"}) == ()


def test_an_acronym_is_no_surname_of_a_person_ending_in_it() -> None:
    # spaCy read a headline's "Mark Bly BP" as one person; BP is the company.
    texts = ["The report by Mark Bly BP published blames others.", "BP said BP was not alone."]
    named = by_name(entities(texts, {"Mark Bly BP": "PERSON", "BP": "ORG"}))
    assert named["BP"].kind == "organization"
    assert named["BP"].mentions == (("a1", 2),)
    # A transcript's speaker in capitals is still the person.
    texts = ["Fouad Ajami spoke.", "AJAMI: The regime is done."]
    named = by_name(entities(texts, {"Fouad Ajami": "PERSON", "AJAMI": "ORG"}))
    assert named["Fouad Ajami"].mentions == (("a0", 1), ("a1", 1))


def test_no_names_and_no_docs() -> None:
    assert entities(["Nothing here has a name at all."], {}) == ()
    assert find_entities([Article(id="a", text="John Kerry spoke.")], docs={}) == ()


def test_normalise_name() -> None:
    assert normalise_name("the United States") == "United States"
    assert normalise_name("Mr. Kerry’s") == "Kerry"
    assert normalise_name("Dr Okafor") == "Okafor"


@pytest.fixture(scope="module")
def nlp() -> Language:
    from synoptic.analyse.nlp import load_nlp

    return load_nlp()


@pytest.mark.slow
def test_with_spacy_roles_and_merging(nlp: Language) -> None:
    from synoptic.analyse.nlp import parse_articles

    articles = [
        Article(id="a", text="Secretary of State John Kerry met Russian Foreign Minister "
                "Sergei Lavrov in Moscow on Tuesday. Kerry said little."),
        Article(id="b", text="Mr Kerry flew home to the United States. Lavrov stayed in Russia."),
    ]  # fmt: skip
    found = by_name(find_entities(articles, docs=parse_articles(nlp, articles)))
    assert found["John Kerry"].kind == "person"
    assert "Secretary of State" in found["John Kerry"].roles
    assert dict(found["John Kerry"].mentions) == {"a": 2, "b": 1}
    assert "Russian Foreign Minister" in found["Sergei Lavrov"].roles
    assert found["Moscow"].kind == "place"


@pytest.mark.slow
def test_with_spacy_quote_speakers_use_person_entities(nlp: Language) -> None:
    from synoptic.analyse.nlp import parse_articles
    from synoptic.analyse.quotes import find_quotes
    from synoptic.text import split_sentences

    article = Article(
        id="a",
        text="Kerry met John Kerry's staff in Paris.\n\n"
        "“We wanted to continue the conversation with them”, he added.",
    )
    (quote,) = find_quotes([article], split_sentences(article), docs=parse_articles(nlp, [article]))
    assert quote.speaker == "John Kerry"


def test_roles_inside_longer_roles_fold_into_them() -> None:
    from synoptic.analyse.entities import _dedupe

    assert _dedupe(("US Secretary of State", "Secretary of State", "secretary of state")) == (
        "US Secretary of State",
    )
    assert _dedupe(("President", "Russian President", "Foreign Minister")) == (
        "Russian President",
        "Foreign Minister",
    )
    assert _dedupe(("Minister", "Prime Minister", "Foreign Minister")) == (
        "Prime Minister",
        "Foreign Minister",
    )
