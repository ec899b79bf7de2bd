"""Forgiving search on written queries: typos, missing ä/ö, word families, two-word queries.

    python benchmarks/query_eval.py [--sweep]

Builds an index of the 25 cases in tests/data/forgiving/forgiving_cases.py (written for this) in a
temporary folder and runs two query sets over it:
- tests/data/forgiving/tuning.tsv: what the correction ratio (correct.CORRECTION_RATIO) and
  the family weight (compile.FAMILY_WEIGHT) were chosen on; `--sweep` prints the choice;
- tests/data/forgiving/heldout.tsv: written before any tuning, never used to choose.
A query is right at k when one of its listed cases is among the first k hits. "corrected"
counts queries where a corrected reading ran instead of the typed one; "wrongly corrected"
those of kind `exact` (typed right) that were corrected anyway.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data" / "forgiving"
sys.path.insert(0, str(DATA))

from forgiving_cases import write_corpus  # noqa: E402

from hyvatkaytannot.core.library import Library  # noqa: E402
from hyvatkaytannot.core.search import SearchIndex  # noqa: E402


def load_queries(path: Path) -> list[tuple[str, set[str], str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            query, ids, kind = line.split("\t")
            rows.append((query, set(ids.split(",")), kind.strip()))
    return rows


def evaluate(ix: SearchIndex, rows: list[tuple[str, set[str], str]]) -> dict[str, Any]:
    top1 = top3 = corrected = wrong = 0
    misses = []
    for query, ids, kind in rows:
        resp = ix.search(query, limit=3, snippets=False, facets=False)
        got = [h.id for h in resp.hits]
        top1 += bool(got and got[0] in ids)
        top3 += bool(ids.intersection(got))
        was_corrected = bool(getattr(resp, "corrected", False))
        corrected += was_corrected
        wrong += was_corrected and kind == "exact"
        if not ids.intersection(got):
            misses.append(f"{query!r} -> {got} (ran {getattr(resp, 'ran_query', query)!r})")
    n = len(rows)
    return {
        "n": n,
        "top1": top1,
        "top3": top3,
        "corrected": corrected,
        "wrong": wrong,
        "misses": misses,
    }


def report(name: str, r: dict[str, Any]) -> None:
    n = r["n"]
    print(
        f"{name:<10} {n:>3} queries  top-1 {r['top1']:>2}/{n} ({r['top1'] / n:.0%})  "
        f"top-3 {r['top3']:>2}/{n} ({r['top3'] / n:.0%})  corrected {r['corrected']:>2}  "
        f"wrongly corrected {r['wrong']}"
    )
    for miss in r["misses"]:
        print(f"           miss: {miss}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sweep", action="store_true", help="print the tuning sweeps")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_corpus(Path(tmp) / "cases")
        cases = Library([(folder, True)]).load().cases
        ix = SearchIndex(Path(tmp) / "index", Path(tmp) / "cache.sqlite")
        ix.sync(cases, lambda cid: ([], []))
        tuning = load_queries(DATA / "tuning.tsv")
        heldout = load_queries(DATA / "heldout.tsv")
        if args.sweep:
            _sweep(ix, tuning)
        report("tuning", evaluate(ix, tuning))
        report("held-out", evaluate(ix, heldout))
        ix.close()
    return 0


def _sweep(ix: SearchIndex, tuning: list[tuple[str, set[str], str]]) -> None:
    from hyvatkaytannot.core.search import compile as compile_mod
    from hyvatkaytannot.core.search import correct

    ratio, weight = correct.CORRECTION_RATIO, compile_mod.FAMILY_WEIGHT
    print("correction ratio sweep (tuning set):")
    for r in (1.5, 2, 3, 5, 8, 10, 20, 50):
        correct.CORRECTION_RATIO = r
        res = evaluate(ix, tuning)
        print(
            f"  ratio {r:>4}: top-3 {res['top3']}/{res['n']}, corrected {res['corrected']}, "
            f"wrongly corrected {res['wrong']}"
        )
    correct.CORRECTION_RATIO = ratio
    print("family weight sweep (tuning set):")
    for w in (0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 1.0):
        compile_mod.FAMILY_WEIGHT = w
        res = evaluate(ix, tuning)
        print(f"  weight {w:>4}: top-1 {res['top1']}/{res['n']}, top-3 {res['top3']}/{res['n']}")
    compile_mod.FAMILY_WEIGHT = weight
    print()


if __name__ == "__main__":
    raise SystemExit(main())
