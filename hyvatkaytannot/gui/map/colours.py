"""The colour ramp and the map's shared strings.

Colours come from the palette only: a class's fill mixes Base towards Highlight (no cases =
plain Base), so a dark theme gives a dark map. Counts fall into at most five classes (each
count its own class up to five), which the legend lists as swatches: a few discrete shades are
easier to read and to name aloud than a continuous ramp.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QPalette

MAX_CLASSES = 5


class MapTexts(QObject):
    """The painter's strings, as `self.tr` calls so that lupdate finds them (plural forms too)."""

    def cases(self, n: int) -> str:
        return self.tr("%n case(s)", "", n)

    def no_cases(self) -> str:
        return self.tr("no cases")

    def unknown(self, n: int) -> str:
        return self.tr("unknown: %1").replace("%1", str(n))

    def title(self, municipal: bool) -> str:
        return self.tr("Cases per municipality") if municipal else self.tr("Cases")


_texts: MapTexts | None = None


def texts() -> MapTexts:
    global _texts
    if _texts is None:
        _texts = MapTexts()
    return _texts


def count_classes(max_count: int) -> list[tuple[int, int]]:
    """Inclusive (low, high) count ranges for the shades; [] when there is nothing to shade."""
    if max_count <= 0:
        return []
    if max_count <= MAX_CLASSES:
        return [(i, i) for i in range(1, max_count + 1)]
    step = math.ceil(max_count / MAX_CLASSES)
    return [(lo, min(lo + step - 1, max_count)) for lo in range(1, max_count + 1, step)]


def class_index(count: int, classes: list[tuple[int, int]]) -> int:
    """-1 for no cases, else the index of the class holding `count`."""
    for i, (lo, hi) in enumerate(classes):
        if lo <= count <= hi:
            return i
    return -1 if count <= 0 else len(classes) - 1


def mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def class_colour(palette: QPalette, index: int, n_classes: int) -> QColor:
    base = palette.color(QPalette.ColorRole.Base)
    if index < 0 or n_classes <= 0:
        return base
    # The lightest shade is still clearly apart from "no cases".
    t = 0.22 + 0.78 * (index + 1) / n_classes
    return mix(base, palette.color(QPalette.ColorRole.Highlight), t)


def _relative_luminance(c: QColor) -> float:
    """WCAG 2.1 relative luminance (linearised sRGB)."""

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def text_on(fill: QColor) -> QColor:
    """Black or white, whichever has the higher WCAG contrast on `fill` (one of them always
    reaches 4.5:1; a plain average of the channels chose white on mid blues at 3.7:1)."""
    lum = _relative_luminance(fill)
    on_black = (lum + 0.05) / 0.05
    on_white = 1.05 / (lum + 0.05)
    return QColor(Qt.GlobalColor.black) if on_black >= on_white else QColor(Qt.GlobalColor.white)


def cases_text(n: int) -> str:
    return texts().cases(n)
