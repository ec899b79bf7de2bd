"""Backups of the user database with SQLite's online backup API, and restoring them.

Design decisions:
- The backup API copies a consistent snapshot even while the app has the database open in
  WAL mode; copying the file could catch it halfway through a checkpoint.
- A backup is written to a `.tmp` name, checked with `PRAGMA integrity_check`, synced and
  only then renamed to `user-<UTC time>-<reason>.db`: a half-written backup never looks
  like a good one. Names sort by time, so the newest is last.
- Thinned like Anki's: the newest `keep` stay, then one a day for 12 days, one a week for
  10 weeks and one a month for 9 months; every one of them passed the check when made, and
  `newest_good_backup` checks again before offering one.
- A backup made before a migration (`before-<migration>`) is never thinned out while that
  migration is pending: repeated failed starts reuse it instead of rotating out the rest.
- Restoring first saves the current database as a backup (unless it is damaged, then it is
  kept aside), removes the stale `-wal`/`-shm` (SQLite would otherwise replay the old
  database's log into the restored file), then moves a verified copy into place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
import urllib.parse
from pathlib import Path

from hyvatkaytannot.core.userstore.db import integrity_ok, translate
from hyvatkaytannot.core.userstore.errors import StoreError, StoreWriteError

BACKUP_GLOB = "user-*.db"
_NAME = re.compile(r"^user-(\d{8}T\d{6}\d{6}Z)(?:-([A-Za-z0-9_.-]+))?\.db$")
SIDE_FILES = ("-wal", "-shm")
PRE_MIGRATION = "before-"
DAILY_KEEP, WEEKLY_KEEP, MONTHLY_KEEP = 12, 10, 9


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")


def backup_time(path: Path) -> dt.datetime | None:
    m = _NAME.match(path.name)
    if not m:
        return None
    return dt.datetime.strptime(m.group(1), "%Y%m%dT%H%M%S%fZ").replace(tzinfo=dt.UTC)


def list_backups(backups_dir: Path) -> list[Path]:
    """Backups, newest first."""
    if not backups_dir.is_dir():
        return []
    found = [p for p in backups_dir.glob(BACKUP_GLOB) if _NAME.match(p.name)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def check_file(path: Path) -> bool:
    """True when `path` is a SQLite database that passes `integrity_check`."""
    try:
        uri = "file:" + urllib.parse.quote(path.resolve().as_posix()) + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return False
    try:
        ok, _ = integrity_ok(conn)
        return ok
    finally:
        conn.close()


def newest_good_backup(backups_dir: Path) -> Path | None:
    for path in list_backups(backups_dir):
        if check_file(path):
            return path
    return None


def reason_of(path: Path) -> str:
    m = _NAME.match(path.name)
    return (m.group(2) or "") if m else ""


def make_backup(
    source: sqlite3.Connection,
    backups_dir: Path,
    reason: str,
    keep: int,
    protect: tuple[str, ...] = (),
) -> Path:
    """Snapshot the open database `source` into the backups folder; thin the old ones.

    `protect`: reasons whose backups must survive the thinning (pending migrations).
    """
    reason = re.sub(r"[^A-Za-z0-9_.-]+", "_", reason)[:60]
    try:
        backups_dir.mkdir(parents=True, exist_ok=True)
        final = backups_dir / f"user-{_stamp()}-{reason}.db"
        tmp = final.with_name(final.name + ".tmp")
        dest = sqlite3.connect(str(tmp))
        try:
            source.backup(dest)
            ok, why = integrity_ok(dest)
        finally:
            dest.close()
        if not ok:
            tmp.unlink(missing_ok=True)
            raise StoreError("store.backup_failed_integrity_check", why=why)
        _fsync(tmp)
        os.replace(tmp, final)
        _fsync_dir(backups_dir)
    except sqlite3.Error as e:
        _unlink_quietly(locals().get("tmp"))
        raise translate(e) from e
    except OSError as e:
        _unlink_quietly(locals().get("tmp"))
        raise StoreWriteError(
            "store.could_not_write_backup", backups_dir=backups_dir, error=e
        ) from e
    prune(backups_dir, keep, protect)
    return final


def to_thin(backups: list[Path], keep: int, protect: tuple[str, ...] = ()) -> list[Path]:
    """Which backups (newest first) thinning deletes: the newest `keep` stay, then the
    newest of each day (12 days), week (10 weeks) and month (9 months)."""
    keep_set = set(backups[: max(keep, 1)])
    seen: dict[str, int] = {"day": 0, "week": 0, "month": 0}
    buckets: set[tuple[str, object]] = set()
    limits = {"day": DAILY_KEEP, "week": WEEKLY_KEEP, "month": MONTHLY_KEEP}
    for p in backups:
        when = backup_time(p)
        if when is None:
            continue
        keys = {
            "day": when.date(),
            "week": when.isocalendar()[:2],
            "month": (when.year, when.month),
        }
        for kind, key in keys.items():
            if (kind, key) in buckets or seen[kind] >= limits[kind]:
                continue
            buckets.add((kind, key))
            seen[kind] += 1
            keep_set.add(p)
        if any(reason_of(p) == r for r in protect):
            keep_set.add(p)
    return [p for p in backups if p not in keep_set]


def prune(backups_dir: Path, keep: int, protect: tuple[str, ...] = ()) -> list[Path]:
    """Thin the backups (see `to_thin`); return what was deleted."""
    old = to_thin(list_backups(backups_dir), keep, protect)
    for p in old:
        _unlink_quietly(p)
    return old


def keep_aside(db_path: Path) -> Path | None:
    """Move a damaged database (and its -wal/-shm) to `<name>.damaged-<time>`."""
    if not db_path.exists():
        return None
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}-{n}")
    os.replace(db_path, aside)
    for suffix in SIDE_FILES:
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + suffix))
    return aside


def restore(backup: Path, db_path: Path, backups_dir: Path, keep: int) -> Path | None:
    """Replace the database at `db_path` (which must be closed) with `backup`.

    Returns where the previous database went: a new backup, a `.damaged-` file, or None.
    """
    if not check_file(backup):
        raise StoreError("store.backup_not_sound_sqlite", backup=backup)
    previous: Path | None = None
    if db_path.exists():
        if check_file(db_path):
            conn = sqlite3.connect(str(db_path))
            try:
                previous = make_backup(conn, backups_dir, "before-restore", keep + 1)
            finally:
                conn.close()
        else:
            previous = keep_aside(db_path)
    try:
        tmp = db_path.with_name(db_path.name + ".restore-tmp")
        shutil.copyfile(backup, tmp)
        _fsync(tmp)
        for suffix in SIDE_FILES:
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        os.replace(tmp, db_path)
        _fsync_dir(db_path.parent)
    except OSError as e:
        raise StoreWriteError("store.restoring_backup_failed", error=e) from e
    return previous


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    # Makes the rename durable on POSIX; directories cannot be opened on Windows.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        _fsync(path)


def _unlink_quietly(path: object) -> None:
    if isinstance(path, Path):
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
