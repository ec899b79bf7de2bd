"""The case editor window: front matter form | Markdown body + problems | live preview.

Design decisions:
- The editor's state is the form plus the body text; the case file text is *composed* from
  them (compose.py) and checked with the loader's `Library.parse_text` (the rules and
  messages of `hyvatkaytannot check`, including the duplicate-id check). Validation and the
  preview run 300 ms after the last keystroke (debounced): parsing and rendering a case
  take milliseconds, so the GUI thread is fine and no worker round trip is needed.
- Save is disabled while the loader reports errors; warnings are shown but allowed.
- Autosave: 3 s after a change the composed text goes to a draft (core DraftStore). A clean
  close or a successful save removes the draft; a crash leaves it for `offer_drafts`.
- Closing with unsaved changes asks Save / Discard / Cancel (non-blocking, see dialogs.py).
- Saving (and its conflicts, duplicates, disk errors) is in saving.py; this module never
  writes a case file itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.curate import CaseWriter, DraftStore, SaveError, new_draft_key
from hyvatkaytannot.core.curate.compose import (
    compose_text,
    join_body,
    meta_from_values,
    split_body,
    values_from_meta,
)
from hyvatkaytannot.core.curate.source import EditTarget, meta_and_body
from hyvatkaytannot.core.curate.template import translate_headings
from hyvatkaytannot.core.messages import message
from hyvatkaytannot.core.problems import Problem, Severity
from hyvatkaytannot.gui import geometry
from hyvatkaytannot.gui.curate.dialogs import UnsavedDialog
from hyvatkaytannot.gui.curate.form import CaseForm
from hyvatkaytannot.gui.curate.preview import CasePreview
from hyvatkaytannot.gui.curate.saving import SaveFlow
from hyvatkaytannot.gui.i18n import message_text
from hyvatkaytannot.gui.icons import icon

if TYPE_CHECKING:
    from hyvatkaytannot.core import KnowledgeBase


DEBOUNCE_MS = 300
AUTOSAVE_MS = 3000


class CaseEditor(QMainWindow):
    saved = Signal(str)  # case id, after every successful save
    closed = Signal()

    def __init__(
        self,
        kb: KnowledgeBase,
        text: str,
        target: EditTarget,
        parent: QWidget | None = None,
        baseline: str | None = None,
        fresh: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setObjectName("caseEditor")
        self.kb = kb
        self.target = target
        self.writer = CaseWriter.for_kb(kb)
        self.drafts = DraftStore(kb.paths.drafts_dir)
        self._dialog: QDialog | None = None  # the editor's own open question (unsaved changes)
        self.case: Case | None = None
        self.problems: list[Problem] = []
        self.errors: list[Problem] = []
        self._original_meta: dict[str, Any] = {}
        self._original_body = ""
        self._original_text: str | None = None
        self._body_prefix = "\n"
        self._saved_text = ""
        self._closing_ok = False
        self.fresh = fresh
        self.proposals: Any = None  # a ProposalPanel when the case comes from capture
        self._dropped: set[str] = set()  # front-matter fields the coordinator cleared

        self.form = CaseForm(lambda: self.kb.cases, self)
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setWidget(self.form)
        self.form_scroll.setMinimumWidth(420)
        self.body_label = QLabel(self)
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("bodyEditor")
        self.body_edit.setTabChangesFocus(False)
        self.body_label.setBuddy(self.body_edit)
        self.problems_label = QLabel(self)
        self.problems_list = QListWidget(self)
        self.problems_list.setObjectName("editorProblems")
        self.problems_label.setBuddy(self.problems_list)
        self.problems_list.itemActivated.connect(self._go_to_problem)
        self.preview = CasePreview(kb, self)

        middle = QWidget(self)
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.body_label)
        column.addWidget(self.body_edit, 3)
        column.addWidget(self.problems_label)
        column.addWidget(self.problems_list, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.form_scroll)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.preview)
        self.splitter.setSizes([520, 440, 440])
        self.setCentralWidget(self.splitter)

        self.save_action = QAction(icon("save"), "", self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(lambda: self.save())
        self.folder_label = QLabel(self)
        self.folder_combo = QComboBox(self)
        self.folder_label.setBuddy(self.folder_combo)
        for folder in self.writer.writable_folders():
            self.folder_combo.addItem(str(folder), folder)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("editorToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.save_action)
        self.toolbar.addSeparator()
        self.folder_label_action = self.toolbar.addWidget(self.folder_label)
        self.folder_combo_action = self.toolbar.addWidget(self.folder_combo)
        self.addToolBar(self.toolbar)
        self.status_label = QLabel(self)
        self.statusBar().addWidget(self.status_label, 1)

        self.validate_timer = QTimer(self)
        self.validate_timer.setSingleShot(True)
        self.validate_timer.setInterval(DEBOUNCE_MS)
        self.validate_timer.timeout.connect(self.validate_now)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.form.changed.connect(self._changed)
        self.form.language_changed.connect(self._language_changed)
        self.body_edit.textChanged.connect(self._changed)

        self.flow = SaveFlow(self)
        self.load_text(text, target, baseline, fresh)
        self.retranslate()
        geometry.restore_for(kb, self, "editor", (1400, 900))

    # -- text ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.body_label.setText(self.tr("Case te&xt (Markdown)"))
        self.body_edit.setAccessibleName(self.tr("Case text in Markdown"))
        self.problems_label.setText(self.tr("&Problems"))
        self.problems_list.setAccessibleName(self.tr("Problems in the case"))
        self.preview.setAccessibleName(self.tr("Preview"))
        self.folder_label.setText(self.tr("Save in &folder:"))
        self.folder_combo.setAccessibleName(self.tr("Folder for the new case"))
        self.form_scroll.setAccessibleName(self.tr("Case details"))
        self._update_title()
        self.update_actions()

    def _update_title(self) -> None:
        title = self.form.title_edit.text() or self.tr("New case")
        mark = "*" if self.is_dirty() else ""
        self.setWindowTitle(self.tr("Edit case – %1").replace("%1", title) + mark)

    # -- loading ---------------------------------------------------------------------
    def load_text(
        self, text: str, target: EditTarget, baseline: str | None = None, fresh: bool = False
    ) -> bool:
        """Show `text` (a whole case file) in the form and the body editor.

        `baseline` is what the file holds (default: `text`); a restored draft differs from
        it, so it counts as unsaved. `fresh` marks an untouched new-case template, which
        closes without a question.
        """
        parts = meta_and_body(text)
        if parts is None:
            return False
        meta, body = parts
        self.target = target
        self.fresh = fresh
        text = text.replace("\r\n", "\n")
        self._original_meta, self._original_body = meta, body
        self._original_text = text if target.path is not None else None
        self._saved_text = text if baseline is None else baseline.replace("\r\n", "\n")
        self._body_prefix, rest = split_body(body)
        self.form.blockSignals(True)
        self.form.set_values(values_from_meta(meta), new_case=target.path is None)
        self.form.blockSignals(False)
        self.body_edit.blockSignals(True)
        self.body_edit.setPlainText(rest)
        self.body_edit.blockSignals(False)
        self.folder_label_action.setVisible(target.path is None)
        self.folder_combo_action.setVisible(target.path is None)
        self.validate_now()
        return True

    def mark_saved(self, text: str, target: EditTarget) -> None:
        """After a save: the saved text is the new baseline; the draft is gone."""
        old_key = self.target.draft_key
        self.drafts.discard_draft(old_key)
        self.autosave_timer.stop()
        self.load_text(text, target)
        if target.draft_key != old_key:
            self.drafts.discard_draft(target.draft_key)

    def _language_changed(self, _old: str, new: str) -> None:
        """Another case language: the six section headings follow it (one undo step)."""
        text = self.body_edit.toPlainText()
        translated = translate_headings(text, new)
        if translated != text:
            cursor = self.body_edit.textCursor()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(translated)

    # -- composing and checking ------------------------------------------------------
    def body_text(self) -> str:
        return join_body(self._body_prefix, self.body_edit.toPlainText())

    def text(self, for_save: bool = False) -> str:
        """The case file as it would be saved now.

        Saving is the review: `review: ehdotus` (a draft from capture) is dropped then,
        unless proposals of this editor's capture are still unreviewed.
        """
        meta = meta_from_values(self._original_meta, self.form.values())
        for key in self._dropped:
            meta.pop(key, None)
        pending = self.proposals is not None and self.proposals.pending()
        if for_save and "review" in meta and not pending:
            meta.pop("review")
        return compose_text(
            self._original_meta, self._original_body, self._original_text, meta, self.body_text()
        )

    def drop_meta_field(self, key: str) -> None:
        """Leave a field the form does not show (organisations) out of the saved case."""
        self._dropped.add(key)
        self._changed()

    def attach_proposals(self, draft: Any) -> Any:
        """Show a captured draft's proposals beside the form (see proposals.py)."""
        from PySide6.QtWidgets import QDockWidget

        from hyvatkaytannot.gui.curate.proposals import ProposalPanel

        self.proposals = ProposalPanel(self, draft, self)
        dock = QDockWidget(self.tr("Proposals from the document"), self)
        dock.setObjectName("proposalsDock")
        dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        dock.setWidget(self.proposals)
        dock.setMinimumWidth(360)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.proposals_dock = dock
        return self.proposals

    def check_path(self) -> Path:
        """The path the text is checked (and a new case saved) as."""
        if self.target.path is not None:
            return self.target.path
        folder = Path(self.folder_combo.currentData() or self.kb.paths.user_cases_dir)
        case_id = self.form.id_edit.text().strip() or "uusi-tapaus"
        return folder / f"{case_id}.md"

    def validate_now(self) -> list[Problem]:
        self.validate_timer.stop()
        text = self.text()
        path = self.check_path()
        self.case, problems = self.kb.library.parse_text(text, path)
        self.problems = list(problems) + self._id_taken(path)
        self.errors = [p for p in self.problems if p.is_error]
        self.form.show_problems(self.problems, text)
        self._fill_problems()
        self.preview.show_text(self.case, self.form.title_edit.text(), self.body_text(), path)
        self.update_actions()
        self._update_title()
        return self.problems

    def _id_taken(self, path: Path) -> list[Problem]:
        """A new case may not reuse an id (the loader cannot see a file not yet written)."""
        case_id = self.form.id_edit.text().strip()
        other = self.kb.cases.get(case_id) if self.target.path is None else None
        if other is None:
            return []
        said = message("case.id_used_by", case_id=case_id, path=other.path)
        return [Problem(path, said, 2, Severity.ERROR, case_id)]

    def _fill_problems(self) -> None:
        self.problems_list.clear()
        for p in self.problems:
            where = self.tr("line %1").replace("%1", str(p.line)) + ": " if p.line else ""
            kind = self.tr("Error") if p.is_error else self.tr("Warning")
            glyph = icon("error" if p.is_error else "warning")
            item = QListWidgetItem(glyph, f"{kind} – {where}{p.message}")
            item.setData(Qt.ItemDataRole.UserRole, p.line or 0)
            item.setToolTip(p.message)
            self.problems_list.addItem(item)
        if not self.problems:
            self.problems_list.addItem(self.tr("No problems."))

    def problem_messages(self) -> list[str]:
        return [p.message for p in self.problems]

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        """A body problem moves the cursor to its line; a field problem focuses the field."""
        line = int(item.data(Qt.ItemDataRole.UserRole) or 0)
        body_line = self.text().split("\n").index("---", 1) + 2 if line else 0
        if line and line >= body_line:
            # The editor shows the body without its leading blank lines.
            offset = line - body_line - len(self._body_prefix)
            block = self.body_edit.document().findBlockByNumber(max(0, offset))
            self.body_edit.setTextCursor(QTextCursor(block))
            self.body_edit.setFocus()
            return
        for key, label in self.form.errors.items():
            if not label.isHidden():
                self.form.field_widgets[key].setFocus()
                self.form_scroll.ensureWidgetVisible(self.form.field_widgets[key])
                return

    def can_save(self) -> bool:
        return not self.errors

    def is_dirty(self) -> bool:
        if self.target.path is None:
            return True  # a new case exists nowhere until it is saved
        return self.text() != self._saved_text

    def update_actions(self) -> None:
        if self.target.read_only:
            self.save_action.setText(self.tr("Save as copy"))
            self.save_action.setToolTip(
                self.tr("This case is in a read-only folder; save it as your own copy.")
            )
        else:
            self.save_action.setText(self.tr("Save"))
            self.save_action.setToolTip("")
        self.save_action.setEnabled(self.can_save() and not self.flow.busy)
        if self.errors:
            self.status_label.setText(
                self.tr("%n error(s): fix them before saving.", "", len(self.errors))
            )
        else:
            self.status_label.setText("")

    def _changed(self) -> None:
        self.validate_timer.start()
        if not self.autosave_timer.isActive():
            self.autosave_timer.start()
        self._update_title()

    # -- autosave --------------------------------------------------------------------
    def autosave_now(self) -> bool:
        """Write the draft now (the timer calls this); False if the disk refused."""
        self.autosave_timer.stop()
        if not self.is_dirty():
            return False
        try:
            self.drafts.save_draft(
                self.target.draft_key,
                self.text(),
                path=self.target.path,
                base_fingerprint=self.target.fingerprint,
                case_id=self.form.id_edit.text().strip() or None,
            )
        except SaveError as exc:
            reason = message_text(exc.said)
            self.status_label.setText(self.tr("Could not save a draft: %1").replace("%1", reason))
            return False
        return True

    # -- saving ----------------------------------------------------------------------
    def save(self) -> None:
        self.flow.start()

    def show_status(self, text: str) -> None:
        self.status_label.setText(text)

    # -- closing ---------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._closing_ok or not self.is_dirty() or self._untouched_new():
            self._finish_close()
            event.accept()
            return
        event.ignore()
        dialog = UnsavedDialog(self.form.title_edit.text() or self.tr("New case"), self)
        dialog.finished.connect(lambda _r: self._unsaved_answer(dialog.choice))
        self._dialog = dialog
        dialog.open()

    def _untouched_new(self) -> bool:
        return self.target.path is None and self.fresh and not self._edited()

    def _edited(self) -> bool:
        meta = meta_from_values(self._original_meta, self.form.values())
        return meta != self._original_meta or self.body_text() != self._original_body

    @property
    def active_dialog(self) -> QDialog | None:
        """The open question, if any: the editor's own or the save flow's (tests drive it)."""
        return self._dialog or self.flow.dialog

    def _unsaved_answer(self, choice: str | None) -> None:
        self._dialog = None
        if choice == "discard":
            self.close_discarding()
        elif choice == "save":
            self.flow.start(close_after=True)

    def close_discarding(self) -> None:
        self._closing_ok = True
        self.drafts.discard_draft(self.target.draft_key)
        self.close()

    def close_after_save(self) -> None:
        self._closing_ok = True
        self.close()

    def _finish_close(self) -> None:
        geometry.save_for(self.kb, self, "editor")
        self.validate_timer.stop()
        self.autosave_timer.stop()
        if self._closing_ok or not self.is_dirty() or self._untouched_new():
            self.drafts.discard_draft(self.target.draft_key)
        self.closed.emit()


def new_target(kb: KnowledgeBase) -> EditTarget:
    return EditTarget(path=None, fingerprint=None, read_only=False, draft_key=new_draft_key())


def target_for(
    kb: KnowledgeBase, path: Path, fingerprint: str | None, draft_key: str
) -> EditTarget:
    folder, read_only = kb.library.folder_for(path)
    return EditTarget(Path(path), fingerprint, bool(read_only or folder is None), draft_key)
