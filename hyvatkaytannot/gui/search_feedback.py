"""What the result list says about the search: the corrected reading that ran, and what to
try when nothing was found.

- When the engine ran a corrected reading (`response.corrected`, with `ran_query` and
  `original_query`), a line above the list says so and offers the typed words:
  "Näytetään tulokset haulle päästöt · Hae silti: paastot". The link runs the typed query
  as typed (SearchController.run_as_typed).
- An empty result list is replaced by an empty state that names the query and says what
  to try: the suggestion (if any), fewer or shorter words, the base form, and clearing the
  filters (a link, with how many are on).

Installed by the main window with one line; reads only the public SearchResponse fields and
tolerates an engine that has none of the correction fields.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class SearchFeedback(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        page: QWidget = window.results_view.parentWidget()
        layout = page.layout()
        assert isinstance(layout, QVBoxLayout)
        self.correction = QLabel(page)
        self.correction.setObjectName("correctionLine")
        self.correction.setTextFormat(Qt.TextFormat.RichText)
        self.correction.setWordWrap(True)
        self.correction.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.correction.linkActivated.connect(self._link)
        self.correction.hide()
        self.empty = QLabel(page)
        self.empty.setObjectName("emptyState")
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setMargin(12)
        self.empty.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.empty.linkActivated.connect(self._link)
        self.empty.hide()
        index = layout.indexOf(window.results_view)
        layout.insertWidget(index, self.correction)
        layout.insertWidget(index + 2, self.empty, 1)
        self.original = ""
        window.searchFinished.connect(self.update)

    # -- showing ---------------------------------------------------------------------
    def update(self, response: Any) -> None:
        ran = str(getattr(response, "ran_query", "") or "")
        original = str(getattr(response, "original_query", "") or "")
        corrected = bool(getattr(response, "corrected", False)) and ran and original
        if corrected:
            self.original = original
            self.correction.setText(
                self.tr("Showing results for %1 · Search instead for: %2")
                .replace("%1", f"<b>{html.escape(ran)}</b>")
                .replace("%2", f'<a href="exact">{html.escape(original)}</a>')
            )
            self.correction.setAccessibleName(self.tr("Showing results for %1").replace("%1", ran))
        self.correction.setVisible(bool(corrected))
        query = self.window.search.query.strip()
        nothing = not list(getattr(response, "hits", []) or []) and bool(
            query or self.window.search.filters
        )
        if nothing:
            self.empty.setText(self.empty_text(query, response))
            self.empty.setAccessibleName(self.empty.text())
        self.empty.setVisible(nothing)
        self.window.results_view.setVisible(not nothing)

    def empty_text(self, query: str, response: Any) -> str:
        filters = sum(len(v) for v in self.window.search.filters.values())
        head = (
            self.tr("No cases match %1.").replace("%1", f"“{html.escape(query)}”")
            if query
            else self.tr("No cases match the filters.")
        )
        tips = []
        suggestion = getattr(response, "suggestion", None)
        if suggestion and str(suggestion).strip() != query:
            tips.append(
                self.tr("Did you mean %1?").replace(
                    "%1", f'<a href="suggest">{html.escape(str(suggestion))}</a>'
                )
            )
        if query:
            tips.append(self.tr("Check the spelling, or use fewer or shorter words."))
            tips.append(self.tr("Any word form works: try the base form (kunta, not kuntien)."))
        if filters:
            tips.append(
                self.tr('%n filter(s) on: <a href="clear">clear the filters</a>.', "", filters)
            )
        items = "".join(f"<li>{t}</li>" for t in tips)
        try_label = self.tr("Try:")
        return f"<p><b>{head}</b></p><p>{try_label}</p><ul>{items}</ul>"

    # -- links -----------------------------------------------------------------------
    def _link(self, href: str) -> None:
        if href == "exact" and self.original:
            bar = self.window.search_bar
            bar.edit.blockSignals(True)
            bar.edit.setText(self.original)
            bar.edit.blockSignals(False)
            self.window.search.run_as_typed(self.original)
        elif href == "clear":
            self.window.filters_panel.clear()
        elif href == "suggest":
            suggestion = getattr(self.window.last_response, "suggestion", None)
            if suggestion:
                self.window.search_bar.set_text(str(suggestion))
