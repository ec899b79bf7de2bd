"""The main window's behaviour: menus, search flow, opening cases, background sync.

Kept apart from mainwindow.py (assembly only) so both stay small. Functions take the window
as their first argument; nothing here holds state of its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from hyvatkaytannot import __version__
from hyvatkaytannot.gui import user_lists
from hyvatkaytannot.gui.icons import icon
from hyvatkaytannot.gui.results_model import field
from hyvatkaytannot.gui.worker import run_in_background

if TYPE_CHECKING:
    from hyvatkaytannot.gui.mainwindow import MainWindow

_OPERATORS = {"and", "or", "not", "ja", "tai", "ei"}


def query_terms(query: str) -> list[str]:
    """Words of a query worth highlighting: no operators, no field filters (kunta:X)."""
    terms = []
    for token in re.findall(r'[\w:*~-]+|"[^"]*"', query):
        if ":" in token or token.startswith("-") or token.lower() in _OPERATORS:
            continue
        terms.extend(re.findall(r"\w+", token))
    return terms


def snippet_terms(snippet: str) -> list[str]:
    """The matched word forms the index marked in a snippet (<b>kunnan</b>)."""
    return re.findall(r"<b>([^<]+)</b>", snippet or "")


def connect(w: MainWindow) -> None:
    w._open_first_pending = False  # type: ignore[attr-defined]
    w._pending_open = None  # type: ignore[attr-defined]
    w._actions = {}  # type: ignore[attr-defined]
    w._view_group = QActionGroup(w)  # type: ignore[attr-defined]
    _build_menus(w)

    w.search_bar.queryChanged.connect(w.search.set_query)
    w.search_bar.activated.connect(lambda _t: _open_first(w))
    w.search_bar.navigate.connect(w.results_view.move_from_search)
    w.filters_panel.filtersChanged.connect(w.search.set_filters)
    w.filters_panel.savedSearchActivated.connect(lambda p: user_lists.apply_saved(w, p))
    w.filters_panel.collectionActivated.connect(lambda p: user_lists.show_collection(w, p))
    w.sort_combo.currentIndexChanged.connect(
        lambda _i: w.search.set_sort(str(w.sort_combo.currentData() or "relevance"))
    )
    w.search.finished.connect(lambda r: _on_response(w, r))
    w.search.failed.connect(w.show_message)
    w.results_view.currentCaseChanged.connect(w.open_case)
    w.results_view.caseActivated.connect(w.open_case)
    w.reading_view.message.connect(w.show_message)
    w.reading_view.userDataChanged.connect(lambda cid: _reindex(w, cid))

    w.sync.progress.connect(lambda d, t, m: _progress(w, d, t, m))
    w.sync.loaded.connect(lambda r: _on_loaded(w, r))
    w.sync.indexed.connect(lambda r: _on_indexed(w, r))
    w.sync.failed.connect(w.show_message)
    w.sync.casesChanged.connect(lambda ids: _on_cases_changed(w, ids))


def _add(
    w: MainWindow, menu: str, key: str, slot: Any, shortcut: str = "", icon_name: str = ""
) -> QAction:
    action = QAction(w)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    if icon_name:
        action.setIcon(icon(icon_name))
    action.triggered.connect(lambda _checked=False: slot())
    w.menu(menu).addAction(action)
    w._actions[key] = action  # type: ignore[attr-defined]
    return action


def _build_menus(w: MainWindow) -> None:
    _add(w, "file", "settings", lambda: _settings(w), "Ctrl+,", "settings")
    w.menu("file").addSeparator()
    quit_action = _add(w, "file", "quit", w.close, "Ctrl+Q")
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    _add(w, "edit", "find", w.search_bar.focus, "", "search")
    _add(w, "edit", "note", lambda: w.reading_view.add_note_for_selection(), "", "note")
    _add(w, "edit", "save_search", lambda: user_lists.save_search(w), "Ctrl+S", "star")
    _add(w, "edit", "add_to_collection", lambda: user_lists.add_to_collection(w), "", "collection")
    _add(w, "edit", "clear_filters", w.filters_panel.clear, "", "clear")
    w.menu("view").addSeparator()
    _add(w, "view", "problems", w.show_problems, "", "warning")
    # F5 belongs to presenting (as in every slide program); reloading takes Ctrl+R.
    _add(w, "view", "resync", w.sync.resync, "Ctrl+R")
    # F1 opens the user guide (help_guide.py); the syntax popup is on the "?" button too.
    _add(w, "help", "query_help", w.search_bar._show_help, "Shift+F1", "help")
    _add(w, "help", "about", lambda: _about(w))


def retranslate(w: MainWindow) -> None:
    texts = {
        "settings": QCoreApplication.translate("MainWindow", "&Settings…"),
        "quit": QCoreApplication.translate("MainWindow", "&Quit"),
        "find": QCoreApplication.translate("MainWindow", "&Find (Ctrl+F)"),
        "note": QCoreApplication.translate("MainWindow", "Add &note (Ctrl+M)"),
        "save_search": QCoreApplication.translate("MainWindow", "&Save search…"),
        "clear_filters": QCoreApplication.translate("MainWindow", "&Clear filters"),
        "add_to_collection": QCoreApplication.translate("MainWindow", "Add to &collection…"),
        "problems": QCoreApplication.translate("MainWindow", "&Problems"),
        "resync": QCoreApplication.translate("MainWindow", "&Reload library"),
        "query_help": QCoreApplication.translate("MainWindow", "&Search syntax"),
        "about": QCoreApplication.translate("MainWindow", "&About"),
    }
    for key, text in texts.items():
        w._actions[key].setText(text)  # type: ignore[attr-defined]
    for key in w.center_view_keys():
        action = w._actions.get(f"view:{key}")  # type: ignore[attr-defined]
        if action is not None:
            action.setText(w.center_view_title(key))


def add_view_action(w: MainWindow, key: str) -> None:
    action = QAction(w.center_view_title(key) or key, w)
    action.setCheckable(True)
    action.setChecked(w.center.count() == 1)
    action.triggered.connect(lambda _c=False: w.show_center_view(key))
    w._view_group.addAction(action)  # type: ignore[attr-defined]
    view_menu = w.menu("view")
    first = view_menu.actions()[0] if view_menu.actions() else None
    # Centre views come first in the View menu, in the order they were added.
    separator = next((a for a in view_menu.actions() if a.isSeparator()), first)
    view_menu.insertAction(separator, action) if separator else view_menu.addAction(action)
    if key == "list":
        action.setShortcut(QKeySequence("Ctrl+1"))
    w._actions[f"view:{key}"] = action  # type: ignore[attr-defined]


def sync_view_actions(w: MainWindow, key: str) -> None:
    action = w._actions.get(f"view:{key}")  # type: ignore[attr-defined]
    if action is not None:
        action.setChecked(True)


# -- search ---------------------------------------------------------------------------
def _open_first(w: MainWindow) -> None:
    if w.search.busy():
        w._open_first_pending = True  # type: ignore[attr-defined]
    else:
        w.results_view.activate_first()


def _on_response(w: MainWindow, response: Any) -> None:
    w.last_response = response
    hits = list(response.hits)
    total = int(getattr(response, "total", len(hits)))
    sort = w.search.sort
    if not hits and not w.search.query.strip() and not w.search.filters and w.sync.loaded_once:
        # First run, index still being built: list what is loaded so the window is usable.
        hits, sort = user_lists.case_hits(list(w.kb.cases.values())), "title"
        total = len(hits)
    w.results_model.set_hits(hits, sort)
    w.count_label.setText(w.count_text(total))
    w.filters_panel.set_facets(dict(getattr(response, "facets", {}) or {}))
    w.search_bar.show_suggestion(getattr(response, "suggestion", None))
    if getattr(response, "notice", None):
        w.show_message(str(response.notice), 0)
        w._notice_shown = True  # type: ignore[attr-defined]
    elif getattr(w, "_notice_shown", False):
        w.statusBar().clearMessage()
        w._notice_shown = False  # type: ignore[attr-defined]
    _select_open_case(w)
    if w._open_first_pending:  # type: ignore[attr-defined]
        w._open_first_pending = False  # type: ignore[attr-defined]
        w.results_view.activate_first()
    w.searchFinished.emit(response)


def _select_open_case(w: MainWindow) -> None:
    """Mark the open case in the result list without re-opening it."""
    current = w.current_case_id()
    row = w.results_model.row_of(current) if current is not None else -1
    if row >= 0 and w.results_view.currentIndex().row() != row:
        selection = w.results_view.selectionModel()
        selection.blockSignals(True)
        w.results_view.setCurrentIndex(w.results_model.index(row, 0))
        selection.blockSignals(False)
        w.results_view.viewport().update()


def _terms_for(w: MainWindow, case_id: str) -> list[str]:
    terms = query_terms(w.search.query)
    row = w.results_model.row_of(case_id)
    if row >= 0:
        terms += snippet_terms(str(field(w.results_model.hit(row), "snippet") or ""))
    return terms


def open_case(w: MainWindow, case_id: str) -> bool:
    if not w.sync.loaded_once:
        w._pending_open = case_id  # type: ignore[attr-defined]
        return False
    case = w.kb.cases.get(case_id)
    if case is None:
        w.show_message(
            QCoreApplication.translate("MainWindow", "No case with the id %1.").replace(
                "%1", case_id
            )
        )
        return False
    if w.current_case_id() == case_id and w.reading_view.terms == _terms_for(w, case_id):
        return True
    w.reading_view.show_case(case, _terms_for(w, case_id))
    _select_open_case(w)
    w.caseOpened.emit(case_id)
    return True


def _reindex(w: MainWindow, case_id: str) -> None:
    run_in_background(
        w, lambda kb: kb.reindex_case(case_id), success=lambda _r: w.search.run(), serial=True
    )


# -- library sync ---------------------------------------------------------------------
def _progress(w: MainWindow, done: int, total: int, message: str) -> None:
    w.progress.show()
    w.progress.setRange(0, max(total, 0))
    w.progress.setValue(done)
    w.progress.setFormat(QCoreApplication.translate("MainWindow", "Indexing %v/%m"))


def _on_loaded(w: MainWindow, result: Any) -> None:
    problems = list(getattr(result, "problems", []) or [])
    n_problems, n_cases = len(problems), len(result.cases)
    w.problems_view.set_problems(problems)
    w.problems_button.setVisible(bool(problems))
    errors = any(
        getattr(getattr(p, "severity", None), "value", "error") == "error" for p in problems
    )
    w.problems_button.setIcon(icon("error" if errors else "warning"))
    w.problems_button.setText(w.problems_text(n_problems))
    w.status_label.setText(w.library_text(n_cases))
    pending = w._pending_open  # type: ignore[attr-defined]
    if pending:
        w._pending_open = None  # type: ignore[attr-defined]
        w.open_case(pending)
    w.search.run()


def _on_indexed(w: MainWindow, report: Any) -> None:
    w.progress.hide()
    if report is not None and getattr(report, "recovered", False):
        w.show_message(
            QCoreApplication.translate(
                "MainWindow", "The search index was damaged and has been rebuilt."
            )
        )
    w.search.run()


def _on_cases_changed(w: MainWindow, ids: list[str]) -> None:
    current = w.current_case_id()
    if current in ids:
        case = w.kb.cases.get(current)
        if case is None:
            w.reading_view.show_empty()
            w.show_message(
                QCoreApplication.translate(
                    "MainWindow", "The open case was removed from the library."
                )
            )
        else:
            w.reading_view.show_case(case)
            w.show_message(
                QCoreApplication.translate(
                    "MainWindow", "The open case changed on disk and was reloaded."
                )
            )


# -- dialogs --------------------------------------------------------------------------
def _settings(w: MainWindow) -> None:
    from hyvatkaytannot.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(w.kb.settings, w)
    if dialog.exec():
        changed = dialog.apply()
        if "font_size" in changed:
            w.reading_view.set_font_size(int(changed["font_size"]))
        if "library_folders" in changed:
            w.show_message(
                QCoreApplication.translate("MainWindow", "Library folders changed: reloading.")
            )
            w.kb.reload_library()
            w.sync.resync()


def _about(w: MainWindow) -> None:
    from hyvatkaytannot.core.geo import ATTRIBUTION

    QMessageBox.about(
        w,
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


def quit_app() -> None:
    QApplication.quit()
