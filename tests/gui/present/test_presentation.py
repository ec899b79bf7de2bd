"""Presentation mode: clicker keys, black screen, notes hidden by default, Esc leaves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from hyvatkaytannot.core.slides import slides_for_case, slides_for_collection
from hyvatkaytannot.gui.present.window import PresentationWindow


def _window(qtbot, slides, **kw) -> PresentationWindow:  # type: ignore[no-untyped-def]
    w = PresentationWindow(slides, **kw)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_clicker_keys_move_through_slides_and_progress_shows(qtbot, case) -> None:  # type: ignore[no-untyped-def]
    w = _window(qtbot, slides_for_case(case))
    assert w.count == 5 and w.index == 0
    assert case.title in w._title.text()
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space):
        QTest.keyClick(w, key)
    assert w.index == 4
    assert w._progress_label.text() == "5 / 5"
    QTest.keyClick(w, Qt.Key.Key_PageDown)  # past the end: stays
    assert w.index == 4
    QTest.keyClick(w, Qt.Key.Key_PageUp)
    QTest.keyClick(w, Qt.Key.Key_Left)
    assert w.index == 2
    QTest.keyClick(w, Qt.Key.Key_Home)
    assert w.index == 0
    QTest.keyClick(w, Qt.Key.Key_End)
    assert w.index == w.count - 1


def test_black_screen_toggles_and_next_key_restores(qtbot, case) -> None:  # type: ignore[no-untyped-def]
    w = _window(qtbot, slides_for_case(case))
    QTest.keyClick(w, Qt.Key.Key_B)
    assert w.is_black
    QTest.keyClick(w, Qt.Key.Key_PageDown)  # first key brings the picture back
    assert not w.is_black and w.index == 0
    QTest.keyClick(w, Qt.Key.Key_Period)
    assert w.is_black
    QTest.keyClick(w, Qt.Key.Key_B)
    assert not w.is_black


def test_notes_hidden_until_turned_on(qtbot, case) -> None:  # type: ignore[no-untyped-def]
    slides = slides_for_case(case, notes=["Muista kertoa Coronariasta"])
    w = _window(qtbot, slides)
    assert not w._notes.isVisible()
    QTest.keyClick(w, Qt.Key.Key_N)
    assert w.notes_visible and w._notes.isVisible()
    assert "Coronariasta" in w._notes.text()


def test_escape_closes(qtbot, case) -> None:  # type: ignore[no-untyped-def]
    w = _window(qtbot, slides_for_case(case))
    QTest.keyClick(w, Qt.Key.Key_Escape)
    assert not w.isVisible()


def test_collection_sequence_and_long_text_fits_without_scrolling(qtbot, case, long_case) -> None:  # type: ignore[no-untyped-def]
    slides = slides_for_collection("Koulutus", "Kaksi tapausta", [case, long_case])
    w = _window(qtbot, slides)
    assert w._title.text() == "Koulutus"
    titles = []
    for _ in range(w.count):
        titles.append(w._title.text())
        doc = w._body.document()
        # Shrink-to-fit: the body fits its viewport (or sits at the minimum size).
        fits = doc.size().height() <= w._body.viewport().height() + 1
        assert fits or doc.defaultFont().pointSizeF() <= 14.01
        QTest.keyClick(w, Qt.Key.Key_PageDown)
    assert any("Toteutus (2/" in t for t in titles)
    # Large type: the first slide's body is far above normal reading size.
    QTest.keyClick(w, Qt.Key.Key_Home)
    assert w._body.document().defaultFont().pointSizeF() >= 20


def test_collection_list_numbers_fit_left_of_the_text(qtbot, case) -> None:  # type: ignore[no-untyped-def]
    """ "10." used to lose its "1" at the left edge: the list indent follows the type size."""
    from dataclasses import replace

    from PySide6.QtGui import QFontMetricsF

    cases = [replace(case, id=f"c{i}", title=f"Tapaus {i}") for i in range(12)]
    w = _window(qtbot, slides_for_collection("Kokoelma", "", cases, {}, with_map=False))
    doc = w._body.document()
    need = QFontMetricsF(doc.defaultFont()).horizontalAdvance("12. ")
    assert doc.indentWidth() >= need
