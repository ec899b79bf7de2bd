"""The map and the timeline inside the real main window, over the bundled cases and a real
index: the counts match the facets, a click on the map filters the search."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hyvatkaytannot.core import KnowledgeBase, geo


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, data_dir: Path) -> Iterator[Any]:
    from hyvatkaytannot.gui.app import build_window
    from hyvatkaytannot.gui.worker import install_runner

    kb = KnowledgeBase.open(data_dir)
    kb.load_cases()
    kb.sync_index()
    runner = install_runner(kb, qapp)
    w = build_window(kb, "map")
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    try:
        yield w
    finally:
        runner.cancel_all()
        runner.wait(10000)
        w.close()
        kb.close()


def _search(qtbot: QtBot, w: Any, action: Any) -> Any:
    with qtbot.waitSignal(w.searchFinished, timeout=20000) as blocker:
        action()
    return blocker.args[0]


def test_map_view_is_installed_and_shown(window: Any) -> None:
    assert "map" in window.center_view_keys()
    assert window.center.currentWidget() is window.map_controller.view


def test_region_counts_equal_the_facet_counts(qtbot: QtBot, window: Any) -> None:
    resp = _search(qtbot, window, lambda: window.search.set_query("johtaminen"))
    view = window.map_controller.view
    facet = dict(resp.facets["region"])
    assert facet, "the bundled cases have regions"
    names = geo.region_names()
    assert {names[c]: n for c, n in view.region_counts.items()} == facet
    # The facet panel shows the same numbers the map and its list do.
    panel = {v: n for v, n, _ in window.filters_panel.facet_rows("region")}
    assert panel == facet
    lappi = view.regions.item(view.regions.row_of("Lappi")).text()
    assert lappi.startswith(f"Lappi: {facet['Lappi']} ")


def test_clicking_a_region_sets_and_clears_the_filter(qtbot: QtBot, window: Any) -> None:
    _search(qtbot, window, lambda: window.search.set_query(""))
    view = window.map_controller.view
    qtbot.waitUntil(lambda: view.map.shapes is not None)
    at = view.map.point_of("19")
    assert at is not None
    resp = _search(
        qtbot,
        window,
        lambda: qtbot.mouseClick(view.map, Qt.MouseButton.LeftButton, pos=at.toPoint()),
    )
    assert window.filters_panel.filters()["region"] == ["Lappi"]
    assert resp.total == view.region_counts["19"]
    assert all("Lappi" in h.regions for h in resp.hits)
    assert view.map.state.highlight == {"19"}
    _search(
        qtbot,
        window,
        lambda: qtbot.mouseClick(view.map, Qt.MouseButton.LeftButton, pos=at.toPoint()),
    )
    assert "region" not in window.filters_panel.filters()
    assert view.map.state.highlight == set()


def test_enter_in_the_region_list_filters_too(qtbot: QtBot, window: Any) -> None:
    _search(qtbot, window, lambda: window.search.set_query(""))
    regions = window.map_controller.view.regions
    regions.setFocus()
    regions.setCurrentRow(regions.row_of("Lappi"))
    _search(qtbot, window, lambda: qtbot.keyClick(regions, Qt.Key.Key_Return))
    assert window.filters_panel.filters()["region"] == ["Lappi"]


def test_timeline_drag_sets_a_year_filter(qtbot: QtBot, window: Any) -> None:
    _search(qtbot, window, lambda: window.search.set_query(""))
    timeline = window.map_controller.timeline
    years = timeline.years
    assert len(years) >= 2
    first, last = years[0], years[1]
    a = timeline.slot_rect(first).center().toPoint()
    b = timeline.slot_rect(last).center().toPoint()

    def drag() -> None:
        qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=a)
        qtbot.mouseMove(timeline, b)
        qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=b)

    resp = _search(qtbot, window, drag)
    assert window.filters_panel.filters()["year"] == [str(first), str(last)]
    expected = window.kb.search("", year_range=(first, last), limit=0, facets=False).total
    assert resp.total == expected
    # The other years stay on the axis (year counts ignore their own filter).
    assert timeline.years == years
    assert timeline.selected_range == (first, last)


def test_a_region_click_shows_its_results_beside_the_map(qtbot: QtBot, window: Any) -> None:
    view = window.map_controller.view
    _search(qtbot, window, lambda: window.search.set_query(""))
    everything = view.results.count()
    assert everything > 1 and view.results.isVisibleTo(window)
    resp = _search(qtbot, window, lambda: view.regionClicked.emit("Lappi"))
    ids = [
        str(view.results.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(view.results.count())
    ]
    assert ids == [h.id for h in resp.hits] and 0 < len(ids) < everything
    assert "(" + str(len(ids)) + ")" in view.results_heading.text()
    # Activating a row opens the case in the reading view, the map stays.
    view.results.itemActivated.emit(view.results.item(0))
    # (This fixture starts no background load: the window opens it once loaded.)
    assert ids[0] in (window.current_case_id(), window.flow.pending_open)
    assert window.center.currentWidget() is view
