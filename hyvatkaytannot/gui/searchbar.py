"""The search bar: a line edit that asks for a search as you type, debounced.

It knows nothing of the index: it emits `queryChanged(text)` after a pause in typing (and at
once on Enter, as `activated(text)`), and forwards Up/Down/PageUp/PageDown to the results
view so the hands can stay on the keyboard. "Tarkoititko …" suggestions show as a link
below the field; clicking one replaces the query.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from hyvatkaytannot.gui.icons import icon

DEBOUNCE_MS = 180


class SearchBar(QWidget):
    queryChanged = Signal(str)
    activated = Signal(str)
    navigate = Signal(QKeyEvent)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("searchField")
        self.edit.setClearButtonEnabled(True)
        self.edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.help_button = QToolButton(self)
        self.help_button.setIcon(icon("help"))
        self.help_button.setAutoRaise(True)
        self.suggestion = QLabel(self)
        self.suggestion.setObjectName("suggestion")
        self.suggestion.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.suggestion.linkActivated.connect(self._take_suggestion)
        self.suggestion.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.help_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.suggestion)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit_query)
        self.edit.textEdited.connect(lambda _text: self._timer.start())
        self.edit.returnPressed.connect(self._on_return)
        self.edit.installEventFilter(self)
        self.help_button.clicked.connect(self.show_help)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Search good practices (Ctrl+F)"))
        self.edit.setAccessibleName(self.tr("Search"))
        self.edit.setToolTip(self.help_text())
        self.help_button.setToolTip(self.tr("Query help"))
        self.help_button.setAccessibleName(self.tr("Query help"))

    def help_text(self) -> str:
        rows = [
            ("kunta elinvoima", self.tr("both words (AND)")),
            ("koulu TAI päiväkoti", self.tr("either word (TAI / OR)")),
            ("EI hanke, -hanke", self.tr("leave out a word (EI / NOT / -)")),
            ('"kotona asuminen"', self.tr("exact phrase")),
            ("digi*", self.tr("words starting with")),
            ("kuntta~", self.tr("similar spelling")),
            ("kunta:Posio  maakunta:Lappi", self.tr("municipality, region")),
            ("teema:liikenne  tila:päättynyt", self.tr("theme, status")),
            ("vuosi:2019  tunniste:kiinnostava", self.tr("year, your own tag")),
        ]
        body = "".join(
            f"<tr><td><code>{html.escape(q)}</code></td><td>{html.escape(d)}</td></tr>"
            for q, d in rows
        )
        title = html.escape(self.tr("Search syntax"))
        return f"<b>{title}</b><table cellspacing='4'>{body}</table>"

    def show_help(self) -> None:
        from PySide6.QtWidgets import QToolTip

        QToolTip.showText(
            self.help_button.mapToGlobal(self.help_button.rect().bottomLeft()),
            self.help_text(),
            self.help_button,
        )

    # -- text ------------------------------------------------------------------------
    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str, *, search: bool = True) -> None:
        self.edit.setText(text)
        if search:
            self._timer.stop()
            self._emit_query()

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def flush(self) -> None:
        """Emit a pending debounced query now."""
        if self._timer.isActive():
            self._timer.stop()
            self._emit_query()

    def _emit_query(self) -> None:
        self.queryChanged.emit(self.edit.text())

    def _on_return(self) -> None:
        self.flush()
        self.activated.emit(self.edit.text())

    # -- suggestion ------------------------------------------------------------------
    def show_suggestion(self, suggestion: str | None) -> None:
        if not suggestion or suggestion.strip() == self.edit.text().strip():
            self.suggestion.hide()
            self.suggestion.clear()
            return
        label = html.escape(self.tr("Did you mean"))
        self.suggestion.setText(f'{label} <a href="suggest">{html.escape(suggestion)}</a>?')
        self.suggestion.setProperty("suggested", suggestion)
        self.suggestion.setAccessibleName(f"{self.tr('Did you mean')} {suggestion}")
        self.suggestion.show()

    def _take_suggestion(self, _link: str = "") -> None:
        suggestion = self.suggestion.property("suggested")
        if suggestion:
            self.set_text(str(suggestion))
            self.suggestion.hide()

    # -- keys ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
                Qt.Key.Key_PageUp,
                Qt.Key.Key_PageDown,
            ):
                self.navigate.emit(event)
                return True
        return super().eventFilter(watched, event)
