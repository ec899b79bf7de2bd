"""Quality of the Swedish analysis, beside the candidates it was chosen from.

    python benchmarks/swedish_eval.py FORMS.tsv [COMPOUNDS.tsv [FINNISH_FORMS.tsv]]
        [--heldout HELDOUT.tsv]

FORMS.tsv: Swedish forms with gold lemmas (e.g. /work/shared/eval/swedish-forms-public.tsv,
UD Swedish-Talbanken, CC BY-SA 4.0); COMPOUNDS.tsv defaults to
benchmarks/data/swedish-compounds.tsv (compounds with their parts and words that must not
be split, written for this project). Metrics: hyvatkaytannot/core/analysis/evaluation.py.
"Conflation" pairs query keys with whole-word keys (do two forms of one lemma meet, do
forms of different lemmas stay apart); "with parts" pairs them with every index key, so a
part search ("område" finding "välfärdsområdet") counts against precision too: the gold
data has no compound marks to tell intended part matches from errors.

The same table is printed for HELDOUT.tsv (default benchmarks/data/swedish-forms-heldout.tsv:
439 forms written for this project and never tuned on, see benchmarks/data/README.md), from
the same run and beside the same candidates: the public file's figure was reached with rules
written next to its misses, the held-out one says how far that carries.

With FINNISH_FORMS.tsv (e.g. /work/shared/eval/finnish-forms-public.tsv) it also prints
what a bilingual library does to each language: queries analysed in Finnish and Swedish
against Finnish index keys (the Finnish figures) and against Swedish ones.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hyvatkaytannot.core.analysis import swedish
from hyvatkaytannot.core.analysis.evaluation import CONTENT, NOMINAL, load_forms, pairwise, subset
from hyvatkaytannot.core.analysis.languages import swedish_keys

TARGET = (0.95, 0.98)
COMPOUNDS = Path(__file__).with_name("data") / "swedish-compounds.tsv"
HELDOUT = Path(__file__).with_name("data") / "swedish-forms-heldout.tsv"
SUBSETS = (("all", None), ("nominal", NOMINAL), ("content", CONTENT))


def main(argv: list[str]) -> int:
    argv = list(argv)
    heldout = HELDOUT
    if "--heldout" in argv:
        at = argv.index("--heldout")
        heldout = Path(argv[at + 1])
        del argv[at : at + 2]
    if len(argv) < 2:
        print(__doc__)
        return 2
    forms = load_forms(Path(argv[1]))
    held = load_forms(heldout)
    compounds = Path(argv[2]) if len(argv) > 2 else COMPOUNDS
    started = time.perf_counter()
    swedish.preload()
    print(f"analyzer {swedish.SV_VERSION}, lexicon load {time.perf_counter() - started:.1f} s")

    candidates: list[tuple[str, Callable[[str], list[str]], Callable[[str], list[str]]]] = []

    def query(w: str) -> list[str]:
        return list(swedish_keys(w)[1])

    def index(w: str) -> list[str]:
        return list(swedish_keys(w)[0])

    candidates.append(("ours (conflation)", query, query))
    candidates.append(("ours (with parts)", query, index))
    plain = _plain_candidates()
    candidates += [(name, fn, fn) for name, fn in plain]
    summary = []
    for label, path, data in (("public", argv[1], forms), ("held-out", heldout, held)):
        print(f"\n{label}: {path} ({len(data)} distinct forms)")
        print(f"{'subset':<10}{'forms':>6}  {'':<20}{'recall':>8}{'precision':>11}")
        for subset_name, upos in SUBSETS:
            items = subset(data, upos)
            for name, q, i in candidates:
                s = _print_scores(subset_name, items, name, q, i)
                if subset_name == "all":
                    summary.append((label, name, s))
    print("\nall forms, recall / precision, public | held-out (same run):")
    for name, *_ in candidates:
        cells = [f"{s.recall:.3f} / {s.precision:.3f}" for _, n, s in summary if n == name]
        print(f"  {name:<20}{' | '.join(cells)}")
    print()
    compound_figures(compounds)
    if len(argv) > 3:
        print()
        bilingual(Path(argv[3]), forms)
    return 0


def bilingual(finnish_path: Path, swedish_forms: dict[str, Any]) -> None:
    from hyvatkaytannot.core.analysis.languages import finnish_keys

    def both(w: str) -> list[str]:
        return list(dict.fromkeys([*finnish_keys(w)[1], *swedish_keys(w)[1]]))

    def fi_query(w: str) -> list[str]:
        return list(finnish_keys(w)[1])

    def fi_index(w: str) -> list[str]:
        return list(finnish_keys(w)[0])

    def sv_query(w: str) -> list[str]:
        return list(swedish_keys(w)[1])

    finnish = load_forms(finnish_path)
    print(f"bilingual library ({finnish_path.name}, {len(finnish)} forms):")
    for subset_name, upos in SUBSETS:
        items = subset(finnish, upos)
        _print_scores(subset_name, items, "fi query, fi keys", fi_query, fi_index)
        _print_scores(subset_name, items, "fi+sv query, fi keys", both, fi_index)
    items = subset(swedish_forms, None)
    _print_scores("all", items, "fi+sv query, sv keys", both, sv_query)


def _print_scores(
    subset_name: str,
    items: list[Any],
    name: str,
    q: Callable[[str], list[str]],
    i: Callable[[str], list[str]],
) -> Any:
    s = pairwise(items, q, i)
    mark = ""
    if name.startswith("ours (conflation)") and subset_name == "all":
        ok = s.recall >= TARGET[0] and s.precision >= TARGET[1]
        mark = f"  target R≥{TARGET[0]} P≥{TARGET[1]}: {'met' if ok else 'NOT met'}"
    print(
        f"{subset_name:<10}{len(items):>6}  {name:<20}{s.recall:>8.3f}"
        f"{s.precision:>11.3f}   ({s.hits}/{s.pairs_gold} pairs, "
        f"{s.pairs_matched} matched){mark}"
    )
    return s


def _plain_candidates() -> list[tuple[str, Callable[[str], list[str]]]]:
    import simplemma
    import snowballstemmer

    stem = snowballstemmer.stemmer("swedish").stemWord
    return [
        ("snowball", lambda w: [stem(w)]),
        ("simplemma", lambda w: [str(simplemma.lemmatize(w, lang="sv")).lower()]),
    ]


def compound_figures(path: Path) -> None:
    found = total = false_splits = plain = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        form, _, parts_text = line.partition("\t")
        parts = [p for p in parts_text.strip().split("+") if p]
        keys = set(swedish_keys(form)[0])
        if len(parts) < 2:
            plain += 1
            split = swedish.split_compound(form.lower())
            if split and len(parts) < 2 and not set(split[0]) <= {p for p in parts}:
                false_splits += 1
                print(f"  split though not a compound: {form} → {' + '.join(split[0])}")
            continue
        for part in parts:
            total += 1
            if keys & set(swedish_keys(part)[1]):
                found += 1
            else:
                print(f"  part not found: {part} in {form} ({' '.join(sorted(keys))})")
    print(f"compound-part recall {found / total:.3f}  ({found}/{total}, {path.name})")
    print(f"false splits {false_splits}/{plain} words that are not compounds")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
