"""Search benchmark without the CLI:

    python benchmarks/search_bench.py SENTENCES.txt [sizes] [queries]

The same as `hyvatkaytannot bench --sentences SENTENCES.txt --sizes 1000,10000`: synthetic
Finnish corpora built from the given real sentences (e.g. ../shared/eval/fi-sentences.txt),
Whoosh index build, update, cold start, query latency by type and similar cases, beside
SQLite FTS5. "-" for SENTENCES uses the shipped word list: figures NOT comparable.
See hyvatkaytannot/core/search/bench/ for what is measured and how.
"""

from __future__ import annotations

import sys
from pathlib import Path

from hyvatkaytannot.core.search.bench.runner import run_bench


def main(argv: list[str]) -> None:
    if not argv:
        sys.exit(__doc__)
    sentences = None if argv[0] == "-" else Path(argv[0])
    sizes = [int(s) for s in (argv[1] if len(argv) > 1 else "1000,10000").split(",") if s]
    queries = int(argv[2]) if len(argv) > 2 else 200
    run_bench(sizes, queries_per_type=queries, sentences=sentences)


if __name__ == "__main__":
    main(sys.argv[1:])
