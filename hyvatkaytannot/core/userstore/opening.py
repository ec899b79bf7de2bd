"""Opening the user database safely, and restoring a backup into place.

Opening does, in order: a health check of an existing file (a damaged one is moved aside
as `user.db.damaged-<time>` and `DatabaseCorrupt` names the newest good backup), the
version check (a database from a newer app is refused before anything is written), WAL
and pragmas, a verified backup before each pending migration, then the migrations.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from hyvatkaytannot.core.messages import UserMessage, message
from hyvatkaytannot.core.userstore import backup as _backup
from hyvatkaytannot.core.userstore import migrations as _mig
from hyvatkaytannot.core.userstore import recovery as _recovery
from hyvatkaytannot.core.userstore.db import (
    _SQLITE_BUSY,
    _SQLITE_CANTOPEN,
    _SQLITE_FULL,
    _SQLITE_IOERR,
    _SQLITE_LOCKED,
    _SQLITE_PERM,
    _SQLITE_READONLY,
    configure_for_writing,
    connect,
    error_code,
    integrity_ok,
    is_corruption,
    translate,
)
from hyvatkaytannot.core.userstore.errors import (
    DatabaseCorrupt,
    StoreBusy,
    StoreError,
    StoreWriteError,
)


def restore_backup(backup_file: Path, db_path: Path, backups_dir: Path, keep: int) -> Path | None:
    """Restore with no store open (the CLI, or after `DatabaseCorrupt`)."""
    backup_file = Path(backup_file)
    if not _backup.check_file(backup_file):
        raise StoreError("store.backup_not_sound_sqlite_2", backup_file=backup_file)
    probe = connect(backup_file, read_only=True)
    try:
        _mig.refuse_if_too_new(probe, backup_file)
    finally:
        probe.close()
    previous = _backup.restore(backup_file, Path(db_path), Path(backups_dir), keep)
    # The user chose: set-aside files stop blocking the store (they are kept as .kept-).
    _recovery.acknowledge(Path(db_path))
    return previous


def start_empty(db_path: Path, backups_dir: Path, keep: int) -> list[Path]:
    """The user chose to start with an empty store; what was set aside is kept."""
    kept = _recovery.acknowledge(Path(db_path))
    db, _ = open_db(Path(db_path), Path(backups_dir), keep, check_pending=False)
    db.close()
    return kept


def has_user_data(db: Database) -> bool:
    for table in ("case_tags", "tags", "annotations", "collections", "saved_searches"):
        if db.table(table).exists() and db.execute(f"SELECT 1 FROM [{table}] LIMIT 1").fetchone():
            return True
    return False


ReadOnly = UserMessage  # why the store is read-only

READ_ONLY_FOLDER: ReadOnly = message("store.reason_read_only_folder")
DISK_FULL: ReadOnly = message("store.reason_disk_full")


def open_db(
    db_path: Path, backups_dir: Path, keep: int, *, check_pending: bool = True
) -> tuple[Database, ReadOnly | None]:
    """Open for writing; or read-only (with the reason) when the folder or disk refuses writes.

    Only a real integrity failure moves the file aside (`DatabaseCorrupt`). A lock held by
    another program raises `StoreBusy` and nothing moves; a read-only folder or a full disk
    opens the file read-only. While a set-aside file waits for the user's decision, or the
    file is empty although backups exist, `StoreNeedsRecovery` is raised instead.
    """
    if check_pending:
        _recovery.refuse_if_pending(db_path, backups_dir)
    existed = db_path.exists() and db_path.stat().st_size > 0
    if not existed:
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreWriteError(
                "store.cannot_create_database_folder", parent=db_path.parent, error=e
            ) from e
    try:
        db = connect(db_path)
    except StoreWriteError as e:
        if existed and not isinstance(e, StoreBusy):
            return _open_read_only(db_path, backups_dir, _why_not_writable(db_path))
        raise
    try:
        if existed:
            ok, why = integrity_ok(db.conn, quick=True)
            if not ok:
                raise _corrupt(db, db_path, backups_dir, why)
            _mig.refuse_if_too_new(db, db_path)
        configure_for_writing(db)
        if existed and _mig.applied(db):
            pending = tuple(f"{_backup.PRE_MIGRATION}{m}" for m in _mig.pending(db))

            def before(name: str) -> None:
                reason = f"{_backup.PRE_MIGRATION}{name}"
                # A failed earlier start already saved the same, unmigrated database.
                if any(_backup.reason_of(p) == reason for p in _backup.list_backups(backups_dir)):
                    return
                _backup.make_backup(db.conn, backups_dir, reason, keep, protect=pending)

            _mig.apply(db, before_each=before)
        else:
            _mig.apply(db)
        return db, None
    except sqlite3.DatabaseError as e:
        if is_corruption(e):
            raise _corrupt(db, db_path, backups_dir, str(e)) from e
        db.close()
        if error_code(e) in (_SQLITE_BUSY, _SQLITE_LOCKED):
            raise StoreBusy(db_path) from e
        if existed and error_code(e) in _NOT_WRITABLE:
            return _open_read_only(db_path, backups_dir, _why_not_writable(db_path))
        raise translate(e) from e
    except StoreBusy:
        db.close()
        raise
    except StoreWriteError:
        # configure_for_writing or a migration could not write: read-only if we may.
        db.close()
        if existed and not _mig_pending(db_path):
            return _open_read_only(db_path, backups_dir, _why_not_writable(db_path))
        raise
    except BaseException:
        db.close()
        raise


_NOT_WRITABLE = (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_CANTOPEN, _SQLITE_IOERR, _SQLITE_FULL)


def _why_not_writable(db_path: Path) -> ReadOnly:
    try:
        free = shutil.disk_usage(db_path.parent).free
    except OSError:
        free = 1 << 30
    return DISK_FULL if free < _FULL_BELOW else READ_ONLY_FOLDER


# Below this much free space a failed open is the disk being full (SQLite needs ~64 KiB
# for the -shm and -wal files).
_FULL_BELOW = 1 << 20


def _mig_pending(db_path: Path) -> bool:
    try:
        conn = _recovery._open_ro(db_path)
    except sqlite3.Error:
        return True
    try:
        probe = Database(conn, execute_plugins=False)
        return bool(_mig.pending(probe))
    except sqlite3.Error:
        return True
    finally:
        conn.close()


def _open_read_only(db_path: Path, backups_dir: Path, why: ReadOnly) -> tuple[Database, ReadOnly]:
    """The file as it is on disk, read-only (immutable: no -wal/-shm is created)."""
    try:
        conn = _recovery._open_ro(db_path)
        conn.execute("PRAGMA query_only=ON")
    except sqlite3.Error as e:
        raise translate(e) from e
    db = Database(conn, execute_plugins=False)
    try:
        ok, detail = integrity_ok(conn, quick=True)
    except sqlite3.Error as e:
        db.close()
        raise translate(e) from e
    if not ok:
        # Damaged and the folder cannot be written: nothing can be moved aside either.
        db.close()
        found = _recovery.choices(db_path, backups_dir)
        raise DatabaseCorrupt(db_path, None, found.backup.path if found.backup else None, detail)
    if _mig.pending(db):
        db.close()
        raise StoreWriteError("store.needs_upgrade_but", path=db_path, reason=why)
    return db, why


def _corrupt(db: Database, db_path: Path, backups_dir: Path, why: str) -> DatabaseCorrupt:
    db.close()
    try:
        aside = _backup.keep_aside(db_path)
    except OSError:
        aside = None
    if aside is not None:
        _recovery.salvage(aside, db_path)
    found = _recovery.choices(db_path, backups_dir)
    if aside is not None and aside not in found.aside:
        found.aside.append(aside)
    error = DatabaseCorrupt(
        db_path, aside, _backup.newest_good_backup(backups_dir), why, choices=found
    )
    # The choices (set-aside file, newest verified backup, salvage, the two commands).
    error.parts.extend(found.message())
    error.args = (error.text(),)
    return error
