"""The main window: assembly of the parts, and the extension API for sub-packages.

Layout: search bar on top; a splitter with the filters panel (left), a stack of centre views
(middle; "list" holds the results, others such as "map" are added by extensions) and the
reading view (right); a status bar with messages, an indexing progress bar and a problems
button; a problems dock at the bottom (hidden until asked for).

Extension API (used by gui/extensions.py hooks; keep stable):
  menu(name) -> QMenu                 "file", "edit", "view", "present", "help"
  current_case_id() -> str | None
  open_case(case_id) -> bool
  set_filter(field, values)
  last_response                       latest SearchResponse or None
  searchFinished = Signal(object)     each SearchResponse as it arrives
  add_center_view(key, widget, title) and show_center_view(key)
  filters_panel.add_widget(widget)
  kb                                  the KnowledgeBase

Behaviour wiring (search, sync, menus) lives in window_actions.py to keep this file small.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hyvatkaytannot.core.reference import place_label, status_label
from hyvatkaytannot.core.render import theme_label
from hyvatkaytannot.gui import window_actions
from hyvatkaytannot.gui.filters_panel import FiltersPanel
from hyvatkaytannot.gui.i18n import current_language
from hyvatkaytannot.gui.icons import app_icon, icon
from hyvatkaytannot.gui.library_sync import LibrarySync
from hyvatkaytannot.gui.problems_view import ProblemsView
from hyvatkaytannot.gui.reading_view import ReadingView
from hyvatkaytannot.gui.results_model import ResultsModel
from hyvatkaytannot.gui.results_view import ResultsView
from hyvatkaytannot.gui.search_controller import SearchController
from hyvatkaytannot.gui.searchbar import SearchBar

MENU_KEYS = ("file", "edit", "view", "present", "help")


def facet_value_label(field: str, value: str) -> str:
    """A facet value as shown: theme labels and place names in the UI language."""
    if field == "theme":
        return theme_label(value, current_language())
    if field in ("municipality", "region"):
        return place_label(value, current_language())
    if field == "status":
        return status_label(value, current_language())
    return value


class MainWindow(QMainWindow):
    searchFinished = Signal(object)
    caseOpened = Signal(str)

    def __init__(self, kb: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kb = kb
        self.last_response: Any = None
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.state = QSettings(str(kb.paths.data_dir / "gui-state.ini"), QSettings.Format.IniFormat)

        self.search_bar = SearchBar(self)
        self.filters_panel = FiltersPanel(self)
        self.filters_panel.value_label = facet_value_label
        self.results_model = ResultsModel(self)
        self.results_view = ResultsView(self)
        self.results_view.setModel(self.results_model)
        self.count_label = QLabel(self)
        self.sort_combo = QComboBox(self)
        self.sort_label = QLabel(self)
        self.sort_label.setBuddy(self.sort_combo)
        self.reading_view = ReadingView(kb, self)
        self.search = SearchController(self)
        self.sync = LibrarySync(kb, self)
        self.problems_view = ProblemsView(self)

        results_page = QWidget(self)
        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.sort_label)
        top.addWidget(self.sort_combo)
        page_layout = QVBoxLayout(results_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(top)
        page_layout.addWidget(self.results_view, 1)

        self.center = QStackedWidget(self)
        self._center_keys: list[str] = []
        self._center_titles: dict[str, str] = {}
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.filters_panel)
        self.splitter.addWidget(self.center)
        self.splitter.addWidget(self.reading_view)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([270, 420, 590])

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.problems_dock = QDockWidget(self)
        self.problems_dock.setObjectName("problemsDock")
        self.problems_dock.setWidget(self.problems_view)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()

        self.status_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.problems_button = QToolButton(self)
        self.problems_button.setIcon(icon("warning"))
        self.problems_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.problems_button.setAutoRaise(True)
        self.problems_button.clicked.connect(self.show_problems)
        self.problems_button.hide()
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.problems_button)

        self._menus: dict[str, QMenu] = {}
        for key in MENU_KEYS:
            menu = self.menuBar().addMenu("")
            menu.setObjectName(f"menu_{key}")
            self._menus[key] = menu
        for seq in ("Ctrl+F", "Ctrl+L"):
            QShortcut(QKeySequence(seq), self, activated=self.search_bar.focus)

        window_actions.connect(self)
        self.add_center_view("list", results_page, "")
        self.retranslate()
        self.restore_state()

    # -- texts -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Good practices"))
        titles = {
            "file": self.tr("&File"),
            "edit": self.tr("&Edit"),
            "view": self.tr("&View"),
            "present": self.tr("&Present"),
            "help": self.tr("&Help"),
        }
        for key, menu in self._menus.items():
            menu.setTitle(titles[key])
        self._center_titles["list"] = self.tr("Result list")
        self.sort_label.setText(self.tr("S&ort:"))
        current = self.sort_combo.currentData()
        self.sort_combo.clear()
        self.sort_combo.addItem(self.tr("Relevance"), "relevance")
        self.sort_combo.addItem(self.tr("Newest"), "newest")
        self.sort_combo.addItem(self.tr("Title"), "title")
        self.sort_combo.setCurrentIndex(max(0, self.sort_combo.findData(current)))
        self.sort_combo.setAccessibleName(self.tr("Sort results"))
        self.problems_dock.setWindowTitle(self.tr("Problems"))
        self.filters_panel.setAccessibleName(self.tr("Filters"))
        window_actions.retranslate(self)

    # Plural texts live here: lupdate only sees numerus forms in self.tr(…, n).
    def count_text(self, n: int) -> str:
        return self.tr("%n case(s)", "", n)

    def problems_text(self, n: int) -> str:
        return self.tr("%n problem(s)", "", n)

    def library_text(self, n: int) -> str:
        return self.tr("%n case(s) in the library", "", n)

    # -- extension API ---------------------------------------------------------------
    def menu(self, name: str) -> QMenu:
        return self._menus[name]

    def current_case_id(self) -> str | None:
        case = self.reading_view.case
        return None if case is None else str(case.id)

    def open_case(self, case_id: str) -> bool:
        return window_actions.open_case(self, case_id)

    def set_filter(self, field: str, values: list[str]) -> None:
        self.filters_panel.set_filter(field, list(values))

    def add_center_view(self, key: str, widget: QWidget, title: str) -> None:
        if key in self._center_keys:
            raise ValueError(f"centre view {key!r} exists")
        self._center_keys.append(key)
        self._center_titles[key] = title
        self.center.addWidget(widget)
        window_actions.add_view_action(self, key)

    def show_center_view(self, key: str) -> bool:
        if key not in self._center_keys:
            return False
        self.center.setCurrentIndex(self._center_keys.index(key))
        window_actions.sync_view_actions(self, key)
        return True

    def center_view_keys(self) -> list[str]:
        return list(self._center_keys)

    def center_view_title(self, key: str) -> str:
        return self._center_titles.get(key, key)

    # -- status ----------------------------------------------------------------------
    def show_message(self, text: str, msecs: int = 6000) -> None:
        self.statusBar().showMessage(text, msecs)

    def show_problems(self) -> None:
        self.problems_dock.show()
        self.problems_dock.raise_()
        self.problems_view.table.setFocus()

    # -- state -----------------------------------------------------------------------
    def restore_state(self) -> None:
        geometry = self.state.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        window_state = self.state.value("windowState")
        if window_state is not None:
            self.restoreState(window_state)
        for name, splitter in (
            ("mainSplitter", self.splitter),
            ("readingSplitter", self.reading_view.splitter),
        ):
            value = self.state.value(name)
            if value is not None:
                splitter.restoreState(value)

    def save_state(self) -> None:
        self.state.setValue("geometry", self.saveGeometry())
        self.state.setValue("windowState", self.saveState())
        self.state.setValue("mainSplitter", self.splitter.saveState())
        self.state.setValue("readingSplitter", self.reading_view.splitter.saveState())
        self.state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_state()
        super().closeEvent(event)
