"""Peer systems for side-by-side runs: a `Cluster` → the summary's sentences, best first.

Every peer sees the same sentences: `synoptic.text.split_sentences` on the
cluster's articles as given (no cleaning), so differences in score come from
selection, not from splitting. A peer returns more words than the budget when
it likes; the runner cuts every summary at the same word count.

* ``lead``: the newest article's first sentences (Nenkova 2005's baseline).
* ``lead5``: the first five sentences of every article, in input order (the
  "First-k" baseline of Multi-News, Fabbri et al. 2019).
* ``lexrank``: sumy's LexRank (Erkan & Radev 2004).
* ``textrank``: sumy's TextRank (Mihalcea & Tarau 2004).
* ``centroid``: TF-IDF centroid (Radev, Jing, Styś & Tam 2004), greedy with a
  redundancy check.
* ``oracle``: greedy extractive ROUGE oracle (see `synoptic.evaluate.oracle`).
* ``synoptic``: the product's fast path, `synoptic.pipeline.summarize`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from synoptic.errors import ConfigError, MissingDependencyError
from synoptic.evaluate.oracle import oracle_summary
from synoptic.evaluate.rouge import Measure
from synoptic.model import Article, Cluster, Sentence
from synoptic.text import content_words, split_sentences, split_text, tokenize

__all__ = [
    "SYSTEMS",
    "System",
    "centroid_summary",
    "cluster_sentences",
    "get_system",
    "lead_each_summary",
    "lead_summary",
    "lexrank_summary",
    "synoptic_summary",
    "textrank_summary",
]

System = Callable[..., list[str]]
"""``system(cluster, *, words, measure) -> sentences``: a summary, best or reading order."""

# Sentences of each article in the lead-each baseline: the issue's "first five
# sentences of every article" (Fabbri et al. 2019 report First-1 to First-3).
LEAD_EACH = 5
# Radev et al. 2004 keep the centroid's highest-weighted words; 100 is MEAD's default size.
CENTROID_WORDS = 100
# A sentence this similar (cosine) to one already chosen adds nothing new.
CENTROID_REDUNDANCY = 0.6
# Fragments shorter than this (datelines, bylines) never enter a centroid summary.
CENTROID_MIN_WORDS = 6


def cluster_sentences(cluster: Cluster) -> list[Sentence]:
    """Every sentence of the cluster's articles, in article then reading order."""
    return [s for article in cluster.articles for s in split_sentences(article)]


def synoptic_summary(cluster: Cluster, *, words: int, measure: Measure = "recall") -> list[str]:
    """The product's summary (`synoptic.pipeline.summarize`)."""
    from synoptic import pipeline

    summary = pipeline.summarize(cluster.articles, words=words)
    return [s.sentence.text for s in summary.sentences]


def lead_summary(cluster: Cluster, *, words: int, measure: Measure = "recall") -> list[str]:
    """The first sentences of the newest article (by date; else the first article)."""
    order = sorted(
        range(len(cluster.articles)),
        key=lambda i: (_date_key(cluster.articles[i].date), -i),
        reverse=True,
    )
    for i in order:
        sentences = split_sentences(cluster.articles[i])
        if sentences:
            return _fill([s.text for s in sentences], words)
    return []


def lead_each_summary(
    cluster: Cluster, *, words: int, measure: Measure = "recall", per_article: int = LEAD_EACH
) -> list[str]:
    """The first ``per_article`` sentences of every article, articles in input order."""
    return _fill([s.text for s in cluster_sentences(cluster) if s.index < per_article], words)


def _date_key(date: dt.date | None) -> dt.date:
    return date or dt.date.min


def _fill(texts: Sequence[str], words: int) -> list[str]:
    """The texts, in order, until they hold at least ``words`` words."""
    kept: list[str] = []
    total = 0
    for text in texts:
        if total >= words:
            break
        kept.append(text)
        total += len(text.split())
    return kept


class _SumyTokenizer:
    """sumy's tokenizer protocol on synoptic's splitter (sumy's own needs NLTK punkt data)."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(paragraph[start:end] for start, end, _ in split_text(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(tokenize(sentence))


def _sumy_document(articles: Sequence[Article]) -> Any:
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    tokenizer = _SumyTokenizer()
    paragraphs = []
    for article in articles:
        sentences = [SumySentence(s.text, tokenizer) for s in split_sentences(article)]
        if sentences:
            paragraphs.append(Paragraph(sentences))
    return ObjectDocumentModel(paragraphs)


def _sumy_summary(name: str, cluster: Cluster, words: int) -> list[str]:
    """Run a sumy summarizer and keep its best-rated sentences until the budget is met.

    sumy asks for a sentence *count*; a callable count receives the sentences
    sorted by rating, which lets us take exactly enough of them for ``words``.
    """
    try:
        from sumy.nlp.stemmers import Stemmer
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.summarizers.text_rank import TextRankSummarizer
        from sumy.utils import get_stop_words
    except ImportError:  # pragma: no cover - depends on the environment
        raise MissingDependencyError("sumy", "eval") from None
    kind = LexRankSummarizer if name == "lexrank" else TextRankSummarizer
    summarizer = kind(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    chosen: list[str] = []

    def enough(rated: Sequence[Any]) -> Sequence[Any]:
        total = 0
        for count, info in enumerate(rated):
            if total >= words:
                rated = rated[:count]
                break
            total += len(str(info.sentence).split())
        chosen.extend(str(info.sentence) for info in rated)
        return rated

    summarizer(_sumy_document(cluster.articles), enough)
    return chosen


def lexrank_summary(cluster: Cluster, *, words: int, measure: Measure = "recall") -> list[str]:
    """sumy's LexRank (Erkan & Radev 2004), best-rated sentences first."""
    return _sumy_summary("lexrank", cluster, words)


def textrank_summary(cluster: Cluster, *, words: int, measure: Measure = "recall") -> list[str]:
    """sumy's TextRank (Mihalcea & Tarau 2004), best-rated sentences first."""
    return _sumy_summary("textrank", cluster, words)


def centroid_summary(cluster: Cluster, *, words: int, measure: Measure = "recall") -> list[str]:
    """TF-IDF centroid summary (Radev et al. 2004, "Centroid-based summarization").

    Sentences are TF-IDF vectors of their stemmed content words (IDF over the
    cluster's sentences: no background corpus is available offline). The
    centroid is the mean of the articles' TF-IDF vectors, kept to its
    `CENTROID_WORDS` heaviest words. Sentences are taken by cosine to the
    centroid, skipping any too similar to one already taken.
    """
    sentences = [s for s in cluster_sentences(cluster) if len(s.text.split()) >= CENTROID_MIN_WORDS]
    if not sentences:
        return []
    bags = [Counter(content_words(s.text)) for s in sentences]
    vocabulary = {term: i for i, term in enumerate(sorted({t for bag in bags for t in bag}))}
    if not vocabulary:
        return []
    matrix = np.zeros((len(bags), len(vocabulary)), dtype=np.float64)
    for row, bag in enumerate(bags):
        for term, count in bag.items():
            matrix[row, vocabulary[term]] = count
    document_frequency = (matrix > 0).sum(axis=0)
    idf = np.log((1 + len(bags)) / (1 + document_frequency)) + 1.0
    tfidf = matrix * idf
    articles = [s.article_id for s in sentences]
    per_article = [
        tfidf[[i for i, a in enumerate(articles) if a == article]].sum(axis=0)
        for article in dict.fromkeys(articles)
    ]
    centroid = np.mean(per_article, axis=0)
    if len(vocabulary) > CENTROID_WORDS:
        centroid[np.argsort(centroid)[:-CENTROID_WORDS]] = 0.0
    unit = tfidf / np.maximum(np.linalg.norm(tfidf, axis=1, keepdims=True), 1e-12)
    scores = unit @ (centroid / max(float(np.linalg.norm(centroid)), 1e-12))
    chosen: list[int] = []
    total = 0
    for i in np.argsort(-scores, kind="stable"):
        if total >= words:
            break
        if chosen and float(np.max(unit[chosen] @ unit[i])) > CENTROID_REDUNDANCY:
            continue
        chosen.append(int(i))
        total += len(sentences[i].text.split())
    return [sentences[i].text for i in chosen]


def _oracle(cluster: Cluster, *, words: int, measure: Measure = "recall") -> list[str]:
    return oracle_summary(
        [s.text for s in cluster_sentences(cluster)],
        cluster.references,
        words=words,
        measure=measure,
    )


SYSTEMS: dict[str, System] = {
    "synoptic": synoptic_summary,
    "lead": lead_summary,
    "lead5": lead_each_summary,
    "lexrank": lexrank_summary,
    "textrank": textrank_summary,
    "centroid": centroid_summary,
    "oracle": _oracle,
}


def get_system(name: str) -> System:
    """The system registered under ``name``.

    Raises:
        ConfigError: No system has that name.
    """
    try:
        return SYSTEMS[name]
    except KeyError:
        raise ConfigError(f"unknown system {name!r}; choose from {', '.join(SYSTEMS)}") from None
