"""Choose a summary's sentences: candidates, concepts, coverage ILP, order.

The method (ICSISumm-style concept coverage, Gillick & Favre 2009, with the
position weighting of later work):

1. Canonical order: articles by (date, id), sentences by index, so that the
   input order never matters. A wire dateline opening an article (or, when it
   names its agency, any sentence of a flattened page) is trimmed off by
   narrowing the sentence's offsets (`synoptic.text.datelines`); such a
   sentence starts its story and never counts as dangling.
2. Concepts (stemmed bigrams, and at a small weight content stems) weighted
   by the articles carrying them, early mentions counting more
   (`concepts.weigh_concepts`); versions of one wire story
   (`concepts.wire_versions`) vote once.
3. Candidates, best concept score first: sentences of a sensible length that
   are not questions, fragments, quote fragments or boilerplate
   (`context.is_unfit`), near-duplicates (wire copy) collapsed to the better
   one. A sentence that leans on its predecessor (`context.is_dangling`) stays
   a candidate only tied to that predecessor.
4. Relevance: each candidate's TF-IDF cosine to the cluster centroid, plus a
   lead prior that decays down each article and counts only where the budget
   is a large share of the input (`_lead_prior`), and on the same terms a prior
   for sentences that quote someone (`_quote_prior`), added to the objective as
   a concept of its own (`_relevance`).
5. Coverage: `ilp.solve_greedy` (or the exact `ilp.solve_coverage`) picks the
   sentences within the word budget; a picked sentence the cleaner's rules
   take for page text as it reads here (`context.is_page_text`) is struck and
   the rest picked again; words left over go to the earliest fit sentences
   (`_fill`); `order.order_sentences` orders them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from itertools import islice

import numpy as np
from numpy.typing import NDArray

from synoptic.arrays import distinct
from synoptic.model import Article, Sentence
from synoptic.patterns import compile_pattern
from synoptic.select.concepts import (
    Incidence,
    build_concepts,
    weigh_concepts,
    wire_versions,
)
from synoptic.select.context import is_dangling, is_page_text, is_unfit, quotes_a_speaker
from synoptic.select.ilp import solve_coverage, solve_greedy
from synoptic.select.order import order_sentences
from synoptic.text.datelines import trim_opening
from synoptic.text.tokens import tokenize

__all__ = ["SelectParams", "select_with"]

# Shortest sentence the fill pass adds. The pass took Multi-News val 0-299 from
# 43.38/13.90 to 43.70/14.13 (F1) and DUC 2003 t2 from 38.19/10.66 to 38.41/10.69.
FILL_MIN_WORDS = 5
# The fill pass also skips a sentence whose content stems lie mostly (this share
# of the shorter one's) inside a chosen sentence: "Beatification is the last step
# before possible sainthood." after "... the final step before sainthood." has
# cosine 0.67, under `SelectParams.duplicate`. Neutral on ROUGE (DUC 2003 t2
# 39.48/11.06 against 39.48/11.07, t3 unchanged, Multi-News val 1000-1299
# 43.56/14.60 against 43.58/14.62); 0.6 cost DUC t3 0.3 R-1.
FILL_CONTAINED = 0.75
# A summary the fill pass leaves under this share of its budget takes dangling
# sentences too, earliest first: in a cluster of a few broken pages something said
# beats nothing ("... rimes admits she learned a lot." beside a lone sentence).
# Multi-News val 0-1499 F1 44.16/15.13 -> 44.29/15.18 (0.8: 44.39/15.22, always:
# 44.42/15.23, at the cost of dangling sentences in full summaries); DUC 2003 t2
# and t3 and MultiLing unchanged (their summaries fill).
FILL_SPARSE_SHARE = 0.5
# How many fit sentences selection gathers, as shares of `SelectParams.max_candidates`,
# to find that many that repeat no better one: each step's only when the one before
# held too few (the last one's count, twice the candidates, is the rule; the steps
# spare `context.is_unfit` the rest). On DUC 2003 t2 the first 96 were enough in 16
# clusters of 30, the first 128 in 10 more.
CANDIDATE_STEPS = (1.2, 1.6, 2.0)


@dataclass(frozen=True, slots=True, kw_only=True)
class SelectParams:
    """The tuned constants of selection.

    Figures: ROUGE recall R-1/R-2 on DUC 2003 task 2 (30 clusters, 100 words;
    "DUC") and F1 on Multi-News validation clusters 0-299 (250 words; "MN"),
    from benchmarks/tune_select.py, changing one constant from the defaults
    of the day (then DUC 38.81/10.89, MN 43.66/14.16; with relevance, scale
    0.7 and the later context checks: DUC 39.59/11.19, t3 35.10/8.66, MN
    43.96/14.59). Re-tuned with relevance on: position, length, duplicate and
    candidate constants all stayed within 0.5 R-1 of the defaults on DUC.

    Attributes:
        min_words: Shortest candidate sentence, in words (10: DUC 38.84/10.78).
        max_words: Longest candidate sentence, in words (45: DUC 38.88/10.95,
            MN 43.60/14.26; equal, and 60 lets more web sentences in).
        min_articles: A concept must appear in at least this many articles
            (ICSISumm's 3; 2 gave DUC 36.9/9.8)...
        min_articles_share: ...but in at most this share of the cluster's
            articles, at least 1: 3 of 10 DUC articles, 1 of 2-6 MN ones (a
            share of 0.5 gave MN 40.9 vs 43.0 R-1 in an early ILP version).
        position_bonus: Extra vote for a concept in an article's first
            sentence (0: DUC 37.30/9.93, MN 43.89/14.33; 1, 6 and 10 were
            lower on DUC in an early version).
        position_decay: Per-sentence decay of that extra vote (0.9 and 0.5
            lower on DUC in an early version).
        duplicate: Cosine over content stems at or above which two sentences
            count as one (0.85: DUC 38.69/10.88; kept low so wire copies never
            both appear).
        duplicate_floor: The cosine that counts two sentences as one where the
            budget keeps most of the input: the threshold falls from
            ``duplicate`` by ``duplicate_fall`` times the square of the
            budget's share of the cluster's words, down to this. Multi-News
            (shares of 0.56 to 0.83) reaches it; DUC 2003 (under 0.06) and
            MultiLing 2011 (under 0.11) stay within 0.03 of ``duplicate``.
            Where choosing is dropping, a second wording of a fact spends
            words another fact needed, and 15% of Multi-News val summaries
            held a pair at a word cosine of 0.5 or more ("charee stanley, 40,
            filed a discrimination complaint with the equal employment
            opportunity commission ..." twice). F1 over val clusters 0-1499
            45.07/15.87 -> 45.10/15.86, 1500-2999 44.83/15.50 -> 44.89/15.54,
            3000-4499 44.48/15.04 -> 44.60/15.09 (a floor of 0.45: 45.10/15.85
            and 44.87/15.47 on the first two; 0.55: 45.08/15.85, 44.85/15.49);
            DUC 2003 and MultiLing unchanged. A fixed 0.5 cost DUC t2 1.06 R-1
            (0.6: 0.24), and a threshold falling on to 0.3 (``duplicate_fall``
            0.55 or 0.8) cost Multi-News 0.1 to 0.3, its summaries four to nine
            words shorter.
        duplicate_fall: See ``duplicate_floor``.
        max_candidates: Candidates kept for the solver, best concept score
            first (40: DUC 38.52/10.83).
        allow_dangling: Whether a dangling sentence may follow its predecessor
            (off: DUC 38.81/10.83, MN 43.49/13.81).
        quote_openings: Whether a sentence may open with a whole quote (off:
            DUC 38.98/10.95, MN 43.24/13.72).
        solver: ``greedy`` (under a millisecond) or ``ilp`` (exact: DUC
            38.60/10.65 at 20-60 ms a cluster).
        scale: The greedy's length exponent, gain per ``words ** scale``
            (with relevance 4: 0.5 DUC 39.09/11.10, t3 35.09/8.73, MN
            43.99/14.54; 0.7 39.66/11.15, 35.20/8.71, 44.05/14.62; 0.8
            39.54/11.17; 1.0 38.49/10.64: the oracle's sentences average
            32 words, ours 24 at 0.5).
        fill: Spend words the solver left on the earliest fit sentences
            (off: DUC 38.63/10.86).
        relevance: Weight of the centroid term, relative to the candidates'
            total concept weight (0: DUC 38.81/10.89, t3 34.67/8.64, MN
            43.67/14.17; 4: 39.09/11.10, 35.09/8.73, 43.85/14.46; 2 and 6
            were lower on DUC t2 or t3). Neutral on MN over three samples
            (0-299 +0.18 R-1, 1000-1299 -0.09, 3000-3299 -0.21).
        uncased_share: An article with at least this share of sentences
            opening in lower case is case-normalised, and a lower-case
            opening there is no sign of a fragment (`context.is_dangling`).
            0.2: MN 43.99/14.54 (1000-1299: 43.53/14.36 against 43.38/14.19);
            0.1 and 0.3 within 0.04, so 0.3, the safer against badly split
            web text; DUC unchanged (newswire is cased).
        wire_version: Jaccard overlap of two articles' word 5-gram sets at
            or above which they are versions of one wire story, voting once
            for concepts and counting once towards ``min_articles``
            (`concepts.wire_versions`). 0.1: DUC t2 39.80/11.79, t3
            35.47/8.71 against 39.48/11.06 and 35.00/8.68 with every article
            voting; 0.05 39.57/11.67, 0.15 39.62/11.53, 0.5 (the citations'
            syndication) 39.57/11.24; MultiLing 2011 and Multi-News unchanged
            (their articles are independent reports).
        unigram_weight: Content stems are concepts too, weighed as bigrams
            are (same article threshold and early-mention votes) times this:
            ROUGE-1 counts words a bigram-only objective ignores, and a
            second sentence repeating the first's words in a new order earns
            less. 0.03: DUC t2 40.09/11.91, t3 35.80/9.02, MultiLing 2011
            49.29/19.30 against 39.80/11.79, 35.24/8.82, 49.00/18.95; 0.02
            40.02/11.90, 35.55/8.94, 49.26; 0.04 39.97/11.76, 35.85/9.12,
            49.32; 0.05 39.97/11.76, 35.85/9.09, 49.06; 0.1 39.94/11.66,
            35.31/8.89; 0.2 39.48/11.36, 35.31/8.73. Multi-News val 0-299
            and 1000-1299 unchanged (a cluster there holds about 420 words
            in all, so the 250-word budget leaves little choice).
        lead_weight: Weight of the lead prior beside the centroid cosine in
            the relevance term (`_lead_prior`). Where the budget keeps most of
            the input (Multi-News: 250 of about 420 words), choosing is
            dropping, and a story's later sentences are what its writer
            ranked lower. Multi-News val F1, `synoptic eval --limit 1000`:
            44.55/15.30 without; 3 (decay 0.8) 44.70/15.38; 2 44.67/15.36;
            5 44.70/15.39; clusters 1000-2499 44.11/14.99 -> 44.29/15.09.
            MultiLing 2011 49.43/19.35 -> 49.57/20.08; DUC 2003 t2
            40.09/11.91 -> 40.14/11.89, t3 35.78/9.01 -> 35.72/8.99. Without
            the budget's share, at 1 (decay 0.8), DUC t2 fell to 37.42/10.37:
            with ten articles and four sentences to pick, not every lead is
            a good one.
        lead_decay: The prior's factor per sentence down an article (0.7:
            Multi-News 44.64/15.36; 0.9: 44.66/15.33).
        quote_weight: Weight of the quote prior (`_quote_prior`) beside the
            centroid cosine: a sentence that quotes someone and says who, where
            the budget keeps most of the input. Multi-News val's digests tell
            what the story's people said. `synoptic eval --limit 1500` F1
            44.89/15.62 -> 45.02/15.84; scratch runs over clusters 0-599, where
            it was chosen: 44.52/15.10 -> 44.66/15.31 (3: 44.66/15.32; 10:
            44.69/15.38), and 600-1499 45.14/15.97 -> 45.26/16.19, 1500-2999
            44.61/15.18 -> 44.78/15.42. DUC 2003 t2 and t3 and MultiLing 2011
            unchanged. A prior for any quote mark, unattributed quotes too
            ('"at the time, i did kind of think they were booing at me."'), was
            level (0-599 44.68/15.39, 600-1499 45.35/16.34).
    """

    min_words: int = 8
    max_words: int = 60
    min_articles: int = 3
    min_articles_share: float = 0.3
    position_bonus: float = 3.0
    position_decay: float = 0.7
    duplicate: float = 0.7
    duplicate_floor: float = 0.5
    duplicate_fall: float = 2.0
    max_candidates: int = 80
    allow_dangling: bool = True
    quote_openings: bool = True
    solver: str = "greedy"
    scale: float = 0.7
    fill: bool = True
    relevance: float = 4.0
    uncased_share: float = 0.3
    wire_version: float = 0.1
    unigram_weight: float = 0.03
    lead_weight: float = 3.0
    lead_decay: float = 0.8
    quote_weight: float = 5.0


def _article_ranks(sentences: Sequence[Sentence], articles: Sequence[Article]) -> dict[str, int]:
    """Rank of each article id by (date, id): dated articles first, oldest first."""
    keys: dict[str, tuple[int, str, str]] = {}
    for a in articles:
        keys[a.id] = (0, a.date.isoformat(), a.id) if a.date else (1, "", a.id)
    for s in sentences:
        keys.setdefault(s.article_id, (1, "", s.article_id))
    return {aid: r for r, aid in enumerate(sorted(keys, key=keys.__getitem__))}


def _canonical(
    sentences: Sequence[Sentence],
    ranks: dict[str, int],
    tokens: Sequence[Sequence[str]] | None,
) -> tuple[list[Sentence], list[Sequence[str]], NDArray[np.bool_], NDArray[np.bool_]]:
    """Sentences in canonical order, each with any wire dateline or leading bracketed
    group trimmed off (`trim_opening`), and their tokens.

    ``tokens`` (aligned with ``sentences``) are reused where a sentence is
    unchanged; a trimmed sentence, or any when ``tokens`` is None, is tokenised here.
    The third value marks the sentences a dateline opened: each starts a story.
    The fourth marks those a bracketed group opened, whose first letter's case
    says nothing: a page that capitalises its sentences' first characters gave
    that one to the bracket.
    """
    order = sorted(
        range(len(sentences)), key=lambda i: (ranks[sentences[i].article_id], sentences[i].index)
    )
    out: list[Sentence] = []
    out_tokens: list[Sequence[str]] = []
    opened = np.zeros(len(order), dtype=bool)
    bracketed = np.zeros(len(order), dtype=bool)
    for k, i in enumerate(order):
        s = sentences[i]
        bracket, cut = trim_opening(s.text, lead=s.index == 0)
        opened[k], bracketed[k] = cut > bracket, bracket > 0
        if cut:
            s = replace(s, start=s.start + cut, text=s.text[cut:])
        out.append(s)
        out_tokens.append(tokens[i] if tokens is not None and not cut else tokenize(s.text))
    return out, out_tokens, opened, bracketed


def _repeat_threshold(share: float, p: SelectParams) -> float:
    """The cosine at which two sentences count as one where the budget keeps ``share``
    of the cluster's words (`SelectParams.duplicate_floor`)."""
    return max(p.duplicate_floor, p.duplicate - p.duplicate_fall * share**2)


def _duplicates(content: NDArray[np.float64], threshold: float) -> NDArray[np.bool_]:
    """Which rows repeat an earlier row (cosine over content stems >= threshold).

    ``content`` is the candidates' 0/1 rows over the stems they use: a few hundred
    by a few hundred, so a dense float32 product costs what a sparse one did
    (DUC 2003 t2: 0.9 ms a cluster either way) without importing scipy.sparse.
    """
    if content.shape[0] == 0:
        return np.zeros(0, dtype=bool)
    rows = content.astype(np.float32)
    overlap = rows @ rows.T
    norms = np.sqrt(np.maximum(np.diag(overlap), 1.0))
    cosine = np.triu(overlap / np.outer(norms, norms), k=1)
    return np.asarray((cosine >= threshold).any(axis=0))


def select_with(
    sentences: Sequence[Sentence],
    *,
    articles: Sequence[Article],
    words: int,
    params: SelectParams,
    tokens: Sequence[Sequence[str]] | None = None,
    stems: Mapping[str, str] | None = None,
) -> tuple[Sentence, ...]:
    """`synoptic.select.select_sentences` with explicit constants (for tuning)."""
    if words <= 0 or not sentences:
        return ()
    ranks = _article_ranks(sentences, articles)
    ordered, ordered_tokens, opened, bracketed = _canonical(sentences, ranks, tokens)
    n = len(ordered)
    article = np.fromiter((ranks[s.article_id] for s in ordered), dtype=np.int64, count=n)
    position = np.fromiter((s.index for s in ordered), dtype=np.int64, count=n)
    lengths = np.fromiter((len(s.text.split()) for s in ordered), dtype=np.float64, count=n)
    p = params
    share = words / max(float(lengths.sum()), 1.0)  # of the cluster's words the budget keeps
    duplicate = _repeat_threshold(share, p)  # for the pool and the fill alike
    concepts = build_concepts(ordered_tokens, stems)
    # Where a lower-case opening marks a fragment: in a normally cased article, past
    # its first sentence. Multi-News lower-cases many a page's first letter ("eight
    # people were injured ..."): 232 of the first 3,000 summaries take such a lead
    # (val --limit 1500 F1 44.73/15.50 -> 44.76/15.52; DUC and MultiLing unchanged).
    # A pronoun there still dangles.
    # Nor after an opening quote mark in case-normalised text, which gave the sentence's
    # capital to the mark ('" we are ready, " he said.'); in cased text a lower-case
    # quote there is a fragment of one. Clusters 0-1499 of Multi-News val --limit
    # 1500: 44.77/15.51 -> 44.80/15.55; 1500-2999: 44.52/15.10 -> 44.54/15.13.
    quoted = np.fromiter((s.text.startswith(('"', "“")) for s in ordered), dtype=bool, count=n)
    if quoted.any():
        quoted &= _case_normalised(ordered, article, quoted)
    cased = _cased(ordered, article, p.uncased_share) & (position > 0) & ~bracketed & ~quoted

    # Versions of one wire story vote once, and the concepts' article
    # thresholds count stories, not copies.
    story = wire_versions(concepts.shingles, article, p.wire_version)
    n_stories = int(story.max()) + 1
    min_articles = max(1, min(p.min_articles, math.floor(n_stories * p.min_articles_share)))
    weigh = partial(
        weigh_concepts,
        article=story,
        position=position,
        min_articles=min_articles,
        position_bonus=p.position_bonus,
        position_decay=p.position_decay,
    )
    incidence, weights = concepts.bigrams, weigh(concepts.bigrams)
    if p.unigram_weight > 0:
        incidence = incidence.beside(concepts.unigrams)
        weights = np.concatenate([weights, p.unigram_weight * weigh(concepts.unigrams)])

    def leans(i: int) -> bool:
        # A sentence a dateline opened starts its story: nothing comes before it
        # to lean on, whatever its first word ("( ap ) — it was seven years ...").
        return not opened[i] and is_dangling(ordered[i].text, cased=bool(cased[i]))

    found_unfit: dict[int, bool] = {}

    def unfit(i: int) -> bool:
        # `is_unfit`, once a sentence: the pool is solved again after a struck sentence,
        # and the fill pass asks of the sentences it meets (DUC 2003 t2: 13% of the asks).
        known = found_unfit.get(i)
        if known is None:
            known = found_unfit[i] = is_unfit(
                ordered[i].text, quote_openings=p.quote_openings, lead=ordered[i].index == 0
            )
        return known

    # Candidates, best concept score first: fit and fitting the budget, not a
    # repeat of a better one; a dangling one only right after its (admitted)
    # predecessor. The text checks run lazily, on the best sentences only.
    score = np.bincount(incidence.rows, weights=weights[incidence.cols], minlength=n)
    eligible = (lengths >= p.min_words) & (lengths <= min(p.max_words, words)) & (score > 0)
    best_first = np.flatnonzero(eligible)[np.lexsort((np.flatnonzero(eligible), -score[eligible]))]
    solve = solve_coverage if p.solver == "ilp" else solve_greedy

    def candidates(excluded: set[int]) -> NDArray[np.int64]:
        # The first `max_candidates` fit sentences, best first, that repeat no better
        # one, found among the first twice as many fit ones. Whether a sentence repeats
        # one depends only on those before it, so the fit ones are gathered in steps
        # (`CANDIDATE_STEPS`) and the asks stop where a step holds enough.
        fit_rows = (j for j in best_first.tolist() if j not in excluded and not unfit(j))
        fit: list[int] = []
        for step in CANDIDATE_STEPS:
            size = math.ceil(step * p.max_candidates)
            fit.extend(islice(fit_rows, size - len(fit)))
            pool = np.array(fit, dtype=np.int64)
            pool = pool[~_duplicates(concepts.unigrams.dense(pool), duplicate)]
            if len(pool) >= p.max_candidates or len(fit) < size:
                break
        return pool[: p.max_candidates]

    def solve_pool(excluded: set[int]) -> list[int] | None:
        pool = candidates(excluded)
        admitted: set[int] = set(pool.tolist())
        needs: dict[int, int] = {}
        for i in sorted(admitted):
            if not leans(i):
                continue
            prev = i - 1
            same = prev >= 0 and article[prev] == article[i] and position[prev] == position[i] - 1
            if p.allow_dangling and same and prev in admitted:
                needs[i] = prev
            else:
                admitted.discard(i)
        pool = np.array(sorted(admitted), dtype=np.int64)
        if not len(pool):
            return None
        local = {int(i): k for k, i in enumerate(pool)}
        used = distinct(incidence.cols[np.isin(incidence.rows, pool)])
        used = used[weights[used] > 0]
        matrix, concept_weights = incidence.dense(pool, used), weights[used]
        if p.relevance > 0:
            # A modular relevance term (Lin & Bilmes 2011's coverage + relevance):
            # one private concept per sentence, so the solvers need no change.
            rel = (
                _relevance(concepts.unigrams, pool)
                + _lead_prior(position[pool], share, p)
                + _quote_prior([ordered[i].text for i in pool], share, p)
            )
            scale_to = float(concept_weights.sum()) / max(float(rel.sum()), 1e-12)
            matrix = np.hstack([matrix, np.eye(len(pool))])
            concept_weights = np.concatenate([concept_weights, p.relevance * scale_to * rel])
        picked = solve(
            matrix,
            lengths[pool],
            concept_weights,
            words,
            requires=[(local[i], local[q]) for i, q in needs.items()],
            scale=p.scale,
        )
        return [int(pool[k]) for k in picked]

    # A chosen sentence that is page text as it reads here (`context.is_page_text`:
    # the cleaner judged its own, differently split sentences) is struck, and the
    # pool solved again: asked of the few chosen, not of every candidate.
    excluded: set[int] = set()
    while (chosen_rows := solve_pool(excluded)) is not None:
        page = {i for i in chosen_rows if is_page_text(ordered[i].text)}
        if not page:
            break
        excluded |= page
    # No candidate at all (every sentence too long, too short or dangling: a page
    # left with one long paragraph and its quotes) still leaves the fill pass.
    chosen_rows = chosen_rows or []
    if p.fill:
        chosen_rows = _fill(
            chosen_rows, ordered, lengths, concepts.unigrams, words, unfit, leans, duplicate
        )
    if not chosen_rows:
        return ()
    chosen = [ordered[i] for i in chosen_rows]
    return order_sentences(chosen, article_rank=ranks)


def _fill(
    chosen: list[int],
    ordered: Sequence[Sentence],
    lengths: NDArray[np.float64],
    unigrams: Incidence,
    budget: int,
    unfit: Callable[[int], bool],
    leans: Callable[[int], bool],
    duplicate: float,
) -> list[int]:
    """Spend words the solver left over on the earliest sentences that still fit.

    Any sentence of at least ``FILL_MIN_WORDS`` words qualifies that is fit
    (`context.is_unfit`), not a near-duplicate of a chosen one (cosine
    ``duplicate``, `_repeat_threshold`), and not
    dangling unless its predecessor is chosen (and not one a chosen sentence
    contains, `_repeats`): once the concepts are covered,
    earlier sentences are the better bet (Multi-News references follow the lead).
    A summary still under `FILL_SPARSE_SHARE` of its budget then takes
    dangling sentences as well.
    """
    taken = set(chosen)
    left = budget - float(lengths[chosen].sum())
    order = sorted(range(len(ordered)), key=lambda i: (ordered[i].index, i))

    def supported(i: int) -> bool:
        return i - 1 in taken and ordered[i - 1].index == ordered[i].index - 1

    for sparse in (False, True):
        if sparse and left <= (1.0 - FILL_SPARSE_SHARE) * budget:
            break
        for i in order:
            if left < FILL_MIN_WORDS:
                break
            if i in taken or not FILL_MIN_WORDS <= lengths[i] <= left:
                continue
            if unfit(i):
                continue
            if not sparse and leans(i) and not supported(i):
                continue
            mine = unigrams.row(i)
            if any(_repeats(mine, unigrams.row(j), duplicate) for j in taken):
                continue
            if is_page_text(ordered[i].text):
                continue
            taken.add(i)
            left -= float(lengths[i])
    return sorted(taken)


def _repeats(a: NDArray[np.int64], b: NDArray[np.int64], duplicate: float) -> bool:
    """Whether two sentences, as sorted content-stem ids, say the same thing.

    True when their cosine reaches ``duplicate`` or the shorter one lies for
    `FILL_CONTAINED` of its stems inside the other.
    """
    if not len(a) or not len(b):
        return False
    shared = len(np.intersect1d(a, b, assume_unique=True))
    cosine = shared / float(np.sqrt(len(a) * len(b)))
    return cosine >= duplicate or shared >= FILL_CONTAINED * min(len(a), len(b))


def _relevance(unigrams: Incidence, pool: NDArray[np.int64]) -> NDArray[np.float64]:
    """Cosine of each pool sentence's TF-IDF vector to the cluster's centroid.

    Radev et al. (2004), "Centroid-based summarization of multiple documents":
    sentences are 0/1 content stems times IDF over the cluster's sentences, and
    the centroid is the sum of the articles' vectors (its scale does not
    change a cosine).
    """
    n, m = unigrams.shape
    idf = np.log((1.0 + n) / (1.0 + np.bincount(unigrams.cols, minlength=m))) + 1.0
    centroid = np.bincount(unigrams.cols, weights=idf[unigrams.cols], minlength=m)
    cols = distinct(unigrams.cols[np.isin(unigrams.rows, pool)])
    x = unigrams.dense(pool, cols) * idf[cols]
    norms = np.maximum(np.linalg.norm(x, axis=1), 1e-12)
    return (x @ centroid[cols]) / norms / max(float(np.linalg.norm(centroid)), 1e-12)


def _lead_prior(
    position: NDArray[np.int64], budget_share: float, p: SelectParams
) -> NDArray[np.float64]:
    """A prior for each sentence by its place in its article, on the centroid cosine's scale.

    ``lead_weight * lead_decay ** index``, times the square of the budget's
    share of the cluster's words (the share at most 1). The square is about
    0.35 on Multi-News, where a 250-word summary keeps most of a cluster, and
    under 0.001 on DUC's 100 words from ten articles, where coverage across
    articles decides (the
    exponent 1 cost DUC 2003 t2 0.16 R-1 and 0.31 R-2 at a weight of 3;
    3 was level with 2 on Multi-News).
    """
    share = min(1.0, budget_share) ** 2
    return p.lead_weight * share * p.lead_decay ** position.astype(np.float64)


def _quote_prior(texts: Sequence[str], budget_share: float, p: SelectParams) -> NDArray[np.float64]:
    """A prior for each sentence that quotes someone and says who, on the centroid
    cosine's scale.

    ``quote_weight`` for a sentence that `context.quotes_a_speaker`, times the
    cube of the budget's share of the cluster's words (the share at most 1):
    about 0.2 on Multi-News, where a 250-word digest keeps most of a few articles
    and tells what their people said, and under 0.001 on MultiLing 2011's 250
    words from ten WikiNews articles (shares of 0.05 to 0.1), whose summaries
    report, and on DUC. The square, as the lead prior has it, cost MultiLing
    0.35 R-1 and 0.55 R-2 and gained Multi-News nothing more.
    """
    share = min(1.0, budget_share) ** 3
    quotes = np.fromiter(map(quotes_a_speaker, texts), dtype=np.float64, count=len(texts))
    return p.quote_weight * share * quotes


# Below this share of words that are capitals mid-sentence (after a lower-case word or
# a comma), an article's case is normalised: in the first 300 clusters of each set,
# Multi-News val's pages have none at the 99th percentile, DUC 2003's and MultiLing's
# articles at least 0.026 (proper nouns alone give cased news a few per cent).
CASE_NORMALISED_CAPITALS = 0.01
_MID_SENTENCE_CAPITAL = compile_pattern(r"(?<=[a-z,;] )[A-Z]")


def _case_normalised(
    ordered: Sequence[Sentence], article: NDArray[np.int64], wanted: NDArray[np.bool_]
) -> NDArray[np.bool_]:
    """Whether each sentence's article is case-normalised (`CASE_NORMALISED_CAPITALS`),
    for the articles of the ``wanted`` sentences (False for the others)."""
    asked = np.isin(article, article[wanted])
    texts: dict[int, list[str]] = {}
    for k in np.flatnonzero(asked).tolist():
        texts.setdefault(int(article[k]), []).append(ordered[k].text)
    normalised = np.zeros(int(article.max()) + 1, dtype=bool)
    for a, sentences in texts.items():
        text = " ".join(sentences)
        needed = CASE_NORMALISED_CAPITALS * (text.count(" ") + 1)
        # Counted only until there are enough: cased text has them in its first lines.
        capitals = 0
        for _ in _MID_SENTENCE_CAPITAL.finditer(text):
            capitals += 1
            if capitals >= needed:
                break
        normalised[a] = capitals < needed
    return asked & normalised[article]


def _cased(
    ordered: Sequence[Sentence], article: NDArray[np.int64], uncased_share: float
) -> NDArray[np.bool_]:
    """Whether each sentence's article is normally cased.

    An article counts as case-normalised when at least ``uncased_share`` of
    its sentences open in lower case (after any quote mark or parenthesis).
    """
    lower = np.fromiter(
        (s.text.lstrip("\"“”‘’'([ \t")[:1].islower() for s in ordered),
        dtype=bool,
        count=len(ordered),
    )
    if not len(lower):
        return np.ones(0, dtype=bool)
    share = np.bincount(article, weights=lower) / np.maximum(np.bincount(article), 1)
    return share[article] < uncased_share
