"""The main window with a real library, index and user store."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from hyvatkaytannot.gui.results_model import Role


def results(window: Any) -> list[str]:
    m = window.results_model
    return [str(m.index(r, 0).data(Role.Id)) for r in range(m.rowCount())]


def run_query(qtbot: Any, window: Any, typer: Any, text: str) -> None:
    window.search_bar.edit.clear()
    window.search_bar.edit.setFocus()
    with qtbot.waitSignal(window.searchFinished, timeout=20000):
        typer(window.search_bar.edit, text)
    qtbot.waitUntil(lambda: not window.search.busy() and window.search.query == text)


def test_search_field_has_focus_and_shortcuts_return_to_it(qtbot: Any, window: Any) -> None:
    window.activateWindow()
    window.search_bar.focus()  # what app.run does at start
    qtbot.waitUntil(window.search_bar.edit.hasFocus)
    for key in (Qt.Key.Key_L, Qt.Key.Key_F):
        window.results_view.setFocus()
        qtbot.waitUntil(window.results_view.hasFocus)
        qtbot.keyClick(window.results_view, key, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(window.search_bar.edit.hasFocus)
    assert window.search_bar.edit.accessibleName() == "Haku"


def test_typing_a_finnish_query_shows_the_right_case_first(
    qtbot: Any, window: Any, typer: Any
) -> None:
    run_query(qtbot, window, typer, "yöpartio")
    assert results(window)[0] == "tampere-yopartio"
    run_query(qtbot, window, typer, "päiväkoti")
    assert results(window)[0] == "oulu-paivakoti"
    assert window.count_label.text().endswith(("tapaus", "tapausta"))


def test_enter_opens_first_hit_and_arrows_move(qtbot: Any, window: Any, typer: Any) -> None:
    run_query(qtbot, window, typer, "kirjastoauto")
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_case_id() == "posio-kirjasto")
    window.search_bar.set_text("")
    qtbot.waitUntil(lambda: window.results_model.rowCount() == 3 and not window.search.busy())
    window.search_bar.edit.setFocus()
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Down)
    first = window.results_view.currentIndex().row()
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Down)
    assert window.results_view.currentIndex().row() == first + 1


def test_facet_click_narrows_and_chip_clears(qtbot: Any, window: Any) -> None:
    assert len(results(window)) == 3
    rows = dict((v, n) for v, n, _ in window.filters_panel.facet_rows("region"))
    assert rows["Lappi"] == 1 and rows["Pirkanmaa"] == 1
    with qtbot.waitSignal(window.searchFinished, timeout=20000):
        assert window.filters_panel.click_value("region", "Lappi")
    qtbot.waitUntil(lambda: not window.search.busy())
    assert results(window) == ["posio-kirjasto"]
    assert window.filters_panel.chips.isVisibleTo(window)
    with qtbot.waitSignal(window.searchFinished, timeout=20000):
        qtbot.mouseClick(window.filters_panel.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.search.busy())
    assert len(results(window)) == 3


def test_set_filter_extension_api(qtbot: Any, window: Any) -> None:
    with qtbot.waitSignal(window.searchFinished, timeout=20000) as blocker:
        window.set_filter("status", ["päättynyt"])
    qtbot.waitUntil(lambda: not window.search.busy())
    assert results(window) == ["oulu-paivakoti"]
    assert window.last_response is blocker.args[0] or window.last_response.total == 1
    assert {"file", "edit", "view", "present", "help"} <= set(window.menus.menus)
    assert window.menu("present").title()


def test_sort_by_title_is_finnish(qtbot: Any, window: Any) -> None:
    with qtbot.waitSignal(window.searchFinished, timeout=20000):
        window.sort_combo.setCurrentIndex(window.sort_combo.findData("title"))
    qtbot.waitUntil(lambda: not window.search.busy())
    titles = [window.results_model.index(r, 0).data() for r in range(3)]
    assert titles == [
        "Kirjastoauto kylille",
        "Kotihoidon yöpartio Tampereella",
        "Päiväkotien metsäretket Oulussa",
    ]


def test_opening_a_case_renders_sections_and_metadata(qtbot: Any, window: Any) -> None:
    assert window.open_case("tampere-yopartio")
    view = window.reading_view
    text = view.browser.toPlainText()
    for section in ("Lähtökohdat", "Tavoitteet", "Toteutus", "Tulokset"):
        assert section in text
    assert "Tampere" in view.meta.text() and "Pirkanmaa" in view.meta.text()
    assert 'href="https://www.tampere.fi/"' in view.meta.text()
    # The table kept its alignment as attributes (not styles Qt would choke on).
    assert "yö" in text and "4" in text
    assert window.current_case_id() == "tampere-yopartio"


def test_search_terms_are_highlighted_in_the_reading_view(
    qtbot: Any, window: Any, typer: Any
) -> None:
    run_query(qtbot, window, typer, "metsäretki")
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_case_id() == "oulu-paivakoti")
    html = window.reading_view.browser.toHtml()
    assert "metsäretke" in html
    assert "background-color" in html  # the .hit span got the palette colour


def test_problems_view_lists_broken_files(
    qtbot: Any, kb: Any, library: Any, reopen: Any, closer: Any
) -> None:
    (library / "rikki.md").write_text("---\nid: [rikki\ntitle: x\n---\nteksti\n", "utf-8")
    window = reopen(kb)
    try:
        rows = window.problems_view.rows()
        assert any("rikki.md" in f for f, _line, _msg in rows)
        assert all(msg for _f, _l, msg in rows)
        assert window.problems_button.isVisibleTo(window)
        assert "ongelma" in window.problems_button.text()
        assert len(results(window)) == 3  # the rest keeps working
    finally:
        closer(window)


def test_did_you_mean_is_clickable(qtbot: Any, window: Any, typer: Any) -> None:
    # A finished word (space after it) with a typo: the index suggests the right one.
    run_query(qtbot, window, typer, "yöpatrio ")
    response = window.last_response
    assert response.suggestion and "yöpartio" in response.suggestion
    assert window.search_bar.suggestion.isVisible()
    assert "Tarkoititko" in window.search_bar.suggestion.text()
    with qtbot.waitSignal(window.searchFinished, timeout=20000):
        window.search_bar.suggestion.linkActivated.emit("suggest")
    qtbot.waitUntil(lambda: not window.search.busy())
    assert window.search_bar.text() == response.suggestion
    assert not window.search_bar.suggestion.isVisible()
    assert results(window)[0] == "tampere-yopartio"


def test_saved_search_and_collection_lists(qtbot: Any, kb: Any, window: Any) -> None:
    assert window.open_case("posio-kirjasto")
    kb.add_to_named_collection("Lapin kokeilut", "posio-kirjasto")
    kb.add_to_named_collection("lapin kokeilut", "posio-kirjasto")  # same one
    kb.save_search("Lapin haut", "kirjastoauto", {"region": ["Lappi"]})
    window.user_lists.refresh()
    assert window.filters_panel.collections_list.count() == 1
    assert window.filters_panel.saved_list.count() == 1
    with qtbot.waitSignal(window.searchFinished, timeout=20000):
        item = window.filters_panel.saved_list.item(0)
        window.filters_panel.saved_list.itemActivated.emit(item)
    qtbot.waitUntil(lambda: not window.search.busy())
    assert window.search_bar.text() == "kirjastoauto"
    assert window.filters_panel.filters() == {"region": ["Lappi"]}
    assert results(window) == ["posio-kirjasto"]
    window.filters_panel.collections_list.itemActivated.emit(
        window.filters_panel.collections_list.item(0)
    )
    assert results(window) == ["posio-kirjasto"]
