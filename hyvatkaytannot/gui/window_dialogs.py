"""The main window's small dialogs: settings and about."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from hyvatkaytannot import __version__

if TYPE_CHECKING:
    from hyvatkaytannot.core import KnowledgeBase
    from hyvatkaytannot.gui.library_sync import LibrarySync
    from hyvatkaytannot.gui.reading_view import ReadingView


def open_settings(
    parent: QWidget,
    kb: KnowledgeBase,
    reading_view: ReadingView,
    sync: LibrarySync,
    show_message: Callable[[str], object],
) -> None:
    from hyvatkaytannot.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(kb.settings, parent)
    if dialog.exec():
        changed = dialog.apply()
        if "font_size" in changed:
            reading_view.set_font_size(int(changed["font_size"]))
        if "library_folders" in changed:
            show_message(
                QCoreApplication.translate("MainWindow", "Library folders changed: reloading.")
            )
            kb.reload_library()
            sync.resync()


def show_about(parent: QWidget) -> None:
    from hyvatkaytannot.core.geo import ATTRIBUTION

    QMessageBox.about(
        parent,
        QCoreApplication.translate("MainWindow", "About Good practices"),
        QCoreApplication.translate(
            "MainWindow",
            "Good practices %1: an offline knowledge base of good practices from Finnish "
            "municipalities.",
        ).replace("%1", __version__)
        # The map data's licence requires this attribution wherever the map is shown.
        + "\n\n"
        + ATTRIBUTION,
    )
