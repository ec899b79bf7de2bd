"""The one helper for background work, in the spirit of Anki's QueryOp.

    run_in_background(parent, op=lambda kb: kb.search(q), success=show, key="search")

`op` runs on a worker thread with the KnowledgeBase; `success`/`failure`/`progress` run on the
main thread, delivered by queued signals from a QObject that lives on the main thread. Design:

- Two thread pools of one thread each. Reads (searches) go to the read pool; everything that
  writes the index (`serial=True`) goes to the write pool, so there is never more than one
  Whoosh writer and writes happen in the order they were asked for. Reads are not blocked by
  a long first-run index build.
- Long renders (a very large case, a PDF handout: seconds to a minute) go to a third pool
  of one thread (`slow=True`), so a search never waits behind them.
- Stale results are discarded by a generation counter per `key`: starting a new job with the
  same key bumps the generation and asks the older job to cancel; when an older job finishes
  its result is dropped, never shown.
- Progress is plain data: the op gets a `Job` whose `report(done, total, message)` emits a
  signal; a widget is never handed to a worker thread.
- `parent` ties the callbacks' lifetime to a widget: once it is destroyed, results are
  dropped instead of calling into a deleted object.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import Shiboken

if TYPE_CHECKING:
    from hyvatkaytannot.core import KnowledgeBase


log = logging.getLogger(__name__)


class Job:
    """What the op sees besides the KnowledgeBase: progress reporting and a cancel flag."""

    def __init__(self, kb: KnowledgeBase, relay: _Relay) -> None:
        self.kb = kb
        self._relay = relay
        self._cancel = threading.Event()

    def report(self, done: int, total: int, message: str = "") -> None:
        self._relay.progress.emit((done, total, message))

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Relay(QObject):
    """Lives on the main thread; its signals carry results across threads (queued)."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], None]) -> None:
        super().__init__()
        self._fn = fn
        self.setAutoDelete(True)

    def run(self) -> None:
        self._fn()


class BackgroundRunner(QObject):
    """Owns the pools and the generation counters; one per application (see `runner()`)."""

    def __init__(self, kb: KnowledgeBase, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kb = kb
        self.read_pool = QThreadPool(self)
        self.read_pool.setMaxThreadCount(1)
        self.write_pool = QThreadPool(self)
        self.write_pool.setMaxThreadCount(1)
        self.slow_pool = QThreadPool(self)
        self.slow_pool.setMaxThreadCount(1)
        self._generation: dict[str, int] = {}
        self._current: dict[str, Job] = {}
        self._live: set[_Relay] = set()

    def run(
        self,
        parent: QObject | None,
        op: Callable[..., Any],
        success: Callable[[Any], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
        progress: Callable[[int, int, str], None] | None = None,
        *,
        key: str | None = None,
        serial: bool = False,
        with_job: bool = False,
        slow: bool = False,
    ) -> Job:
        relay = _Relay()
        job = Job(self.kb, relay)
        generation = 0
        if key is not None:
            generation = self._generation.get(key, 0) + 1
            self._generation[key] = generation
            older = self._current.get(key)
            if older is not None:
                older.cancel()
            self._current[key] = job

        def fresh() -> bool:
            # A deleted parent means its callbacks would touch a dead widget: drop the result.
            alive = parent is None or Shiboken.isValid(parent)
            return alive and (key is None or self._generation.get(key) == generation)

        def on_done(result: Any) -> None:
            self._finish(relay, key, job)
            if fresh() and success is not None:
                success(result)

        def on_failed(error: BaseException) -> None:
            self._finish(relay, key, job)
            if not fresh():
                return
            if failure is not None:
                failure(error)
            else:
                notes = getattr(error, "__notes__", None) or [repr(error)]
                log.error("background task failed: %s", "".join(notes))

        def on_progress(data: tuple[int, int, str]) -> None:
            if fresh() and progress is not None:
                progress(*data)

        relay.done.connect(on_done)
        relay.failed.connect(on_failed)
        relay.progress.connect(on_progress)
        self._live.add(relay)

        def work() -> None:
            try:
                result = op(self.kb, job) if with_job else op(self.kb)
            except BaseException as exc:  # noqa: BLE001 - delivered to the main thread
                exc.add_note(traceback.format_exc())
                relay.failed.emit(exc)
            else:
                relay.done.emit(result)

        pool = self.write_pool if serial else self.slow_pool if slow else self.read_pool
        pool.start(_Runnable(work))
        return job

    def _finish(self, relay: _Relay, key: str | None, job: Job) -> None:
        self._live.discard(relay)
        if key is not None and self._current.get(key) is job:
            del self._current[key]

    def busy(self) -> bool:
        return bool(self._live)

    def cancel_all(self) -> None:
        for job in list(self._current.values()):
            job.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pools are idle (shutdown and tests)."""
        ok_r = self.read_pool.waitForDone(msecs)
        ok_w = self.write_pool.waitForDone(msecs)
        ok_s = self.slow_pool.waitForDone(msecs)
        return ok_r and ok_w and ok_s


_runner: BackgroundRunner | None = None


def install_runner(kb: KnowledgeBase, parent: QObject | None = None) -> BackgroundRunner:
    global _runner
    _runner = BackgroundRunner(kb, parent)
    return _runner


def runner() -> BackgroundRunner:
    if _runner is None:
        raise RuntimeError("install_runner(kb) first")
    return _runner


def run_in_background(
    parent: QObject | None,
    op: Callable[..., Any],
    success: Callable[[Any], None] | None = None,
    failure: Callable[[BaseException], None] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    *,
    key: str | None = None,
    serial: bool = False,
    with_job: bool = False,
    slow: bool = False,
) -> Job:
    """Run `op(kb)` (or `op(kb, job)` with `with_job=True`) off the GUI thread.

    `serial=True` for anything that writes the index, `slow=True` for a long render. `key`
    makes newer calls supersede older ones (their results are discarded)."""
    return runner().run(
        parent,
        op,
        success,
        failure,
        progress,
        key=key,
        serial=serial,
        with_job=with_job,
        slow=slow,
    )
