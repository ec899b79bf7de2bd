"""Similar cases under the open case: "who else did this?", each with why.

The list comes from KnowledgeBase.similar (computed from the index in a background job,
a newer case supersedes an older request). A row shows the title, the municipalities and
why the case is similar (shared key terms, themes, region); activating it opens the case.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from hyvatkaytannot.core import render
from hyvatkaytannot.core.reference import municipality, place_label
from hyvatkaytannot.gui.i18n import current_language
from hyvatkaytannot.gui.worker import run_in_background

if TYPE_CHECKING:
    from hyvatkaytannot.core import KnowledgeBase
    from hyvatkaytannot.core.search.results import SearchResponse

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SIMILAR_LIMIT = 6


class SimilarPanel(QWidget):
    caseActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("similarPanel")
        self.case_id: str | None = None
        self.response: Any = None
        self.title = QLabel(self)
        self.title.setObjectName("similarTitle")
        self.list = QListWidget(self)
        self.list.setObjectName("similarList")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Similar cases"))
        self.list.setAccessibleName(self.tr("Similar cases"))

    def show_for(self, case_id: str | None) -> None:
        if case_id == self.case_id:
            return
        self.case_id = case_id
        self.list.clear()
        if case_id is None:
            return

        def op(kb: KnowledgeBase) -> SearchResponse:
            return kb.similar(case_id, limit=SIMILAR_LIMIT)

        try:
            run_in_background(self, op, success=self.set_response, key="similar")
        except RuntimeError:
            self.case_id = None  # no background runner (a view outside the main window)

    def set_response(self, response: Any) -> None:
        if response.query != self.case_id:
            return  # an answer for a case no longer open
        self.response = response
        self.list.clear()
        language = current_language()
        for hit in response.hits:
            why = hit.why or {}
            reasons = [_term_label(t, language) for t in why.get("terms", [])[:4]]
            reasons += [render.theme_label(t, language) for t in why.get("themes", [])]
            reasons += [place_label(r, language) for r in why.get("regions", [])]
            places = ", ".join(place_label(m, language) for m in hit.municipalities)
            text = f"{hit.title}" + (f" — {places}" if places else "")
            if reasons:
                text += "\n" + self.tr("Shared: %s") % ", ".join(reasons)
            item = QListWidgetItem(text)
            item.setData(_ID_ROLE, hit.id)
            item.setToolTip(text)
            self.list.addItem(item)
        if not response.hits:
            self.list.addItem(QListWidgetItem(self.tr("No similar cases.")))

    def _activated(self, item: QListWidgetItem) -> None:
        case_id = item.data(_ID_ROLE)
        if case_id:
            self.caseActivated.emit(str(case_id))


def _term_label(term: str, language: str) -> str:
    """A shared key term as shown: a municipality's key ("isojoki") as its name in the UI
    language ("Storå"), other terms as the index holds them."""
    found = municipality(term)
    return place_label(found.name_fi, language) if found is not None else term
