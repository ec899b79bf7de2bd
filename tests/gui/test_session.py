"""The window comes back where the user left it: search, filters, sort and open case."""

from __future__ import annotations

from typing import Any

from tests.gui.test_main_window import results, run_query


def test_last_search_filters_and_case_come_back(
    qtbot: Any, kb: Any, window: Any, typer: Any, reopen: Any, closer: Any
) -> None:
    with qtbot.waitSignal(window.searchFinished, timeout=20000):
        window.set_filter("region", ["Lappi"])
    run_query(qtbot, window, typer, "kirjasto")
    window.sort_combo.setCurrentIndex(window.sort_combo.findData("title"))
    qtbot.waitUntil(lambda: not window.search.busy())
    assert window.open_case("posio-kirjasto")
    closer(window)

    again = reopen(kb)
    try:
        qtbot.waitUntil(lambda: again.current_case_id() == "posio-kirjasto", timeout=20000)
        assert again.search_bar.text() == "kirjasto"
        assert again.filters_panel.filters() == {"region": ["Lappi"]}
        assert again.sort_combo.currentData() == "title"
        assert again.search.filters == {"region": ["Lappi"]}
        assert results(again) == ["posio-kirjasto"]
    finally:
        closer(again)


def test_a_case_gone_from_the_library_is_skipped(
    qtbot: Any, kb: Any, library: Any, window: Any, reopen: Any, closer: Any
) -> None:
    assert window.open_case("oulu-paivakoti")
    closer(window)
    (library / "oulu-paivakoti.md").unlink()
    kb.load_cases()
    again = reopen(kb)
    try:
        assert again.current_case_id() is None
        assert "oulu" not in again.statusBar().currentMessage().lower()
    finally:
        closer(again)
