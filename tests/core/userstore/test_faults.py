"""Issue 12, faults 1, 2 and 7: each ordinary fault with the real fault, and a before/after
dump of the user's tables showing that nothing was lost.

1. a lock held by another program, a full disk and a read-only folder are not damage: the
   file is never moved aside;
2. a set-aside file or an empty database never opens as an empty store in silence;
7. backups every 30 minutes of use and on quit, thinned, the pre-migration one kept.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from hyvatkaytannot.core.userstore import UserStore, recovery, restore_backup
from hyvatkaytannot.core.userstore import backup as _backup
from hyvatkaytannot.core.userstore import migrations as _mig
from hyvatkaytannot.core.userstore.errors import (
    DatabaseCorrupt,
    StoreBusy,
    StoreNeedsRecovery,
    StoreReadOnly,
    StoreWriteError,
)
from hyvatkaytannot.core.userstore.opening import DISK_FULL, start_empty


def _fill(s: UserStore) -> None:
    s.tag(["posio-yhteistyo", "orivesi-elinvoimapalvelut"], ["teema/elinvoima", "kesken"])
    s.add_annotation("posio-yhteistyo", "Posio on Lapissa.", 0, 5, "Tärkeä huomio")
    s.create_collection("Koulutus", case_ids=["posio-yhteistyo"])


def _cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HYVATKAYTANNOT_DATA_DIR": str(data)}
    return subprocess.run(
        [sys.executable, "-m", "hyvatkaytannot", "--no-bundled", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# -- 1. not damage ------------------------------------------------------------------------
def test_locked_database_is_in_use_not_damaged(tmp_path: Path, lock_holder, user_dump) -> None:
    data = tmp_path / "data"
    with UserStore.open(data / "user.db", data / "backups") as s:
        _fill(s)
    before = user_dump(data / "user.db")
    holder = lock_holder(data / "user.db")
    r = _cli(data, "tags")
    assert r.returncode != 0
    assert "toisen ohjelman käytössä" in r.stderr  # Finnish by default
    assert "Traceback" not in r.stderr
    assert (data / "user.db").exists() and not recovery.pending_aside(data / "user.db")
    with pytest.raises(StoreBusy):
        UserStore.open(data / "user.db", data / "backups")
    holder.stdin.close()
    holder.wait(timeout=10)
    # The other program's commit went into the real file, and the user's rows are all there.
    assert user_dump(data / "user.db") == before
    conn = sqlite3.connect(data / "user.db")
    assert conn.execute("SELECT count(*) FROM other_program").fetchone() == (1,)
    conn.close()
    r = _cli(data, "tags")
    assert r.returncode == 0 and "teema/elinvoima" in r.stdout


def test_full_disk_opens_read_only_and_refuses_writes(
    small_tmpfs: Path, user_dump, disk_filler
) -> None:
    db = small_tmpfs / "user.db"
    with UserStore.open(db, small_tmpfs / "backups") as s:
        _fill(s)
    shutil.rmtree(small_tmpfs / "backups")
    before = user_dump(db)
    disk_filler(small_tmpfs)
    with UserStore.open(db, small_tmpfs / "backups") as s:
        assert s.read_only == DISK_FULL
        assert "teema/elinvoima" in [t.path for t in s.tags()]  # reads keep working
        with pytest.raises(StoreReadOnly) as err:
            s.tag("posio-yhteistyo", "uusi")
        assert "täynnä" in err.value.fi and "full" in err.value.en
    assert db.exists() and not recovery.pending_aside(db)
    (small_tmpfs / "filler").unlink()
    assert user_dump(db) == before
    with UserStore.open(db, small_tmpfs / "backups") as s:
        assert s.read_only is None
        s.tag("posio-yhteistyo", "uusi")


def test_max_page_count_full_write_keeps_everything(tmp_path: Path, user_dump) -> None:
    db = tmp_path / "user.db"
    with UserStore.open(db, tmp_path / "b") as s:
        _fill(s)
        pages = s.db.conn.execute("PRAGMA page_count").fetchone()[0]
        s.db.conn.execute(f"PRAGMA max_page_count={pages}")
        with pytest.raises(StoreWriteError) as err:
            s.create_collection("Iso", "x" * 200_000)
        assert "täynnä" in err.value.fi and "disk is full" in err.value.en
        assert [c.title for c in s.collections()] == ["Koulutus"]
    assert not recovery.pending_aside(db)
    assert "Koulutus" in str(user_dump(db)["collections"])


def test_read_only_folder_works_read_only(tmp_path: Path, read_only_view, user_dump) -> None:
    data = tmp_path / "data"
    data.mkdir()
    lib = tmp_path / "lib"
    shutil.copytree(Path(__file__).parents[3] / "practices", lib)
    with UserStore.open(data / "user.db", data / "backups") as s:
        _fill(s)
    r = _cli(data, "--library", str(lib), "index")
    assert r.returncode == 0, r.stderr
    before, files = user_dump(data / "user.db"), _files(data)
    view = read_only_view(data)
    r = _cli(view, "--library", str(lib), "tags")
    assert r.returncode == 0 and "teema/elinvoima" in r.stdout
    assert "Vain luku" in r.stderr
    r = _cli(view, "--library", str(lib), "tag", "posio-yhteistyo", "uusi")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "Muutosta ei tallennettu" in r.stderr and "vain luku" in r.stderr
    r = _cli(view, "--library", str(lib), "search", "elinvoima")
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    assert "orivesi-elinvoimapalvelut" in r.stdout
    r = _cli(view, "--library", str(lib), "index", "--rebuild")
    assert "Traceback" not in r.stderr
    assert _files(data) == files and user_dump(data / "user.db") == before


def test_read_only_folder_without_index_searches_a_temporary_one(
    tmp_path: Path, read_only_view
) -> None:
    data = tmp_path / "data"
    with UserStore.open(data / "user.db", data / "backups") as s:
        _fill(s)
    lib = tmp_path / "lib"
    shutil.copytree(Path(__file__).parents[3] / "practices", lib)
    view = read_only_view(data)
    r = _cli(view, "--library", str(lib), "search", "elinvoima")
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    assert "orivesi-elinvoimapalvelut" in r.stdout and "väliaikaista" in r.stderr
    assert not (data / "index").exists()


def test_unprivileged_process_gets_read_only_not_damaged(user_dump) -> None:
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv is not installed")
    # Outside pytest's private (0700) temp folder, so that user 65534 can reach it.
    top = Path(tempfile.mkdtemp(prefix="hk-setpriv-"))
    top.chmod(0o755)
    try:
        _unprivileged(top, user_dump)
    finally:
        shutil.rmtree(top, ignore_errors=True)


def _unprivileged(tmp_path: Path, user_dump) -> None:
    data = tmp_path / "data"
    with UserStore.open(data / "user.db", data / "backups") as s:
        _fill(s)
    before = user_dump(data / "user.db")
    probe = subprocess.run(
        [
            "setpriv",
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            sys.executable,
            "-c",
            "import hyvatkaytannot",
        ],
        capture_output=True,
    )
    if probe.returncode != 0:
        pytest.skip("the app is not readable by an unprivileged user here")
    env = {**os.environ, "HYVATKAYTANNOT_DATA_DIR": str(data), "HOME": str(tmp_path)}
    r = subprocess.run(
        [
            "setpriv",
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            sys.executable,
            "-m",
            "hyvatkaytannot",
            "--no-bundled",
            "tags",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert "teema/elinvoima" in r.stdout and "Vain luku" in r.stderr
    assert not recovery.pending_aside(data / "user.db")
    assert user_dump(data / "user.db") == before


# -- 2. never start empty in silence ------------------------------------------------------
def _corrupt(db: Path) -> None:
    data = bytearray(db.read_bytes())
    for i in range(4096 * 2, min(len(data), 4096 * 4)):
        data[i] = 0x5A
    db.write_bytes(bytes(data))


def test_set_aside_file_blocks_until_the_user_chooses(tmp_path: Path, user_dump) -> None:
    data = tmp_path / "data"
    db = data / "user.db"
    with UserStore.open(db, data / "backups") as s:
        _fill(s)  # closing makes the "quit" backup
    backup_rows = user_dump(_backup.list_backups(data / "backups")[0])
    db.write_bytes(b"this is not a database" * 300)
    with pytest.raises(DatabaseCorrupt):
        UserStore.open(db, data / "backups")
    [aside] = recovery.pending_aside(db)
    # Every later start refuses too (no silent empty store), in the CLI with exit code 3.
    with pytest.raises(StoreNeedsRecovery):
        UserStore.open(db, data / "backups")
    r = _cli(data, "tags")
    assert r.returncode == 3
    assert str(aside) in r.stderr and "Uusin tarkistettu varmuuskopio" in r.stderr
    assert "3 tunnistetta, 1 muistiinpano)" in r.stderr  # plural forms
    assert "restore --start-empty" in r.stderr
    assert not db.exists()
    # Reading commands say so too; info and backup --list still work.
    assert _cli(data, "collections").returncode == 3
    info = _cli(data, "info")
    assert info.returncode == 0 and str(aside) in info.stdout
    listed = _cli(data, "backup", "--list")
    assert listed.returncode == 0 and "3 tunnistetta" in listed.stdout
    assert str(aside) in listed.stdout
    newest = recovery.choices(db, data / "backups").backup
    assert newest is not None
    r = _cli(data, "restore", str(newest.path))
    assert r.returncode == 0, r.stderr
    assert user_dump(db) == backup_rows
    assert _cli(data, "tags").returncode == 0
    assert aside.with_name(aside.name.replace(".damaged-", ".kept-")).exists()


def test_start_empty_keeps_the_set_aside_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    db = data / "user.db"
    with UserStore.open(db, data / "backups") as s:
        _fill(s)
    db.write_bytes(b"garbage" * 1000)
    with pytest.raises(DatabaseCorrupt):
        UserStore.open(db, data / "backups")
    r = _cli(data, "restore", "--start-empty")
    assert r.returncode == 0, r.stderr
    kept = list(data.glob("user.db.kept-*"))
    assert kept and kept[0].read_bytes().startswith(b"garbage")
    with UserStore.open(db, data / "backups") as s:
        assert s.tags() == []


def test_zero_byte_database_with_backups_is_not_opened_empty(tmp_path: Path) -> None:
    data = tmp_path / "data"
    db = data / "user.db"
    with UserStore.open(db, data / "backups") as s:
        _fill(s)
    db.write_bytes(b"")
    for side in ("-wal", "-shm"):
        db.with_name(db.name + side).unlink(missing_ok=True)
    r = _cli(data, "tags")
    assert r.returncode == 3 and "on tyhjä tai puuttuu" in r.stderr
    assert "3 tunnistetta, 1 muistiinpano)" in r.stderr  # plural forms
    assert db.stat().st_size == 0  # nothing was created over it
    start_empty(db, data / "backups", 10)
    assert list(data.glob("user.db.kept-*-empty"))


def test_salvage_offers_more_than_the_backup(tmp_path: Path, user_dump) -> None:
    data = tmp_path / "data"
    db = data / "user.db"
    with UserStore.open(db, data / "backups") as s:
        s.tag("a", "vanha")
        s.backup("manual")
        # Work after the backup: many links, so that the damage hits some pages only.
        s.tag([f"case-{i:04d}" for i in range(800)], ["uusi"])
        s.add_annotation("a", "teksti", 0, 6, "uusi huomio")
        s._changed_since_backup = False  # no backup on close: the newest one is older work
    pages = db.stat().st_size // 4096
    data_bytes = bytearray(db.read_bytes())
    # Damage one page in the middle of the case_tags table.
    mid = (pages // 2) * 4096
    data_bytes[mid : mid + 4096] = b"\x5a" * 4096
    db.write_bytes(bytes(data_bytes))
    with pytest.raises(DatabaseCorrupt) as err:
        UserStore.open(db, data / "backups")
    found = err.value.choices
    assert isinstance(found, recovery.Choices)
    assert found.salvaged is not None and found.salvage_is_better
    assert found.recommended() == found.salvaged.path
    assert "pelastettiin enemmän" in err.value.fi
    restore_backup(found.salvaged.path, db, data / "backups", 10)
    with UserStore.open(db, data / "backups") as s:
        assert "uusi" in [t.path for t in s.tags()] and s.annotations("a")


# -- 7. backups that keep up --------------------------------------------------------------
def test_backup_after_30_minutes_of_use_with_changes(tmp_path: Path) -> None:
    with UserStore.open(tmp_path / "user.db", tmp_path / "b") as s:
        s.tag("a", "x")
        assert s.maybe_backup() is None  # not yet 30 minutes
        assert s.maybe_backup(dt.timedelta(0)) is not None
        assert s.maybe_backup(dt.timedelta(0)) is None  # nothing changed since
        s.tag("a", "y")
        made = s.maybe_backup(dt.timedelta(0))
        assert made is not None and made.name.endswith("-interval.db")


def test_thinning_keeps_recent_dense_and_old_sparse() -> None:
    now = dt.datetime(2026, 12, 6, 12, tzinfo=dt.UTC)
    names = []
    for hours in range(0, 24 * 400, 6):  # a backup every 6 hours for 400 days
        when = now - dt.timedelta(hours=hours)
        names.append(Path(f"user-{when:%Y%m%dT%H%M%S}000000Z-interval.db"))
    gone = set(_backup.to_thin(names, keep=10))
    kept = [p for p in names if p not in gone]
    assert kept[:10] == names[:10]  # the newest ten all stay
    assert 25 <= len(kept) <= 10 + 12 + 10 + 9
    oldest = _backup.backup_time(kept[-1])
    assert oldest is not None and (now - oldest).days > 200  # months back still covered


def test_failed_migrations_keep_the_pre_migration_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "user.db"
    with UserStore.open(db, tmp_path / "b", keep_backups=2) as s:
        _fill(s)
    for i in range(4):
        with UserStore.open(db, tmp_path / "b", keep_backups=2) as s:
            s.tag("a", f"t{i}")
    migration_names = _mig.names()
    newest_before = _backup.list_backups(tmp_path / "b")[0]

    @_mig.MIGRATIONS(name="9999_broken")
    def _broken(db: object) -> None:
        raise sqlite3.OperationalError("boom")

    try:
        for _ in range(12):
            with pytest.raises(Exception, match="boom"):
                UserStore.open(db, tmp_path / "b", keep_backups=2)
        found = _backup.list_backups(tmp_path / "b")
        pre = [p for p in found if _backup.reason_of(p) == "before-9999_broken"]
        assert len(pre) == 1  # failed starts reuse it instead of rotating the rest out
        assert newest_before in found  # the newest work is still backed up
    finally:
        _mig.MIGRATIONS._migrations = [
            m for m in _mig.MIGRATIONS._migrations if m.name in migration_names
        ]
