"""The user store's domain exceptions, each with a Finnish and an English message.

The GUI shows `.fi`, the CLI prints `str(e)` (Finnish, then English). Every exception the
store raises for a reason the user can act on is a `StoreError`; a raw `sqlite3` error
escaping the package is a bug.
"""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Something the user can act on went wrong in the user store."""

    def __init__(self, fi: str, en: str) -> None:
        super().__init__(f"{fi} / {en}")
        self.fi = fi
        self.en = en


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
        super().__init__(
            f"Tietokannan {path} on kirjoittanut uudempi sovelluksen versio "
            f"(tuntemattomat muutokset: {', '.join(unknown)}). Päivitä sovellus; "
            "tiedostoon ei koskettu.",
            f"The database {path} was written by a newer version of the app "
            f"(unknown migrations: {', '.join(unknown)}). Upgrade the app; "
            "the file was not changed.",
        )
        self.path = path
        self.unknown = unknown


class StoreBusy(StoreError):
    """Another program holds the database (locked); nothing was moved or changed."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Käyttäjätietokanta {path} on toisen ohjelman käytössä. Sulje se ohjelma tai "
            "odota hetki ja yritä uudelleen; tiedostoon ei koskettu.",
            f"The user database {path} is in use by another program. Close that program or "
            "wait a moment and try again; the file was not changed.",
        )
        self.path = path


class StoreReadOnly(StoreWriteError):
    """The store is open read-only (a read-only folder, a full disk): writes are refused."""

    def __init__(self, fi_reason: str, en_reason: str) -> None:
        super().__init__(
            f"Muutosta ei tallennettu: {fi_reason}",
            f"The change was not saved: {en_reason}",
        )
        self.fi_reason = fi_reason
        self.en_reason = en_reason


class StoreNeedsRecovery(StoreError):
    """The store will not open until the user chooses (restore a backup or start empty).

    Raised while a set-aside `user.db.damaged-*` waits for a decision, or when `user.db` is
    empty or missing although backups exist: starting empty then would hide the user's work.
    `choices` (recovery.py) describes the set-aside files, the newest verified backup and
    what a salvage recovered.
    """

    def __init__(self, fi: str, en: str, choices: object = None) -> None:
        super().__init__(fi, en)
        self.choices = choices


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
        kept = f" Vaurioitunut tiedosto on tallessa: {damaged_path}." if damaged_path else ""
        kept_en = f" The damaged file was kept as {damaged_path}." if damaged_path else ""
        offer = (
            f" Uusin ehjä varmuuskopio: {backup}." if backup else " Ehjää varmuuskopiota ei ole."
        )
        offer_en = f" Newest good backup: {backup}." if backup else " There is no good backup."
        super().__init__(
            f"Käyttäjätietokanta {path} on vaurioitunut ({why}).{kept}{offer}",
            f"The user database {path} is damaged ({why}).{kept_en}{offer_en}",
            choices,
        )
        self.path = path
        self.damaged_path = damaged_path
        self.backup = backup
