"""Figures for issue 12 (printed, never asserted): index checksum verification at open, and
memory and time of a large notes import.

    python benchmarks/trust_bench.py [CASES] [ENTRIES]     # defaults 10000 100000

1. Builds an index of CASES synthetic cases (core/search/bench/corpus.py), then times
   `integrity.verify` with a cold per-process cache (the open-time check) beside a plain
   read of the same bytes (the baseline measured in the same run: the ratio says what the
   CRC costs over reading).
2. Imports ENTRIES annotations from one notes JSON file into a fresh store, in a child
   process, and prints its peak RSS beside the peak of a child that only parses the file.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from hyvatkaytannot.core.search import SearchIndex, integrity
from hyvatkaytannot.core.search.bench.corpus import write_corpus


def bench_checksums(n: int, root: Path) -> None:
    from hyvatkaytannot.core.library import Library

    corpus = root / "corpus"
    write_corpus(corpus, n)
    cases = Library([(corpus, True)]).load().cases
    ix = SearchIndex(root / "index", cache_path=root / "cache.sqlite")
    t0 = time.perf_counter()
    ix.sync(cases, lambda _cid: ([], []))
    build = time.perf_counter() - t0
    ix.close()
    files = integrity._index_files(root / "index")
    size = sum(p.stat().st_size for p in files)
    verify, plain = [], []
    for _ in range(5):
        integrity.forget_verified()
        t0 = time.perf_counter()
        integrity.verify(root / "index")
        verify.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for p in files:
            p.read_bytes()
        plain.append(time.perf_counter() - t0)
    v, r = min(verify) * 1000, min(plain) * 1000
    print(f"index: {n} cases, {len(files)} files, {size / 2**20:.1f} MiB (built in {build:.0f} s)")
    print(
        f"checksum verify at open: {v:.1f} ms (best of 5, warm page cache); median "
        f"{sorted(verify)[2] * 1000:.1f} ms"
    )
    print(f"baseline, reading the same bytes: {r:.1f} ms; ratio {v / r:.2f}")
    integrity.forget_verified()
    t0 = time.perf_counter()
    integrity.verify(root / "index")
    integrity.verify(root / "index")
    print(
        f"second verify in the same process (unchanged folder): "
        f"{(time.perf_counter() - t0) * 1000 - v:.2f} ms"
    )


_CHILD = """
import json, resource, sys, time
from pathlib import Path
path, mode, db = sys.argv[1], sys.argv[2], sys.argv[3]
t0 = time.perf_counter()
if mode == "parse":
    from hyvatkaytannot.core.userstore.interchange import read_json
    read_json(Path(path))
else:
    from hyvatkaytannot.core.userstore import UserStore
    with UserStore.open(Path(db), Path(db).parent / "b") as s:
        n = []
        s.import_json_progress = None
        from hyvatkaytannot.core.userstore.interchange import read_json
        report = s.import_data(read_json(Path(path)), progress=lambda d, t: n.append(d))
        assert report.added["annotations"] > 0
print(json.dumps({"seconds": time.perf_counter() - t0,
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def bench_import(entries: int, root: Path) -> None:
    items = [
        {
            "id": f"urn:uuid:{i:032x}",
            "type": "Annotation",
            "bodyValue": f"Huomio numero {i}: kunnan elinvoima ja yhteistyö.",
            "target": {
                "source": f"urn:hyvatkaytannot:case:case-{i % 5000:06d}",
                "selector": [
                    {"type": "TextQuoteSelector", "exact": "elinvoima", "prefix": "", "suffix": ""},
                    {"type": "TextPositionSelector", "start": 10, "end": 19},
                ],
            },
        }
        for i in range(entries)
    ]
    data = {
        "format": "hyvatkaytannot-user-layer",
        "version": 1,
        "annotations": {"type": "AnnotationCollection", "items": items},
    }
    path = root / "notes.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    del items, data
    out = {}
    for mode in ("parse", "import"):
        db = root / f"{mode}" / "user.db"
        db.parent.mkdir()
        r = subprocess.run(
            [sys.executable, "-c", _CHILD, str(path), mode, str(db)],
            capture_output=True,
            text=True,
            check=True,
        )
        out[mode] = json.loads(r.stdout.strip().splitlines()[-1])
    size = path.stat().st_size / 2**20
    p, i = out["parse"], out["import"]
    print(f"notes import: {entries} annotations, file {size:.1f} MiB")
    print(f"  parse only (baseline): {p['seconds']:.1f} s, peak RSS {p['peak_mib']:.0f} MiB")
    print(
        f"  validate + import in one transaction: {i['seconds']:.1f} s, peak RSS "
        f"{i['peak_mib']:.0f} MiB (ratio {i['peak_mib'] / p['peak_mib']:.2f})"
    )


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    entries = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    if entries > 0:
        with tempfile.TemporaryDirectory() as tmp:
            bench_import(entries, Path(tmp))
    with tempfile.TemporaryDirectory() as tmp:
        bench_checksums(n, Path(tmp))
    _ = resource  # (imported for the children's measurement code's sake)


if __name__ == "__main__":
    main()
