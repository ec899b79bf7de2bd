"""Opening the user database safely, and restoring a backup into place.

Opening does, in order: a health check of an existing file (a damaged one is moved aside
as `user.db.damaged-<time>` and `DatabaseCorrupt` names the newest good backup), the
version check (a database from a newer app is refused before anything is written), WAL
and pragmas, a verified backup before each pending migration, then the migrations.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from hyvatkaytannot.core.userstore import backup as _backup
from hyvatkaytannot.core.userstore import migrations as _mig
from hyvatkaytannot.core.userstore.db import (
    configure_for_writing,
    connect,
    integrity_ok,
    is_corruption,
    translate,
)
from hyvatkaytannot.core.userstore.errors import DatabaseCorrupt, StoreError, StoreWriteError


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
    return _backup.restore(backup_file, Path(db_path), Path(backups_dir), keep)


def has_user_data(db: Database) -> bool:
    for table in ("case_tags", "tags", "annotations", "collections", "saved_searches"):
        if db.table(table).exists() and db.execute(f"SELECT 1 FROM [{table}] LIMIT 1").fetchone():
            return True
    return False


def open_db(db_path: Path, backups_dir: Path, keep: int) -> Database:
    existed = db_path.exists() and db_path.stat().st_size > 0
    if not existed:
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreWriteError(
                "store.cannot_create_database_folder", parent=db_path.parent, error=e
            ) from e
    db = connect(db_path)
    try:
        if existed:
            ok, why = integrity_ok(db.conn, quick=True)
            if not ok:
                raise _corrupt(db, db_path, backups_dir, why)
            _mig.refuse_if_too_new(db, db_path)
        configure_for_writing(db)
        if existed and _mig.applied(db):

            def before(name: str) -> None:
                _backup.make_backup(db.conn, backups_dir, f"before-{name}", keep)

            _mig.apply(db, before_each=before)
        else:
            _mig.apply(db)
        return db
    except sqlite3.DatabaseError as e:
        if is_corruption(e):
            raise _corrupt(db, db_path, backups_dir, str(e)) from e
        db.close()
        raise translate(e) from e
    except BaseException:
        db.close()
        raise


def _corrupt(db: Database, db_path: Path, backups_dir: Path, why: str) -> DatabaseCorrupt:
    db.close()
    try:
        aside = _backup.keep_aside(db_path)
    except OSError:
        aside = None
    return DatabaseCorrupt(db_path, aside, _backup.newest_good_backup(backups_dir), why)
