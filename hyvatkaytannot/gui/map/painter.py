"""Painting the map: choropleth fill, outlines, count labels and the legend, with QPainter.

Kept apart from any widget so the same drawing serves the interactive map view, the
non-interactive `MapWidget` of presentation mode and a render into a QImage or a PDF page.

Fills come from colours.py (palette-derived), outlines and text use the palette's Text, so a
dark theme gives a dark map. Pens are cosmetic, so outlines stay one pixel wide and crisp at
any zoom or widget size. The legend's place and look are in legend.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QTransform

from hyvatkaytannot.core.geo import UNKNOWN
from hyvatkaytannot.gui.i18n import current_language
from hyvatkaytannot.gui.map.colours import (
    cases_text,
    class_colour,
    class_index,
    count_classes,
    text_on,
)
from hyvatkaytannot.gui.map.legend import LegendLayout, paint_legend, view_transform
from hyvatkaytannot.gui.map.shapes import MapShapes, Shape

__all__ = ["MapPainter", "MapState", "cases_text", "normalise_counts", "view_transform"]

# Device pixels per map kilometre from which municipalities are drawn and picked.
MUNICIPALITY_SCALE = 0.9


@dataclass
class MapState:
    """What to draw. Counts are keyed by region / municipality code (and UNKNOWN)."""

    region_counts: dict[str, int] = field(default_factory=dict)
    municipality_counts: dict[str, int] = field(default_factory=dict)
    highlight: set[str] = field(default_factory=set)  # region or municipality codes
    hover: str | None = None
    zoom: float = 1.0
    centre: QPointF | None = None  # map point at the widget centre; None = whole country
    show_labels: bool = True
    show_legend: bool = True


def shows_municipalities(transform: QTransform) -> bool:
    return transform.m11() >= MUNICIPALITY_SCALE


class MapPainter:
    def __init__(self, shapes: MapShapes) -> None:
        self.shapes = shapes
        self.legend = LegendLayout(shapes)

    def layer(self, transform: QTransform) -> dict[str, Shape]:
        if shows_municipalities(transform):
            return self.shapes.municipalities
        return self.shapes.regions

    def counts_for(self, state: MapState, transform: QTransform) -> dict[str, int]:
        if shows_municipalities(transform):
            return state.municipality_counts
        return state.region_counts

    def shape_at(self, transform: QTransform, pos: QPointF) -> Shape | None:
        inverse, ok = transform.inverted()
        if not ok:
            return None
        p = inverse.map(pos)
        for shape in self.layer(transform).values():
            if shape.path.controlPointRect().contains(p) and shape.path.contains(p):
                return shape
        return None

    def transform_for(self, rect: QRectF, font: QFont, state: MapState) -> QTransform:
        area, _ = self.legend.layout(rect, font, state.show_legend)
        return view_transform(area, self.shapes.bounds, state.zoom, state.centre)

    def paint(self, painter: QPainter, rect: QRectF, palette: QPalette, state: MapState) -> None:
        transform = self.transform_for(rect, painter.font(), state)
        municipal = shows_municipalities(transform)
        shapes = self.layer(transform)
        counts = self.counts_for(state, transform)
        classes = count_classes(max((n for k, n in counts.items() if k != UNKNOWN), default=0))
        text = palette.color(QPalette.ColorRole.Text)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setClipRect(rect)
        painter.setTransform(transform, True)
        border = QColor(text)
        border.setAlphaF(0.45 if not municipal else 0.25)
        pen = QPen(border, 1.0)
        pen.setCosmetic(True)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for code, shape in shapes.items():
            idx = class_index(counts.get(code, 0), classes)
            painter.setBrush(class_colour(palette, idx, len(classes)))
            painter.drawPath(shape.path)
        if municipal:
            # Region borders over the municipal ones, so the big picture stays readable.
            region_pen = QPen(text, 1.6)
            region_pen.setCosmetic(True)
            painter.setPen(region_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for shape in self.shapes.regions.values():
                painter.drawPath(shape.path)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        outlined: list[tuple[str | None, float]] = [(c, 3.0) for c in state.highlight]
        for outline_code, width in [*outlined, (state.hover, 2.0)]:
            outline = shapes.get(outline_code) if outline_code else None
            if outline is None:
                continue
            hl = QPen(text, width)
            hl.setCosmetic(True)
            hl.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(hl)
            painter.drawPath(outline.path)
        painter.restore()

        _, box = self.legend.layout(rect, painter.font(), state.show_legend)
        if state.show_labels:
            self._paint_labels(painter, rect, palette, transform, shapes, counts, classes, box)
        if state.show_legend:
            paint_legend(painter, palette, classes, counts.get(UNKNOWN, 0), municipal, box)

    def _paint_labels(
        self,
        painter: QPainter,
        rect: QRectF,
        palette: QPalette,
        transform: QTransform,
        shapes: dict[str, Shape],
        counts: Mapping[str, int],
        classes: list[tuple[int, int]],
        legend: QRectF,
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        name_font = QFont(painter.font())
        count_font = QFont(name_font)
        count_font.setBold(True)
        name_metrics, count_metrics = QFontMetricsF(name_font), QFontMetricsF(count_font)
        taken: list[QRectF] = [legend] if not legend.isEmpty() else []
        # Two passes: first the count of every shaded region (a number is what the map is
        # for, and it must not be pushed off by a neighbour's long name), then the names
        # where they fit: shaded regions first, then the rest.
        language = current_language()
        plans = []
        for code, shape in shapes.items():
            n = counts.get(code, 0)
            at = transform.map(shape.label)
            if not rect.contains(at):
                continue
            box = transform.mapRect(shape.path.boundingRect())
            name_w = name_metrics.horizontalAdvance(shape.shown_name(language))
            fits = name_w < box.width() * 0.9 and name_metrics.height() * 2.2 < box.height()
            # A shaded region tries its name even a little past its own outline.
            wants_name = fits or (n > 0 and name_w < box.width() * 1.5)
            nh, ch = name_metrics.height(), count_metrics.height() if n > 0 else 0.0
            top = at.y() - (nh + ch) / 2 if wants_name else at.y() - ch / 2
            name_rect = QRectF(at.x() - name_w / 2, top, name_w, nh) if wants_name else None
            count_w = count_metrics.horizontalAdvance(str(n))
            count_top = name_rect.bottom() if name_rect is not None else top
            count_rect = QRectF(at.x() - count_w / 2, count_top, count_w, ch) if n > 0 else None
            fill = class_colour(palette, class_index(n, classes), len(classes))
            pen = text_on(fill) if n > 0 else palette.color(QPalette.ColorRole.Text)
            plans.append((n, shape.shown_name(language), pen, name_rect, count_rect, not fits))
        plans.sort(key=lambda plan: -plan[0])

        def free(area: QRectF, own: QRectF | None = None) -> bool:
            grown = area.adjusted(-3, -1, 3, 1)
            return not any(grown.intersects(r) for r in taken if r is not own)

        for n, _name, pen, _name_rect, count_rect, _over in plans:
            if count_rect is not None and free(count_rect):
                taken.append(count_rect)
                painter.setPen(pen)
                painter.setFont(count_font)
                painter.drawText(
                    QPointF(count_rect.left(), count_rect.top() + count_metrics.ascent()), str(n)
                )
        for _n, name, pen, name_rect, count_rect, overflows in plans:
            if name_rect is not None and free(name_rect, count_rect):
                taken.append(name_rect)
                if overflows:
                    # Past its own outline the name crosses other fills: give it a plate of
                    # the base colour so it reads on any of them.
                    plate = QColor(palette.color(QPalette.ColorRole.Base))
                    plate.setAlpha(215)
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(plate)
                    painter.drawRoundedRect(name_rect.adjusted(-3, 0, 3, 0), 3, 3)
                    pen = palette.color(QPalette.ColorRole.Text)
                painter.setPen(pen)
                painter.setFont(name_font)
                painter.drawText(
                    QPointF(name_rect.left(), name_rect.top() + name_metrics.ascent()), name
                )
        painter.restore()


def normalise_counts(
    counts: Mapping[str, int] | Iterable[tuple[str, int]] | None,
    codes: Mapping[str, object],
    code_for_name: Callable[[str], str | None],
) -> dict[str, int]:
    """Counts keyed by code or by name (Finnish or Swedish) → by code; strays to UNKNOWN."""
    out: dict[str, int] = {}
    if counts is None:
        return out
    pairs = counts.items() if isinstance(counts, Mapping) else counts
    for key, n in pairs:
        found = key if key in codes or key == UNKNOWN else code_for_name(key)
        code = found if found is not None and found in codes else UNKNOWN
        out[code] = out.get(code, 0) + int(n)
    return out
