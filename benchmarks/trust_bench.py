"""Figures for issue 12 (printed, never asserted): index checksum verification at open, and
memory and time of a large notes import. Every figure has a baseline from the same run.

    python benchmarks/trust_bench.py [--cases 10000] [--entries 10000,100000]
        [--workdir DIR] [--sentences FILE] [--old-import]

1. Builds an index of CASES synthetic cases (core/search/bench/corpus.py; with the real
   sentences of ../shared/eval/fi-sentences.txt when present; kept in --workdir for the
   next run), then times, with a cold per-process cache and a warm page cache:
   - the previous release's check (CRC-32, 1 MiB reads) and today's (XXH3-64 through one
     reused buffer), eager (every file) and lazy (sizes only; files hashed when mapped);
   - baselines: reading the same bytes into one reused buffer, and `read_bytes` of each;
   - in fresh processes (what a user's first search pays): the eager verify, and opening
     the index plus a first query, with and without the checksums
     (the difference is what the check costs the user's first search). Dropping the
     page cache needs root and an idle machine, so cold-disk figures are not measured.
2. For each ENTRIES count, writes a notes export and imports it into a fresh store in a
   child process (peak RSS from the child's rusage), beside a child that only runs
   json.load on the file; --old-import also times the whole-file path (read_json +
   import_data) that the streamed import replaced.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

from hyvatkaytannot.core.search import integrity

SENTENCES = Path(__file__).resolve().parents[2] / "shared" / "eval" / "fi-sentences.txt"
ROUNDS = 7


def _old_crc(path: Path) -> int:
    """The previous release's check: CRC-32 over 1 MiB reads (a fresh bytes object each)."""
    crc = 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            crc = zlib.crc32(chunk, crc)
    return crc


def _readinto(files: list[Path]) -> None:
    buf = memoryview(bytearray(1 << 18))
    for p in files:
        with open(p, "rb", buffering=0) as f:
            while f.readinto(buf):
                pass


def _build(n: int, root: Path, sentences: Path | None) -> Path:
    from hyvatkaytannot.core.library import Library
    from hyvatkaytannot.core.search import SearchIndex
    from hyvatkaytannot.core.search.bench.corpus import write_corpus

    index = root / "index"
    if (index / integrity.MANIFEST).is_file():
        print(f"index: kept from an earlier run in {root}")
        return index
    source = write_corpus(root / "corpus", n, sentences_path=sentences)
    cases = Library([(root / "corpus", True)]).load().cases
    ix = SearchIndex(index, cache_path=root / "cache.sqlite")
    t0 = time.perf_counter()
    ix.sync(cases, lambda _cid: ([], []))
    ix.close()
    print(f"index: built in {time.perf_counter() - t0:.0f} s ({source})")
    return index


def _times(fn: object, rounds: int = ROUNDS) -> tuple[float, float]:
    out = []
    for _ in range(rounds):
        integrity.forget_verified()
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        out.append((time.perf_counter() - t0) * 1000)
    return min(out), statistics.median(out)


_FIRST = """
import sys, time
from pathlib import Path
mode, index = sys.argv[1], Path(sys.argv[2])
from hyvatkaytannot.core.search import integrity, SearchIndex
files = integrity._index_files(index)
t0 = time.perf_counter()
if mode == "verify":
    integrity.verify(index)
elif mode == "read":
    buf = memoryview(bytearray(1 << 18))
    for p in files:
        with open(p, "rb", buffering=0) as f:
            while f.readinto(buf):
                pass
else:
    if mode == "search-unchecked":  # the baseline: the same open and query, no checksums
        integrity.verify = lambda *a, **k: None
        integrity.check_file = lambda path: None
    ix = SearchIndex(index, cache_path=Path(sys.argv[3]))
    ix.search("kunta", limit=20, snippets=False)
print((time.perf_counter() - t0) * 1000)
"""


def _first_process(mode: str, index: Path, cache: Path) -> float:
    runs = []
    for _ in range(3):
        r = subprocess.run(
            [sys.executable, "-c", _FIRST, mode, str(index), str(cache)],
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append(float(r.stdout.strip().splitlines()[-1]))
    return statistics.median(runs)


def bench_checksums(n: int, root: Path, sentences: Path | None) -> None:
    index = _build(n, root, sentences)
    files = integrity._index_files(index)
    size = sum(p.stat().st_size for p in files)
    print(f"index: {n} cases, {len(files)} files, {size / 2**20:.1f} MiB")
    rows = [
        ("before: CRC-32, 1 MiB reads", lambda: [_old_crc(p) for p in files]),
        ("now: XXH3-64, eager (every file)", lambda: integrity.verify(index)),
        ("now: lazy open (sizes; hashed when mapped)", lambda: integrity.verify(index, True)),
        ("baseline: read into one buffer", lambda: _readinto(files)),
        ("baseline: read_bytes of each file", lambda: [p.read_bytes() for p in files]),
    ]
    # Interleaved rounds: a load spike on the shared machine hits every row alike.
    results: dict[str, list[float]] = {name: [] for name, _ in rows}
    for _ in range(ROUNDS):
        for name, fn in rows:
            results[name].append(_times(fn, 1)[0])
    base = min(results["baseline: read into one buffer"])
    print(f"warm page cache, same process, best / median of {ROUNDS} (ratio to the read):")
    for name, _fn in rows:
        best, med = min(results[name]), statistics.median(results[name])
        print(f"  {name:45s} {best:7.1f} / {med:7.1f} ms   x{best / base:.2f}")
    print("first process (fresh interpreter, warm page cache), median of 3:")
    cache = root / "cache.sqlite"
    for mode, label in (
        ("verify", "eager verify"),
        ("search", "open + first query (with the verify)"),
        ("search-unchecked", "baseline: the same without checksums"),
    ):
        print(f"  {label:45s} {_first_process(mode, index, cache):7.1f} ms")
    integrity.forget_verified()
    integrity.verify(index)
    t0 = time.perf_counter()
    integrity.verify(index)
    again = (time.perf_counter() - t0) * 1000
    print(f"  second verify, same process, unchanged folder: {again:.2f} ms")


_CHILD = """
import json, resource, sys, time
from pathlib import Path
path, mode, db = sys.argv[1], sys.argv[2], sys.argv[3]
t0 = time.perf_counter()
if mode == "parse":
    with open(path, "rb") as f:
        json.load(f)
else:
    from hyvatkaytannot.core.userstore import UserStore
    with UserStore.open(Path(db), Path(db).parent / "b") as s:
        if mode == "old":
            from hyvatkaytannot.core.userstore.interchange import read_json
            report = s.import_data(read_json(Path(path)))
        else:
            report = s.import_json(Path(path), progress=lambda d, t: None)
        assert report.added["annotations"] > 0
print(json.dumps({"seconds": time.perf_counter() - t0,
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _notes_file(entries: int, path: Path) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write('{"format": "hyvatkaytannot-user-layer", "version": 1, "annotations": ')
        f.write('{"type": "AnnotationCollection", "items": [')
        for i in range(entries):
            item = {
                "id": f"urn:uuid:{i:032x}",
                "type": "Annotation",
                "bodyValue": f"Huomio numero {i}: kunnan elinvoima ja yhteistyö.",
                "target": {
                    "source": f"urn:hyvatkaytannot:case:case-{i % 5000:06d}",
                    "selector": [
                        {
                            "type": "TextQuoteSelector",
                            "exact": "elinvoima",
                            "prefix": "",
                            "suffix": "",
                        },
                        {"type": "TextPositionSelector", "start": 10, "end": 19},
                    ],
                },
            }
            f.write(("," if i else "") + json.dumps(item, ensure_ascii=False))
        f.write("]}}")


def bench_import(entries: int, root: Path, old: bool) -> None:
    path = root / f"notes-{entries}.json"
    _notes_file(entries, path)
    out = {}
    modes = ["parse", "stream"] + (["old"] if old else [])
    for mode in modes:
        db = root / f"{mode}-{entries}" / "user.db"
        db.parent.mkdir()
        r = subprocess.run(
            [sys.executable, "-c", _CHILD, str(path), mode, str(db)],
            capture_output=True,
            text=True,
            check=True,
        )
        out[mode] = json.loads(r.stdout.strip().splitlines()[-1])
    size = path.stat().st_size / 2**20
    p = out["parse"]
    print(f"notes import: {entries} annotations, file {size:.1f} MiB")
    print(f"  baseline json.load of the file: {p['seconds']:6.1f} s, ", end="")
    print(f"peak RSS {p['peak_mib']:4.0f} MiB")
    for mode, label in (("stream", "streamed import (now)"), ("old", "whole-file import (before)")):
        if mode in out:
            i = out[mode]
            print(
                f"  {label:30s}: {i['seconds']:6.1f} s, peak RSS {i['peak_mib']:4.0f} MiB "
                f"(x{i['peak_mib'] / p['peak_mib']:.2f} of the baseline's memory)"
            )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cases", type=int, default=10_000, help="0: no index figures")
    ap.add_argument("--entries", default="10000,100000", help="comma-separated; 0: none")
    ap.add_argument("--workdir", type=Path, help="keep the corpus and index here")
    ap.add_argument("--sentences", type=Path, default=SENTENCES if SENTENCES.is_file() else None)
    ap.add_argument("--old-import", action="store_true", help="also time the old import")
    args = ap.parse_args()
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        for entries in (int(e) for e in args.entries.split(",") if int(e) > 0):
            bench_import(entries, Path(tmp), args.old_import)
    if args.cases > 0:
        if args.workdir:
            args.workdir.mkdir(parents=True, exist_ok=True)
            bench_checksums(args.cases, args.workdir, args.sentences)
        else:
            with tempfile.TemporaryDirectory() as tmp:
                bench_checksums(args.cases, Path(tmp), args.sentences)


if __name__ == "__main__":
    main()
