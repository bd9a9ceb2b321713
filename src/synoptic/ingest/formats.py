"""Text → `Article` values, one function per input format.

Each parser takes decoded text (or a parsed JSON value), the file label it came
from and the id to fall back on, and yields `Article` or `Rejection` values.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Iterator, Mapping
from typing import Any

from synoptic.model import Article, Cluster, Rejection
from synoptic.patterns import compile_pattern

__all__ = [
    "article_from_record",
    "cluster_from_record",
    "looks_like_html",
    "parse_date",
    "parse_html",
    "parse_json_value",
    "parse_jsonl_line",
    "parse_text",
]

logger = logging.getLogger(__name__)

# A first line longer than this is a paragraph, not a headline: the file has no title.
MAX_TITLE_CHARS = 200

_ISO_DATE = compile_pattern(r"(\d{4})-(\d{2})-(\d{2})")
_HTML_START = compile_pattern(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|div|p|meta|title)\b",
    re.IGNORECASE | re.DOTALL,
)


def parse_date(value: object) -> dt.date | None:
    """A calendar date from an ISO date or timestamp string; None when unreadable."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    match = _ISO_DATE.match(text)
    if match:
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            pass
    logger.debug("unreadable date %r", value)
    return None


def parse_text(text: str, *, label: str, article_id: str) -> Article:
    """A plain-text or Markdown article: the first non-empty line is the title."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    head = lines[first].strip().lstrip("#").strip() if first < len(lines) else ""
    rest = "\n".join(lines[first + 1 :]).strip("\n")
    if not rest.strip() or len(head) > MAX_TITLE_CHARS:
        return Article(id=article_id, title="", text="\n".join(lines[first:]).strip(), path=label)
    return Article(id=article_id, title=head, text=rest, path=label)


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like an HTML document or fragment."""
    return _HTML_START.match(text[:4096]) is not None


def parse_html(text: str, *, label: str, article_id: str) -> Article | Rejection:
    """The main text and metadata of a web page, through trafilatura."""
    import trafilatura  # heavy import (lxml); only paid when HTML is read

    try:
        doc = trafilatura.bare_extraction(
            text, include_comments=False, with_metadata=True, include_tables=False
        )
    except Exception as error:  # trafilatura raises assorted lxml errors on broken pages
        return Rejection(source=label, stage="read", reason=f"unreadable HTML: {error}")
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        return Rejection(source=label, stage="read", reason="no article text found in HTML page")
    title = (getattr(doc, "title", None) or "").strip()
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    if lines and title and lines[0] == title:
        lines = lines[1:]
    return Article(
        id=article_id,
        title=title,
        # trafilatura puts one paragraph (or heading, or list item) per line.
        text="\n\n".join(lines),
        source=getattr(doc, "sitename", None) or None,
        url=getattr(doc, "url", None) or None,
        date=parse_date(getattr(doc, "date", None)),
        path=label,
    )


def article_from_record(
    record: Mapping[str, Any], *, label: str, default_id: str, source: str
) -> Article | Rejection:
    """An `Article` from a JSON object ``{title, text, date?, source?, url?, id?}``.

    ``source`` names the record in a rejection (``file:line`` or ``file#index``).
    """
    text = record.get("text")
    if not isinstance(text, str):
        return Rejection(source=source, stage="read", reason="article has no 'text' string")
    given = record.get("id")
    title = record.get("title")
    outlet = record.get("source")
    url = record.get("url")
    return Article(
        id=str(given) if given not in (None, "") else default_id,
        title=title.strip() if isinstance(title, str) else "",
        text=text,
        source=outlet if isinstance(outlet, str) and outlet else None,
        url=url if isinstance(url, str) and url else None,
        date=parse_date(record.get("date")),
        path=label,
    )


def cluster_from_record(
    record: Mapping[str, Any], *, label: str, source: str
) -> Cluster | Rejection:
    """A `Cluster` from ``{id, documents: [...], references: [...]}``."""
    documents = record.get("documents")
    if not isinstance(documents, list):
        return Rejection(source=source, stage="read", reason="cluster has no 'documents' list")
    cluster_id = str(record.get("id") or source)
    articles: list[Article] = []
    for index, document in enumerate(documents):
        if not isinstance(document, dict):
            return Rejection(
                source=source, stage="read", reason=f"document {index} is not a JSON object"
            )
        article = article_from_record(
            document, label=label, default_id=f"{cluster_id}#{index}", source=source
        )
        if isinstance(article, Rejection):
            return Rejection(
                source=source, stage="read", reason=f"document {index}: {article.reason}"
            )
        articles.append(article)
    references = record.get("references") or []
    if not isinstance(references, list):
        references = [references]
    return Cluster(
        id=cluster_id,
        articles=tuple(articles),
        references=tuple(str(r) for r in references),
    )


def _is_cluster(value: object) -> bool:
    return isinstance(value, dict) and isinstance(value.get("documents"), list)


def _cluster_articles(
    record: Mapping[str, Any], *, label: str, source: str
) -> Iterator[Article | Rejection]:
    """A cluster record's articles, or the one rejection that says why it is unusable."""
    cluster = cluster_from_record(record, label=label, source=source)
    if isinstance(cluster, Rejection):
        yield cluster
    else:
        yield from cluster.articles


def parse_json_value(value: object, *, label: str, stem: str) -> Iterator[Article | Rejection]:
    """Articles from a parsed ``.json`` file: one article, a list of them, or a cluster."""
    if _is_cluster(value):
        assert isinstance(value, dict)
        yield from _cluster_articles(value, label=label, source=label)
    elif isinstance(value, dict):
        yield article_from_record(value, label=label, default_id=stem, source=label)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            source = f"{label}#{index}"
            if isinstance(item, dict) and not _is_cluster(item):
                yield article_from_record(
                    item, label=label, default_id=f"{stem}#{index}", source=source
                )
            elif _is_cluster(item):
                yield from parse_json_value(item, label=label, stem=f"{stem}#{index}")
            else:
                yield Rejection(source=source, stage="read", reason="expected a JSON object")
    else:
        yield Rejection(source=label, stage="read", reason="expected a JSON object or list")


def parse_jsonl_line(
    line: str, *, label: str, stem: str, number: int
) -> Iterator[Article | Rejection]:
    """Articles from one JSONL line (an article object or a cluster); ``number`` from 1."""
    source = f"{label}:{number}"
    try:
        value = json.loads(line)
    except json.JSONDecodeError as error:
        yield Rejection(
            source=source, stage="read", reason=f"invalid JSON: {error.msg} (column {error.colno})"
        )
        return
    if _is_cluster(value):
        yield from _cluster_articles(value, label=label, source=source)
    elif isinstance(value, dict):
        yield article_from_record(value, label=label, default_id=f"{stem}#{number}", source=source)
    else:
        yield Rejection(source=source, stage="read", reason="expected a JSON object")
