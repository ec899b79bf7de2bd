"""Saving from the editor: a small state machine around the facade's save operations
(`kb.save_case`, `kb.save_new_case`, `kb.save_case_copy`, which write through the core's
CaseWriter and bring the library and the index up to date).

    start() -> [new case: possible duplicates? -> DuplicatesDialog] -> write
            -> ConflictError -> ConflictDialog: keep mine | take theirs | save a copy
            -> SaveError (disk full, permissions) -> error box, text and draft kept

Design decisions:
- Writing is the core's job (atomic temp file + rename, fingerprint check); this module
  only decides *which* core call to make and what to ask the user. The writes run on the
  GUI thread: one small file, and the user must not edit while a save is half done (the
  Save action is disabled while `busy`).
- Never overwrite an outside edit silently: "keep mine" passes the fingerprint of the
  version the user was *shown* in the conflict dialog, so a third edit made while the
  dialog was open is another conflict, not a silent loss.
- A read-only case (the bundled folder) is saved with `save_case_copy` under a new id in the
  user's own folder; the editor then edits that copy.
- Disk errors: the message names the file and the reason in Finnish; the editor keeps the
  text, the dirty mark and the draft, and the file on disk is as it was (core guarantee).
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from hyvatkaytannot.core.curate import (
    ConflictError,
    InvalidCaseError,
    ReadOnlyError,
    SavedCase,
    SaveError,
)
from hyvatkaytannot.core.curate.source import EditTarget
from hyvatkaytannot.core.duplicates import find_similar
from hyvatkaytannot.gui.curate.dialogs import ConflictDialog, DuplicatesDialog, error_box
from hyvatkaytannot.gui.i18n import error_text

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QWidget

    from hyvatkaytannot.core import KnowledgeBase
    from hyvatkaytannot.core.case import Case
    from hyvatkaytannot.core.curate import DraftStore
    from hyvatkaytannot.core.problems import Problem


class SaveHost(Protocol):
    """What the save flow uses of its editor (editor.py's CaseEditor)."""

    kb: KnowledgeBase
    drafts: DraftStore
    target: EditTarget
    case: Case | None

    @property
    def saved(self) -> SignalInstance: ...

    def window(self) -> QWidget: ...  # the editor itself, as the dialogs' parent

    def text(self, for_save: bool = False) -> str: ...

    def check_path(self) -> Path: ...

    def validate_now(self) -> list[Problem]: ...

    def can_save(self) -> bool: ...

    def update_actions(self) -> None: ...

    def show_status(self, text: str) -> None: ...

    def autosave_now(self) -> bool: ...

    def mark_saved(self, text: str, target: EditTarget) -> None: ...

    def load_text(
        self, text: str, target: EditTarget, baseline: str | None = None, fresh: bool = False
    ) -> bool: ...

    def close_after_save(self) -> None: ...


class SaveFlow(QObject):
    def __init__(self, editor: SaveHost) -> None:
        super().__init__(editor.window())
        self.editor = editor
        # The question this flow has open (conflict, duplicates, an error), if any.
        self.dialog: QDialog | None = None
        self.busy = False
        self.close_after = False
        self.last_error: str | None = None

    def save_error_reason(self, exc: OSError) -> str:
        """A disk error in words (Finnish through the translation)."""
        code = getattr(getattr(exc, "cause", None), "errno", None) or exc.errno
        reasons = {
            errno.ENOSPC: self.tr("the disk is full"),
            errno.EDQUOT: self.tr("the disk quota is exceeded"),
            errno.EACCES: self.tr("you do not have permission to write there"),
            errno.EPERM: self.tr("you do not have permission to write there"),
            errno.EROFS: self.tr("the disk is read-only"),
            errno.EFBIG: self.tr("the file is too large for this disk"),
        }
        return reasons.get(code or 0, getattr(exc, "reason", None) or str(exc))

    def similarity_reason(self, code: str) -> str:
        return {
            "same-title": self.tr("the same title"),
            "title": self.tr("a similar title in the same municipality"),
            "summary": self.tr("a similar summary in the same municipality"),
            "title+summary": self.tr("a similar title and summary in the same municipality"),
        }.get(code, code)

    # -- entry -----------------------------------------------------------------------
    def start(self, close_after: bool = False) -> None:
        ed = self.editor
        if self.busy:
            return
        self.close_after = close_after
        ed.validate_now()
        if not ed.can_save():
            ed.show_status(self.tr("Not saved: the case has errors (see the problems list)."))
            self.close_after = False
            return
        text = ed.text(for_save=True)
        if ed.target.path is None:
            similar = self._similar()
            if similar:
                self._ask(
                    DuplicatesDialog(similar, ed.window()),
                    lambda d: self._after_duplicates(d, text),
                )
                return
            self._write(lambda: ed.kb.save_new_case(text, ed.check_path().parent).value, text)
        elif ed.target.read_only:
            self._save_copy(text)
        else:
            path, fingerprint = ed.target.path, ed.target.fingerprint
            self._write(lambda: ed.kb.save_case(path, text, fingerprint).value, text)

    def _similar(self) -> list[tuple[str, str, str]]:
        ed = self.editor
        if ed.case is None:
            return []
        cases = ed.kb.cases
        return [
            (s.case_id, cases[s.case_id].title, self.similarity_reason(s.reason))
            for s in find_similar(ed.case, cases)
            if s.case_id in cases
        ]

    def _after_duplicates(self, dialog: DuplicatesDialog, text: str) -> None:
        ed = self.editor
        if dialog.choice != "save":
            self.close_after = False
            ed.show_status(self.tr("Not saved."))
            return
        self._write(lambda: ed.kb.save_new_case(text, ed.check_path().parent).value, text)

    def _save_copy(self, text: str) -> None:
        ed = self.editor
        self._write(lambda: ed.kb.save_case_copy(text).value, text, copy=True)

    # -- the write -------------------------------------------------------------------
    def _write(self, op: Any, text: str, copy: bool = False) -> None:
        ed = self.editor
        self.busy = True
        ed.update_actions()
        try:
            saved: SavedCase = op()
        except ConflictError as exc:
            self._conflict(exc, text)
            return
        except SaveError as exc:
            self._failed(
                self.tr("Could not save %1: %2.")
                .replace("%1", str(exc.path))
                .replace("%2", self.save_error_reason(exc))
            )
            return
        except InvalidCaseError as exc:
            self._failed(self.tr("Not saved: the case has errors."), exc.problems[0].message)
            return
        except ReadOnlyError as exc:
            self._failed(
                self.tr("Not saved: %1 is in a read-only folder.").replace("%1", str(exc.path))
            )
            return
        except (ValueError, OSError) as exc:
            self._failed(self.tr("Not saved."), error_text(exc))
            return
        self._saved(saved, copy)

    def _saved(self, saved: SavedCase, copy: bool) -> None:
        ed = self.editor
        self.busy = False
        self.last_error = None
        written = saved.path.read_text(encoding="utf-8")
        target = EditTarget(Path(saved.path), saved.fingerprint, False, saved.case_id)
        ed.mark_saved(written, target)
        if copy:
            ed.show_status(self.tr("Saved as your own copy: %1").replace("%1", str(saved.path)))
        else:
            ed.show_status(self.tr("Saved: %1").replace("%1", str(saved.path)))
        ed.saved.emit(saved.case_id)
        if self.close_after:
            self.close_after = False
            ed.close_after_save()

    def _failed(self, text: str, detail: str = "") -> None:
        ed = self.editor
        self.busy = False
        self.close_after = False
        self.last_error = text
        ed.update_actions()
        ed.show_status(text)
        ed.autosave_now()  # the text is safe in a draft even if the editor is closed next
        self.dialog = error_box(
            ed.window(),
            self.tr("Could not save"),
            text,
            detail or self.tr("Your text is still in the editor."),
        )

    # -- conflicts -------------------------------------------------------------------
    def _conflict(self, exc: ConflictError, text: str) -> None:
        dialog = ConflictDialog(str(exc.path), exc.mine, exc.theirs, self.editor.window())
        self._ask(dialog, lambda d: self._after_conflict(d, exc, text))

    def _after_conflict(self, dialog: ConflictDialog, exc: ConflictError, text: str) -> None:
        ed = self.editor
        self.busy = False
        if dialog.choice == "mine":
            fingerprint = exc.theirs_fingerprint
            self._write(lambda: ed.kb.save_case(exc.path, text, fingerprint).value, text)
        elif dialog.choice == "theirs" and exc.theirs is not None:
            target = EditTarget(exc.path, exc.theirs_fingerprint, False, ed.target.draft_key)
            ed.drafts.discard_draft(ed.target.draft_key)
            if not ed.load_text(exc.theirs, target):
                ed.show_status(self.tr("The version on disk cannot be shown in the editor."))
            else:
                ed.show_status(self.tr("Loaded the version on disk; your changes were discarded."))
            self.close_after = False
        elif dialog.choice == "copy":
            self._save_copy(text)
        else:
            self.close_after = False
            ed.update_actions()
            ed.show_status(self.tr("Not saved."))

    # -- dialogs ---------------------------------------------------------------------
    def _ask(self, dialog: Any, then: Any) -> None:
        ed = self.editor
        self.busy = True
        ed.update_actions()

        def answered(_result: int) -> None:
            self.dialog = None
            self.busy = False
            then(dialog)
            ed.update_actions()

        dialog.finished.connect(answered)
        self.dialog = dialog
        dialog.open()
