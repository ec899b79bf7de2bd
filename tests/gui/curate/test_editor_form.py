"""The editor form: loader messages under fields as you type, Save refused with errors,
an untouched case re-saves byte for byte, the preview renders as the reading view does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hyvatkaytannot.core.library import parse_text
from hyvatkaytannot.gui.reading_view import ReadingView


def test_invalid_period_shows_the_loaders_message_and_disables_save(
    qtbot: QtBot, edit: Any, retype: Any
) -> None:
    editor = edit()
    assert editor.save_action.isEnabled()
    retype(editor.form.start_edit, "2021-13")
    # Debounced: nothing is re-checked until the timer fires.
    qtbot.waitUntil(lambda: bool(editor.form.error_text("period")), timeout=3000)
    message = editor.form.error_text("period")
    # The very message `hyvatkaytannot check` gives for the same text.
    _case, problems = parse_text(editor.text(), editor.target.path)
    assert message in [p.message for p in problems if p.is_error]
    assert "period.start" in message and "2021-13" in message
    assert message in editor.problem_messages()
    assert not editor.save_action.isEnabled()
    assert not editor.can_save()

    retype(editor.form.start_edit, "2021-03")
    qtbot.waitUntil(lambda: not editor.form.error_text("period"), timeout=3000)
    assert editor.save_action.isEnabled()


def test_money_typed_the_finnish_way_is_accepted_and_words_are_not(
    qtbot: QtBot, edit: Any, retype: Any
) -> None:
    editor = edit()
    retype(editor.form.total_cost_edit, "25 000")
    editor.validate_now()
    assert editor.can_save()
    assert "total_cost: 25000" in editor.text()
    retype(editor.form.total_cost_edit, "paljon")
    editor.validate_now()
    assert "euromäärä" in editor.form.error_text("funding")
    assert not editor.save_action.isEnabled()


def test_warnings_do_not_block_saving(qtbot: QtBot, edit: Any, retype: Any) -> None:
    editor = edit()
    retype(editor.form.municipalities_edit, "Atlantis")
    editor.validate_now()
    assert any("Atlantis" in m for m in editor.problem_messages())
    assert "Atlantis" in editor.form.error_text("municipalities")
    assert editor.save_action.isEnabled()


def test_region_follows_the_municipalities(qtbot: QtBot, edit: Any, retype: Any) -> None:
    editor = edit()
    assert editor.form.regions_edit.text() == "Pirkanmaa"
    retype(editor.form.municipalities_edit, "Oulu, Posio")
    assert editor.form.regions_edit.text() == "Pohjois-Pohjanmaa, Lappi"


def test_municipality_completion_completes_the_name_after_the_comma(
    qtbot: QtBot, edit: Any, retype: Any
) -> None:
    editor = edit()
    field = editor.form.municipalities_edit
    retype(field, "Tampere, Kangas")
    assert field.completer_.completionPrefix() == "Kangas"
    assert field.completer_.completionCount() >= 1
    field.insert_completion("Kangasala")
    assert field.names() == ["Tampere", "Kangasala"]


def test_new_case_starts_with_the_six_headings_and_its_id_follows_the_title(
    qtbot: QtBot, controller: Any, typer: Any
) -> None:
    editor = controller.new_case()
    body = editor.body_edit.toPlainText()
    headings = [line for line in body.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Lähtökohdat",
        "## Tavoitteet",
        "## Toteutus",
        "## Tulokset",
        "## Opit ja siirrettävyys",
        "## Lisätietoja",
    ]
    editor.form.title_edit.selectAll()
    typer(editor.form.title_edit, "Äänekosken kotihoito")
    assert editor.form.id_edit.text() == "aanekosken-kotihoito"
    assert not editor.form.id_edit.isReadOnly()


def test_untouched_case_composes_to_the_file_byte_for_byte(edit: Any, user_kb: Any) -> None:
    editor = edit()
    path = user_kb.cases["tampere-etakaynnit"].path
    assert editor.text() == path.read_text(encoding="utf-8")
    assert not editor.is_dirty()


def test_every_bundled_case_opens_unchanged(controller: Any, user_kb: Any) -> None:
    """Whatever layout a file has, opening it in the form and composing gives it back."""
    ids = [cid for cid, c in user_kb.cases.items() if c.read_only]
    assert len(ids) >= 5
    for case_id in ids:
        editor = controller.edit_case(case_id)
        assert editor.text() == Path(user_kb.cases[case_id].path).read_text(encoding="utf-8")
        assert not editor.is_dirty(), case_id
        editor.close()


def test_preview_renders_as_the_reading_view(qtbot: QtBot, edit: Any, user_kb: Any) -> None:
    editor = edit("orivesi-elinvoimapalvelut")
    reading = ReadingView(user_kb)
    qtbot.addWidget(reading)
    reading.show_case(user_kb.cases["orivesi-elinvoimapalvelut"], [])
    assert editor.preview.browser.toHtml() == reading.browser.toHtml()
    assert editor.preview.meta.text() == reading.meta.text()


def test_preview_follows_the_body_after_the_debounce(qtbot: QtBot, edit: Any, typer: Any) -> None:
    editor = edit()
    editor.body_edit.moveCursor(editor.body_edit.textCursor().MoveOperation.End)
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return)
    typer(editor.body_edit, "Uusi kappale esikatseluun.")
    qtbot.waitUntil(
        lambda: "Uusi kappale esikatseluun." in editor.preview.preview_text(), timeout=3000
    )
    assert editor.is_dirty()
    assert editor.windowTitle().endswith("*")


def test_activating_a_body_problem_moves_the_cursor_to_its_line(
    qtbot: QtBot, edit: Any, typer: Any
) -> None:
    editor = edit()
    cursor = editor.body_edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.body_edit.setTextCursor(cursor)
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return)
    typer(editor.body_edit, "## Tuntematon osio")
    editor.validate_now()
    items = [
        editor.problems_list.item(i)
        for i in range(editor.problems_list.count())
        if "Tuntematon osio" in editor.problems_list.item(i).text()
    ]
    assert len(items) == 1
    editor.body_edit.moveCursor(cursor.MoveOperation.Start)
    editor.problems_list.itemActivated.emit(items[0])
    assert editor.body_edit.textCursor().block().text() == "## Tuntematon osio"


def test_case_language_switches_the_section_headings(qtbot: QtBot, edit: Any) -> None:
    editor = edit()
    combo = editor.form.language_combo
    assert combo.currentData() == "fi"
    combo.setCurrentIndex(combo.findData("sv"))
    text = editor.text()
    assert "language: sv" in text
    assert "## Utgångsläge" in text and "## Mer information" in text
    assert "## Lähtökohdat" not in text
    # What was written under the headings stays, and one undo brings the headings back.
    assert "Lähtötilanne kuvataan tässä." in text
    editor.body_edit.undo()
    assert "## Lähtökohdat" in editor.body_edit.toPlainText()
    editor.validate_now()
    assert editor.can_save()
