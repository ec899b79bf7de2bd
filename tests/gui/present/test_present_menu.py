"""The Esitä menu in the real main window: F5 presents the open case, a collection opens
with a map of its cases, handouts export from the open case or a collection."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def test_f5_presents_the_open_case_with_its_notes_hidden(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.present.case_action.shortcut().toString() == "F5"
    window.open_case("tampere-yopartio")
    window.present.case_action.trigger()
    shown = window.present.presentation
    assert shown is not None and shown.isVisible()
    assert "yöpartio" in shown._title.text().lower()
    assert not shown.notes_visible
    # The end slide lists similar cases ("who else did this?").
    end = shown._slides[-1]
    similar = window.kb.similar("tampere-yopartio", limit=4).hits
    assert similar and "Samankaltaisia tapauksia" in end.markdown
    assert similar[0].title in end.markdown
    QTest.keyClick(shown, Qt.Key.Key_Escape)
    assert not shown.isVisible()


def test_collection_opens_with_a_map_of_its_cases(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from hyvatkaytannot.gui.map import MapWidget

    ids = sorted(window.kb.cases)[:2]
    coll = window.kb.store.create_collection("Koulutuspäivä", "Aamupäivän esimerkit", ids)
    shown = window.present.present_collection(coll.id)
    assert shown._title.text() == "Koulutuspäivä"
    QTest.keyClick(shown, Qt.Key.Key_PageDown)
    assert shown.current_slide().kind == "map"
    assert isinstance(shown.map_widget, MapWidget)
    QTest.keyClick(shown, Qt.Key.Key_PageDown)
    assert shown.map_widget is None  # back to text
    assert shown.current_slide().kind == "title"
    shown.close()


def test_handout_of_open_case_and_collection(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window.open_case("tampere-yopartio")
    assert window.present.export_handout(tmp_path / "a.pdf") >= 1
    coll = window.kb.store.create_collection("Moniste", "", sorted(window.kb.cases))
    assert window.present.export_handout(tmp_path / "b.pdf", collection=coll.id) >= 2
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")
