"""The map widgets: `MapWidget` (a picture, for presentation mode) and `InteractiveMap`.

`MapWidget(counts, highlight=…)` only paints: counts per region (by code or by Finnish name,
or the search's region facet as (name, count) pairs), an optional highlight, the legend and
the attribution line under the map. `InteractiveMap` adds hover tooltips ("Lappi: 2
tapausta"), clicks (`regionClicked(name)` / `municipalityClicked(name)`), zoom with the
wheel or +/−/0 and panning by dragging or with the arrow keys. From about twice the
whole-country scale it shows and picks municipalities instead of regions.

The outlines come from the shared `shapes` cache. A widget that is told `preload=True`
paints a "loading" line until the worker thread has built them; otherwise the first paint
builds them (~0.1 s), which is what tests and a presentation want.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import shiboken6
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from hyvatkaytannot.core.geo import ATTRIBUTION, count_by_region, municipality_code, region_code
from hyvatkaytannot.gui.i18n import current_language
from hyvatkaytannot.gui.map import shapes as shapes_mod
from hyvatkaytannot.gui.map.painter import (
    MapPainter,
    MapState,
    cases_text,
    normalise_counts,
)
from hyvatkaytannot.gui.map.shapes import MapShapes, Shape

Counts = Mapping[str, int] | Iterable[tuple[str, int]]


class MapWidget(QWidget):
    """A non-interactive choropleth of Finland's regions; embed it anywhere."""

    def __init__(
        self,
        counts: Counts | None = None,
        highlight: str | Iterable[str] | None = None,
        municipality_counts: Counts | None = None,
        parent: QWidget | None = None,
        *,
        show_attribution: bool = True,
        show_legend: bool = True,
        preload: bool = False,
    ) -> None:
        super().__init__(parent)
        self.state = MapState(show_legend=show_legend)
        self._raw_counts: tuple[Counts | None, Counts | None] = (counts, municipality_counts)
        self._raw_highlight = highlight
        self._show_attribution = show_attribution
        self._painter: MapPainter | None = None
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.setMinimumSize(160, 220)
        self._waiting = preload and shapes_mod.loaded_shapes() is None
        if preload:
            shapes_mod.preload(self._shapes_ready_if_alive)
        elif shapes_mod.loaded_shapes() is not None:
            self._shapes_ready(shapes_mod.map_shapes())

    @classmethod
    def for_cases(
        cls,
        cases: Iterable[object],
        highlight: str | Iterable[str] | None = None,
        parent: QWidget | None = None,
    ) -> MapWidget:
        """A map of these cases (Case objects, search hits or dicts with `municipalities` and
        `regions`), e.g. a collection in presentation mode. Each case counts once per region."""
        return cls(count_by_region(cases), highlight=highlight, parent=parent)

    # -- data ------------------------------------------------------------------------------
    @property
    def shapes(self) -> MapShapes | None:
        return self._painter.shapes if self._painter else None

    def _shapes_ready_if_alive(self, shapes: MapShapes) -> None:
        # The widget may have been closed and deleted while the worker was building.
        if shiboken6.isValid(self):
            self._shapes_ready(shapes)

    def _shapes_ready(self, shapes: MapShapes) -> None:
        self._waiting = False
        self._painter = MapPainter(shapes)
        self._apply()
        self.update()

    def _ensure_shapes(self) -> MapPainter | None:
        """The painter; without a preload in flight, the first paint builds the shapes."""
        if self._painter is None and not (self._waiting and shapes_mod.loaded_shapes() is None):
            self._shapes_ready(shapes_mod.map_shapes())
        return self._painter

    def _apply(self) -> None:
        if self._painter is None:
            return
        s = self._painter.shapes
        counts, municipal = self._raw_counts
        self.state.region_counts = normalise_counts(counts, s.regions, region_code)
        self.state.municipality_counts = normalise_counts(
            municipal, s.municipalities, municipality_code
        )
        hl = self._raw_highlight
        names = [hl] if isinstance(hl, str) else list(hl or [])
        codes: set[str] = set()
        for name in names:
            shape = (
                s.regions.get(name)
                or s.municipalities.get(name)
                or s.region_by_name(name)
                or s.municipality_by_name(name)
            )
            if shape is not None:
                codes.add(shape.code)
        self.state.highlight = codes

    def set_counts(self, counts: Counts | None, municipality_counts: Counts | None = None) -> None:
        """Region counts (and municipality counts for the zoomed-in view), by code or name."""
        self._raw_counts = (counts, municipality_counts)
        self._apply()
        self.update()

    def set_highlight(self, highlight: str | Iterable[str] | None) -> None:
        self._raw_highlight = highlight
        self._apply()
        self.update()

    def count_for(self, shape: Shape) -> int:
        counts = self.state.municipality_counts if shape.region_code else self.state.region_counts
        return counts.get(shape.code, 0)

    # -- painting --------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(380, 600)

    def _attribution_font(self) -> QFont:
        f = QFont(self.font())
        f.setPointSizeF(max(6.5, f.pointSizeF() * 0.8))
        return f

    def map_rect(self) -> QRectF:
        rect = QRectF(self.rect())
        if self._show_attribution:
            metrics = QFontMetricsF(self._attribution_font())
            text = metrics.boundingRect(
                rect.adjusted(6, 0, -6, 0), Qt.TextFlag.TextWordWrap, ATTRIBUTION
            )
            rect.setBottom(rect.bottom() - text.height() - 6)
        return rect

    def map_transform(self) -> QTransform | None:
        """Map kilometres → widget pixels, exactly as painted (None until shapes exist)."""
        painter = self._ensure_shapes()
        if painter is None:
            return None
        return painter.transform_for(self.map_rect(), self.font(), self.state)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        map_painter = self._ensure_shapes()
        rect = self.map_rect()
        if map_painter is None:
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("Loading the map…"))
        else:
            map_painter.paint(painter, rect, self.palette(), self.state)
        if self._show_attribution:
            painter.setFont(self._attribution_font())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            bottom = QRectF(6, rect.bottom() + 3, self.width() - 12, self.height() - rect.bottom())
            painter.drawText(bottom, int(Qt.TextFlag.TextWordWrap), ATTRIBUTION)
        painter.end()


class InteractiveMap(MapWidget):
    """The map in the main window: hover, click to filter, zoom and pan."""

    regionClicked = Signal(str)
    municipalityClicked = Signal(str)

    MAX_ZOOM = 12.0

    def __init__(self, parent: QWidget | None = None, *, preload: bool = True) -> None:
        super().__init__(parent=parent, show_attribution=False, preload=preload)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Map of cases by region"))
        self.setAccessibleDescription(
            self.tr("Click a region to filter by it; +/- zoom; the list beside it does the same.")
        )
        self._press: QPoint | None = None
        self._dragging = False

    def shape_at(self, pos: QPointF) -> Shape | None:
        t = self.map_transform()
        if t is None or self._painter is None:
            return None
        return self._painter.shape_at(t, pos)

    def tooltip_for(self, shape: Shape) -> str:
        return f"{shape.shown_name(current_language())}: {cases_text(self.count_for(shape))}"

    def point_of(self, code: str) -> QPointF | None:
        """Device position of a region's or municipality's label point (tests, a11y)."""
        t = self.map_transform()
        if t is None or self._painter is None:
            return None
        s = self._painter.shapes
        shape = s.regions.get(code) or s.municipalities.get(code)
        return t.map(shape.label) if shape else None

    # -- zoom and pan ----------------------------------------------------------------------
    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        t = self.map_transform()
        if t is None or self._painter is None:
            return
        anchor = anchor or QRectF(self.map_rect()).center()
        before = t.inverted()[0].map(anchor)
        zoom = min(self.MAX_ZOOM, max(1.0, self.state.zoom * factor))
        if zoom == 1.0:
            self.state.zoom, self.state.centre = 1.0, None
        else:
            centre = self.state.centre or self._painter.shapes.bounds.center()
            self.state.zoom, self.state.centre = zoom, centre
            transform = self.map_transform()
            assert transform is not None  # shapes exist: they were just painted
            after = transform.inverted()[0].map(anchor)
            self.state.centre = centre + (before - after)
        self.update()

    def pan_by(self, dx: float, dy: float) -> None:
        t = self.map_transform()
        if t is None or self.state.zoom == 1.0:
            return
        assert self.state.centre is not None
        self.state.centre = self.state.centre - QPointF(dx / t.m11(), dy / t.m22())
        self.update()

    def reset_view(self) -> None:
        self.state.zoom, self.state.centre = 1.0, None
        self.update()

    # -- events ----------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.25**steps, event.position())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        step = 40.0
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.5)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / 1.5)
        elif key == Qt.Key.Key_0:
            self.reset_view()
        elif key == Qt.Key.Key_Left:
            self.pan_by(step, 0)
        elif key == Qt.Key.Key_Right:
            self.pan_by(-step, 0)
        elif key == Qt.Key.Key_Up:
            self.pan_by(0, step)
        elif key == Qt.Key.Key_Down:
            self.pan_by(0, -step)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self._dragging = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            delta = pos.toPoint() - self._press
            if self._dragging or delta.manhattanLength() > 4:
                self._dragging = True
                self.pan_by(delta.x(), delta.y())
                self._press = pos.toPoint()
                return
        shape = self.shape_at(pos)
        code = shape.code if shape else None
        if code != self.state.hover:
            self.state.hover = code
            self.update()
            if shape is not None:
                QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_for(shape), self)
            else:
                QToolTip.hideText()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            was_drag = self._dragging
            self._press, self._dragging = None, False
            if not was_drag:
                shape = self.shape_at(event.position())
                if shape is not None:
                    if shape.region_code:
                        self.municipalityClicked.emit(shape.name)
                    else:
                        self.regionClicked.emit(shape.name)
        super().mouseReleaseEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self.state.hover is not None:
            self.state.hover = None
            self.update()
        super().leaveEvent(event)
