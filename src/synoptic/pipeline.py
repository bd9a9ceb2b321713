"""Composes the stages; the only module front ends (CLI, batch, eval) call.

Two paths share the same stages:

* `summarize`: read → clean → split → select → cite with lexical vectors.
  Fast and light (no neural model, no parser): what ``synoptic batch`` and
  ``synoptic eval`` run on thousands of clusters.
* `brief`: the same, with dense sentence embeddings for citing paraphrases,
  and the story analysis (facts, timeline, quotes, entities, conflicts).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import replace
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from synoptic.analyse.facts import cite_sentences
from synoptic.clean import clean_articles
from synoptic.config import BriefConfig
from synoptic.embed import Embedder
from synoptic.embed.lexical import LexicalEmbedder, LexicalRows
from synoptic.errors import InputError
from synoptic.ingest import read_articles
from synoptic.model import Article, Brief, Rejection, Sentence, Summary
from synoptic.registry import load_embedder
from synoptic.select import SelectParams, is_unfit, select_sentences
from synoptic.text import content_words, split_sentences
from synoptic.text.datelines import story_text
from synoptic.text.tokens import stem_table, tokenize

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["brief", "read_articles", "summarize"]

_QUOTE_OPENINGS = SelectParams().quote_openings

logger = logging.getLogger(__name__)

Source = str | Path | Article

# What a brief's two threads import (`_parse_meanwhile`), imported before the second
# starts: the analysis stages and date inference that this thread runs, the modules
# both spaCy's load and MiniLM's import (reading a package's files), and MiniLM's own
# module. The rest of spaCy's tree and of ONNX Runtime's share no module, so neither
# thread's import ever waits on the other's (tests/integration/test_brief_threads.py
# checks that the two trees stay apart).
_IMPORTED_FIRST = (
    "importlib.readers",
    "importlib.resources.readers",
    "zipfile",
    "synoptic.analyse.conflicts",
    "synoptic.analyse.entities",
    "synoptic.analyse.facts",
    "synoptic.analyse.nlp",
    "synoptic.analyse.quotes",
    "synoptic.analyse.timeline",
    "synoptic.embed.minilm",
    "synoptic.text.dates",
)


def _gather(inputs: Iterable[Source]) -> tuple[list[Article], list[Rejection]]:
    """Articles from paths (read) and ready `Article` values, with the rejections."""
    articles: list[Article] = []
    rejected: list[Rejection] = []
    paths: list[str | Path] = []
    for item in inputs:
        if isinstance(item, Article):
            articles.append(item)
        else:
            paths.append(item)
    for result in read_articles(paths):
        if isinstance(result, Rejection):
            rejected.append(result)
        else:
            articles.append(result)
    return articles, rejected


def _prepare(
    articles: Sequence[Article], rejected: list[Rejection]
) -> tuple[tuple[Article, ...], tuple[Sentence, ...]]:
    """Clean and split; articles left with no sentence are rejected, not kept."""
    cleaned, clean_rejected = clean_articles(articles)
    rejected.extend(clean_rejected)
    kept: list[Article] = []
    sentences: list[Sentence] = []
    for article in cleaned:
        split = split_sentences(article)
        if not split:
            rejected.append(
                Rejection(
                    source=article.path or article.id,
                    stage="split",
                    reason="no sentence left after cleaning",
                )
            )
            continue
        kept.append(article)
        sentences.extend(split)
    if not kept:
        raise InputError(_nothing_usable(rejected), rejected)
    return tuple(kept), tuple(sentences)


def _nothing_usable(rejected: Sequence[Rejection]) -> str:
    if not rejected:
        return "no input: give at least one article (a file, a directory or -)"
    if len(rejected) == 1:
        return f"no usable article: {rejected[0].source}: {rejected[0].reason}"
    return f"no usable article: all {len(rejected)} inputs were rejected"


def _summarize(
    articles: tuple[Article, ...],
    sentences: tuple[Sentence, ...],
    vectors: NDArray[np.float32] | LexicalRows,
    words: int,
    *,
    dated: Sequence[Article] | None = None,
    tokens: Sequence[list[str]] | None = None,
    stems: Mapping[str, str] | None = None,
) -> Summary:
    """Select and cite; ``dated`` (the articles with inferred dates) orders the selection.

    ``tokens``: each sentence's `tokenize` tokens, and ``stems`` their `stem_table`,
    when the caller has them.
    """
    selected = select_sentences(
        sentences, articles=dated or articles, words=words, tokens=tokens, stems=stems
    )
    cited = cite_sentences(
        selected,
        sentences=sentences,
        vectors=vectors,
        articles=articles,
        words=tokens,
        stems=stems,
    )
    return Summary(sentences=cited, budget=words)


def summarize(articles: Sequence[Article], *, words: int = BriefConfig().words) -> Summary:
    """A cited extractive summary, on the fast path (no neural model, no parser).

    Args:
        articles: The story's articles, raw (they are cleaned here).
        words: Word budget.

    Returns:
        The summary; its sentences cite every article that reports them.

    Raises:
        InputError: No article has any usable text.
    """
    budget = BriefConfig(words=words).words  # validates the budget
    kept, sentences = _prepare(articles, [])
    # The lexical vectors kept sparse: citing compares only the selected rows
    # with the rest, so the dense (n, 2048) array is never needed here.
    # One tokenisation of the cluster, and one stem per distinct token, shared
    # by the vectors and the citations.
    texts = [s.text for s in sentences]
    tokens = list(map(tokenize, texts))
    stems = stem_table(chain.from_iterable(tokens))
    vectors = LexicalEmbedder().encode_rows(texts, words=tokens, stems=stems)
    return _summarize(kept, sentences, vectors, budget, tokens=tokens, stems=stems)


def brief(
    inputs: Iterable[Source],
    *,
    words: int = BriefConfig().words,
    config: BriefConfig | None = None,
    embedder: Embedder | None = None,
) -> Brief:
    """Read a story's articles and tell the story.

    Args:
        inputs: Paths (files, directories, ``-`` for stdin) and/or `Article` values.
        words: Word budget of the summary (ignored when ``config`` is given).
        config: All settings; defaults to ``BriefConfig(words=words)``.
        embedder: A loaded embedder to use instead of loading ``config.embedder``
            (lets a caller load the model once for many briefs).

    Returns:
        The brief: cited summary, facts, timeline, quotes, entities, conflicts,
        and the inputs that were rejected.

    Raises:
        InputError: No usable article at all.
    """
    config = config or BriefConfig(words=words)
    articles, rejected = _gather(inputs)
    kept, sentences = _prepare(articles, rejected)
    with _parse_meanwhile(kept, config.analyse) as parsed:
        embedder = embedder or load_embedder(config.embedder)
        vectors = embedder.encode([s.text for s in sentences])
        dated = _with_inferred_dates(kept, sentences)
        summary = _summarize(kept, sentences, vectors, config.words, dated=dated)
        title = _title(kept, summary)
        inferred = tuple(
            (a.id, d.date) for a, d in zip(kept, dated, strict=True) if a.date is None and d.date
        )
        if parsed is None:
            return Brief(
                title=title,
                articles=kept,
                sentences=sentences,
                summary=summary,
                rejected=tuple(rejected),
                inferred_dates=inferred,
            )
        docs = parsed.result()
    # Imported by `_parse_meanwhile` already; only for briefs, so the fast path
    # (`summarize`, what `synoptic batch` runs) never pays for them.
    from synoptic.analyse.conflicts import find_conflicts
    from synoptic.analyse.entities import find_entities
    from synoptic.analyse.facts import group_facts
    from synoptic.analyse.quotes import find_quotes
    from synoptic.analyse.timeline import build_timeline

    stated = [_states_a_claim(s) for s in sentences]
    return Brief(
        title=title,
        articles=kept,
        sentences=sentences,
        summary=summary,
        facts=group_facts(sentences, vectors=vectors, articles=kept, stated=stated),
        timeline=build_timeline(kept, sentences, docs=docs, stated=stated),
        quotes=find_quotes(kept, sentences, docs=docs),
        entities=find_entities(kept, docs=docs),
        conflicts=find_conflicts(sentences, vectors=vectors, articles=kept),
        rejected=tuple(rejected),
        inferred_dates=inferred,
    )


@contextmanager
def _parse_meanwhile(
    articles: Sequence[Article], analyse: bool
) -> Iterator[Future[dict[str, Doc]] | None]:
    """spaCy's parse of the articles, begun on a thread of its own; None without analysis.

    Importing spaCy and loading its model take most of a brief's time, Python code
    that holds the GIL; meanwhile the caller's thread loads MiniLM and embeds the
    sentences, ONNX inference that releases it, and selects the summary (the Kerry
    example's whole `synoptic brief`: 2.53 s against 2.01, best of five, in turn).
    The thread's errors (a missing model, say) are raised where the caller asks the
    future for its result.
    """
    if not analyse:
        yield None
        return
    for name in _IMPORTED_FIRST:
        importlib.import_module(name)
    from synoptic.analyse.nlp import load_nlp, parse_articles

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="synoptic-spacy") as pool:
        yield pool.submit(lambda: parse_articles(load_nlp(), articles))


def _states_a_claim(sentence: Sentence) -> bool:
    """Whether a sentence, past any dateline, is one a summary could show
    (`synoptic.select.is_unfit`, a whole quote allowed as selection allows it): a
    fact's wording and a timeline entry's must be too."""
    return not is_unfit(
        story_text(sentence), quote_openings=_QUOTE_OPENINGS, lead=sentence.index == 0
    )


def _title(articles: Sequence[Article], summary: Summary) -> str:
    """The headline that shares most content words with the summary (ties: first article)."""
    told = set(content_words(summary.text))
    titled = [a.title for a in articles if a.title]
    if not titled:
        return "Untitled story"
    return max(titled, key=lambda title: len(told.intersection(content_words(title))))


def _with_inferred_dates(
    articles: Sequence[Article], sentences: Sequence[Sentence]
) -> tuple[Article, ...]:
    """The articles, each undated one given the date its own text implies.

    Selection orders a summary oldest article first; pages without date
    metadata (the example's five) would otherwise all tie, and a 2014 meeting
    could be told after a 2015 one. The brief itself keeps the metadata as read.
    """
    # Date inference (a large module of patterns) loads only for briefs, which
    # order by it; `summarize` never needs it.
    from synoptic.text.dates import infer_article_date

    by_article: dict[str, list[Sentence]] = {}
    for sentence in sentences:
        by_article.setdefault(sentence.article_id, []).append(sentence)
    out = []
    for article in articles:
        if article.date is None:
            date, _ = infer_article_date(article, by_article.get(article.id, []))
            if date is not None:
                article = replace(article, date=date)
        out.append(article)
    return tuple(out)
