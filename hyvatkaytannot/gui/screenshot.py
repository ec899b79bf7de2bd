"""`--screenshot PNG`: wait until the window shows what was asked, save it, quit.

Ready means: the cases are loaded, the index sync has reported, no search is pending, the
requested case is open (with --query alone, the first hit is opened so the picture shows a
case) and the event loop has had a moment to lay out. A timeout saves whatever is there and
exits non-zero, so a script notices.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

SIZE = (1280, 800)


class ScreenshotTaker(QObject):
    def __init__(
        self,
        window: Any,
        path: str | Path,
        query: str | None,
        open_id: str | None,
        timeout_s: float = 90.0,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.path = Path(path)
        self.query = query
        self.open_id = open_id
        self._ticks_left = int(timeout_s * 10)
        self._opened_first = False
        self._settle = 0
        self.timer = QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.window.resize(*SIZE)
        self.timer.start()

    def ready(self) -> bool:
        w = self.window
        if not (w.sync.indexed_once and not w.sync.busy() and not w.search.busy()):
            return False
        if self.query is not None and w.last_response is None:
            return False
        if self.open_id:
            return w.current_case_id() == self.open_id
        if self.query and w.current_case_id() is None and w.results_model.rowCount():
            if not self._opened_first:
                self._opened_first = True
                w.results_view.activate_first()
            return False
        return True

    def _tick(self) -> None:
        self._ticks_left -= 1
        if self._ticks_left <= 0:
            self._save_and_quit(1)
            return
        if not self.ready():
            self._settle = 0
            return
        # A few quiet ticks so that row heights and the document layout have settled.
        self._settle += 1
        if self._settle >= 3:
            self._save_and_quit(0)

    def _save_and_quit(self, code: int) -> None:
        self.timer.stop()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if not self.window.grab().save(str(self.path), "PNG"):
                code = 2
        except Exception as exc:  # whatever broke, the process must still end
            print(f"screenshot failed: {exc}", file=sys.stderr)
            code = 3
        finally:
            QApplication.exit(code)
