"""Quality and speed of the Finnish analysis, beside Snowball.

    python benchmarks/analysis_eval.py --forms FORMS.tsv [--sentences SENTENCES.txt]

FORMS.tsv: word forms with their gold lemmas (e.g. the UD Finnish treebank forms,
../shared/eval/finnish-forms-public.tsv, CC BY-SA 4.0; not shipped). SENTENCES.txt: running
text for the throughput figures (optional). The metric definitions are in
hyvatkaytannot/core/analysis/evaluation.py. Throughput: "cold" analyses every distinct word
of the sentences with an empty cache (the transducer already loaded; its load time is
printed apart), "warm (memory)" repeats them from the LRU, "warm (SQLite)" from a fresh
engine over the persisted cache file. Set HYVATKAYTANNOT_VOIKKO=pyvoikko|native to choose.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from whoosh.lang.snowball.finnish import FinnishStemmer

from hyvatkaytannot.core.analysis import ANALYZER_VERSION, tokenize
from hyvatkaytannot.core.analysis.backend import morphology
from hyvatkaytannot.core.analysis.engine import Engine
from hyvatkaytannot.core.analysis.evaluation import (
    CONTENT,
    NOMINAL,
    compound_part_recall,
    load_forms,
    pairwise,
    subset,
)

TARGETS = {"nominal": (0.97, 0.98), "content": (0.85, 0.93)}
PART_TARGET = 0.92


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Finnish analysis quality and speed.")
    parser.add_argument("--forms", type=Path, required=True, help="word forms with lemmas (TSV)")
    parser.add_argument("--sentences", type=Path, help="running text for throughput")
    args = parser.parse_args(argv[1:])
    forms_path, sentences_path = args.forms, args.sentences
    forms = load_forms(forms_path)

    started = time.perf_counter()
    morphology().load()
    load_s = time.perf_counter() - started
    print(f"analyzer {ANALYZER_VERSION}, backend {morphology().backend}, load {load_s:.2f} s")
    print(f"data: {forms_path} ({len(forms)} distinct forms)\n")

    engine = Engine(None)
    stem = FinnishStemmer().stem

    def snow(word: str) -> list[str]:
        return [stem(word)]

    print(f"{'subset':<10}{'forms':>6}  {'':<9}{'recall':>8}{'precision':>11}{'strict':>8}")
    for name, upos in (("all", None), ("nominal", NOMINAL), ("content", CONTENT)):
        items = subset(forms, upos)
        for label, q, i in (
            ("voikko", engine.query_keys, engine.index_keys),
            ("snowball", snow, snow),
        ):
            s = pairwise(items, q, i)
            target = TARGETS.get(name) if label == "voikko" else None
            mark = ""
            if target:
                ok = s.recall >= target[0] and s.precision >= target[1]
                mark = f"  target R≥{target[0]} P≥{target[1]}: {'met' if ok else 'NOT met'}"
            print(
                f"{name:<10}{len(items):>6}  {label:<9}{s.recall:>8.3f}{s.precision:>11.3f}"
                f"{s.strict_precision:>8.3f}   ({s.hits}/{s.pairs_gold} pairs, "
                f"{s.pairs_matched} matched){mark}"
            )
    compounds = [f for f in forms.values() if f.parts]
    print()
    for label, q, i in (
        ("voikko", engine.query_keys, engine.index_keys),
        ("snowball", snow, snow),
    ):
        found, total = compound_part_recall(compounds, q, i)
        mark = f"  target ≥{PART_TARGET}" if label == "voikko" else ""
        print(f"compound-part recall {label:<9}{found / total:.3f}  ({found}/{total}){mark}")

    if sentences_path is not None:
        print()
        throughput(sentences_path)
    return 0


def throughput(sentences_path: Path) -> None:
    text = sentences_path.read_text(encoding="utf-8")
    words = list(dict.fromkeys(w.lower() for w, _s, _e in tokenize(text)))
    tokens = len(tokenize(text))
    print(f"throughput over {sentences_path.name}: {tokens} tokens, {len(words)} distinct words")
    analyse = morphology().analyse
    started = time.perf_counter()
    for word in words:
        analyse(word)
    raw = len(words) / (time.perf_counter() - started)
    print(f"  raw Voikko lookups       {raw:>10,.0f} words/s  (reference: machine load varies)")
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "analysis-cache.sqlite"
        engine = Engine(cache)
        cold = _rate(engine, words)
        per_word = sum(len(engine.index_keys(w)) for w in words) / len(words)
        all_tokens = [w.lower() for w, _s, _e in tokenize(text)]
        per_token = sum(len(engine.index_keys(w)) for w in all_tokens) / len(all_tokens)
        warm = _rate(engine, words)
        engine.close()
        reopened = Engine(cache)
        from_db = _rate(reopened, words)
        analyses = reopened.analyses
        reopened.close()
        size_kb = cache.stat().st_size / 1024
    print(f"  cold (empty cache)       {cold:>10,.0f} words/s")
    print(f"  warm (memory LRU)        {warm:>10,.0f} words/s")
    print(f"  warm (SQLite, new engine){from_db:>10,.0f} words/s  ({analyses} re-analysed)")
    print(f"  cache file {size_kb:,.0f} KiB for {len(words)} words")
    print(f"  index keys per distinct word {per_word:.2f}, per running token {per_token:.2f}")


def _rate(engine: Engine, words: list[str]) -> float:
    started = time.perf_counter()
    for word in words:
        engine.keys(word)
    return len(words) / (time.perf_counter() - started)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
