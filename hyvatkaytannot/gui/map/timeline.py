"""Cases per year as a small bar chart; drag over the years to filter by a year range.

The bars come from the search's "year" facet (a case running 2017–2019 counts in each of its
years, as `Case.years` does); years between the first and the last with no cases get an empty
slot so the axis stays linear. Mouse: drag to choose a range, click one bar for one year,
click the chosen range again to clear it. Keyboard: Left/Right move the cursor, Shift+arrows
widen the range, Enter applies, Escape clears. Colours come from the palette.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from hyvatkaytannot.gui.map.colours import cases_text


class TimelineWidget(QWidget):
    yearRangeSelected = Signal(int, int)
    yearRangeCleared = Signal()
    rangeShown = Signal(object)  # the range now drawn as chosen, or None (any cause)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumHeight(84)
        self.setAccessibleName(self.tr("Cases per year"))
        self._counts: dict[int, int] = {}
        self._years: list[int] = []
        self._range: tuple[int, int] | None = None  # the applied filter
        self._drag: tuple[int, int] | None = None  # anchor, current while dragging/keying
        self._cursor: int | None = None

    # -- data ------------------------------------------------------------------------------
    def set_counts(self, facet: Mapping[str, int] | Iterable[tuple[str, int]]) -> None:
        pairs = facet.items() if isinstance(facet, Mapping) else facet
        counts: dict[int, int] = {}
        for value, n in pairs:
            try:
                year = int(str(value)[:4])
            except ValueError:
                continue  # not a year: nothing to place on the axis
            counts[year] = counts.get(year, 0) + int(n)
        self._counts = counts
        known = set(counts) | set(self._range or ())
        self._years = list(range(min(known), max(known) + 1)) if known else []
        if self._cursor not in self._years:
            self._cursor = self._years[-1] if self._years else None
        self.setAccessibleDescription(
            ", ".join(f"{y}: {counts.get(y, 0)}" for y in self._years)
            or self.tr("No years in the results")
        )
        self.update()

    @property
    def years(self) -> list[int]:
        return list(self._years)

    def count(self, year: int) -> int:
        return self._counts.get(year, 0)

    def set_range(self, year_range: tuple[int, int] | None) -> None:
        """Show the applied year filter (from the window) without emitting anything."""
        self._range = (min(year_range), max(year_range)) if year_range else None
        self._drag = None
        self.update()
        self.rangeShown.emit(self._range)

    @property
    def selected_range(self) -> tuple[int, int] | None:
        return self._range

    # -- geometry --------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(240, 110)

    def _label_font(self) -> QFont:
        f = QFont(self.font())
        f.setPointSizeF(max(6.5, f.pointSizeF() * 0.85))
        return f

    def _plot(self) -> QRectF:
        label_h = QFontMetricsF(self._label_font()).height()
        return QRectF(self.rect()).adjusted(4, label_h + 2, -4, -(label_h + 4))

    def slot_rect(self, year: int) -> QRectF:
        plot = self._plot()
        if not self._years:
            return QRectF()
        w = plot.width() / len(self._years)
        i = self._years.index(year)
        return QRectF(plot.left() + i * w, plot.top(), w, plot.height())

    def year_at(self, x: float) -> int | None:
        plot = self._plot()
        if not self._years:
            return None
        i = int((x - plot.left()) / (plot.width() / len(self._years)))
        return self._years[max(0, min(len(self._years) - 1, i))]

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        if not self._years:
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No years"))
            return
        shown = self._drag or self._range
        plot = self._plot()
        top = max(self._counts.values(), default=0) or 1
        highlight = pal.color(QPalette.ColorRole.Highlight)
        band = QColor(highlight)
        band.setAlphaF(0.22)
        muted = QColor(highlight)
        muted.setAlphaF(0.45)
        font = self._label_font()
        metrics = QFontMetricsF(font)
        p.setFont(font)
        slot_w = plot.width() / len(self._years)
        every = max(1, math.ceil(metrics.horizontalAdvance("2020") * 1.4 / slot_w))
        labels: list[tuple[QRectF, int]] = []
        for i, year in enumerate(self._years):
            slot = self.slot_rect(year)
            inside = shown is not None and shown[0] <= year <= shown[1]
            if inside:
                p.fillRect(slot, band)
            n = self._counts.get(year, 0)
            h = plot.height() * n / top
            bar = QRectF(
                slot.left() + slot.width() * 0.15, plot.bottom() - h, slot.width() * 0.7, h
            )
            p.fillRect(bar, highlight if shown is None or inside else muted)
            if n and metrics.horizontalAdvance(str(n)) < slot.width():
                p.setPen(text)
                p.drawText(
                    QRectF(
                        slot.left(), bar.top() - metrics.height(), slot.width(), metrics.height()
                    ),
                    Qt.AlignmentFlag.AlignCenter,
                    str(n),
                )
            label_w = metrics.horizontalAdvance(str(year))
            label = QRectF(
                slot.center().x() - label_w / 2 - 2,
                plot.bottom() + 2,
                label_w + 4,
                metrics.height(),
            )
            if shown is not None and year in shown:
                labels.insert(0, (label, year))  # the chosen range's ends win a crowded axis
            elif i % every == 0:
                labels.append((label, year))
        drawn: list[QRectF] = []
        p.setPen(text)
        for label, year in labels:
            if not any(label.intersects(d) for d in drawn):
                p.drawText(label, Qt.AlignmentFlag.AlignCenter, str(year))
                drawn.append(label)
        axis = QPen(text, 1)
        p.setPen(axis)
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        if self.hasFocus() and self._cursor is not None:
            focus = QPen(text, 1, Qt.PenStyle.DotLine)
            p.setPen(focus)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(self.slot_rect(self._cursor).adjusted(1, 1, -1, -1))
        p.end()

    # -- mouse -----------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            year = self.year_at(event.pos().x())
            if year is not None:
                QToolTip.showText(event.globalPos(), f"{year}: {cases_text(self.count(year))}")
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        year = self.year_at(event.position().x())
        if event.button() == Qt.MouseButton.LeftButton and year is not None:
            self._drag = (year, year)
            self._cursor = year
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None and event.buttons() & Qt.MouseButton.LeftButton:
            year = self.year_at(event.position().x())
            if year is not None:
                self._drag = (self._drag[0], year)
                self._cursor = year
                self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        a, b = self._drag
        self._drag = None
        chosen = (min(a, b), max(a, b))
        if a == b and self._range is not None and self._range[0] <= a <= self._range[1]:
            self._clear()
        else:
            self._apply(chosen)

    # -- keyboard --------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if not self._years or self._cursor is None:
            super().keyPressEvent(event)
            return
        i = self._years.index(self._cursor)
        moves: dict[int, int] = {
            Qt.Key.Key_Left: i - 1,
            Qt.Key.Key_Right: i + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: len(self._years) - 1,
        }
        if int(key) in moves:
            self._cursor = self._years[max(0, min(len(self._years) - 1, moves[int(key)]))]
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                anchor = self._drag[0] if self._drag else self._years[i]
                self._drag = (anchor, self._cursor)
            else:
                self._drag = None
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            a, b = self._drag or (self._cursor, self._cursor)
            self._drag = None
            self._apply((min(a, b), max(a, b)))
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._drag = None
            self._clear()
        else:
            super().keyPressEvent(event)

    def _apply(self, chosen: tuple[int, int]) -> None:
        self._range = chosen
        self.update()
        self.rangeShown.emit(chosen)
        self.yearRangeSelected.emit(*chosen)

    def _clear(self) -> None:
        had = self._range is not None
        self._range = None
        self.update()
        self.rangeShown.emit(None)
        if had:
            self.yearRangeCleared.emit()
