"""The regions with their counts as a list: the map's keyboard and screen-reader twin.

Each row reads as one sentence ("Lappi: 2 tapausta"; names in the UI's language), so a
screen reader says the whole fact; arrows move, Enter (or a double click) applies the region
as a filter, exactly like a click on the map. Cases whose place the map does not know are a
last, non-activatable row, so the list always adds up to what the facet says.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from hyvatkaytannot.core.geo import UNKNOWN
from hyvatkaytannot.core.reference import place_label
from hyvatkaytannot.core.search.collation import finnish_sort_key
from hyvatkaytannot.gui.i18n import current_language
from hyvatkaytannot.gui.map.colours import cases_text

NAME_ROLE = Qt.ItemDataRole.UserRole
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class RegionList(QListWidget):
    regionActivated = Signal(str)  # the Finnish region name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Regions and their case counts"))
        self.setUniformItemSizes(True)
        self._names: dict[str, str] = {}
        self._selected: str | None = None
        self.itemActivated.connect(self._activated)

    def set_regions(self, names: Mapping[str, str]) -> None:
        """code → Finnish name, for every region on the map."""
        self._names = dict(names)
        self.set_counts({})

    def set_counts(self, counts: Mapping[str, int]) -> None:
        current = self.currentItem()
        keep = current.data(CODE_ROLE) if current is not None else None
        self.clear()
        language = current_language()
        shown = {code: place_label(name, language) for code, name in self._names.items()}
        order = sorted(self._names.items(), key=lambda item: finnish_sort_key(shown[item[0]]))
        for code, name in order:
            self._add(code, name, f"{shown[code]}: {cases_text(counts.get(code, 0))}")
        unknown = counts.get(UNKNOWN, 0)
        if unknown:
            item = self._add(
                UNKNOWN, "", self.tr("Place unknown: %1").replace("%1", cases_text(unknown))
            )
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.set_selected(self._selected)
        for i in range(self.count()):
            if self.item(i).data(CODE_ROLE) == keep:
                self.setCurrentRow(i)
                break

    def _add(self, code: str, name: str, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(NAME_ROLE, name)
        item.setData(CODE_ROLE, code)
        self.addItem(item)
        return item

    def set_selected(self, name: str | None) -> None:
        """Mark the region that is the current filter (bold, and said by a screen reader)."""
        self._selected = name
        for i in range(self.count()):
            item = self.item(i)
            on = bool(name) and item.data(NAME_ROLE) == name
            font = QFont(self.font())
            font.setBold(on)
            item.setFont(font)
            base = item.text().removesuffix(self._suffix())
            item.setText(base + self._suffix() if on else base)

    def _suffix(self) -> str:
        return self.tr(" (filter)")

    def row_of(self, name: str) -> int:
        for i in range(self.count()):
            if self.item(i).data(NAME_ROLE) == name:
                return i
        return -1

    def _activated(self, item: QListWidgetItem) -> None:
        name = item.data(NAME_ROLE)
        if name:
            self.regionActivated.emit(name)
