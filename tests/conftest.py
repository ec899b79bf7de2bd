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


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "data"
    monkeypatch.setenv("HYVATKAYTANNOT_DATA_DIR", str(d))
    return d
