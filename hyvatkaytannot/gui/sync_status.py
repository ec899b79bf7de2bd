"""What the status bar says about the library: loaded cases, problems, indexing progress.

Owns its widgets (the status label, the progress bar, the problems button) and reacts to
the LibrarySync: a load fills the problems view and opens a case asked for before it, an
index sync re-runs the search, a changed open case is reloaded or closed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton

from hyvatkaytannot.gui.icons import icon

if TYPE_CHECKING:
    from hyvatkaytannot.core import KnowledgeBase
    from hyvatkaytannot.core.library import LoadResult
    from hyvatkaytannot.core.search import IndexReport
    from hyvatkaytannot.gui.library_sync import LibrarySync
    from hyvatkaytannot.gui.problems_view import ProblemsView
    from hyvatkaytannot.gui.reading_view import ReadingView
    from hyvatkaytannot.gui.results_flow import ResultsFlow


class SyncStatus(QObject):
    message = Signal(str, int)  # text, milliseconds

    def __init__(
        self,
        kb: KnowledgeBase,
        sync: LibrarySync,
        flow: ResultsFlow,
        reading_view: ReadingView,
        problems_view: ProblemsView,
        status_bar: QStatusBar,
        library_text: Callable[[int], str],
        problems_text: Callable[[int], str],
    ) -> None:
        super().__init__(sync)
        self.kb, self.sync, self.flow = kb, sync, flow
        self.reading_view, self.problems_view = reading_view, problems_view
        self.library_text, self.problems_text = library_text, problems_text
        self.label = QLabel(status_bar)
        self.progress = QProgressBar(status_bar)
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.problems_button = QToolButton(status_bar)
        self.problems_button.setIcon(icon("warning"))
        self.problems_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.problems_button.setAutoRaise(True)
        self.problems_button.hide()
        status_bar.addWidget(self.label, 1)
        status_bar.addPermanentWidget(self.progress)
        status_bar.addPermanentWidget(self.problems_button)

        sync.progress.connect(self.show_progress)
        sync.loaded.connect(self.on_loaded)
        sync.indexed.connect(self.on_indexed)
        sync.failed.connect(self.on_failed)
        sync.casesChanged.connect(self.on_cases_changed)
        sync.reindexed.connect(flow.search.run)

    def show_progress(self, done: int, total: int, _message: str) -> None:
        self.progress.show()
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)
        self.progress.setFormat(QCoreApplication.translate("MainWindow", "Indexing %v/%m"))

    def on_loaded(self, result: LoadResult) -> None:
        problems = list(result.problems)
        self.problems_view.set_problems(problems)
        self.problems_button.setVisible(bool(problems))
        # A circle when a file could not be loaded, a triangle for warnings only.
        errors = any(p.is_error for p in problems)
        self.problems_button.setIcon(icon("error" if errors else "warning"))
        self.problems_button.setText(self.problems_text(len(problems)))
        self.label.setText(self.library_text(len(result.cases)))
        self.flow.open_pending()
        self.flow.search.run()

    def on_failed(self, text: str) -> None:
        # A failed sync (e.g. the user store held by another program) ends its progress too.
        self.progress.hide()
        self.message.emit(text, 6000)

    def on_indexed(self, report: IndexReport | None) -> None:
        self.progress.hide()
        if report is not None and report.recovered:
            self.message.emit(
                QCoreApplication.translate(
                    "MainWindow", "The search index was damaged and has been rebuilt."
                ),
                6000,
            )
        self.flow.search.run()

    def on_cases_changed(self, ids: list[str]) -> None:
        current = self.flow.current_case_id()
        if current not in ids:
            return
        case = self.kb.cases.get(current) if current is not None else None
        if case is None:
            self.reading_view.show_empty()
            self.message.emit(
                QCoreApplication.translate(
                    "MainWindow", "The open case was removed from the library."
                ),
                6000,
            )
        else:
            self.reading_view.show_case(case)
            self.message.emit(
                QCoreApplication.translate(
                    "MainWindow", "The open case changed on disk and was reloaded."
                ),
                6000,
            )
