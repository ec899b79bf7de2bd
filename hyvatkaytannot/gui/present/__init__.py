"""Presentation mode and handouts for trainers (the main-window hook is `install`).

F5 presents the open case, Shift+F5 a collection (opening with a map of its cases), and the
handout actions write a case or a collection to PDF or a printer.
"""

from __future__ import annotations

from hyvatkaytannot.gui.present.controller import PresentController, install

__all__ = ["PresentController", "install"]
