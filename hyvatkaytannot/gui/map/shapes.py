"""Projected outlines as QPainterPaths, built once and shared by every map widget.

Map coordinates are kilometres of ETRS-TM35FIN with the y axis flipped (y = −northing), so
that Qt's y-down device space shows north up without a mirrored transform. The paths are
built from `core.geo.load_geo()` (GeoJSON read + projection, ~80 ms) either synchronously on
first use (`map_shapes()`, presentation and tests) or in the thread pool (`preload()`, the
main window at start), so the GUI thread never waits for it. QPainterPath is reentrant:
building it in a worker and handing it to the GUI thread is safe.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPointF, QRectF, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QPainterPath

from hyvatkaytannot.core import geo


@dataclass(frozen=True)
class Shape:
    code: str
    name: str  # Finnish: what filters and cases use
    path: QPainterPath
    label: QPointF
    region_code: str | None = None
    name_sv: str = ""

    def shown_name(self, language: str) -> str:
        """The name drawn and named on the map: Swedish in a Swedish UI, else Finnish."""
        return self.name_sv if language == "sv" and self.name_sv else self.name


@dataclass(frozen=True)
class MapShapes:
    regions: dict[str, Shape]
    municipalities: dict[str, Shape]
    bounds: QRectF
    build_ms: float

    def region_by_name(self, name: str) -> Shape | None:
        code = geo.region_code(name)
        return self.regions.get(code) if code else None

    def municipality_by_name(self, name: str) -> Shape | None:
        code = geo.municipality_code(name)
        return self.municipalities.get(code) if code else None


def _to_map(p: geo.Point) -> QPointF:
    return QPointF(p[0] / 1000.0, -p[1] / 1000.0)


def _path(area: geo.Area) -> QPainterPath:
    path = QPainterPath()
    # Odd-even fill makes holes (lakes, enclaves) holes whatever their winding in the data.
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for polygon in area.polygons:
        for ring in polygon:
            path.moveTo(_to_map(ring[0]))
            for p in ring[1:]:
                path.lineTo(_to_map(p))
            path.closeSubpath()
    return path


def _shapes(areas: dict[str, geo.Area]) -> dict[str, Shape]:
    return {
        code: Shape(code, a.name_fi, _path(a), _to_map(a.label), a.region_code, a.name_sv)
        for code, a in areas.items()
    }


def build_shapes() -> MapShapes:
    start = time.perf_counter()
    data = geo.load_geo()
    geo.region_names()  # warms the reference-data caches off the GUI thread too
    regions = _shapes(data.regions)
    municipalities = _shapes(data.municipalities)
    min_e, min_n, max_e, max_n = data.bbox
    bounds = QRectF(min_e / 1000, -max_n / 1000, (max_e - min_e) / 1000, (max_n - min_n) / 1000)
    ms = (time.perf_counter() - start) * 1000
    return MapShapes(regions, municipalities, bounds, ms)


_lock = threading.Lock()
_cached: MapShapes | None = None


def map_shapes() -> MapShapes:
    """The shared shapes; builds them here if no preload has finished yet."""
    global _cached
    with _lock:
        if _cached is None:
            _cached = build_shapes()
        return _cached


def loaded_shapes() -> MapShapes | None:
    return _cached


class _Relay(QObject):
    """Lives in the GUI thread; the worker's emit is queued to `_deliver` there."""

    done = Signal(object)

    def __init__(self, callback: Callable[[MapShapes], None]) -> None:
        super().__init__()
        self._callback = callback
        self.done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _deliver(self, shapes: object) -> None:
        _relays.remove(self)
        assert isinstance(shapes, MapShapes)
        self._callback(shapes)


class _Job(QRunnable):
    def __init__(self, relay: _Relay) -> None:
        super().__init__()
        self._relay = relay

    def run(self) -> None:
        shapes = map_shapes()
        try:
            self._relay.done.emit(shapes)
        except RuntimeError:
            # The app quit while the shapes were being built (a start that is closed at
            # once): the relay is gone and nobody is left to show them.
            return


_relays: list[_Relay] = []  # keeps each relay alive until it has delivered


def preload(callback: Callable[[MapShapes], None]) -> None:
    """Call `callback(shapes)` on the GUI thread once the shapes exist (built off-thread)."""
    if _cached is not None:
        callback(_cached)
        return
    relay = _Relay(callback)
    _relays.append(relay)
    QThreadPool.globalInstance().start(_Job(relay))
