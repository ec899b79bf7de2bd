"""The legend: where it goes (`LegendLayout`) and how it looks (`paint_legend`).

Its room is reserved for the largest legend whatever the counts, so the map never shifts
while the user types; see `LegendLayout.layout` for where it is put.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QTransform

from hyvatkaytannot.gui.map.colours import MAX_CLASSES, class_colour, texts
from hyvatkaytannot.gui.map.shapes import MapShapes


def view_transform(rect: QRectF, bounds: QRectF, zoom: float, centre: QPointF | None) -> QTransform:
    """Map kilometres → device pixels: fit `bounds` into `rect` keeping the aspect, then zoom.

    (Here rather than in painter.py because the legend's placement needs it too.)"""
    margin = 8.0
    avail = rect.adjusted(margin, margin, -margin, -margin)
    if avail.width() <= 0 or avail.height() <= 0 or bounds.isEmpty():
        return QTransform()
    scale = min(avail.width() / bounds.width(), avail.height() / bounds.height()) * zoom
    c = centre if centre is not None else bounds.center()
    t = QTransform()
    t.translate(avail.center().x(), avail.center().y())
    t.scale(scale, scale)
    t.translate(-c.x(), -c.y())
    return t


class LegendLayout:
    def __init__(self, shapes: MapShapes) -> None:
        self.shapes = shapes
        self._layouts: dict[tuple[object, ...], tuple[QRectF, QRectF]] = {}

    def legend_size(self, font: QFont) -> QSizeF:
        """Room for the largest legend (five classes and the unknown row), reserved whatever
        the counts, so that the map never shifts while the user types."""
        metrics = QFontMetricsF(font)
        bold_font = QFont(font)
        bold_font.setBold(True)
        bold = QFontMetricsF(bold_font)
        sw = metrics.height()
        labels = [texts().no_cases(), texts().unknown(9999), "9999–9999"]
        width = max(
            max(bold.horizontalAdvance(texts().title(m)) for m in (True, False)),
            max(metrics.horizontalAdvance(t) for t in labels) + sw * 1.6 + 8,
        )
        height = metrics.height() * 1.25 * (MAX_CLASSES + 3) + 12
        return QSizeF(width + 16, height)

    def layout(self, rect: QRectF, font: QFont, show_legend: bool) -> tuple[QRectF, QRectF]:
        """(map area, legend box), cached per size and font.

        The legend sits in the bottom-right corner. With room to spare beside the map, the
        map is centred in what the legend leaves; otherwise the map moves to the top-left
        (its slack collects by the legend, next to the empty south-east of the country's
        bounding box) and shrinks in small steps until no land lies under the legend.
        """
        key = (rect.x(), rect.y(), rect.width(), rect.height(), font.key(), show_legend)
        cached = self._layouts.get(key)
        if cached is None:
            cached = self._layout(rect, font, show_legend)
            if len(self._layouts) > 32:
                self._layouts.clear()
            self._layouts[key] = cached
        return cached

    def _layout(self, rect: QRectF, font: QFont, show_legend: bool) -> tuple[QRectF, QRectF]:
        if not show_legend:
            return rect, QRectF()
        size = self.legend_size(font)
        m = 8.0
        legend = QRectF(
            rect.right() - size.width() - m, rect.bottom() - size.height() - m, *size.toTuple()
        )
        b = self.shapes.bounds
        side = rect.adjusted(0, 0, -(size.width() + m), 0)
        if side.width() > 0 and side.width() / b.width() >= (rect.height() - 2 * m) / b.height():
            # A wide widget: the map keeps its full size and the legend stands beside it.
            box = view_transform(side, b, 1.0, None).mapRect(b)
            legend.moveLeft(min(legend.left(), box.right() + m))
            return side, legend
        full = min((rect.width() - 2 * m) / b.width(), (rect.height() - 2 * m) / b.height())
        area = rect
        for shrink in (1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7):
            w, h = b.width() * full * shrink + 2 * m, b.height() * full * shrink + 2 * m
            area = QRectF(rect.left(), rect.top(), w, h)
            if not self._land_under(view_transform(area, b, 1.0, None), legend):
                break
        return area, legend

    def _land_under(self, transform: QTransform, box: QRectF) -> bool:
        inverse = transform.inverted()[0]
        n = 9
        for i in range(n):
            for j in range(n):
                p = inverse.map(
                    QPointF(
                        box.left() + box.width() * (i + 0.5) / n,
                        box.top() + box.height() * (j + 0.5) / n,
                    )
                )
                for s in self.shapes.regions.values():
                    if s.path.controlPointRect().contains(p) and s.path.contains(p):
                        return True
        return False


def paint_legend(
    painter: QPainter,
    palette: QPalette,
    classes: list[tuple[int, int]],
    unknown: int,
    municipal: bool,
    box: QRectF,
) -> None:
    """Swatches in `box` (from `layout`), top-aligned, as tall as the rows need."""
    rows: list[tuple[QColor | None, str]] = [(class_colour(palette, -1, 0), texts().no_cases())]
    for i, (lo, hi) in enumerate(classes):
        label = str(lo) if lo == hi else f"{lo}–{hi}"
        rows.append((class_colour(palette, i, len(classes)), label))
    if unknown:
        rows.append((None, texts().unknown(unknown)))
    title = texts().title(municipal)
    metrics = QFontMetricsF(painter.font())
    line = metrics.height() * 1.25
    sw = metrics.height()
    height = line * (len(rows) + 1) + 12
    box = QRectF(box.left(), box.bottom() - height, box.width(), height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    bg = QColor(palette.color(QPalette.ColorRole.Window))
    bg.setAlphaF(0.9)
    text = palette.color(QPalette.ColorRole.Text)
    frame = QColor(text)
    frame.setAlphaF(0.35)
    painter.setPen(QPen(frame, 1))
    painter.setBrush(bg)
    painter.drawRoundedRect(box, 4, 4)
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    x, y = box.left() + 8, box.top() + 6
    bold = QFont(painter.font())
    bold.setBold(True)
    painter.save()
    painter.setFont(bold)
    painter.drawText(QPointF(x, y + metrics.ascent()), title)
    painter.restore()
    y += line
    for colour, label in rows:
        tx = x
        if colour is not None:
            painter.setPen(QPen(frame, 1))
            painter.setBrush(colour)
            painter.drawRect(QRectF(x, y + (line - sw) / 2 - 1, sw * 1.6, sw * 0.9))
            tx = x + sw * 1.6 + 8
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(QPointF(tx, y + metrics.ascent()), label)
        y += line
    painter.restore()
