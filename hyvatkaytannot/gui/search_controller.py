"""Turns the query, the filters and the sort order into background searches.

Every change asks for a new search under the worker key "search": the worker's generation
counter drops the result of any search that was overtaken, so results never arrive out of
order. Options follow SearchIndex.search: as_you_type completes the last word as a prefix,
snippets and facets come with the same response.
"""

from __future__ import annotations

import inspect
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from hyvatkaytannot.gui.i18n import error_text
from hyvatkaytannot.gui.worker import run_in_background

if TYPE_CHECKING:
    from hyvatkaytannot.core import KnowledgeBase


RESULT_LIMIT = 200
SORTS = ("relevance", "newest", "title")


class SearchController(QObject):
    finished = Signal(object)
    failed = Signal(str)
    # The index is damaged: no answer from it; index_repair.py rebuilds and searches again.
    damaged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.query = ""
        self.filters: dict[str, list[str]] = {}
        self.sort = "relevance"
        self.pending = 0
        self.last_response: Any = None
        # "Hae silti: paastot": this query runs as typed (no corrected reading) until it
        # changes.
        self.exact_query: str | None = None

    def set_query(self, query: str) -> None:
        self.query = query
        if self.exact_query is not None and query.strip() != self.exact_query:
            self.exact_query = None
        self.run()

    def run_as_typed(self, query: str) -> None:
        """Search `query` exactly as typed, not the engine's corrected reading."""
        self.exact_query = query.strip()
        self.query = query
        self.run()

    def set_filters(self, filters: dict[str, list[str]]) -> None:
        self.filters = {k: list(v) for k, v in filters.items() if v}
        self.run()

    def set_sort(self, sort: str) -> None:
        self.sort = sort if sort in SORTS else "relevance"
        self.run()

    def run(self) -> None:
        query, filters, sort = self.query, dict(self.filters), self.sort
        exact = self.exact_query is not None and query.strip() == self.exact_query
        self.pending += 1

        def op(kb: KnowledgeBase) -> Any:
            # "Hae silti": the engine's corrected reading is off for this query.
            # (Only where the facade has the option: the window never breaks a search for it.)
            takes = "correct" in inspect.signature(kb.search).parameters
            options: dict[str, Any] = {"correct": False} if exact and takes else {}
            return kb.search(
                query,
                filters=filters,
                sort=sort,
                limit=RESULT_LIMIT,
                as_you_type=not exact,
                snippets=True,
                facets=True,
                **options,
            )

        run_in_background(self, op, success=self._done, failure=self._failed, key="search")

    def busy(self) -> bool:
        return self.pending > 0

    def _done(self, response: Any) -> None:
        # Only the newest search gets here (older ones are dropped by the worker).
        self.pending = 0
        self.last_response = response
        self.finished.emit(response)

    def _failed(self, error: BaseException) -> None:
        from hyvatkaytannot.core.search.integrity import IndexNeedsRebuild

        self.pending = 0
        if isinstance(error, IndexNeedsRebuild):
            self.damaged.emit()
            return
        self.failed.emit(error_text(error))
