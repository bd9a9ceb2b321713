"""synoptic batch: ordered output, error lines instead of crashes, exit statuses.

summarize is replaced by a fake, deterministic one: these tests are about batch.
"""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from synoptic.batch import run_batch
from synoptic.model import Article, Citation, Sentence, Summary, SummarySentence

WriteClusters = Callable[..., Path]


def fake_summarize(articles: Sequence[Article], *, words: int) -> Summary:
    """The first article's text as one sentence, citing every article; fails on ``boom``."""
    first = articles[0]
    if first.text.startswith("boom"):
        raise ValueError("cannot summarise this cluster")
    sentence = Sentence(article_id=first.id, index=0, start=0, end=len(first.text), text=first.text)
    citations = tuple(Citation(article_id=a.id, sentence_index=0) for a in articles)
    return Summary(
        sentences=(SummarySentence(sentence=sentence, citations=citations),), budget=words
    )


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    from synoptic import pipeline

    monkeypatch.setattr(pipeline, "summarize", fake_summarize)


def cluster_line(cluster_id: str, text: str | None = None) -> str:
    return json.dumps(
        {
            "id": cluster_id,
            "documents": [
                {"id": f"{cluster_id}-a", "text": text or f"Story {cluster_id} happened today."},
                {"id": f"{cluster_id}-b", "text": f"Another report on {cluster_id}."},
            ],
            "references": [f"Story {cluster_id} happened."],
        }
    )


@pytest.fixture
def write_clusters(tmp_path: Path) -> WriteClusters:
    def write(lines: Sequence[str], name: str = "clusters.jsonl") -> Path:
        path = tmp_path / name
        path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        return path

    return write


pytestmark = pytest.mark.usefixtures("fake_pipeline")


def _records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("workers", [0, 1, 2])  # 0 from a library caller: this process
def test_output_follows_input_order(
    write_clusters: WriteClusters, tmp_path: Path, workers: int
) -> None:
    ids = [f"c{i:03d}" for i in range(60)]
    source = write_clusters([cluster_line(i) for i in ids])
    out = tmp_path / "out.jsonl"
    status = run_batch(source, words=50, output=out, workers=workers, progress=False)
    records = _records(out)
    assert status == 0
    assert [r["id"] for r in records] == ids
    first = records[0]
    assert first["summary"] == "Story c000 happened today."
    assert first["sentences"] == [
        {"text": "Story c000 happened today.", "sources": ["c000-a", "c000-b"]}
    ]
    assert first["words"] == 4
    assert isinstance(first["seconds"], float)


@pytest.mark.parametrize("workers", [1, 2])
def test_failing_cluster_and_bad_line_become_error_records(
    write_clusters: WriteClusters, tmp_path: Path, workers: int
) -> None:
    source = write_clusters(
        [
            cluster_line("ok1"),
            cluster_line("bad", text="boom: this one fails"),
            '{"id": "broken", "documents": [',
            cluster_line("ok2"),
        ]
    )
    out = tmp_path / "out.jsonl"
    status = run_batch(source, words=50, output=out, workers=workers, progress=False)
    records = _records(out)
    assert status == 1
    assert len(records) == 4
    assert records[0]["id"] == "ok1" and "summary" in records[0]
    assert records[1] == {"id": "bad", "error": "cannot summarise this cluster"}
    assert set(records[2]) == {"id", "error"}
    assert "3" in str(records[2]["id"])  # names the line
    assert records[3]["id"] == "ok2" and "summary" in records[3]


def test_gzipped_input(tmp_path: Path) -> None:
    source = tmp_path / "clusters.jsonl.gz"
    with gzip.open(source, "wt", encoding="utf-8") as f:
        f.write(cluster_line("g1") + "\n" + cluster_line("g2") + "\n")
    out = tmp_path / "out.jsonl"
    assert run_batch(source, words=50, output=out, workers=1, progress=False) == 0
    assert [r["id"] for r in _records(out)] == ["g1", "g2"]


class _Stdin:
    """What `sys.stdin` is to a process whose input is piped: text over a byte buffer."""

    def __init__(self, data: bytes) -> None:
        self.buffer = io.BufferedReader(io.BytesIO(data))


@pytest.mark.parametrize("zipped", [False, True])
def test_stdin_is_read_gzipped_or_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, zipped: bool
) -> None:
    data = (cluster_line("s1") + "\nnot json\n" + cluster_line("s2") + "\n").encode()
    monkeypatch.setattr("sys.stdin", _Stdin(gzip.compress(data) if zipped else data))
    out = tmp_path / "out.jsonl"
    assert run_batch(Path("-"), words=50, output=out, workers=1, progress=False) == 1
    records = _records(out)
    assert [r["id"] for r in records] == ["s1", "stdin:2", "s2"]
    assert "invalid JSON" in str(records[1]["error"])


@pytest.mark.parametrize("data", [b"", b"\n\n"])
def test_an_input_without_clusters_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data: bytes
) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(data)
    monkeypatch.setattr("sys.stdin", _Stdin(data))
    for given, name in ((empty, "empty.jsonl"), (Path("-"), "stdin")):
        out = tmp_path / "out.jsonl"
        assert run_batch(given, words=50, output=out, workers=1, progress=False) == 1
        assert out.read_text(encoding="utf-8") == ""
        err = capsys.readouterr().err
        assert "no clusters" in err and name in err


def test_missing_file_exits_2_naming_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.jsonl"
    assert run_batch(missing, words=50, output=None, workers=1, progress=False) == 2
    err = capsys.readouterr().err
    assert "nope.jsonl" in err and len(err.strip().splitlines()) == 1


def test_input_is_streamed_not_read_whole(
    write_clusters: WriteClusters, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With 2 workers, the reader is never more than the in-flight window ahead."""
    import synoptic.batch as batch
    from synoptic.ingest import read_clusters

    source = write_clusters([cluster_line(f"s{i}") for i in range(400)])
    read = 0
    written = 0
    lead = []

    def counting_reader(path: Path):  # type: ignore[no-untyped-def]
        nonlocal read
        for item in read_clusters(path):
            read += 1
            yield item

    class Out:
        def write(self, text: str) -> None:
            nonlocal written
            written += 1
            lead.append(read - written)

    monkeypatch.setattr(batch, "read_clusters", counting_reader)
    monkeypatch.setattr("sys.stdout", Out())
    assert run_batch(source, words=50, output=None, workers=2, progress=False) == 0
    assert written == 400
    assert max(lead) <= 2 * batch.IN_FLIGHT_PER_WORKER + batch.CHUNKSIZE


@pytest.mark.parametrize("workers", [1, 2])
def test_stdout_carries_only_the_jsonl(
    write_clusters: WriteClusters,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
    workers: int,
) -> None:
    """A library printing to fd 1 (as a native solver did) must not break the JSONL stream."""
    import os

    from synoptic import pipeline

    def noisy(articles: Sequence[Article], *, words: int) -> Summary:
        os.write(1, b"solver noise\n")
        print("python noise")
        return fake_summarize(articles, words=words)

    monkeypatch.setattr(pipeline, "summarize", noisy)
    source = write_clusters([cluster_line(f"n{i}") for i in range(5)])
    assert run_batch(source, words=50, output=None, workers=workers, progress=False) == 0
    out, err = capfd.readouterr()
    assert [json.loads(line)["id"] for line in out.splitlines()] == [f"n{i}" for i in range(5)]
    assert "solver noise" in err


@pytest.mark.parametrize(
    ("quota", "cpus"),
    [
        ("max 100000\n", 4),  # no quota: the affinity's four
        ("200000 100000\n", 2),  # `--cpus 2`
        ("150000 100000\n", 2),  # a part CPU's time is worth a worker
        ("50000 100000\n", 1),
        ("not a quota\n", 4),
        (None, 4),  # no cgroup v2 file
    ],
)
def test_usable_cpus_are_the_affinity_capped_by_the_cgroup_quota(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quota: str | None, cpus: int
) -> None:
    import synoptic.batch as batch

    monkeypatch.setattr(batch.os, "sched_getaffinity", lambda pid: {0, 1, 2, 3}, raising=False)
    path = tmp_path / "cpu.max"
    if quota is not None:
        path.write_text(quota, encoding="ascii")
    monkeypatch.setattr(batch, "CPU_QUOTA", path)
    assert batch.usable_cpus() == cpus


@pytest.mark.parametrize(("clusters", "workers"), [(0, 1), (15, 1), (16, 2), (40, 2)])
def test_auto_workers_share_only_an_input_with_a_chunk_for_each(
    monkeypatch: pytest.MonkeyPatch, clusters: int, workers: int
) -> None:
    """Two CPUs, chunks of 8: a pool only for 16 clusters or more, and nothing lost on the peek."""
    import synoptic.batch as batch

    monkeypatch.setattr(batch, "usable_cpus", lambda: 2)
    monkeypatch.setattr(batch, "CHUNKSIZE", 8)
    tasks, chosen = batch._auto_workers(iter(range(clusters)))
    assert chosen == workers
    assert list(tasks) == list(range(clusters))


@pytest.mark.parametrize("clusters", [3, 40])
def test_auto_workers_write_what_one_process_writes(
    write_clusters: WriteClusters, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clusters: int
) -> None:
    import synoptic.batch as batch

    monkeypatch.setattr(batch, "usable_cpus", lambda: 2)
    source = write_clusters(
        [cluster_line(f"a{i}", text="boom" if i == 1 else None) for i in range(clusters)]
    )
    serial, auto = tmp_path / "serial.jsonl", tmp_path / "auto.jsonl"
    assert run_batch(source, words=50, output=serial, workers=1, progress=False) == 1
    assert run_batch(source, words=50, output=auto, workers=None, progress=False) == 1
    strip = [{k: v for k, v in r.items() if k != "seconds"} for r in _records(serial)]
    assert [{k: v for k, v in r.items() if k != "seconds"} for r in _records(auto)] == strip
    assert len(strip) == clusters
