"""Capture quality and speed: the seeds against the bundled cases built from them, and
held-out documents in every format (benchmarks/capture_heldout, never tuned on).

    python benchmarks/capture_eval.py [--seeds ../shared/seeds] [--no-export-pdf]

Prints precision and recall of municipalities and themes (micro-averaged over documents),
regions agreement on the seeds, period exactness over documents whose gold states a
period, and time per document (the first, which loads the Finnish morphology, apart).
With export-pdf (needs PySide6, offscreen), the bundled cases are also exported as PDF
handouts with the app's own command and captured back.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from hyvatkaytannot.core.capture import capture_file, capture_text
from hyvatkaytannot.core.library import Library
from hyvatkaytannot.core.resources import bundled_practices_dir

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SEED_CASES = {
    "000": "posio-yhteistyo",
    "001": "posio-yhteisollinen-johtaminen",
    "002": "suupohja-elinvoiman-johtaminen",
    "003": "orivesi-elinvoimapalvelut",
    "004": "tyon-rikastajat-ja-rakastajat",
}


def _load(path: Path, name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _write(doc: dict[str, Any], folder: Path, builders: Any) -> Path | str:
    name, blocks = doc["file"], doc["blocks"]
    path = folder / name
    suffix = path.suffix
    if suffix == ".html":
        path.write_text(builders.html_page(blocks[0][1], blocks), encoding="utf-8")
    elif suffix == ".mhtml":
        builders.write_mhtml(path, builders.html_page(blocks[0][1], blocks), "https://x.invalid/a")
    elif suffix == ".docx":
        builders.write_docx(path, blocks[0][1], blocks)
    elif suffix == ".odt":
        builders.write_odt(path, blocks)
    elif suffix == ".pdf":
        builders.write_pdf(path, [t for _, t in blocks])
    elif suffix == ".md":
        md = "\n\n".join(
            ("# " if k == "h1" else "## " if k == "h2" else "- " if k == "li" else "") + t
            for k, t in blocks
        )
        path.write_text(md, encoding="utf-8")
    elif suffix == ".txt":
        path.write_text("\n".join(t for _, t in blocks), encoding="utf-8")
    else:  # clipboard
        return "\n".join(t for _, t in blocks)
    return path


class Tally:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, got: list[str], gold: list[str]) -> None:
        g, t = set(got), set(gold)
        self.tp += len(g & t)
        self.fp += len(g - t)
        self.fn += len(t - g)

    def pr(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return f"P {p:.2f}  R {r:.2f}  (tp {self.tp}, fp {self.fp}, fn {self.fn})"


def _gold_of_case(case: Any) -> dict[str, Any]:
    period = None
    if case.period_start:
        period = {"start": case.period_start, "end": case.period_end}
    return {
        "municipalities": case.municipalities,
        "regions": case.regions,
        "themes": case.themes,
        "period": period,
        "funding": case.funding,
        "total_cost": case.total_cost,
    }


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    default = REPO.parent / "shared" / "seeds"
    if not default.is_dir():
        default = Path("/work/shared/seeds")
    ap.add_argument("--seeds", type=Path, default=default)
    ap.add_argument("--no-export-pdf", action="store_true")
    args = ap.parse_args(argv[1:])
    builders = _load(REPO / "tests" / "core" / "capture" / "documents.py", "builders")
    heldout = _load(HERE / "capture_heldout" / "documents.py", "heldout").HELDOUT
    cases = Library([(bundled_practices_dir(), True)]).load().cases

    runs: list[tuple[str, str, dict[str, Any], dict[str, Any], float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.seeds.is_dir():
            for prefix, case_id in SEED_CASES.items():
                [seed] = args.seeds.glob(f"{prefix}_*.txt")
                t = time.perf_counter()
                record = capture_file(seed).to_json()
                runs.append(
                    (
                        "seed",
                        seed.name,
                        record,
                        _gold_of_case(cases[case_id]),
                        time.perf_counter() - t,
                    )
                )
        else:
            print(f"(no seeds at {args.seeds}: seed figures skipped)")
        for doc in heldout:
            target = _write(doc, folder, builders)
            t = time.perf_counter()
            draft = capture_text(target) if isinstance(target, str) else capture_file(target)
            runs.append(
                ("held-out", doc["file"], draft.to_json(), doc["gold"], time.perf_counter() - t)
            )
        if not args.no_export_pdf:
            for case_id, case in sorted(cases.items()):
                pdf = folder / f"{case_id}.pdf"
                done = subprocess.run(
                    [
                        sys.executable,
                        "-c",
                        "from hyvatkaytannot.cli import main; main()",
                        "export-pdf",
                        case_id,
                        str(pdf),
                    ],
                    capture_output=True,
                    text=True,
                    env={
                        **__import__("os").environ,
                        "QT_QPA_PLATFORM": "offscreen",
                        "HYVATKAYTANNOT_DATA_DIR": str(folder / "data"),
                    },
                )
                if done.returncode != 0 or not pdf.exists():
                    print(f"(export-pdf {case_id} failed: {done.stderr.strip()[-200:]})")
                    continue
                t = time.perf_counter()
                record = capture_file(pdf).to_json()
                runs.append(
                    ("export-pdf", pdf.name, record, _gold_of_case(case), time.perf_counter() - t)
                )

        if not args.no_export_pdf:
            # A long document: every bundled case in one handout.
            pdf = folder / "kaikki.pdf"
            done = subprocess.run(
                [sys.executable, "-c", "from hyvatkaytannot.cli import main; main()",
                 "export-pdf", *sorted(cases), str(pdf)],
                capture_output=True, text=True,
                env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen",
                     "HYVATKAYTANNOT_DATA_DIR": str(folder / "data")},
            )  # fmt: skip
            if done.returncode == 0:
                t = time.perf_counter()
                capture_file(pdf)
                print(f"long document: {done.stdout.strip()}; captured in "
                      f"{time.perf_counter() - t:.2f} s")  # fmt: skip

    print(f"{'group':<11} {'document':<44} {'municipalities':<28} {'period':<7} s")
    for group, name, rec, gold, secs in runs:
        ok = sorted(rec["municipalities"]) == sorted(gold["municipalities"])
        period = "-"
        if gold.get("period"):
            period = "exact" if _period_exact(rec, gold) else "WRONG"
        places = "ok" if ok else f"DIFF {rec['municipalities']}"
        print(f"{group:<11} {name[:44]:<44} {places:<28} {period:<7} {secs:.2f}")

    for label, groups in (
        ("seeds + held-out", ("seed", "held-out")),
        ("held-out only", ("held-out",)),
        ("export-pdf of bundled cases", ("export-pdf",)),
        ("all", ("seed", "held-out", "export-pdf")),
    ):
        chosen = [r for r in runs if r[0] in groups]
        if not chosen:
            continue
        mun, themes = Tally(), Tally()
        for _, _, rec, gold, _ in chosen:
            mun.add(rec["municipalities"], gold["municipalities"])
            themes.add(rec["themes"], gold["themes"])
        with_period = [r for r in chosen if r[3].get("period")]
        exact = sum(_period_exact(r[2], r[3]) for r in with_period)
        print(f"\n== {label} ({len(chosen)} documents)")
        print(f"municipalities  {mun.pr()}")
        print(f"themes          {themes.pr()}")
        if with_period:
            print(
                f"period exact    {exact}/{len(with_period)} "
                f"({100 * exact / len(with_period):.0f} %) of documents with a period"
            )
    seeds = [r for r in runs if r[0] == "seed"]
    if seeds:
        regions = sum(sorted(r[2]["regions"]) == sorted(r[3]["regions"]) for r in seeds)
        print(f"\nseeds: regions identical on {regions}/{len(seeds)}")
        for _, name, rec, gold, _ in seeds:
            if gold["funding"] or gold["total_cost"]:
                got = [f["funder"] for f in rec["funding"]["funders"]]
                want = [f["funder"] for f in gold["funding"]]
                print(
                    f"  {name}: funders {got} (case {want}); total "
                    f"{rec['funding']['total_cost']} (case {gold['total_cost']})"
                )
    times = [r[4] for r in runs]
    print(
        f"\ntime per document: first {times[0]:.2f} s (loads the morphology), then median "
        f"{statistics.median(times[1:]):.2f} s, max {max(times[1:]):.2f} s "
        f"over {len(times) - 1} documents"
    )
    return 0


def _period_exact(rec: dict[str, Any], gold: dict[str, Any]) -> bool:
    want = gold["period"]
    got = rec["period"]
    return got.get("start") == want.get("start") and got.get("end") == want.get("end")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
