"""The main window's "Esitä" menu: present a case or a collection, export or print handouts.

Dialog-free entry points (`present_case`, `present_collection`, `export_handout`) carry the
work so tests drive them directly; the menu actions only ask the user which collection or
file first. The menu writes the PDF off the GUI thread (`export_in_background`). Printing
stays on it: the printer belongs to the dialog the user just closed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.slides import Slide, slides_for_case, slides_for_collection
from hyvatkaytannot.gui.i18n import current_language
from hyvatkaytannot.gui.present.handout import case_folders, export_pdf, paint_pages
from hyvatkaytannot.gui.present.window import PresentationWindow, start_presentation
from hyvatkaytannot.gui.window_api import WindowApi
from hyvatkaytannot.gui.worker import run_in_background

SIMILAR_ON_END_SLIDE = 4
# A handout made here prints at most this many rows of a table. Qt holds Python's GIL while
# it lays a document out, so a 3000-row table (250 pages, 85 s) would stall the window even
# from a worker thread; `hyvatkaytannot export-pdf` prints tables whole.
HANDOUT_TABLE_ROWS = 60


class PresentController(QObject):
    handoutSaved = Signal(str, int)  # path, pages (a PDF written in the background)

    def __init__(self, window: WindowApi) -> None:
        super().__init__(window.window())
        self.window = window
        self.parent_widget = window.window()
        self.presentation: PresentationWindow | None = None
        menu = window.menu("present")
        self.case_action = self._action(self.tr("Present case"), "F5", self._present_current)
        self.collection_action = self._action(
            self.tr("Present collection…"), "Shift+F5", self._ask_collection
        )
        menu.addAction(self.case_action)
        menu.addAction(self.collection_action)
        menu.addSeparator()
        self.pdf_action = self._action(self.tr("Handout as PDF…"), "", self._ask_pdf)
        self.print_action = self._action(self.tr("Print handout…"), "Ctrl+P", self._print)
        menu.addAction(self.pdf_action)
        menu.addAction(self.print_action)

    def _action(self, text: str, shortcut: str, slot: Any) -> QAction:
        action = QAction(text, self.parent_widget)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    # -- data --------------------------------------------------------------------------
    @property
    def kb(self) -> Any:
        return self.window.kb

    def _notes(self, case_id: str) -> list[str]:
        try:
            return [a.note for a in self.kb.store.annotations(case_id) if a.note]
        except Exception:  # a damaged store must not stop a talk
            return []

    def _collection_cases(self, id_or_title: str) -> tuple[Any, list[Case]]:
        coll = self.kb.store.collection(id_or_title)
        cases = [self.kb.cases[i] for i in coll.case_ids if i in self.kb.cases]
        return coll, cases

    def _map_widget(self, slide: Slide) -> QWidget:
        from hyvatkaytannot.gui.map import MapWidget

        cases = [self.kb.cases[i] for i in slide.map_cases if i in self.kb.cases]
        return MapWidget.for_cases(cases)

    # -- presenting --------------------------------------------------------------------
    def _start(self, slides: list[Slide]) -> PresentationWindow:
        if self.presentation is not None:
            self.presentation.close()
        show_notes = bool(self.kb.settings.get("show_notes_in_presentation"))
        self.presentation = PresentationWindow(
            slides, show_notes=show_notes, map_factory=self._map_widget, folder_for=self._folder
        )
        start_presentation(self.presentation, self.parent_widget)
        return self.presentation

    def _folder(self, case_id: str) -> Path | None:
        case = self.kb.cases.get(case_id)
        return case.path.parent if case is not None and case.path else None

    def present_case(self, case_id: str) -> PresentationWindow | None:
        case = self.kb.cases.get(case_id)
        if case is None:
            return None
        return self._start(slides_for_case(case, self._notes(case_id), self._similar(case_id)))

    def _similar(self, case_id: str) -> list[tuple[str, str]]:
        """Similar cases for the end slide (≤ 50 ms at 10,000 cases: asked right here)."""
        hits = self.kb.similar(case_id, limit=SIMILAR_ON_END_SLIDE).hits
        return [(h.title, ", ".join(h.municipalities)) for h in hits]

    def present_collection(self, id_or_title: str) -> PresentationWindow:
        coll, cases = self._collection_cases(id_or_title)
        notes = {c.id: self._notes(c.id) for c in cases}
        slides = slides_for_collection(
            coll.title, coll.description, cases, notes, with_map=True, language=current_language()
        )
        return self._start(slides)

    def _present_current(self) -> None:
        case_id = self.window.current_case_id()
        if case_id is None:
            self.window.show_message(self.tr("Open a case first, then press F5."))
            return
        self.present_case(case_id)

    def _ask_collection(self) -> None:
        collections = self.kb.store.collections()
        if not collections:
            self.window.show_message(self.tr("There are no collections yet."))
            return
        titles = [c.title for c in collections]
        title, ok = QInputDialog.getItem(
            self.parent_widget,
            self.tr("Present collection"),
            self.tr("Collection:"),
            titles,
            0,
            False,
        )
        if ok and title:
            self.present_collection(collections[titles.index(title)].id)

    # -- handouts ----------------------------------------------------------------------
    def export_handout(self, path: Path, collection: str | None = None) -> int:
        """Write the open case (or `collection`) to `path`; return the page count."""
        cases, title, description = self._handout(collection)
        return export_pdf(cases, path, title, description, HANDOUT_TABLE_ROWS, self._table_note())

    def _table_note(self) -> Callable[[int, int], str]:
        """The line under a cut table, in the user's language (safe in a worker)."""
        template = self.tr("The table has %1 rows; the first %2 are printed here.")
        name = QLocale().name()

        def note(rows: int, shown: int) -> str:
            locale = QLocale(name)
            return template.replace("%1", locale.toString(rows)).replace(
                "%2", locale.toString(shown)
            )

        return note

    def _handout(self, collection: str | None) -> tuple[list[Case], str | None, str]:
        if collection:
            coll, cases = self._collection_cases(collection)
            return cases, coll.title, coll.description
        case = self.kb.cases.get(self.window.current_case_id() or "")
        if case is None:
            raise LookupError("no open case")
        return [case], None, ""

    def export_in_background(self, path: Path, collection: str | None = None) -> None:
        """The same, off the GUI thread: a case with a 3000-row table makes a 250-page PDF
        that takes a minute to lay out. The status bar says when it is saved."""
        cases, title, description = self._handout(collection)
        note = self._table_note()
        self.window.show_message(self.tr("Saving the handout…"))

        def saved(pages: int) -> None:
            self.window.show_message(self.tr("Handout saved: %1").replace("%1", str(path)))
            self.handoutSaved.emit(str(path), pages)

        def failed(exc: BaseException) -> None:
            self.window.show_message(
                self.tr("Could not save the handout: %1").replace("%1", str(exc))
            )

        run_in_background(
            self,
            lambda _kb: export_pdf(cases, path, title, description, HANDOUT_TABLE_ROWS, note),
            success=saved,
            failure=failed,
            key="handout",
            slow=True,
        )

    def _ask_pdf(self) -> None:
        case_id = self.window.current_case_id()
        if case_id is None:
            self.window.show_message(self.tr("Open a case first."))
            return
        name, _ = QFileDialog.getSaveFileName(
            self.parent_widget,
            self.tr("Save handout"),
            f"{case_id}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if name:
            self.export_in_background(Path(name))

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        case = self.kb.cases.get(self.window.current_case_id() or "")
        if case is None:
            self.window.show_message(self.tr("Open a case first."))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.parent_widget)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            from hyvatkaytannot.core.handout import handout_html

            html = handout_html([case], None, "", HANDOUT_TABLE_ROWS, self._table_note())
            paint_pages(printer, html, case.title, case_folders([case]))


def install(window: WindowApi) -> PresentController:
    """The "Present" menu's actions; the window keeps the controller."""
    return PresentController(window)
