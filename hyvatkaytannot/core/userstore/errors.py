"""The user store's domain exceptions: each carries a `UserMessage` (code + parameters).

The GUI and the CLI show `message` in the user's language (core/messages.py); `str(e)` is
the English text for logs. `.fi` and `.en` are the Finnish and English texts. Every
exception the store raises for a reason the user can act on is a `StoreError`; a raw
`sqlite3` error escaping the package is a bug.
"""

from __future__ import annotations

from pathlib import Path

from hyvatkaytannot.core.messages import CoreError, Translate, UserMessage


class StoreError(CoreError):
    """Something the user can act on went wrong in the user store."""

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


class DatabaseCorrupt(StoreError):
    """The database is damaged. It was moved aside; `backup` is the newest good backup."""

    def __init__(self, path: Path, damaged_path: Path | None, backup: Path | None, why: str):
        super().__init__("store.database_damaged", path=path, why=why)
        self.path = path
        self.damaged_path = damaged_path
        self.backup = backup
        # The whole message: what happened, where the damaged file went, what can restore it.
        self.parts = [self.message]
        if damaged_path:
            self.parts.append(UserMessage("store.damaged_file_kept", {"path": damaged_path}))
        self.parts.append(
            UserMessage("store.newest_good_backup", {"path": backup})
            if backup
            else UserMessage("store.no_good_backup")
        )

    def text(self, translate: Translate | None = None) -> str:
        return " ".join(m.text(translate) if translate else m.english() for m in self.parts)

    def __str__(self) -> str:
        return self.text()
