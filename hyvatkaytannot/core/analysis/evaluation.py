"""Measuring the analysis against gold lemmas (benchmarks/analysis_eval.py, the tests).

Definitions (the data: one row per form with its gold lemma, UPOS and compound parts):
- Forms are lowercased strings; a form may have several gold lemmas (homographs). Two
  distinct forms a, b *belong together* when they share a gold lemma (compound
  boundaries `#` and case ignored).
- The analysis *matches* the ordered pair (a, b) when query_keys(a) ∩ index_keys(b) ≠ ∅:
  a search for a finds a text containing b. Every ordered pair of distinct forms of the
  subset counts (both directions, since search is not symmetric).
- Recall = matched pairs that belong together / pairs that belong together.
- Precision = matched pairs that belong together / matched pairs, where a match that the
  gold data itself calls intended is left out of both counts: b's gold lemma is a
  compound with a run of parts (gold `#`) that is a's lemma, or is written like a form
  whose gold lemma is a's ("lain" in lain#säädäntö for "laki"), i.e. a part search
  ("palvelu" finding "elinvoimapalvelujen"), which compound-part recall measures instead.
  `strict_precision` counts those matches as errors too.
- Compound-part recall: for every (compound form, gold part) pair, does
  query_keys(part) ∩ index_keys(form) ≠ ∅.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

KeysFn = Callable[[str], Iterable[str]]

NOMINAL = frozenset({"NOUN", "PROPN"})
CONTENT = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})


@dataclass
class Form:
    form: str
    lemmas: set[str] = field(default_factory=set)
    upos: set[str] = field(default_factory=set)
    parts: set[tuple[str, ...]] = field(default_factory=set)  # gold compound parts


@dataclass(frozen=True)
class PairScores:
    pairs_gold: int
    pairs_matched: int
    hits: int
    intended_part_matches: int

    @property
    def recall(self) -> float:
        return self.hits / self.pairs_gold if self.pairs_gold else 1.0

    @property
    def precision(self) -> float:
        judged = self.pairs_matched - self.intended_part_matches
        return self.hits / judged if judged else 1.0

    @property
    def strict_precision(self) -> float:
        return self.hits / self.pairs_matched if self.pairs_matched else 1.0


def load_forms(path: Path) -> dict[str, Form]:
    forms: dict[str, Form] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            word = row["form"].strip().lower()
            if not word:
                continue
            item = forms.setdefault(word, Form(word))
            gold = row["lemma"].lower()
            item.lemmas.add(gold.replace("#", ""))
            item.upos.add(row["upos"])
            if "#" in gold:
                item.parts.add(tuple(gold.split("#")))
            if row.get("parts"):
                item.parts.add(tuple(p.lower() for p in row["parts"].split("+") if p))
    return forms


def subset(forms: dict[str, Form], upos: frozenset[str] | None) -> list[Form]:
    return [f for f in forms.values() if upos is None or f.upos & upos]


def _runs(parts: tuple[str, ...]) -> set[str]:
    """Every run of adjacent parts except the whole compound."""
    n = len(parts)
    return {"".join(parts[i:j]) for i in range(n) for j in range(i + 1, n + 1) if (i, j) != (0, n)}


def pairwise(forms: list[Form], query: KeysFn, index: KeysFn) -> PairScores:
    """Pair scores over ordered pairs of distinct forms (see the module docstring)."""
    by_index_key: dict[str, set[int]] = defaultdict(set)
    for i, f in enumerate(forms):
        for key in index(f.form):
            by_index_key[key].add(i)
    by_lemma: dict[str, set[int]] = defaultdict(set)
    for i, f in enumerate(forms):
        for lemma in f.lemmas:
            by_lemma[lemma].add(i)
    lemmas_of = {f.form: f.lemmas for f in forms}
    run_lemmas: list[set[str]] = []
    for f in forms:
        runs: set[str] = set().union(*(_runs(p) for p in f.parts)) if f.parts else set()
        run_lemmas.append(runs.union(*(lemmas_of.get(r, set()) for r in runs)))

    gold = matched = hits = intended = 0
    for a, fa in enumerate(forms):
        together: set[int] = set().union(*(by_lemma[lemma] for lemma in fa.lemmas))
        together.discard(a)
        found: set[int] = set()
        for key in query(fa.form):
            found |= by_index_key.get(key, set())
        found.discard(a)
        gold += len(together)
        matched += len(found)
        hits += len(found & together)
        for b in found - together:
            if fa.lemmas & run_lemmas[b]:
                intended += 1
    return PairScores(gold, matched, hits, intended)


def compound_part_recall(forms: list[Form], query: KeysFn, index: KeysFn) -> tuple[int, int]:
    """(found, total) over (compound form, gold part) pairs."""
    found = total = 0
    for f in forms:
        parts = {p for split in f.parts for p in split}
        keys = set(index(f.form))
        for part in parts:
            total += 1
            if keys & set(query(part)):
                found += 1
    return found, total
