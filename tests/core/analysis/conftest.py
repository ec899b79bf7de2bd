"""Fixtures of the analysis tests: a fresh engine per test over a temp cache file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hyvatkaytannot.core.analysis.engine import Engine


@pytest.fixture
def cache_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "analysis-cache.sqlite"


@pytest.fixture
def engine(cache_path: Path) -> Iterator[Engine]:
    e = Engine(cache_path)
    yield e
    e.close()
