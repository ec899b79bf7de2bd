"""Per-segment data that survives a searcher reopen, and fast posting-list reading.

After one case is re-indexed only a small new segment appears; the big segments are the same
files. Data derived from a segment alone (facet postings, field lengths) is cached by segment
id here and reused by the next generation's caches, so the first search after an edit does
not re-read 10,000 documents' worth of postings. Deletions are not segment data: users of the
cache filter with the generation's live documents.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from whoosh.matching.wrappers import FilterMatcher

from hyvatkaytannot.core.search import whoosh_private as wp


def leaves(reader: Any) -> list[tuple[Any, int]]:
    """(segment reader, docnum offset) of every segment."""
    return [(reader, 0)] if reader.is_atomic() else list(reader.leaf_readers())


def segment_key(leaf: Any) -> str | None:
    segment = leaf.segment() if hasattr(leaf, "segment") else None
    return segment.segment_id() if segment is not None else None


def raw_matcher(leaf: Any, field: str, btext: bytes) -> Any:
    """The segment's posting matcher without the deleted-documents wrapper."""
    m = leaf.postings(field, btext)
    return m.child if isinstance(m, FilterMatcher) else m


def posting_ids(leaf: Any, field: str, btext: bytes) -> Iterator[int]:
    """Segment-local doc numbers of a term, deleted ones included, a block at a time."""
    m = raw_matcher(leaf, field, btext)
    if not wp.reads_blocks(m):
        yield from m.all_ids()
        return
    for ids in wp.block_ids(m):
        yield from ids


class SegmentCache:
    """Segment id -> name -> value; pruned to the live segments on each new generation."""

    def __init__(self) -> None:
        self._data: dict[str, dict[str, Any]] = {}

    def prune(self, reader: Any) -> None:
        live = {segment_key(leaf) for leaf, _ in leaves(reader)}
        for key in list(self._data):
            if key not in live:
                del self._data[key]

    def get(self, leaf: Any, name: str) -> Any:
        key = segment_key(leaf)
        return None if key is None else self._data.get(key, {}).get(name)

    def put(self, leaf: Any, name: str, value: Any) -> None:
        key = segment_key(leaf)
        if key is not None:
            self._data.setdefault(key, {})[name] = value
