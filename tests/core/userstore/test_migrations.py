"""Migrations: a fresh database is built by running them; each is transactional; a database
from a newer app version is refused with the file untouched; a backup before each one."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database, Migrations

from hyvatkaytannot.core.userstore import DatabaseTooNew, UserStore
from hyvatkaytannot.core.userstore import migrations as mig
from hyvatkaytannot.core.userstore.backup import check_file, list_backups
from hyvatkaytannot.core.userstore.db import configure_for_writing, connect

EXPECTED = [
    "0001_tags",
    "0002_annotations",
    "0003_collections",
    "0004_saved_searches",
    "0005_summary_in_text",
    "0006_highlight_colour",
]


def test_fresh_database_is_built_by_the_migrations(store: UserStore) -> None:
    assert mig.names() == EXPECTED
    assert mig.applied(store.db) == EXPECTED
    assert mig.pending(store.db) == []
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(EXPECTED)
    assert set(store.db.table_names()) >= {
        "tags",
        "case_tags",
        "annotations",
        "collections",
        "collection_items",
        "saved_searches",
        "_sqlite_migrations",
    }


def test_reopening_applies_nothing_and_keeps_data(db_path: Path, backups_dir: Path) -> None:
    with UserStore.open(db_path, backups_dir) as s:
        s.tag("a", "x")
    with UserStore.open(db_path, backups_dir) as s:
        assert s.tags_for_case("a") == ["x"]
        rows = s.db.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()[0]
        assert rows == len(EXPECTED)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_newer_database_is_refused_and_untouched(db_path: Path, backups_dir: Path) -> None:
    with UserStore.open(db_path, backups_dir) as s:
        s.tag("a", "x")
        s.db.conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
            [mig.MIGRATION_SET, "0099_from_the_future", "2030-01-01"],
        )
        s.db.conn.commit()
    before = _sha(db_path)
    backups_before = list_backups(backups_dir)
    with pytest.raises(DatabaseTooNew) as err:
        UserStore.open(db_path, backups_dir)
    assert err.value.unknown == ["0099_from_the_future"]
    assert "newer version" in str(err.value) and "uudempi" in err.value.fi
    assert _sha(db_path) == before
    assert list_backups(backups_dir) == backups_before


def test_each_migration_is_transactional(tmp_path: Path) -> None:
    extra = Migrations("test-set")

    @extra(name="m1")
    def m1(db: Database) -> None:
        db.table("one").create({"id": int}, pk="id")

    @extra(name="m2")
    def m2(db: Database) -> None:
        db.table("two").create({"id": int}, pk="id")
        db.table("two").insert({"id": 1})
        raise RuntimeError("boom halfway")

    db = connect(tmp_path / "t.db")
    configure_for_writing(db)
    with pytest.raises(RuntimeError):
        mig.apply(db, migrations=extra)
    # m1 committed on its own; m2 left nothing behind and stays pending.
    assert db.table("one").exists() and not db.table("two").exists()
    assert mig.applied(db, extra) == ["m1"] and mig.pending(db, extra) == ["m2"]
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    db.close()


def test_a_backup_is_made_before_each_pending_migration(db_path: Path, backups_dir: Path) -> None:
    # An "old app" database: only the first two migrations, with a user's tag in it.
    db_path.parent.mkdir(parents=True)
    db = connect(db_path)
    configure_for_writing(db)
    mig.MIGRATIONS.apply(db, stop_before="0003_collections")
    db.execute(
        "INSERT INTO tags (id, name, name_key, created, updated) VALUES "
        "('t1', 'vanha', 'vanha', 'x', 'x')"
    )
    db.close()
    with UserStore.open(db_path, backups_dir) as s:
        assert mig.applied(s.db) == EXPECTED
        assert s.tag_counts() == {"vanha": 0}
    names = sorted(p.name for p in list_backups(backups_dir))
    # No daily backup on top: the newest backup is minutes old.
    assert [n.split("Z-", 1)[1] for n in names] == [
        "before-0003_collections.db",
        "before-0004_saved_searches.db",
        "before-0005_summary_in_text.db",
        "before-0006_highlight_colour.db",
    ]
    first = sorted(list_backups(backups_dir), key=lambda p: p.name)[0]
    assert check_file(first)
    old = sqlite3.connect(first)
    try:
        tables = {r[0] for r in old.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "tags" in tables and "collections" not in tables
        assert old.execute("SELECT name FROM tags").fetchall() == [("vanha",)]
    finally:
        old.close()
