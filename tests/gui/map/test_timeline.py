"""The timeline: bars from the year facet, drag or keys to choose a year range."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hyvatkaytannot.gui.map.timeline import TimelineWidget

FACET = [("2023", 1), ("2018", 3), ("2017", 1), ("tuntematon", 9)]


def _timeline(qtbot: QtBot) -> TimelineWidget:
    t = TimelineWidget()
    qtbot.addWidget(t)
    t.resize(300, 110)
    t.set_counts(FACET)
    t.show()
    return t


def test_years_fill_gaps_and_ignore_non_years(qtbot: QtBot) -> None:
    t = _timeline(qtbot)
    assert t.years == list(range(2017, 2024))
    assert t.count(2018) == 3 and t.count(2020) == 0
    assert "2018: 3" in t.accessibleDescription()
    assert not t.grab().toImage().isNull()


def test_drag_selects_a_range_and_a_click_inside_clears_it(qtbot: QtBot) -> None:
    t = _timeline(qtbot)
    a = t.slot_rect(2017).center().toPoint()
    b = t.slot_rect(2019).center().toPoint()
    with qtbot.waitSignal(t.yearRangeSelected) as blocker:
        qtbot.mousePress(t, Qt.MouseButton.LeftButton, pos=b)
        qtbot.mouseMove(t, a)
        qtbot.mouseRelease(t, Qt.MouseButton.LeftButton, pos=a)
    assert blocker.args == [2017, 2019]
    assert t.selected_range == (2017, 2019)
    with qtbot.waitSignal(t.yearRangeCleared):
        qtbot.mouseClick(t, Qt.MouseButton.LeftButton, pos=t.slot_rect(2018).center().toPoint())
    assert t.selected_range is None
    with qtbot.waitSignal(t.yearRangeSelected) as blocker:
        qtbot.mouseClick(t, Qt.MouseButton.LeftButton, pos=t.slot_rect(2023).center().toPoint())
    assert blocker.args == [2023, 2023]


def test_keyboard_chooses_and_clears_a_range(qtbot: QtBot) -> None:
    t = _timeline(qtbot)
    t.setFocus()
    qtbot.keyClick(t, Qt.Key.Key_Home)
    qtbot.keyClick(t, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(t, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(t.yearRangeSelected) as blocker:
        qtbot.keyClick(t, Qt.Key.Key_Return)
    assert blocker.args == [2017, 2019]
    with qtbot.waitSignal(t.yearRangeCleared):
        qtbot.keyClick(t, Qt.Key.Key_Escape)
    assert t.selected_range is None


def test_an_applied_range_stays_on_the_axis(qtbot: QtBot) -> None:
    t = _timeline(qtbot)
    shown: list[object] = []
    t.rangeShown.connect(shown.append)
    t.set_range((2010, 2012))
    t.set_counts([("2011", 2)])
    assert t.years == [2010, 2011, 2012]
    assert t.selected_range == (2010, 2012)
    assert shown == [(2010, 2012)]
