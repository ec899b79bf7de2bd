"""Very large cases are rendered off the GUI thread, so the window stays responsive.

A 600 KB case with a 3000 × 20 table costs seconds of Markdown conversion and tens of
seconds of Qt's HTML import on one thread. For a body over LARGE_BODY characters the reading
view shows "opening…" at once; a worker converts the Markdown, builds the QTextDocument
(a QTextDocument may be built in any thread as long as one thread uses it at a time) and
maps it to the plain text for annotations; the finished document then moves to the GUI
thread and replaces the browser's. Opening another case meanwhile drops the result.

The document is a SafeDocument: its images come only from the case's folder, as in the
reading view's own browser.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hyvatkaytannot.core import render
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


def _build(case: Any, terms: list[str], style: str, font: Any) -> tuple[Any, str, Any]:
    base = render.markdown_to_html(case.body)
    html = render.highlight_html(base, terms)
    plain = render.html_to_plain_text(base)
    doc = SafeDocument([case.path.parent] if case.path else [])
    doc.setDefaultStyleSheet(style)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    doc_text = DocumentText(doc, plain)
    app = QCoreApplication.instance()
    assert app is not None  # the GUI is running
    doc.moveToThread(app.thread())
    return doc, plain, doc_text


def show(view: Any, case: Any) -> None:
    generation = view._large_generation
    browser = view.browser
    style = browser.document().defaultStyleSheet()
    font = browser.document().defaultFont()
    terms = list(view.terms)
    browser.setPlainText(QCoreApplication.translate("LargeCase", str(OPENING)))
    view.tags.setEnabled(False)
    view.notes.setEnabled(False)
    view.doc_text = None
    view.plain = ""

    def done(result: tuple[Any, str, Any]) -> None:
        doc, plain, doc_text = result
        if view._large_generation != generation or view.case is not case:
            doc.deleteLater()
            return
        old = browser.document()
        doc.setParent(browser)
        browser.setDocument(doc)
        if isinstance(old, SafeDocument):
            old.deleteLater()
        view.plain = plain
        view.doc_text = doc_text
        view.tags.setEnabled(True)
        view.notes.setEnabled(True)
        view.refresh_user_data(reanchor=True)

    run_in_background(
        view, lambda _kb: _build(case, terms, style, font), success=done, key="large-case"
    )
