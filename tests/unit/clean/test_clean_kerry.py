"""The bundled Kerry–Lavrov example comes out clean, and cleaning is idempotent."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from synoptic.clean import clean_article, clean_articles
from synoptic.ingest import read_articles
from synoptic.model import Article

KERRY = Path(__file__).resolve().parents[3] / "examples" / "kerry-lavrov"

NOISE = [
    "What is a Geopolitical Diary?",
    "[guardian.co.uk]",
    "[New York Times][Photo: Associated Press]",
    "Florian Sohnke",
    "Pingback",
    "Comments are closed",
    "Hillary’s gimmicky",
    "AP Photo",
    "walks across the Seine",
    "Join our WhatsApp group",
    "Subscribe to our Daily Roundup Email",
    "Listen to the VINnews podcast",
    "iTunes | Spotify",
    "Follow VINnews",
    "Connect with VINnews",
    "1 Comment",
    "Most Voted",
    "Inline Feedbacks",
    "PaulinSaudi",
    "years ago",
    "What do we get out of the deal?",
    "Advertisement",
    "shake hands as they pose for cameras",
    "Kerry left speaks with",
]

STORY = [
    "The secretary of state landed in Sochi, where he was due to meet Russian Foreign Minister",
    "At the same time, he said that Russia and the U.S. agree that implementing the Minsk",
    "It appears as if Kerry and Lavrov have their work cut out for them.",
    "“We made progress in the chemical weapons,” the State Department official said.",
    "Paris – The top U.S. and Russian diplomats are hoping to find a way to begin reversing",
    "On Monday, an annual meeting to foster dialogue between Russia and Germany",
    "Russian Federation and the US are at odds over the mechanics of a political transition",
    "“Of course, we wanted to continue the conversation between our presidents",
    "In Moscow, Kerry will ask for Russia’s full implementation of a February cease-fire",
]


def kerry() -> list[Article]:
    articles = [a for a in read_articles([KERRY]) if isinstance(a, Article)]
    assert len(articles) == 5
    return articles


def test_kerry_example_comes_out_clean() -> None:
    cleaned, rejected = clean_articles(kerry())
    assert rejected == []
    text = "\n\n".join(a.text for a in cleaned)
    for noise in NOISE:
        assert noise not in text, noise
    for sentence in STORY:
        assert sentence in text, sentence
    titles = [a.title for a in cleaned]
    assert titles[4] == "Kerry to address Turkey-Russia tensions with Putin"


def test_kerry_example_loses_no_story_paragraph() -> None:
    raw = kerry()
    cleaned, _ = clean_articles(raw)
    kept = sum(len(a.text.split("\n\n")) for a in cleaned)
    # 16 + 6 + 8 + 8 + 10 story paragraphs across the five files.
    assert kept == 48


def test_cleaning_the_example_twice_changes_nothing() -> None:
    once, _ = clean_articles(kerry())
    twice, _ = clean_articles(once)
    assert twice == once


LINES = st.sampled_from(
    [
        "Share",
        "Advertisement",
        "Join our WhatsApp group",
        "3 Comments",
        "Most Voted",
        "1. Jane Roe",
        "Comments are closed.",
        "(AP Photo/Jane Doe)",
        "[Tide] [Photo: Agency]",
        "Apple Podcasts | Spotify | Overcast",
        "What Happens Next",
        "7",
        "By Anna Marsh",
        "Mayor Ann Holt (L) and Paul Marsh shake hands in Eastbury on March 3, 2020.",
        "The council approved the barrier on Tuesday, officials said.",
        "Residents said they would share their concerns with the authority.",
        "Advertisement continue reading the main story The vote was close.",
        "Sign up for our daily newsletter.",
        "Share copy link",
        "Mayor Ann Holt walks on the bridge, Oct. 13, 2014. (AP Photo/Jane Doe)Eastbury – "
        "The vote was close.",
        "2 years ago",
        "Image copyright Agency image caption",
        "Image copyright reuters",
        "Council shuts barrier early posted: june 25, 2014 7: 29 pm edt",
        "share tweet",
        "facebook twitter google plus embed 0: 23",
        "Related coverage barrier fire eastbury, mass. ( wxyz ) —",
        "( reporting by jane doe; editing by john roe )",
        "video video eastbury ( wxyz ) -",
        "( courtesy of the council )",
        "To continue reading, please subscribe.",
        "Barrier wins award email this",
        "Barrier wins award share this story print email",
        "- continue reading below",
        "Exclusive:",
        "Related content barrier wins award",
        "Report this ad",
        "By jane doe - january 21, 2013",
        "By Jane Doe, The Eastbury Press",
        "Photograph: Jane Doe/Reuters",
        "Keep up with this story and more by subscribing now",
    ]
)
TEXTS = st.lists(
    st.one_of(LINES, st.text(min_size=0, max_size=80)), min_size=0, max_size=12
).flatmap(lambda parts: st.sampled_from(["\n\n", "\n", " "]).map(lambda sep: sep.join(parts)))


@settings(max_examples=150, deadline=None)
@given(text=TEXTS, title=st.one_of(st.just(""), LINES), repeat=st.booleans())
def test_cleaning_is_idempotent(text: str, title: str, repeat: bool) -> None:
    article = Article(id="a", title=title, text=text)
    repeated = frozenset({"the vote was close."}) if repeat else frozenset()
    once = clean_article(article, repeated=repeated)
    assert clean_article(once, repeated=repeated) == once


@settings(max_examples=50, deadline=None)
@given(texts=st.lists(TEXTS, min_size=1, max_size=4))
def test_batch_cleaning_is_idempotent(texts: list[str]) -> None:
    articles = [Article(id=str(n), text=t) for n, t in enumerate(texts)]
    once, _ = clean_articles(articles)
    twice, rejected = clean_articles(once)
    assert rejected == []
    assert twice == once


@settings(max_examples=150, deadline=None)
@given(text=TEXTS, repeat=st.booleans())
def test_cleaned_lines_are_the_split_of_the_cleaned_text(text: str, repeat: bool) -> None:
    # `clean_articles` reuses the lines a first cleaning leaves instead of splitting its text again.
    from synoptic.clean.cleaner import _clean_article, _Memo, split_lines

    repeated = frozenset({"the vote was close."}) if repeat else frozenset()
    article = Article(id="a", text=text)
    cleaned, lines = _clean_article(article, split_lines(text), repeated, _Memo())
    assert lines == split_lines(cleaned.text)
    assert all(line == " ".join(line.split()) for line in lines)


@given(st.text(alphabet=st.sampled_from(list(" ab\t\n\xa0\u2003\u3000\x1c\x85.")), max_size=12))
def test_collapse_is_split_and_join(text: str) -> None:
    from synoptic.clean.cleaner import _collapse

    assert _collapse(text) == " ".join(text.split())
