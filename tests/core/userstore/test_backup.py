"""Backups (SQLite backup API, verified, pruned, daily), corruption kept aside with the
newest good backup offered, and restore removing a stale -wal/-shm first."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from hyvatkaytannot.core.userstore import DatabaseCorrupt, StoreError, UserStore, restore_backup
from hyvatkaytannot.core.userstore.backup import check_file, newest_good_backup


def test_backup_is_a_verified_copy(store: UserStore) -> None:
    store.tag("a", "x")
    path = store.backup()
    assert path.parent == store.backups_dir and path.name.endswith("-manual.db")
    assert check_file(path)
    copy = sqlite3.connect(path)
    try:
        assert copy.execute("SELECT case_id FROM case_tags").fetchall() == [("a",)]
    finally:
        copy.close()
    assert not list(store.backups_dir.glob("*.tmp"))


def test_only_the_newest_n_are_kept(store: UserStore) -> None:
    made = [store.backup(f"b{i}") for i in range(8)]
    kept = store.backups()
    assert len(kept) == store.keep_backups == 5
    assert kept == list(reversed(made[-5:]))


def test_daily_backup_only_once_a_day(db_path: Path, backups_dir: Path) -> None:
    with UserStore.open(db_path, backups_dir) as s:
        assert s.backups() == []  # a fresh, empty database has nothing to protect
        s.tag("a", "x")
    # Closing after a change made a verified backup: no daily one is due now.
    with UserStore.open(db_path, backups_dir) as s:
        [quit_backup] = s.backups()
        assert quit_backup.name.endswith("-quit.db")
    with UserStore.open(db_path, backups_dir) as s:
        assert s.backups() == [quit_backup]  # nothing changed: no backup on close
        # A day later: rename the backup to yesterday's time.
        old = quit_backup.with_name("user-20000101T000000000000Z-quit.db")
        quit_backup.rename(old)
        daily = s.maybe_daily_backup()
        assert daily is not None and daily.name.endswith("-daily.db")
        assert len(s.backups()) == 2


def test_failed_daily_backup_does_not_stop_the_store(db_path: Path, tmp_path: Path) -> None:
    with UserStore.open(db_path, tmp_path / "b") as s:
        s.tag("a", "x")
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the backups folder should be")
    with UserStore.open(db_path, blocker) as s:
        assert isinstance(s.backup_error, StoreError)
        s.tag("b", "y")
        assert s.tag_counts() == {"x": 1, "y": 1}


def _garbage(path: Path) -> None:
    path.write_bytes(b"this is not a database at all" * 200)


def test_corrupt_database_is_kept_aside_and_backup_offered(
    db_path: Path, backups_dir: Path
) -> None:
    with UserStore.open(db_path, backups_dir) as s:
        s.tag("a", "x")
        good = s.backup()
    _garbage(db_path)
    with pytest.raises(DatabaseCorrupt) as err:
        UserStore.open(db_path, backups_dir)
    e = err.value
    assert e.backup == good
    assert e.damaged_path is not None and e.damaged_path.name.startswith("user.db.damaged-")
    assert e.damaged_path.read_bytes().startswith(b"this is not a database")
    assert not db_path.exists()
    # The offered backup restores the user's work.
    restore_backup(good, db_path, backups_dir, 5)
    with UserStore.open(db_path, backups_dir) as s:
        assert s.tags_for_case("a") == ["x"]


def test_damaged_pages_are_detected(db_path: Path, backups_dir: Path) -> None:
    with UserStore.open(db_path, backups_dir) as s:
        s.tag([f"case-{i}" for i in range(300)], ["x", "y"])
    shutil.rmtree(backups_dir)  # the backup made on close: this test is about having none
    data = bytearray(db_path.read_bytes())
    page = 4096
    for i in range(page * 2, min(len(data), page * 6)):
        data[i] = 0x5A
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorrupt) as err:
        UserStore.open(db_path, backups_dir)
    assert err.value.backup is None and "no good backup" in err.value.en


def test_newest_good_backup_skips_damaged_ones(store: UserStore) -> None:
    good = store.backup("good")
    bad = store.backup("bad")
    _garbage(bad)
    assert newest_good_backup(store.backups_dir) == good


def test_restore_removes_stale_wal_and_shm(db_path: Path, backups_dir: Path) -> None:
    with UserStore.open(db_path, backups_dir) as s:
        s.tag("a", "before")
        backup = s.backup()
    # A crash leaves a -wal full of later commits next to the database.
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("INSERT INTO case_tags (case_id, tag_id, added) SELECT 'z', id, 'x' FROM tags")
    conn.commit()
    stale_wal = db_path.with_name("user.db-wal").read_bytes()
    conn.close()
    assert stale_wal
    # The database file itself is gone (deleted by hand, lost) but its -wal/-shm are not:
    # replayed onto the restored file they would bring back rows it never had.
    db_path.unlink()
    db_path.with_name("user.db-wal").write_bytes(stale_wal)
    db_path.with_name("user.db-shm").write_bytes(b"\0" * 32768)
    restore_backup(backup, db_path, backups_dir, 5)
    assert not db_path.with_name("user.db-wal").exists()
    assert not db_path.with_name("user.db-shm").exists()
    with UserStore.open(db_path, backups_dir) as s:
        assert s.cases_with_tag("before") == ["a"]
        assert s.integrity_check() == (True, "ok")


def test_store_restore_keeps_the_current_db_as_a_backup(store: UserStore) -> None:
    store.tag("a", "vanha")
    backup = store.backup()
    store.tag("b", "uusi")
    previous = store.restore(backup)
    assert store.tag_counts() == {"vanha": 1}
    assert previous is not None and check_file(previous)
    # The restore itself can be undone from the backup it made.
    store.restore(previous)
    assert store.tag_counts() == {"uusi": 1, "vanha": 1}


def test_restore_refuses_a_bad_file(store: UserStore, tmp_path: Path) -> None:
    store.tag("a", "x")
    bad = tmp_path / "bad.db"
    _garbage(bad)
    with pytest.raises(StoreError):
        store.restore(bad)
    assert store.tag_counts() == {"x": 1}
