"""Extension hooks: sub-packages of gui/ plug into the main window from here.

Each entry is a module path whose `install(window)` is called once the main window is built
(menus, centre stack and filters panel exist). Owners of gui/curate, gui/present and gui/map
add their line. A hook that fails to import or install is logged and skipped: one broken
extension must not keep the app from starting.

What `install(window)` may use (see mainwindow.MainWindow):
  window.menu(name) -> QMenu          names: file, edit, view, present, help
  window.current_case_id() -> str | None
  window.open_case(case_id)
  window.set_filter(field, values)
  window.last_response                the latest SearchResponse (or None)
  window.searchFinished               Signal(object) carrying each SearchResponse
  window.add_center_view(key, widget, title); window.show_center_view(key)
  window.filters_panel.add_widget(widget)
  window.kb                           the KnowledgeBase
"""

from __future__ import annotations

import logging
from importlib import import_module
from typing import Any

log = logging.getLogger(__name__)

# e.g. "hyvatkaytannot.gui.map"
HOOKS: list[str] = [
    "hyvatkaytannot.gui.map",
    "hyvatkaytannot.gui.curate",
    "hyvatkaytannot.gui.present",
]


def install_all(window: Any) -> list[str]:
    """Install every hook; return the ones that installed."""
    installed: list[str] = []
    for path in HOOKS:
        try:
            module = import_module(path)
            module.install(window)
        except Exception:
            log.exception("extension %s failed to install", path)
            continue
        installed.append(path)
    return installed
