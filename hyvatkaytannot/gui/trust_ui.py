"""The user's work in the GUI: the recovery dialog, the read-only banner, timed backups.

- Opening the user store may refuse (`StoreNeedsRecovery`: a set-aside damaged file or an
  empty database while backups exist). The dialog then offers the same choices as the CLI:
  restore the recommended file (the newest verified backup, or a salvage holding more),
  start empty (set-aside files are kept), or go on without notes for now.
- A read-only store (read-only folder, full disk) or index, a store in use by another
  program: a banner above the results says so and stays; writes are refused with a reason.
- Every five minutes the store is asked for its 30-minute backup (made only after changes);
  closing the store on quit makes the last one.

Messages come from the core as codes (core/messages_store.py), shown in the UI language.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QLabel, QMainWindow, QMessageBox, QWidget

from hyvatkaytannot.core.messages import UserMessage
from hyvatkaytannot.core.userstore.errors import StoreError, StoreNeedsRecovery
from hyvatkaytannot.gui.i18n import error_text, message_text

if TYPE_CHECKING:
    from hyvatkaytannot.core import KnowledgeBase

BACKUP_CHECK_MS = 5 * 60 * 1000

# The recovery dialog's texts: core messages, as the choices are the CLI's too.
BUTTONS = {
    "restore": "store.dialog_restore",
    "empty": "store.dialog_empty",
    "later": "store.dialog_later",
    "title": "store.dialog_title",
}


def button_text(name: str) -> str:
    return message_text(UserMessage(BUTTONS[name]))


class Banner(QLabel):
    """A warning line above the results that stays until the app restarts."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("trustBanner")
        self.setWordWrap(True)
        self.setStyleSheet(
            "#trustBanner { background: #fff3cd; color: #3d2e00; border: 1px solid #e0c060;"
            " padding: 6px; }"
        )
        self.hide()
        self.messages: list[str] = []

    def add(self, text: str) -> None:
        if text not in self.messages:
            self.messages.append(text)
        self.setText("\n".join(self.messages))
        self.show()


class _Notices(QObject):
    # The core may notify from a worker thread: a queued signal brings it to the GUI thread.
    notice = Signal(object)  # a UserMessage


class TrustUi(QObject):
    """Owns the banner, the notices relay and the backup timer of one main window."""

    def __init__(self, window: QMainWindow, kb: KnowledgeBase) -> None:
        super().__init__(window)
        self.window = window
        self.kb = kb
        self.banner = Banner(window)
        central = window.centralWidget()
        layout = central.layout() if central is not None else None
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, self.banner)
        self.notices = _Notices(self)
        self.notices.notice.connect(lambda said: self.banner.add(message_text(said)))
        kb.notice_sink = self.notices.notice.emit
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(kb.maybe_backup)
        self.backup_timer.start()

    def open_store(self, ask: Callable[[QWidget, StoreNeedsRecovery], str] | None = None) -> bool:
        """Open the user store on the main thread; True when it is open (maybe read-only)."""
        try:
            self.kb.store  # noqa: B018 - opened here, before any worker
            return True
        except StoreNeedsRecovery as e:
            choice = (ask or ask_recovery)(self.window, e)
            if choice == "later" or not apply_choice(self.kb, choice, e.choices):
                self.banner.add(error_text(e))
                return False
            return self.open_store(ask)
        except StoreError as e:  # in use by another program, too new, cannot create
            self.banner.add(error_text(e))
            return False


def ask_recovery(window: QWidget, error: StoreNeedsRecovery) -> str:
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(button_text("title"))
    box.setText(error_text(error))
    buttons = {}
    choices: Any = error.choices
    if choices is not None and choices.recommended() is not None:
        buttons["restore"] = box.addButton(
            button_text("restore"), QMessageBox.ButtonRole.AcceptRole
        )
    buttons["empty"] = box.addButton(button_text("empty"), QMessageBox.ButtonRole.DestructiveRole)
    buttons["later"] = box.addButton(button_text("later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(buttons.get("restore", buttons["later"]))
    box.exec()
    clicked = box.clickedButton()
    return next((k for k, b in buttons.items() if b is clicked), "later")


def apply_choice(kb: KnowledgeBase, choice: str, choices: Any) -> bool:
    from hyvatkaytannot.core.userstore import restore_backup
    from hyvatkaytannot.core.userstore.opening import start_empty

    keep = int(kb.settings.get("backups_keep"))
    try:
        if choice == "restore" and choices is not None and choices.recommended() is not None:
            restore_backup(choices.recommended(), kb.paths.db_path, kb.paths.backups_dir, keep)
            return True
        if choice == "empty":
            start_empty(kb.paths.db_path, kb.paths.backups_dir, keep)
            return True
    except StoreError:
        return False
    return False
