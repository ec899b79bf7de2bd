"""One index writer at a time, across threads and processes.

The lock is an OS file lock (fcntl / msvcrt via whoosh.util.filelock) on a file *beside* the
index folder, not inside it: a rebuild swaps the whole folder, and a lock inside it would be
swapped away with it. An OS lock dies with its process, so a crash never leaves the index
locked. A writer that cannot get the lock within `timeout` seconds gets `IndexBusy`, whose
message is meant for the user.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from types import TracebackType

from whoosh.util.filelock import FileLock

from hyvatkaytannot.core.messages import CoreError


class IndexBusy(CoreError, RuntimeError):
    """Another writer (this app or another process) is updating the index."""

    def __init__(self, lock_path: Path) -> None:
        CoreError.__init__(self, "index.busy", path=lock_path)
        self.lock_path = lock_path


class IndexReadOnly(IndexBusy):
    """The index folder cannot be written (read-only folder or disk, no permission)."""

    def __init__(self, lock_path: Path, why: OSError) -> None:
        CoreError.__init__(self, "index.read_only", reason=why.strerror or why)
        self.lock_path = lock_path


class WriterLock:
    """`with WriterLock(path, timeout):` holds the index write lock or raises IndexBusy."""

    # fcntl locks are per open file on Linux but per process on some systems: the thread lock
    # makes two threads of one process exclude each other everywhere.
    _thread_locks: dict[Path, threading.Lock] = {}
    _guard = threading.Lock()

    def __init__(self, path: Path, timeout: float = 0.0) -> None:
        self.path = path
        self.timeout = timeout
        self._file_lock: FileLock | None = None
        with WriterLock._guard:
            self._thread_lock = WriterLock._thread_locks.setdefault(
                path.resolve(), threading.Lock()
            )

    def __enter__(self) -> WriterLock:
        deadline = time.monotonic() + self.timeout
        if not self._thread_lock.acquire(blocking=False) and not self._wait_thread_lock(deadline):
            raise IndexBusy(self.path)
        lock = FileLock(str(self.path))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            locked = lock.acquire(blocking=False)
        except OSError as e:
            self._thread_lock.release()
            raise IndexReadOnly(self.path, e) from e
        while not locked:
            if time.monotonic() >= deadline:
                self._thread_lock.release()
                raise IndexBusy(self.path)
            time.sleep(0.05)
            locked = lock.acquire(blocking=False)
        self._file_lock = lock
        return self

    def _wait_thread_lock(self, deadline: float) -> bool:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return False
        return self._thread_lock.acquire(timeout=remaining)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._file_lock is not None:
            self._file_lock.release()
            self._file_lock = None
        self._thread_lock.release()
