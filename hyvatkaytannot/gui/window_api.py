"""What the map, curate and present parts may use of the main window, as a typed protocol.

They are given the window through this protocol instead of importing mainwindow.py, so the
main window can build them without an import cycle, and a part can be tested with any
object that offers these members.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QMenu, QWidget

    from hyvatkaytannot.core import KnowledgeBase
    from hyvatkaytannot.core.search import SearchResponse
    from hyvatkaytannot.gui.filters_panel import FiltersPanel


class WindowApi(Protocol):
    kb: KnowledgeBase
    filters_panel: FiltersPanel

    @property
    def last_response(self) -> SearchResponse | None: ...

    @property
    def searchFinished(self) -> SignalInstance: ...  # noqa: N802 - a Qt signal

    def window(self) -> QWidget: ...  # the window itself, as a Qt parent

    def menu(self, name: str) -> QMenu: ...

    def current_case_id(self) -> str | None: ...

    def open_case(self, case_id: str) -> bool: ...

    def set_filter(self, field: str, values: list[str]) -> None: ...

    def add_center_view(self, key: str, widget: QWidget, title: str) -> None: ...

    def show_center_view(self, key: str) -> bool: ...

    def show_message(self, text: str, msecs: int = 6000) -> None: ...
