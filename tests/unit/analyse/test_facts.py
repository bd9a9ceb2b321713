from collections.abc import Sequence
from itertools import chain

import numpy as np
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from synoptic.analyse.facts import (
    StoryWeights,
    cite_sentences,
    find_syndication,
    group_facts,
    numbers_in,
    same_claim,
)
from synoptic.analyse.facts import profile as claim_profile
from synoptic.embed.lexical import LexicalEmbedder
from synoptic.model import Article, Sentence
from synoptic.text import split_sentences
from synoptic.text.tokens import stem_table, tokenize

FILLER = {
    "a": "Markets in Asia were calm on Monday as traders awaited central bank news.",
    "b": "The city council approved a new budget for public libraries last week.",
    "c": "Heavy rain is expected across the northern coast later this month.",
    "d": "A local football club unveiled plans for a larger stadium.",
}


def story(texts: dict[str, str]) -> tuple[tuple[Article, ...], tuple[Sentence, ...]]:
    articles = tuple(Article(id=k, text=v) for k, v in texts.items())
    sentences = tuple(s for a in articles for s in split_sentences(a))
    return articles, sentences


def embed(sentences: Sequence[Sentence]) -> np.ndarray:
    return LexicalEmbedder().encode([s.text for s in sentences])


def find(sentences: Sequence[Sentence], article_id: str, index: int = 0) -> Sentence:
    return next(s for s in sentences if s.key == (article_id, index))


def test_fact_in_three_articles_cites_all_three() -> None:
    articles, sentences = story(
        {
            "a": "The Orbis ferry sank off Kavala harbour on Sunday, the coastguard said. "
            + FILLER["a"],
            "b": FILLER["b"] + " The Orbis ferry sank off Kavala harbour on Sunday.",
            "c": "On Sunday the Orbis ferry sank off Kavala harbour, officials said. "
            + FILLER["c"],
        }
    )
    (cited,) = cite_sentences(
        [find(sentences, "a")], sentences=sentences, vectors=embed(sentences), articles=articles
    )
    assert cited.citations[0].article_id == "a"
    assert cited.citations[0].similarity == 1.0
    assert cited.sources == ("a", "b", "c") or set(cited.sources) == {"a", "b", "c"}
    assert {(c.article_id, c.sentence_index) for c in cited.citations} == {
        ("a", 0),
        ("b", 1),
        ("c", 0),
    }
    assert cited.outlets == 3


def test_unrelated_sentence_cites_only_its_origin() -> None:
    articles, sentences = story(
        {
            "a": FILLER["a"] + " The Orbis ferry sank off Kavala harbour on Sunday.",
            "b": FILLER["b"] + " The Orbis ferry sank off Kavala harbour on Sunday.",
            "c": FILLER["c"],
        }
    )
    (cited,) = cite_sentences(
        [find(sentences, "a")], sentences=sentences, vectors=embed(sentences), articles=articles
    )
    assert [c.article_id for c in cited.citations] == ["a"]
    assert cited.outlets == 1


def test_identical_sentences_in_two_outlets_are_both_cited() -> None:
    line = "Rescuers pulled twelve survivors from the water near Kavala."
    articles, sentences = story({"a": line + " " + FILLER["a"], "b": FILLER["d"] + " " + line})
    selected = [find(sentences, "a", 0), find(sentences, "b", 1)]
    cited = cite_sentences(
        selected, sentences=sentences, vectors=embed(sentences), articles=articles
    )
    assert [c.sentence.key for c in cited] == [("a", 0), ("b", 1)]
    assert [(c.article_id, c.sentence_index) for c in cited[0].citations] == [("a", 0), ("b", 1)]
    assert [(c.article_id, c.sentence_index) for c in cited[1].citations] == [("b", 1), ("a", 0)]


def test_different_numbers_are_not_cited_as_the_same_claim() -> None:
    articles, sentences = story(
        {
            "a": "The talks in Sochi lasted four hours, officials said.",
            "b": "The talks in Sochi lasted eight hours, officials said.",
            "c": "The talks in Sochi lasted 4 hours, officials said.",
        }
    )
    (cited,) = cite_sentences(
        [find(sentences, "a")], sentences=sentences, vectors=embed(sentences), articles=articles
    )
    assert cited.sources == ("a", "c")


def test_syndicated_copies_count_as_one_outlet() -> None:
    wire = (
        "The Orbis ferry sank off Kavala harbour on Sunday, the coastguard said. "
        "Rescuers pulled twelve survivors from the water and searched for more. "
        "The ferry was carrying forty passengers and a crew of six when it went down. "
        "The cause of the sinking is not yet known, the port authority said."
    )
    articles, sentences = story(
        {
            "a": wire,
            "b": wire.replace("Sunday", "Sunday morning"),
            "c": "On Sunday the Orbis ferry sank off Kavala harbour, officials said. "
            + FILLER["c"],
        }
    )
    assert find_syndication(articles) == (("a", "b"),)
    (cited,) = cite_sentences(
        [find(sentences, "a")], sentences=sentences, vectors=embed(sentences), articles=articles
    )
    assert set(cited.sources) == {"a", "b", "c"}
    assert cited.outlets == 2


def test_same_source_counts_once() -> None:
    line = "The Orbis ferry sank off Kavala harbour on Sunday."
    articles = (
        Article(id="a", text=line, source="Daily Post"),
        Article(id="b", text=FILLER["b"] + " " + line, source="Daily Post"),
    )
    sentences = tuple(s for a in articles for s in split_sentences(a))
    (cited,) = cite_sentences(
        [sentences[0]], sentences=sentences, vectors=embed(sentences), articles=articles
    )
    assert len(cited.citations) == 2
    assert cited.outlets == 1


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("lasted for nearly four hours", [4.0]),
        ("the eight-hour conversations", [8.0]),
        ("twenty-five people and 1,200 troops", [25.0, 1200.0]),
        ("$53bn and 5 million and a dozen", [53e9, 5e6, 12.0]),
        ("a man said it", []),
    ],
)
def test_numbers_in(text: str, values: list[float]) -> None:
    assert [q.value for q in numbers_in(text)] == values


def test_same_claim_needs_agreeing_numbers_and_shared_words() -> None:
    four = claim_profile("The talks lasted four hours in Sochi.")
    assert same_claim(four, claim_profile("The talks in Sochi lasted 4 hours."), 0.9)
    assert not same_claim(four, claim_profile("The talks in Sochi lasted eight hours."), 0.9)
    assert not same_claim(four, claim_profile("Rain fell."), 0.9)


WIRE = (
    "The Orbis ferry sank off Kavala harbour on Sunday, the coastguard said. "
    "Rescuers pulled twelve survivors from the water and searched for more. "
    "The ferry was carrying forty passengers and a crew of six when it went down. "
    "The cause of the sinking is not yet known, the port authority said."
)


def test_group_facts_marks_syndication_and_counts_it_once() -> None:
    articles, sentences = story(
        {
            "a": WIRE,
            "b": WIRE.replace("Sunday,", "Sunday morning,"),
            "c": "On Sunday the Orbis ferry sank off Kavala harbour, officials said. "
            + FILLER["c"]
            + " The ferry carried forty passengers and a crew of six.",
            "d": FILLER["d"],
        }
    )
    facts = group_facts(sentences, vectors=embed(sentences), articles=articles)
    assert [f.id for f in facts] == [f"f{k}" for k in range(1, len(facts) + 1)]
    sinking = next(f for f in facts if "sank" in f.text)
    assert set(sinking.sources) == {"a", "b", "c"}
    assert sinking.outlets == 2
    assert sinking.syndicated == (("a", "b"),)
    assert sinking.citations[0].similarity == 1.0
    # More outlets first; the wire-only sentences (one outlet) come after.
    assert facts[0].outlets >= facts[-1].outlets
    assert all(len(f.sources) >= 2 for f in facts)
    assert all("football" not in f.text for f in facts)


def test_group_facts_keeps_one_sentence_per_article_and_separates_numbers() -> None:
    articles, sentences = story(
        {
            "a": "The talks in Sochi lasted four hours. The talks in Sochi ended late.",
            "b": "The talks in Sochi lasted 4 hours, officials said.",
            "c": "The talks in Sochi lasted eight hours, officials said.",
        }
    )
    facts = group_facts(sentences, vectors=embed(sentences), articles=articles)
    for fact in facts:
        assert len(fact.sources) == len(fact.citations)
    four = next(
        f for f in facts if ("a", 0) in {(c.article_id, c.sentence_index) for c in f.citations}
    )
    assert set(four.sources) == {"a", "b"}


def test_a_fact_is_worded_only_by_a_stated_sentence() -> None:
    # A flattened page's headline (no stop) groups with the stories' sentences and
    # counts as a source, but a fact reads as a sentence a reader can be shown.
    articles, sentences = story(
        {
            "a": "The Orbis ferry sank off Kavala harbour on Sunday",
            "b": "The Orbis ferry sank off Kavala harbour on Sunday, the coastguard said.",
            "c": "The Orbis ferry sank off Kavala harbour on Sunday, officials said.",
        }
    )
    vectors = embed(sentences)
    every = group_facts(sentences, vectors=vectors, articles=articles)
    stated = [s.text.endswith(".") for s in sentences]
    facts = group_facts(sentences, vectors=vectors, articles=articles, stated=stated)
    assert [set(f.sources) for f in facts] == [set(f.sources) for f in every] == [{"a", "b", "c"}]
    assert facts[0].text.endswith(".")
    assert facts[0].citations[0].article_id != "a"
    # With no stated sentence, a group is no fact.
    none = group_facts(sentences, vectors=vectors, articles=articles, stated=[False] * 3)
    assert none == ()


def test_group_facts_empty() -> None:
    assert group_facts((), vectors=np.zeros((0, 8), np.float32), articles=()) == ()


# --- fast paths against slow, obvious references -----------------------------

_NUMBERISH = st.lists(
    st.sampled_from(
        ["a ", "an ", "four", "twenty", "-", "five", " ", "million", "m", "dozen", "bn", ", ",
         "1", "0", ",", ".", "200", "One", "TEN", "hundred", "hours", "é", "ſix", "K", "\n",
         "Sochi", "some", "one"]
    ),
    max_size=40,
).map("".join)  # fmt: skip


def _reference_numbers(text: str) -> list[tuple[float, int, int]]:
    """`numbers_in` as first written: every token read, no shortcut."""
    from synoptic.analyse import facts

    found = []
    tokens = [(m.group(), m.start(), m.end()) for m in facts._NUMBER_TOKEN.finditer(text)]
    i = 0
    while i < len(tokens):
        raw, start, end = tokens[i]
        word = raw.lower()
        value = None
        if raw[0].isdigit():
            value = float(raw.replace(",", ""))
        elif word in facts._NUMBER_WORDS:
            if word in ("a", "an"):
                nxt = tokens[i + 1][0].lower() if i + 1 < len(tokens) else ""
                if nxt not in facts._SCALES and nxt != "dozen":
                    i += 1
                    continue
            value = float(facts._NUMBER_WORDS[word])
        if value is None:
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            nxt_raw, _, nxt_end = tokens[j]
            nxt = nxt_raw.lower()
            if text[end : tokens[j][1]].strip() not in ("", "-"):
                break
            if nxt in facts._SCALES:
                value *= facts._SCALES[nxt]
            elif nxt == "dozen" and value < 20:
                value = 12.0 if word in ("a", "an") else value * 12
            elif (
                nxt in facts._NUMBER_WORDS
                and nxt not in ("a", "an", "dozen")
                and (value >= 20 and value % 10 == 0 and facts._NUMBER_WORDS[nxt] < 10)
            ):
                value += facts._NUMBER_WORDS[nxt]
            else:
                break
            end = nxt_end
            j += 1
        if word in ("a", "an") and j == i + 1:
            i += 1
            continue
        found.append((value, start, end))
        i = j
    return found


@given(_NUMBERISH)
def test_numbers_in_matches_the_full_token_scan(text: str) -> None:
    assert [(q.value, q.start, q.end) for q in numbers_in(text)] == _reference_numbers(text)


def _reference_cite(
    selected: Sequence[Sentence], sentences: Sequence[Sentence], articles: Sequence[Article]
) -> list[list[tuple[str, int]]]:
    """Citations by the obvious route: dense vectors, every pair of every row."""
    vectors = embed(sentences)
    profiles = [claim_profile(s.text) for s in sentences]
    weights = StoryWeights(
        zip((s.article_id for s in sentences), profiles, strict=True), len(articles)
    )
    out = []
    for chosen in selected:
        i = next(k for k, s in enumerate(sentences) if s.key == chosen.key)
        best: dict[str, tuple[float, int]] = {}
        for j, other in enumerate(sentences):
            score = float(vectors[i] @ vectors[j])
            if other.article_id == chosen.article_id or score < 0.3:
                continue
            if same_claim(profiles[i], profiles[j], score, weights) and (
                other.article_id not in best or score > best[other.article_id][0]
            ):
                best[other.article_id] = (score, j)
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], kv[1][1]))
        out.append([chosen.key] + [sentences[j].key for _, (_, j) in ranked])
    return out


_CLAIMS = [
    "The Orbis ferry sank off Kavala harbour on Sunday.",
    "On Sunday the Orbis ferry sank off Kavala harbour, officials said.",
    "The Orbis ferry sank off Kavala on Monday.",
    "Four people died when the Orbis ferry sank.",
    "4 people died as the ferry Orbis sank off Kavala.",
    "Eight people died when the Orbis ferry sank.",
    "Mayor Petros Alexiou visited Kavala harbour.",
    FILLER["a"],
    FILLER["b"],
]


@given(
    st.lists(st.lists(st.sampled_from(_CLAIMS), min_size=1, max_size=4), min_size=1, max_size=4),
    st.data(),
)
def test_cite_sentences_matches_the_all_pairs_reference(
    texts: list[list[str]], data: st.DataObject
) -> None:
    articles, sentences = story({f"a{k}": " ".join(t) for k, t in enumerate(texts)})
    chosen = data.draw(st.lists(st.sampled_from(sentences), min_size=1, max_size=3, unique=True))
    fast = cite_sentences(
        chosen,
        sentences=sentences,
        vectors=LexicalEmbedder().encode_rows([s.text for s in sentences]),
        articles=articles,
    )
    dense = cite_sentences(chosen, sentences=sentences, vectors=embed(sentences), articles=articles)
    expected = _reference_cite(chosen, sentences, articles)
    assert [[(c.article_id, c.sentence_index) for c in s.citations] for s in fast] == expected
    # As summarize calls it: the cluster's tokens and stem table handed in.
    words = [tokenize(s.text) for s in sentences]
    shared = cite_sentences(
        chosen,
        sentences=sentences,
        vectors=LexicalEmbedder().encode_rows([s.text for s in sentences], words=words),
        articles=articles,
        words=words,
        stems=stem_table(chain.from_iterable(words)),
    )
    assert shared == fast
    # The dense route's matrix-vector product may round identical rows apart
    # (BLAS blocking), so it may order copies differently or cite another copy.
    assert [sorted(c.article_id for c in s.citations) for s in dense] == [
        sorted(key[0] for key in keys) for keys in expected
    ]


_PIECES = st.sampled_from(
    ["Kerry", "Lavrov", "met", "in", "Sochi", "on", "Tuesday", "Monday", "four", "4", "a",
     "million", "twenty", "five", "-", "US", "NATO", "The", "\u201cThe", "(AP)", "said", ".",
     ",", "Mr.", "hours", "F.B.I.", "one"]
)  # fmt: skip
_SENTENCE = st.lists(_PIECES, min_size=1, max_size=10).map(" ".join)


@given(st.lists(st.lists(_SENTENCE, min_size=1, max_size=4), min_size=1, max_size=4))
def test_article_terms_are_the_union_of_sentence_profiles(texts: list[list[str]]) -> None:
    from synoptic.analyse.facts import _article_names, _article_numbers, _article_stems

    sentences = [
        Sentence(article_id=f"a{k}", index=i, start=0, end=len(t), text=t)
        for k, parts in enumerate(texts)
        for i, t in enumerate(parts)
    ]
    words, numbers, names = (
        _article_stems(sentences),
        _article_numbers(sentences),
        _article_names(sentences),
    )
    for k, parts in enumerate(texts):
        profiles = [claim_profile(t) for t in parts]
        content = set().union(*(p.content for p in profiles))
        assert words[f"a{k}"] == {c for c in content if not c.startswith("#")}
        assert numbers[f"a{k}"] == {c for c in content if c.startswith("#")}
        assert names[f"a{k}"] == set().union(*(p.names for p in profiles))


def test_weights_from_article_parts_are_the_weights_from_profiles() -> None:
    from synoptic.analyse.facts import _article_names, _article_numbers, _article_stems

    _, sentences = story(
        {
            "a": "Kerry met Lavrov in Sochi on Tuesday. Four people were hurt.",
            "b": "Kerry and Lavrov talked for 4 hours. NATO was not there.",
            "c": "Kerry flew home. Lavrov stayed in Moscow with NATO envoys.",
        }
    )
    profiles = [claim_profile(s.text) for s in sentences]
    eager = StoryWeights(zip((s.article_id for s in sentences), profiles, strict=True), 3)
    lazy = StoryWeights.of_articles(
        3,
        words=lambda: _article_stems(sentences),
        numbers=lambda: _article_numbers(sentences),
        names=lambda: _article_names(sentences),
    )
    for p in profiles:
        assert lazy.weight(p.content) == eager.weight(p.content)
        assert lazy.distinctive(p.names) == eager.distinctive(p.names)
    assert lazy.weight(["kerri", "sochi", "#4", "unseen"]) == eager.weight(
        ["kerri", "sochi", "#4", "unseen"]
    )


_NAMEISH = st.sampled_from(
    ["A", "Bc", "x", "é", "É", "'", "’", ".", "-", " ", "1", "US", "_", "\n"]
)


@given(st.lists(_NAMEISH, max_size=14).map("".join))
def test_name_pattern_matches_its_plain_form(text: str) -> None:
    import re

    from synoptic.analyse.facts import _NAME

    plain = re.compile(r"(?<![\w'’])[A-Z][\w'’.-]*[\w]|\b[A-Z]{2,}\b")
    assert [m.span() for m in _NAME.finditer(text)] == [m.span() for m in plain.finditer(text)]


def _reference_syndication(articles: Sequence[Article]) -> tuple[tuple[str, ...], ...]:
    """`find_syndication` by the obvious route: shingle sets of string tuples, every pair."""
    from synoptic.analyse.facts import SYNDICATION_JACCARD, _shingles
    from synoptic.linking import link_groups

    shingles = [_shingles(a.text) for a in articles]

    def wire_copy(i: int, j: int) -> bool:
        a, b = shingles[i], shingles[j]
        return bool(a and b) and len(a & b) / len(a | b) >= SYNDICATION_JACCARD

    groups = link_groups(len(articles), wire_copy)
    return tuple(tuple(articles[i].id for i in g) for g in groups if len(g) > 1)


_WIRE = st.lists(
    st.sampled_from(
        ["The Orbis ferry sank off Kavala", "on Sunday", "officials said", "Four people died",
         "4", "the", "ferry", "Kavala harbour", "Mayor Petros Alexiou"]
    ),
    max_size=8,
).map(" ".join)  # fmt: skip
# Wire copy: a few stories, each printed by several articles.
_COPIES = st.lists(_WIRE, min_size=1, max_size=3).flatmap(
    lambda stories: st.lists(st.sampled_from(stories), max_size=7)
)


@given(st.lists(_WIRE, max_size=7) | _COPIES)
@example(["on Sunday officials said", "on Sunday officials said"])  # one short shingle each
@example(["The Orbis ferry sank off Kavala", "The Orbis ferry sank off"])  # Jaccard 1/2
def test_find_syndication_matches_the_shingle_set_reference(texts: list[str]) -> None:
    articles = [Article(id=f"a{k}", text=t) for k, t in enumerate(texts)]
    assert find_syndication(articles) == _reference_syndication(articles)


@given(_COPIES.filter(bool), st.data())
def test_outlets_counted_lazily_as_when_syndication_is_found_first(
    texts: list[str], data: st.DataObject
) -> None:
    from synoptic.analyse.facts import _Outlets

    sources = data.draw(st.lists(st.sampled_from(["", "AP", "BBC"]), min_size=len(texts),
                                 max_size=len(texts)))  # fmt: skip
    articles = [Article(id=f"a{k}", text=t, source=s or None) for k, (t, s) in
                enumerate(zip(texts, sources, strict=True))]  # fmt: skip
    ids = data.draw(st.lists(st.sampled_from([a.id for a in articles] + ["elsewhere"])))
    eager = _Outlets(articles)
    groups = eager.syndicated
    outlet = {a.id: f"source:{a.source}" if a.source else a.id for a in articles}
    for group in groups:
        for article_id in group[1:]:
            outlet[article_id] = outlet[group[0]]
    expected = len({outlet.get(a, a) for a in ids})
    assert _Outlets(articles).count(ids) == expected == eager.count(ids)


_TEXTISH = st.lists(
    st.sampled_from(
        ["Kerry", "met", "a", "4", " ", ". ", "\n\n", "İ", "\u212a", "Σ", "…", "é", "-"]
    ),
    max_size=30,
).map("".join)


@given(_TEXTISH, st.lists(st.integers(0, 40), max_size=8), st.booleans())
def test_an_articles_tokens_joined_from_its_sentences_are_its_own(
    text: str, cuts: list[int], split: bool
) -> None:
    from synoptic.analyse.facts import _joined_tokens

    if split:  # the splitter's sentences
        sentences = list(split_sentences(Article(id="a", text=text)))
    else:  # any spans, in order: gaps with words in them, words cut in two
        bounds = sorted({min(c, len(text)) for c in cuts})
        sentences = [
            Sentence(article_id="a", index=k, start=s, end=e, text=text[s:e])
            for k, (s, e) in enumerate(zip(bounds[::2], bounds[1::2], strict=False))
        ]
    joined = _joined_tokens(text, sentences, [tokenize(s.text) for s in sentences])
    assert joined is None or joined == tokenize(text)


def test_tokens_joined_only_where_no_word_crosses_a_sentence_edge() -> None:
    from synoptic.analyse.facts import _joined_tokens

    def spans(text: str, *pairs: tuple[int, int]) -> list[Sentence]:
        return [
            Sentence(article_id="a", index=k, start=s, end=e, text=text[s:e])
            for k, (s, e) in enumerate(pairs)
        ]

    assert _joined_tokens(
        "Kerry met", spans("Kerry met", (0, 5), (6, 9)), [["kerry"], ["met"]]
    ) == [
        "kerry",
        "met",
    ]
    assert (
        _joined_tokens("Kerrymet", spans("Kerrymet", (0, 5), (5, 8)), [["kerry"], ["met"]]) is None
    )
    assert _joined_tokens("Kerry met", spans("Kerry met", (0, 5)), [["kerry"]]) is None
    assert _joined_tokens("x Kerry", spans("x Kerry", (2, 7)), [["kerry"]]) is None


@given(st.lists(_WIRE, max_size=6) | _COPIES)
def test_syndication_from_the_sentences_tokens_is_the_same(texts: list[str]) -> None:

    articles, sentences = story({f"a{k}": t for k, t in enumerate(texts)})
    words = [tokenize(s.text) for s in sentences]
    assert find_syndication(articles, sentences=sentences, words=words) == find_syndication(
        articles
    )
