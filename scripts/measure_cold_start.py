#!/usr/bin/env python3
"""Measure the desktop app's cold start on the bundled cases (prints figures, asserts nothing).

Each run is a fresh process (Python start-up and imports included) doing what `hyvatkaytannot
gui` does: QApplication, translations, facade, window, show; then, in the event loop, the user
store, the case load and the index sync in the background. Reported, in ms from process start:
  shown     the window is on screen and accepts input (the figure the ≤ 1 s goal is about)
  results   the first result list is shown (index from the previous run, or built now)
  indexed   the background sync has finished
Run 1 uses an empty data dir (first run: the index is built); runs 2–3 reuse it (warm disk,
existing index), which is the everyday start.

    python scripts/measure_cold_start.py [runs]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time

CHILD = r"""
import json, sys, time
t_start = float(sys.argv[1])
def ms(): return round((time.time() - t_start) * 1000)
marks = {}
from hyvatkaytannot.gui.app import make_application, build_window, start_background
from hyvatkaytannot.gui.i18n import install_translators
from hyvatkaytannot.gui.worker import install_runner
from hyvatkaytannot.core import KnowledgeBase
from PySide6.QtCore import QTimer
app = make_application()
kb = KnowledgeBase.open(sys.argv[2])
translators = install_translators(app, "fi")
runner = install_runner(kb, app)
window = build_window(kb)
window.show()
app.processEvents()
marks["shown"] = ms()
def on_results(_r):
    marks.setdefault("results", ms())
    if window.sync.indexed_once and not window.sync.busy():
        marks.setdefault("indexed", ms())
        app.quit()
window.searchFinished.connect(on_results)
QTimer.singleShot(0, lambda: start_background(window))
QTimer.singleShot(120000, app.quit)
app.exec()
runner.wait(30000)
kb.close()
print(json.dumps(marks))
"""


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="hk-cold-") as data:
        for i in range(runs):
            t0 = time.time()
            out = subprocess.run(
                [sys.executable, "-c", CHILD, repr(t0), data],
                env=env, capture_output=True, text=True, timeout=180,
            )  # fmt: skip
            wall = round((time.time() - t0) * 1000)
            line = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else "{}"
            marks = json.loads(line)
            kind = "first run (builds index)" if i == 0 else "warm start (index exists)"
            print(f"run {i + 1}, {kind}: {marks} ms; process total {wall} ms")
            if out.returncode:
                print(out.stderr[-2000:], file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
