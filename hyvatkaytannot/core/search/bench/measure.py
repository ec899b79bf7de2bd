"""The measured steps of the benchmark, each runnable in its own process.

Builds and the cold start run in a fresh interpreter (`python -m ...bench.measure STEP ...`)
so that peak memory and start-up time are those of that step alone; each prints one JSON line.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

T_START = time.perf_counter()


def peak_mb() -> dict[str, float]:
    try:
        import resource
    except ImportError:  # Windows
        return {}
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return {"peak_mb": own / scale, "peak_workers_mb": children / scale}


def dir_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def load_cases(corpus: Path) -> tuple[dict[str, Any], float]:
    from hyvatkaytannot.core.library import Library

    t0 = time.perf_counter()
    result = Library([(corpus, True)]).load()
    return result.cases, time.perf_counter() - t0


def build_whoosh(corpus: Path, data: Path, rebuild: bool = False) -> dict[str, Any]:
    """A first build (cold analysis cache) or, with rebuild, `index --rebuild` (the analysis
    cache filled by the first build)."""
    from hyvatkaytannot.core.search import SearchIndex

    cases, load_s = load_cases(corpus)
    ix = SearchIndex(data / "index", data / "analysis-cache.sqlite")
    t0 = time.perf_counter()
    report = ix.sync(cases, lambda cid: ([], []), rebuild=rebuild)
    index_s = time.perf_counter() - t0
    ix.close()
    return {
        "cases": report.total,
        "load_s": load_s,
        "index_s": index_s,
        "size_mb": dir_mb(data / "index"),
        **peak_mb(),
    }


def fts_documents(cases: dict[str, Any]) -> list[tuple[str, str, str, str, str]]:
    from hyvatkaytannot.core.search.documents import markdown_to_text

    rows = []
    for case in cases.values():
        body = "\n\n".join(markdown_to_text(t) for t in case.sections.values() if t)
        rows.append((case.id, case.title, case.summary, body, (case.regions or [""])[0]))
    return rows


def build_fts(corpus: Path, db_path: Path) -> dict[str, Any]:
    cases, load_s = load_cases(corpus)
    if db_path.exists():
        db_path.unlink()
    t0 = time.perf_counter()
    db = sqlite3.connect(db_path)
    db.execute(
        "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, summary, body, "
        "tokenize='unicode61 remove_diacritics 0')"
    )
    db.execute("CREATE TABLE facets(rowid INTEGER PRIMARY KEY, region TEXT)")
    rows = fts_documents(cases)
    with db:
        for i, (cid, title, summary, body, region) in enumerate(rows, start=1):
            db.execute(
                "INSERT INTO docs(rowid, id, title, summary, body) VALUES (?,?,?,?,?)",
                (i, cid, title, summary, body),
            )
            db.execute("INSERT INTO facets(rowid, region) VALUES (?,?)", (i, region))
        db.execute("CREATE INDEX facets_region ON facets(region)")
    db.close()
    return {
        "cases": len(rows),
        "load_s": load_s,
        "index_s": time.perf_counter() - t0,
        "size_mb": db_path.stat().st_size / 1e6,
        **peak_mb(),
    }


def cold_search(data: Path, query: str) -> dict[str, Any]:
    """Open the index and run a first as-you-type search with facets and snippets in a fresh
    process. `done_wall` lets the parent measure from the moment it started the process
    (interpreter start-up and every import included)."""
    from hyvatkaytannot.core.search import SearchIndex

    opened = time.perf_counter()
    ix = SearchIndex(data / "index", data / "analysis-cache.sqlite")
    resp = ix.search(query, as_you_type=True, limit=20)
    done = time.perf_counter()
    ix.close()
    return {
        "imports_ms": (opened - T_START) * 1000,
        "open_and_first_ms": (done - opened) * 1000,
        "done_wall": time.time(),
        "hits": resp.total,
    }


def main(argv: list[str]) -> None:
    step = argv[0]
    if step == "whoosh":
        out = build_whoosh(Path(argv[1]), Path(argv[2]))
    elif step == "whoosh-rebuild":
        out = build_whoosh(Path(argv[1]), Path(argv[2]), rebuild=True)
    elif step == "fts":
        out = build_fts(Path(argv[1]), Path(argv[2]))
    elif step == "cold":
        out = cold_search(Path(argv[1]), argv[2])
    else:
        raise SystemExit(f"unknown step {step}")
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1:])
