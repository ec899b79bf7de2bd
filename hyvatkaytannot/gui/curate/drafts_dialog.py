"""Offering autosaved drafts after a crash: restore, discard, or decide later.

Design decisions:
- Drafts are listed newest first with the case title (read from the draft's own text) and
  when it was saved. "Later" keeps every draft (they are offered again on the next start);
  only "Discard" deletes one, after the user picked it: a draft may be the only copy of an
  afternoon's writing.
- Restoring opens an editor with the draft's text and the fingerprint the file had when
  the draft was begun, so if the file changed meanwhile, saving shows the conflict dialog
  instead of overwriting the newer file.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hyvatkaytannot.core.curate import Draft, DraftStore
from hyvatkaytannot.core.curate.source import meta_and_body


def draft_title(draft: Draft) -> str:
    parts = meta_and_body(draft.text)
    title = str(parts[0].get("title") or "") if parts else ""
    return title or draft.case_id or draft.key


class DraftsDialog(QDialog):
    def __init__(
        self,
        store: DraftStore,
        drafts: list[Draft],
        restore: Callable[[Draft], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("draftsDialog")
        self.store = store
        self.restore_fn = restore
        self.restored: list[str] = []
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.list = QListWidget(self)
        for d in drafts:
            item = QListWidgetItem(f"{draft_title(d)}  ·  {d.saved_at.replace('T', ' ')}")
            item.setData(Qt.ItemDataRole.UserRole, d)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.restore_button = QPushButton(self)
        self.discard_button = QPushButton(self)
        self.later_button = QPushButton(self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.restore_current)
        self.discard_button.clicked.connect(self.discard_current)
        self.later_button.clicked.connect(self.reject)
        self.list.itemActivated.connect(lambda _i: self.restore_current())
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.restore_button.setDefault(True)
        self.retranslate()
        self.resize(560, 300)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unsaved drafts"))
        self.message.setText(
            self.tr(
                "These edits were not saved when the app last closed. Restore a draft to "
                "continue editing it."
            )
        )
        self.list.setAccessibleName(self.tr("Unsaved drafts"))
        self.restore_button.setText(self.tr("&Restore"))
        self.discard_button.setText(self.tr("&Discard draft"))
        self.later_button.setText(self.tr("&Later"))

    def keys(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole).key for i in range(self.list.count())
        ]

    def _take_current(self) -> Draft | None:
        item = self.list.currentItem()
        if item is None:
            return None
        draft: Draft = item.data(Qt.ItemDataRole.UserRole)
        self.list.takeItem(self.list.row(item))
        return draft

    def restore_current(self) -> None:
        draft = self._take_current()
        if draft is not None:
            self.restore_fn(draft)
            self.restored.append(draft.key)
        if self.list.count() == 0:
            self.accept()

    def discard_current(self) -> None:
        draft = self._take_current()
        if draft is not None:
            self.store.discard_draft(draft.key)
        if self.list.count() == 0:
            self.accept()
