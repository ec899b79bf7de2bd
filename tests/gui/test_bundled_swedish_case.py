"""The bundled Swedish case in the real window over the bundled library: a Swedish query
finds it, its row says "in Swedish" (Finnish rows say nothing in a Finnish UI), and a
Swedish UI marks the Finnish cases instead."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from hyvatkaytannot.gui.results_model import Role

from .conftest import close_window, open_window

SV = "suupohja-livskraft-och-regional-ledning"
FI = "suupohja-elinvoiman-johtaminen"


@pytest.fixture
def bundled_window(qtbot: QtBot, data_dir: Path) -> Iterator[Any]:
    from hyvatkaytannot.core import KnowledgeBase

    kb = KnowledgeBase.open(data_dir)  # the bundled cases only
    w = open_window(qtbot, kb)
    try:
        yield w
    finally:
        close_window(w)
        kb.close()


def _rows(qtbot: QtBot, w: Any, query: str) -> dict[str, Any]:
    with qtbot.waitSignal(w.searchFinished, timeout=30000):
        w.search.set_query(query)
    model = w.results_model
    return {model.case_id(r): model.index(r, 0) for r in range(model.rowCount())}


def test_swedish_query_lists_the_swedish_case_with_its_language(
    qtbot: QtBot, bundled_window: Any
) -> None:
    rows = _rows(qtbot, bundled_window, "livskraftsmätarna")
    assert list(rows) == [SV]
    assert rows[SV].data(Role.Language) == "ruotsiksi"  # Finnish UI (the default here)
    assert rows[SV].data(Role.Places).startswith("Kauhajoki, Teuva, Isojoki, Karijoki")
    # A place name finds both Suupohja cases; only the Swedish one is marked.
    rows = _rows(qtbot, bundled_window, "Östermark")
    assert set(rows) == {SV, FI}
    assert rows[FI].data(Role.Language) == ""


def test_swedish_ui_marks_the_finnish_case_and_names_places_in_swedish(
    qtbot: QtBot, bundled_window: Any
) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale("sv"))
    try:
        rows = _rows(qtbot, bundled_window, "Teuva")
        assert set(rows) == {SV, FI}
        assert rows[SV].data(Role.Language) == ""
        assert rows[FI].data(Role.Language)  # "in Finnish", in the UI's words
        assert rows[SV].data(Role.Places).startswith("Kauhajoki, Östermark, Storå, Bötom")
    finally:
        QLocale.setDefault(before)
