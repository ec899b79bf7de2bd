"""Presenter view: with a second screen the slide goes to the projector and the trainer's
laptop shows current and next slide, notes and a clock; N never puts notes on the slide."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from hyvatkaytannot.core.slides import slides_for_case
from hyvatkaytannot.gui.present.presenter import PresenterView
from hyvatkaytannot.gui.present.window import PresentationWindow


def test_presenter_keeps_the_notes_off_the_slide(qtbot: Any, case: Any) -> None:
    slides = slides_for_case(case, notes=["Muista kertoa Coronariasta"])
    slide_window = PresentationWindow(slides, show_notes=True)
    qtbot.addWidget(slide_window)
    presenter = PresenterView(slide_window)
    qtbot.addWidget(presenter)
    slide_window.attach_presenter(presenter)
    slide_window.show()
    presenter.show()
    with_notes = next(i for i, s in enumerate(slides) if s.notes)
    slide_window.go_to(with_notes)
    assert "Coronariasta" in presenter.notes.text()
    assert not slide_window._notes.isVisible() and "Coronariasta" not in slide_window._notes.text()
    QTest.keyClick(slide_window, Qt.Key.Key_N)  # N on the projected window...
    assert not presenter.notes_visible  # ...acts on the presenter view only
    QTest.keyClick(presenter, Qt.Key.Key_N)
    assert presenter.notes_visible and "Coronariasta" not in slide_window._notes.text()
    # The clicker's keys work from the presenter view too; it shows what comes next.
    slide_window.go_to(0)
    QTest.keyClick(presenter, Qt.Key.Key_PageDown)
    assert slide_window.index == 1
    assert slides[2].title in presenter.next_title.text()
    assert presenter.counter.text().startswith("Dia 2 /") or "2 /" in presenter.counter.text()
    QTest.keyClick(presenter, Qt.Key.Key_Escape)
    assert not slide_window.isVisible() and not presenter.isVisible()


SCREENS = {
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "projektori", "x": 1366, "y": 0, "width": 1920, "height": 1080,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    ]
}  # fmt: skip

SCRIPT = """
import json
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
from hyvatkaytannot.core.slides import slides_for_case
from hyvatkaytannot.gui.present.window import PresentationWindow, start_presentation
from tests.gui.present.conftest import make_case
main = QWidget()
main.setScreen(app.screens()[0])
main.setGeometry(50, 50, 800, 600)
main.show()
slides = slides_for_case(make_case(), notes=["Oma muistiinpano"])
w = PresentationWindow(slides)
start_presentation(w, main)
app.processEvents()
w.go_to(next(i for i, s in enumerate(slides) if s.notes))
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
QTest.keyClick(w, Qt.Key.Key_N)
QTest.keyClick(w, Qt.Key.Key_N)
print(json.dumps({
    "slide_screen": w.screen().name(),
    "presenter_screen": w.presenter.screen().name() if w.presenter else None,
    "slide_notes": w._notes.text(),
    "presenter_notes": w.presenter.notes.text() if w.presenter else "",
}))
"""


def test_two_screens_slide_on_the_projector_presenter_on_the_laptop(tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    root = Path(__file__).resolve().parents[3]
    env = {"QT_QPA_PLATFORM": f"offscreen:configfile={config}", "PYTHONPATH": str(root)}
    import os

    out = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        cwd=root,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["slide_screen"] == "projektori"
    assert result["presenter_screen"] == "laptop"
    assert result["slide_notes"] == ""
    assert "Oma muistiinpano" in result["presenter_notes"]
