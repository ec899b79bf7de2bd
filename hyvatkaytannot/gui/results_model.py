"""The result list as a real Qt model (checked with pytest-qt's qtmodeltester).

One row per hit of the latest SearchResponse. Display text is the title; the other parts
have their own roles so the delegate (results_view.py) and the tests read them without
parsing. A new response replaces the rows with a model reset: responses arrive whole from
the background worker, never row by row.

Rows stay in the order they come: the index sorts (relevance, newest, title with Finnish
collation), and lists made from cases are sorted by core.browse.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from hyvatkaytannot.core import render
from hyvatkaytannot.core.reference import place_label, status_label
from hyvatkaytannot.core.render import finnish_date
from hyvatkaytannot.core.search.results import Hit
from hyvatkaytannot.gui.i18n import current_language

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    Id = Qt.ItemDataRole.UserRole + 1
    Title = Qt.ItemDataRole.UserRole + 2
    Places = Qt.ItemDataRole.UserRole + 3
    Period = Qt.ItemDataRole.UserRole + 4
    Status = Qt.ItemDataRole.UserRole + 5
    Snippet = Qt.ItemDataRole.UserRole + 6
    Score = Qt.ItemDataRole.UserRole + 7
    Hit = Qt.ItemDataRole.UserRole + 8
    # The case's language when the list should say it ("in Swedish"), else "".
    Language = Qt.ItemDataRole.UserRole + 9


def period_text(start: str | None, end: str | None) -> str:
    start, end = finnish_date(start), finnish_date(end)
    if start and end and start != end:
        return f"{start}–{end}"
    return start or end


class ResultsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[Hit] = []

    # -- filling ---------------------------------------------------------------------
    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def clear(self) -> None:
        self.set_hits([])

    def hit(self, row: int) -> Hit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def case_id(self, row: int) -> str | None:
        hit = self.hit(row)
        return None if hit is None else hit.id

    def row_of(self, case_id: str) -> int:
        for row, hit in enumerate(self._hits):
            if hit.id == case_id:
                return row
        return -1

    # -- model -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._hits)

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802
        names = dict(super().roleNames())
        names.update({int(r): QByteArray(r.name.lower().encode()) for r in Role})
        return names

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        hit = self.hit(index.row())
        if hit is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Role.Title):
            return hit.title
        if role == Role.Id:
            return hit.id
        if role == Role.Places:
            places = list(hit.municipalities)
            regions = [r for r in hit.regions if r not in places]
            ui = current_language()
            return ", ".join(place_label(p, ui) for p in places + regions)
        if role == Role.Language:
            return self.language_text(hit.language or "fi")
        if role == Role.Period:
            return period_text(hit.period_start, hit.period_end)
        if role == Role.Status:
            return status_label(hit.status or "", current_language())
        if role == Role.Snippet:
            return render.safe_snippet(hit.snippet)
        if role == Role.Score:
            return hit.score
        if role == Role.Hit:
            return hit
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [
                hit.title,
                self.data(index, Role.Places),
                self.data(index, Role.Period),
                self.data(index, Role.Status),
                self.data(index, Role.Language),
            ]
            return " · ".join(p for p in parts if p)
        return None

    def language_text(self, language: str) -> str:
        """A case language worth saying: any but Finnish, and Finnish in a Swedish UI."""
        ui = current_language()
        if language == ui or (language == "fi" and ui != "sv"):
            return ""
        names = {"fi": self.tr("in Finnish"), "sv": self.tr("in Swedish")}
        return names.get(language, language)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
