"""Saved searches and collections in the main window: listing, applying, saving, adding.

Store calls go through gui/userdata.py; these functions only connect them to the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from hyvatkaytannot.gui import userdata

if TYPE_CHECKING:
    from hyvatkaytannot.gui.mainwindow import MainWindow


def apply_saved(w: MainWindow, payload: Any) -> None:
    if not isinstance(payload, dict):
        return
    filters = payload.get("filters") or {}
    w.filters_panel.clear()
    for key, values in filters.items():
        if isinstance(values, list):
            w.filters_panel.set_filter(key, values, emit=False)
    w.search.filters = w.filters_panel.filters()
    w.search_bar.set_text(str(payload.get("query") or ""))


def show_collection(w: MainWindow, payload: Any) -> None:
    try:
        ids = userdata.collection_case_ids(w.kb, str(payload.get("id")))
    except Exception as exc:
        w.show_message(str(getattr(exc, "fi", exc)))
        return
    hits = case_hits([w.kb.cases[i] for i in ids if i in w.kb.cases])
    w.results_model.set_hits(hits)
    n_hits = len(hits)
    w.count_label.setText(w.count_text(n_hits))
    w.show_center_view("list")


def case_hits(cases: list[Any]) -> list[dict[str, Any]]:
    """Result rows made from loaded cases (collections; browsing before the index exists)."""
    return [
        {
            "id": c.id,
            "title": c.title,
            "snippet": "",
            "municipalities": c.municipalities,
            "regions": c.regions,
            "period_start": c.period_start,
            "period_end": c.period_end,
            "status": c.status,
        }
        for c in cases
    ]


def save_search(w: MainWindow) -> None:
    name, ok = QInputDialog.getText(
        w,
        QCoreApplication.translate("MainWindow", "Save search"),
        QCoreApplication.translate("MainWindow", "Name:"),
        text=w.search.query,
    )
    if ok and name.strip():
        try:
            userdata.save_search(w.kb, name.strip(), w.search.query, w.search.filters)
        except Exception as exc:
            w.show_message(str(getattr(exc, "fi", exc)))
            return
        refresh_lists(w)


def add_to_collection(w: MainWindow) -> None:
    """Put the open case in a collection, chosen from the list or typed as a new title."""
    case_id = w.current_case_id()
    if case_id is None:
        w.show_message(QCoreApplication.translate("MainWindow", "Open a case first."))
        return
    try:
        existing = userdata.collections(w.kb)
    except Exception as exc:
        w.show_message(str(getattr(exc, "fi", exc)))
        return
    title, ok = QInputDialog.getItem(
        w,
        QCoreApplication.translate("MainWindow", "Add to collection"),
        QCoreApplication.translate("MainWindow", "Collection (choose or type a new title):"),
        [t for t, _p in existing],
        0,
        True,
    )
    title = " ".join(title.split())
    if not ok or not title:
        return
    try:
        userdata.add_to_named_collection(w.kb, title, case_id)
    except Exception as exc:
        w.show_message(str(getattr(exc, "fi", exc)))
        return
    refresh_lists(w)


def refresh_lists(w: MainWindow) -> None:
    """Saved searches and collections in the left panel (store reads are quick)."""
    try:
        w.filters_panel.set_saved_searches(userdata.saved_searches(w.kb))
        w.filters_panel.set_collections(userdata.collections(w.kb))
    except Exception as exc:
        w.show_message(str(getattr(exc, "fi", exc)))
