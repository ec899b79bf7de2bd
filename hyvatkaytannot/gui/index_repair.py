"""A search that finds the index damaged: say so at once, rebuild, answer when rebuilt.

The facade is told not to rebuild inside a search (`rebuild_damaged_in_search`): that would
block the search thread for minutes without a word. Instead the search raises
IndexNeedsRebuild and this part
- shows a banner above the results at once ("rebuilding; the search answers when done"),
- empties the result list, so nothing from the damaged index stays on screen,
- asks LibrarySync for a sync on the writer thread, whose check finds the damage and
  rebuilds aside with progress in the status bar ("Rebuilding 1200/10000"),
- and when the sync reports, hides the banner; SyncStatus then says the index was rebuilt
  and runs the search again.
Searches typed meanwhile meet the same damage and only keep the banner up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QBoxLayout, QLabel, QMainWindow

if TYPE_CHECKING:
    from hyvatkaytannot.core import KnowledgeBase
    from hyvatkaytannot.gui.library_sync import LibrarySync
    from hyvatkaytannot.gui.results_flow import ResultsFlow
    from hyvatkaytannot.gui.search_controller import SearchController
    from hyvatkaytannot.gui.sync_status import SyncStatus


class IndexRepair(QObject):
    def __init__(
        self,
        window: QMainWindow,
        kb: KnowledgeBase,
        search: SearchController,
        sync: LibrarySync,
        flow: ResultsFlow,
        status: SyncStatus,
    ) -> None:
        super().__init__(window)
        self.sync, self.flow, self.status = sync, flow, status
        self.rebuilding = False
        # A sync whose own check found nothing to rebuild, yet the search still meets
        # damage: the next repair rebuilds unconditionally (never a loop of syncs).
        self.force_next = False
        kb.rebuild_damaged_in_search = False
        self.banner = QLabel(window)
        self.banner.setObjectName("indexRepairBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "#indexRepairBanner { background: #e7f1fb; color: #0b2e4f;"
            " border: 1px solid #8db4da; padding: 6px; }"
        )
        self.banner.hide()
        central = window.centralWidget()
        layout = central.layout() if central is not None else None
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, self.banner)
        search.damaged.connect(self.on_damaged)
        # After SyncStatus's own handlers (connected first): the progress text is ours.
        sync.progress.connect(self.on_progress)
        sync.indexed.connect(self.on_indexed)
        sync.failed.connect(self.on_failed)

    def banner_text(self) -> str:
        return QCoreApplication.translate(
            "IndexRepair",
            "The search index is damaged. It is being rebuilt from the case files; the "
            "search will answer when that is done.",
        )

    def on_damaged(self) -> None:
        self.flow.show_hits([], 0)
        self.banner.setText(self.banner_text())
        self.banner.show()
        if not self.rebuilding:
            self.rebuilding = True
            self.sync.sync_index(rebuild=self.force_next)

    def on_progress(self, _done: int, total: int, _message: str) -> None:
        if self.rebuilding:
            text = QCoreApplication.translate("IndexRepair", "Rebuilding %v/%m")
            bar = self.status.progress
            bar.setFormat(text)
            # Room for the longest text it will show ("Rakennetaan 9999/9999").
            widest = text.replace("%v", str(total)).replace("%m", str(total))
            bar.setMinimumWidth(
                min(bar.maximumWidth(), bar.fontMetrics().horizontalAdvance(widest) + 24)
            )

    def on_indexed(self, report: Any) -> None:
        if self.rebuilding:
            self.rebuilding = False
            self.force_next = not getattr(report, "rebuilt", True)
            self.banner.hide()

    def on_failed(self, text: str) -> None:
        if self.rebuilding:
            self.rebuilding = False
            self.banner.setText(f"{self.banner_text()}\n{text}")
