"""The map view of the main window: the interactive map, its region list, zoom buttons and the
attribution line under the map.

It only redraws from counts (`show_facets`); it never searches. The map and the list raise the
same `regionClicked(name)`, so a mouse click and Enter in the list are one code path.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hyvatkaytannot.core import geo
from hyvatkaytannot.gui.map.regionlist import RegionList
from hyvatkaytannot.gui.map.shapes import MapShapes
from hyvatkaytannot.gui.map.widget import InteractiveMap

Facet = Mapping[str, int] | Iterable[tuple[str, int]]


class MapView(QWidget):
    regionClicked = Signal(str)
    municipalityClicked = Signal(str)
    caseActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, preload: bool = True) -> None:
        super().__init__(parent)
        self.map = InteractiveMap(self, preload=preload)
        self.regions = RegionList(self)
        self.regions.set_regions(geo.region_names())
        self._region_counts: dict[str, int] = {}
        self._municipality_counts: dict[str, int] = {}
        self._selected_region: str | None = None
        self._selected_municipality: str | None = None

        heading = QLabel(self.tr("&Regions"), self)
        heading.setBuddy(self.regions)
        zoom_in = self._button("+", self.tr("Zoom in (+)"), lambda: self.map.zoom_by(1.5))
        zoom_out = self._button("−", self.tr("Zoom out (−)"), lambda: self.map.zoom_by(1 / 1.5))
        whole = self._button(
            self.tr("Whole country"), self.tr("Show the whole country (0)"), self.map.reset_view
        )
        buttons = QHBoxLayout()
        buttons.addWidget(zoom_in)
        buttons.addWidget(zoom_out)
        buttons.addWidget(whole)
        buttons.addStretch(1)
        self.hint = hint = QLabel(
            self.tr(
                "Click a region to filter the results, click it again to clear. "
                "Zoom in to see municipalities."
            ),
            self,
        )
        hint.setWordWrap(True)
        # The results stay in sight beside the map: a click on a region filters them here.
        self.results = QListWidget(self)
        self.results.setObjectName("mapResults")
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self._case_activated)
        self.results.itemClicked.connect(self._case_activated)
        self.results_heading = QLabel(self)
        self.results_heading.setBuddy(self.results)
        self._set_results_heading(0)
        side = QVBoxLayout()
        side.addWidget(heading)
        side.addWidget(self.regions, 1)
        side.addLayout(buttons)
        side.addWidget(hint)
        side.addWidget(self.results_heading)
        side.addWidget(self.results, 2)

        self.attribution = QLabel(geo.ATTRIBUTION, self)
        self.attribution.setWordWrap(True)
        self.attribution.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.attribution.font()
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.85))
        self.attribution.setFont(font)
        self.attribution.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        left = QVBoxLayout()
        left.addWidget(self.map, 1)
        left.addWidget(self.attribution)
        # Beside the map when there is room, under it in the narrow centre pane.
        self._root = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._root.setContentsMargins(0, 0, 0, 0)
        self._root.addLayout(left, 1)
        self._root.addLayout(side)
        self._arrange()

        self.map.regionClicked.connect(self.regionClicked)
        self.map.municipalityClicked.connect(self.municipalityClicked)
        self.regions.regionActivated.connect(self.regionClicked)

    WIDE = 720  # px from which the region list sits beside the map

    def _arrange(self) -> None:
        wide = self.width() >= self.WIDE
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._root.direction() == direction and self.hint.isVisibleTo(self) == wide:
            return
        self._root.setDirection(direction)
        self.regions.setMaximumWidth(260 if wide else 16777215)
        self.regions.setMaximumHeight(16777215 if wide else 120)
        # The how-to line only where there is room; the map's accessible description and
        # tooltips say the same.
        self.hint.setVisible(wide)
        # The layout has already handled this resize: lay out again in the new direction.
        self._root.activate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange()
        super().resizeEvent(event)

    def _button(self, text: str, tip: str, slot: object) -> QToolButton:
        b = QToolButton(self)
        b.setText(text)
        b.setToolTip(tip)
        b.setAccessibleName(tip)
        b.clicked.connect(slot)
        return b

    def title(self) -> str:
        """The view's name in the View menu."""
        return self.tr("Map")

    @property
    def shapes(self) -> MapShapes | None:
        return self.map.shapes

    # -- data in ---------------------------------------------------------------------------
    def show_facets(self, facets: Mapping[str, Facet]) -> None:
        """Counts from a search's facets: "region" (names) and "municipality" (names)."""
        self._region_counts = geo.region_counts(facets.get("region", []))
        self._municipality_counts = geo.municipality_counts(facets.get("municipality", []))
        self.map.set_counts(self._region_counts, self._municipality_counts)
        self.regions.set_counts(self._region_counts)

    @property
    def region_counts(self) -> dict[str, int]:
        return dict(self._region_counts)

    @property
    def municipality_counts(self) -> dict[str, int]:
        return dict(self._municipality_counts)

    def show_hits(self, hits: Iterable[object]) -> None:
        """The search's results, as the result list shows them: title, then places."""
        self.results.clear()
        count = 0
        for hit in hits:
            count += 1
            title = str(getattr(hit, "title", "") or "")
            places = ", ".join(str(m) for m in (getattr(hit, "municipalities", None) or []))
            item = QListWidgetItem(f"{title}\n{places}" if places else title)
            item.setData(Qt.ItemDataRole.UserRole, str(getattr(hit, "id", "") or ""))
            self.results.addItem(item)
        self._set_results_heading(count)

    def _set_results_heading(self, count: int) -> None:
        self.results_heading.setText(self.tr("Res&ults (%n)", "", count))
        self.results.setAccessibleName(self.tr("Results on the map"))

    def _case_activated(self, item: QListWidgetItem) -> None:
        case_id = str(item.data(Qt.ItemDataRole.UserRole) or "")
        if case_id:
            self.caseActivated.emit(case_id)

    def set_selection(self, region: str | None, municipality: str | None = None) -> None:
        """Outline the filtered region / municipality and mark it in the list."""
        self._selected_region, self._selected_municipality = region, municipality
        self.map.set_highlight([n for n in (region, municipality) if n])
        self.regions.set_selected(region)
