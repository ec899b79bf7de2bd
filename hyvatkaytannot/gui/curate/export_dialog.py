"""Exporting a bundle: the current case or a collection, optionally with my tags and notes.

Design decisions:
- The dialog only gathers the choice; `core.bundles.export_from_kb` writes the `.hkzip`
  (complete file or none, by a temp file and a rename).
- The destination is a plain path field with a Browse button, so the dialog works from the
  keyboard and in tests without the platform file dialog.
- Including tags and notes is off by default: notes are often personal.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hyvatkaytannot.core.bundles import BUNDLE_SUFFIX, ExportError, export_from_kb
from hyvatkaytannot.core.curate import slugify
from hyvatkaytannot.gui.i18n import error_text

if TYPE_CHECKING:
    from hyvatkaytannot.core import KnowledgeBase


class ExportDialog(QDialog):
    def __init__(
        self, kb: KnowledgeBase, case_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.kb = kb
        self.case_id = case_id if case_id in kb.cases else None
        self.manifest: Any = None

        self.case_radio = QRadioButton(self)
        self.collection_radio = QRadioButton(self)
        self.group = QButtonGroup(self)
        self.group.addButton(self.case_radio)
        self.group.addButton(self.collection_radio)
        self.collection_combo = QComboBox(self)
        try:
            collections = list(kb.store.collections())
        except Exception:  # a damaged store: the current case can still be exported
            collections = []
        for c in collections:
            self.collection_combo.addItem(f"{c.title} ({len(c.case_ids)})", c.id)
        self.notes_check = QCheckBox(self)
        self.path_label = QLabel(self)
        self.path_edit = QLineEdit(self)
        self.path_label.setBuddy(self.path_edit)
        self.browse_button = QPushButton(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.export_button = QPushButton(self)
        self.cancel_button = QPushButton(self)

        self.case_radio.setEnabled(self.case_id is not None)
        self.collection_radio.setEnabled(bool(collections))
        self.collection_combo.setEnabled(bool(collections))
        (self.case_radio if self.case_id else self.collection_radio).setChecked(True)
        self.collection_combo.currentIndexChanged.connect(
            lambda _i: self.collection_radio.setChecked(True)
        )
        self.group.buttonToggled.connect(lambda *_a: self._suggest_path())
        self.collection_combo.currentIndexChanged.connect(lambda _i: self._suggest_path())
        self.browse_button.clicked.connect(self._browse)
        self.export_button.clicked.connect(self.export_now)
        self.cancel_button.clicked.connect(self.reject)

        grid = QGridLayout()
        grid.addWidget(self.case_radio, 0, 0, 1, 2)
        grid.addWidget(self.collection_radio, 1, 0)
        grid.addWidget(self.collection_combo, 1, 1)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_label)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.notes_check)
        layout.addLayout(path_row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.retranslate()
        self._suggest_path()
        self.resize(620, 240)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export bundle"))
        if self.case_id:
            title = self.kb.cases[self.case_id].title
            self.case_radio.setText(self.tr("The current &case: %1").replace("%1", title))
        else:
            self.case_radio.setText(self.tr("The current &case (none is open)"))
        self.collection_radio.setText(self.tr("A c&ollection:"))
        self.collection_combo.setAccessibleName(self.tr("Collection"))
        self.notes_check.setText(self.tr("Include my &tags and notes"))
        self.path_label.setText(self.tr("&Save as:"))
        self.path_edit.setAccessibleName(self.tr("Bundle file to write"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.export_button.setText(self.tr("&Export"))
        self.cancel_button.setText(self.tr("Cancel"))

    def _suggest_path(self) -> None:
        if self.path_edit.isModified():
            return
        if self.case_radio.isChecked() and self.case_id:
            stem = self.case_id
        else:
            stem = slugify(self.collection_combo.currentText().rsplit(" (", 1)[0]) or "kokoelma"
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        self.path_edit.setText(str(Path(folder) / f"{stem}{BUNDLE_SUFFIX}"))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export bundle"), self.path_edit.text(), self.tr("Bundles (*.hkzip)")
        )
        if name:
            self.path_edit.setText(name)
            self.path_edit.setModified(True)

    def destination(self) -> Path:
        path = Path(self.path_edit.text().strip())
        return path if path.suffix == BUNDLE_SUFFIX else path.with_name(path.name + BUNDLE_SUFFIX)

    def export_now(self) -> bool:
        if not self.path_edit.text().strip():
            self.message.setText(self.tr("Choose where to save the bundle."))
            return False
        dest = self.destination()
        try:
            if self.case_radio.isChecked() and self.case_id:
                self.manifest = export_from_kb(
                    self.kb, dest, case_ids=[self.case_id], with_notes=self.notes_check.isChecked()
                )
            else:
                self.manifest = export_from_kb(
                    self.kb,
                    dest,
                    collection=str(self.collection_combo.currentData()),
                    with_notes=self.notes_check.isChecked(),
                )
        except ExportError as exc:
            self.message.setText(self.tr("Nothing was exported: %1").replace("%1", error_text(exc)))
            return False
        except Exception as exc:  # the store refused (unknown collection, damaged database)
            self.message.setText(self.tr("Nothing was exported: %1").replace("%1", error_text(exc)))
            return False
        self.accept()
        return True
