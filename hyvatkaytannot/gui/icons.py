"""SVG icons from resources/icons, tinted with the palette so they follow dark mode.

The SVGs are drawn with one neutral stroke colour; `icon(name)` swaps it for the palette's
text colour and renders pixmaps at several sizes (enough for 200 % scaling), so the icons
are sharp on high-DPI screens without shipping PNGs.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from hyvatkaytannot.core.resources import resource_path

_NEUTRAL = "#5f6b7a"
_SIZES = (16, 20, 24, 32, 40, 48, 64)


def _text_colour() -> str:
    app = QGuiApplication.instance()
    if app is None:
        return _NEUTRAL
    return QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()


@cache
def _icon(name: str, colour: str) -> QIcon:
    path = resource_path("icons", f"{name}.svg")
    try:
        data = path.read_text(encoding="utf-8").replace(_NEUTRAL, colour)
    except OSError:
        return QIcon()
    renderer = QSvgRenderer(QByteArray(data.encode("utf-8")))
    result = QIcon()
    for size in _SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result


def icon(name: str) -> QIcon:
    return _icon(name, _text_colour())


def app_icon() -> QIcon:
    return _icon("app", "")
