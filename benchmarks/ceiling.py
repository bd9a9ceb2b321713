"""How far can selection go under synoptic's readability rules? Oracle ceilings on Multi-News.

A summary of synoptic only takes sentences a reader can follow out of context:
between `SelectParams.min_words` and `max_words` words, not unfit
(`select.context.is_unfit`: truncated, a question, an open quote, boilerplate),
and a dangling one (`is_dangling`: "He added ...") only right after its
predecessor. The greedy extractive oracle (`evaluate.oracle`) run on three pools
of each cluster's cleaned sentences shows what each rule costs at best:

* every sentence (the usual oracle, on cleaned text);
* readable: fit sentences, dangling ones included wherever they stand (an upper
  bound: synoptic takes a dangling one only after its predecessor);
* readable, a dangling one only after its predecessor: synoptic's own rule (a
  dangling sentence is taken together with the sentence before it in its article,
  or once that one is taken; `oracle_summary`'s ``leans_on``);
* readable, none dangling.

Multi-News validation, F1, 250 words, as in `make bench`. Writes
benchmarks/results/ceiling.md.

    python benchmarks/ceiling.py [--clusters 500]

Reads ../shared/data/multinews-val.jsonl.gz; says so plainly when it is absent.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from multiprocessing import Pool
from pathlib import Path

from synoptic.clean import clean_articles
from synoptic.errors import InputError
from synoptic.evaluate.oracle import oracle_summary
from synoptic.evaluate.rouge import Scorer, cut_words
from synoptic.ingest import read_clusters
from synoptic.model import Cluster, Sentence
from synoptic.pipeline import summarize
from synoptic.select import SelectParams, is_dangling, is_unfit
from synoptic.text import split_sentences

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "multinews-val.jsonl.gz"
OUT = ROOT / "benchmarks" / "results" / "ceiling.md"
WORDS = 250
POOLS = (
    "every sentence",
    "readable",
    "readable, a dangling one after its predecessor",
    "readable, none dangling",
)
SCORER = Scorer("f1")  # built once; the forked workers share it
METRICS = ("rouge1", "rouge2", "rougeL")


def _pools(
    sentences: list[Sentence], params: SelectParams
) -> list[tuple[list[str], list[int | None] | None]]:
    """Each pool's sentences, and for synoptic's rule what each one leans on."""
    texts = [s.text for s in sentences]
    fit = [
        k
        for k, t in enumerate(texts)
        if params.min_words <= len(t.split()) <= params.max_words
        and not is_unfit(t, quote_openings=params.quote_openings, lead=sentences[k].index == 0)
    ]
    # Multi-News is case-normalised: a lower-case opening is no sign of a fragment.
    dangling = {k for k in fit if is_dangling(texts[k], cased=False)}
    tied: list[int] = []  # fit, and a dangling one only right after its predecessor
    leans_on: list[int | None] = []
    for k in fit:
        if k in dangling:
            if not (tied and tied[-1] == k - 1 and _follows(sentences[k - 1], sentences[k])):
                continue
            leans_on.append(len(tied) - 1)
        else:
            leans_on.append(None)
        tied.append(k)
    return [
        (texts, None),
        ([texts[k] for k in fit], None),
        ([texts[k] for k in tied], leans_on),
        ([texts[k] for k in fit if k not in dangling], None),
    ]


def _follows(before: Sentence, sentence: Sentence) -> bool:
    """Whether ``before`` is the sentence right before ``sentence`` in its article."""
    return before.article_id == sentence.article_id and before.index == sentence.index - 1


def _scores(cluster: Cluster) -> list[dict[str, float]] | None:
    """Each pool's oracle and synoptic's own summary, scored; None for a refused cluster."""
    try:
        cleaned, _ = clean_articles(cluster.articles)
        summary = summarize(cluster.articles, words=WORDS)
    except InputError:  # a refused cluster (no usable article) scores for no system here
        return None
    sentences = [s for a in cleaned for s in split_sentences(a)]
    rows = []
    for pool, leans_on in _pools(sentences, SelectParams()):
        picked = (
            oracle_summary(pool, cluster.references, words=WORDS, measure="f1", leans_on=leans_on)
            if pool
            else []
        )
        rows.append(SCORER.score(cut_words(picked, WORDS), cluster.references))
    own = [s.sentence.text for s in summary.sentences]
    rows.append(SCORER.score(cut_words(own, WORDS), cluster.references))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clusters", type=int, default=500, help="first N validation clusters")
    args = parser.parse_args()
    if not DATA.is_file():
        print(f"no benchmark data: {DATA} is not there; nothing measured")
        return 0
    clusters = [
        c for c in itertools.islice(read_clusters(DATA), args.clusters) if isinstance(c, Cluster)
    ]
    with Pool(2) as pool:
        results = [r for r in pool.map(_scores, clusters, chunksize=8) if r is not None]
    lines = [
        f"### Oracle ceilings: Multi-News validation, first {args.clusters} clusters, "
        f"F1, {WORDS} words\n",
        f"{len(results)} clusters scored ({len(clusters) - len(results)} refused by synoptic, "
        "left out of every row). The greedy oracle picks from each pool of cleaned sentences. "
        f"R-L {SCORER.rouge_l}-level, as Multi-News is scored.\n",
        "| pool | R-1 | R-2 | R-L |",
        "|---|---|---|---|",
    ]
    for k, name in enumerate((*(f"oracle, {p}" for p in POOLS), "synoptic")):
        means = [100 * sum(r[k][m] for r in results) / len(results) for m in METRICS]
        lines.append(f"| {name} | " + " | ".join(f"{v:.2f}" for v in means) + " |")
    text = "\n".join(lines) + "\n"
    print(text)
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
