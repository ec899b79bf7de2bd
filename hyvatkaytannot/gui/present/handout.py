"""Handouts: a case or a collection on A4 as PDF, or to a printer.

QTextDocument lays the handout HTML (core/handout.py) out in pages; we paint each page
ourselves so every page gets a footer with the title and "sivu N / M" (QTextDocument's own
print() numbers nothing). The layout uses the writer as paint device, so type is measured
at the PDF's resolution and fonts are embedded by QPdfWriter.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.handout import handout_html
from hyvatkaytannot.gui.local_images import SafeDocument

RESOLUTION_DPI = 300
BODY_PT = 10


def _layout(
    device: QPagedPaintDevice, html: str, folders: Sequence[Path] = ()
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
    body_h = rect.height() - footer_h
    doc.setPageSize(QSizeF(rect.width(), body_h))
    return doc, float(rect.width()), body_h, footer_h


def case_folders(cases: Sequence[Case]) -> list[Path]:
    return list(dict.fromkeys(c.path.parent for c in cases if c.path))


def paint_pages(
    device: QPagedPaintDevice, html: str, footer_title: str, folders: Sequence[Path] = ()
) -> int:
    """Paint the handout onto a PDF writer or printer; return the number of pages."""
    doc, width, body_h, footer_h = _layout(device, html, folders)
    pages = doc.pageCount()
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
                footer, int(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft), footer_title
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
    cases: Sequence[Case], path: Path, title: str | None = None, description: str = ""
) -> int:
    """Write the handout to `path` (A4); return the page count. Needs a QGuiApplication."""
    html = handout_html(cases, title, description)
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
