"""The capture queue: documents in, one draft each, reviewed one by one in the editor.

Design decisions:
- Files and folders are added with buttons or dropped on the window; text can be pasted
  from the clipboard. Each document is read and proposed in the background (gui/worker.py),
  one at a time so the queue fills in as it goes and the progress bar moves.
- A row's state: waiting, proposed, in review, reviewed (editor closed unsaved), saved,
  skipped, or unreadable with the Finnish reason from the core. An unreadable file never
  stops the rest.
- Opening a row opens the case editor with the draft and its proposals (controller
  `open_capture`). Nothing is saved here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hyvatkaytannot.gui.worker import run_in_background

if TYPE_CHECKING:
    from hyvatkaytannot.core import KnowledgeBase

WAITING, PROPOSED, IN_REVIEW, REVIEWED, SAVED, SKIPPED, UNREADABLE = (
    "waiting", "proposed", "in_review", "reviewed", "saved", "skipped", "unreadable",
)  # fmt: skip
FILTER_SUFFIXES = "*.html *.htm *.mhtml *.mht *.docx *.odt *.pdf *.txt *.md"


class QueueItem:
    def __init__(self, path: Path | None, text: str | None = None) -> None:
        self.path = path
        self.text = text  # clipboard text
        self.state = WAITING
        self.draft: Any = None
        self.error = ""

    @property
    def name(self) -> str:
        if self.path is not None:
            return self.path.name
        return QCoreApplication.translate("CaptureDialog", "clipboard")


class CaptureDialog(QDialog):
    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.kb = controller.kb
        self.items: list[QueueItem] = []
        self.running = False
        self.setObjectName("captureDialog")
        self.setAcceptDrops(True)
        self.setWindowTitle(self.tr("Capture cases from documents"))
        self.intro = QLabel(
            self.tr(
                "Drop documents or folders here, or add them with the buttons: web pages "
                "(HTML, MHTML), Word (.docx), OpenDocument (.odt), PDF, text and Markdown. "
                "Each becomes a draft case to review in the editor."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.add_files_button = QPushButton(self.tr("Add &files…"), self)
        self.add_folder_button = QPushButton(self.tr("Add f&older…"), self)
        self.paste_button = QPushButton(self.tr("&Paste text"), self)
        self.open_button = QPushButton(self.tr("&Review in editor"), self)
        self.skip_button = QPushButton(self.tr("&Skip"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("captureQueue")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("State"), self.tr("Title or reason")]
        )
        self.table.setAccessibleName(self.tr("Documents to capture"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(lambda row, _c: self.review(row))
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Capture progress"))
        self.progress.setFormat(self.tr("%v of %m documents"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.summary = QLabel(self)

        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.paste_button.clicked.connect(self.paste)
        self.open_button.clicked.connect(lambda: self.review(self.table.currentRow()))
        self.skip_button.clicked.connect(lambda: self.skip(self.table.currentRow()))
        self.close_button.clicked.connect(self.close)

        adders = QHBoxLayout()
        for b in (self.add_files_button, self.add_folder_button, self.paste_button):
            adders.addWidget(b)
        adders.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        for b in (self.open_button, self.skip_button, self.close_button):
            actions.addWidget(b)
        column = QVBoxLayout(self)
        column.addWidget(self.intro)
        column.addLayout(adders)
        column.addWidget(self.table, 1)
        column.addWidget(self.progress)
        column.addLayout(actions)
        self.resize(900, 520)
        self._update_buttons()

    # -- adding ----------------------------------------------------------------------
    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose documents"), "", self.tr("Documents (%1)").replace(
                "%1", FILTER_SUFFIXES)
        )  # fmt: skip
        self.add_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"))
        if folder:
            self.add_paths([Path(folder)])

    def paste(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.summary.setText(self.tr("The clipboard has no text."))
            return
        self._add(QueueItem(None, text))
        self._next()

    def add_paths(self, paths: list[Path]) -> None:
        from hyvatkaytannot.core.capture import expand_paths

        for p in expand_paths(paths):
            self._add(QueueItem(p))
        self._next()

    def _add(self, item: QueueItem) -> None:
        self.items.append(item)
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col in range(3):
            self.table.setItem(row, col, QTableWidgetItem(""))
        self._show(row)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        self.add_paths(paths)
        event.acceptProposedAction()

    # -- working ---------------------------------------------------------------------
    def _next(self) -> None:
        self._update_progress()
        if self.running:
            return
        waiting = [i for i, it in enumerate(self.items) if it.state == WAITING]
        if not waiting:
            return
        row = waiting[0]
        item = self.items[row]
        self.running = True

        def op(kb: KnowledgeBase) -> Any:
            if item.path is None:
                from hyvatkaytannot.core.capture import CaptureError

                try:
                    return kb.capture_text(item.text or ""), None
                except CaptureError as e:
                    return None, str(e)
            [outcome] = kb.capture([item.path])
            return outcome.draft, outcome.error

        run_in_background(
            self, op, lambda result: self._done(row, *result),
            lambda error: self._done(row, None, f"{item.name}: {error}"),
        )  # fmt: skip

    def _done(self, row: int, draft: Any, error: str | None) -> None:
        item = self.items[row]
        item.draft, item.error = draft, error or ""
        item.state = PROPOSED if draft is not None else UNREADABLE
        self.running = False
        self._show(row)
        if self.table.currentRow() < 0 and draft is not None:
            self.table.selectRow(row)
        self._next()

    def is_idle(self) -> bool:
        return not self.running and all(i.state != WAITING for i in self.items)

    # -- reviewing -------------------------------------------------------------------
    def review(self, row: int) -> Any:
        if not 0 <= row < len(self.items) or self.items[row].draft is None:
            return None
        item = self.items[row]
        if item.state in (SAVED, IN_REVIEW):
            return None
        editor = self.controller.open_capture(item.draft)
        editor.raise_()
        editor.activateWindow()
        item.state = IN_REVIEW
        editor.saved.connect(lambda _id, row=row: self._set(row, SAVED))
        editor.closed.connect(
            lambda row=row: self._set(row, REVIEWED)
            if self.items[row].state == IN_REVIEW else None
        )  # fmt: skip
        self._show(row)
        return editor

    def skip(self, row: int) -> None:
        if 0 <= row < len(self.items) and self.items[row].state in (PROPOSED, REVIEWED):
            self._set(row, SKIPPED)

    def _set(self, row: int, state: str) -> None:
        self.items[row].state = state
        self._show(row)

    # -- showing ---------------------------------------------------------------------
    def state_text(self, state: str) -> str:
        return {
            WAITING: self.tr("waiting"),
            PROPOSED: self.tr("proposed"),
            IN_REVIEW: self.tr("in review"),
            REVIEWED: self.tr("reviewed, not saved"),
            SAVED: self.tr("saved"),
            SKIPPED: self.tr("skipped"),
            UNREADABLE: self.tr("unreadable"),
        }[state]

    def _show(self, row: int) -> None:
        item = self.items[row]
        detail = item.error if item.state == UNREADABLE else (
            item.draft.title if item.draft is not None else "")  # fmt: skip
        if item.draft is not None and item.draft.to_json()["personal_data"]:
            detail += "  " + self.tr("(contains personal data)")
        for col, text in enumerate((item.name, self.state_text(item.state), detail)):
            cell = self.table.item(row, col)
            if cell is None:
                cell = QTableWidgetItem()
                self.table.setItem(row, col, cell)
            cell.setText(text)
            cell.setToolTip(text)
        self._update_progress()
        self._update_buttons()

    def _update_progress(self) -> None:
        total = len(self.items)
        done = sum(1 for i in self.items if i.state != WAITING)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        bad = sum(1 for i in self.items if i.state == UNREADABLE)
        if total:
            text = self.tr("%n document(s) read", "", done)
            if bad:
                text += "; " + self.tr("%n could not be read", "", bad)
            self.summary.setText(text)

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        item = self.items[row] if 0 <= row < len(self.items) else None
        reviewable = item is not None and item.state in (PROPOSED, REVIEWED, SKIPPED)
        self.open_button.setEnabled(reviewable)
        self.skip_button.setEnabled(item is not None and item.state in (PROPOSED, REVIEWED))


__all__ = ["CaptureDialog", "Qt"]
