"""Full-length web pages: do summaries of whole news pages carry comments or furniture?

Multi-News validation is cut to about 500 tokens a cluster, so the tails of its
pages (reader comments, footers, related links) never reach synoptic there.
Timeline17's articles are whole pages from six outlets (BBC, CNN, Fox News,
The Guardian, Reuters, The Washington Post), reader comments and time stamps
included. This builds story clusters from them (for each collection, the two
publication days with the most articles, up to ten articles a day), puts each
page back into plain text from its tokenised form, and summarises every cluster
twice: one paragraph per sentence (a page with its breaks), and flattened into
one paragraph (as Multi-News pages come). Every summary sentence that the broad
furniture pattern of `noise_check.py`, a reader's voice (a first-person
opening, an exclamation, shouting in capitals), a page's text run into the
story (`RUN_IN`) or a picture's credit right after it in its page (a caption,
`CREDIT_AFTER`) flags is listed for a person to judge; the counts go to
benchmarks/results/full_pages.md.

    python benchmarks/full_pages.py [--words 250] [--briefs]

``--briefs`` also builds each flattened cluster's whole brief (MiniLM and spaCy
loaded: a few minutes) and counts the facts its Markdown shows and the timeline
entries whose wording `synoptic.select.is_unfit` rejects (a question, a headline
with no stop, a caption, a transcript's line), as a second table, and how many of
its quotes' speakers are named near the quote, as a third (a proxy for attribution),
and lists their disagreements between outlets for a person to judge.

Reads ../shared/data/timeline17; says so plainly when it is absent.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import gzip
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from noise_check import FURNITURE, write_report  # the Multi-News check's pattern
from synoptic.errors import InputError
from synoptic.model import Article, Quote
from synoptic.pipeline import summarize

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "timeline17"
RESULTS = Path(__file__).resolve().parent / "results" / "full_pages.md"
DAYS_PER_COLLECTION = 2
ARTICLES_PER_DAY = 10

# A reader writing, not a reporter: "I think ...", "My husband ...", a sentence
# ending in "!", two shouted words. Quoted speech opens with a quote mark, so a
# first-person opening here is the page's own voice.
READER_VOICE = re.compile(r"^(?:I|I'm|I've|My|Me)\b|!$|\b[A-Z]{4,}\b.*\b[A-Z]{4,}\b")
# What a flattened page runs into its story with no stop: a broadcast transcript's
# speaker ("COOPER: ..."), a live page's 24-hour clock ("1654 The ..."), a headline
# or caption before the story's article ("Haitians still waiting for aid The Haitian
# authorities say ..."; a title after a lower-case word matches too: judge each).
RUN_IN = re.compile(
    r"^[A-Z][A-Z'.-]+(?:\s[A-Z][A-Z'.-]+){0,2}:\s|^\d{4}\s+[A-Z]|[a-z]{3} (?:The|An?) \w"
)
# A caption, as its page marks one: a picture's credit right after the sentence, under
# its label or as a photographer's name and agency ("... in the Gulf of Mexico.
# Photograph: AP", "... (AP Photo/Jane Doe)", "... Jane Doe/Reuters").
_AGENCY = r"(?:AP|Reuters|REUTERS|Getty(?: Images)?|AFP|EPA|PA|Rex|Bloomberg)\b"
CREDIT_AFTER = re.compile(
    r"[\s\"”’]*(?:\(?(?:Photograph|Photo|Picture|Image)\s?:"
    rf"|\(\s*{_AGENCY}|[A-Z][\w'.-]+(?:\s[A-Z][\w'.-]+){{0,3}}\s?/\s?{_AGENCY})"
)

# Penn Treebank tokens back to text: brackets, escaped slashes and stars ("Michael
# Nagle\/Getty Images"), quotes, clitics, spaced punctuation.
_PTB_TOKENS = {
    "-LRB-": "(",
    "-RRB-": ")",
    "-LSB-": "[",
    "-RSB-": "]",
    "-LCB-": "{",
    "-RCB-": "}",
    "\\/": "/",
    "\\*": "*",
}
_QUOTES = re.compile(r"` `|' '|``|''")
_SPACE_BEFORE = re.compile(r" ([.,;:!?%)\]}])")
_SPACE_AFTER = re.compile(r"([(\[{$]) ")
_CLITIC = re.compile(r" (n't|' ?s|' ?re|' ?ve|' ?ll|' ?d|' ?m)\b")


def detokenize(line: str) -> str:
    for token, char in _PTB_TOKENS.items():
        line = line.replace(token, char)
    line = _QUOTES.sub('"', line)
    line = _SPACE_AFTER.sub(r"\1", _SPACE_BEFORE.sub(r"\1", line))
    line = _CLITIC.sub(lambda m: m.group(1).replace(" ", ""), line)
    return line


def day_clusters(collection: Path, flattened: bool) -> list[tuple[str, list[Article]]]:
    """The collection's busiest publication days, each a cluster of its pages."""
    by_day: dict[str, list[dict[str, str]]] = collections.defaultdict(list)
    with gzip.open(collection / "articles.tokenized.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            by_day[record["time"]].append(record)
    days = sorted(by_day, key=lambda d: (-len(by_day[d]), d))[:DAYS_PER_COLLECTION]
    joiner = " " if flattened else "\n\n"
    return [
        (
            f"{collection.name} {day}",
            [
                Article(
                    id=str(record["id"]),
                    text=joiner.join(detokenize(s) for s in record["text"].split("\n") if s),
                    date=dt.date.fromisoformat(day),
                )
                for record in by_day[day][:ARTICLES_PER_DAY]
            ],
        )
        for day in days
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--briefs", action="store_true", help="also count whole briefs' wordings")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"skipped: {DATA} is not there (the benchmark data lives in ../shared/data)")
        return 0
    sources = sorted(p for p in DATA.iterdir() if (p / "articles.tokenized.jsonl.gz").is_file())
    rows: list[str] = []
    hits: list[str] = []
    for flattened in (False, True):
        layout = "flattened" if flattened else "paragraphs"
        clusters = refused = sentences = furniture = voice = run_in = captions = 0
        for collection in sources:
            for name, articles in day_clusters(collection, flattened):
                clusters += 1
                try:
                    summary = summarize(articles, words=args.words)
                except InputError:
                    refused += 1
                    continue
                pages = {a.id: a.text for a in articles}
                for s in summary.sentences:
                    text = s.sentence.text
                    sentences += 1
                    marks = [
                        label
                        for label, pattern in (
                            ("furniture", FURNITURE),
                            ("voice", READER_VOICE),
                            ("run-in", RUN_IN),
                        )
                        if pattern.search(text)
                    ]
                    if credited(text, pages[s.sentence.article_id]):
                        marks.append("caption")
                    furniture += "furniture" in marks
                    voice += "voice" in marks
                    run_in += "run-in" in marks
                    captions += "caption" in marks
                    if marks:
                        hits.append(f"- {layout}, `{name}` ({', '.join(marks)}): {text}")
        rows.append(
            f"| {layout} | {clusters} | {refused} | {sentences} | {furniture} | {voice}"
            f" | {run_in} | {captions} |"
        )
    report = [
        "# Full pages: furniture and reader comments left in summaries",
        "",
        f"Timeline17, the {DAYS_PER_COLLECTION} busiest days of each of its "
        f"{len(sources)} collections, up to {ARTICLES_PER_DAY} whole pages a day; "
        f"summaries of {args.words} words by `synoptic.summarize`.",
        "",
        "| layout | clusters | refused | summary sentences | furniture pattern | reader voice"
        " | run-in page text | credited caption |",
        "|---|---|---|---|---|---|---|---|",
        *rows,
        "",
        "Flagged summary sentences (the patterns are broad: judge each):",
        "",
        *hits,
    ]
    if args.briefs:
        report += ["", *brief_wordings(sources)]
    write_report(RESULTS, report)
    return 0


def credited(sentence: str, page: str) -> bool:
    """Whether the page prints a picture's credit right after the sentence (`CREDIT_AFTER`)."""
    at = page.find(sentence)
    return at >= 0 and CREDIT_AFTER.match(page, at + len(sentence)) is not None


def brief_wordings(sources: list[Path]) -> list[str]:
    """Report lines: the flattened clusters' briefs, their shown facts and timeline
    entries (`corroborated_facts`, as the Markdown and HTML show them), and how many of
    each `is_unfit` rejects (each listed)."""
    from synoptic.config import BriefConfig
    from synoptic.pipeline import brief
    from synoptic.registry import load_embedder
    from synoptic.render.common import corroborated_facts
    from synoptic.select import is_unfit

    embedder = load_embedder(BriefConfig().embedder)
    counts = {"fact": [0, 0], "timeline": [0, 0]}  # kind -> [wordings, unfit ones]
    unfit: list[str] = []
    disagreements: list[str] = []
    speakers = collections.Counter[str]()
    for collection in sources:
        for name, articles in day_clusters(collection, flattened=True):
            told = brief(articles, embedder=embedder)
            speakers.update(speaker_nearby(told.quotes, articles))
            disagreements += [
                f"- `{name}` ({c.kind}, {c.topic}, {c.relation}): "
                + " vs ".join(f"“{side.value}”" for side in c.sides)
                for c in told.conflicts
            ]
            wordings = {
                "fact": [f.text for f in corroborated_facts(told)],
                "timeline": [e.text for e in told.timeline],
            }
            for kind, texts in wordings.items():
                bad = [t for t in texts if is_unfit(t, quote_openings=True)]
                counts[kind][0] += len(texts)
                counts[kind][1] += len(bad)
                unfit += [f"- `{name}` ({kind}): {t}" for t in bad]
    (facts, bad_facts), (entries, bad_entries) = counts["fact"], counts["timeline"]
    return [
        "Whole briefs of the flattened clusters: wordings a summary would not show",
        "(`select.is_unfit`, a whole quote allowed):",
        "",
        "| facts shown | of them unfit | timeline entries | of them unfit |",
        "|---|---|---|---|",
        f"| {facts} | {bad_facts} | {entries} | {bad_entries} |",
        "",
        *unfit,
        "",
        "Their quotes' speakers: a quote with a speaker whose last word stands within "
        f"{SPEAKER_WINDOW} characters of the quote in its page is named nearby; one inherited "
        "from a quote before, or given wrongly, is not (a proxy for attribution: these pages "
        "have no gold).",
        "",
        "| quotes | with a speaker | named nearby | not nearby |",
        "|---|---|---|---|",
        f"| {speakers['quotes']} | {speakers['near'] + speakers['far']} | {speakers['near']}"
        f" | {speakers['far']} |",
        "",
        f"Their disagreements between outlets ({len(disagreements)}; read each: the sentences "
        "are in the brief's JSON):",
        "",
        *disagreements,
    ]


# Characters either side of a quote in which its speaker's name counts as nearby.
SPEAKER_WINDOW = 250


def speaker_nearby(
    quotes: Sequence[Quote], articles: Sequence[Article]
) -> collections.Counter[str]:
    """Counts of the quotes, and of those with a speaker, named nearby or not.

    A description ("the minister", "he") counts as nearby: the pattern that
    gave it stands next to the quote.
    """
    pages = {a.id: a.text for a in articles}
    counts = collections.Counter[str](quotes=len(quotes))
    for quote in quotes:
        if not quote.speaker:
            continue
        if quote.speaker[:1].islower():
            counts["near"] += 1
            continue
        page = pages[quote.citations[0].article_id]
        at = page.find(quote.text[:40])
        window = page[max(0, at - SPEAKER_WINDOW) : at + len(quote.text) + SPEAKER_WINDOW]
        counts["near" if at >= 0 and quote.speaker.split()[-1] in window else "far"] += 1
    return counts


if __name__ == "__main__":
    sys.exit(main())
