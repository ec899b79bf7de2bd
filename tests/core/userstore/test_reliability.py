"""The SQLite promises, tested: WAL, foreign keys, busy timeout, IMMEDIATE transactions,
and a clear `StoreWriteError` with the database unchanged on a full disk or a read-only
file or folder."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from hyvatkaytannot.core.userstore import StoreWriteError, UserStore
from hyvatkaytannot.core.userstore.db import BUSY_TIMEOUT_MS, write


def _dump(store: UserStore) -> list[str]:
    return list(store.db.conn.iterdump())


def test_pragmas(store: UserStore) -> None:
    q = store.db.execute
    assert q("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert q("PRAGMA foreign_keys").fetchone()[0] == 1
    assert q("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS
    assert q("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_writes_take_the_write_lock_up_front(store: UserStore, db_path: Path) -> None:
    other = sqlite3.connect(db_path, timeout=0)
    try:
        # Nothing written yet, but BEGIN IMMEDIATE already holds the write lock.
        with write(store.db), pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_busy_database_gives_a_clear_error_and_writes_nothing(
    store: UserStore, db_path: Path
) -> None:
    store.db.execute("PRAGMA busy_timeout=50")
    other = sqlite3.connect(db_path)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreWriteError, match="in use"):
            store.tag("a", "x")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert store.tag_counts() == {}
    store.tag("a", "x")
    assert store.tag_counts() == {"x": 1}


def test_a_failed_write_rolls_back_all_of_it(store: UserStore) -> None:
    store.tag("a", "x")
    before = _dump(store)
    with pytest.raises(RuntimeError), write(store.db):
        store.db.execute("DELETE FROM case_tags")
        raise RuntimeError("crash halfway")
    assert _dump(store) == before


def test_disk_full_raises_store_write_error_and_changes_nothing(store: UserStore) -> None:
    a = store.annotate_quote("c", "Yksi kaksi kolme neljä viisi.", "kolme", "lyhyt")
    before = _dump(store)
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    # SQLITE_FULL exactly as a full disk gives it: the file may not grow.
    store.db.execute(f"PRAGMA max_page_count={pages}")
    long_note = "Pitkä muistiinpano, jota käyttäjä kirjoitti tunnin. " * 4000
    with pytest.raises(StoreWriteError) as err:
        store.update_note(a.id, long_note)
    assert "full" in err.value.en and "täynnä" in err.value.fi
    with pytest.raises(StoreWriteError):
        store.tag([f"case-{i}" for i in range(3000)], ["iso"])
    assert _dump(store) == before
    assert store.integrity_check() == (True, "ok")
    # Space again: the same save goes through.
    store.db.execute("PRAGMA max_page_count=1073741823")
    assert store.update_note(a.id, long_note).note == long_note


def test_query_only_connection_gives_read_only_error(store: UserStore) -> None:
    store.tag("a", "x")
    before = _dump(store)
    store.db.execute("PRAGMA query_only=1")
    with pytest.raises(StoreWriteError) as err:
        store.create_collection("Uusi")
    assert "read-only" in err.value.en
    store.db.execute("PRAGMA query_only=0")
    assert _dump(store) == before


@contextmanager
def _unprivileged() -> Iterator[None]:
    """Run as a user the file permissions apply to (root ignores them)."""
    if os.geteuid() != 0:
        yield
        return
    os.setegid(65534)
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@pytest.fixture
def open_dir() -> Iterator[Path]:
    """A temp folder that the unprivileged user can enter (pytest's is private to root)."""
    base = Path(tempfile.mkdtemp(prefix="hk-userstore-"))
    base.chmod(0o777)
    try:
        yield base
    finally:
        for p in base.rglob("*"):
            if p.is_dir():
                p.chmod(0o755)
        shutil.rmtree(base)


def test_read_only_data_folder_gives_a_clear_error(open_dir: Path) -> None:
    data = open_dir / "data"
    data.mkdir()
    data.chmod(0o555)
    with _unprivileged(), pytest.raises(StoreWriteError) as err:
        UserStore.open(data / "user.db", data / "backups")
    assert "read-only" in err.value.en or "Cannot create" in err.value.en
    assert not (data / "user.db").exists()


def test_read_only_database_file_refuses_writes_and_keeps_data(open_dir: Path) -> None:
    data = open_dir / "data"
    with UserStore.open(data / "user.db", data / "backups") as s:
        s.tag("a", "x")
    (data / "backups").mkdir(exist_ok=True)
    for p in (data, data / "backups"):
        p.chmod(0o777)  # the folder is writable, only the file is not
    (data / "user.db").chmod(0o444)
    before = (data / "user.db").read_bytes()
    with _unprivileged():
        s = UserStore.open(data / "user.db", data / "backups")
        try:
            assert s.tags_for_case("a") == ["x"]  # reading still works
            with pytest.raises(StoreWriteError) as err:
                s.tag("b", "y")
            assert "read-only" in err.value.en and "vain luku" in err.value.fi
        finally:
            s.close()
    assert (data / "user.db").read_bytes() == before
