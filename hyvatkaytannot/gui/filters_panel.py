"""The left panel: facet lists with counts, the active-filter chips, saved searches and
collections, and a slot for extra widgets (the timeline).

Facets are one QTreeView over a QStandardItemModel: a group per field (region,
municipality, theme, status, year, the user's tags) with checkable "value (count)" rows.
Clicking or Space toggles a value; the panel emits `filtersChanged(dict)` with
field -> [values]. Active values stay listed (count 0) even when the current results no
longer contain them, so the user can always untick what they ticked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hyvatkaytannot.gui.icons import icon

FIELDS: tuple[str, ...] = ("region", "municipality", "theme", "status", "year", "tag", "review")
_FIELD_ROLE = Qt.ItemDataRole.UserRole + 1
_VALUE_ROLE = Qt.ItemDataRole.UserRole + 2
_PAYLOAD_ROLE = Qt.ItemDataRole.UserRole + 3
_MAX_VALUES = 30


class _WrappingDelegate(QStyledItemDelegate):
    """Facet rows wrap long labels (theme names) onto more lines instead of eliding them."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def initStyleOption(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideNone

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        base = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        depth = 1 if index.parent().isValid() else 0
        column = self.view.viewport().width() - self.view.indentation() * (depth + 1)
        opt.rect = QRect(0, 0, max(column, 60), base.height())
        style = self.view.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, self.view)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1
        rect = opt.fontMetrics.boundingRect(
            QRect(0, 0, max(text_rect.width() - 2 * margin, 40), 10000),
            int(Qt.TextFlag.TextWordWrap),
            opt.text,
        )
        return QSize(base.width(), max(base.height(), rect.height() + 4))


class _FacetTree(QTreeView):
    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        # Row heights depend on the viewport width, which also changes when the scroll
        # bar comes or goes (the tree itself keeps its size then).
        if event.type() == QEvent.Type.Resize:
            self.scheduleDelayedItemsLayout()
        return super().viewportEvent(event)


class FiltersPanel(QWidget):
    filtersChanged = Signal(dict)
    savedSearchActivated = Signal(object)
    collectionActivated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filters: dict[str, list[str]] = {}
        self._facets: dict[str, list[tuple[str, int]]] = {}
        self._expanded: set[str] = {"region", "theme", "status"}
        # Shown text of a facet value (theme ids -> their labels); the value stays the id.
        self.value_label: Callable[[str, str], str] = lambda _field, value: value

        self.chips = QWidget(self)
        self.chips_layout = QHBoxLayout(self.chips)
        self.chips_layout.setContentsMargins(0, 0, 0, 0)
        self.clear_button = QPushButton(self)
        self.clear_button.setIcon(icon("clear"))
        self.clear_button.clicked.connect(self.clear)

        self.model = QStandardItemModel(self)
        self.tree = _FacetTree(self)
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Long theme names wrap instead of being cut off (see _WrappingDelegate).
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A scroll bar that comes and goes would change the width the rows were wrapped for.
        self.tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tree.clicked.connect(self._toggle_index)
        self.tree.activated.connect(self._toggle_index)
        self.tree.expanded.connect(lambda i: self._expanded.add(str(i.data(_FIELD_ROLE))))
        self.tree.collapsed.connect(lambda i: self._expanded.discard(str(i.data(_FIELD_ROLE))))

        self.saved_label = QLabel(self)
        self.saved_list = QListWidget(self)
        self.saved_list.itemActivated.connect(
            lambda item: self.savedSearchActivated.emit(item.data(_PAYLOAD_ROLE))
        )
        self.collections_label = QLabel(self)
        self.collections_list = QListWidget(self)
        self.collections_list.itemActivated.connect(
            lambda item: self.collectionActivated.emit(item.data(_PAYLOAD_ROLE))
        )
        for lst in (self.saved_list, self.collections_list):
            lst.setVisible(False)
            lst.setMaximumHeight(110)
            lst.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.facets_label = QLabel(self)
        for label in (self.facets_label, self.saved_label, self.collections_label):
            label.setStyleSheet("font-weight: bold")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.facets_label)
        layout.addWidget(self.chips)
        layout.addWidget(self.clear_button)
        layout.addWidget(self.tree, 1)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.saved_list)
        layout.addWidget(self.collections_label)
        layout.addWidget(self.collections_list)
        self.saved_label.setBuddy(self.saved_list)
        self.collections_label.setBuddy(self.collections_list)
        self.retranslate()
        self._rebuild_chips()

    def retranslate(self) -> None:
        self.facets_label.setText(self.tr("Filters"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.tree.setAccessibleName(self.tr("Filters"))
        self.saved_label.setText(self.tr("&Saved searches"))
        self.saved_list.setAccessibleName(self.tr("Saved searches"))
        self.collections_label.setText(self.tr("C&ollections"))
        self.collections_list.setAccessibleName(self.tr("Collections"))
        self._rebuild_tree()

    def field_title(self, name: str) -> str:
        return {
            "region": self.tr("Region"),
            "municipality": self.tr("Municipality"),
            "theme": self.tr("Theme"),
            "status": self.tr("Status"),
            "year": self.tr("Year"),
            "tag": self.tr("My tags"),
            "review": self.tr("Not yet reviewed"),
        }.get(name, name)

    # -- extension point -------------------------------------------------------------
    def add_widget(self, widget: QWidget) -> None:
        """Add a widget under the facets (e.g. a timeline)."""
        self.extra.addWidget(widget)

    # -- filters ---------------------------------------------------------------------
    def filters(self) -> dict[str, list[str]]:
        return {k: list(v) for k, v in self._filters.items() if v}

    def set_filter(self, field: str, values: list[str], *, emit: bool = True) -> None:
        if values:
            self._filters[field] = list(dict.fromkeys(str(v) for v in values))
        else:
            self._filters.pop(field, None)
        self._changed(emit)

    def toggle(self, field: str, value: str) -> None:
        values = self._filters.get(field, [])
        values = [v for v in values if v != value] if value in values else [*values, value]
        self.set_filter(field, values)

    def clear(self) -> None:
        if self._filters:
            self._filters = {}
            self._changed(True)

    def _changed(self, emit: bool) -> None:
        self._rebuild_tree()
        self._rebuild_chips()
        if emit:
            self.filtersChanged.emit(self.filters())

    def _toggle_index(self, index: QModelIndex) -> None:
        value = index.data(_VALUE_ROLE)
        if value is None:
            return
        self.toggle(str(index.data(_FIELD_ROLE)), str(value))

    # -- facets ----------------------------------------------------------------------
    def set_facets(self, facets: dict[str, list[tuple[str, int]]]) -> None:
        self._facets = {k: [(str(v), int(n)) for v, n in vals] for k, vals in facets.items()}
        self._rebuild_tree()

    def facet_rows(self, field: str) -> list[tuple[str, int, bool]]:
        """(value, count, checked) as shown for one field (tests and accessibility)."""
        group = self._group(field)
        if group is None:
            return []
        rows = []
        for r in range(group.rowCount()):
            item = group.child(r)
            rows.append(
                (
                    str(item.data(_VALUE_ROLE)),
                    int(item.data(Qt.ItemDataRole.UserRole + 4)),
                    item.checkState() == Qt.CheckState.Checked,
                )
            )
        return rows

    def click_value(self, field: str, value: str) -> bool:
        """Activate a facet row as a click would (used by tests and keyboard helpers)."""
        group = self._group(field)
        if group is None:
            return False
        for r in range(group.rowCount()):
            item = group.child(r)
            if item.data(_VALUE_ROLE) == value:
                self.tree.clicked.emit(item.index())
                return True
        return False

    def _group(self, field: str) -> QStandardItem | None:
        for r in range(self.model.rowCount()):
            item = self.model.item(r)
            if item.data(_FIELD_ROLE) == field:
                return item
        return None

    def _rebuild_tree(self) -> None:
        scroll = self.tree.verticalScrollBar().value()
        self.model.clear()
        for field in FIELDS:
            values = list(self._facets.get(field, []))[:_MAX_VALUES]
            active = self._filters.get(field, [])
            shown = {v for v, _ in values}
            values += [(v, 0) for v in active if v not in shown]
            if not values:
                continue
            group = QStandardItem(self.field_title(field))
            group.setData(field, _FIELD_ROLE)
            group.setSelectable(False)
            for value, count in values:
                item = QStandardItem(f"{self.value_label(field, value)} ({count})")
                item.setToolTip(f"{self.value_label(field, value)} ({count})")
                item.setData(field, _FIELD_ROLE)
                item.setData(value, _VALUE_ROLE)
                item.setData(count, Qt.ItemDataRole.UserRole + 4)
                item.setCheckable(True)
                item.setCheckState(
                    Qt.CheckState.Checked if value in active else Qt.CheckState.Unchecked
                )
                item.setAccessibleText(
                    f"{self.field_title(field)}: {self.value_label(field, value)}, {count}"
                )
                group.appendRow(item)
            self.model.appendRow(group)
            if field in self._expanded or active:
                self.tree.expand(group.index())
        self.tree.verticalScrollBar().setValue(scroll)

    def _rebuild_chips(self) -> None:
        while self.chips_layout.count():
            item = self.chips_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for field, values in self.filters().items():
            for value in values:
                chip = QToolButton(self.chips)
                shown = self.value_label(field, value)
                chip.setText(f"{shown} ✕")
                chip.setToolTip(f"{self.field_title(field)}: {shown}")
                chip.setAccessibleName(self.tr("Remove filter %1").replace("%1", value))
                chip.clicked.connect(lambda _=False, f=field, v=value: self.toggle(f, v))
                self.chips_layout.addWidget(chip)
        self.chips_layout.addStretch(1)
        active = bool(self._filters)
        self.chips.setVisible(active)
        self.clear_button.setVisible(active)

    # -- saved searches and collections ----------------------------------------------
    def set_saved_searches(self, entries: list[tuple[str, Any]]) -> None:
        self._fill(self.saved_list, entries, "search")

    def set_collections(self, entries: list[tuple[str, Any]]) -> None:
        self._fill(self.collections_list, entries, "collection")

    def _fill(self, widget: QListWidget, entries: list[tuple[str, Any]], icon_name: str) -> None:
        widget.clear()
        # An empty list only takes room from the facets; its heading stays as a landmark.
        widget.setVisible(bool(entries))
        for label, payload in entries:
            item = QListWidgetItem(icon(icon_name if icon_name != "search" else "star"), label)
            item.setData(_PAYLOAD_ROLE, payload)
            widget.addItem(item)
