"""From a search response to the result list, and from a result to the reading view.

Owns what the flow has to remember: the latest response, "open the first hit once the
running search is done" (Enter typed while searching), the case asked for before the library
had loaded, and whether the status bar shows an index notice.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from hyvatkaytannot.core.browse import case_hits

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QStatusBar

    from hyvatkaytannot.core import KnowledgeBase
    from hyvatkaytannot.core.search import SearchResponse
    from hyvatkaytannot.core.search.results import Hit
    from hyvatkaytannot.gui.filters_panel import FiltersPanel
    from hyvatkaytannot.gui.library_sync import LibrarySync
    from hyvatkaytannot.gui.reading_view import ReadingView
    from hyvatkaytannot.gui.results_model import ResultsModel
    from hyvatkaytannot.gui.results_view import ResultsView
    from hyvatkaytannot.gui.search_controller import SearchController
    from hyvatkaytannot.gui.searchbar import SearchBar

_OPERATORS = {"and", "or", "not", "ja", "tai", "ei"}


def query_terms(query: str) -> list[str]:
    """Words of a query worth highlighting: no operators, no field filters (kunta:X)."""
    terms = []
    for token in re.findall(r'[\w:*~-]+|"[^"]*"', query):
        if ":" in token or token.startswith("-") or token.lower() in _OPERATORS:
            continue
        terms.extend(re.findall(r"\w+", token))
    return terms


def snippet_terms(snippet: str) -> list[str]:
    """The matched word forms the index marked in a snippet (<b>kunnan</b>)."""
    return re.findall(r"<b>([^<]+)</b>", snippet or "")


class ResultsFlow(QObject):
    responded = Signal(object)  # each SearchResponse, after the list shows it
    caseOpened = Signal(str)
    message = Signal(str, int)  # text, milliseconds (0: until replaced)

    def __init__(
        self,
        kb: KnowledgeBase,
        search: SearchController,
        search_bar: SearchBar,
        filters_panel: FiltersPanel,
        model: ResultsModel,
        view: ResultsView,
        reading_view: ReadingView,
        sync: LibrarySync,
        count_label: QLabel,
        count_text: Callable[[int], str],
        status_bar: QStatusBar,
    ) -> None:
        super().__init__(search)
        self.kb, self.search, self.search_bar = kb, search, search_bar
        self.filters_panel, self.model, self.view = filters_panel, model, view
        self.reading_view, self.sync = reading_view, sync
        self.count_label, self.count_text, self.status_bar = count_label, count_text, status_bar
        self.last_response: SearchResponse | None = None
        self.open_first_pending = False
        self.pending_open: str | None = None
        self.notice_shown = False

    # -- search ---------------------------------------------------------------------------
    def open_first(self) -> None:
        if self.search.busy():
            self.open_first_pending = True
        else:
            self.view.activate_first()

    def show_response(self, response: SearchResponse) -> None:
        self.last_response = response
        hits, total = response.hits, response.total
        s = self.search
        if not hits and not s.query.strip() and not s.filters and self.sync.loaded_once:
            # First run, index still being built: list what is loaded so the window is usable.
            hits = case_hits(self.kb.cases.values(), by_title=True)
            total = len(hits)
        self.show_hits(hits, total)
        self.filters_panel.set_facets(response.facets)
        self.search_bar.show_suggestion(response.suggestion)
        if response.notice:
            self.message.emit(response.notice, 0)
            self.notice_shown = True
        elif self.notice_shown:
            self.status_bar.clearMessage()
            self.notice_shown = False
        self.select_open_case()
        if self.open_first_pending:
            self.open_first_pending = False
            self.view.activate_first()
        self.responded.emit(response)

    def show_hits(self, hits: list[Hit], total: int) -> None:
        self.model.set_hits(hits)
        self.count_label.setText(self.count_text(total))

    def current_case_id(self) -> str | None:
        case = self.reading_view.case
        return None if case is None else case.id

    def select_open_case(self) -> None:
        """Mark the open case in the result list without re-opening it."""
        current = self.current_case_id()
        row = self.model.row_of(current) if current is not None else -1
        if row >= 0 and self.view.currentIndex().row() != row:
            selection = self.view.selectionModel()
            selection.blockSignals(True)
            self.view.setCurrentIndex(self.model.index(row, 0))
            selection.blockSignals(False)
            self.view.viewport().update()

    # -- opening cases ----------------------------------------------------------------------
    def terms_for(self, case_id: str) -> list[str]:
        terms = query_terms(self.search.query)
        hit = self.model.hit(self.model.row_of(case_id))
        if hit is not None:
            terms += snippet_terms(hit.snippet)
        return terms

    def open_case(self, case_id: str) -> bool:
        if not self.sync.loaded_once:
            self.pending_open = case_id
            return False
        case = self.kb.cases.get(case_id)
        if case is None:
            self.message.emit(
                QCoreApplication.translate("MainWindow", "No case with the id %1.").replace(
                    "%1", case_id
                ),
                6000,
            )
            return False
        terms = self.terms_for(case_id)
        if self.current_case_id() == case_id and self.reading_view.terms == terms:
            return True
        self.reading_view.show_case(case, terms)
        self.select_open_case()
        self.caseOpened.emit(case_id)
        return True

    def open_pending(self) -> None:
        """Open the case asked for before the library had loaded."""
        pending, self.pending_open = self.pending_open, None
        if pending:
            self.open_case(pending)
