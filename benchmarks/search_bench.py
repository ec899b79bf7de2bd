"""Search benchmark without the CLI: `python benchmarks/search_bench.py [sizes] [queries]`.

The same as `hyvatkaytannot bench --sizes 1000,10000`: synthetic Finnish corpora, Whoosh
index build, update, cold start and query latency by type, beside SQLite FTS5.
See hyvatkaytannot/core/search/bench/ for what is measured and how.
"""

from __future__ import annotations

import sys

from hyvatkaytannot.core.search.bench.runner import run_bench


def main(argv: list[str]) -> None:
    sizes = [int(s) for s in (argv[0] if argv else "1000,10000").split(",") if s]
    queries = int(argv[1]) if len(argv) > 1 else 200
    run_bench(sizes, queries_per_type=queries)


if __name__ == "__main__":
    main(sys.argv[1:])
