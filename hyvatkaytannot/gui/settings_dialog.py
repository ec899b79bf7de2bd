"""Settings: library folders (e.g. a shared drive), UI language, reading font size.

Values are the core's declared settings (core/settings.py), so the CLI sees the same
library folders. A language change applies on the next start (Qt widgets built with the
old translator keep their strings; restarting is honest and simple).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hyvatkaytannot.gui.i18n import available_languages


class SettingsDialog(QDialog):
    def __init__(self, settings: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.folders = QListWidget(self)
        self.folders.setAccessibleName(self.tr("Library folders"))
        self.folders.addItems([str(f) for f in settings.get("library_folders")])
        add = QPushButton(self.tr("&Add folder…"), self)
        remove = QPushButton(self.tr("&Remove"), self)
        add.clicked.connect(self._add_folder)
        remove.clicked.connect(self._remove_folder)
        folder_buttons = QHBoxLayout()
        folder_buttons.addWidget(add)
        folder_buttons.addWidget(remove)
        folder_buttons.addStretch(1)

        self.language = QComboBox(self)
        self.language.addItem(self.tr("System default"), "")
        for code, name in available_languages().items():
            self.language.addItem(name, code)
        current = self.language.findData(settings.get("ui_language") or "")
        self.language.setCurrentIndex(max(0, current))
        self.font_size = QSpinBox(self)
        self.font_size.setRange(0, 40)
        self.font_size.setSpecialValueText(self.tr("System default"))
        self.font_size.setSuffix(" pt")
        self.font_size.setValue(int(settings.get("font_size") or 0))

        form = QFormLayout()
        folders_label = QLabel(self.tr("&Library folders:"), self)
        folders_label.setBuddy(self.folders)
        box = QVBoxLayout()
        box.addWidget(self.folders)
        box.addLayout(folder_buttons)
        form.addRow(folders_label, box)
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        font_label = QLabel(self.tr("Reading &font size:"), self)
        font_label.setBuddy(self.font_size)
        form.addRow(font_label, self.font_size)
        note = QLabel(self.tr("A new language is used after restarting the app."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a library folder"))
        if folder:
            self.add_folder(folder)

    def add_folder(self, folder: str) -> None:
        existing = {self.folders.item(i).text() for i in range(self.folders.count())}
        if folder not in existing:
            self.folders.addItem(folder)

    def _remove_folder(self) -> None:
        for item in self.folders.selectedItems():
            self.folders.takeItem(self.folders.row(item))

    def values(self) -> dict[str, Any]:
        return {
            "library_folders": [self.folders.item(i).text() for i in range(self.folders.count())],
            "ui_language": self.language.currentData(),
            "font_size": self.font_size.value(),
        }

    def apply(self) -> dict[str, Any]:
        """Write changed values to the settings; returns the names that changed."""
        changed = {}
        for name, value in self.values().items():
            if self.settings.get(name) != value:
                self.settings.set(name, value)
                changed[name] = value
        return changed
