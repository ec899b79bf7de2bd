"""Issue 12: a very large case must not block the window.

A 3000 × 20 table (~600 KB) is made ready off the GUI thread (`show_case` returns at once
with "opening…"), and Qt is never given more than a preview of it to lay out: the GUI
thread's work is bounded by the rows in the document, which these tests count (the
event-loop figures are printed by benchmarks/large_case_bench.py, never asserted). The whole
table opens in a virtualised view; notes anchor to the whole text, and a note on a row the
preview does not show stays listed and opens the whole table at its row."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocument, QTextTable
from PySide6.QtWidgets import QApplication

from hyvatkaytannot.core import KnowledgeBase
from hyvatkaytannot.core.reading_text import PREVIEW_MIN_ROWS
from hyvatkaytannot.gui import large_case
from hyvatkaytannot.gui.full_table import FullTableDialog

from .conftest import close_window, open_window


def big_case_text(rows: int = 3000, cols: int = 20) -> str:
    head = "| " + " | ".join(f"otsikko{c}" for c in range(cols)) + " |\n|" + "---|" * cols
    body = "\n".join(
        "| " + " | ".join(f"solu{r}x{c}" for c in range(cols)) + " |" for r in range(rows)
    )
    return (
        "---\nid: iso-taulukko\ntitle: Iso taulukko\nsummary: Suuri tapaus.\n"
        'municipalities: [Posio]\nlanguage: fi\nupdated: "2025-01-01"\n---\n\n'
        "## Lähtökohdat\n\nKunnan elinvoima ja yhteistyö.\n\n" + head + "\n" + body + "\n\n"
        "## Tulokset\n\nTaulukon jälkeinen teksti.\n"
    )


def big_kb(tmp_path: Path, rows: int) -> KnowledgeBase:
    """A library holding only the big case, not indexed (indexing 60,000 distinct words is
    not what these tests are about)."""
    lib = tmp_path / f"lib{rows}"
    lib.mkdir()
    (lib / "iso-taulukko.md").write_text(big_case_text(rows), encoding="utf-8")
    return KnowledgeBase.open(tmp_path / f"data{rows}", [lib], include_bundled=False)


@pytest.fixture
def reading(qtbot: Any, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Any]:
    from hyvatkaytannot.gui.reading_view import ReadingView
    from hyvatkaytannot.gui.worker import install_runner, runner

    with big_kb(tmp_path, request.param) as kb:
        install_runner(kb, QApplication.instance())
        view = ReadingView(kb)
        qtbot.addWidget(view)
        view.resize(700, 800)
        view.show()
        yield view
        runner().cancel_all()
        runner().wait(60_000)


def table_rows_in(doc: QTextDocument) -> list[int]:
    """The row count of every table in the document (what Qt must lay out)."""
    rows = []
    for frame in doc.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            rows.append(frame.rows())
    return rows


def select(view: Any, text: str) -> None:
    cursor = view.browser.document().find(text)
    assert not cursor.isNull(), text
    view.browser.setTextCursor(cursor)


def open_case(qtbot: Any, view: Any) -> Any:
    case = view.kb.cases["iso-taulukko"]
    view.show_case(case)
    qtbot.waitUntil(lambda: view.doc_text is not None, timeout=600_000)
    return case


@pytest.mark.parametrize("reading", [400, 3000], indirect=True)
def test_a_large_table_is_shown_as_a_bounded_preview(qtbot: Any, reading: Any) -> None:
    view = reading
    case = open_case(qtbot, view)
    rows = 400 if len(case.body) < large_case.LARGE_BODY else 3000
    text = view.browser.toPlainText()
    assert "Kunnan elinvoima" in text and "Taulukon jälkeinen teksti." in text
    assert "solu0x0" in text and "solu2x19" in text
    assert f"solu{rows - 1}x19" not in text  # the rest is in the whole-table view
    # What the GUI thread lays out is bounded, whatever the size of the table.
    [shown] = table_rows_in(view.browser.document())
    assert shown == 1 + PREVIEW_MIN_ROWS  # the header and the first rows
    assert "Show the whole table" in text and "20 columns" in text
    # The anchor text is the whole case, as the facade makes it.
    assert view.plain == view.kb.anchor_text(case.id)
    assert f"solu{rows - 1}x19" in view.plain

    dialog = view.open_full_table(0)
    assert isinstance(dialog, FullTableDialog) and dialog.isVisible()
    assert (dialog.model.rowCount(), dialog.model.columnCount()) == (rows, 20)
    last = dialog.model.index(rows - 1, 19)
    assert dialog.model.data(last) == f"solu{rows - 1}x19"


def test_the_whole_table_link_search_and_copy(qtbot: Any, tmp_path: Path) -> None:
    from hyvatkaytannot.gui.reading_view import ReadingView
    from hyvatkaytannot.gui.worker import install_runner

    with big_kb(tmp_path, 400) as kb:
        install_runner(kb, QApplication.instance())
        view = ReadingView(kb)
        qtbot.addWidget(view)
        view.show()
        open_case(qtbot, view)
        # The link under the preview (as a click on it emits it) opens the whole table.
        view.browser.anchorClicked.emit(QUrl("hk-table:0"))
        dialog = view._table_dialog
        assert isinstance(dialog, FullTableDialog) and dialog.isVisible()
        assert view.links.refused == []  # not handed to the web-link policy
        horizontal = Qt.Orientation.Horizontal
        assert dialog.model.headerData(3, horizontal) == "otsikko3"
        assert dialog.proxy.rowCount() == 400
        dialog.search.setText("SOLU399X1")  # any case, any column
        assert dialog.proxy.rowCount() == 1  # solu399x1 and its row only
        assert "1 of 400" in dialog.count.text()
        dialog.view.selectAll()
        dialog.copy_selection()
        copied = QGuiApplication.clipboard().text()
        assert copied.split("\n")[0].split("\t")[:2] == ["solu399x0", "solu399x1"]
        assert copied.count("\t") == 19
        dialog.search.clear()
        assert dialog.proxy.rowCount() == 400
        # Another case closes the window of the old one's table.
        view.show_empty()
        assert view._table_dialog is None


@pytest.mark.parametrize("reading", [400], indirect=True)
def test_notes_anchor_to_the_whole_text_and_none_is_lost(qtbot: Any, reading: Any) -> None:
    view = reading
    case = open_case(qtbot, view)
    kb = view.kb
    # A note on a cell the preview shows: offsets in the whole text, drawn where it is.
    select(view, "solu3x4")
    shown = view.add_note_for_selection("näkyvä")
    assert shown is not None and shown.quote == "solu3x4"
    assert kb.anchor_text(case.id)[shown.start : shown.end] == "solu3x4"
    [(a, b)] = view.highlighted_ranges()
    cursor = QTextCursor(view.browser.document())
    cursor.setPosition(a)
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "solu3x4"
    # Text after the table (past the link line, which is not case text) anchors right too.
    select(view, "jälkeinen")
    after = view.add_note_for_selection("jälkeen")
    assert after is not None and after.quote == "jälkeinen"
    # A selection of only the link line is not a passage of the case.
    select(view, "Show the whole table")
    assert view.add_note_for_selection("linkki") is None

    # A note on a row only the whole table shows (made elsewhere, e.g. imported).
    hidden = kb.annotate_quote(case.id, "solu300x7", "piilossa").value
    view.refresh_user_data()
    assert view.notes.list.count() == 3  # listed with the others
    assert len(view.highlighted_ranges()) == 2  # nothing to draw it on in the preview
    # Activating it opens the whole table at its row.
    view.scroll_to_annotation(hidden.id)
    dialog = view._table_dialog
    assert isinstance(dialog, FullTableDialog)
    [row] = {i.row() for i in dialog.view.selectionModel().selectedIndexes()}
    assert dialog.proxy.index(row, 7).data() == "solu300x7"

    # Opened again: every note is where it was, none orphaned, none hidden from the store.
    view.show_case(case)
    notes = {n.note: n for n in kb.reanchor_notes(case.id)}
    assert set(notes) == {"näkyvä", "jälkeen", "piilossa"}
    assert {n.status for n in notes.values()} == {"anchored"}
    assert notes["piilossa"].quote == "solu300x7"
    assert len(view.highlighted_ranges()) == 2 and view.notes.list.count() == 3


def test_the_window_opens_the_3000_row_case_off_the_gui_thread(qtbot: Any, kb: Any) -> None:
    """Through the real window: "opening…" at once, then the preview."""
    from hyvatkaytannot.core.case import Case

    window = open_window(qtbot, kb)
    try:
        view = window.reading_view
        # A case opened before: its similar cases must not stay under the large one.
        assert window.open_case("tampere-yopartio")
        qtbot.waitUntil(lambda: view.similar.response is not None, timeout=20000)
        body = big_case_text().split("---\n", 2)[2]
        case = Case(id="iso-taulukko", title="Iso taulukko", path=None, meta={}, body=body)
        assert len(case.body) > large_case.LARGE_BODY
        view.show_case(case)
        assert "suurta tapausta" in view.browser.toPlainText()  # shown at once
        assert view.similar.case_id == "iso-taulukko" and view.similar.list.count() == 0
        assert view.doc_text is None and not view.notes.isEnabled()
        qtbot.waitUntil(lambda: view.doc_text is not None, timeout=600_000)
        assert "solu9x19" in view.browser.toPlainText()
        assert max(table_rows_in(view.browser.document())) == 1 + PREVIEW_MIN_ROWS
        assert view.notes.isEnabled()
        # Another case afterwards renders normally into the same browser.
        assert window.open_case("tampere-yopartio")
        assert "Yöpartio" in view.browser.toPlainText() and view.reading.tables == []
    finally:
        close_window(window)


def test_the_handout_pdf_is_written_off_the_gui_thread(
    qtbot: Any, kb: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hyvatkaytannot.gui.present import controller

    threads: list[threading.Thread] = []
    real = controller.export_pdf

    def export(*args: Any) -> int:  # the real export, noting the thread it runs on
        threads.append(threading.current_thread())
        return real(*args)

    monkeypatch.setattr(controller, "export_pdf", export)
    window = open_window(qtbot, kb)
    try:
        assert window.open_case("tampere-yopartio")
        path = tmp_path / "moniste.pdf"
        with qtbot.waitSignal(window.present.handoutSaved, timeout=120_000) as saved:
            window.present.export_in_background(path)
        assert saved.args[0] == str(path) and saved.args[1] >= 1
        assert path.read_bytes().startswith(b"%PDF")
        assert threads and threads[0] is not threading.main_thread()
        assert "moniste.pdf" in window.statusBar().currentMessage()
    finally:
        close_window(window)
