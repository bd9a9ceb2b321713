"""The brief tells undated articles oldest first, by the dates their own text gives."""

from __future__ import annotations

from synoptic import BriefConfig, brief
from synoptic.model import Article

LATER = Article(
    id="a-later",
    title="Ministers meet again on the river treaty",
    text=(
        "The river ministers met again in Vienna on Dec. 15, 2015, to review the water treaty. "
        "They agreed that drought quotas for the river had worked well during the dry summer."
    ),
)
EARLIER = Article(
    id="z-earlier",
    title="Ministers sign the river treaty",
    text=(
        "The river ministers signed the water treaty in Geneva on Oct. 13, 2014, after years of "
        "talks. The treaty sets drought quotas for the river and a joint commission to run it."
    ),
)


def test_undated_articles_are_told_oldest_first() -> None:
    config = BriefConfig(words=80, embedder="lexical", analyse=False)
    result = brief([LATER, EARLIER], config=config)
    told = [s.sentence.article_id for s in result.summary.sentences]
    assert "a-later" in told and "z-earlier" in told
    assert told.index("z-earlier") < told.index("a-later")
    # The brief keeps the metadata as read: the inferred dates only order the summary.
    assert all(a.date is None for a in result.articles)
