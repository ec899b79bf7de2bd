"""The application: QApplication, translations, single instance, start-up order, run().

Start-up is ordered for a window on screen fast: open the facade (cheap, lazy), build and
show the window, then in the event loop open the user store and start the background
load + index sync. Voikko and the index load on the worker thread. Timings of each step are
kept in `STARTUP` (scripts/measure_cold_start.py prints them).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from hyvatkaytannot.core import KnowledgeBase
    from hyvatkaytannot.gui.mainwindow import MainWindow

T0 = time.perf_counter()
STARTUP: dict[str, float] = {}


def _mark(name: str) -> None:
    STARTUP[name] = round((time.perf_counter() - T0) * 1000, 1)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName("hyvatkaytannot")
        QCoreApplication.setApplicationName("hyvatkaytannot")
        app = QApplication(argv if argv is not None else sys.argv[:1])
        app.setDesktopFileName("hyvatkaytannot")
    assert isinstance(app, QApplication)
    return app


def build_window(kb: KnowledgeBase, view: str = "list") -> MainWindow:
    """The main window with its map, curate and present parts (tests use this too)."""
    from hyvatkaytannot.gui import trust_ui
    from hyvatkaytannot.gui.mainwindow import MainWindow

    window = MainWindow(kb)
    trust_ui.install(window)
    if view and view != "list":
        window.show_center_view(view)
    window.reading_view.set_font_size(int(kb.settings.get("font_size") or 0))
    return window


def start_background(window: MainWindow) -> None:
    """Open the user store on the main thread, then load and index in the background."""
    from hyvatkaytannot.gui import trust_ui

    # On the main thread, before any worker: a damaged store asks the user (trust_ui.py);
    # the app still reads and searches cases whatever the store's state.
    trust_ui.open_store(window)
    window.user_lists.refresh()
    window.sync.start()


def handle_message(window: MainWindow, message: dict[str, Any]) -> None:
    """A second launch asked for something: raise the window and act on it."""
    window.showNormal()
    window.raise_()
    window.activateWindow()
    if message.get("query"):
        window.search_bar.set_text(str(message["query"]))
    if message.get("open"):
        window.open_case(str(message["open"]))
    if message.get("view"):
        window.show_center_view(str(message["view"]))


def run(
    data_dir: str | None = None,
    libraries: tuple[str, ...] | list[str] = (),
    bundled: bool = True,
    query: str | None = None,
    open_id: str | None = None,
    view: str = "list",
    screenshot: str | None = None,
) -> int:
    from hyvatkaytannot.core import KnowledgeBase
    from hyvatkaytannot.gui.i18n import DEFAULT_LANGUAGE, install_translators
    from hyvatkaytannot.gui.single_instance import SingleInstance
    from hyvatkaytannot.gui.worker import install_runner

    _mark("imports")
    app = make_application()
    _mark("qapplication")
    kb = KnowledgeBase.open(data_dir, libraries, bundled)
    language = str(kb.settings.get("ui_language") or DEFAULT_LANGUAGE)
    translators = install_translators(app, language)
    _mark("translations")

    instance = None
    if screenshot is None:
        instance = SingleInstance(kb.paths.data_dir)
        if not instance.acquire():
            message = {"query": query, "open": open_id, "view": view if view != "list" else None}
            if instance.send(message):
                kb.close()
                return 0
            # The lock holder does not answer: run anyway rather than show nothing.

    runner = install_runner(kb, app)
    window = build_window(kb, view)
    if instance is not None:
        instance.messageReceived.connect(lambda m: handle_message(window, m))
    _mark("window_built")
    taker = None
    if screenshot is not None:
        from hyvatkaytannot.gui.screenshot import ScreenshotTaker

        taker = ScreenshotTaker(window, Path(screenshot), query, open_id)
        taker.start()
    window.show()
    _mark("window_shown")

    def begin() -> None:
        _mark("event_loop")
        start_background(window)

    QTimer.singleShot(0, begin)
    if query:
        window.search_bar.set_text(query)
    if open_id:
        window.open_case(open_id)
    window.search_bar.focus()

    code = app.exec()
    runner.cancel_all()
    runner.wait(30000)
    kb.close()
    if instance is not None:
        instance.release()
    del translators
    return int(code)
