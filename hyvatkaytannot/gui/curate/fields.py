"""The form's special inputs: municipality names with completion, themes, row tables.

Design decisions:
- Municipalities are one line of comma-separated names: compact, and pasting "Orivesi,
  Kangasala" from a document just works. The QCompleter completes the name being typed
  (after the last comma), not the whole line, so it is driven by hand instead of being
  attached with `setCompleter` (which would replace the whole text).
- Themes are a checkable list showing the labels in the UI's language; the item data is
  the theme id that goes into the file. Ids a case has that the vocabulary does not know
  are listed too (checked, shown as the id) so that saving never drops them.
- Row tables keep each row's original dict (in the first cell's UserRole), so keys the table
  has no column for survive an edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hyvatkaytannot.core import reference
from hyvatkaytannot.core.curate.compose import split_names
from hyvatkaytannot.gui.i18n import current_language, sorted_finnish

ORIGINAL_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_COLUMN = 180


class MunicipalityEdit(QLineEdit):
    """Comma-separated municipality names; completes the name after the last comma."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        names = sorted_finnish({m.name_fi for m in reference.municipalities()})
        self.completer_ = QCompleter(QStringListModel(names, self), self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.completer_.setWidget(self)
        self.completer_.activated.connect(self.insert_completion)
        self.textEdited.connect(self._update_completion)

    def current_prefix(self) -> str:
        return self.text()[: self.cursorPosition()].rsplit(",", 1)[-1].strip()

    def _update_completion(self, _text: str) -> None:
        prefix = self.current_prefix()
        if len(prefix) < 1:
            self._hide_popup()
            return
        self.completer_.setCompletionPrefix(prefix)
        if self.completer_.completionCount() > 0:
            self.completer_.complete()
        else:
            self._hide_popup()

    def insert_completion(self, name: str) -> None:
        before = self.text()[: self.cursorPosition()]
        after = self.text()[self.cursorPosition() :]
        head = before.rsplit(",", 1)[0] + ", " if "," in before else ""
        rest = after.split(",", 1)[1] if "," in after else ""
        new = head + name + (", " + rest.strip() if rest.strip() else "")
        self.setText(new)
        self.setCursorPosition(len(head + name))
        self.textEdited.emit(self.text())
        self._hide_popup()

    def _hide_popup(self) -> None:
        popup = self.completer_.popup()
        if popup is not None:
            popup.hide()

    def names(self) -> list[str]:
        return split_names(self.text())

    def set_names(self, names: list[str]) -> None:
        self.setText(", ".join(names))


class ThemeList(QListWidget):
    """Checkable themes with labels in the UI's language; `themes()` gives the checked ids
    in list order."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemChanged.connect(lambda _item: self.changed.emit())
        self._order: list[str] = []
        self.set_themes([])

    def set_themes(self, chosen: list[str]) -> None:
        self._order = list(chosen)
        self.blockSignals(True)
        self.clear()
        known = reference.themes()
        ids = {t.id for t in known}
        for t in known:
            self._add(t.id, t.label(current_language()), t.id in chosen)
        for theme_id in chosen:  # unknown to the vocabulary: kept, shown as written
            if theme_id not in ids:
                self._add(theme_id, theme_id, True)
        self.blockSignals(False)

    def _add(self, theme_id: str, label: str, checked: bool) -> None:
        item = QListWidgetItem(label, self)
        item.setData(Qt.ItemDataRole.UserRole, theme_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def themes(self) -> list[str]:
        """Checked ids: the case's own order first (a re-save must not reorder the file),
        then newly checked ones in vocabulary order."""
        checked = [
            str(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]
        first = [t for t in self._order if t in checked]
        return first + [t for t in checked if t not in first]

    def set_checked(self, theme_id: str, checked: bool = True) -> None:
        for i in range(self.count()):
            if self.item(i).data(Qt.ItemDataRole.UserRole) == theme_id:
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                self.item(i).setCheckState(state)


class RowTable(QWidget):
    """An editable table of dict rows with add/remove buttons."""

    changed = Signal()

    def __init__(self, keys: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys = keys
        self.table = QTableWidget(0, len(keys), self)
        # Columns start as wide as their header and cells (never a clipped header) but at
        # most MAX_COLUMN px, so one long source title does not push the others out of view;
        # the user can widen any column, and the table scrolls sideways.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: keyboard reachable form
        self.table.setMinimumHeight(80)
        self.table.setMaximumHeight(150)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.add_button.clicked.connect(lambda: self.add_row({}))
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_headers(self, labels: list[str]) -> None:
        self.table.setHorizontalHeaderLabels(labels)
        self.fit_columns()

    def fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        for col in range(self.table.columnCount()):
            self.table.resizeColumnToContents(col)
            width = max(header.sectionSizeHint(col), min(self.table.columnWidth(col), MAX_COLUMN))
            self.table.setColumnWidth(col, width)

    def add_row(self, row: dict[str, Any]) -> int:
        self.table.blockSignals(True)
        n = self.table.rowCount()
        self.table.insertRow(n)
        for col, key in enumerate(self.keys):
            value = row.get(key)
            text = "" if value is None else str(value)
            if isinstance(value, float) and value.is_integer():
                text = str(int(value))
            item = QTableWidgetItem(text)
            if col == 0:
                item.setData(ORIGINAL_ROLE, dict(row))
            self.table.setItem(n, col, item)
        self.table.blockSignals(False)
        self.table.setCurrentCell(n, 0)
        self.changed.emit()
        return n

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.blockSignals(False)
        for row in rows:
            self.add_row(row)
        self.fit_columns()

    def set_cell(self, row: int, key: str, text: str) -> None:
        item = self.table.item(row, self.keys.index(key))
        if item is None:
            item = QTableWidgetItem()
            self.table.setItem(row, self.keys.index(key), item)
        item.setText(text)

    def rows(self) -> list[dict[str, Any]]:
        out = []
        for r in range(self.table.rowCount()):
            first = self.table.item(r, 0)
            original = first.data(ORIGINAL_ROLE) if first is not None else None
            row = dict(original or {})
            for col, key in enumerate(self.keys):
                item = self.table.item(r, col)
                text = item.text().strip() if item is not None else ""
                original_value = row.get(key)
                # Numbers the table shows as text go back as they were unless edited.
                same = original_value is not None and _shown(original_value) == text
                row[key] = original_value if same else text
            out.append(row)
        return out


def _shown(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
