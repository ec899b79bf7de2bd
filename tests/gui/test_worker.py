"""The background helper: results on the main thread, stale ones dropped, writes serial."""

from __future__ import annotations

import threading
import time
from typing import Any

from PySide6.QtCore import QObject, QThread

from hyvatkaytannot.gui.worker import BackgroundRunner


def test_success_runs_on_main_thread_and_stale_results_are_dropped(qtbot: Any) -> None:
    runner = BackgroundRunner(kb="KB")
    owner = QObject()
    got: list[Any] = []
    threads: list[Any] = []
    gate = threading.Event()

    def slow(kb: Any) -> str:
        gate.wait(5)
        return "vanha"

    runner.run(owner, slow, success=got.append, key="search")
    runner.run(
        owner,
        lambda kb: f"uusi {kb}",
        success=lambda r: (got.append(r), threads.append(QThread.currentThread())),
        key="search",
    )
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)
    assert got == ["uusi KB"]
    assert threads == [owner.thread()]
    runner.wait()


def test_failure_and_progress_are_delivered(qtbot: Any) -> None:
    runner = BackgroundRunner(kb=None)
    errors: list[BaseException] = []
    progress: list[tuple[int, int, str]] = []

    def op(kb: Any, job: Any) -> None:
        job.report(1, 2, "puolivälissä")
        raise ValueError("rikki")

    runner.run(
        None, op, failure=errors.append, progress=lambda *a: progress.append(a), with_job=True
    )
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError)
    assert progress == [(1, 2, "puolivälissä")]
    runner.wait()


def test_serial_jobs_never_overlap_and_keep_order(qtbot: Any) -> None:
    runner = BackgroundRunner(kb=None)
    active = [0]
    overlap: list[int] = []
    order: list[int] = []

    def make(i: int) -> Any:
        def op(kb: Any) -> int:
            active[0] += 1
            overlap.append(active[0])
            time.sleep(0.01)
            active[0] -= 1
            return i

        return op

    for i in range(5):
        runner.run(None, make(i), success=order.append, serial=True)
    qtbot.waitUntil(lambda: len(order) == 5, timeout=5000)
    assert order == [0, 1, 2, 3, 4]
    assert max(overlap) == 1
    runner.wait()


def test_results_for_a_destroyed_parent_are_dropped(qtbot: Any) -> None:
    runner = BackgroundRunner(kb=None)
    gate = threading.Event()
    got: list[Any] = []
    owner = QObject()
    runner.run(owner, lambda kb: gate.wait(5), success=got.append)
    destroyed: list[bool] = []
    owner.destroyed.connect(lambda *_: destroyed.append(True))
    owner.deleteLater()
    qtbot.waitUntil(lambda: bool(destroyed), timeout=1000)
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)
    assert got == []
    runner.wait()
