"""Watches the library folders and says when cases changed on disk.

Folders are watched, not just files: an editor that saves by writing a temporary file and
renaming it over the original replaces the inode, which silently drops a file watch. The
folder's change notice catches that (and new or deleted cases); file watches are added on
top for in-place writes and are re-added after every change. Notices are debounced, since
one save produces several events, and `changed` is emitted once.

Read-only folders (the bundled cases) are not watched: they cannot change under us.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

DEBOUNCE_MS = 400
# inotify allows ~8k watches per user by default: past this many cases, folders only.
MAX_FILE_WATCHES = 2000
CASE_SUFFIXES = (".md", ".markdown")


class LibraryWatcher(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._folders: list[Path] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._fire)
        self._watcher.directoryChanged.connect(lambda _p: self._timer.start())
        self._watcher.fileChanged.connect(lambda _p: self._timer.start())

    def watch(self, folders: list[Path]) -> None:
        self._folders = [Path(f) for f in folders]
        self._rewatch()

    def watched(self) -> list[str]:
        return self._watcher.directories() + self._watcher.files()

    def _rewatch(self) -> None:
        want: set[str] = set()
        files: list[str] = []
        for folder in self._folders:
            if not folder.is_dir():
                continue
            want.add(str(folder))
            try:
                for p in folder.rglob("*"):
                    if p.name.startswith("."):
                        continue
                    if p.is_dir():
                        want.add(str(p))
                    elif p.suffix.lower() in CASE_SUFFIXES:
                        files.append(str(p))
            except OSError:
                continue
        if len(files) <= MAX_FILE_WATCHES:
            want.update(files)
        have = set(self.watched())
        gone = sorted(have - want)
        new = sorted(want - have)
        if gone:
            self._watcher.removePaths(gone)
        if new:
            self._watcher.addPaths(new)

    def _fire(self) -> None:
        self._rewatch()
        self.changed.emit()
