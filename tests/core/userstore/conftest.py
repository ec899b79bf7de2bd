"""Fixtures for the user store tests: a real SQLite file in a temp data dir per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hyvatkaytannot.core.userstore import UserStore


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "user.db"


@pytest.fixture
def backups_dir(tmp_path: Path) -> Path:
    return tmp_path / "data" / "backups"


@pytest.fixture
def store(db_path: Path, backups_dir: Path) -> Iterator[UserStore]:
    s = UserStore.open(db_path, backups_dir, keep_backups=5)
    yield s
    s.close()
