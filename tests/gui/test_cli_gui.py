"""`hyvatkaytannot gui --screenshot` end to end, in a separate process as a user runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage


def test_screenshot_opens_the_case_and_saves_the_whole_window(
    qtbot: Any, tmp_path: Path, library: Path
) -> None:
    png = tmp_path / "ikkuna.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "hyvatkaytannot", "--data-dir", str(tmp_path / "data"),
         "--no-bundled", "--library", str(library), "gui", "--query", "yöpartio",
         "--open", "tampere-yopartio", "--screenshot", str(png)],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1280, 800)
    # Not a blank picture: the window drew many distinct colours (text, icons, selection).
    colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
    assert len(colours) > 20


def test_settings_dialog_saves_library_folders(qtbot: Any, kb: Any, tmp_path: Path) -> None:
    from hyvatkaytannot.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(kb.settings)
    qtbot.addWidget(dialog)
    shared = tmp_path / "jaettu asema"
    shared.mkdir()
    dialog.add_folder(str(shared))
    dialog.font_size.setValue(14)
    assert dialog.language.findData("fi") >= 0 and dialog.language.findData("en") >= 0
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    changed = dialog.apply()
    assert set(changed) == {"library_folders", "font_size", "ui_language"}
    kb.settings.load()
    assert kb.settings.get("library_folders") == [str(shared)]
    assert kb.settings.get("ui_language") == "en"
    assert any(folder == shared.resolve() for folder, _ro in kb.library_folders())
