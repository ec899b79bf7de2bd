"""Issue 12, fault 5: a very large case (a 3000 × 20 table, ~600 KB) is rendered off the GUI
thread: `show_case` returns at once with "opening…", the finished document then replaces it,
and annotations work on it. (The event-loop figure is printed by
benchmarks/large_case_bench.py, not asserted here.)"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.gui import large_case

from .conftest import close_window, open_window


def big_case_text(rows: int = 3000, cols: int = 20) -> str:
    head = "| " + " | ".join(f"otsikko{c}" for c in range(cols)) + " |\n|" + "---|" * cols
    body = "\n".join(
        "| " + " | ".join(f"solu{r}x{c}" for c in range(cols)) + " |" for r in range(rows)
    )
    return (
        "---\nid: iso-taulukko\ntitle: Iso taulukko\nsummary: Suuri tapaus.\n"
        'municipalities: [Posio]\nlanguage: fi\nupdated: "2025-01-01"\n---\n\n'
        "## Lähtökohdat\n\nKunnan elinvoima ja yhteistyö.\n\n" + head + "\n" + body + "\n"
    )


def big_case(folder: Path) -> Case:
    """The case as the loader gives it (not put in the library: indexing 60,000 distinct
    words is not what this test is about)."""
    text = big_case_text()
    path = folder / "iso-taulukko.md"
    path.write_text(text, encoding="utf-8")
    body = text.split("---\n", 2)[2]
    return Case(id="iso-taulukko", title="Iso taulukko", path=path, meta={}, body=body)


def test_large_case_renders_off_the_gui_thread(qtbot: Any, kb: Any, tmp_path: Path) -> None:
    case = big_case(tmp_path)
    window = open_window(qtbot, kb)
    try:
        view = window.reading_view
        assert len(case.body) > large_case.LARGE_BODY
        t0 = time.perf_counter()
        view.show_case(case)
        returned_after = time.perf_counter() - t0
        assert "suurta tapausta" in view.browser.toPlainText()  # shown at once
        qtbot.waitUntil(lambda: view.doc_text is not None, timeout=600_000)
        text = view.browser.toPlainText()
        assert "solu2999x19" in text and "Kunnan elinvoima" in text
        created = view.add_note_for_selection  # the annotation machinery is live again
        assert callable(created) and view.notes.isEnabled()
        print(f"show_case returned after {returned_after * 1000:.0f} ms")
        # Another case afterwards renders normally into the same browser.
        assert window.open_case("tampere-yopartio")
        assert "Yöpartio" in view.browser.toPlainText()
    finally:
        close_window(window)
