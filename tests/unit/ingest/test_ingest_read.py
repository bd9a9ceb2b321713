"""Reading: every format, every kind of bad input, streaming."""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import io
import json
import os
import sys
import types
from pathlib import Path

import pytest

from synoptic.ingest import read_articles, read_clusters
from synoptic.ingest import reader as reader_module
from synoptic.model import Article, Cluster, Rejection

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "ingest"
BODY = "The council met on Tuesday.\n\nIt approved the budget after a long debate."


def read(*paths: str | Path) -> list[Article | Rejection]:
    return list(read_articles(paths))


def only(items: list[Article | Rejection]) -> Article | Rejection:
    assert len(items) == 1, items
    return items[0]


def article(item: Article | Rejection) -> Article:
    assert isinstance(item, Article), item
    return item


def rejection(item: Article | Rejection) -> Rejection:
    assert isinstance(item, Rejection), item
    assert item.stage == "read"
    return item


# --- formats -------------------------------------------------------------------


def test_txt_first_line_is_title(tmp_path: Path) -> None:
    path = tmp_path / "budget.txt"
    path.write_text(f"\n\nCouncil passes budget\n\n{BODY}\n", encoding="utf-8")
    a = article(only(read(path)))
    assert (a.id, a.title, a.text, a.path) == ("budget", "Council passes budget", BODY, str(path))


def test_md_strips_heading_marks(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(f"# Council passes budget\n\n{BODY}", encoding="utf-8")
    assert article(only(read(path))).title == "Council passes budget"


def test_txt_single_paragraph_has_no_title(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text("Only one line of story text here.", encoding="utf-8")
    a = article(only(read(path)))
    assert (a.title, a.text) == ("", "Only one line of story text here.")


def test_html_page_main_text_and_metadata() -> None:
    a = article(only(read(FIXTURES / "page.html")))
    assert a.id == "page"
    assert a.title == "Harbour bridge reopens after repairs"
    assert a.source == "The Coastal Ledger"
    assert a.date == dt.date(2021, 3, 4)
    paragraphs = a.text.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("The harbour bridge reopened")
    for noise in ("Home", "Share on Facebook", "2 Comments", "About time", "All rights reserved"):
        assert noise not in a.text


def test_html_without_text_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title></head><body><div></div></body></html>")
    assert "no article text" in rejection(only(read(path))).reason


def test_json_single_article(tmp_path: Path) -> None:
    path = tmp_path / "story.json"
    record = {
        "title": "T",
        "text": BODY,
        "date": "2015-05-12T10:00:00Z",
        "source": "Wire",
        "url": "https://example.org/x",
    }
    path.write_text(json.dumps(record), encoding="utf-8")
    a = article(only(read(path)))
    assert (a.id, a.title, a.source, a.url) == ("story", "T", "Wire", "https://example.org/x")
    assert a.date == dt.date(2015, 5, 12)


def test_json_list_uses_given_id_else_index(tmp_path: Path) -> None:
    path = tmp_path / "many.json"
    path.write_text(json.dumps([{"id": "x", "text": "A."}, {"text": "B."}, 7]), encoding="utf-8")
    items = read(path)
    assert [getattr(i, "id", None) for i in items[:2]] == ["x", "many#1"]
    assert rejection(items[2]).source == f"{path}#2"


def test_json_cluster_yields_its_documents(tmp_path: Path) -> None:
    path = tmp_path / "cluster.json"
    cluster = {
        "id": "c1",
        "documents": [{"id": "d0", "text": "A."}, {"text": "B."}],
        "references": ["S."],
    }
    path.write_text(json.dumps(cluster), encoding="utf-8")
    assert [article(i).id for i in read(path)] == ["d0", "c1#1"]


def test_json_invalid_is_rejected_with_position(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"title": "x",\n "text": }', encoding="utf-8")
    r = rejection(only(read(path)))
    assert r.source == f"{path}:2" and "invalid JSON" in r.reason


def test_jsonl_articles_clusters_and_a_bad_line() -> None:
    path = FIXTURES / "articles.jsonl"
    items = read(path)
    assert [type(i).__name__ for i in items] == [
        "Article",
        "Article",
        "Rejection",
        "Article",
        "Article",
    ]
    first = article(items[0])
    assert (first.id, first.source, first.date) == ("a1", "County News", dt.date(2022, 1, 10))
    assert article(items[1]).id == "articles#2"
    bad = rejection(items[2])
    assert bad.source == f"{path}:3" and "invalid JSON" in bad.reason
    assert [article(i).id for i in items[3:]] == ["d1-0", "d1#1"]


def test_jsonl_gz(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as stream:
        stream.write(json.dumps({"id": "g", "text": "Zipped."}) + "\n")
    assert article(only(read(path))).text == "Zipped."


def test_duplicate_ids_are_made_unique(tmp_path: Path) -> None:
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "same.txt").write_text(f"T\n\n{BODY}", encoding="utf-8")
    assert [article(i).id for i in read(tmp_path)] == ["same", "same~2"]


# --- encodings -----------------------------------------------------------------


@pytest.mark.parametrize(
    "encoded",
    [
        "Café in Zürich\n\nThe café reopened — “finally”.".encode(),
        codecs.BOM_UTF8 + "Café in Zürich\n\nThe café reopened — “finally”.".encode(),
        "Café in Zürich\n\nThe café reopened — “finally”.".encode("utf-16"),
        "Café in Zürich\n\nThe café reopened — “finally”.".encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "cp1252"],
)
def test_encodings(tmp_path: Path, encoded: bytes) -> None:
    path = tmp_path / "cafe.txt"
    path.write_bytes(encoded)
    a = article(only(read(path)))
    assert a.title == "Café in Zürich"
    assert a.text == "The café reopened — “finally”."


def test_latin1_text(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    text = "Élection à Montréal\n\nLe député a déclaré que la séance était terminée. " * 3
    path.write_bytes(text.encode("latin-1"))
    assert article(only(read(path))).title == "Élection à Montréal"


# --- bad input ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        (
            "image.txt",
            b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
            "binary file (looks like PNG image)",
        ),
        (
            "doc.txt",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
            "binary file (looks like PDF document)",
        ),
        ("a.json", b"PK\x03\x04" + b"\x00" * 40, "binary file (looks like ZIP archive)"),
        ("a.jsonl", gzip.compress(b'{"text": "x"}\n'), "binary file (looks like gzip archive)"),
        ("nul.txt", b"Title\n\nSome\x00text\x00with\x00nuls", "binary file (contains NUL bytes)"),
        (
            "ctl.md",
            bytes([1, 2, 3, 4, 5, 6, 7, 65] * 50),
            "binary file (mostly control characters)",
        ),
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\t\n  \n", "empty file"),
        ("blank.jsonl", b"\n\n", "empty file"),
    ],
)
def test_bad_files_are_rejected(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    r = rejection(only(read(path)))
    assert (r.source, r.reason) == (str(path), reason)


def test_undecodable_text_is_rejected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(b"Title\n\n\xff\xfe\xfa broken \x81\x8d\x8f\x90\x9d bytes")
    monkeypatch.setattr(
        "synoptic.ingest.decode.from_bytes",
        lambda data: types.SimpleNamespace(best=lambda: None),
    )
    assert "undecodable" in rejection(only(read(path))).reason


def test_missing_path_is_rejected(tmp_path: Path) -> None:
    r = rejection(only(read(tmp_path / "nope.txt")))
    assert r.reason == "no such file or directory"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX, not root")
def test_unreadable_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("T\n\nBody.", encoding="utf-8")
    path.chmod(0)
    try:
        assert rejection(only(read(path))).reason == "permission denied"
    finally:
        path.chmod(0o600)


def test_unsupported_type_named_explicitly_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "sheet.xyz"
    path.write_text("a,b", encoding="utf-8")
    assert rejection(only(read(path))).reason == "unsupported file type .xyz"


def test_file_without_extension_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "README"
    path.write_text(f"Council passes budget\n\n{BODY}", encoding="utf-8")
    assert article(only(read(path))).title == "Council passes budget"


# --- directories and stdin -----------------------------------------------------------


def test_directory_walk_is_recursive_sorted_and_skips_hidden_and_unsupported(
    tmp_path: Path,
) -> None:
    (tmp_path / "b.txt").write_text("B\n\nBody b.", encoding="utf-8")
    (tmp_path / "a.md").write_text("A\n\nBody a.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("H\n\nHidden.", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x,y", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("C\n\nBody c.", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "d.txt").write_text("D\n\nBody d.", encoding="utf-8")
    assert [article(i).id for i in read(tmp_path)] == ["a", "b", "c"]


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, f"Council passes budget\n\n{BODY}".encode())
    a = article(only(read("-")))
    assert (a.id, a.path, a.title) == ("stdin", "-", "Council passes budget")


def test_stdin_html(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, (FIXTURES / "page.html").read_bytes())
    assert article(only(read("-"))).title == "Harbour bridge reopens after repairs"


def test_stdin_json_and_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, json.dumps({"id": "j", "text": "Json."}).encode())
    assert article(only(read("-"))).id == "j"
    _stdin(monkeypatch, b'{"text": "One."}\n{"text": "Two."}\n')
    assert [article(i).text for i in read("-")] == ["One.", "Two."]


def test_stdin_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, b"")
    r = rejection(only(read("-")))
    assert (r.source, r.reason) == ("-", "empty file")


# --- streaming -------------------------------------------------------------------------


def test_reading_streams_one_file_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(2000):
        (tmp_path / f"{n:04d}.txt").write_text(f"Title {n}\n\nBody {n}.", encoding="utf-8")
    opened: list[Path] = []
    real = reader_module._read_file

    def counting(path: Path, *, explicit: bool):  # type: ignore[no-untyped-def]
        opened.append(path)
        return real(path, explicit=explicit)

    monkeypatch.setattr(reader_module, "_read_file", counting)
    stream = read_articles([tmp_path])
    assert isinstance(stream, types.GeneratorType)
    assert opened == []
    assert article(next(stream)).id == "0000"
    assert len(opened) == 1
    assert sum(1 for _ in stream) == 1999


# --- clusters -----------------------------------------------------------------------------


def test_read_clusters_streams_lines_and_rejects_bad_ones(tmp_path: Path) -> None:
    path = tmp_path / "clusters.jsonl.gz"
    good = {
        "id": "c1",
        "documents": [{"id": "d1", "text": "A.", "date": "1998-10-17", "source": "APW"}],
        "references": ["R1", "R2"],
    }
    lines = [json.dumps(good), "{not json", json.dumps({"id": "c2"}), json.dumps([1])]
    with gzip.open(path, "wt", encoding="utf-8") as stream:
        stream.write("\n".join(lines) + "\n")
    items = list(read_clusters(path))
    cluster = items[0]
    assert isinstance(cluster, Cluster)
    assert cluster.id == "c1" and cluster.references == ("R1", "R2")
    assert cluster.articles[0].date == dt.date(1998, 10, 17)
    assert cluster.articles[0].source == "APW"
    sources = [(r.source, r.reason.split(":")[0]) for r in items[1:] if isinstance(r, Rejection)]
    assert sources == [
        (f"{path}:2", "invalid JSON"),
        (f"{path}:3", "cluster has no 'documents' list"),
        (f"{path}:4", "expected a JSON object"),
    ]


def test_read_clusters_missing_file(tmp_path: Path) -> None:
    r = only(list(read_clusters(tmp_path / "none.jsonl")))  # type: ignore[arg-type]
    assert isinstance(r, Rejection) and r.reason == "no such file or directory"


def test_directory_without_article_files_is_rejected_by_name(tmp_path: Path) -> None:
    (tmp_path / "notes.xyz").write_text("not an article", encoding="utf-8")
    results = list(read_articles([tmp_path]))
    assert len(results) == 1 and isinstance(results[0], Rejection)
    assert results[0].source == str(tmp_path)
    assert "no article files" in results[0].reason
