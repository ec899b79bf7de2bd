"""Map and timeline: Finland's regions shaded by the cases of the current search, and cases per
year as bars, both of which filter the search when clicked or dragged.

Public API:
- `MapWidget(counts, highlight=…)`: a non-interactive map for presentation mode (and any
  embedding); counts per region by code or Finnish name, or the region facet as pairs.
- `InteractiveMap`, `MapView` (map + region list + attribution), `TimelineWidget`.
- `install(window)`: the main-window hook (listed in gui/extensions.py).

Everything here redraws from facet counts only; the search itself runs in the window's worker.
The outlines are projected once per process (see shapes.py) and shared by every widget.
"""

from __future__ import annotations

from hyvatkaytannot.gui.map.hook import MapController, install
from hyvatkaytannot.gui.map.timeline import TimelineWidget
from hyvatkaytannot.gui.map.view import MapView
from hyvatkaytannot.gui.map.widget import InteractiveMap, MapWidget

__all__ = [
    "InteractiveMap",
    "MapController",
    "MapView",
    "MapWidget",
    "TimelineWidget",
    "install",
]
