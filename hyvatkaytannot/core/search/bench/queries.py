"""Query sets for the benchmark, drawn from the corpus itself (so that they have hits), and
the same queries for Whoosh and for SQLite FTS5.

Each query type is a list of (whoosh_query, whoosh_options, fts_match, fts_kind). FTS5 has
no fuzzy search and no Finnish analysis: its queries use the words as typed (inflected forms
match only themselves), so it does less work per query; the comparison is of speed only.
"""

from __future__ import annotations

import random
import re
from typing import Any

Query = tuple[str, dict[str, Any], str | None, str]

TYPES = (
    "word",
    "two words",
    "phrase",
    "prefix",
    "fuzzy",
    "facet-filtered",
    "with snippets",
    "typing",
)

_WORD = re.compile(r"^[a-zåäö]{5,}$")


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-zÅÄÖåäö]+", text) if _WORD.match(w.lower())]


def _typo(rng: random.Random, word: str) -> str:
    i = rng.randrange(1, len(word))
    if rng.random() < 0.5:
        return word[:i] + word[i + 1 :]
    return word[:i] + rng.choice("aeiklnorstu") + word[i + 1 :]


def make_queries(
    bodies: list[str], regions: list[str], n: int, seed: int = 3
) -> dict[str, list[Query]]:
    rng = random.Random(seed)
    sentences = [s for b in bodies for s in re.split(r"(?<=[.!?])\s+", b) if len(_words(s)) >= 2]
    out: dict[str, list[Query]] = {t: [] for t in TYPES}
    base = {"limit": 20, "facets": True, "snippets": False}
    typing = {**base, "as_you_type": True}
    for _ in range(n):
        words = _words(rng.choice(sentences))
        w1, w2 = rng.sample(words, 2) if len(words) >= 2 else (words[0], words[0])
        s_words = re.findall(r"[A-Za-zÅÄÖåäö]+", rng.choice(sentences))
        j = rng.randrange(max(1, len(s_words) - 1))
        p1, p2 = (s_words[j], s_words[j + 1]) if len(s_words) > 1 else (w1, w2)
        cut = rng.randint(3, max(3, len(w1) - 1))
        region = rng.choice(regions)
        out["word"].append((w1, typing, f'"{w1}"', "match"))
        out["two words"].append((f"{w1} {w2}", typing, f'"{w1}" "{w2}"', "match"))
        out["phrase"].append((f'"{p1} {p2}"', base, f'"{p1} {p2}"', "match"))
        out["prefix"].append((w1[:cut], typing, f'"{w1[:cut]}"*', "match"))
        out["fuzzy"].append((_typo(rng, w1) + "~", base, None, "none"))
        out["facet-filtered"].append(
            (w1, {**typing, "filters": {"region": [region]}}, f'"{w1}"\t{region}', "facet")
        )
        out["with snippets"].append((w1, {**typing, "snippets": True}, f'"{w1}"', "snippet"))
    # Typing: every keystroke of some two-word queries (from the third letter on).
    for q in out["two words"][: max(1, n // 10)]:
        text = q[0]
        for k in range(3, len(text) + 1):
            if text[k - 1] != " ":
                out["typing"].append((text[:k], typing, None, "none"))
    return out
