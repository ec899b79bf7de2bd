"""Every window fits a 1366×768 laptop and 1920×1080 at 150 % (1280×720 logical), and a
remembered size larger than the screen is not restored as such."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

from hyvatkaytannot.gui import geometry

LAPTOP = QRect(0, 0, 1366, 768 - 40)  # less a task bar
SCALED = QRect(0, 0, 1280, 720 - 40)


@pytest.mark.parametrize("area", [LAPTOP, SCALED])
def test_fit_shrinks_and_centres(qtbot: Any, area: QRect) -> None:
    w = QWidget()
    qtbot.addWidget(w)
    geometry.fit(w, (1400, 900), area)
    assert w.width() + geometry.FRAME.width() <= area.width()
    assert w.height() + geometry.FRAME.height() <= area.height()
    small = QWidget()
    qtbot.addWidget(small)
    geometry.fit(small, (600, 400), area)
    assert small.size() == QSize(600, 400)
    assert small.x() > 0 and small.y() > 0  # centred


def test_keep_on_screen_moves_and_shrinks(qtbot: Any) -> None:
    w = QWidget()
    qtbot.addWidget(w)
    w.resize(1900, 1000)
    w.move(1500, 900)  # saved on a big monitor to the right
    geometry.keep_on_screen(w, SCALED)
    frame = geometry.FRAME
    assert w.x() >= 0 and w.x() + w.width() + frame.width() <= SCALED.width()
    assert w.y() >= 0 and w.y() + w.height() + frame.height() <= SCALED.height()


def _fits(widget: QWidget, area: QRect = SCALED) -> bool:
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    frame = geometry.FRAME
    return (
        hint.width() + frame.width() <= area.width()
        and hint.height() + frame.height() <= area.height()
    )


def test_every_window_can_be_as_small_as_1280_by_720(qtbot: Any, window: Any) -> None:
    from hyvatkaytannot.gui.curate.export_dialog import ExportDialog
    from hyvatkaytannot.gui.curate.import_dialog import ImportDialog
    from hyvatkaytannot.gui.settings_dialog import SettingsDialog

    assert _fits(window), window.minimumSizeHint()
    window.open_case("tampere-yopartio")
    editor = window.curate.edit_case("tampere-yopartio")
    assert _fits(editor), editor.minimumSizeHint()
    # It opened no larger than the screen it is on.
    area = geometry.available(editor)
    assert editor.width() + geometry.FRAME.width() <= area.width()
    assert editor.height() + geometry.FRAME.height() <= area.height()
    for dialog in (
        ImportDialog(window.kb, window),
        ExportDialog(window.kb, "tampere-yopartio", window),
        SettingsDialog(window.kb.settings, window),
    ):
        assert _fits(dialog), (type(dialog).__name__, dialog.minimumSizeHint())
        assert dialog.width() <= SCALED.width() and dialog.height() <= SCALED.height()
        dialog.deleteLater()
    editor.close()


def test_a_remembered_size_larger_than_the_screen_is_not_restored(
    qtbot: Any, kb: Any, window: Any, reopen: Any, closer: Any
) -> None:
    area = geometry.available(window)
    window.resize(area.width() + 600, area.height() + 400)
    closer(window)
    again = reopen(kb)
    try:
        assert again.width() + geometry.FRAME.width() <= area.width()
        assert again.height() + geometry.FRAME.height() <= area.height()
    finally:
        closer(again)


def test_the_editor_remembers_its_size(qtbot: Any, window: Any) -> None:
    window.open_case("oulu-paivakoti")
    editor = window.curate.edit_case("oulu-paivakoti")
    editor.resize(760, 500)
    chosen = editor.size()  # (its minimum width may be more than asked)
    assert chosen.height() == 500
    editor.close()
    again = window.curate.edit_case("oulu-paivakoti")
    assert again is not editor
    assert again.size() == chosen
    again.close()


def test_dialog_titles_are_not_cut(qtbot: Any, window: Any) -> None:
    from PySide6.QtWidgets import QInputDialog

    dialog = QInputDialog(window)
    dialog.setWindowTitle("Esitä kokoelma koulutuspäivän aamupäivän osuutta varten")
    dialog.setLabelText("Kokoelma:")
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() >= geometry.title_width(dialog)
    dialog.close()
