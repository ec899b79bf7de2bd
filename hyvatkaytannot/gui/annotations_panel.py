"""The list of a case's annotations with their anchoring status.

Each row shows the quoted passage, the note and, unless the annotation sits where it was
made, its status: "moved", "changed" (the passage was edited; the quote shown is what it
says now) or "orphaned" (not found). Orphaned and changed annotations can be re-attached to
the current text selection in the reading view. Buttons act on the current row.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hyvatkaytannot.core.render import markdown_to_html
from hyvatkaytannot.core.userstore import Annotation
from hyvatkaytannot.gui.icons import icon
from hyvatkaytannot.gui.note_dialog import ask_note
from hyvatkaytannot.gui.notes_delegate import HTML_ROLE, NotesDelegate

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_STATUS_ROLE = Qt.ItemDataRole.UserRole + 2


class AnnotationsPanel(QWidget):
    activatedAnnotation = Signal(str)
    editRequested = Signal(str, str)
    colourRequested = Signal(str, str)  # id, colour name ("" for the default)
    deleteRequested = Signal(str)
    reattachRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold")
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setItemDelegate(NotesDelegate(self.list))
        # Rows are as tall as their note: recompute the heights when the width changes.
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.title.setBuddy(self.list)
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.reattach_button = QPushButton(self)
        self.edit_button.setIcon(icon("note"))
        self.delete_button.setIcon(icon("clear"))
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(lambda: self._emit_current(self.deleteRequested))
        self.reattach_button.clicked.connect(lambda: self._emit_current(self.reattachRequested))
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.reattach_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._annotations: list[Annotation] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("&Notes"))
        self.list.setAccessibleName(self.tr("Notes of this case"))
        self.edit_button.setText(self.tr("Edit note"))
        self.delete_button.setText(self.tr("Delete"))
        self.reattach_button.setText(self.tr("Re-attach to selection"))
        self.reattach_button.setToolTip(
            self.tr("Select the passage in the text, then re-attach the note to it")
        )
        self.set_annotations(self._annotations)

    def status_text(self, status: str) -> str:
        return {
            "anchored": "",
            "moved": self.tr("moved"),
            "changed": self.tr("text changed"),
            "orphan": self.tr("passage not found"),
        }.get(status, status)

    def set_annotations(self, annotations: list[Annotation]) -> None:
        current = self.current_id()
        self._annotations = list(annotations)
        self.list.clear()
        for a in self._annotations:
            status = a.status
            quote = a.current_quote or a.quote
            if len(quote) > 160:
                quote = quote[:157] + "…"
            note = a.note
            text = f"“{quote}”"
            if note:
                text += f"\n{note}"
            badge = self.status_text(status)
            if badge:
                text = f"[{badge}] {text}"
            item = QListWidgetItem(text)
            item.setData(HTML_ROLE, self._html(quote, note, badge))
            item.setData(_ID_ROLE, a.id)
            item.setData(_STATUS_ROLE, status)
            if status != "anchored" and status != "moved":
                item.setIcon(icon("warning"))
            self.list.addItem(item)
            if a.id == current:
                self.list.setCurrentItem(item)
        self.title.setText(self.tr("&Notes (%n)", "", len(self._annotations)))
        self._update_buttons()

    @staticmethod
    def _html(quote: str, note: str, badge: str) -> str:
        head = f"<b>[{html.escape(badge)}]</b> " if badge else ""
        text = f"<p>{head}<i>“{html.escape(quote)}”</i></p>"
        # Notes are the user's Markdown; the same sanitising renderer as the case text.
        return text + (markdown_to_html(note) if note.strip() else "")

    def current_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(_ID_ROLE)) if item is not None else ""

    def current_status(self) -> str:
        item = self.list.currentItem()
        return str(item.data(_STATUS_ROLE)) if item is not None else ""

    def _update_buttons(self) -> None:
        has = self.list.currentItem() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.reattach_button.setEnabled(has and self.current_status() != "anchored")

    def _emit_current(self, signal: SignalInstance) -> None:
        if self.current_id():
            signal.emit(self.current_id())

    def _activated(self, item: QListWidgetItem) -> None:
        self.activatedAnnotation.emit(str(item.data(_ID_ROLE)))

    def _edit(self) -> None:
        ident = self.current_id()
        if not ident:
            return
        current = next((a for a in self._annotations if a.id == ident), None)
        old = current.note if current is not None else ""
        old_colour = current.colour if current is not None else None
        answer = ask_note(self, self.tr("Edit note"), note=old, colour=old_colour)
        if answer is not None:
            text, colour = answer
            if text != old:
                self.editRequested.emit(ident, text)
            if colour != old_colour:
                self.colourRequested.emit(ident, colour or "")
