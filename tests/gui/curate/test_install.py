"""The hook in the real main window: File menu actions with shortcuts, drafts offered at
start, edit/new/export acting on the window's current case."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from hyvatkaytannot.core.curate import DraftStore
from hyvatkaytannot.gui.curate.drafts_dialog import DraftsDialog
from hyvatkaytannot.gui.curate.export_dialog import ExportDialog


@pytest.fixture
def early_draft(kb: Any) -> str:
    """A draft left by a crashed session, present before the window starts."""
    text = (
        '---\nid: kesken\ntitle: Keskeneräinen tapaus\nsummary: ""\nlanguage: fi\n---\n\n'
        "## Lähtökohdat\n\nKirjoitettu ennen kaatumista.\n"
    )
    DraftStore(kb.paths.drafts_dir).save_draft("new-kaatui", text)
    return "new-kaatui"


def test_install_adds_actions_and_offers_drafts(
    qtbot: QtBot, early_draft: str, window: Any
) -> None:
    actions = {a.objectName(): a for a in window.menu("file").actions()}
    assert actions["curate_new"].shortcut().toString() == "Ctrl+N"
    assert actions["curate_edit"].shortcut().toString() == "Ctrl+E"
    assert actions["curate_new"].text() == "&Uusi tapaus"
    assert actions["curate_import"].text() == "&Tuo paketti…"
    assert actions["curate_export"].text() == "&Vie paketti…"

    qtbot.waitUntil(lambda: isinstance(window.curate.active_dialog, DraftsDialog), timeout=5000)
    dialog = window.curate.active_dialog
    assert dialog.keys() == [early_draft]
    dialog.later_button.click()
    assert DraftStore(window.kb.paths.drafts_dir).load_draft(early_draft) is not None

    assert window.open_case("posio-kirjasto")
    actions["curate_edit"].trigger()
    editor = window.curate.editors[-1]
    assert editor.form.title_edit.text() == "Kirjastoauto kylille"
    assert editor.windowTitle() == "Muokkaa tapausta – Kirjastoauto kylille"
    actions["curate_edit"].trigger()  # the same case again: the same editor
    assert len(window.curate.editors) == 1

    actions["curate_new"].trigger()
    assert window.curate.editors[-1].target.path is None

    actions["curate_export"].trigger()
    export = window.curate.active_dialog
    assert isinstance(export, ExportDialog)
    assert export.case_radio.isChecked() and "Kirjastoauto kylille" in export.case_radio.text()
    export.reject()

    # Closing the main window with an unsaved editor asks first and keeps both open.
    editor.form.title_edit.setText("Kirjastoauto kylille ja kouluille")
    window.close()
    assert window.isVisible() and editor.isVisible()
    assert editor.active_dialog is not None
    editor.active_dialog.discard_button.click()
    assert not window.curate.editors  # the clean new-case editor closed without asking


def test_a_save_in_the_window_reloads_and_reindexes_on_the_worker(
    qtbot: QtBot, window: Any, kb: Any, retype: Any
) -> None:
    # The facade's save hands the reload and the re-index to the window's serial worker.
    editor = window.curate.edit_case("posio-kirjasto")
    assert editor is not None
    retype(editor.form.title_edit, "Revontulikylan kirjastoauto")
    editor.save()
    assert editor.flow.last_error is None
    qtbot.waitUntil(
        lambda: kb.cases["posio-kirjasto"].title == "Revontulikylan kirjastoauto", timeout=20000
    )
    qtbot.waitUntil(lambda: not window.sync.busy(), timeout=20000)
    window.search_bar.set_text("revontulikylan")
    qtbot.waitUntil(
        lambda: (
            window.search.query == "revontulikylan"
            and not window.search.busy()
            and window.results_model.case_id(0) == "posio-kirjasto"
        ),
        timeout=20000,
    )
    editor._closing_ok = True
    editor.close()
