"""What an installed app shows about itself, and a bundle opened from the file manager."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from hyvatkaytannot import __version__
from hyvatkaytannot.core.geo import ATTRIBUTION


def test_about_shows_the_version_and_the_data_attribution(qtbot: Any, window: Any) -> None:
    seen: dict[str, str] = {}

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen["text"] = box.text()
            box.accept()
        else:
            QTimer.singleShot(50, read_and_close)

    QTimer.singleShot(50, read_and_close)
    window.menus.actions["about"].trigger()
    assert __version__ in seen["text"]
    assert ATTRIBUTION in seen["text"]  # resources/data/README.md requires it


def test_second_launch_with_a_bundle_opens_its_preview(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    from hyvatkaytannot.gui.app import handle_message

    bundle = tmp_path / "ei paketti.hkzip"
    bundle.write_bytes(b"not a zip")
    handle_message(window, {"import": str(bundle)})
    dialog = window.curate.active_dialog
    assert dialog.objectName() == "importDialog" and dialog.isVisible()
    assert dialog.path_edit.text() == str(bundle)
    assert dialog.message.text()  # the preview ran: a clear message about the bad file
    dialog.reject()


def test_program_with_a_bundle_opens_the_import_preview(
    qtbot: Any, tmp_path: Path, library: Path
) -> None:
    """`hyvatkaytannot FILE.hkzip`, as the .desktop entry and Windows' association run it."""
    data = tmp_path / "data"
    bundle = tmp_path / "jaettu paketti ä.hkzip"
    base = [sys.executable, "-m", "hyvatkaytannot", "--data-dir", str(data), "--no-bundled"]
    out = subprocess.run(
        [*base, "--library", str(library), "export-bundle", "tampere-yopartio", str(bundle)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    report = tmp_path / "report.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HYVATKAYTANNOT_STARTUP_REPORT=str(report))
    other = [sys.executable, "-m", "hyvatkaytannot", "--data-dir", str(tmp_path / "toinen")]
    out = subprocess.run(
        [*other, "--no-bundled", str(bundle)], env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr[-3000:]
    assert "Traceback" not in out.stderr, out.stderr[-3000:]  # quitting at once is clean
    shown = json.loads(report.read_text(encoding="utf-8"))
    assert "mainWindow" in shown["windows"] and "importDialog" in shown["windows"]
    assert shown["marks_ms"]["window_shown"] > 0 and shown["shown_epoch"] > 0
    assert "&Tiedosto" in shown["menus"]  # Finnish first: the catalogues were found
