"""The region list: the map's keyboard and screen-reader twin."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hyvatkaytannot.core import geo
from hyvatkaytannot.core.geo import UNKNOWN
from hyvatkaytannot.gui.map.regionlist import NAME_ROLE, RegionList


def _list(qtbot: QtBot) -> RegionList:
    w = RegionList()
    qtbot.addWidget(w)
    w.set_regions(geo.region_names())
    w.set_counts({"19": 2, "01": 1, UNKNOWN: 4})
    w.show()
    return w


def test_rows_read_as_sentences_in_finnish_order(qtbot: QtBot) -> None:
    w = _list(qtbot)
    texts = [w.item(i).text() for i in range(w.count())]
    assert len(texts) == 20  # 19 regions + the unknown row
    assert texts[0] == "Ahvenanmaa: 0 case(s)"
    assert "Lappi: 2 case(s)" in texts
    # ä sorts after z: Päijät-Häme after Pohjois-Savo, and the unknown row last.
    names = [w.item(i).data(NAME_ROLE) for i in range(19)]
    assert names.index("Päijät-Häme") > names.index("Pohjois-Savo")
    assert texts[-1] == "Place unknown: 4 case(s)"
    assert not w.item(19).flags() & Qt.ItemFlag.ItemIsSelectable


def test_enter_applies_the_region(qtbot: QtBot) -> None:
    w = _list(qtbot)
    w.setFocus()
    w.setCurrentRow(w.row_of("Lappi"))
    with qtbot.waitSignal(w.regionActivated) as blocker:
        qtbot.keyClick(w, Qt.Key.Key_Return)
    assert blocker.args == ["Lappi"]


def test_selected_region_is_marked_and_survives_new_counts(qtbot: QtBot) -> None:
    w = _list(qtbot)
    w.set_selected("Lappi")
    row = w.row_of("Lappi")
    assert w.item(row).font().bold()
    assert w.item(row).text() == "Lappi: 2 case(s) (filter)"
    w.setCurrentRow(row)
    w.set_counts({"19": 5})
    assert w.item(row).text() == "Lappi: 5 case(s) (filter)"
    assert w.currentRow() == row
    w.set_selected(None)
    assert w.item(row).text() == "Lappi: 5 case(s)"
    assert not w.item(row).font().bold()
