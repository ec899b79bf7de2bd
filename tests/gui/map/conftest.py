"""Map tests: the shapes are built once per session (they are shared process-wide anyway)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from hyvatkaytannot.gui.map.shapes import MapShapes, map_shapes


@pytest.fixture(scope="session")
def shapes(qapp: QApplication) -> MapShapes:
    return map_shapes()
