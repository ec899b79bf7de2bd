"""Draws a row of the notes list as formatted text: the quote, then the note's Markdown
rendered (bold, lists, links shown as text) instead of raw `**kokemuksia**`.

The item keeps its plain text (for screen readers, copying and tests); the delegate reads
the HTML from `HTML_ROLE` and draws it with the view's palette, selection colours included.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

HTML_ROLE = Qt.ItemDataRole.UserRole + 10
PADDING = 4

Index = QModelIndex | QPersistentModelIndex


class NotesDelegate(QStyledItemDelegate):
    def _document(self, option: QStyleOptionViewItem, index: Index, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setHtml(str(index.data(HTML_ROLE) or ""))
        doc.setTextWidth(max(40, width))
        return doc

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        icon = option.decorationSize.width() + PADDING if not option.icon.isNull() else 0
        return option.rect.width() - 2 * PADDING - icon

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if not index.data(HTML_ROLE):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # the background, selection and icon only; the text is ours
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        icon_w = opt.decorationSize.width() + PADDING if not opt.icon.isNull() else 0
        doc = self._document(opt, index, self._text_width(opt))
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.left() + PADDING + icon_w, opt.rect.top() + PADDING)
        context.clip = QRectF(0, 0, doc.textWidth(), doc.size().height())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        if not index.data(HTML_ROLE):
            return super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = opt.widget
        width = view.viewport().width() if view is not None else 300  # type: ignore[attr-defined]
        opt.rect.setWidth(width)
        doc = self._document(opt, index, self._text_width(opt))
        return QSize(width, int(doc.size().height()) + 2 * PADDING)
