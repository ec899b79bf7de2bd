"""Facet counts and facet filters from the facet fields' posting lists.

For each facet field the reader's terms (the values) and their document sets are loaded once
per index generation. A filter is a union of value sets; no stored document is read.
Counting uses bitmasks (a Python int with bit d set for document d): the matched documents
become one mask per search, and each value's count is `(value_mask & mask).bit_count()`, in
C. At 10,000 cases that took the counts of six facets (~360 values) from ~3 ms to ~1 ms
against intersecting sets value by value.

Counts are "disjunctive": the counts of one facet are computed with the filters of the *other*
facets applied but not its own, so that ticking "Lappi" does not hide the other regions one
could add (values within a facet are ORed, facets are ANDed).
"""

from __future__ import annotations

from collections.abc import Iterable, KeysView
from typing import Any

from hyvatkaytannot.core.search.collation import finnish_sort_key
from hyvatkaytannot.core.search.results import FACET_FIELDS
from hyvatkaytannot.core.search.schema import FACET_FIELD
from hyvatkaytannot.core.search.segments import SegmentCache, leaves, posting_ids

DocSet = set[int] | frozenset[int] | KeysView[int]


class FacetData:
    """Value -> document numbers, for every facet field of one reader."""

    def __init__(self, reader: Any, segments: SegmentCache | None = None) -> None:
        self.reader = reader
        self.segments = segments or SegmentCache()
        self._values: dict[str, dict[str, frozenset[int]]] = {}
        self._masks: dict[str, dict[str, int]] = {}
        self._all: frozenset[int] | None = None

    def all_docs(self) -> frozenset[int]:
        if self._all is None:
            self._all = frozenset(self.reader.all_doc_ids())
        return self._all

    def values(self, facet: str) -> dict[str, frozenset[int]]:
        cached = self._values.get(facet)
        if cached is None:
            fname = FACET_FIELD[facet]
            # Per segment, the value -> documents sets (global numbers) are cached by segment
            # and offset: after an edit only the new small segment is read. Deletions are
            # subtracted per generation.
            parts: dict[str, list[frozenset[int]]] = {}
            deleted: set[int] = set()
            for leaf, offset in leaves(self.reader):
                name = f"facet:{facet}@{offset}"
                sets = self.segments.get(leaf, name)
                if sets is None:
                    sets = {
                        btext.decode("utf-8"): frozenset(
                            d + offset for d in posting_ids(leaf, fname, btext)
                        )
                        for btext in leaf.lexicon(fname)
                    }
                    self.segments.put(leaf, name, sets)
                for value, ids in sets.items():
                    parts.setdefault(value, []).append(ids)
                if leaf.has_deletions():
                    deleted.update(d + offset for d in leaf.deleted_docs_set)
            cached = {}
            for value, sets_of_value in parts.items():
                ids = (
                    sets_of_value[0]
                    if len(sets_of_value) == 1
                    else frozenset().union(*sets_of_value)
                )
                if deleted:
                    ids = ids - deleted
                if ids:
                    cached[value] = ids
            self._values[facet] = cached
        return cached

    def masks(self, facet: str) -> dict[str, int]:
        cached = self._masks.get(facet)
        if cached is None:
            cached = self._masks[facet] = {v: to_mask(ids) for v, ids in self.values(facet).items()}
        return cached

    def _counts(self, facet: str, docs: int) -> dict[str, int]:
        return {value: (mask & docs).bit_count() for value, mask in self.masks(facet).items()}

    def lookup(self, facet: str, value: str) -> list[str]:
        """Stored values equal to `value` ignoring case (what `kunta:posio` means)."""
        folded = value.casefold()
        return [v for v in self.values(facet) if v.casefold() == folded]

    def lookup_prefix(self, facet: str, prefix: str) -> list[str]:
        folded = prefix.casefold()
        return [v for v in self.values(facet) if v.casefold().startswith(folded)]

    def filter_set(self, facet: str, wanted: list[str]) -> frozenset[int]:
        """Documents having any of the wanted values (case-insensitive)."""
        vals = self.values(facet)
        out: set[int] = set()
        for w in wanted:
            for v in self.lookup(facet, str(w)) if str(w) not in vals else [str(w)]:
                out |= vals[v]
        return frozenset(out)

    def year_range_set(self, lo: int, hi: int) -> frozenset[int]:
        out: set[int] = set()
        for v, ids in self.values("year").items():
            if v.isdigit() and lo <= int(v) <= hi:
                out |= ids
        return frozenset(out)

    def count(
        self,
        matched: DocSet,
        filters: dict[str, frozenset[int]],
        selected: dict[str, list[str]],
        extra: frozenset[int] | None = None,
    ) -> dict[str, list[tuple[str, int]]]:
        """Counts per facet value over `matched`, each facet ignoring its own filter."""
        out: dict[str, list[tuple[str, int]]] = {}
        base = to_mask(matched if extra is None else set(matched) & extra)
        filter_masks = {facet: to_mask(fset) for facet, fset in filters.items()}
        for facet in FACET_FIELDS:
            docs = base
            for other, fmask in filter_masks.items():
                if other != facet:
                    docs &= fmask
            counts: list[tuple[str, int]] = []
            chosen = {s.casefold() for s in selected.get(facet, [])}
            for value, n in self._counts(facet, docs).items():
                if n or value.casefold() in chosen:
                    counts.append((value, n))
            if facet == "year":
                counts.sort(key=lambda vc: vc[0], reverse=True)
            else:
                counts.sort(key=lambda vc: (-vc[1], finnish_sort_key(vc[0])))
            out[facet] = counts
        return out


def to_mask(docs: Iterable[int]) -> int:
    """The documents as an int with bit d set for document d."""
    bits = bytearray()
    for d in docs:
        i = d >> 3
        if i >= len(bits):
            bits.extend(bytes(i + 1 - len(bits) + 1024))
        bits[i] |= 1 << (d & 7)
    return int.from_bytes(bits, "little")
