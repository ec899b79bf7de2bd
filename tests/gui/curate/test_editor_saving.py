"""Saving from the editor: round trip, outside-edit conflicts, a full disk, the read-only
bundled folder, possible duplicates. Real files in tmp_path; dialogs driven by their buttons."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from hyvatkaytannot.core.curate import atomic
from hyvatkaytannot.core.library import load_file
from hyvatkaytannot.core.resources import bundled_practices_dir
from hyvatkaytannot.gui.curate.dialogs import ConflictDialog, DuplicatesDialog


def _path(kb: Any, case_id: str = "tampere-etakaynnit") -> Path:
    return Path(kb.cases[case_id].path)


def test_save_writes_the_file_and_it_round_trips(
    qtbot: QtBot, edit: Any, user_kb: Any, retype: Any, typer: Any
) -> None:
    editor = edit()
    retype(editor.form.title_edit, "Kotihoidon etäkäynnit ja yöpartio")
    retype(editor.form.end_edit, "2023-06-30")
    editor.form.themes_list.set_checked("elinvoima")
    row = editor.form.contacts_table.add_row({})
    editor.form.contacts_table.set_cell(row, "name", "Anna Äijälä")
    editor.form.contacts_table.set_cell(row, "email", "anna@example.fi")
    editor.save()
    assert editor.flow.last_error is None and editor.active_dialog is None

    case, problems = load_file(_path(user_kb))
    assert case is not None, problems
    assert case.title == "Kotihoidon etäkäynnit ja yöpartio"
    assert case.period_start == "2021" and case.period_end == "2023-06-30"
    assert case.themes == ["hyvinvointi", "elinvoima"]
    assert case.contacts == [{"name": "Anna Äijälä", "email": "anna@example.fi"}]
    assert case.body == user_kb.cases["tampere-etakaynnit"].body  # the body is kept verbatim
    assert not editor.is_dirty()
    assert editor.target.fingerprint == case.fingerprint
    assert not list(user_kb.paths.drafts_dir.iterdir())


def test_saving_an_untouched_case_leaves_the_file_byte_identical(edit: Any, user_kb: Any) -> None:
    before = _path(user_kb).read_bytes()
    editor = edit()
    editor.save()
    assert _path(user_kb).read_bytes() == before


def _conflict(qtbot: QtBot, edit: Any, user_kb: Any, retype: Any) -> tuple[Any, str]:
    editor = edit()
    path = _path(user_kb)
    theirs = path.read_text(encoding="utf-8").replace("Kotihoidon etäkäynnit", "Heidän otsikkonsa")
    path.write_text(theirs, encoding="utf-8")  # someone edits the file on the shared drive
    retype(editor.form.title_edit, "Minun otsikkoni")
    editor.save()
    dialog = editor.active_dialog
    assert isinstance(dialog, ConflictDialog)
    assert path.read_text(encoding="utf-8") == theirs  # nothing written yet
    assert "Minun otsikkoni" in dialog.mine_view.toPlainText()
    assert dialog.theirs_view.toPlainText() == theirs
    assert dialog.theirs_view.extraSelections()  # the differing lines are marked
    return editor, theirs


def test_conflict_keep_mine_overwrites_deliberately(
    qtbot: QtBot, edit: Any, user_kb: Any, retype: Any
) -> None:
    editor, _theirs = _conflict(qtbot, edit, user_kb, retype)
    editor.active_dialog.keep_mine.click()
    case, _ = load_file(_path(user_kb))
    assert case is not None and case.title == "Minun otsikkoni"
    assert not editor.is_dirty()


def test_conflict_take_theirs_reloads_the_editor(
    qtbot: QtBot, edit: Any, user_kb: Any, retype: Any
) -> None:
    editor, theirs = _conflict(qtbot, edit, user_kb, retype)
    editor.active_dialog.take_theirs.click()
    assert editor.form.title_edit.text() == "Heidän otsikkonsa"
    assert _path(user_kb).read_text(encoding="utf-8") == theirs
    assert not editor.is_dirty()
    editor.save()  # and a later save is not a conflict any more
    assert editor.active_dialog is None


def test_conflict_save_mine_as_copy_keeps_both(
    qtbot: QtBot, edit: Any, user_kb: Any, retype: Any
) -> None:
    editor, theirs = _conflict(qtbot, edit, user_kb, retype)
    editor.active_dialog.save_copy.click()
    assert _path(user_kb).read_text(encoding="utf-8") == theirs
    copy = user_kb.paths.user_cases_dir / "tampere-etakaynnit-2.md"
    case, _ = load_file(copy)
    assert case is not None and case.title == "Minun otsikkoni"
    assert editor.target.path == copy.resolve()


def test_conflict_cancel_writes_nothing_and_keeps_the_text(
    qtbot: QtBot, edit: Any, user_kb: Any, retype: Any
) -> None:
    editor, theirs = _conflict(qtbot, edit, user_kb, retype)
    editor.active_dialog.cancel.click()
    assert _path(user_kb).read_text(encoding="utf-8") == theirs
    assert editor.form.title_edit.text() == "Minun otsikkoni"
    assert editor.save_action.isEnabled()


def test_full_disk_keeps_the_old_file_and_the_editor_text(
    qtbot: QtBot, edit: Any, user_kb: Any, retype: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _path(user_kb)
    before = path.read_bytes()
    editor = edit()
    retype(editor.form.title_edit, "Tallentamaton otsikko")

    def full(fd: int, data: bytes) -> None:
        atomic.os.write(fd, data[:10])  # a partial write, then the disk is full
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_write_all", full)
    editor.save()
    assert path.read_bytes() == before
    assert editor.form.title_edit.text() == "Tallentamaton otsikko"
    assert editor.is_dirty()
    assert editor.active_dialog is not None and editor.active_dialog.isVisible()
    assert "levy on täynnä" in editor.flow.last_error
    assert str(path) in editor.flow.last_error
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".hk-tmp-")]

    monkeypatch.undo()  # space freed: the same editor saves
    editor.active_dialog.accept()
    editor.save()
    case, _ = load_file(path)
    assert case is not None and case.title == "Tallentamaton otsikko"


def test_bundled_case_is_saved_as_a_copy_in_the_user_folder(
    qtbot: QtBot, edit: Any, user_kb: Any, retype: Any
) -> None:
    bundled = bundled_practices_dir() / "orivesi-elinvoimapalvelut.md"
    before = bundled.read_bytes()
    editor = edit("orivesi-elinvoimapalvelut")
    assert editor.target.read_only
    assert editor.save_action.text() == "Tallenna kopiona"
    retype(editor.form.title_edit, "Oriveden elinvoimapalvelut, oma versio")
    editor.save()
    assert bundled.read_bytes() == before
    copy = user_kb.paths.user_cases_dir / "orivesi-elinvoimapalvelut-2.md"
    case, problems = load_file(copy)
    assert case is not None, problems
    assert case.title == "Oriveden elinvoimapalvelut, oma versio"
    assert case.body == user_kb.cases["orivesi-elinvoimapalvelut"].body
    assert not editor.target.read_only and editor.target.path == copy.resolve()
    assert editor.save_action.text() == "Tallenna"


def test_new_case_saved_into_the_chosen_folder(
    qtbot: QtBot, controller: Any, user_kb: Any, typer: Any
) -> None:
    editor = controller.new_case()
    editor.form.title_edit.selectAll()
    typer(editor.form.title_edit, "Kylien kirjastopalvelut")
    editor.form.municipalities_edit.setText("Posio")
    path = user_kb.paths.user_cases_dir / "kylien-kirjastopalvelut.md"
    # Nothing written yet: an empty case is refused, and the editor says why.
    editor.save()
    assert not path.exists()
    editor.validate_now()
    problems = [editor.problems_list.item(i).text() for i in range(editor.problems_list.count())]
    assert any("Tapauksessa ei ole tekstiä" in p for p in problems), problems
    assert not editor.save_action.isEnabled()
    editor.form.summary_edit.setPlainText("Kirjastoauto ja omatoimipisteet kylille.")
    editor.save()
    case, _ = load_file(path)
    assert case is not None and case.municipalities == ["Posio"] and case.regions == ["Lappi"]
    assert editor.target.path == path.resolve()
    assert editor.form.id_edit.isReadOnly()  # now an existing case: its id is its file name


def test_a_near_identical_new_case_shows_the_duplicates_first(
    qtbot: QtBot, controller: Any, user_kb: Any, typer: Any
) -> None:
    editor = controller.new_case()
    editor.form.title_edit.selectAll()
    typer(editor.form.title_edit, "Kotihoidon etäkäynnit Tampereella")
    editor.form.municipalities_edit.setText("Tampere")
    editor.form.summary_edit.setPlainText("Etäkäynnit kotihoidossa.")
    editor.save()
    dialog = editor.active_dialog
    assert isinstance(dialog, DuplicatesDialog)
    assert dialog.case_ids() == ["tampere-etakaynnit"]
    target = user_kb.paths.user_cases_dir / "kotihoidon-etakaynnit-tampereella.md"
    dialog.back.click()
    assert not target.exists()
    editor.save()
    editor.active_dialog.save_anyway.click()
    assert target.exists()


def test_a_new_case_cannot_take_an_existing_id(
    qtbot: QtBot, controller: Any, user_kb: Any, retype: Any
) -> None:
    editor = controller.new_case()
    editor.form.summary_edit.setPlainText("Etäkäynnit.")
    retype(editor.form.id_edit, "tampere-etakaynnit")
    editor.validate_now()
    assert "tampere-etakaynnit" in editor.form.error_text("id")
    assert not editor.save_action.isEnabled()
    retype(editor.form.id_edit, "tampere-etakaynnit-uusi")
    editor.validate_now()
    assert editor.save_action.isEnabled()
