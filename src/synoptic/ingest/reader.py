"""Paths → `Article` / `Rejection` values, streamed one at a time.

Walks files, directories (recursively, by name, hidden files skipped) and ``-``
(stdin), dispatches each file on its extension (or, for stdin and files with no
extension, on its content), and turns every bad input into a `Rejection`.
"""

from __future__ import annotations

import codecs
import contextlib
import gzip
import io
import json
import logging
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import cast

from synoptic.ingest.decode import SNIFF_BYTES, decode_text, sniff_binary
from synoptic.ingest.formats import (
    cluster_from_record,
    looks_like_html,
    parse_html,
    parse_json_value,
    parse_jsonl_line,
    parse_text,
)
from synoptic.model import Article, Cluster, Rejection

__all__ = ["STDIN", "STDIN_LABEL", "SUPPORTED_SUFFIXES", "read_articles", "read_clusters"]

logger = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".jsonl.gz")
STDIN = "-"
STDIN_LABEL = "stdin"  # how a cluster read from stdin names its source
GZIP_MAGIC = b"\x1f\x8b"


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | Rejection]:
    """Read articles from files, directories and ``-`` (stdin), one at a time.

    Args:
        paths: Files, directories (read recursively, sorted by name, hidden
            files skipped, unsupported types skipped) and ``-`` for stdin.

    Yields:
        An `Article` per article read, or a `Rejection` per input that could
        not be read. Never raises for bad input.
    """
    seen: set[str] = set()
    for given in paths:
        for item in _read_path(given):
            if isinstance(item, Article):
                item = _unique(item, seen)
            yield item


def read_clusters(path: str | Path) -> Iterator[Cluster | Rejection]:
    """Read story clusters from cluster JSONL (optionally gzipped), line by line.

    Each line is ``{"id", "documents": [{"id", "text", "title"?, "date"?,
    "source"?}], "references": [...]}``; a bad line becomes a `Rejection`
    naming ``file:line`` and the reason, and reading goes on. ``-`` reads
    stdin (``stdin:line`` in rejections), gzipped or not as its first bytes say.
    """
    label = STDIN_LABEL if str(path) == STDIN else str(path)
    for number, line in _iter_lines(Path(path), label):
        if isinstance(line, Rejection):
            yield line
            if number == 0:
                return
            continue
        source = f"{label}:{number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            yield _reject(source, f"invalid JSON: {error.msg} (column {error.colno})")
            continue
        if not isinstance(value, dict):
            yield _reject(source, "expected a JSON object")
            continue
        yield cluster_from_record(value, label=label, source=source)


def _unique(article: Article, seen: set[str]) -> Article:
    """The article, renamed ``id~2``, ``id~3``... when another already took its id."""
    article_id, n = article.id, 1
    while article_id in seen:
        n += 1
        article_id = f"{article.id}~{n}"
    seen.add(article_id)
    if article_id == article.id:
        return article
    logger.debug("duplicate article id %r renamed %r", article.id, article_id)
    return Article(
        id=article_id,
        title=article.title,
        text=article.text,
        source=article.source,
        url=article.url,
        date=article.date,
        path=article.path,
        removed=article.removed,
    )


def _reject(source: str, reason: str) -> Rejection:
    return Rejection(source=source, stage="read", reason=reason)


def _os_reason(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    if isinstance(error, PermissionError):
        return "permission denied"
    return (error.strerror or str(error)).lower()


def _suffix(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".jsonl.gz"):
        return ".jsonl.gz"
    return path.suffix.lower()


def _read_path(given: str | Path) -> Iterator[Article | Rejection]:
    if str(given) == STDIN:
        yield from _read_stdin()
        return
    path = Path(given)
    try:
        is_dir = path.is_dir()
    except OSError as error:
        yield _reject(str(given), _os_reason(error))
        return
    if is_dir:
        found = False
        for item in _walk(path):
            found = True
            yield item
        if not found:
            kinds = " ".join(sorted(SUPPORTED_SUFFIXES))
            yield _reject(str(given), f"directory holds no article files ({kinds})")
    else:
        yield from _read_file(path, explicit=True)


def _walk(directory: Path) -> Iterator[Article | Rejection]:
    """Files under ``directory``, depth first, sorted by name; one listing held at a time."""
    try:
        with os.scandir(directory) as listing:
            entries = sorted(
                (e for e in listing if not e.name.startswith(".")), key=lambda e: e.name
            )
    except OSError as error:
        yield _reject(str(directory), _os_reason(error))
        return
    for entry in entries:
        path = directory / entry.name
        try:
            is_dir = entry.is_dir()
        except OSError as error:
            yield _reject(str(path), _os_reason(error))
            continue
        if is_dir:
            yield from _walk(path)
        elif _suffix(path) in SUPPORTED_SUFFIXES:
            yield from _read_file(path, explicit=False)
        else:
            logger.debug("skipping %s: unsupported file type", path)


def _read_file(path: Path, *, explicit: bool) -> Iterator[Article | Rejection]:
    label = str(path)
    suffix = _suffix(path)
    if suffix in (".jsonl", ".jsonl.gz"):
        yield from _read_jsonl(path, label)
        return
    if suffix and suffix not in SUPPORTED_SUFFIXES:
        yield _reject(label, f"unsupported file type {suffix}")
        return
    try:
        data = path.read_bytes()
    except OSError as error:
        yield _reject(label, _os_reason(error))
        return
    text = _decode(data, label)
    if isinstance(text, Rejection):
        yield text
        return
    stem = path.stem
    if suffix in (".txt", ".md"):
        yield parse_text(text, label=label, article_id=stem)
    elif suffix in (".html", ".htm"):
        yield parse_html(text, label=label, article_id=stem)
    elif suffix == ".json":
        yield from _read_json(text, label, stem)
    else:
        yield from _read_sniffed(text, label, stem)


def _decode(data: bytes, label: str) -> str | Rejection:
    """The text of a whole file, or why it cannot be used."""
    binary = sniff_binary(data[:SNIFF_BYTES])
    if binary:
        return _reject(label, binary)
    text = decode_text(data)
    if text is None:
        return _reject(label, "undecodable text (no encoding fits)")
    if not text.strip():
        return _reject(label, "empty file")
    return text


def _read_json(text: str, label: str, stem: str) -> Iterator[Article | Rejection]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        yield _reject(
            f"{label}:{error.lineno}", f"invalid JSON: {error.msg} (column {error.colno})"
        )
        return
    yield from parse_json_value(value, label=label, stem=stem)


def _read_sniffed(text: str, label: str, stem: str) -> Iterator[Article | Rejection]:
    """Stdin or a file without extension: HTML, JSON, JSONL or plain text, by content."""
    if looks_like_html(text):
        yield parse_html(text, label=label, article_id=stem)
        return
    start = text.lstrip()[:1]
    if start in ("{", "["):
        try:
            value = json.loads(text)
        except json.JSONDecodeError:
            pass
        else:
            yield from parse_json_value(value, label=label, stem=stem)
            return
        lines = text.splitlines()
        first = next((line for line in lines if line.strip()), "")
        try:
            json.loads(first)
        except json.JSONDecodeError:
            pass
        else:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    yield from parse_jsonl_line(line, label=label, stem=stem, number=number)
            return
    yield parse_text(text, label=label, article_id=stem)


def _read_stdin() -> Iterator[Article | Rejection]:
    stream = sys.stdin
    try:
        buffer = getattr(stream, "buffer", None)
        data = buffer.read() if buffer is not None else stream.read().encode("utf-8")
    except (OSError, ValueError) as error:
        yield _reject(STDIN, f"cannot read stdin: {error}")
        return
    text = _decode(data, STDIN)
    if isinstance(text, Rejection):
        yield text
        return
    yield from _read_sniffed(text, STDIN, "stdin")


def _read_jsonl(path: Path, label: str) -> Iterator[Article | Rejection]:
    stem = path.name.split(".")[0] or path.stem
    any_line = False
    for number, line in _iter_lines(path, label):
        any_line = True
        if isinstance(line, Rejection):
            yield line
            if number == 0:
                return
            continue
        yield from parse_jsonl_line(line, label=label, stem=stem, number=number)
    if not any_line:
        yield _reject(label, "empty file")


def _open(path: Path) -> contextlib.AbstractContextManager[gzip.GzipFile | io.BufferedReader]:
    """The file's bytes, unzipped when its name ends in ``.gz``; stdin for ``-``,
    unzipped when it opens with gzip's magic, and left open when done."""
    if str(path) == STDIN:
        stdin = sys.stdin.buffer  # a BufferedReader, unless replaced (peek needs one)
        buffer = cast(
            "io.BufferedReader",
            stdin if isinstance(stdin, io.BufferedReader) else io.BufferedReader(stdin),
        )
        if buffer.peek(len(GZIP_MAGIC)).startswith(GZIP_MAGIC):
            return gzip.GzipFile(fileobj=buffer, mode="rb")  # closing it leaves stdin open
        return contextlib.nullcontext(buffer)
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return path.open("rb")


def _iter_lines(path: Path, label: str) -> Iterator[tuple[int, str | Rejection]]:
    """Non-blank lines of a (gzipped) JSONL file, decoded, numbered from 1.

    A file that cannot be opened or read yields one ``(0, Rejection)`` and stops.
    """
    try:
        with _open(path) as stream:
            head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES] if hasattr(stream, "peek") else b""
            binary = sniff_binary(head)
            if binary:
                yield 0, _reject(label, binary)
                return
            if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                text = decode_text(stream.read())
                if text is None:
                    yield 0, _reject(label, "undecodable text (no encoding fits)")
                    return
                for number, line in enumerate(text.splitlines(), start=1):
                    if line.strip():
                        yield number, line
                return
            for number, raw in enumerate(stream, start=1):
                if number == 1 and raw.startswith(codecs.BOM_UTF8):
                    raw = raw[len(codecs.BOM_UTF8) :]
                if not raw.strip():
                    continue
                decoded = decode_text(raw)
                if decoded is None:
                    yield number, _reject(f"{label}:{number}", "undecodable text")
                    continue
                yield number, decoded
    except gzip.BadGzipFile as error:
        yield 0, _reject(label, f"corrupt gzip file: {error}")
    except OSError as error:
        yield 0, _reject(label, _os_reason(error))
    except (EOFError, zlib.error) as error:
        yield 0, _reject(label, f"corrupt gzip file: {error}")
