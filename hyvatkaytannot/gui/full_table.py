"""A large table of a case, whole, in a virtualised view (core/reading_text.py).

The reading view shows a large table as a preview: QTextDocument lays a table out on the GUI
thread and 3000 rows took over 30 s. Here a QTableView over a QAbstractTableModel draws only
the visible cells, so any size opens at once. Search filters the rows (any column, any case);
Ctrl+C copies the selected cells as tab-separated text, which pastes into a spreadsheet
as cells.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hyvatkaytannot.core.reading_text import FullTable

_Index = QModelIndex | QPersistentModelIndex


class FullTableModel(QAbstractTableModel):
    def __init__(self, table: FullTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self._columns = table.columns

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt)
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt)
        return 0 if parent.isValid() else self._columns

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self.table.rows[index.row()]
            return row[index.column()] if index.column() < len(row) else ""
        return None

    def headerData(  # noqa: N802 (Qt)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            header = self.table.header
            return header[section] if section < len(header) and header[section] else section + 1
        return section + 1


class RowFilter(QSortFilterProxyModel):
    """Rows whose text holds the search string in any cell, any case. One test per row on
    its joined text: the default filter asks the model for each of 60,000 cells (1.3 s)."""

    def __init__(self, table: FullTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = ["\t".join(row).casefold() for row in table.rows]
        self._needle = ""

    def set_needle(self, text: str) -> None:
        if not hasattr(self, "beginFilterChange"):  # before Qt 6.9
            self._needle = text.strip().casefold()
            self.invalidateRowsFilter()
            return
        self.beginFilterChange()  # invalidateRowsFilter is deprecated from Qt 6.9
        self._needle = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        return not self._needle or self._needle in self._rows[source_row]


class FullTableDialog(QDialog):
    """The whole table, with search and copy; `show_row(n)` selects a body row."""

    def __init__(self, table: FullTable, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("fullTableDialog")
        self.resize(900, 600)
        self.model = FullTableModel(table, self)
        self.proxy = RowFilter(table, self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search in the table"))
        self.search.setAccessibleName(self.tr("Search in the table"))
        self.search.textChanged.connect(self._filter)
        self.count = QLabel(self)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Table"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        # Uniform rows: the view need not measure 3000 rows to place its scroll bar.
        self.view.verticalHeader().setSectionResizeMode(self.view.verticalHeader().ResizeMode.Fixed)
        self.copy_action = QAction(self.tr("Copy"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_selection)
        self.view.addAction(self.copy_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.count)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self._filter("")

    def _filter(self, text: str) -> None:
        self.proxy.set_needle(text)
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        locale = QLocale()
        self.count.setText(
            self.tr("%1 of %2 rows")
            .replace("%1", locale.toString(shown))
            .replace("%2", locale.toString(total))
        )

    def show_row(self, row: int) -> None:
        """Select a body row of the table (clearing a search that hides it)."""
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectRow(index.row())
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def selected_text(self) -> str:
        """The selected cells as tab-separated lines (a spreadsheet pastes them as cells)."""
        indexes = self.view.selectionModel().selectedIndexes()
        if not indexes:
            return ""
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
        chosen = {(i.row(), i.column()) for i in indexes}
        lines = []
        for r in rows:
            cells = [
                str(self.proxy.index(r, c).data() or "") if (r, c) in chosen else "" for c in cols
            ]
            lines.append("\t".join(cells))
        return "\n".join(lines)

    def copy_selection(self) -> None:
        text = self.selected_text()
        if text:
            QGuiApplication.clipboard().setText(text)
