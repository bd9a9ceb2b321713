"""Timeline17: date selection and timeline summaries with synoptic's date machinery.

Reads /work/shared/data/timeline17/<collection>/articles.tokenized.jsonl.gz (each
article: publication date ``time`` and tokenised text, one sentence a line) and
the reference timelines (``timelines.jsonl``). For each reference timeline, in
the standard setting (Martschat & Markert 2018; Ghalandari & Ifrim 2020), it
builds a timeline with the reference's number of dates and its mean number of
sentences per date (rounded), from the articles published within the
reference's first and last date, and scores it with the ``tilse`` metrics:
date-selection F1 and alignment-based ROUGE-1/2 F1 (``align+ m:1``).

The method is datewise and unsupervised:

1. every sentence's time expressions are found and resolved with
   `synoptic.text.dates.scan_text`, anchored on the article's publication date
   (day precision only: the references are daily);
2. a date's score is the number of distinct articles that refer to it
   (``--rank articles``), optionally plus a share of the articles published the
   day after it (``--pub-weight``);
3. the top-k dates within the reference's span are kept; each date's
   summary is picked from the sentences that refer to it (with undated lead
   sentences of articles published that day or the next as a fallback) by
   closeness to their TF-IDF centroid, skipping near-duplicates.

Usage::

    python benchmarks/timeline17.py [--rouge reimpl|original] [--out benchmarks/results]

Cheap by design: regex date finding, no parser; all 17 collections in about
a minute on one core.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import math
import platform
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from synoptic.text.dates import scan_text
from synoptic.text.tokens import STOPWORDS

DATA = Path("/work/shared/data/timeline17")
PUBLISHED = {"news-tls datewise": (0.120, 0.035, 0.544), "news-tls clust": (0.082, 0.020, 0.407),
             "Martschat & Markert 2018": (0.105, 0.030, 0.544)}  # fmt: skip

# Candidate summary sentences: tokens between these bounds (short lines are
# headlines and bylines, long ones run-on paragraphs of the tokenised text).
MIN_TOKENS, MAX_TOKENS = 8, 50
# A sentence this similar (cosine, TF-IDF) to one already picked for the date is
# a near-duplicate and skipped.
REDUNDANT = 0.5
LEAD_SENTENCES = 5
# Whether undated lead sentences of the day's and the next day's articles always
# join a date's candidates (else only when too few sentences refer to the date).
LEADS_ALWAYS = False
_TOKEN = re.compile(r"[a-z0-9]+")


@dataclass
class Doc:
    id: str
    pub: dt.date
    sentences: list[str]


@dataclass
class Collection:
    name: str
    docs: list[Doc]
    # date -> [(doc index, sentence index)] of sentences referring to that date
    mentions: dict[dt.date, list[tuple[int, int]]] = field(default_factory=dict)
    undated: set[tuple[int, int]] = field(default_factory=set)
    df: Counter[str] = field(default_factory=Counter)
    n_sentences: int = 0


def load(name: str) -> tuple[Collection, list[dict[dt.date, list[str]]]]:
    docs: list[Doc] = []
    with gzip.open(DATA / name / "articles.tokenized.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            raw = json.loads(line)
            sentences = [s.strip() for s in raw["text"].split("\n") if s.strip()]
            docs.append(Doc(raw["id"], dt.date.fromisoformat(raw["time"][:10]), sentences))
    refs: list[dict[dt.date, list[str]]] = []
    with open(DATA / name / "timelines.jsonl", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                refs.append({dt.date.fromisoformat(d[:10]): s for d, s in json.loads(line)})
    return Collection(name, docs), refs


def annotate(col: Collection) -> None:
    """Resolve every sentence's day-precision time expressions; count term DF."""
    mentions: dict[dt.date, list[tuple[int, int]]] = defaultdict(list)
    for i, doc in enumerate(col.docs):
        for j, sentence in enumerate(doc.sentences):
            col.n_sentences += 1
            col.df.update(set(_terms(sentence)))
            dates = {f.date for f in scan_text(sentence, doc.pub) if f.precision == "day"}
            for date in dates:
                mentions[date].append((i, j))
            if not dates and j < LEAD_SENTENCES:
                col.undated.add((i, j))
    col.mentions = dict(mentions)


def _terms(sentence: str) -> list[str]:
    return [t for t in _TOKEN.findall(sentence.lower()) if t not in STOPWORDS and not t.isdigit()]


def rank_dates(
    col: Collection, docs: set[int], start: dt.date, end: dt.date, rank: str, pub_weight: float
) -> list[dt.date]:
    scores: dict[dt.date, float] = {}
    for date, refs in col.mentions.items():
        if not start <= date <= end:
            continue
        own = [(i, j) for i, j in refs if i in docs]
        scores[date] = float(len({i for i, _ in own}) if rank == "articles" else len(own))
    if pub_weight:
        published = Counter(col.docs[i].pub for i in docs)
        for date in list(scores):
            scores[date] = scores[date] + pub_weight * published[date + dt.timedelta(days=1)]
    return [d for d, _ in sorted(scores.items(), key=lambda x: (-x[1], x[0]))]


def summarise(
    col: Collection, date: dt.date, docs: set[int], k: int, by_pub: dict[dt.date, list[int]]
) -> list[str]:
    refs = [(i, j) for i, j in col.mentions.get(date, []) if i in docs]
    if len(refs) < k or LEADS_ALWAYS:
        for pub in (date, date + dt.timedelta(days=1)):
            refs += [(i, j) for i in by_pub.get(pub, []) for j in range(LEAD_SENTENCES)
                     if (i, j) in col.undated]  # fmt: skip
    seen: set[str] = set()
    texts: list[str] = []
    for i, j in refs:
        text = col.docs[i].sentences[j]
        if MIN_TOKENS <= len(text.split()) <= MAX_TOKENS and text not in seen:
            seen.add(text)
            texts.append(text)
    if not texts:
        return []
    vectors = [_tfidf(t, col) for t in texts]
    centroid: Counter[str] = Counter()
    for v in vectors:
        centroid.update(v)
    ranked = sorted(range(len(texts)), key=lambda x: -_cosine(vectors[x], centroid))
    picked: list[int] = []
    for x in ranked:
        if all(_cosine(vectors[x], vectors[y]) < REDUNDANT for y in picked):
            picked.append(x)
        if len(picked) == k:
            break
    return [texts[x] for x in picked]


def _tfidf(text: str, col: Collection) -> Counter[str]:
    tf = Counter(_terms(text))
    vec = Counter({t: n * math.log(col.n_sentences / (1 + col.df[t])) for t, n in tf.items()})
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return Counter({t: v / norm for t, v in vec.items()})


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b[t] for t, v in a.items() if t in b)
    norm = math.sqrt(sum(v * v for v in b.values())) * math.sqrt(sum(v * v for v in a.values()))
    return dot / norm if norm else 0.0


def predict(
    col: Collection, ref: dict[dt.date, list[str]], rank: str, pub_weight: float
) -> dict[dt.date, list[str]]:
    start, end = min(ref), max(ref)
    n_dates = len(ref)
    k = round(sum(len(s) for s in ref.values()) / n_dates)
    docs = {i for i, d in enumerate(col.docs) if start <= d.pub <= end}
    by_pub: dict[dt.date, list[int]] = defaultdict(list)
    for i in sorted(docs):
        by_pub[col.docs[i].pub].append(i)
    timeline: dict[dt.date, list[str]] = {}
    for date in rank_dates(col, docs, start, end, rank, pub_weight):
        if len(timeline) == n_dates:
            break
        summary = summarise(col, date, docs, k, by_pub)
        if summary:
            timeline[date] = summary
    return timeline


def evaluate(
    pred: dict[dt.date, list[str]], ref: dict[dt.date, list[str]], rouge: str
) -> tuple[float, float, float]:
    from tilse.data.timelines import GroundTruth, Timeline
    from tilse.evaluation import dates as tilse_dates
    from tilse.evaluation import rouge as tilse_rouge

    evaluator = tilse_rouge.TimelineRougeEvaluator(
        measures={"rouge_1", "rouge_2"}, rouge_computation=rouge
    )
    predicted = Timeline(pred)
    truth = GroundTruth([Timeline(ref)])
    scores = evaluator.evaluate_align_date_content_costs_many_to_one(predicted, truth)
    date_f1 = tilse_dates.evaluate_dates(predicted, truth)["f_score"]
    return scores["rouge_1"]["f_score"], scores["rouge_2"]["f_score"], date_f1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rouge", choices=["reimpl", "original"], default="reimpl")
    parser.add_argument("--rank", choices=["articles", "sentences"], default="articles")
    parser.add_argument("--pub-weight", type=float, default=0.0)
    parser.add_argument("--collections", nargs="*")
    parser.add_argument("--leads", choices=["fallback", "always"], default="always")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    global LEADS_ALWAYS
    LEADS_ALWAYS = args.leads == "always"
    names = args.collections or sorted(p.name for p in DATA.iterdir() if p.is_dir())
    started = time.perf_counter()
    rows: list[tuple[str, int, float, float, float]] = []
    for name in names:
        col, refs = load(name)
        annotate(col)
        per_ref = [evaluate(predict(col, ref, args.rank, args.pub_weight), ref, args.rouge)
                   for ref in refs]  # fmt: skip
        for ar1, ar2, f1 in per_ref:
            rows.append((name, len(refs), ar1, ar2, f1))
        means = [statistics.fmean(x) for x in zip(*per_ref, strict=True)]
        print(f"{name:22s} AR1-F {means[0]:.3f} AR2-F {means[1]:.3f} Date-F1 {means[2]:.3f}",
              file=sys.stderr)  # fmt: skip
    seconds = time.perf_counter() - started
    report = render(rows, args, seconds)
    print(report)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "timeline17.md").write_text(report, encoding="utf-8")
        (args.out / "timeline17.json").write_text(
            json.dumps(
                {
                    "settings": vars(args) | {"out": str(args.out)},
                    "seconds": seconds,
                    "timelines": [
                        dict(
                            zip(("collection", "refs", "ar1_f", "ar2_f", "date_f1"), r, strict=True)
                        )
                        for r in rows
                    ],
                },
                indent=1,
            ),
            encoding="utf-8",
        )
    return 0


def render(rows: list[tuple[str, int, float, float, float]], args: argparse.Namespace,
           seconds: float) -> str:  # fmt: skip
    by_col: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    for name, _, *scores in rows:
        by_col[name].append((scores[0], scores[1], scores[2]))
    lines = [
        "# Timeline17 (T17): synoptic datewise timelines",
        "",
        f"Settings: `--rouge {args.rouge} --rank {args.rank} --pub-weight {args.pub_weight} "
        f"--leads {args.leads}`; "
        f"sentences {MIN_TOKENS}-{MAX_TOKENS} tokens, near-duplicate cosine {REDUNDANT}; "
        f"{seconds:.0f} s on one core ({platform.python_version()}). Metrics computed by "
        f"`tilse` 0.2.1 (align+ m:1 ROUGE, date F1), ROUGE "
        f"{'Perl ROUGE-1.5.5' if args.rouge == 'original' else 'tilse reimplementation'}.",
        "",
        "| collection | timelines | AR1-F | AR2-F | Date-F1 |",
        "|---|---|---|---|---|",
    ]
    for name, col_scores in by_col.items():
        m = [statistics.fmean(x) for x in zip(*col_scores, strict=True)]
        lines.append(f"| {name} | {len(col_scores)} | {m[0]:.3f} | {m[1]:.3f} | {m[2]:.3f} |")
    per_tl = [statistics.fmean(x) for x in zip(*[r[2:] for r in rows], strict=True)]
    per_col = [
        statistics.fmean(statistics.fmean(s[i] for s in v) for v in by_col.values())
        for i in range(3)
    ]
    lines += [
        f"| **mean over {len(rows)} timelines** | | **{per_tl[0]:.3f}** | **{per_tl[1]:.3f}** "
        f"| **{per_tl[2]:.3f}** |",
        f"| mean over {len(by_col)} collections | | {per_col[0]:.3f} | {per_col[1]:.3f} "
        f"| {per_col[2]:.3f} |",
        "",
        "Published (Ghalandari & Ifrim 2020, Table 4; mean over timelines, Perl ROUGE):",
        "",
        "| system | AR1-F | AR2-F | Date-F1 |",
        "|---|---|---|---|",
    ]
    lines += [f"| {k} | {a:.3f} | {b:.3f} | {c:.3f} |" for k, (a, b, c) in PUBLISHED.items()]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
