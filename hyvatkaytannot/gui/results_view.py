"""The result list view and its delegate: title, place and period, status, snippet.

Each row is drawn from a small QTextDocument (the snippet is rich text with the matched
words in bold, sanitised by render.safe_snippet). Colours come from the palette, so the
list follows dark mode; sizes come from the font, so it follows system font scaling.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from hyvatkaytannot.gui.results_model import Role

Index = QModelIndex | QPersistentModelIndex
_PAD = 6


class ResultDelegate(QStyledItemDelegate):
    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        muted_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        text = palette.color(text_role).name()
        muted = palette.color(muted_role).name()
        meta = " · ".join(
            html.escape(str(index.data(r)))
            for r in (Role.Places, Role.Period, Role.Status, Role.Language)
            if index.data(r)
        )
        snippet = index.data(Role.Snippet) or ""
        body = (
            f'<div style="color:{text}"><b>{html.escape(str(index.data(Role.Title)))}</b></div>'
            f'<div style="color:{muted}">{meta}</div>'
        )
        if snippet:
            body += f'<div style="color:{text}">{snippet}</div>'
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setHtml(body)
        doc.setTextWidth(max(50, option.rect.width() - 2 * _PAD))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index)
        painter.save()
        painter.translate(option.rect.left() + _PAD, option.rect.top() + _PAD)
        painter.setClipRect(QRect(0, 0, option.rect.width() - _PAD, option.rect.height() - _PAD))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        opt = QStyleOptionViewItem(option)
        if opt.widget is not None:
            opt.rect = QRect(0, 0, opt.widget.width() - 4, 0)
        doc = self._document(opt, index)
        return QSize(int(doc.idealWidth()) + 2 * _PAD, int(doc.size().height()) + 2 * _PAD)


class ResultsView(QListView):
    """Enter or a click opens the current result; arrows move (also from the search bar)."""

    caseActivated = Signal(str)
    currentCaseChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(ResultDelegate(self))
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAlternatingRowColors(True)
        self.activated.connect(self._on_activated)
        self.clicked.connect(self._on_activated)
        self.setAccessibleName(self.tr("Search results"))

    def setModel(self, model: object) -> None:  # noqa: N802
        super().setModel(model)  # type: ignore[arg-type]
        self.selectionModel().currentChanged.connect(self._on_current)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.caseActivated.emit(str(index.data(Role.Id)))

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.currentCaseChanged.emit(str(current.data(Role.Id)))

    def move_from_search(self, event: QKeyEvent) -> None:
        """Arrow keys pressed in the search field move the current result."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        row = self.currentIndex().row() if self.currentIndex().isValid() else -1
        step = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageUp: -5,
            Qt.Key.Key_PageDown: 5,
        }
        row = max(0, min(model.rowCount() - 1, row + step.get(Qt.Key(event.key()), 0)))
        self.setCurrentIndex(model.index(row, 0))

    def activate_first(self) -> str | None:
        model = self.model()
        if model is None or model.rowCount() == 0:
            return None
        index = model.index(0, 0)
        self.setCurrentIndex(index)
        case_id = str(index.data(Role.Id))
        self.caseActivated.emit(case_id)
        return case_id

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        super().resizeEvent(event)  # type: ignore[arg-type]
        # Row heights depend on the width (wrapped snippets): ask for a relayout.
        self.scheduleDelayedItemsLayout()
