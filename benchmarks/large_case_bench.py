"""The event loop while the reading view opens, scrolls and annotates a very large case
(issue 12): the longest gap between ticks of a 10 ms timer. Target: no gap over 200 ms.

    QT_QPA_PLATFORM=offscreen python benchmarks/large_case_bench.py [ROWS] [COLS] [--old-full]

Cases: a ROWS × COLS table (default 3000 × 20, ~600 KB of Markdown) and ~600 KB of plain
paragraphs. Baselines in the same run: the idle event loop (timer jitter on this machine),
and the old way, the whole table given to Qt, at 1/10 of the rows (--old-full: all rows;
that took 34 s here). Also the PDF handout in the background: whole (the 1/10 table; Qt
holds the GIL while it lays out, so a worker does not help) and as the Present menu makes
it (tables cut to HANDOUT_TABLE_ROWS). Printed, never asserted.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from hyvatkaytannot.core import KnowledgeBase, render  # noqa: E402


def table_body(rows: int, cols: int) -> str:
    head = "| " + " | ".join(f"h{c}" for c in range(cols)) + " |\n|" + "---|" * cols
    body = "\n".join(
        "| " + " | ".join(f"s{r}x{c}" for c in range(cols)) + " |" for r in range(rows)
    )
    return "## Lähtökohdat\n\nTeksti.\n\n" + head + "\n" + body + "\n\nLoppu.\n"


def paragraph_body(size: int = 600_000) -> str:
    para = "Kunta kokeili uutta tapaa järjestää palvelut, ja asukkaat kertoivat kokemuksistaan. "
    parts: list[str] = []
    total = n = 0
    while total < size:
        n += 1
        parts.append(f"{n}. " + para * 6 if n % 20 else f"## Vaihe {n // 20}")
        total += len(parts[-1]) + 2
    return "\n\n".join(parts)


def write_case(folder: Path, case_id: str, body: str) -> None:
    front = f"---\nid: {case_id}\ntitle: {case_id}\nlanguage: fi\n---\n\n"
    (folder / f"{case_id}.md").write_text(front + body, encoding="utf-8")


class Gaps:
    """The longest gap between ticks of a 10 ms timer while `measure` runs its step."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.gaps: list[float] = []

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self.last)
        self.last = now

    def measure(self, step: Callable[[], object], until: Callable[[], bool] = lambda: True) -> str:
        self.gaps = []
        self.timer.start()
        self.last = t0 = time.perf_counter()
        step()
        self.app.processEvents()
        while not until():
            self.app.processEvents()
            time.sleep(0.001)
        for _ in range(5):  # let queued layout/paint run inside the measurement
            self.app.processEvents()
            time.sleep(0.012)
        self._tick()
        self.timer.stop()
        total = time.perf_counter() - t0
        return f"longest gap {max(self.gaps) * 1000:5.0f} ms ({total:5.1f} s in all)"


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    rows = int(args[0]) if args else 3000
    cols = int(args[1]) if len(args) > 1 else 20
    app = QApplication([])
    from hyvatkaytannot.gui.reading_view import ReadingView
    from hyvatkaytannot.gui.worker import install_runner

    tmp = tempfile.mkdtemp()
    lib = Path(tmp) / "lib"
    lib.mkdir()
    write_case(lib, "iso", table_body(rows, cols))
    write_case(lib, "teksti", paragraph_body())
    old_rows = rows if "--old-full" in sys.argv else max(rows // 10, 1)
    write_case(lib, "pdf", table_body(old_rows, cols))
    with KnowledgeBase.open(Path(tmp) / "data", [lib], include_bundled=False) as kb:
        install_runner(kb, app)
        view = ReadingView(kb)
        view.resize(700, 900)
        view.show()
        gaps = Gaps(app)
        print(f"idle event loop (baseline)          {gaps.measure(lambda: time.sleep(0))}")

        html = render.markdown_to_html(table_body(old_rows, cols))
        print(
            f"old way, {old_rows} × {cols} table whole in Qt   "
            f"{gaps.measure(lambda: view.browser.setHtml(html))}"
        )

        from hyvatkaytannot.gui.present.controller import HANDOUT_TABLE_ROWS
        from hyvatkaytannot.gui.present.handout import export_pdf
        from hyvatkaytannot.gui.worker import run_in_background

        def pdf_in_background(case_id: str, table_rows: int | None) -> str:
            pages: list[int] = []
            return (
                gaps.measure(
                    lambda: run_in_background(
                        None,
                        lambda _kb: export_pdf(
                            [kb.cases[case_id]], Path(tmp) / "h.pdf", table_rows=table_rows
                        ),
                        success=pages.append,
                        slow=True,
                    ),
                    lambda: bool(pages),
                )
                + f", {pages[0]} pages"
            )

        print(f"old way, PDF of the {old_rows}-row table whole   {pdf_in_background('pdf', None)}")
        print(
            f"PDF as the menu makes it, {rows} rows  {pdf_in_background('iso', HANDOUT_TABLE_ROWS)}"
        )

        big, text = kb.cases["iso"], kb.cases["teksti"]
        for name, case in (
            (f"{rows} × {cols} table, {len(big.body) // 1024} KB", big),
            (f"paragraphs, {len(text.body) // 1024} KB", text),
        ):
            print(f"-- {name}")
            result = gaps.measure(
                lambda c=case: view.show_case(c), lambda: view.doc_text is not None
            )
            print(f"   open (until shown)               {result}")
            bar = view.browser.verticalScrollBar()

            def page_down(bar=bar) -> None:  # type: ignore[no-untyped-def]
                for _ in range(20):
                    bar.setValue(bar.value() + bar.pageStep())
                    app.processEvents()

            print(f"   20 pages down                    {gaps.measure(page_down)}")
            end = gaps.measure(lambda bar=bar: bar.setValue(bar.maximum()))
            print(f"   jump to the end                  {end}")

            def annotate() -> None:
                cursor = QTextCursor(view.browser.document())
                cursor.movePosition(QTextCursor.MoveOperation.End)
                cursor.movePosition(
                    QTextCursor.MoveOperation.PreviousWord, QTextCursor.MoveMode.KeepAnchor
                )
                view.browser.setTextCursor(cursor)
                assert view.add_note_for_selection("mittaus") is not None

            print(f"   add a note at the end            {gaps.measure(annotate)}")
            if view.reading is not None and view.reading.tables:
                opened = gaps.measure(lambda: view.open_full_table(0))
                print(f"   open the whole table             {opened}")
                dialog = view._table_dialog
                assert dialog is not None
                scrolled = gaps.measure(dialog.view.scrollToBottom)
                print(f"   whole table: scroll to the end   {scrolled}")
                found = gaps.measure(lambda d=dialog: d.search.setText("s2999"))
                print(f"   whole table: search 's2999'      {found}")
                dialog.close()


if __name__ == "__main__":
    main()
