"""Saved searches and collections in the main window: listing, applying, saving, adding.

Writes are the facade's operations; reads go to `kb.store`. The panel's items carry the
store's own `SavedSearch` and `Collection` objects.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from hyvatkaytannot.core.browse import case_hits
from hyvatkaytannot.core.userstore import Collection, SavedSearch, StoreError
from hyvatkaytannot.gui.i18n import error_text

if TYPE_CHECKING:
    from hyvatkaytannot.core import KnowledgeBase
    from hyvatkaytannot.gui.filters_panel import FiltersPanel
    from hyvatkaytannot.gui.results_flow import ResultsFlow


class UserLists(QObject):
    message = Signal(str, int)  # text, milliseconds

    def __init__(
        self,
        kb: KnowledgeBase,
        filters_panel: FiltersPanel,
        flow: ResultsFlow,
        show_list: Callable[[], object],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.kb, self.filters_panel, self.flow = kb, filters_panel, flow
        self.show_list, self.parent_widget = show_list, parent
        filters_panel.savedSearchActivated.connect(self.apply_saved)
        filters_panel.collectionActivated.connect(self.show_collection)

    def _error(self, exc: StoreError) -> None:
        self.message.emit(error_text(exc), 6000)

    def apply_saved(self, saved: SavedSearch) -> None:
        self.filters_panel.clear()
        for key, values in saved.filters.items():
            self.filters_panel.set_filter(key, list(values), emit=False)
        self.flow.search.filters = self.filters_panel.filters()
        self.flow.search_bar.set_text(saved.query)

    def show_collection(self, collection: Collection) -> None:
        try:
            ids = self.kb.store.collection(collection.id).case_ids
        except StoreError as exc:
            self._error(exc)
            return
        hits = case_hits(self.kb.cases[i] for i in ids if i in self.kb.cases)
        self.flow.show_hits(hits, len(hits))
        self.show_list()

    def save_search(self) -> None:
        search = self.flow.search
        name, ok = QInputDialog.getText(
            self.parent_widget,
            QCoreApplication.translate("MainWindow", "Save search"),
            QCoreApplication.translate("MainWindow", "Name:"),
            text=search.query,
        )
        if ok and name.strip():
            try:
                self.kb.save_search(name.strip(), search.query, search.filters)
            except StoreError as exc:
                self._error(exc)
                return
            self.refresh()

    def add_to_collection(self) -> None:
        """Put the open case in a collection, chosen from the list or typed as a new title."""
        case_id = self.flow.current_case_id()
        if case_id is None:
            self.message.emit(QCoreApplication.translate("MainWindow", "Open a case first."), 6000)
            return
        try:
            existing = self.kb.store.collections()
        except StoreError as exc:
            self._error(exc)
            return
        title, ok = QInputDialog.getItem(
            self.parent_widget,
            QCoreApplication.translate("MainWindow", "Add to collection"),
            QCoreApplication.translate("MainWindow", "Collection (choose or type a new title):"),
            [c.title for c in existing],
            0,
            True,
        )
        title = " ".join(title.split())
        if not ok or not title:
            return
        try:
            self.kb.add_to_named_collection(title, case_id)
        except StoreError as exc:
            self._error(exc)
            return
        self.refresh()

    def refresh(self) -> None:
        """Saved searches and collections in the left panel (store reads are quick)."""
        try:
            searches = self.kb.store.saved_searches()
            collections = self.kb.store.collections()
        except StoreError as exc:
            self._error(exc)
            return
        self.filters_panel.set_saved_searches([(s.name, s) for s in searches])
        self.filters_panel.set_collections([(c.title, c) for c in collections])
