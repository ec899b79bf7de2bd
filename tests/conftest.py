"""Shared test setup. The Qt platform is chosen here, before any QApplication exists."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never touch the user's real data: each test that needs one gets a temp data dir.
os.environ.pop("HYVATKAYTANNOT_DATA_DIR", None)

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def _finnish_core_text():  # type: ignore[no-untyped-def]
    """Core text (problems, notices) speaks Finnish unless a test chooses; a CLI or GUI run
    in another language in one test must not carry over to the next."""
    from hyvatkaytannot.core.i18n import set_language

    set_language("fi")
    yield
    set_language("fi")


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "data"
    monkeypatch.setenv("HYVATKAYTANNOT_DATA_DIR", str(d))
    return d


# -- real faults (tests run as root: chmod alone blocks nothing) ----------------------------
# A second process holding a SQLite database with locking_mode=EXCLUSIVE after a write.
_HOLDER = """
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA locking_mode=EXCLUSIVE")
c.execute("BEGIN IMMEDIATE")
c.execute("CREATE TABLE IF NOT EXISTS other_program(x)")
c.execute("INSERT INTO other_program VALUES (1)")
c.execute("COMMIT")
print("held", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def lock_holder():
    """`lock_holder(path)` starts the holder; it is released when the test ends."""
    import subprocess
    import sys

    procs: list[subprocess.Popen[str]] = []

    def start(path: Path) -> subprocess.Popen[str]:
        p = subprocess.Popen(
            [sys.executable, "-c", _HOLDER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        procs.append(p)
        assert p.stdout is not None and p.stdout.readline().strip() == "held"
        return p

    yield start
    for p in procs:
        if p.poll() is None:
            assert p.stdin is not None
            p.stdin.close()
            p.wait(timeout=10)


def _run(*cmd: str) -> bool:
    import subprocess

    return subprocess.run(cmd, capture_output=True).returncode == 0


@pytest.fixture
def small_tmpfs(tmp_path: Path):
    """A 2 MiB tmpfs; skipped where mounting is not permitted."""
    mnt = tmp_path / "tmpfs"
    mnt.mkdir()
    if not _run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mnt)):
        pytest.skip("mounting a tmpfs is not permitted here")
    yield mnt
    _run("umount", "-l", str(mnt))


@pytest.fixture
def read_only_view(tmp_path: Path):
    """`read_only_view(folder)` gives a read-only bind mount of `folder`; skipped where
    mounting is not permitted."""
    mounts: list[Path] = []

    def make(folder: Path) -> Path:
        view = tmp_path / f"ro-{len(mounts)}"
        view.mkdir()
        if not _run("mount", "--bind", str(folder), str(view)):
            pytest.skip("bind mounts are not permitted here")
        mounts.append(view)
        if not _run("mount", "-o", "remount,ro,bind", str(view)):
            pytest.skip("read-only remounts are not permitted here")
        return view

    yield make
    for view in reversed(mounts):
        _run("umount", "-l", str(view))


def fill_disk(folder: Path) -> None:
    """Fill the file system of `folder` to the last byte."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        for size in (65536, 4096, 512, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                pass
    finally:
        os.close(fd)


def dump_user_tables(db_file: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the user's tables, read without writing anything (for before/after)."""
    import sqlite3
    import urllib.parse

    uri = "file:" + urllib.parse.quote(str(db_file)) + "?mode=ro&immutable=1"
    conn = sqlite3.connect(uri, uri=True)
    try:
        out = {}
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT IN ('_sqlite_migrations', 'other_program') ORDER BY name"
        ):
            out[name] = sorted(conn.execute(f"SELECT * FROM [{name}]").fetchall(), key=repr)
        return out
    finally:
        conn.close()


@pytest.fixture
def user_dump():
    return dump_user_tables


@pytest.fixture
def disk_filler():
    return fill_disk
