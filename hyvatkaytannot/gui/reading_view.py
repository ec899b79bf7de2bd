"""The reading view: a case rendered safely, with its metadata card, tags and notes.

The summary and body are `reading_text(case, terms).html` (core/reading_text.py: the
summary and body, a table too large for Qt to lay out quickly cut to a preview with a link
to the whole table in a FullTableDialog) in a SafeBrowser (no remote
loads, links only on click after confirmation). The metadata card is a separate label so
that the document in the browser is exactly the summary and body, whose plain text is what
annotations anchor to.

Notes: select text, then "Add note" (context menu or Ctrl+M). The selection is mapped to
offsets in render.plain_text(case) by anchoring.DocumentText; annotations are drawn as
extra selections (the document itself is never modified, so its text stays the anchor
text). Writes are the facade's operations, on the main thread (SQLite commits in
milliseconds; the user's text never waits in a queue when the app closes); the facade hands
their index part to the serial worker. `userDataChanged(OpChanges)` tells the window what
changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QLocale, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from hyvatkaytannot.core import render
from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.changes import Op
from hyvatkaytannot.core.reading_text import LINK_SCHEME, ReadingText, reading_text
from hyvatkaytannot.core.userstore import Annotation, StoreError
from hyvatkaytannot.gui import large_case
from hyvatkaytannot.gui.anchoring import DocumentText
from hyvatkaytannot.gui.annotations_panel import AnnotationsPanel
from hyvatkaytannot.gui.full_table import FullTableDialog
from hyvatkaytannot.gui.i18n import current_language, error_text
from hyvatkaytannot.gui.note_dialog import ask_note, highlight_colour
from hyvatkaytannot.gui.safe_browser import LinkPolicy, SafeBrowser
from hyvatkaytannot.gui.similar_panel import SimilarPanel
from hyvatkaytannot.gui.tag_editor import TagEditor

if TYPE_CHECKING:
    from collections.abc import Callable

    from hyvatkaytannot.core import KnowledgeBase


T = TypeVar("T")


def blend(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(
        round(a.red() * (1 - t) + b.red() * t),
        round(a.green() * (1 - t) + b.green() * t),
        round(a.blue() * (1 - t) + b.blue() * t),
    )


class ReadingView(QWidget):
    userDataChanged = Signal(object)  # OpChanges
    message = Signal(str)
    # Similar cases under the case (not in the editor's preview of an unsaved case).
    SHOWS_SIMILAR = True

    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kb = kb
        self.case: Case | None = None
        self.terms: list[str] = []
        self.plain = ""
        self.doc_text: DocumentText | None = None
        self._annotations: list[Annotation] = []

        self.title = QLabel(self)
        self.title.setObjectName("caseTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel(self)
        self.meta.setObjectName("metadataCard")
        self.meta.setWordWrap(True)
        self.meta.setTextFormat(Qt.TextFormat.RichText)
        self.meta.setOpenExternalLinks(False)
        self.meta.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.tags = TagEditor(self)
        self.browser = SafeBrowser(self)
        self.browser.setObjectName("caseBody")
        # Bumped by every show_case: a large case built off the GUI thread (large_case.py)
        # is dropped when another case was opened meanwhile.
        self._large_generation = 0
        # What the browser shows (large tables as previews) and the open full-table window.
        self.reading: ReadingText | None = None
        self._table_dialog: FullTableDialog | None = None
        self.notes = AnnotationsPanel(self)
        self.similar = SimilarPanel(self)
        self.links = LinkPolicy(self)
        self.browser.linkRequested.connect(self._link)
        self.meta.linkActivated.connect(lambda href: self.links.handle(QUrl(href)))

        self.add_note_action = QAction(self)
        self.add_note_action.setShortcut(QKeySequence("Ctrl+M"))
        self.add_note_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_note_action.triggered.connect(lambda: self.add_note_for_selection())
        self.addAction(self.add_note_action)
        self.browser.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.browser.customContextMenuRequested.connect(self._context_menu)

        self.tags.tagAdded.connect(self._add_tag)
        self.tags.tagRemoved.connect(self._remove_tag)
        self.notes.activatedAnnotation.connect(self.scroll_to_annotation)
        self.notes.editRequested.connect(self._edit_note)
        self.notes.colourRequested.connect(self._set_colour)
        self.notes.deleteRequested.connect(self._delete_note)
        self.notes.reattachRequested.connect(self.reattach_to_selection)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("readingSplitter")
        self.splitter.addWidget(self.browser)
        self.splitter.addWidget(self.notes)
        self.splitter.addWidget(self.similar)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.tags)
        layout.addWidget(self.splitter, 1)
        self.retranslate()
        self.show_empty()

    def retranslate(self) -> None:
        self.similar.retranslate()
        self.add_note_action.setText(self.tr("Add note"))
        self.browser.setAccessibleName(self.tr("Case text"))
        self.meta.setAccessibleName(self.tr("Case details"))
        self.title.setAccessibleName(self.tr("Case title"))
        if self.case is None:
            self.show_empty()
        else:
            self._show_meta()

    def meta_labels(self) -> dict[str, str]:
        return {
            "municipalities": self.tr("Municipalities"),
            "regions": self.tr("Regions"),
            "period": self.tr("Period"),
            "status": self.tr("Status"),
            "themes": self.tr("Themes"),
            "funding": self.tr("Funding"),
            "total_cost": self.tr("Total cost"),
            "contacts": self.tr("Contacts"),
            "sources": self.tr("Sources"),
            "updated": self.tr("Updated"),
        }

    # -- showing ---------------------------------------------------------------------
    def show_empty(self) -> None:
        self.case = None
        self.reading = None
        if hasattr(self, "_table_dialog"):  # show_empty runs in __init__ too
            self._close_table()
        self.title.setText("")
        self.meta.setText(self.tr("Choose a case from the results to read it here."))
        self.browser.clear()
        self.tags.setEnabled(False)
        self.notes.set_annotations([])
        self.notes.setEnabled(False)
        self.similar.show_for(None)

    def show_case(self, case: Case, terms: list[str] | None = None) -> None:
        keep_scroll = self.case is not None and self.case.id == case.id
        scroll = self.browser.verticalScrollBar().value()
        self.case = case
        self._large_generation += 1  # a large case still rendering is no longer wanted
        self.reading = None
        if not keep_scroll:
            self._close_table()
        if terms is not None:
            self.terms = list(terms)
        self.title.setText(f"<h2>{render._esc(case.title)}</h2>")
        self._show_meta()
        self.browser.base_folder = case.path.parent if case.path else None
        large_case.prepare_document(self.browser, case)
        self._apply_styles()
        # Before the large-case path too: the panel must never go on showing the cases
        # similar to the case opened before.
        if self.SHOWS_SIMILAR:
            self.similar.show_for(case.id)
        if len(case.body) > large_case.LARGE_BODY:
            large_case.show(self, case)
            return
        reading = reading_text(case, self.terms, self.table_link_label())
        self.browser.setHtml(reading.html)
        doc = self.browser.document()
        self.use_reading(reading, DocumentText(doc, reading.plain, reading.shown, reading.to_plain))
        if keep_scroll:
            self.browser.verticalScrollBar().setValue(scroll)

    def use_reading(self, reading: ReadingText, doc_text: DocumentText) -> None:
        """The document shown holds `reading`: annotations anchor through `doc_text`."""
        self.reading = reading
        self.plain = reading.plain
        self.doc_text = doc_text
        if self.case is not None:  # each note written needs it; a large case costs seconds
            self.kb.remember_anchor_text(self.case, reading.plain)
        self.tags.setEnabled(True)
        self.notes.setEnabled(True)
        self.refresh_user_data(reanchor=True)

    def table_link_label(self) -> Callable[[int, int], str]:
        """The line under a table preview, in the user's language (safe in a worker)."""
        template = self.tr("Show the whole table (%1 rows, %2 columns)")
        name = QLocale().name()

        def label(rows: int, columns: int) -> str:
            locale = QLocale(name)
            return template.replace("%1", locale.toString(rows)).replace(
                "%2", locale.toString(columns)
            )

        return label

    def _link(self, url: QUrl) -> None:
        if url.scheme() == LINK_SCHEME:
            self.open_full_table(int(url.path()) if url.path().isdigit() else -1)
        else:
            self.links.handle(url)

    def open_full_table(self, number: int, row: int | None = None) -> FullTableDialog | None:
        """The n-th previewed table of the case, whole, in its own window."""
        tables = self.reading.tables if self.reading is not None else []
        if not 0 <= number < len(tables) or self.case is None:
            return None
        self._close_table()
        title = self.tr("%1 – table").replace("%1", self.case.title)
        dialog = FullTableDialog(tables[number], title, self)
        self._table_dialog = dialog
        dialog.show()
        if row is not None:
            dialog.show_row(row)
        return dialog

    def _close_table(self) -> None:
        if self._table_dialog is not None:
            self._table_dialog.close()
            self._table_dialog.deleteLater()
            self._table_dialog = None

    def _show_meta(self) -> None:
        if self.case is not None:
            self.meta.setText(
                render.metadata_html(self.case, self.meta_labels(), current_language())
            )

    def _apply_styles(self) -> None:
        palette = self.palette()
        hit = blend(
            palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Highlight), 0.3
        )
        self.browser.document().setDefaultStyleSheet(
            f".hit {{ background-color: {hit.name()}; }}"
            "table { border-collapse: collapse; } td, th { padding: 3px; }"
            ".summary { font-weight: 600; }"
        )

    def set_font_size(self, points: int) -> None:
        font = self.browser.font()
        if points > 0:
            font.setPointSize(points)
        else:
            font = self.font()
        self.browser.setFont(font)

    # -- user data -------------------------------------------------------------------
    def refresh_user_data(self, reanchor: bool = False) -> None:
        if self.case is None:
            return
        case_id = self.case.id
        try:
            self.tags.set_tags(self.kb.store.tags_for_case(case_id))
            self.tags.set_known_tags([t.path for t in self.kb.store.tags()])
            if reanchor:
                self._annotations = self.kb.reanchor_notes(case_id)
            else:
                self._annotations = self.kb.store.annotations(case_id)
        except StoreError as exc:  # the store is unavailable: read-only view still works
            self.message.emit(error_text(exc))
            self._annotations = []
        self.notes.set_annotations(self._annotations)
        self.draw_annotations()

    def annotation_range(self, a: Annotation) -> tuple[int, int] | None:
        if self.doc_text is None:
            return None
        span = a.span
        if span is None:  # an orphan: listed, not drawn
            return None
        start, end = span
        quote = self.plain[start:end] if 0 <= start < end <= len(self.plain) else ""
        return self.doc_text.document_range(start, end, quote)

    def draw_annotations(self) -> None:
        palette = self.palette()
        selections = []
        for a in self._annotations:
            span = self.annotation_range(a)
            if span is None:
                continue
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.browser.document())
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(highlight_colour(a.colour, palette))
            fmt.setToolTip(a.note)
            sel.cursor = cursor
            sel.format = fmt
            selections.append(sel)
        self.browser.setExtraSelections(selections)

    def highlighted_ranges(self) -> list[tuple[int, int]]:
        return [
            (s.cursor.selectionStart(), s.cursor.selectionEnd())
            for s in self.browser.extraSelections()
        ]

    def add_note_for_selection(self, note: str | None = None) -> Annotation | None:
        """Create an annotation on the selected text; asks for the note unless given."""
        if self.case is None or self.doc_text is None:
            return None
        case_id = self.case.id
        selection = self.doc_text.selection(self.browser.textCursor())
        if selection is None:
            self.message.emit(self.tr("Select some text first, then add a note."))
            return None
        colour: str | None = None
        if note is None:
            answer = ask_note(self, self.tr("Add note"), selection.quote)
            if answer is None:
                return None
            note, colour = answer
        text = note
        op = self._write(lambda kb: kb.annotate(case_id, selection.start, selection.end, text))
        if op is not None and colour is not None:
            coloured = self._write(lambda kb: kb.set_note_colour(op.value.id, colour))
            return None if coloured is None else coloured.value
        return None if op is None else op.value

    def reattach_to_selection(self, annotation_id: str) -> None:
        if self.case is None or self.doc_text is None:
            return
        selection = self.doc_text.selection(self.browser.textCursor())
        if selection is None:
            self.message.emit(self.tr("Select the passage to attach the note to."))
            return
        self._write(lambda kb: kb.reattach_note(annotation_id, selection.start, selection.end))

    def scroll_to_annotation(self, annotation_id: str) -> None:
        for a in self._annotations:
            if a.id == annotation_id:
                span = self.annotation_range(a)
                hidden = self.reading.table_at(a.span[0]) if self.reading and a.span else None
                if span is None and hidden is not None:  # on rows only the full table shows
                    self.open_full_table(hidden[0].number, hidden[1])
                elif span is not None:
                    cursor = QTextCursor(self.browser.document())
                    cursor.setPosition(span[0])
                    cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
                    self.browser.setTextCursor(cursor)
                    self.browser.ensureCursorVisible()
                return

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.browser.createStandardContextMenu(pos)
        menu.addSeparator()
        self.add_note_action.setEnabled(self.browser.textCursor().hasSelection())
        menu.addAction(self.add_note_action)
        menu.exec(self.browser.viewport().mapToGlobal(pos))
        self.add_note_action.setEnabled(True)
        menu.deleteLater()

    def _write(self, op: Callable[[KnowledgeBase], Op[T]]) -> Op[T] | None:
        """Run one facade operation for the open case; refresh from what it changed."""
        if self.case is None:
            return None
        try:
            done = op(self.kb)
        except (StoreError, LookupError) as exc:
            self._error(exc)
            return None
        self.refresh_user_data()
        self.userDataChanged.emit(done.changes)
        return done

    def _add_tag(self, name: str) -> None:
        if self.case is not None:
            case_id = self.case.id
            self._write(lambda kb: kb.tag(case_id, name))

    def _remove_tag(self, name: str) -> None:
        if self.case is not None:
            case_id = self.case.id
            self._write(lambda kb: kb.untag(case_id, name))

    def _edit_note(self, annotation_id: str, note: str) -> None:
        self._write(lambda kb: kb.edit_note(annotation_id, note))

    def _set_colour(self, annotation_id: str, colour: str) -> None:
        self._write(lambda kb: kb.set_note_colour(annotation_id, colour or None))

    def _delete_note(self, annotation_id: str) -> None:
        self._write(lambda kb: kb.delete_note(annotation_id))

    def _error(self, exc: Exception) -> None:
        text = error_text(exc)
        if self.isVisible():
            QMessageBox.warning(self, self.tr("Could not save"), text)
        self.message.emit(text)
