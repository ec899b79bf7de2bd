"""Curating from the main window: opens editors and bundle dialogs, offers drafts.

Design decisions:
- One editor per file: asking to edit a case that already has an editor raises that one.
- The controller only talks to the window through the extension API (`kb`, `menu`,
  `current_case_id`, `open_case`, `show_message`, `sync`) and uses `getattr` for the
  optional parts, so the editor works with any host that has a `kb` (tests, scripts).
- After a save or an import the library is re-read through the window's LibrarySync (in
  the background, which also updates the index); the file watcher would do it anyway, this
  only makes it immediate.
- Dialogs are opened with `open()` and kept in `self.active_dialog`, never `exec()`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence

from hyvatkaytannot.core.curate import Draft, DraftStore, new_case_text
from hyvatkaytannot.core.curate.source import EditTarget, read_case_file
from hyvatkaytannot.gui.curate.drafts_dialog import DraftsDialog
from hyvatkaytannot.gui.curate.editor import CaseEditor, new_target, target_for
from hyvatkaytannot.gui.curate.export_dialog import ExportDialog
from hyvatkaytannot.gui.curate.import_dialog import ImportDialog

if TYPE_CHECKING:
    from hyvatkaytannot.core import KnowledgeBase


class CurateHost(Protocol):
    """What the controller needs of its window (the main window, or a test's stand-in)."""

    kb: KnowledgeBase

    def show_message(self, text: str) -> None: ...


class CurateController(QObject):
    def __init__(
        self,
        window: CurateHost,
        current_case_id: Callable[[], str | None] = lambda: None,
        library_changed: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(window if isinstance(window, QObject) else None)
        self.window = window
        self.kb = window.kb
        # The open case (for "Edit case" and exports) and "files changed: reload", from the
        # main window; a stand-in host has neither.
        self._current = current_case_id
        self._library_changed = library_changed
        self.editors: list[CaseEditor] = []
        self.active_dialog: Any = None
        if isinstance(window, QObject):
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Closing the main window first asks each editor with unsaved changes.

        The editors' questions are non-blocking, so this close is refused while they are
        open; once answered (saved or discarded), closing the window again goes through.
        """
        if watched is self.parent() and event.type() == QEvent.Type.Close:
            for editor in list(self.editors):
                editor.close()  # closes at once when clean, else asks Save/Discard/Cancel
            if self.editors:
                self.editors[0].raise_()
                self.editors[0].activateWindow()
                event.ignore()
                return True
        return False

    def _parent(self) -> Any:
        return self.window if isinstance(self.window, QObject) else None

    def _message(self, text: str) -> None:
        self.window.show_message(text)

    # -- menu actions ----------------------------------------------------------------
    def make_actions(self, parent: QObject) -> dict[str, QAction]:
        """New case (Ctrl+N), Edit case (Ctrl+E), Export bundle…, Import bundle…"""
        specs = [
            ("new", self.tr("&New case"), "Ctrl+N", self.new_case),
            ("edit", self.tr("&Edit case"), "Ctrl+E", lambda: self.edit_case()),
            ("capture", self.tr("&Capture from documents…"), "", self.capture_documents),
            ("export", self.tr("E&xport bundle…"), "", self.export_bundle),
            ("import", self.tr("&Import bundle…"), "", self.import_bundle),
        ]
        self.actions: dict[str, QAction] = {}
        for key, text, shortcut, slot in specs:
            action = QAction(text, parent)
            action.setObjectName(f"curate_{key}")
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            self.actions[key] = action
        return self.actions

    # -- editors ---------------------------------------------------------------------
    def _open_editor(
        self, text: str, target: EditTarget, baseline: str | None = None, fresh: bool = False
    ) -> CaseEditor:
        editor = CaseEditor(self.kb, text, target, self._parent(), baseline, fresh)
        editor.saved.connect(self._on_saved)
        editor.closed.connect(lambda: self._forget(editor))
        self.editors.append(editor)
        editor.show()
        return editor

    def _forget(self, editor: CaseEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def editor_for(self, path: Path) -> CaseEditor | None:
        for editor in self.editors:
            if editor.target.path is not None and Path(editor.target.path) == Path(path):
                return editor
        return None

    def new_case(self) -> CaseEditor:
        text = new_case_text(existing_ids=self.kb.cases)
        return self._open_editor(text, new_target(self.kb), fresh=True)

    def edit_case(self, case_id: str | None = None) -> CaseEditor | None:
        case_id = case_id or self._current_case_id()
        case = self.kb.cases.get(case_id) if case_id else None
        if case is None:
            self._message(self.tr("Open a case first, then edit it."))
            return None
        existing = self.editor_for(case.path)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        read = read_case_file(Path(case.path))
        if read is None:
            self._message(self.tr("Cannot read %1.").replace("%1", str(case.path)))
            return None
        text, fingerprint = read
        return self._open_editor(text, target_for(self.kb, Path(case.path), fingerprint, case.id))

    def restore_draft(self, draft: Draft) -> CaseEditor:
        if draft.path:
            path = Path(draft.path)
            read = read_case_file(path)
            baseline = read[0] if read is not None else ""
            target = target_for(self.kb, path, draft.base_fingerprint, draft.key)
            return self._open_editor(draft.text, target, baseline=baseline)
        target = EditTarget(None, None, False, draft.key)
        return self._open_editor(draft.text, target)

    def _current_case_id(self) -> str | None:
        return self._current()

    def _on_saved(self, case_id: str) -> None:
        self._library_changed()
        self._message(self.tr("Saved “%1”.").replace("%1", case_id))

    # -- capture ---------------------------------------------------------------------
    def capture_documents(self, paths: list[Path] | None = None) -> Any:
        """The capture queue (files, folders, clipboard → drafts to review)."""
        from hyvatkaytannot.gui.curate.capture_dialog import CaptureDialog

        dialog = CaptureDialog(self, self._parent())
        self.active_dialog = dialog
        # Not modal: the editors it opens must come above it, and the queue stays usable.
        dialog.setModal(False)
        dialog.show()
        if paths:
            dialog.add_paths(paths)
        return dialog

    def open_capture(self, draft: Any) -> CaseEditor:
        """A captured draft in a new editor with its proposals marked; nothing is saved."""
        editor = self._open_editor(draft.case_text(self.kb.taken_ids()), new_target(self.kb))
        editor.attach_proposals(draft)
        return editor

    # -- drafts ----------------------------------------------------------------------
    def offer_drafts(self) -> DraftsDialog | None:
        store = DraftStore(self.kb.paths.drafts_dir)
        open_keys = {e.target.draft_key for e in self.editors}
        drafts = [d for d in store.list_drafts() if d.key not in open_keys]
        if not drafts:
            return None
        dialog = DraftsDialog(store, drafts, self.restore_draft, self._parent())
        self.active_dialog = dialog
        dialog.open()
        return dialog

    # -- bundles ---------------------------------------------------------------------
    def export_bundle(self) -> ExportDialog:
        dialog = ExportDialog(self.kb, self._current_case_id(), self._parent())
        dialog.accepted.connect(
            lambda: self._message(
                self.tr("Bundle saved: %1").replace("%1", str(dialog.destination()))
            )
        )
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def import_bundle(self, path: str | Path | None = None) -> ImportDialog:
        """The import dialog; with `path` (a bundle opened from the file manager or given
        as `hyvatkaytannot FILE.hkzip`) its preview is shown at once."""
        dialog = ImportDialog(self.kb, self._parent())
        dialog.imported.connect(self._on_imported)
        self.active_dialog = dialog
        dialog.open()
        if path:
            dialog.set_path(path)
            dialog.preview_now()
        return dialog

    def _on_imported(self, ids: list[str]) -> None:
        self._library_changed()
        self._message(self.tr("Imported %n case(s).", "", len(ids)))
