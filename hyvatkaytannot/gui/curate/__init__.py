"""Curating cases in the app: the case editor and bundle import/export.

`install(window)` adds to the main window's File menu:
  Uusi tapaus (Ctrl+N), Muokkaa tapausta (Ctrl+E), Vie paketti…, Tuo paketti…
and schedules the controller's `offer_drafts()` once, after start-up, so edits autosaved
before a crash are offered back. The main window keeps the controller (`window.curate`).

Modules: fields and form (the front matter form), preview (the reading view's own
rendering), editor (the window), saving (save / conflict / duplicates / disk errors),
dialogs, drafts_dialog, export_dialog, import_dialog, bundle_text (Finnish reasons),
controller (menu actions). The Qt-free logic lives in core.curate: compose (form values <->
front matter) and source (edit targets, reading files).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer

from hyvatkaytannot.gui.curate.controller import CurateController
from hyvatkaytannot.gui.window_api import WindowApi

# Drafts are offered once the window is up and the first events are processed.
OFFER_DRAFTS_DELAY_MS = 800


def install(
    window: WindowApi, library_changed: Callable[[], None] = lambda: None
) -> CurateController:
    """The curate actions at the top of the File menu; drafts are offered after start-up.
    The window keeps the controller."""
    controller = CurateController(window, window.current_case_id, library_changed)
    menu = window.menu("file")
    first = menu.actions()[0] if menu.actions() else None
    for action in controller.make_actions(window.window()).values():
        menu.insertAction(first, action) if first is not None else menu.addAction(action)
    if first is not None:
        menu.insertSeparator(first)
    QTimer.singleShot(OFFER_DRAFTS_DELAY_MS, controller, controller.offer_drafts)
    return controller


__all__ = ["CurateController", "install"]
