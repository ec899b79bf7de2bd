"""The event loop while the reading view opens a very large case (issue 12): the longest
gap between ticks of a 10 ms timer, from `show_case` until the document is shown.

    QT_QPA_PLATFORM=offscreen python benchmarks/large_case_bench.py [ROWS] [COLS]

Defaults: a 3000 × 20 table (~600 KB of Markdown). Printed, never asserted; the same
run measures the synchronous path on a 1/10 size table as the baseline.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from hyvatkaytannot.core import KnowledgeBase, render  # noqa: E402
from hyvatkaytannot.core.case import Case  # noqa: E402


def table_case(folder: Path, rows: int, cols: int) -> Case:
    head = "| " + " | ".join(f"h{c}" for c in range(cols)) + " |\n|" + "---|" * cols
    body = "\n".join(
        "| " + " | ".join(f"s{r}x{c}" for c in range(cols)) + " |" for r in range(rows)
    )
    text = "## Lähtökohdat\n\nTeksti.\n\n" + head + "\n" + body + "\n"
    return Case(id="iso", title="Iso", path=folder / "iso.md", meta={}, body=text)


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    cols = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    app = QApplication([])
    from hyvatkaytannot.gui.reading_view import ReadingView
    from hyvatkaytannot.gui.worker import install_runner

    with (
        tempfile.TemporaryDirectory() as tmp,
        KnowledgeBase.open(Path(tmp) / "data", include_bundled=False) as kb,
    ):
        install_runner(kb, app)
        view = ReadingView(kb)
        view.resize(700, 900)
        view.show()
        case = table_case(Path(tmp), rows, cols)
        print(f"case: {rows} x {cols} table, {len(case.body) / 1024:.0f} KB of Markdown")

        gaps: list[float] = []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(tick)
        timer.start()
        t0 = time.perf_counter()
        view.show_case(case)
        returned = time.perf_counter() - t0
        last[0] = time.perf_counter()
        while view.doc_text is None:
            app.processEvents()
            time.sleep(0.001)
        total = time.perf_counter() - t0
        app.processEvents()
        timer.stop()
        print(
            f"show_case returned after {returned * 1000:.0f} ms; document shown after {total:.1f} s"
        )
        print(f"event loop: longest gap {max(gaps) * 1000:.0f} ms over {len(gaps)} ticks")

        small = table_case(Path(tmp), max(rows // 10, 1), cols)
        t0 = time.perf_counter()
        view.browser.setHtml(render.to_html(small))
        print(
            f"baseline: the synchronous path blocks {(time.perf_counter() - t0) * 1000:.0f} ms "
            f"for a {max(rows // 10, 1)} x {cols} table (1/10 of the rows)"
        )


if __name__ == "__main__":
    main()
