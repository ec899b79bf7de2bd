"""`install(window)`: put the map in the centre stack and the timeline under the facets, and
keep both in step with the window's searches and filters.

The controller owns no search state of its own: the filters live in the window (its filters
panel), so a region ticked in the facet list and a region clicked on the map are the same
filter, and the map's outline follows whichever set it. Each `searchFinished` response only
recolours (facet counts → region codes: microseconds), so typing never waits for the map.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from hyvatkaytannot.gui.map.timeline import TimelineWidget
from hyvatkaytannot.gui.map.view import MapView
from hyvatkaytannot.gui.window_api import WindowApi

# A year range is applied as the "year" facet filter holding every year of the range: values
# of one facet are ORed, so "a case touching any year from a to b" is exactly what the index's
# `year_range=(a, b)` option means. Going through the facet keeps one filter model for the
# window (chips, facet ticks, saved searches) and keeps the year counts disjunctive, so the
# timeline still shows the other years while a range is chosen.
YEAR = "year"


class MapController(QObject):
    def __init__(self, window: WindowApi, view: MapView, timeline: TimelineWidget) -> None:
        super().__init__(window.window())
        self.window, self.view, self.timeline = window, view, timeline
        view.regionClicked.connect(self.toggle_region)
        view.municipalityClicked.connect(self.toggle_municipality)
        view.caseActivated.connect(window.open_case)
        timeline.yearRangeSelected.connect(self.set_years)
        timeline.yearRangeCleared.connect(self.clear_years)
        window.searchFinished.connect(self.show_response)
        if window.last_response is not None:
            self.show_response(window.last_response)

    # -- filters ---------------------------------------------------------------------------
    def filters(self) -> dict[str, list[Any]]:
        return self.window.filters_panel.filters()

    def _toggle(self, field: str, name: str) -> None:
        current = [str(v) for v in self.filters().get(field, [])]
        # Clicking the filtered place again clears it; clicking another place replaces it.
        values = [v for v in current if v != name] if name in current else [name]
        self.window.set_filter(field, values)

    def toggle_region(self, name: str) -> None:
        self._toggle("region", name)

    def toggle_municipality(self, name: str) -> None:
        self._toggle("municipality", name)

    def set_years(self, first: int, last: int) -> None:
        self.window.set_filter(YEAR, [str(y) for y in range(first, last + 1)])

    def clear_years(self) -> None:
        self.window.set_filter(YEAR, [])

    # -- results ---------------------------------------------------------------------------
    def show_response(self, response: Any) -> None:
        facets = getattr(response, "facets", None) or {}
        self.view.show_facets(facets)
        self.view.show_hits(list(getattr(response, "hits", []) or []))
        self.timeline.set_counts(facets.get("year", []))
        self.sync_selection()

    def sync_selection(self) -> None:
        f = self.filters()
        regions, municipalities = f.get("region", []), f.get("municipality", [])
        self.view.set_selection(
            str(regions[0]) if len(regions) == 1 else None,
            str(municipalities[0]) if len(municipalities) == 1 else None,
        )
        self.timeline.set_range(contiguous_range(f.get(YEAR, [])))


def contiguous_range(values: list[Any]) -> tuple[int, int] | None:
    """(first, last) when the year filter is an unbroken run of years, else None."""
    try:
        years = sorted({int(str(v)) for v in values})
    except ValueError:
        return None
    if years and years[-1] - years[0] == len(years) - 1:
        return years[0], years[-1]
    return None


class TimelineBox(QWidget):
    """The timeline with its heading, as the filters panel shows it."""

    def __init__(self, timeline: TimelineWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.label = QLabel(self)
        self.label.setStyleSheet("font-weight: bold")
        self.label.setBuddy(timeline)
        layout.addWidget(self.label)
        layout.addWidget(timeline)
        timeline.rangeShown.connect(self._show_range)
        self._show_range(timeline.selected_range)

    def _show_range(self, year_range: tuple[int, int] | None) -> None:
        title = self.tr("Cases per &year")
        if year_range:
            a, b = year_range
            title += f" ({a}–{b})" if a != b else f" ({a})"
        self.label.setText(title)


def install(window: WindowApi) -> MapController:
    """The map in the centre stack, the timeline under the facets; the window keeps the
    controller."""
    view = MapView(window.window())
    window.add_center_view("map", view, view.title())
    timeline = TimelineWidget()
    window.filters_panel.add_widget(TimelineBox(timeline))
    return MapController(window, view, timeline)
