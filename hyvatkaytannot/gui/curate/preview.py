"""The live preview: the reading view itself, minus the user's tags and notes.

Design decision: "rendered exactly as the reading view renders it" is kept true by reusing
the reading view's own code path (`ReadingView.show_case`: title, `render.metadata_html`,
`render.to_html` in a SafeBrowser with the same style sheet) rather than a copy of it. What
is switched off is the user layer: a draft must never re-anchor (and so rewrite) the
annotations of the saved case, and tags belong to the saved case, not to a preview.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.gui.reading_view import ReadingView

if TYPE_CHECKING:
    from hyvatkaytannot.core import KnowledgeBase


class CasePreview(ReadingView):
    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None) -> None:
        super().__init__(kb, parent)
        self.tags.hide()
        self.notes.hide()
        self.setObjectName("casePreview")

    def refresh_user_data(self, reanchor: bool = False) -> None:
        """No tags or notes in a preview (and never a re-anchoring write)."""
        self._annotations = []

    def show_case(self, case: Any, terms: list[str] | None = None) -> None:
        super().show_case(case, terms)
        self.tags.hide()
        self.notes.hide()

    def show_text(self, case: Case | None, title: str, body: str, path: Path) -> None:
        """Show `case`; while the text has errors (no case), show the body with the title."""
        if case is None:
            case = Case(id="esikatselu", title=title or "…", path=path, meta={}, body=body)
        self.show_case(case, [])

    def html(self) -> str:
        return str(self.browser.toHtml())

    def preview_text(self) -> str:
        return str(self.browser.toPlainText())
