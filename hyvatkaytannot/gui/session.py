"""Where the user was: the last search, filters, sort order, centre view and open case are
saved when the window closes and restored when it opens again.

Kept in the window's state file (gui-state.ini in the data dir) under `session/`. A query or
case given on the command line wins (app.run sets them after this has run). A remembered case
that is gone from the library is skipped without a message; it is opened once the library
has loaded, and only if the user has not opened another meanwhile.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QEvent, QObject

KEYS = ("query", "filters", "sort", "case", "view")


class Session(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.case_id = ""
        window.installEventFilter(self)
        self.restore()

    def _value(self, key: str) -> str:
        value = self.window.state.value(f"session/{key}")
        return str(value) if value is not None else ""

    def restore(self) -> None:
        w = self.window
        try:
            filters = json.loads(self._value("filters") or "{}")
        except ValueError:
            filters = {}
        if isinstance(filters, dict):
            for field, values in filters.items():
                if isinstance(values, list) and values:
                    w.filters_panel.set_filter(str(field), [str(v) for v in values], emit=False)
            w.search.filters = w.filters_panel.filters()
        sort = self._value("sort")
        index = w.sort_combo.findData(sort) if sort else -1
        if index >= 0:
            w.sort_combo.blockSignals(True)
            w.sort_combo.setCurrentIndex(index)
            w.sort_combo.blockSignals(False)
            w.search.sort = sort
        query = self._value("query")
        if query:
            w.search_bar.set_text(query, search=False)
            w.search.query = query
        view = self._value("view")
        if view and view in w.center_view_keys():
            w.show_center_view(view)
        self.case_id = self._value("case")
        if self.case_id:
            w.sync.loaded.connect(self._open_case)

    def _open_case(self, _result: Any = None) -> None:
        self.window.sync.loaded.disconnect(self._open_case)
        if self.window.current_case_id() is None and self.case_id in self.window.kb.cases:
            self.window.open_case(self.case_id)

    def save(self) -> None:
        w = self.window
        state = w.state
        state.setValue("session/query", w.search_bar.text())
        state.setValue("session/filters", json.dumps(w.filters_panel.filters()))
        state.setValue("session/sort", str(w.sort_combo.currentData() or "relevance"))
        state.setValue("session/case", w.current_case_id() or "")
        keys = w.center_view_keys()
        state.setValue("session/view", keys[w.center.currentIndex()] if keys else "list")
        state.sync()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.save()
        return False
