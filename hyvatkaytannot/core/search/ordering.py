"""Choosing the hits to show: by relevance, newest first, or by title (Finnish collation).

The sort keys of every document (two sortable columns, `title_key` and `start`) are read once
per index generation into lists indexed by document number; choosing the top N of a few
thousand matches is then one heap selection, no Whoosh collector involved.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from typing import Any

from hyvatkaytannot.core.search.scores import Scores, top
from hyvatkaytannot.core.search.segments import SegmentCache, leaves

SORTS = ("relevance", "newest", "title")


class SortKeys:
    def __init__(self, reader: Any, segments: SegmentCache | None = None) -> None:
        self.reader = reader
        self.segments = segments or SegmentCache()
        self._title: list[str] | None = None
        self._start: list[int] | None = None

    def _column(self, name: str) -> list[Any]:
        """Every document's value, segment by segment (segments are numbered in order)."""
        out: list[Any] = []
        for leaf, _offset in leaves(self.reader):
            values = self.segments.get(leaf, f"column:{name}")
            if values is None:
                n = leaf.doc_count_all()
                if leaf.has_column(name):
                    col = leaf.column_reader(name)
                    values = [col[d] for d in range(n)]
                else:
                    values = [None] * n
                self.segments.put(leaf, f"column:{name}", values)
            out.extend(values)
        return out

    @property
    def title(self) -> list[str]:
        if self._title is None:
            self._title = [v or "" for v in self._column("title_key")]
        return self._title

    @property
    def start(self) -> list[int]:
        if self._start is None:
            self._start = [int(v or 0) for v in self._column("start")]
        return self._start

    def choose(
        self, scores: Scores, docs: Iterable[int] | None, sort: str, limit: int
    ) -> list[int]:
        """The docnums to show, in order. `docs` (default: every scored doc) are the allowed
        matches; relevance ties and the other sorts fall back to the title."""
        pool = list(scores.keys() if docs is None else docs)
        if sort == "newest":
            start, title = self.start, self.title
            return heapq.nsmallest(limit, pool, key=lambda d: (-start[d], title[d], d))
        if sort == "title":
            title = self.title
            return heapq.nsmallest(limit, pool, key=lambda d: (title[d], d))
        return top(scores, None if docs is None else set(pool), limit)
