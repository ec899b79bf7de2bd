"""The dialog for writing a note: the passage, a text box, Save (Ctrl+Enter) and Cancel.

Replaces QInputDialog.getMultiLineText, where Enter makes a new line and only a mouse
click saves. An empty note is allowed: the passage is then a highlight without a note.
Notes are Markdown (the notes list shows them formatted).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPalette, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hyvatkaytannot.core.userstore.annotations import COLOURS

# Saturated hues; drawn mixed into the base colour (highlight_colour).
HUES = {"yellow": "#f5c400", "green": "#2fa84f", "blue": "#2f7fe0", "pink": "#e0508c"}


class NoteDialog(QDialog):
    def __init__(
        self,
        title: str,
        quote: str = "",
        note: str = "",
        parent: QWidget | None = None,
        colour: str | None = None,
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
        self.colour_label = QLabel(self.tr("Highlight &colour:"), self)
        self.colour_box = QComboBox(self)
        names = {
            None: self.tr("Default"),
            "yellow": self.tr("Yellow"),
            "green": self.tr("Green"),
            "blue": self.tr("Blue"),
            "pink": self.tr("Pink"),
        }
        for key in (None, *COLOURS):
            self.colour_box.addItem(highlight_swatch(key), names[key], key)
        self.colour_box.setCurrentIndex(max(0, self.colour_box.findData(colour)))
        self.colour_box.setAccessibleName(self.tr("Highlight colour"))
        self.colour_label.setBuddy(self.colour_box)
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
        row = QHBoxLayout()
        row.addWidget(self.colour_label)
        row.addWidget(self.colour_box)
        row.addStretch(1)
        layout.addLayout(row)
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

    def colour(self) -> str | None:
        data = self.colour_box.currentData()
        return str(data) if data else None


def ask_note(
    parent: QWidget, title: str, quote: str = "", note: str = "", colour: str | None = None
) -> tuple[str, str | None] | None:
    """(the note written, the highlight colour), or None when cancelled."""
    dialog = NoteDialog(title, quote, note, parent, colour)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.note(), dialog.colour()


def highlight_colour(colour: str | None, palette: QPalette) -> QColor:
    """The highlight's background: the named hue (or the link colour) mixed into the base
    colour, so it stays light on a light theme and dark on a dark one."""
    base = palette.color(QPalette.ColorRole.Base)
    hue = QColor(HUES[colour]) if colour in HUES else palette.color(QPalette.ColorRole.Link)
    t = 0.35
    return QColor(
        round(base.red() * (1 - t) + hue.red() * t),
        round(base.green() * (1 - t) + hue.green() * t),
        round(base.blue() * (1 - t) + hue.blue() * t),
    )


def highlight_swatch(colour: str | None) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(highlight_colour(colour, QApplication.palette()))
    return QIcon(pixmap)
