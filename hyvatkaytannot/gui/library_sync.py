"""Keeps the loaded cases and the index in step with the library folders, in the background.

Start-up: load the cases (the loader is fast and the window is already showing), then bring
the index up to date incrementally. Both run on the serial worker, the only place that
writes the index. The window is usable at once: searches run against whatever the index
already holds (last session's index, or the part built so far), and re-run when the sync
finishes.

Afterwards the LibraryWatcher triggers the same two steps; cases whose fingerprint changed
are reported so an open case can reload itself.

It also gives the facade its index runner: the index part of every write (a tag, a note)
runs on the same serial worker, and `reindexed` says when it is done.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from hyvatkaytannot.gui.i18n import error_text
from hyvatkaytannot.gui.watcher import LibraryWatcher
from hyvatkaytannot.gui.worker import Job, run_in_background

if TYPE_CHECKING:
    from hyvatkaytannot.core import KnowledgeBase


class LibrarySync(QObject):
    loaded = Signal(object)  # LoadResult
    indexed = Signal(object)  # IndexReport (or None)
    progress = Signal(int, int, str)
    casesChanged = Signal(list)  # ids whose file changed, appeared or vanished
    failed = Signal(str)
    reindexed = Signal()  # the index part of a write is done

    def __init__(self, kb: KnowledgeBase, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kb = kb
        self.watcher = LibraryWatcher(self)
        self.watcher.changed.connect(self.resync)
        self.loaded_once = False
        self.indexed_once = False
        # Loads waiting or running, and whether an index sync is outstanding. A sync that is
        # overtaken by a newer one never reports (worker key "sync"), so the newest one's
        # report clears the flag.
        self.loads = 0
        self.sync_pending = False
        self._fingerprints: dict[str, str] = {}
        kb.run_index_updates_with(self._run_index_work)

    def start(self) -> None:
        self.resync()

    def resync(self) -> None:
        self.loads += 1
        run_in_background(
            self,
            lambda kb, job: kb.load_cases(progress=job.report),
            success=self._on_loaded,
            failure=self._on_load_failed,
            progress=self.progress.emit,
            serial=True,
            with_job=True,
        )

    def _on_loaded(self, result: Any) -> None:
        self.loads = max(0, self.loads - 1)
        cases = result.cases
        fingerprints = {cid: c.fingerprint for cid, c in cases.items()}
        changed = []
        if self.loaded_once:
            changed = [
                cid
                for cid in set(fingerprints) | set(self._fingerprints)
                if fingerprints.get(cid) != self._fingerprints.get(cid)
            ]
        self._fingerprints = fingerprints
        first = not self.loaded_once
        self.loaded_once = True
        self.loaded.emit(result)
        if first:
            # The loaded library lives as long as the window: take it out of the cyclic
            # garbage collector's full passes, which otherwise walk every case object and
            # showed as 50-100 ms pauses in searches at 10,000 cases.
            gc.collect()
            gc.freeze()
        if changed:
            self.casesChanged.emit(sorted(changed))
        self.watcher.watch([f for f, read_only in self.kb.library_folders() if not read_only])
        self.sync_index()

    def sync_index(self, rebuild: bool = False) -> None:
        """Bring the index up to date (its check finds damage and rebuilds) on the writer
        thread, after any load queued before; a newer call supersedes a waiting one."""
        self.sync_pending = True
        run_in_background(
            self,
            lambda kb, job: kb.sync_index(
                progress=job.report, cancel=job.cancelled, rebuild=rebuild
            ),
            success=self._on_indexed,
            failure=self._on_failed,
            progress=self.progress.emit,
            serial=True,
            with_job=True,
            key="sync",
        )

    def _on_indexed(self, report: Any) -> None:
        self.sync_pending = False
        self.indexed_once = True
        self.indexed.emit(report)

    def _on_load_failed(self, error: BaseException) -> None:
        self.loads = max(0, self.loads - 1)
        self.failed.emit(error_text(error))

    def _on_failed(self, error: BaseException) -> None:
        self.sync_pending = False
        self.failed.emit(error_text(error))

    def busy(self) -> bool:
        return self.loads > 0 or self.sync_pending

    def _run_index_work(self, work: Callable[[], None]) -> None:
        run_in_background(
            self,
            lambda _kb: work(),
            success=lambda _r: self.reindexed.emit(),
            failure=lambda e: self.failed.emit(error_text(e)),
            serial=True,
        )


__all__ = ["Job", "LibrarySync"]
