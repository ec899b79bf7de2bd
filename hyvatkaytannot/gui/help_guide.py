"""F1: the user guide, shipped with the app (resources/help/opas_<lang>.md), shown offline.

The guide is Markdown rendered by the same sanitising renderer as the cases, in a browser
that loads nothing from outside. Finnish is the default; the English UI gets the English
guide; a language without a guide falls back to Finnish. The old search-syntax popup stays
on the "?" button beside the search field and under Help.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from hyvatkaytannot.core.render import markdown_to_html
from hyvatkaytannot.core.resources import resource_path
from hyvatkaytannot.gui import geometry
from hyvatkaytannot.gui.i18n import current_language
from hyvatkaytannot.gui.icons import icon


def guide_markdown(language: str) -> str:
    for lang in (language, "fi"):
        path = resource_path("help", f"opas_{lang}.md")
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


class GuideDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # nothing in the guide leaves the app
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.document().setDefaultStyleSheet("td, th { padding: 2px 8px; }")
        self.browser.setHtml(markdown_to_html(guide_markdown(language)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        geometry.fit(self, (760, 680))
        self.browser.setFocus()


class HelpGuide:
    def __init__(self, window: Any) -> None:
        self.window = window
        self.dialog: GuideDialog | None = None
        self.action = QAction(icon("help"), "", window)
        self.action.setObjectName("help_guide")
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.action.triggered.connect(lambda _c=False: self.show())
        menu = window.menu("help")
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.action) if first else menu.addAction(self.action)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("GuideDialog", "&User guide"))

    def show(self) -> GuideDialog:
        if self.dialog is None:
            self.dialog = GuideDialog(current_language(), self.window)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog


def install(window: Any) -> HelpGuide:
    """The Help menu's guide action (F1); the window keeps the returned part."""
    return HelpGuide(window)
