"""Smaller widgets: tag completion, search debounce and suggestion, state, extensions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from hyvatkaytannot.gui.searchbar import SearchBar
from hyvatkaytannot.gui.tag_editor import TagEditor


def test_tag_completion_activated_adds_the_completion(qtbot: Any) -> None:
    editor = TagEditor()
    qtbot.addWidget(editor)
    editor.set_known_tags(["kestävyys", "kotihoito"])
    added: list[str] = []
    editor.tagAdded.connect(added.append)
    editor.completer.activated[str].emit("kestävyys")
    editor.edit.returnPressed.emit()  # the same Enter reaches the line edit: ignored
    assert added == ["kestävyys"]
    qtbot.wait(10)
    editor.edit.setText("kest")
    editor.edit.returnPressed.emit()  # Enter without a chosen completion: the typed text
    assert added == ["kestävyys", "kest"]
    editor.set_tags(["kest"])
    editor.edit.setText("KEST")
    editor.edit.returnPressed.emit()
    assert added == ["kestävyys", "kest"]  # no duplicate, case-insensitively


def test_search_bar_debounces_and_offers_suggestion(qtbot: Any, typer: Any) -> None:
    bar = SearchBar()
    qtbot.addWidget(bar)
    bar.show()
    seen: list[str] = []
    bar.queryChanged.connect(seen.append)
    with qtbot.waitSignal(bar.queryChanged, timeout=2000):
        typer(bar.edit, "kotihoto")
    assert seen == ["kotihoto"]  # one search for the whole word, not one per key
    bar.show_suggestion("kotihoito")
    assert bar.suggestion.isVisible() and "kotihoito" in bar.suggestion.text()
    with qtbot.waitSignal(bar.queryChanged):
        bar.suggestion.linkActivated.emit("suggest")
    assert bar.text() == "kotihoito" and seen[-1] == "kotihoito"
    for word in ("TAI", "EI", "kunta:", "maakunta:", "teema:", "tila:", "vuosi:", "tunniste:"):
        assert word in bar.help_text()


def test_geometry_and_splitters_are_remembered(
    qtbot: Any, kb: Any, window: Any, reopen: Any, closer: Any
) -> None:
    window.resize(780, 560)
    window.splitter.setSizes([150, 200, 330])
    sizes = window.splitter.sizes()
    closer(window)
    again = reopen(kb)
    try:
        assert (again.width(), again.height()) == (780, 560)
        assert again.splitter.sizes() == sizes
    finally:
        closer(again)


def test_center_views_and_menus(qtbot: Any, window: Any) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel("kartta")
    window.add_center_view("test-view", label, "Testinäkymä")
    assert window.show_center_view("test-view")
    assert window.center.currentWidget() is label
    titles = [a.text() for a in window.menu("view").actions()]
    assert "Testinäkymä" in titles
    assert window.show_center_view("list")
    assert not window.show_center_view("nope")


def test_keyboard_reaches_the_main_parts(qtbot: Any, window: Any) -> None:
    for widget in (
        window.search_bar.edit,
        window.filters_panel.tree,
        window.results_view,
        window.reading_view.browser,
        window.reading_view.tags.edit,
        window.reading_view.notes.list,
    ):
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget
        assert widget.accessibleName(), widget
