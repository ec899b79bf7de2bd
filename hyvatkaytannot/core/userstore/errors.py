"""The user store's domain exceptions: each carries a `UserMessage` (code + parameters).

The GUI and the CLI show `message` in the user's language (core/messages.py); `str(e)` is
the English text for logs; `.fi` and `.en` are the Finnish and English texts. Every
exception the store raises for a reason the user can act on is a `StoreError`; a raw
`sqlite3` error escaping the package is a bug.
"""

from __future__ import annotations

from pathlib import Path

from hyvatkaytannot.core.messages import CoreError, Translate, UserMessage


class StoreError(CoreError):
    """Something the user can act on went wrong in the user store.

    `StoreError(code, **params)` as every core error (core/messages_store.py holds the
    store's codes).
    """

    @property
    def fi(self) -> str:
        return self.in_language("fi")

    @property
    def en(self) -> str:
        return self.text()


class NotFound(StoreError):
    """An id or a name that is not in the store."""


class StoreWriteError(StoreError):
    """A write could not be made (disk full, read-only file or folder, I/O error).

    The database is left as it was before the write: the transaction was rolled back, so the
    caller keeps the user's text (in the editor) and can try again.
    """


class DatabaseTooNew(StoreError):
    """The database was written by a newer version of the app; it was not touched."""

    def __init__(self, path: Path, unknown: list[str]) -> None:
        super().__init__("store.database_too_new", path=path, unknown=", ".join(unknown))
        self.path = path
        self.unknown = unknown


class StoreBusy(StoreError):
    """Another program holds the database (locked); nothing was moved or changed."""

    def __init__(self, path: Path) -> None:
        super().__init__("store.busy", path=path)
        self.path = path


class StoreReadOnly(StoreWriteError):
    """The store is open read-only (a read-only folder, a full disk): writes are refused.
    `reason` says why (opening.py's READ_ONLY_FOLDER or DISK_FULL)."""

    def __init__(self, reason: UserMessage) -> None:
        super().__init__("store.change_not_saved", reason=reason)
        self.reason = reason


class StoreNeedsRecovery(StoreError):
    """The store will not open until the user chooses (restore a backup or start empty).

    Raised while a set-aside `user.db.damaged-*` waits for a decision, or when `user.db` is
    empty or missing although backups exist: starting empty then would hide the user's work.
    `choices` (recovery.py) describes the set-aside files, the newest verified backup and
    what a salvage recovered; `parts` are the sentences of the message, shown joined.
    """

    def __init__(self, parts: list[UserMessage], choices: object = None) -> None:
        StoreError.__init__(self, parts[0])
        self.parts = list(parts)
        self.choices = choices
        self.args = (self.text(),)

    def text(self, translate: Translate | None = None) -> str:
        return " ".join(m.text(translate) if translate else m.english() for m in self.parts)

    def __str__(self) -> str:
        return self.text()


class DatabaseCorrupt(StoreNeedsRecovery):
    """The database is damaged. It was moved aside; `backup` is the newest good backup."""

    def __init__(
        self,
        path: Path,
        damaged_path: Path | None,
        backup: Path | None,
        why: str,
        choices: object = None,
    ):
        StoreError.__init__(self, "store.database_damaged", path=path, why=why)
        self.choices = choices
        self.path = path
        self.damaged_path = damaged_path
        self.backup = backup
        # The whole message: what happened, where the damaged file went, what can restore it.
        self.parts: list[UserMessage] = [self.message]
        if damaged_path:
            self.parts.append(UserMessage("store.damaged_file_kept", {"path": damaged_path}))
        self.parts.append(
            UserMessage("store.newest_good_backup", {"path": backup})
            if backup
            else UserMessage("store.no_good_backup")
        )
