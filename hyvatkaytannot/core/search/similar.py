"""Similar cases: "who else did something like this?", with why.

As Lucene's MoreLikeThis: the open case's key terms are its lemmas weighted tf·idf (title
and summary count more than the body), leaving out terms in almost every case (they carry
no topic) and terms in no other case (nothing to find); the other cases are scored by
the BM25F scores of those terms (the per-term scores the search already caches, scores.py)
times each term's weight. Shared themes and regions add to that (officials ask "which
other municipalities did this", so a shared theme counts for much, a shared region a little).
Each hit says why: its strongest shared terms, the shared themes and regions.

Cost: one stored-fields read, the case's words through the analysis (cached) and at most
MAX_TERMS × 3 cached term dicts; bench reports it at 10,000 cases.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from whoosh import query as wq

from hyvatkaytannot.core.analysis.engine import is_function_lemma
from hyvatkaytannot.core.search import analysis_bridge as fi
from hyvatkaytannot.core.search.facets import FacetData
from hyvatkaytannot.core.search.function_words import SWEDISH_FUNCTION_WORDS
from hyvatkaytannot.core.search.scores import ScoreCache

# How many key terms describe a case (MoreLikeThis's maxQueryTerms is 25; fewer terms read
# fewer postings: at 10,000 cases 15 terms of 40 candidates cost p50 38 ms CPU, 20 of 80 74).
MAX_TERMS = 15
# A term in more than this share of the cases is not a topic ("kunta", "hanke"); small
# libraries keep terms up to MIN_MAX_DF cases. Also what bounds the cost: every key term's
# postings are read (at 10,000 cases a share of 0.5 cost ~250 ms a case, 0.1 a fifth).
MAX_DF_SHARE = 0.1
MIN_MAX_DF = 10
# Short lemmas are mostly generic ("tapa", "osa", "yli", "sama") rather than topics.
MIN_LENGTH = 5
# Words of the case (most frequent first) whose document frequency is looked up.
MAX_CANDIDATES = 40
# Field -> weight of a word of that field in the case's own term frequencies.
SOURCE_WEIGHTS: dict[str, float] = {"title": 3.0, "summary": 2.0, "body": 1.0}
# Fields the other cases are scored in (their BM25F boosts apply on top).
MATCH_FIELDS: tuple[str, ...] = ("title", "summary", "body")
# Added to the text score (scaled to 0..1 by the best candidate's) per share of the case's
# themes the other case has, and for a shared region.
THEME_WEIGHT = 0.5
REGION_WEIGHT = 0.15
WHY_TERMS = 5


@dataclass
class Similar:
    docnum: int
    score: float
    terms: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)


def key_terms(
    texts: dict[str, str], doc_frequency: Callable[[str], int], n_docs: int
) -> list[tuple[str, float]]:
    """The case's MAX_TERMS key terms with their tf·idf weights, best first."""
    tf: dict[str, float] = {}
    for fname, text in texts.items():
        weight = SOURCE_WEIGHTS.get(fname, 1.0)
        for word, _, _ in fi.tokenize(text):
            if word.isdigit():
                continue
            for key in fi.query_keys(word):
                if len(key) >= MIN_LENGTH and not key.isdigit():
                    tf[key] = tf.get(key, 0.0) + weight
    max_df = max(MIN_MAX_DF, int(n_docs * MAX_DF_SHARE))
    scored: list[tuple[str, float]] = []
    # Document frequencies only for the most frequent words of the case: a lookup costs
    # ~60 µs on a many-segment index, and a long case has hundreds of distinct words.
    candidates = heapq.nlargest(MAX_CANDIDATES, tf.items(), key=lambda tw: (tw[1], tw[0]))
    for term, freq in candidates:
        # "kanssa", "kuitenkin": frequent in a case, shared with many, and no reason why.
        if term in SWEDISH_FUNCTION_WORDS or is_function_lemma(term):
            continue
        df = doc_frequency(term)
        if df < 2 or df > max_df:  # only this case has it, or nearly every case does
            continue
        scored.append((term, freq * math.log(1 + n_docs / df)))
    return heapq.nlargest(MAX_TERMS, scored, key=lambda tw: (tw[1], tw[0]))


def find_similar(
    docnum: int,
    texts: dict[str, str],
    scores: ScoreCache,
    facets: FacetData,
    doc_frequency: Callable[[str], int],
    n_docs: int,
    limit: int,
) -> list[Similar]:
    terms = key_terms(texts, doc_frequency, n_docs)
    total: dict[int, float] = {}
    shared: dict[int, list[tuple[float, str]]] = {}
    for term, weight in terms:
        per_doc: dict[int, float] = {}
        for fname in MATCH_FIELDS:
            for d, s in scores.evaluate(wq.Term(fname, term)).items():
                per_doc[d] = per_doc.get(d, 0.0) + s
        for d, s in per_doc.items():
            total[d] = total.get(d, 0.0) + s * weight
            shared.setdefault(d, []).append((s * weight, term))
    total.pop(docnum, None)
    best = max(total.values(), default=0.0) or 1.0
    combined = {d: s / best for d, s in total.items()}
    themes = _labels_of(facets, "theme", docnum)
    regions = _labels_of(facets, "region", docnum)
    theme_of: dict[int, list[str]] = {}
    for theme in themes:
        for d in facets.values("theme").get(theme, frozenset()):
            if d != docnum:
                theme_of.setdefault(d, []).append(theme)
                combined[d] = combined.get(d, 0.0) + THEME_WEIGHT / len(themes)
    region_of: dict[int, list[str]] = {}
    for region in regions:
        for d in facets.values("region").get(region, frozenset()):
            if d != docnum and d in combined:  # a region alone does not make a case similar
                region_of.setdefault(d, []).append(region)
                combined[d] += REGION_WEIGHT / len(regions)
    live = facets.all_docs()
    top = heapq.nsmallest(
        limit, (d for d in combined if d in live), key=lambda d: (-combined[d], d)
    )
    return [
        Similar(
            docnum=d,
            score=combined[d],
            terms=[t for _, t in sorted(shared.get(d, []), reverse=True)[:WHY_TERMS]],
            themes=theme_of.get(d, []),
            regions=region_of.get(d, []),
        )
        for d in top
    ]


def _labels_of(facets: FacetData, facet: str, docnum: int) -> list[str]:
    return sorted(v for v, docs in facets.values(facet).items() if docnum in docs)


def why_dict(found: Similar) -> dict[str, Any]:
    return {"terms": found.terms, "themes": found.themes, "regions": found.regions}
