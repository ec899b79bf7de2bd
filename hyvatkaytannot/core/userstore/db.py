"""The SQLite connection: pragmas, write transactions and error translation.

Design decisions:
- WAL journal with `synchronous=FULL`: a commit is on disk when `COMMIT` returns, so a
  `kill -9` or a power cut loses at most the save that was under way. The user writes
  little and rarely, so the extra fsync per commit costs nothing noticeable.
- Every write runs in `BEGIN IMMEDIATE`: the write lock is taken up front, so two processes
  (the GUI and a CLI command) never meet halfway through a transaction with SQLITE_BUSY on
  upgrade; the busy timeout makes the second one wait instead of failing.
- Foreign keys on, so that deleting a tag or a collection takes its links with it.
- sqlite-utils methods called inside our transaction see `in_transaction` and nest as
  savepoints instead of committing on their own.
- A failed write raises `StoreWriteError` (disk full, read-only, I/O) after the rollback,
  so the database is exactly as it was and the caller still holds the user's text.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import urllib.parse
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlite_utils import Database

from hyvatkaytannot.core.userstore.errors import StoreError, StoreWriteError

BUSY_TIMEOUT_MS = 5000

# Primary result codes (the low byte of the extended code).
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26


def connect(path: Path, *, read_only: bool = False) -> Database:
    """Open `path` with the pragmas every connection needs (none of them writes the file)."""
    try:
        if read_only:
            uri = "file:" + urllib.parse.quote(str(path)) + "?mode=ro"
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        else:
            conn = sqlite3.connect(str(path), check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys=ON")
    except sqlite3.Error as e:
        raise translate(e) from e
    # Plugins could change the connection behind our back: the user's data gets none.
    return Database(conn, execute_plugins=False)


def configure_for_writing(db: Database) -> None:
    """Switch to WAL with full sync; this writes the file header, so it comes after checks."""
    try:
        mode = db.conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        db.conn.execute("PRAGMA synchronous=FULL")
    except sqlite3.Error as e:
        raise translate(e) from e
    if str(mode).lower() != "wal":
        raise StoreWriteError("store.could_not_switch_database", mode=mode)


def error_code(e: sqlite3.Error) -> int:
    return int(getattr(e, "sqlite_errorcode", 0) or 0) & 0xFF


def is_corruption(e: sqlite3.Error) -> bool:
    if error_code(e) in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return True
    text = str(e).lower()
    return "malformed" in text or "not a database" in text


def translate(e: sqlite3.Error) -> StoreError:
    """A domain exception for a SQLite error, with a message the user can act on."""
    code = error_code(e)
    text = str(e).lower()
    if code == _SQLITE_FULL or "disk is full" in text:
        return StoreWriteError("store.save_disk_full")
    if code in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_CANTOPEN) or "readonly" in text:
        return StoreWriteError("store.save_read_only", error=e)
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return StoreWriteError("store.save_database_busy")
    if code == _SQLITE_IOERR:
        return StoreWriteError("store.save_disk_error", error=e)
    return StoreError("store.database_error", error=e)


@contextmanager
def write(db: Database) -> Iterator[Database]:
    """One `BEGIN IMMEDIATE` transaction: all of it is saved, or none of it.

    Nested calls join the outer transaction as a savepoint (sqlite-utils `atomic`).
    """
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as e:
        raise translate(e) from e
    try:
        yield db
        conn.execute("COMMIT")
    except BaseException as e:
        # SQLite may already have rolled back by itself (SQLITE_FULL, SQLITE_IOERR).
        if conn.in_transaction:
            with suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        if isinstance(e, sqlite3.Error):
            raise translate(e) from e
        raise


def integrity_ok(conn: sqlite3.Connection, quick: bool = False) -> tuple[bool, str]:
    """(ok, first problem) from `PRAGMA integrity_check` (or the faster quick_check)."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as e:
        # Only damage is damage: a lock, a read-only folder or a full disk is raised as it
        # is, so that a healthy file is never declared damaged and moved aside.
        if is_corruption(e) or error_code(e) in (0, 1):
            return False, str(e)
        raise
    first = str(rows[0][0]) if rows else "no result"
    return (len(rows) == 1 and first == "ok"), first


def now() -> str:
    """UTC time stamp for created/updated columns (ISO 8601, sorts as text)."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_id() -> str:
    return uuid.uuid4().hex
