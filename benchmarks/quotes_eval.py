"""Quote detection and speaker attribution against the hand-labelled DUC 2003 sample.

Reads pointers from tests/fixtures/quotes/ and the text from ../shared/data (research-licensed,
never copied into the repository); skips plainly when the data is absent.

Detection: a predicted quote matches a gold span when their word tokens overlap by >= 0.8 of the
longer one (multiset overlap). Attribution: the speaker, normalised to its surname (last word,
lower-case), equals the gold's; a speaker given by a description ("the minister") is ``unnamed``.
Attribution precision is over matched quotes with a predicted speaker; recall over all gold quotes.

Usage: python benchmarks/quotes_eval.py [--spacy] [--verbose]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

from synoptic.analyse.quotes import MIN_WORDS, find_quotes
from synoptic.model import Article, Quote
from synoptic.text import split_sentences, tokenize

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "quotes" / "duc2003-task2.gold.jsonl"
DATA = ROOT.parent / "shared" / "data" / "duc2003-task2.jsonl"
SPAN_OVERLAP = 0.8


def overlap(a: list[str], b: list[str]) -> float:
    common = sum((Counter(a) & Counter(b)).values())
    return common / max(len(a), len(b), 1)


def normalise(speaker: str | None) -> str | None:
    if speaker is None:
        return None
    if re.match(r"^(?:the|a|an|one|another|they|he|she)\b", speaker, re.IGNORECASE):
        return "unnamed"
    words = re.findall(r"[\w'-]+", speaker.lower())
    return words[-1] if words else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spacy", action="store_true", help="give find_quotes spaCy docs")
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} not found (research data is not shipped)")
        return 0
    texts = {}
    with DATA.open() as handle:
        for line in handle:
            cluster = json.loads(line)
            for doc in cluster["documents"]:
                texts[(cluster["id"], doc["id"])] = doc["text"]
    nlp = None
    if args.spacy:
        from synoptic.analyse.nlp import load_nlp, parse_articles

        nlp = load_nlp()
    tp_span = n_pred = n_gold = 0
    tp_speaker = n_pred_speaker = 0
    for line in GOLD.read_text().splitlines():
        entry = json.loads(line)
        text = texts[(entry["cluster"], entry["document"])]
        article = Article(id=entry["document"], text=text)
        docs = parse_articles(nlp, [article]) if nlp is not None else {}
        predicted: list[Quote] = list(find_quotes([article], split_sentences(article), docs=docs))
        gold = entry["quotes"]
        for g in gold:
            digest = hashlib.sha1(text[g["start"] : g["end"]].encode()).hexdigest()[:12]
            if digest != g["sha1"]:
                print(f"data changed: {entry['document']} {g['start']}", file=sys.stderr)
                return 1
        gold_tokens = [tokenize(text[g["start"] : g["end"]]) for g in gold]
        used: set[int] = set()
        n_pred += len(predicted)
        n_gold += len(gold)
        for quote in predicted:
            tokens = tokenize(quote.text)
            best = max(
                (i for i in range(len(gold)) if i not in used),
                key=lambda i: overlap(tokens, gold_tokens[i]),
                default=None,
            )
            if best is None or overlap(tokens, gold_tokens[best]) < SPAN_OVERLAP:
                if args.verbose:
                    print(f"FP  {entry['document']}: {quote.text[:70]!r} ({quote.speaker})")
                continue
            used.add(best)
            tp_span += 1
            if quote.speaker is not None:
                n_pred_speaker += 1
                ok = normalise(quote.speaker) == normalise(gold[best]["speaker"])
                tp_speaker += ok
                if not ok and args.verbose:
                    print(
                        f"SPK {entry['document']}: {quote.speaker!r} vs {gold[best]['speaker']!r}"
                    )
            elif args.verbose:
                print(f"SPK {entry['document']}: None vs {gold[best]['speaker']!r}")
        if args.verbose:
            for i, g in enumerate(gold):
                if i not in used:
                    print(f"FN  {entry['document']}: {text[g['start'] : g['end']][:70]!r}")
    p, r = tp_span / max(n_pred, 1), tp_span / max(n_gold, 1)
    sp, sr = tp_speaker / max(n_pred_speaker, 1), tp_speaker / max(n_gold, 1)
    print(f"settings: spacy={args.spacy} MIN_WORDS={MIN_WORDS} span overlap>={SPAN_OVERLAP}")
    print(f"detection:   P={p:.3f} R={r:.3f} (tp={tp_span}, predicted={n_pred}, gold={n_gold})")
    print(
        f"attribution: P={sp:.3f} R={sr:.3f} (correct={tp_speaker}, with speaker={n_pred_speaker})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
