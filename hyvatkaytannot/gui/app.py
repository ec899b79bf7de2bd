"""The application: QApplication, translations, single instance, start-up order, run().

Start-up is ordered for a window on screen fast: open the facade (cheap, lazy), build and
show the window, then in the event loop open the user store and start the background
load + index sync. Voikko and the index load on the worker thread. Timings of each step are
kept in `STARTUP` (scripts/measure_cold_start.py prints them). With the environment variable
`HYVATKAYTANNOT_STARTUP_REPORT=FILE` the app writes them as JSON, with the wall-clock time the
window was up and the visible top-level windows, once the event loop runs, and quits: the
frozen app's smoke test (scripts/smoke_app.py) measures start-to-window with it.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from hyvatkaytannot.core import KnowledgeBase
    from hyvatkaytannot.gui.mainwindow import MainWindow

T0 = time.perf_counter()
STARTUP: dict[str, float] = {}
STARTUP_EPOCH: dict[str, float] = {}


def _mark(name: str) -> None:
    STARTUP[name] = round((time.perf_counter() - T0) * 1000, 1)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName("hyvatkaytannot")
        QCoreApplication.setApplicationName("hyvatkaytannot")
        app = QApplication(argv if argv is not None else sys.argv[:1])
        app.setDesktopFileName("fi.hyvatkaytannot.hyvatkaytannot")  # the .desktop entry's id
    assert isinstance(app, QApplication)
    return app


def build_window(kb: KnowledgeBase, view: str = "list") -> MainWindow:
    """The main window with its map, curate and present parts (tests use this too)."""
    from hyvatkaytannot.gui.mainwindow import MainWindow

    window = MainWindow(kb)
    if view and view != "list":
        window.show_center_view(view)
    window.reading_view.set_font_size(int(kb.settings.get("font_size") or 0))
    return window


def start_background(window: MainWindow) -> None:
    """Open the user store on the main thread, then load and index in the background."""
    # On the main thread, before any worker: a damaged store asks the user (trust_ui.py);
    # the app still reads and searches cases whatever the store's state.
    window.trust.open_store()
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
    if message.get("import"):
        open_bundle(window, str(message["import"]))


def open_bundle(window: MainWindow, path: str) -> None:
    """A bundle opened from the file manager: the import dialog with its preview."""
    window.curate.import_bundle(path)


REPORT_ENV = "HYVATKAYTANNOT_STARTUP_REPORT"


def _report_and_quit(app: QApplication, window: MainWindow, path: str) -> None:
    windows = [w.objectName() or type(w).__name__ for w in app.topLevelWidgets() if w.isVisible()]
    report = {
        "marks_ms": STARTUP,
        "shown_epoch": STARTUP_EPOCH.get("shown"),
        "windows": windows,
        # The menu titles tell which UI language loaded (a missing catalogue shows English).
        "menus": [action.text() for action in window.menuBar().actions()],
    }
    Path(path).write_text(json.dumps(report), encoding="utf-8")
    app.quit()


def run(
    data_dir: str | None = None,
    libraries: tuple[str, ...] | list[str] = (),
    bundled: bool = True,
    query: str | None = None,
    open_id: str | None = None,
    view: str = "list",
    screenshot: str | None = None,
    import_bundle: str | None = None,
) -> int:
    from hyvatkaytannot.core import KnowledgeBase
    from hyvatkaytannot.core.search.analysis_bridge import set_background_preload
    from hyvatkaytannot.gui.i18n import install_translators, startup_language
    from hyvatkaytannot.gui.single_instance import SingleInstance
    from hyvatkaytannot.gui.worker import install_runner

    _mark("imports")
    app = make_application()
    _mark("qapplication")
    # A long session: a Swedish lexicon the library needs is decoded in the background.
    set_background_preload(True)
    kb = KnowledgeBase.open(data_dir, libraries, bundled)
    language = startup_language(kb.settings.get("ui_language"))
    translators = install_translators(app, language)
    _mark("translations")

    instance = None
    if screenshot is None:
        instance = SingleInstance(kb.paths.data_dir)
        if not instance.acquire():
            message = {
                "query": query,
                "open": open_id,
                "view": view if view != "list" else None,
                "import": str(Path(import_bundle).resolve()) if import_bundle else None,
            }
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
    STARTUP_EPOCH["shown"] = time.time()

    def begin() -> None:
        _mark("event_loop")
        start_background(window)

    QTimer.singleShot(0, begin)
    if query:
        window.search_bar.set_text(query)
    if open_id:
        window.open_case(open_id)
    window.search_bar.focus()
    if import_bundle:
        QTimer.singleShot(0, lambda: open_bundle(window, import_bundle))
    report = os.environ.get(REPORT_ENV)
    if report:
        QTimer.singleShot(0, lambda: _report_and_quit(app, window, report))

    code = app.exec()
    runner.cancel_all()
    runner.wait(30000)
    # Jobs on Qt's global pool (the map shapes) must end before Python tears down, or a
    # start that is closed at once can crash on the way out.
    QThreadPool.globalInstance().waitForDone(30000)
    kb.close()
    if instance is not None:
        instance.release()
    del translators
    return int(code)
