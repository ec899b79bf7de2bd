"""Never start empty in silence: the set-aside file, the backups and a salvage, as choices.

A damaged `user.db` is moved aside as `user.db.damaged-<time>`. While such a file waits for
the user's decision, or while `user.db` is empty or missing although backups exist, the store
refuses to open (`StoreNeedsRecovery`): an empty tag list would look like lost work. The
user chooses `restore FILE` (a backup or the salvage) or `restore --start-empty`; both turn
the waiting `.damaged-` files into `.kept-` files (kept, never deleted, no longer blocking).

Salvage reads a damaged file table by table (forwards until the first unreadable page, then
backwards from the end), so rows on either side of the damage are kept; the result is a
fresh, verified database `user.db.salvaged-<time>`, offered when it holds more than the
newest backup.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from hyvatkaytannot.core.messages import UserMessage, message
from hyvatkaytannot.core.userstore import backup as _backup
from hyvatkaytannot.core.userstore.errors import StoreNeedsRecovery

DAMAGED = ".damaged-"
KEPT = ".kept-"
SALVAGED = ".salvaged-"
# The user's tables, parents before children (foreign keys are off while copying anyway).
USER_TABLES = (
    "tags",
    "case_tags",
    "annotations",
    "collections",
    "collection_items",
    "saved_searches",
)


@dataclass(frozen=True)
class Summary:
    """A database file the user can choose, with what it holds."""

    path: Path
    when: dt.datetime | None
    tags: int
    notes: int

    def describe(self) -> UserMessage:
        """The file, its date and what it holds: "user.db (2026-12-07 10:00; 6 tags, 4 notes)"."""
        return message(
            "store.file_summary",
            path=self.path,
            when=_when(self.when),
            tags=message("store.n_tags", self.tags),
            notes=message("store.n_notes", self.notes),
        )


@dataclass
class Choices:
    """What the user can choose between when the store refuses to open."""

    db_path: Path
    aside: list[Path] = field(default_factory=list)
    backup: Summary | None = None
    salvaged: Summary | None = None
    empty_db: bool = False

    @property
    def salvage_is_better(self) -> bool:
        if self.salvaged is None:
            return False
        if self.backup is None:
            return self.salvaged.tags + self.salvaged.notes > 0
        return (self.salvaged.tags, self.salvaged.notes) > (self.backup.tags, self.backup.notes)

    def message(self) -> list[UserMessage]:
        """The sentences telling what was found and what the user can do."""
        parts = [message("store.recovery_not_opened")]
        parts += [message("store.recovery_set_aside", path=p) for p in self.aside]
        if self.empty_db:
            parts.append(message("store.recovery_empty", path=self.db_path))
        if self.backup is not None:
            parts.append(message("store.recovery_newest_backup", backup=self.backup.describe()))
        else:
            parts.append(message("store.recovery_no_backup"))
        if self.salvaged is not None and self.salvage_is_better:
            parts.append(message("store.recovery_salvaged_more", salvaged=self.salvaged.describe()))
        best = self.recommended()
        if best:
            parts.append(message("store.recovery_restore_or_empty", path=best))
        else:
            parts.append(message("store.recovery_start_empty"))
        return parts

    def recommended(self) -> Path | None:
        if self.salvage_is_better and self.salvaged is not None:
            return self.salvaged.path
        return self.backup.path if self.backup is not None else None


def _when(when: dt.datetime | None) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M") if when else "?"


def pending_aside(db_path: Path) -> list[Path]:
    """Set-aside damaged files still waiting for the user's decision (oldest first)."""
    prefix = db_path.name + DAMAGED
    found = [
        p
        for p in db_path.parent.glob(prefix + "*")
        if not p.name.endswith(_backup.SIDE_FILES) and p.is_file()
    ]
    return sorted(found)


def _open_ro(path: Path) -> sqlite3.Connection:
    # immutable: no -shm/-wal is created, so this works in a read-only folder too.
    uri = "file:" + urllib.parse.quote(path.resolve().as_posix()) + "?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True)


def counts(path: Path) -> tuple[int, int]:
    """(tags, notes) in a database file; what cannot be read counts as 0."""
    out = []
    try:
        conn = _open_ro(path)
    except sqlite3.Error:
        return 0, 0
    try:
        for table in ("tags", "annotations"):
            try:
                out.append(int(conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]))
            except sqlite3.Error:
                out.append(0)
    finally:
        conn.close()
    return out[0], out[1]


def summarise(path: Path, when: dt.datetime | None = None) -> Summary:
    tags, notes = counts(path)
    if when is None:
        with contextlib.suppress(OSError):
            when = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    return Summary(path, when, tags, notes)


def newest_salvage(db_path: Path) -> Path | None:
    found = sorted(db_path.parent.glob(db_path.name + SALVAGED + "*"))
    found = [p for p in found if not p.name.endswith(_backup.SIDE_FILES)]
    return found[-1] if found else None


def choices(db_path: Path, backups_dir: Path) -> Choices:
    good = _backup.newest_good_backup(backups_dir)
    salvage = newest_salvage(db_path)
    return Choices(
        db_path=db_path,
        aside=pending_aside(db_path),
        backup=summarise(good, _backup.backup_time(good)) if good else None,
        salvaged=summarise(salvage) if salvage else None,
        empty_db=not db_path.exists() or db_path.stat().st_size == 0,
    )


def refuse_if_pending(db_path: Path, backups_dir: Path) -> None:
    """Raise `StoreNeedsRecovery` instead of opening an empty store over the user's work."""
    aside = pending_aside(db_path)
    empty = not db_path.exists() or db_path.stat().st_size == 0
    if not aside and not (empty and _backup.list_backups(backups_dir)):
        return
    found = choices(db_path, backups_dir)
    raise StoreNeedsRecovery(found.message(), found)


def acknowledge(db_path: Path) -> list[Path]:
    """The user chose: `.damaged-` files become `.kept-` files (kept, no longer blocking)."""
    kept = []
    for p in pending_aside(db_path):
        target = p.with_name(p.name.replace(DAMAGED, KEPT, 1))
        p.replace(target)
        for suffix in _backup.SIDE_FILES:
            side = p.with_name(p.name + suffix)
            if side.exists():
                side.replace(target.with_name(target.name + suffix))
        kept.append(target)
    # A zero-length user.db holds nothing, but it is kept too: nothing is deleted.
    if db_path.exists() and db_path.stat().st_size == 0:
        target = db_path.with_name(db_path.name + KEPT + _stamp() + "-empty")
        db_path.replace(target)
        kept.append(target)
    return kept


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def salvage(damaged: Path, db_path: Path) -> Path | None:
    """Copy every readable row of `damaged` into a fresh database beside `db_path`.

    Returns the salvaged file, or None when nothing could be read (or nothing written).
    """
    from hyvatkaytannot.core.userstore import migrations as _mig
    from hyvatkaytannot.core.userstore.db import connect, integrity_ok

    target = db_path.with_name(db_path.name + SALVAGED + _stamp())
    tmp = target.with_name(target.name + ".tmp")
    try:
        src = _open_ro(damaged)
    except sqlite3.Error:
        return None
    rows_copied = 0
    try:
        tmp.unlink(missing_ok=True)
        out = connect(tmp)
        try:
            _mig.apply(out)
            out.conn.execute("PRAGMA foreign_keys=OFF")
            for table in USER_TABLES:
                if not out.table(table).exists():
                    continue
                cols = [c.name for c in out.table(table).columns]
                for row in _readable_rows(src, table, cols):
                    marks = ", ".join("?" for _ in cols)
                    names = ", ".join(f"[{c}]" for c in cols)
                    out.conn.execute(
                        f"INSERT OR IGNORE INTO [{table}] ({names}) VALUES ({marks})", row
                    )
                    rows_copied += 1
            out.conn.commit()
            ok, _ = integrity_ok(out.conn)
        finally:
            out.close()
        if not ok or rows_copied == 0:
            tmp.unlink(missing_ok=True)
            return None
        tmp.replace(target)
        return target
    except (sqlite3.Error, OSError):
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        return None
    finally:
        src.close()


def _readable_rows(src: sqlite3.Connection, table: str, cols: list[str]) -> list[tuple]:
    """Rows before the first unreadable page, then rows after the last one (by rowid)."""
    names = ", ".join(f"[{c}]" for c in cols)
    rows: dict[int, tuple] = {}
    for order in ("ASC", "DESC"):
        try:
            cur = src.execute(f"SELECT rowid, {names} FROM [{table}] ORDER BY rowid {order}")
            while True:
                batch = cur.fetchmany(500)
                if not batch:
                    break
                for r in batch:
                    rows.setdefault(int(r[0]), tuple(r[1:]))
        except sqlite3.Error:
            continue
    return [rows[k] for k in sorted(rows)]
