"""Possible duplicates of a new or imported case, for a warning before it is saved.

Design decisions:
- No Voikko and no index here: this runs on every save and every bundle preview and must
  be instant and dependable. Finnish inflection is handled crudely but well enough for
  titles by comparing word *prefixes* (the first 5 letters: "kotihoidon" and "kotihoito"
  both give "kotih"), after dropping a few function words.
- Similarity of two texts is the mean of the Jaccard index and the overlap coefficient of
  their prefix sets: Jaccard alone punishes a short title against a long one, overlap alone
  calls any one-word title a duplicate of everything containing that word.
- A candidate must share a municipality (the issue's rule: two towns may well run the same
  kind of project). When either case names no municipality we cannot tell, so only a
  near-identical title counts. An identical normalised title always counts.
- `reason` is a stable code ("title", "summary", "title+summary", "same-title") so that the
  GUI can translate it; `describe_reason` gives English words for the CLI.
- A case with the same id is the same case (an update), not a duplicate: it is skipped.
- Token sets are cached by text, so a bundle preview (every incoming case against the
  whole library) tokenises each library title and summary once, not once per pair.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import NamedTuple

from hyvatkaytannot.core.case import Case

PREFIX = 5
TITLE_THRESHOLD = 0.5
SUMMARY_THRESHOLD = 0.4
# Without a shared municipality (one side lists none) only near-identical titles count.
NO_MUNICIPALITY_TITLE_THRESHOLD = 0.85

_STOPWORDS = frozenset(
    {
        "ja", "sekä", "tai", "eli", "on", "ovat", "oli", "ei", "se", "ne", "sen", "niiden",
        "joka", "jotka", "mikä", "kuin", "myös", "kanssa", "kautta", "avulla", "osana",
        "uusi", "uuden", "uudet", "the", "and", "of", "for", "in", "a", "an", "to",
    }
)  # fmt: skip
_REASON_TEXT = {
    "same-title": "the same title",
    "title": "a similar title in the same municipality",
    "summary": "a similar summary in the same municipality",
    "title+summary": "a similar title and summary in the same municipality",
}


class Similar(NamedTuple):
    case_id: str
    score: float
    reason: str


def describe_reason(reason: str) -> str:
    return _REASON_TEXT.get(reason, reason)


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    return " ".join(re.findall(r"\w+", text))


@lru_cache(maxsize=65536)
def token_set(text: str) -> frozenset[str]:
    """The word prefixes of `text`, without function words, digits-only words or 1-letter words."""
    words = normalise(text).split()
    return frozenset(
        w[:PREFIX] for w in words if len(w) > 1 and w not in _STOPWORDS and not w.isdigit()
    )


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    common = len(a & b)
    jaccard = common / len(a | b)
    overlap = common / min(len(a), len(b))
    return (jaccard + overlap) / 2


def _municipalities(case: Case) -> set[str]:
    return {normalise(m) for m in case.municipalities if m}


def find_similar(
    case: Case, cases: Iterable[Case] | Mapping[str, Case], limit: int = 10
) -> list[Similar]:
    """Cases in `cases` that may be the same practice as `case`, best first.

    Each result is (case_id, score 0..1, reason code). The case itself (same id) is skipped.
    """
    pool = cases.values() if isinstance(cases, Mapping) else cases
    title = token_set(case.title)
    summary = token_set(case.summary)
    norm_title = normalise(case.title)
    munis = _municipalities(case)
    found: list[Similar] = []
    for other in pool:
        if other.id == case.id:
            continue
        if norm_title and normalise(other.title) == norm_title:
            found.append(Similar(other.id, 1.0, "same-title"))
            continue
        t = similarity(title, token_set(other.title))
        other_munis = _municipalities(other)
        if not munis or not other_munis:
            if t >= NO_MUNICIPALITY_TITLE_THRESHOLD:
                found.append(Similar(other.id, round(t, 3), "title"))
            continue
        if not munis & other_munis:
            continue
        s = similarity(summary, token_set(other.summary))
        reasons = [
            r
            for r, ok in (("title", t >= TITLE_THRESHOLD), ("summary", s >= SUMMARY_THRESHOLD))
            if ok
        ]
        if reasons:
            found.append(Similar(other.id, round(max(t, s), 3), "+".join(reasons)))
    found.sort(key=lambda r: (-r.score, r.case_id))
    return found[:limit]
