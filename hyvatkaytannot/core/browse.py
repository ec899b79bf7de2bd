"""Result rows made from loaded cases, for lists that do not come from a search: a
collection's cases, and the whole library while the first index is still being built."""

from __future__ import annotations

from collections.abc import Iterable

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.search.results import Hit


def case_hits(cases: Iterable[Case], by_title: bool = False) -> list[Hit]:
    """One `Hit` per case (no score, no snippet), in the given order or by Finnish title."""
    hits = [
        Hit(
            id=c.id,
            title=c.title,
            score=0.0,
            snippet="",
            municipalities=list(c.municipalities),
            regions=list(c.regions),
            period_start=c.period_start,
            period_end=c.period_end,
            status=c.status,
            path=str(c.path),
        )
        for c in cases
    ]
    if by_title:
        from hyvatkaytannot.core.search.collation import finnish_sort_key

        hits.sort(key=lambda h: finnish_sort_key(h.title))
    return hits
