"""The editor's questions: outside-edit conflict, possible duplicates, unsaved changes.

Design decisions:
- Every dialog is shown with `open()` (window-modal, returns at once) and answers through
  `finished`, never with a blocking `exec()`: the editor stays a plain state machine that a
  test can drive by clicking the dialog's buttons, and a second event loop cannot re-enter
  the save code.
- Each dialog stores the answer in `choice` (a short code) so callers do not depend on which
  button role Qt assigned.
- The conflict dialog shows both texts side by side with the differing lines marked in the
  palette's highlight colour (blended, so text stays readable in dark themes too).
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from hyvatkaytannot.gui.reading_view import blend


class ConflictDialog(QDialog):
    """The file changed on disk: keep mine (overwrite), take theirs (reload), or save a copy."""

    def __init__(self, path: str, mine: str, theirs: str | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.choice: str | None = None
        self.setWindowTitle(self.tr("The case changed on disk"))
        self.setObjectName("conflictDialog")
        if theirs is None:
            text = self.tr(
                "The file %1 was deleted after you opened it. Nothing has been saved yet."
            )
        else:
            text = self.tr(
                "Someone changed the file %1 after you opened it. Nothing has been saved "
                "yet. Compare the versions and choose which one to keep."
            )
        self.message = QLabel(text.replace("%1", path), self)
        self.message.setWordWrap(True)
        self.mine_label = QLabel(self.tr("&My version (in the editor)"), self)
        self.theirs_label = QLabel(self.tr("&Version on disk now"), self)
        self.mine_view = _text_view(mine, self)
        self.theirs_view = _text_view(theirs or "", self)
        self.mine_label.setBuddy(self.mine_view)
        self.theirs_label.setBuddy(self.theirs_view)
        self.mine_view.setAccessibleName(self.tr("My version"))
        self.theirs_view.setAccessibleName(self.tr("Version on disk"))
        _mark_differences(self.mine_view, self.theirs_view)

        self.keep_mine = QPushButton(self.tr("&Keep mine (overwrite the file)"), self)
        self.take_theirs = QPushButton(self.tr("&Take theirs (discard my changes)"), self)
        self.save_copy = QPushButton(self.tr("Save mine as a &copy"), self)
        self.take_theirs.setEnabled(theirs is not None)
        buttons = QDialogButtonBox(self)
        for button, code in (
            (self.keep_mine, "mine"),
            (self.take_theirs, "theirs"),
            (self.save_copy, "copy"),
        ):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _c=False, code=code: self._choose(code))
        self.cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.clicked.connect(self.reject)

        grid = QGridLayout()
        grid.addWidget(self.mine_label, 0, 0)
        grid.addWidget(self.theirs_label, 0, 1)
        grid.addWidget(self.mine_view, 1, 0)
        grid.addWidget(self.theirs_view, 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        self.resize(1000, 600)

    def _choose(self, code: str) -> None:
        self.choice = code
        self.accept()


def _text_view(text: str, parent: QWidget) -> QPlainTextEdit:
    view = QPlainTextEdit(parent)
    view.setReadOnly(True)
    view.setPlainText(text)
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    return view


def _mark_differences(a: QPlainTextEdit, b: QPlainTextEdit) -> None:
    palette = a.palette()
    colour = blend(
        palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Highlight), 0.3
    )
    lines_a = a.toPlainText().split("\n")
    lines_b = b.toPlainText().split("\n")
    matcher = difflib.SequenceMatcher(a=lines_a, b=lines_b, autojunk=False)
    changed_a: list[int] = []
    changed_b: list[int] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            changed_a.extend(range(i1, i2))
            changed_b.extend(range(j1, j2))
    for view, lines in ((a, changed_a), (b, changed_b)):
        selections = []
        for n in lines:
            block = view.document().findBlockByNumber(n)
            sel = QTextEdit.ExtraSelection()
            sel.cursor = QTextCursor(block)
            fmt = QTextCharFormat()
            fmt.setBackground(colour)
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
            sel.format = fmt
            selections.append(sel)
        view.setExtraSelections(selections)


class DuplicatesDialog(QDialog):
    """Similar cases exist; the user may still save (choice "save") or go back."""

    def __init__(self, rows: Sequence[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        """`rows`: (case id, title, why similar), already translated."""
        super().__init__(parent)
        self.choice: str | None = None
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.message = QLabel(
            self.tr(
                "The library already has cases that look like this one. Check that you are "
                "not adding the same practice twice."
            ),
            self,
        )
        self.message.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Similar cases"))
        for case_id, title, why in rows:
            item = QListWidgetItem(f"{title}\n    {why} ({case_id})", self.list)
            item.setData(256, case_id)
        self.save_anyway = QPushButton(self.tr("&Save anyway"), self)
        self.back = QPushButton(self.tr("&Back to editing"), self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.save_anyway, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.back, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_anyway.clicked.connect(self._save)
        self.back.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.back.setDefault(True)
        self.resize(560, 320)

    def case_ids(self) -> list[str]:
        return [str(self.list.item(i).data(256)) for i in range(self.list.count())]

    def _save(self) -> None:
        self.choice = "save"
        self.accept()


class UnsavedDialog(QMessageBox):
    """Closing with unsaved changes: Save / Discard / Cancel (choice save|discard|None)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: str | None = None
        self.setObjectName("unsavedDialog")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Unsaved changes"))
        self.setText(self.tr("Save the changes to “%1”?").replace("%1", title))
        self.setInformativeText(self.tr("If you discard them, your edits are lost."))
        self.save_button = self.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        self.discard_button = self.addButton(
            self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.cancel_button = self.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.save_button)
        self.setEscapeButton(self.cancel_button)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: Any) -> None:
        if button is self.save_button:
            self.choice = "save"
        elif button is self.discard_button:
            self.choice = "discard"
        else:
            self.choice = None


def error_box(parent: QWidget | None, title: str, text: str, detail: str = "") -> QMessageBox:
    """A warning shown with open() (non-blocking); the caller keeps it while it is open."""
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box
