"""The main window's menus: they own their QMenus, QActions and the centre-view group.

The window says which actions exist (key, menu, slot, shortcut, icon) and gives the texts
in `retranslate`; this object knows nothing else about the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from hyvatkaytannot.gui.icons import icon

MENU_KEYS = ("file", "edit", "view", "present", "help")


class WindowMenus(QObject):
    def __init__(self, bar: QMenuBar, parent: QObject) -> None:
        super().__init__(parent)
        self.menus: dict[str, QMenu] = {}
        self.actions: dict[str, QAction] = {}
        self.view_group = QActionGroup(self)
        for key in MENU_KEYS:
            menu = bar.addMenu("")
            menu.setObjectName(f"menu_{key}")
            self.menus[key] = menu

    def menu(self, name: str) -> QMenu:
        return self.menus[name]

    def add(
        self,
        menu: str,
        key: str,
        slot: Callable[[], object],
        shortcut: str = "",
        icon_name: str = "",
    ) -> QAction:
        action = QAction(self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(lambda _checked=False: slot())
        self.menus[menu].addAction(action)
        self.actions[key] = action
        return action

    def add_view_action(
        self, key: str, title: str, checked: bool, show: Callable[[], object]
    ) -> QAction:
        """A centre view's entry: checkable, at the top of the View menu in adding order."""
        action = QAction(title, self)
        action.setCheckable(True)
        action.setChecked(checked)
        action.triggered.connect(lambda _c=False: show())
        self.view_group.addAction(action)
        view_menu = self.menus["view"]
        first = view_menu.actions()[0] if view_menu.actions() else None
        separator = next((a for a in view_menu.actions() if a.isSeparator()), first)
        if separator is not None:
            view_menu.insertAction(separator, action)
        else:
            view_menu.addAction(action)
        if key == "list":
            action.setShortcut(QKeySequence("Ctrl+1"))
        self.actions[f"view:{key}"] = action
        return action

    def check_view(self, key: str) -> None:
        action = self.actions.get(f"view:{key}")
        if action is not None:
            action.setChecked(True)

    def retranslate(
        self, menu_titles: dict[str, str], texts: dict[str, str], view_titles: dict[str, str]
    ) -> None:
        for key, menu in self.menus.items():
            menu.setTitle(menu_titles[key])
        for key, text in texts.items():
            self.actions[key].setText(text)
        for key, title in view_titles.items():
            action = self.actions.get(f"view:{key}")
            if action is not None:
                action.setText(title)
