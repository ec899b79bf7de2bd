"""Saved searches and collections in the main window: listing, applying, saving, adding.

Writes are the facade's operations; reads go to `kb.store`. The panel's items carry the
store's own `SavedSearch` and `Collection` objects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from hyvatkaytannot.core.browse import case_hits
from hyvatkaytannot.core.userstore import Collection, SavedSearch, StoreError

if TYPE_CHECKING:
    from hyvatkaytannot.gui.mainwindow import MainWindow


def apply_saved(w: MainWindow, saved: SavedSearch) -> None:
    w.filters_panel.clear()
    for key, values in saved.filters.items():
        w.filters_panel.set_filter(key, list(values), emit=False)
    w.search.filters = w.filters_panel.filters()
    w.search_bar.set_text(saved.query)


def show_collection(w: MainWindow, collection: Collection) -> None:
    try:
        ids = w.kb.store.collection(collection.id).case_ids
    except StoreError as exc:
        w.show_message(exc.fi)
        return
    hits = case_hits(w.kb.cases[i] for i in ids if i in w.kb.cases)
    w.results_model.set_hits(hits)
    n_hits = len(hits)
    w.count_label.setText(w.count_text(n_hits))
    w.show_center_view("list")


def save_search(w: MainWindow) -> None:
    name, ok = QInputDialog.getText(
        w,
        QCoreApplication.translate("MainWindow", "Save search"),
        QCoreApplication.translate("MainWindow", "Name:"),
        text=w.search.query,
    )
    if ok and name.strip():
        try:
            w.kb.save_search(name.strip(), w.search.query, w.search.filters)
        except StoreError as exc:
            w.show_message(exc.fi)
            return
        refresh_lists(w)


def add_to_collection(w: MainWindow) -> None:
    """Put the open case in a collection, chosen from the list or typed as a new title."""
    case_id = w.current_case_id()
    if case_id is None:
        w.show_message(QCoreApplication.translate("MainWindow", "Open a case first."))
        return
    try:
        existing = w.kb.store.collections()
    except StoreError as exc:
        w.show_message(exc.fi)
        return
    title, ok = QInputDialog.getItem(
        w,
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
        w.kb.add_to_named_collection(title, case_id)
    except StoreError as exc:
        w.show_message(exc.fi)
        return
    refresh_lists(w)


def refresh_lists(w: MainWindow) -> None:
    """Saved searches and collections in the left panel (store reads are quick)."""
    try:
        w.filters_panel.set_saved_searches([(s.name, s) for s in w.kb.store.saved_searches()])
        w.filters_panel.set_collections([(c.title, c) for c in w.kb.store.collections()])
    except StoreError as exc:
        w.show_message(exc.fi)
