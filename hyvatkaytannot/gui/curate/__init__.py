"""Curating cases in the app: the case editor and bundle import/export (extension hook).

`install(window)` adds to the main window's File menu:
  Uusi tapaus (Ctrl+N), Muokkaa tapausta (Ctrl+E), Vie paketti…, Tuo paketti…
and schedules `offer_drafts(window)` once, after start-up, so edits autosaved before a
crash are offered back. The controller lives on `window.curate`.

Modules: compose (form values <-> front matter, no widgets), fields and form (the front
matter form), preview (the reading view's own rendering), editor (the window), saving
(save / conflict / duplicates / disk errors), dialogs, drafts_dialog, export_dialog,
import_dialog, bundle_text (Finnish reasons), source
(reading files, edit targets), controller (menu actions).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer

from hyvatkaytannot.gui.curate.controller import CurateController

# Drafts are offered once the window is up and the first events are processed.
OFFER_DRAFTS_DELAY_MS = 800


def install(window: Any) -> CurateController:
    controller = CurateController(window)
    window.curate = controller
    menu = window.menu("file")
    first = menu.actions()[0] if menu.actions() else None
    for action in controller.make_actions(window).values():
        menu.insertAction(first, action) if first is not None else menu.addAction(action)
    if first is not None:
        menu.insertSeparator(first)
    QTimer.singleShot(OFFER_DRAFTS_DELAY_MS, window, lambda: offer_drafts(window))
    return controller


def offer_drafts(window: Any) -> Any:
    """Offer autosaved drafts (after a crash); returns the dialog, or None when there are none."""
    controller = getattr(window, "curate", None) or CurateController(window)
    return controller.offer_drafts()


__all__ = ["CurateController", "install", "offer_drafts"]
