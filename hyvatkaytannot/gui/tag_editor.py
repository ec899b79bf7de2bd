"""The case's tags as removable chips plus a line edit with completion.

Adding: choosing a completion (the completer's `activated` signal) adds that tag; Enter
without a chosen completion adds exactly what was typed, not the first completion (a
user typing "kesto" must be able to make the tag "kesto" even if "kestävyys" exists).
The completer's own Enter also reaches returnPressed, so the typed text is taken only when
the completer did not just add a tag.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from hyvatkaytannot.gui.icons import icon


class TagEditor(QWidget):
    tagAdded = Signal(str)
    tagRemoved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tags: list[str] = []
        self._just_completed = False
        self.label = QLabel(self)
        self.label.setPixmap(icon("tag").pixmap(16, 16))
        self.chips = QHBoxLayout()
        self.chips.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("tagField")
        self.label.setBuddy(self.edit)
        self.completer_model = QStringListModel(self)
        self.completer = QCompleter(self.completer_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.edit.setCompleter(self.completer)
        self.completer.activated[str].connect(self._on_completion)  # type: ignore[index]
        self.edit.returnPressed.connect(self._on_return)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(self.chips)
        layout.addWidget(self.edit, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Add a tag…"))
        self.edit.setAccessibleName(self.tr("Add a tag"))
        self.edit.setToolTip(self.tr("Type a tag and press Enter"))

    def set_known_tags(self, names: list[str]) -> None:
        self.completer_model.setStringList(sorted(set(names), key=str.casefold))

    def tags(self) -> list[str]:
        return list(self._tags)

    def set_tags(self, tags: list[str]) -> None:
        self._tags = list(tags)
        while self.chips.count():
            item = self.chips.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for tag in self._tags:
            chip = QToolButton(self)
            chip.setText(f"{tag} ✕")
            chip.setAccessibleName(self.tr("Remove tag %1").replace("%1", tag))
            chip.setToolTip(self.tr("Remove tag %1").replace("%1", tag))
            chip.clicked.connect(lambda _=False, t=tag: self.tagRemoved.emit(t))
            self.chips.addWidget(chip)

    def _on_completion(self, text: str) -> None:
        self._just_completed = True
        # returnPressed for the same key press comes after; forget the flag once it has.
        QTimer.singleShot(0, lambda: setattr(self, "_just_completed", False))
        self._add(text)

    def _on_return(self) -> None:
        if self._just_completed:
            self._just_completed = False
            return
        self._add(self.edit.text())

    def _add(self, text: str) -> None:
        name = " ".join(text.split())
        # Clear after the completer has finished writing its choice into the field.
        QTimer.singleShot(0, self.edit.clear)
        self.edit.clear()
        if name and name.casefold() not in {t.casefold() for t in self._tags}:
            self.tagAdded.emit(name)
