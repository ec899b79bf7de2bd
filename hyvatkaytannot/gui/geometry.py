"""Window sizes that fit the screen they open on.

The most common office laptop is 1366×768 at 100 %, and 1920×1080 at 150 % is 1280×720 in
Qt's logical pixels; the task bar and the window's own title bar take some of that. So:
- a window's first size is its preferred size shrunk to the screen's available area less
  the frame (`FRAME`), centred on that area;
- a remembered size is restored, then shrunk and moved the same way: a size saved on a big
  external monitor must not open a laptop window whose buttons are off screen;
- sizes are remembered per window in the window's QSettings under `<key>/geometry`;
- every dialog is at least as wide as its title needs (`guard_dialog_titles`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSettings, QSize
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

# Title bar and borders the window manager adds around the client area (logical pixels).
FRAME = QSize(16, 40)


def available(widget: QWidget | None = None) -> QRect:
    """The screen area a window may use (without task bars), of the widget's screen."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)


def fitted(size: QSize, area: QRect) -> QSize:
    """`size` shrunk to fit `area` with the window frame around it."""
    return QSize(
        max(1, min(size.width(), area.width() - FRAME.width())),
        max(1, min(size.height(), area.height() - FRAME.height())),
    )


def fit(widget: QWidget, preferred: QSize | tuple[int, int], area: QRect | None = None) -> None:
    """Give `widget` its preferred size, shrunk to the screen, centred on it."""
    area = area if area is not None else available(widget)
    size = fitted(QSize(*preferred) if isinstance(preferred, tuple) else preferred, area)
    widget.resize(size)
    x = area.x() + max(0, (area.width() - size.width() - FRAME.width()) // 2)
    y = area.y() + max(0, (area.height() - size.height() - FRAME.height()) // 2)
    widget.move(x, y)


def keep_on_screen(widget: QWidget, area: QRect | None = None) -> None:
    """Shrink and move a (restored) window so that all of it is on the available area."""
    area = area if area is not None else available(widget)
    size = fitted(widget.size(), area)
    if size != widget.size():
        widget.resize(size)
    pos = widget.pos()
    right = area.x() + area.width() - size.width() - FRAME.width()
    bottom = area.y() + area.height() - size.height() - FRAME.height()
    x = min(max(pos.x(), area.x()), max(area.x(), right))
    y = min(max(pos.y(), area.y()), max(area.y(), bottom))
    if (x, y) != (pos.x(), pos.y()):
        widget.move(x, y)


def restore(
    widget: QWidget, settings: QSettings, key: str, preferred: QSize | tuple[int, int]
) -> None:
    """The remembered geometry (kept on screen), else the preferred size fitted."""
    data = settings.value(f"{key}/geometry")
    if data is not None and widget.restoreGeometry(data):
        if not widget.isMaximized() and not widget.isFullScreen():
            keep_on_screen(widget)
        return
    fit(widget, preferred)


def save(widget: QWidget, settings: QSettings, key: str) -> None:
    settings.setValue(f"{key}/geometry", widget.saveGeometry())


def state_for(kb: object) -> QSettings | None:
    """The GUI state file of the data dir (the main window's too), or None without one."""
    paths = getattr(kb, "paths", None)
    data_dir = getattr(paths, "data_dir", None)
    if data_dir is None:
        return None
    return QSettings(str(data_dir / "gui-state.ini"), QSettings.Format.IniFormat)


def restore_for(kb: object, widget: QWidget, key: str, preferred: tuple[int, int]) -> None:
    state = state_for(kb)
    if state is None:
        fit(widget, preferred)
    else:
        restore(widget, state, key, preferred)


def save_for(kb: object, widget: QWidget, key: str) -> None:
    state = state_for(kb)
    if state is not None:
        save(widget, state, key)
        state.sync()


# Room beside a title for the window manager's icon and buttons (logical pixels).
TITLE_CHROME = 150


class _TitleGuard(QObject):
    """Widens each dialog as it is shown so that its title is not cut ("Esitä kok…"): a
    window manager elides a title wider than the window, and small dialogs such as
    QInputDialog size themselves to their contents only."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            widen_for_title(watched)
        return False


def title_width(widget: QWidget) -> int:
    font = QFont(widget.font())
    font.setBold(True)  # title bars are usually bold
    return QFontMetrics(font).horizontalAdvance(widget.windowTitle()) + TITLE_CHROME


def widen_for_title(widget: QWidget) -> None:
    if not widget.isWindow() or not widget.windowTitle():
        return
    need = min(title_width(widget), available(widget).width() - FRAME.width())
    if widget.width() < need:
        widget.resize(need, widget.height())


_GUARD: list[_TitleGuard] = []


def guard_dialog_titles(app: QCoreApplication) -> None:
    """Install the title guard on the application once."""
    if not _GUARD:
        _GUARD.append(_TitleGuard(app))
        app.installEventFilter(_GUARD[0])
