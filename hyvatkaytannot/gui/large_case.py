"""Very large cases are rendered off the GUI thread, so the window stays responsive.

A 600 KB case costs seconds of Markdown conversion (5 s for a 3000 × 20 table) and of
making its anchor text. For a body over LARGE_BODY characters the reading view shows
"opening…" at once; a worker makes the reading text (core/reading_text.py: large tables
cut to a preview, since Qt lays tables out on the GUI thread), builds the QTextDocument
(a QTextDocument may be built in any thread as long as one thread uses it at a time) and
maps it to the anchor text for annotations; the finished document then moves to the GUI
thread and replaces the browser's. Opening another case meanwhile drops the result.

The document is a SafeDocument: its images come only from the case's folder, as in the
reading view's own browser.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer

from hyvatkaytannot.core.reading_text import ReadingText, reading_text
from hyvatkaytannot.gui.anchoring import DocumentText
from hyvatkaytannot.gui.local_images import SafeDocument
from hyvatkaytannot.gui.worker import run_in_background

LARGE_BODY = 150_000  # characters of Markdown

OPENING = QT_TRANSLATE_NOOP("LargeCase", "Opening a large case…")


def prepare_document(browser: Any, case: Any) -> None:
    """A document left by a large case keeps serving images, from the new case's folder."""
    doc = browser.document()
    if isinstance(doc, SafeDocument):
        doc.folders = [case.path.parent] if case.path else []


def _build(
    case: Any, terms: list[str], label: Any, style: str, font: Any
) -> tuple[Any, ReadingText, DocumentText]:
    reading = reading_text(case, terms, label)
    doc = SafeDocument([case.path.parent] if case.path else [])
    doc.setDefaultStyleSheet(style)
    doc.setDefaultFont(font)
    doc.setHtml(reading.html)
    doc_text = DocumentText(doc, reading.plain, reading.shown, reading.to_plain)
    app = QCoreApplication.instance()
    assert app is not None  # the GUI is running
    doc.moveToThread(app.thread())
    return doc, reading, doc_text


def show(view: Any, case: Any) -> None:
    generation = view._large_generation
    browser = view.browser
    style = browser.document().defaultStyleSheet()
    font = browser.document().defaultFont()
    terms = list(view.terms)
    label = view.table_link_label()
    browser.setPlainText(QCoreApplication.translate("LargeCase", str(OPENING)))
    view.tags.setEnabled(False)
    view.notes.setEnabled(False)
    view.doc_text = None
    view.plain = ""

    def done(result: tuple[Any, ReadingText, DocumentText]) -> None:
        doc, reading, doc_text = result
        if view._large_generation != generation or view.case is not case:
            doc.deleteLater()
            return
        old = browser.document()
        doc.setParent(browser)
        browser.setDocument(doc)  # Qt lays the preview out here, on the GUI thread
        if isinstance(old, SafeDocument):
            old.deleteLater()

        def ready() -> None:  # notes and tags next, after the event loop has had a turn
            if view._large_generation == generation and view.case is case:
                view.use_reading(reading, doc_text)

        QTimer.singleShot(0, view, ready)

    run_in_background(
        view,
        lambda _kb: _build(case, terms, label, style, font),
        success=done,
        key="large-case",
        slow=True,
    )
