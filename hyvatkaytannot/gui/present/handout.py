"""Handouts: a case or a collection on A4 as PDF, or to a printer.

QTextDocument lays the handout HTML (core/handout.py) out in pages; we paint each page
ourselves so every page gets a footer with the title of the case on it (of the collection
on its own title page) and "sivu N / M" (QTextDocument's own print() numbers nothing). The
layout uses the writer as paint device, so type is measured at the PDF's resolution and
fonts are embedded by QPdfWriter.

Qt's rich text has no "keep with next": a heading whose following text starts on the next
page gets a page break before it, and the document is laid out again (`_layout`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.handout import handout_html
from hyvatkaytannot.gui.local_images import SafeDocument

RESOLUTION_DPI = 300
BODY_PT = 10


def _build(
    device: QPagedPaintDevice, html: str, breaks: set[int], folders: Sequence[Path] = ()
) -> tuple[QTextDocument, float, float, float]:
    dpi = device.resolution() if hasattr(device, "resolution") else RESOLUTION_DPI
    rect = device.pageLayout().paintRectPixels(dpi)
    footer_h = dpi * 0.35  # ~9 mm
    # Images only from the handout's case folders: never the current directory.
    doc = SafeDocument(folders)
    doc.documentLayout().setPaintDevice(device)
    font = QFont()
    font.setPointSize(BODY_PT)
    # No ligatures: "fi" in a printed URL or name must copy out of the PDF as two letters.
    font.setFeature(QFont.Tag("liga"), 0)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    # Page breaks go in before the first layout: a format change after it relays out only
    # in part, and the pages drawn would miss text.
    for number in breaks:
        fmt = QTextBlockFormat()
        fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(doc.findBlockByNumber(number)).mergeBlockFormat(fmt)
    body_h = rect.height() - footer_h
    doc.setPageSize(QSizeF(rect.width(), body_h))
    return doc, float(rect.width()), body_h, footer_h


def _layout(
    device: QPagedPaintDevice, html: str, folders: Sequence[Path] = ()
) -> tuple[QTextDocument, float, float, float]:
    """The laid-out handout, no heading left alone at the bottom of a page."""
    breaks: set[int] = set()
    for _ in range(200):  # each pass moves one heading; a bound against surprises
        doc, width, body_h, footer_h = _build(device, html, breaks, folders)
        lonely = _lonely_heading(doc, body_h)
        if lonely is None or lonely in breaks:
            break
        breaks.add(lonely)
    return doc, width, body_h, footer_h


def _page_of(doc: QTextDocument, block: QTextBlock, body_h: float) -> int:
    """The page of the block's first line (a paragraph pushed over a page break keeps its
    bounding box on the page before; its lines move)."""
    top = doc.documentLayout().blockBoundingRect(block).top()
    layout = block.layout()
    if layout is not None and layout.lineCount():
        top += layout.lineAt(0).y()
    return int(top // body_h)


def _lonely_heading(doc: QTextDocument, body_h: float) -> int | None:
    """The number of the first heading whose next block starts on a later page."""
    block = doc.begin()
    while block.isValid():
        nxt = block.next()
        if (
            block.blockFormat().headingLevel() > 0
            and nxt.isValid()
            and _page_of(doc, nxt, body_h) > _page_of(doc, block, body_h)
        ):
            return block.blockNumber()
        block = nxt
    return None


def page_titles(doc: QTextDocument, body_h: float, pages: int, first: str) -> list[str]:
    """The footer title of each page: the last top-level heading (h1) begun on or before it."""
    titles = [first] * pages
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 1 and block.text().strip():
            page = _page_of(doc, block, body_h)
            for i in range(page, pages):
                titles[i] = block.text().strip()
        block = block.next()
    return titles


def case_folders(cases: Sequence[Case]) -> list[Path]:
    return list(dict.fromkeys(c.path.parent for c in cases if c.path))


def paint_pages(
    device: QPagedPaintDevice, html: str, footer_title: str, folders: Sequence[Path] = ()
) -> int:
    """Paint the handout onto a PDF writer or printer; return the number of pages."""
    doc, width, body_h, footer_h = _layout(device, html, folders)
    pages = doc.pageCount()
    titles = page_titles(doc, body_h, pages, footer_title)
    painter = QPainter(device)
    try:
        small = QFont(doc.defaultFont())
        small.setPointSize(BODY_PT - 2)
        for i in range(pages):
            if i:
                device.newPage()
            painter.save()
            painter.translate(0, -i * body_h)
            doc.drawContents(painter, QRectF(0, i * body_h, width, body_h))
            painter.restore()
            painter.setFont(small)
            footer = QRectF(0, body_h, width, footer_h)
            painter.drawText(
                footer, int(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft), titles[i]
            )
            painter.drawText(
                footer,
                int(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight),
                f"sivu {i + 1} / {pages}",
            )
    finally:
        painter.end()
    return pages


def export_pdf(
    cases: Sequence[Case],
    path: Path,
    title: str | None = None,
    description: str = "",
    table_rows: int | None = None,
    note: Callable[[int, int], str] | None = None,
) -> int:
    """Write the handout to `path` (A4); return the page count. Needs a QGuiApplication.
    `table_rows`, `note`: print long tables cut (core/handout.py; the GUI does)."""
    html = handout_html(cases, title, description, table_rows, note)
    doc_title = title or (cases[0].title if cases else "Hyvät käytännöt")
    tmp = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(tmp))
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 18, 20, 14), QPageLayout.Unit.Millimeter)
    writer.setTitle(doc_title)
    writer.setCreator("Hyvät käytännöt")
    pages = paint_pages(writer, html, doc_title, case_folders(cases))
    del writer  # flushes and closes the file
    tmp.replace(path)
    return pages
