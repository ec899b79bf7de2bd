"""Importing a bundle: choose a file, see what would happen, then accept (or not).

Design decisions:
- Preview first, always: the core's `preview_into_kb` reads the bundle through every safety
  check and writes nothing. Nothing is written until "Import" is pressed; Cancel leaves the
  library exactly as it was.
- A rejected bundle (unsafe or damaged) is explained in one Finnish sentence naming the
  reason and the offending member, inside the dialog (no second pop-up to dismiss).
- Each conflict row has its own choice (keep mine / take theirs / keep both; default keep
  mine, the choice that loses nothing). A read-only local case cannot be replaced: the
  core then keeps both, and the row says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hyvatkaytannot.core.bundles import (
    BundleRejected,
    ImportPreview,
    Status,
    preview_into_kb,
)
from hyvatkaytannot.gui.curate.bundle_text import choice_label, rejection_message, status_label
from hyvatkaytannot.gui.i18n import message_text

if TYPE_CHECKING:
    from hyvatkaytannot.core import KnowledgeBase


CHOICES = ("keep", "theirs", "both")
STATUS_ORDER = ("conflict", "changed", "new", "invalid", "unchanged")


class ImportDialog(QDialog):
    imported = Signal(list)  # ids written

    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.kb = kb
        self.preview: ImportPreview | None = None
        self.result: Any = None
        self.combos: dict[str, QComboBox] = {}

        self.path_label = QLabel(self)
        self.path_edit = QLineEdit(self)
        self.path_label.setBuddy(self.path_edit)
        self.browse_button = QPushButton(self)
        self.preview_button = QPushButton(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("importMessage")
        bold = self.message.font()
        bold.setBold(True)
        self.message.setFont(bold)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(4)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.notes_check = QCheckBox(self)
        self.notes_check.setChecked(True)
        self.import_button = QPushButton(self)
        self.import_button.setEnabled(False)
        self.cancel_button = QPushButton(self)

        self.browse_button.clicked.connect(self._browse)
        self.preview_button.clicked.connect(self.preview_now)
        self.path_edit.textEdited.connect(lambda _t: self._clear())
        self.import_button.clicked.connect(self.apply_now)
        self.cancel_button.clicked.connect(self.reject)
        # Enter previews and never imports: "Preview" is the only default button, and no
        # other button becomes default when it takes focus (QPushButton's autoDefault).
        for button in (self.browse_button, self.import_button, self.cancel_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.preview_button.setAutoDefault(False)
        self.preview_button.setDefault(True)

        row = QHBoxLayout()
        row.addWidget(self.path_label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        row.addWidget(self.preview_button)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.notes_check)
        layout.addWidget(buttons)
        self.retranslate()
        self.resize(860, 520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import bundle"))
        self.path_label.setText(self.tr("&Bundle file:"))
        self.path_edit.setAccessibleName(self.tr("Bundle file"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.preview_button.setText(self.tr("&Preview"))
        self.tree.setHeaderLabels(
            [self.tr("Case"), self.tr("What happens"), self.tr("Your choice"), self.tr("Problems")]
        )
        self.tree.setAccessibleName(self.tr("Cases in the bundle"))
        self.notes_check.setText(self.tr("Import the sender's &tags and notes"))
        self.import_button.setText(self.tr("&Import"))
        self.cancel_button.setText(self.tr("Cancel"))

    # -- preview ---------------------------------------------------------------------
    def set_path(self, path: Path | str) -> None:
        self.path_edit.setText(str(path))
        self._clear()

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import bundle"), "", self.tr("Bundles (*.hkzip)")
        )
        if name:
            self.set_path(name)
            self.preview_now()

    def _clear(self) -> None:
        self.preview = None
        self.tree.clear()
        self.combos.clear()
        self.summary.clear()
        self.message.clear()
        self.import_button.setEnabled(False)

    def preview_now(self) -> ImportPreview | None:
        self._clear()
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text)
        try:
            self.preview = preview_into_kb(self.kb, path)
        except BundleRejected as exc:
            self.message.setText(rejection_message(exc))
            return None
        except OSError as exc:
            self.message.setText(
                self.tr("Cannot read %1: %2")
                .replace("%1", path.name)
                .replace("%2", exc.strerror or str(exc))
            )
            return None
        self._fill(self.preview)
        return self.preview

    def _fill(self, preview: ImportPreview) -> None:
        counts = preview.counts()
        self.summary.setText(
            self.tr("New: %1, updated: %2, conflicts: %3, already here: %4, with errors: %5.")
            .replace("%1", str(counts["new"]))
            .replace("%2", str(counts["changed"]))
            .replace("%3", str(counts["conflict"]))
            .replace("%4", str(counts["unchanged"]))
            .replace("%5", str(counts["invalid"]))
        )
        items = sorted(preview.items, key=lambda i: (STATUS_ORDER.index(i.status.value), i.case_id))
        for item in items:
            title = item.incoming.title if item.incoming is not None else item.case_id
            row = QTreeWidgetItem([f"{title} ({item.case_id})", status_label(item.status.value)])
            row.setData(0, Qt.ItemDataRole.UserRole, item.case_id)
            row.setData(1, Qt.ItemDataRole.UserRole, item.status.value)
            notes = [p.message for p in item.problems]
            if item.similar:
                names = ", ".join(s.case_id for s in item.similar[:3])
                notes.append(self.tr("Resembles: %1").replace("%1", names))
            if item.status is Status.CONFLICT and item.existing_read_only:
                notes.append(self.tr("Yours is read-only: “take theirs” keeps both."))
            row.setText(3, " ".join(notes))
            row.setToolTip(3, "\n".join(notes))
            self.tree.addTopLevelItem(row)
            if item.status is Status.CONFLICT:
                combo = QComboBox(self.tree)
                for choice in CHOICES:
                    combo.addItem(choice_label(choice), choice)
                combo.setAccessibleName(self.tr("Choice for %1").replace("%1", title))
                self.tree.setItemWidget(row, 2, combo)
                self.combos[item.case_id] = combo
        self.notes_check.setVisible(bool(preview.notes))
        self.import_button.setEnabled(preview.has_work or bool(preview.notes))
        if not preview.has_work:
            self.message.setText(self.tr("Everything in this bundle is already in your library."))

    def rows(self) -> list[tuple[str, str]]:
        """(case id, status code) per row, as shown."""
        rows = []
        for i in range(self.tree.topLevelItemCount()):
            row = self.tree.topLevelItem(i)
            if row is not None:
                rows.append(
                    (
                        str(row.data(0, Qt.ItemDataRole.UserRole)),
                        str(row.data(1, Qt.ItemDataRole.UserRole)),
                    )
                )
        return rows

    def set_choice(self, case_id: str, choice: str) -> None:
        combo = self.combos[case_id]
        combo.setCurrentIndex(combo.findData(choice))

    def choices(self) -> dict[str, str]:
        return {cid: str(c.currentData()) for cid, c in self.combos.items()}

    # -- apply -----------------------------------------------------------------------
    def apply_now(self) -> None:
        if self.preview is None:
            return
        try:
            # One crash-safe core apply with a choice per conflict (unlisted: keep mine).
            applied = self.kb.import_bundle(
                self.preview,
                "keep",
                self.notes_check.isChecked(),
                choices=self.choices(),  # type: ignore[arg-type]
            ).value
        except OSError as exc:
            said = getattr(exc, "said", None)  # a SaveError says why in the UI language
            reason = message_text(said) if said is not None else str(exc)
            self.message.setText(self.tr("Nothing was imported: %1").replace("%1", reason))
            return
        self.result = applied
        self.imported.emit(list(applied.result.written_ids))
        self.accept()
