"""`hyvatkaytannot bench`: indexing and search speed of the Whoosh index, beside SQLite FTS5
on the same corpus in the same run.

Per corpus size it prints: full-index time and cases/s (Finnish analysis, cold analysis
cache), peak memory, index size, one-case update time (update + first search after it), cold
start to first result, and query latency p50/p95 per query type. The FTS5 figures use the
same files, the same plain text and a comparable query per type; ratios are Whoosh / FTS5.
No thresholds: this prints figures, the report compares them with the targets.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hyvatkaytannot.core.library import Library
from hyvatkaytannot.core.search.bench.corpus import write_corpus
from hyvatkaytannot.core.search.bench.queries import TYPES, Query, make_queries

Echo = Callable[[str], None]


def _step(*args: str) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-m", "hyvatkaytannot.core.search.bench.measure", *args],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"bench step {args[0]} failed:\n{proc.stderr[-3000:]}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def _pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def _time_whoosh(ix: Any, queries: list[Query]) -> tuple[list[float], list[float]]:
    """(wall ms, CPU ms) per query. CPU time is shown too because the machine may be shared:
    wall time then includes waiting for a core."""
    wall, cpu = [], []
    for text, options, _, _ in queries:
        t0, c0 = time.perf_counter(), time.process_time()
        ix.search(text, **options)
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return wall, cpu


def _load() -> str:
    try:
        one, five, fifteen = os.getloadavg()
        return f"load average {one:.1f} {five:.1f} {fifteen:.1f}"
    except (AttributeError, OSError):
        return "load average n/a"


def _time_fts(db: sqlite3.Connection, queries: list[Query]) -> list[float]:
    out = []
    for _, _, match, kind in queries:
        if match is None:
            continue
        t0 = time.perf_counter()
        try:
            if kind == "facet":
                m, region = match.split("\t")
                db.execute(
                    "SELECT d.id, bm25(docs) FROM docs d JOIN facets f ON f.rowid = d.rowid "
                    "WHERE docs MATCH ? AND f.region = ? ORDER BY rank LIMIT 20",
                    (m, region),
                ).fetchall()
                db.execute(
                    "SELECT count(*) FROM docs d JOIN facets f ON f.rowid = d.rowid "
                    "WHERE docs MATCH ? AND f.region = ?",
                    (m, region),
                ).fetchone()
            else:
                cols = "id, bm25(docs)"
                if kind == "snippet":
                    cols += ", snippet(docs, 3, '<b>', '</b>', '…', 24)"
                db.execute(
                    f"SELECT {cols} FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 20", (match,)
                ).fetchall()
                # The facet a result list shows first (region counts) and the total.
                db.execute(
                    "SELECT f.region, count(*) FROM docs d JOIN facets f ON f.rowid = d.rowid "
                    "WHERE docs MATCH ? GROUP BY f.region",
                    (match,),
                ).fetchall()
        except sqlite3.OperationalError:
            continue
        out.append((time.perf_counter() - t0) * 1000)
    return out


def _updates(ix: Any, corpus: Path, word: str, rounds: int = 10) -> tuple[list[float], list[float]]:
    from hyvatkaytannot.core.loader.parse import parse_file

    update_ms, with_query_ms = [], []
    files = sorted(corpus.glob("*.md"))
    for i in range(rounds):
        path = files[(i * 7919) % len(files)]
        with path.open("a", encoding="utf-8") as f:
            f.write(f"\nPäivitys numero {i} lisättiin tapaukseen.\n")
        case, _ = parse_file(path, corpus, True)
        assert case is not None
        t0 = time.perf_counter()
        ix.update_case(case, lambda cid: ([], []))
        t1 = time.perf_counter()
        ix.search(word, as_you_type=True, limit=20)
        t2 = time.perf_counter()
        update_ms.append((t1 - t0) * 1000)
        with_query_ms.append((t2 - t0) * 1000)
    return update_ms, with_query_ms


def bench_size(n: int, root: Path, queries_per_type: int, fts: bool, echo: Echo) -> None:
    from hyvatkaytannot.core.search import SearchIndex

    corpus, data = root / f"corpus-{n}", root / f"data-{n}"
    t0 = time.perf_counter()
    source = write_corpus(corpus, n)
    echo(
        f"\n== {n} cases (sentences: {source}; corpus written in "
        f"{time.perf_counter() - t0:.1f} s; {_load()})"
    )
    w = _step("whoosh", str(corpus), str(data))
    w2 = _step("whoosh-rebuild", str(corpus), str(data))
    f = _step("fts", str(corpus), str(root / f"fts-{n}.sqlite")) if fts else None

    # One Library for the run, as the app keeps one: a reload re-reads changed files only.
    library = Library([(corpus, True)])
    cases = library.load().cases
    # As the app does once the library is loaded (gui/library_sync.py): the cases stay for
    # the whole session, so the cyclic collector's full passes need not walk them.
    gc.collect()
    gc.freeze()
    bodies = [c.body for c in list(cases.values())[:2000]]
    regions = sorted({r for c in cases.values() for r in c.regions})
    qsets = make_queries(bodies, regions, queries_per_type)
    first_word = qsets["word"][0][0]
    started = time.time()
    cold = _step("cold", str(data), first_word)
    cold_total_ms = (cold["done_wall"] - started) * 1000

    ix = SearchIndex(data / "index", data / "analysis-cache.sqlite")
    ix.sync(cases, lambda cid: ([], []))  # no-op sync: gives the index its cases
    _time_whoosh(ix, [q for t in TYPES for q in qsets[t][:20]])  # warm-up
    w_lat = {t: _time_whoosh(ix, qsets[t]) for t in TYPES}
    # The same queries once the library also holds a Swedish case: every query word is
    # then analysed in Finnish and Swedish (analysis_bridge.query_keys).
    sv_case = _swedish_case(corpus)
    ix.update_case(sv_case, lambda cid: ([], []))
    _time_whoosh(ix, [q for t in TYPES for q in qsets[t][:20]])  # warm-up
    w_lat_sv = {t: _time_whoosh(ix, qsets[t]) for t in TYPES}
    ix.remove_case(sv_case.id)
    Path(sv_case.path).unlink()
    update_ms, update_query_ms = _updates(ix, corpus, first_word)
    t_sync = time.perf_counter()
    noop = ix.sync(library.load().cases, lambda cid: ([], []))
    sync_ms = (time.perf_counter() - t_sync) * 1000
    ix.close()

    f_lat: dict[str, list[float]] = {}
    if f is not None:
        db = sqlite3.connect(root / f"fts-{n}.sqlite")
        _time_fts(db, [q for t in TYPES for q in qsets[t][:20]])
        f_lat = {t: _time_fts(db, qsets[t]) for t in TYPES}
        db.close()

    def ratio(a: float, b: float | None) -> str:
        return f"{a / b:6.1f}x" if b else "      -"

    fts_index = (
        f"   FTS5 {f['index_s']:6.1f} s {n / f['index_s']:6.0f} cases/s"
        f"   ratio {ratio(w['index_s'], f['index_s'])}"
        if f
        else ""
    )
    echo(
        f"full index (first, cold analysis cache) {w['index_s']:7.1f} s "
        f"{n / w['index_s']:5.0f} cases/s{fts_index}"
    )
    echo(
        f"full index (--rebuild, warm cache)      {w2['index_s']:7.1f} s "
        f"{n / w2['index_s']:5.0f} cases/s"
    )
    echo(f"  (loading the {n} files: {w['load_s']:.1f} s, not included)")
    echo(
        f"index size   Whoosh {w['size_mb']:7.1f} MB"
        + (
            f"   FTS5 {f['size_mb']:6.1f} MB   ratio {ratio(w['size_mb'], f['size_mb'])}"
            if f
            else ""
        )
    )
    if "peak_mb" in w:
        echo(
            f"peak memory  Whoosh build {w['peak_mb']:.0f} MB (+ workers "
            f"{w['peak_workers_mb']:.0f} MB)"
            + (f"   FTS5 build {f['peak_mb']:.0f} MB" if f and "peak_mb" in f else "")
        )
    echo(
        f"one-case update: p50 {_pct(update_ms, 50):.0f} ms, max {max(update_ms):.0f} ms; "
        f"with the first search after it: p50 {_pct(update_query_ms, 50):.0f} ms, "
        f"max {max(update_query_ms):.0f} ms"
    )
    echo(f"reload + sync with nothing to do ({noop.total} cases): {sync_ms:.0f} ms")
    echo(
        f"cold start to first result: {cold_total_ms:.0f} ms (new process: interpreter and "
        f"imports {cold_total_ms - cold['open_and_first_ms']:.0f} ms, open + first search "
        f"{cold['open_and_first_ms']:.0f} ms)"
    )
    echo(f"queries ({_load()}); ms, wall (CPU)")
    echo(
        f"{'query type':<15} {'n':>4} {'p50':>13} {'p95':>13}   "
        f"{'FTS5 p50':>8} {'FTS5 p95':>8}   {'p50 ratio':>9} {'p95 ratio':>9}"
    )
    for t in TYPES:
        (wl, cl), fl = w_lat[t], f_lat.get(t, [])
        line = (
            f"{t:<15} {len(wl):>4} {_pct(wl, 50):6.1f} ({_pct(cl, 50):4.1f}) "
            f"{_pct(wl, 95):6.1f} ({_pct(cl, 95):4.1f})   "
        )
        if fl:
            line += (
                f"{_pct(fl, 50):8.1f} {_pct(fl, 95):8.1f}   "
                f"{ratio(_pct(wl, 50), _pct(fl, 50)):>9} {ratio(_pct(wl, 95), _pct(fl, 95)):>9}"
            )
        else:
            line += f"{'-':>8} {'-':>8}   (FTS5 has no {'fuzzy' if t == 'fuzzy' else 'such'} query)"
        echo(line)
    echo("with one Swedish case in the library (queries analysed in Finnish and Swedish)")
    echo(
        f"{'query type':<15} {'n':>4} {'p50':>13} {'p95':>13}   "
        f"{'p50 / Finnish only, wall (CPU)':>30}"
    )
    for t in TYPES:
        (wl, cl), (sl, scl) = w_lat[t], w_lat_sv[t]
        echo(
            f"{t:<15} {len(sl):>4} {_pct(sl, 50):6.1f} ({_pct(scl, 50):4.1f}) "
            f"{_pct(sl, 95):6.1f} ({_pct(scl, 95):4.1f})   "
            f"{ratio(_pct(sl, 50), _pct(wl, 50)):>22} ({ratio(_pct(scl, 50), _pct(cl, 50))})"
        )


def _swedish_case(corpus: Path) -> Any:
    """A Swedish case written into the corpus folder (removed again after timing)."""
    from hyvatkaytannot.core.loader.parse import parse_file

    path = corpus / "zz-svenska-bench.md"
    path.write_text(
        "---\nid: zz-svenska-bench\ntitle: Hemvård i samarbete\nlanguage: sv\n"
        "municipalities: [Borgå]\n---\n\n## Utgångsläge\nKommunerna och "
        "välfärdsområdet planerade hemvården tillsammans.\n",
        encoding="utf-8",
    )
    case, problems = parse_file(path, corpus)
    if case is None:
        raise RuntimeError(f"bench: Swedish case did not load: {problems}")
    return case


def run_bench(
    sizes: list[int],
    queries_per_type: int = 200,
    fts: bool = True,
    workdir: str | None = None,
    echo: Echo = print,
) -> None:
    root = Path(workdir) if workdir else Path(tempfile.mkdtemp(prefix="hk-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    echo(
        f"bench in {root}; Python {sys.version.split()[0]}; "
        "queries: as you type, limit 20, facet counts on, snippets off unless stated"
    )
    try:
        for n in sizes:
            bench_size(n, root, queries_per_type, fts, echo)
    finally:
        if workdir is None:
            shutil.rmtree(root, ignore_errors=True)
