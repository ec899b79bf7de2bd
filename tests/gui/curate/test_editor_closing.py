"""Unsaved edits survive closing by mistake (Save / Discard / Cancel) and a crash (drafts)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from hyvatkaytannot.core.curate import DraftStore
from hyvatkaytannot.core.library import load_file
from hyvatkaytannot.gui.curate.controller import CurateController
from hyvatkaytannot.gui.curate.dialogs import UnsavedDialog
from hyvatkaytannot.gui.curate.drafts_dialog import DraftsDialog


def _drafts(kb: Any) -> list[Any]:
    return DraftStore(kb.paths.drafts_dir).list_drafts()


def test_close_with_changes_asks_and_cancel_keeps_the_editor(
    qtbot: QtBot, edit: Any, retype: Any
) -> None:
    editor = edit()
    retype(editor.form.title_edit, "Muutettu otsikko")
    editor.close()
    dialog = editor.active_dialog
    assert isinstance(dialog, UnsavedDialog)
    assert editor.isVisible()
    dialog.cancel_button.click()
    assert editor.isVisible()
    assert editor.form.title_edit.text() == "Muutettu otsikko"


def test_close_discard_closes_without_writing(
    qtbot: QtBot, edit: Any, retype: Any, user_kb: Any, controller: Any
) -> None:
    path = Path(user_kb.cases["tampere-etakaynnit"].path)
    before = path.read_bytes()
    editor = edit()
    retype(editor.form.title_edit, "Hylättävä otsikko")
    assert editor.autosave_now()
    assert _drafts(user_kb)
    editor.close()
    editor.active_dialog.discard_button.click()
    assert not editor.isVisible()
    assert path.read_bytes() == before
    assert not _drafts(user_kb)  # discarded on purpose: no draft offered later
    assert editor not in controller.editors


def test_close_save_saves_then_closes(qtbot: QtBot, edit: Any, retype: Any, user_kb: Any) -> None:
    editor = edit()
    retype(editor.form.title_edit, "Tallennettava otsikko")
    editor.close()
    editor.active_dialog.save_button.click()
    assert not editor.isVisible()
    case, _ = load_file(Path(user_kb.cases["tampere-etakaynnit"].path))
    assert case is not None and case.title == "Tallennettava otsikko"


def test_close_without_changes_asks_nothing(qtbot: QtBot, edit: Any, controller: Any) -> None:
    editor = edit()
    editor.close()
    assert editor.active_dialog is None and not editor.isVisible()
    new = controller.new_case()  # an untouched template is not "unsaved work"
    new.close()
    assert new.active_dialog is None and not new.isVisible()


def test_autosave_writes_a_draft_after_a_change(
    qtbot: QtBot, edit: Any, retype: Any, user_kb: Any
) -> None:
    editor = edit()
    editor.autosave_timer.setInterval(50)
    retype(editor.form.title_edit, "Luonnos")
    qtbot.waitUntil(lambda: bool(_drafts(user_kb)), timeout=3000)
    draft = _drafts(user_kb)[0]
    assert "title: Luonnos" in draft.text
    assert draft.path == str(editor.target.path)
    assert draft.base_fingerprint == editor.target.fingerprint


def test_a_draft_is_offered_after_a_crash_and_restores_the_text(
    qtbot: QtBot, edit: Any, retype: Any, user_kb: Any, controller: Any, typer: Any
) -> None:
    editor = edit()
    retype(editor.form.title_edit, "Kaatumista edeltävä otsikko")
    assert editor.autosave_now()
    new = controller.new_case()
    new.form.title_edit.selectAll()
    typer(new.form.title_edit, "Uusi keskeneräinen")
    assert new.autosave_now()
    # The crash: the editors never close cleanly; the next session starts from the data dir.
    controller.editors.clear()
    for e in (editor, new):
        e._closing_ok = True  # (teardown only: the drafts are already on disk)
    restart = CurateController(controller.window)
    dialog = restart.offer_drafts()
    assert isinstance(dialog, DraftsDialog)
    assert sorted(dialog.keys()) == sorted([editor.target.draft_key, new.target.draft_key])
    while dialog.list.count():
        dialog.restore_current()
    restored = {e.form.title_edit.text(): e for e in restart.editors}
    assert set(restored) == {"Kaatumista edeltävä otsikko", "Uusi keskeneräinen"}
    old = restored["Kaatumista edeltävä otsikko"]
    assert old.target.path == editor.target.path and old.is_dirty()
    assert restored["Uusi keskeneräinen"].target.path is None
    for e in list(restart.editors):
        e._closing_ok = True
        e.close()
    assert not restart.editors
    for e in (editor, new):
        e.close()


def test_no_drafts_no_dialog(controller: Any) -> None:
    assert controller.offer_drafts() is None


def test_discarding_a_draft_in_the_dialog_deletes_only_that_draft(
    qtbot: QtBot, edit: Any, retype: Any, user_kb: Any, controller: Any
) -> None:
    editor = edit()
    retype(editor.form.title_edit, "Poistettava luonnos")
    assert editor.autosave_now()
    controller.editors.clear()
    editor._closing_ok = True
    dialog = CurateController(controller.window).offer_drafts()
    dialog.discard_current()
    assert not _drafts(user_kb)
    assert not dialog.isVisible()
    editor.close()
