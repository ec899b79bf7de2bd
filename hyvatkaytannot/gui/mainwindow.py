"""The main window: composed of parts that own their widgets and state.

Layout: search bar on top; a splitter with the filters panel (left), a stack of centre views
(middle; "list" holds the results, "map" the map part) and the reading view (right); a
status bar (SyncStatus: library counts, indexing progress, problems button); a problems dock
at the bottom (hidden until asked for).

Parts: WindowMenus (menus and actions), ResultsFlow (search responses -> result list -> the
reading view), SyncStatus (the library sync in the status bar), UserLists (saved searches and
collections), and the map, curate and present parts, which see the window as a `WindowApi`
(window_api.py). The window builds them and wires their signals; none of them imports this
module or sets anything on the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hyvatkaytannot.core.reference import place_label, status_label
from hyvatkaytannot.core.render import theme_label
from hyvatkaytannot.gui import curate as curate_part
from hyvatkaytannot.gui import geometry, help_guide
from hyvatkaytannot.gui import map as map_part
from hyvatkaytannot.gui import present as present_part
from hyvatkaytannot.gui.filters_panel import FiltersPanel
from hyvatkaytannot.gui.i18n import current_language
from hyvatkaytannot.gui.icons import app_icon
from hyvatkaytannot.gui.index_repair import IndexRepair
from hyvatkaytannot.gui.library_sync import LibrarySync
from hyvatkaytannot.gui.problems_view import ProblemsView
from hyvatkaytannot.gui.reading_view import ReadingView
from hyvatkaytannot.gui.results_flow import ResultsFlow
from hyvatkaytannot.gui.results_model import ResultsModel
from hyvatkaytannot.gui.results_view import ResultsView
from hyvatkaytannot.gui.search_controller import SearchController
from hyvatkaytannot.gui.search_feedback import SearchFeedback
from hyvatkaytannot.gui.searchbar import SearchBar
from hyvatkaytannot.gui.session import Session
from hyvatkaytannot.gui.sync_status import SyncStatus
from hyvatkaytannot.gui.trust_ui import TrustUi
from hyvatkaytannot.gui.user_lists import UserLists
from hyvatkaytannot.gui.window_dialogs import open_settings, show_about
from hyvatkaytannot.gui.window_menus import WindowMenus

if TYPE_CHECKING:
    from hyvatkaytannot.core import KnowledgeBase
    from hyvatkaytannot.core.changes import OpChanges
    from hyvatkaytannot.core.search import SearchResponse


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

    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kb = kb
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
        # The user's work: recovery dialog, read-only banner above the search bar, backups.
        self.trust = TrustUi(self, kb)

        self.problems_dock = QDockWidget(self)
        self.problems_dock.setObjectName("problemsDock")
        self.problems_dock.setWidget(self.problems_view)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()

        self.flow = ResultsFlow(
            kb,
            self.search,
            self.search_bar,
            self.filters_panel,
            self.results_model,
            self.results_view,
            self.reading_view,
            self.sync,
            self.count_label,
            self.count_text,
            self.statusBar(),
        )
        self.status = SyncStatus(
            kb,
            self.sync,
            self.flow,
            self.reading_view,
            self.problems_view,
            self.statusBar(),
            self.library_text,
            self.problems_text,
        )
        self.problems_button = self.status.problems_button
        # A search that finds the index damaged: banner at once, rebuild, then the answer.
        self.index_repair = IndexRepair(self, kb, self.search, self.sync, self.flow, self.status)
        self.user_lists = UserLists(
            kb, self.filters_panel, self.flow, lambda: self.show_center_view("list"), self
        )
        self.menus = WindowMenus(self.menuBar(), self)
        self._build_menus()
        self._connect()
        for seq in ("Ctrl+F", "Ctrl+L"):
            QShortcut(QKeySequence(seq), self).activated.connect(self.search_bar.focus)

        self.add_center_view("list", results_page, "")
        # The parts that plug in through WindowApi; the window keeps them.
        self.map_controller = map_part.install(self)
        self.curate = curate_part.install(self, self.sync.resync)
        self.present = present_part.install(self)
        self.feedback = SearchFeedback(self)
        self.help_guide = help_guide.install(self)
        app = QApplication.instance()
        if app is not None:
            geometry.guard_dialog_titles(app)
        self.retranslate()
        self.restore_state()
        # Last: it may restore any centre view, the map's too.
        self.session = Session(self)

    def _build_menus(self) -> None:
        m = self.menus
        m.add("file", "settings", self.open_settings, "Ctrl+,", "settings")
        m.menu("file").addSeparator()
        m.add("file", "quit", self.close, "Ctrl+Q").setMenuRole(QAction.MenuRole.QuitRole)
        m.add("edit", "find", self.search_bar.focus, "", "search")
        m.add("edit", "note", lambda: self.reading_view.add_note_for_selection(), "", "note")
        m.add("edit", "save_search", self.user_lists.save_search, "Ctrl+S", "star")
        m.add("edit", "add_to_collection", self.user_lists.add_to_collection, "", "collection")
        m.add("edit", "clear_filters", self.filters_panel.clear, "", "clear")
        m.menu("view").addSeparator()
        m.add("view", "problems", self.show_problems, "", "warning")
        # F5 belongs to presenting (as in every slide program); reloading takes Ctrl+R.
        m.add("view", "resync", self.sync.resync, "Ctrl+R")
        # F1 opens the user guide (help_guide.py); the syntax popup is on the "?" button too.
        m.add("help", "query_help", self.search_bar.show_help, "Shift+F1", "help")
        m.add("help", "about", lambda: show_about(self))

    def _connect(self) -> None:
        flow = self.flow
        self.search_bar.queryChanged.connect(self.search.set_query)
        self.search_bar.activated.connect(lambda _t: flow.open_first())
        self.search_bar.navigate.connect(self.results_view.move_from_search)
        self.filters_panel.filtersChanged.connect(self.search.set_filters)
        self.sort_combo.currentIndexChanged.connect(
            lambda _i: self.search.set_sort(str(self.sort_combo.currentData() or "relevance"))
        )
        self.search.finished.connect(flow.show_response)
        self.search.failed.connect(self.show_message)
        self.results_view.currentCaseChanged.connect(self.open_case)
        self.results_view.caseActivated.connect(self.open_case)
        self.reading_view.message.connect(self.show_message)
        self.reading_view.similar.caseActivated.connect(self.open_case)
        self.reading_view.userDataChanged.connect(self._on_user_changes)
        flow.responded.connect(self.searchFinished)
        flow.caseOpened.connect(self.caseOpened)
        for part in (flow, self.status, self.user_lists):
            part.message.connect(self.show_message)
        self.problems_button.clicked.connect(self.show_problems)

    def _on_user_changes(self, changes: OpChanges) -> None:
        """Refresh what a write changed (a scheduled index update re-runs the search itself)."""
        if changes.collections or changes.saved_searches:
            self.user_lists.refresh()
        if changes.index == "updated":
            self.search.run()

    # -- texts -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Good practices"))
        self._center_titles["list"] = self.tr("Result list")
        self.menus.retranslate(
            {
                "file": self.tr("&File"),
                "edit": self.tr("&Edit"),
                "view": self.tr("&View"),
                "present": self.tr("&Present"),
                "help": self.tr("&Help"),
            },
            {
                "settings": self.tr("&Settings…"),
                "quit": self.tr("&Quit"),
                "find": self.tr("&Find (Ctrl+F)"),
                "note": self.tr("Add &note (Ctrl+M)"),
                "save_search": self.tr("&Save search…"),
                "clear_filters": self.tr("&Clear filters"),
                "add_to_collection": self.tr("Add to &collection…"),
                "problems": self.tr("&Problems"),
                "resync": self.tr("&Reload library"),
                "query_help": self.tr("&Search syntax"),
                "about": self.tr("&About"),
            },
            dict(self._center_titles),
        )
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

    # Plural texts live here: lupdate only sees numerus forms in self.tr(…, n).
    def count_text(self, n: int) -> str:
        return self.tr("%n case(s)", "", n)

    def problems_text(self, n: int) -> str:
        return self.tr("%n problem(s)", "", n)

    def library_text(self, n: int) -> str:
        return self.tr("%n case(s) in the library", "", n)

    # -- what the parts may use (WindowApi) ------------------------------------------
    @property
    def last_response(self) -> SearchResponse | None:
        return self.flow.last_response

    def menu(self, name: str) -> QMenu:
        return self.menus.menu(name)

    def current_case_id(self) -> str | None:
        return self.flow.current_case_id()

    def open_case(self, case_id: str) -> bool:
        return self.flow.open_case(case_id)

    def set_filter(self, field: str, values: list[str]) -> None:
        self.filters_panel.set_filter(field, list(values))

    def add_center_view(self, key: str, widget: QWidget, title: str) -> None:
        if key in self._center_keys:
            raise ValueError(f"centre view {key!r} exists")
        self._center_keys.append(key)
        self._center_titles[key] = title
        self.center.addWidget(widget)
        self.menus.add_view_action(
            key, title or key, self.center.count() == 1, lambda: self.show_center_view(key)
        )

    def show_center_view(self, key: str) -> bool:
        if key not in self._center_keys:
            return False
        self.center.setCurrentIndex(self._center_keys.index(key))
        self.menus.check_view(key)
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

    def open_settings(self) -> None:
        open_settings(self, self.kb, self.reading_view, self.sync, self.show_message)

    # -- state -----------------------------------------------------------------------
    def restore_state(self) -> None:
        saved = self.state.value("geometry")
        if saved is not None and self.restoreGeometry(saved):
            if not self.isMaximized():
                geometry.keep_on_screen(self)
        else:
            geometry.fit(self, (1280, 800))
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
