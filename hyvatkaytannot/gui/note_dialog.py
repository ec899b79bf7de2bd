"""The dialog for writing a note: the passage, a text box, Save (Ctrl+Enter) and Cancel.

Replaces QInputDialog.getMultiLineText, where Enter makes a new line and only a mouse
click saves. An empty note is allowed: the passage is then a highlight without a note.
Notes are Markdown (the notes list shows them formatted).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class NoteDialog(QDialog):
    def __init__(
        self, title: str, quote: str = "", note: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setWindowTitle(title)
        self.quote = QLabel(self)
        self.quote.setWordWrap(True)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        self.quote.setText(f"“{quote[:300]}”" if quote else "")
        self.quote.setVisible(bool(quote))
        self.label = QLabel(self.tr("&Note (Markdown; may be left empty):"), self)
        self.edit = QPlainTextEdit(self)
        self.edit.setPlainText(note)
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(self.tr("Note"))
        self.label.setBuddy(self.edit)
        self.hint = QLabel(self.tr("Ctrl+Enter saves."), self)
        self.hint.setEnabled(False)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Ctrl+Enter on the text box itself (not a window shortcut): it saves wherever the
        # dialog sits, and Enter alone stays a new line.
        self.edit.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.resize(520, 320)
        self.edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def note(self) -> str:
        return self.edit.toPlainText().strip()


def ask_note(parent: QWidget, title: str, quote: str = "", note: str = "") -> str | None:
    """The note written, or None when cancelled."""
    dialog = NoteDialog(title, quote, note, parent)
    return dialog.note() if dialog.exec() == QDialog.DialogCode.Accepted else None
