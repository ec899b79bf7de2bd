"""Bundle dialogs: export a case or a collection; import shows a preview, writes nothing
until accepted, applies a choice per conflict; hostile bundles are rejected in words."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from hyvatkaytannot.core import KnowledgeBase
from hyvatkaytannot.core.bundles import read_bundle
from hyvatkaytannot.core.library import load_file
from hyvatkaytannot.gui.curate.export_dialog import ExportDialog
from hyvatkaytannot.gui.curate.import_dialog import ImportDialog


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def sender_bundle(tmp_path: Path, case_writer: Any) -> Path:
    """A bundle from another coordinator: an edited version of our case and a new case."""
    with KnowledgeBase.open(data_dir=tmp_path / "sender", include_bundled=False) as other:
        own = other.paths.user_cases_dir
        case_writer(own, "tampere-etakaynnit", title="Etäkäynnit, lähettäjän versio")
        case_writer(own, "oulu-kirjastokyyti", title="Kirjastokyyti", municipality="Oulu")
        other.load_cases()
        dest = tmp_path / "paketti.hkzip"
        from hyvatkaytannot.core.bundles import export_from_kb

        export_from_kb(other, dest, case_ids=["tampere-etakaynnit", "oulu-kirjastokyyti"])
    return dest


def test_import_previews_first_and_writes_nothing_until_accepted(
    qtbot: QtBot, user_kb: Any, sender_bundle: Path
) -> None:
    before = _files(user_kb.paths.data_dir)
    dialog = ImportDialog(user_kb)
    qtbot.addWidget(dialog)
    dialog.set_path(sender_bundle)
    dialog.preview_now()
    assert sorted(dialog.rows()) == [
        ("oulu-kirjastokyyti", "new"),
        ("tampere-etakaynnit", "conflict"),
    ]
    assert "Uusia: 1" in dialog.summary.text() and "ristiriitoja: 1" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    assert list(dialog.combos) == ["tampere-etakaynnit"]
    assert dialog.choices() == {"tampere-etakaynnit": "keep"}  # the choice that loses nothing
    assert _files(user_kb.paths.data_dir) == before
    dialog.cancel_button.click()
    assert _files(user_kb.paths.data_dir) == before


def test_import_applies_the_choice_per_conflict(
    qtbot: QtBot, user_kb: Any, sender_bundle: Path
) -> None:
    own = user_kb.paths.user_cases_dir
    mine = (own / "tampere-etakaynnit.md").read_bytes()
    dialog = ImportDialog(user_kb)
    qtbot.addWidget(dialog)
    dialog.set_path(sender_bundle)
    dialog.preview_now()
    dialog.set_choice("tampere-etakaynnit", "both")
    with qtbot.waitSignal(dialog.imported) as blocker:
        dialog.import_button.click()
    assert sorted(blocker.args[0]) == ["oulu-kirjastokyyti", "tampere-etakaynnit-2"]
    assert (own / "tampere-etakaynnit.md").read_bytes() == mine
    theirs, _ = load_file(own / "tampere-etakaynnit-2.md")
    assert theirs is not None and theirs.title == "Etäkäynnit, lähettäjän versio"
    assert (own / "oulu-kirjastokyyti.md").exists()
    assert "oulu-kirjastokyyti" in user_kb.cases  # the library was re-read


def test_import_take_theirs_replaces_with_a_backup(
    qtbot: QtBot, user_kb: Any, sender_bundle: Path
) -> None:
    own = user_kb.paths.user_cases_dir
    dialog = ImportDialog(user_kb)
    qtbot.addWidget(dialog)
    dialog.set_path(sender_bundle)
    dialog.preview_now()
    dialog.set_choice("tampere-etakaynnit", "theirs")
    dialog.import_button.click()
    case, _ = load_file(own / "tampere-etakaynnit.md")
    assert case is not None and case.title == "Etäkäynnit, lähettäjän versio"
    assert dialog.result.result.backups


def test_hostile_bundle_is_rejected_with_the_reason(
    qtbot: QtBot, user_kb: Any, tmp_path: Path
) -> None:
    evil = tmp_path / "paha.hkzip"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("manifest.json", "{}")
        zf.writestr("../../etc/evil.md", "---\nid: x\n---\n")
    before = _files(user_kb.paths.data_dir)
    dialog = ImportDialog(user_kb)
    qtbot.addWidget(dialog)
    dialog.set_path(evil)
    assert dialog.preview_now() is None
    text = dialog.message.text()
    assert "paha.hkzip" in text and "(..)" in text and "../../etc/evil.md" in text
    assert "Mitään ei tuotu" in text
    assert not dialog.import_button.isEnabled()
    assert _files(user_kb.paths.data_dir) == before


def test_not_a_zip_is_rejected(qtbot: QtBot, user_kb: Any, tmp_path: Path) -> None:
    junk = tmp_path / "roskaa.hkzip"
    junk.write_text("tämä ei ole zip", encoding="utf-8")
    dialog = ImportDialog(user_kb)
    qtbot.addWidget(dialog)
    dialog.set_path(junk)
    assert dialog.preview_now() is None
    assert "ei zip-arkisto" in dialog.message.text()


def test_export_the_current_case(qtbot: QtBot, user_kb: Any, tmp_path: Path) -> None:
    dialog = ExportDialog(user_kb, "tampere-etakaynnit")
    qtbot.addWidget(dialog)
    assert dialog.case_radio.isChecked()
    dialog.path_edit.setText(str(tmp_path / "yksi"))
    assert dialog.export_now()
    manifest, cases, notes = read_bundle(tmp_path / "yksi.hkzip")
    assert manifest.ids == ["tampere-etakaynnit"]
    assert (
        cases["tampere-etakaynnit"] == Path(user_kb.cases["tampere-etakaynnit"].path).read_bytes()
    )
    assert notes is None


def test_export_a_collection_with_my_tags(qtbot: QtBot, user_kb: Any, tmp_path: Path) -> None:
    store = user_kb.store
    store.create_collection("Koulutus", case_ids=["tampere-etakaynnit", "posio-yhteistyo"])
    store.tag(["tampere-etakaynnit"], ["kotihoito"])
    dialog = ExportDialog(user_kb, None)
    qtbot.addWidget(dialog)
    assert not dialog.case_radio.isEnabled() and dialog.collection_radio.isChecked()
    assert dialog.path_edit.text().endswith("koulutus.hkzip")
    dialog.notes_check.setChecked(True)
    dialog.path_edit.setText(str(tmp_path / "koulutus.hkzip"))
    assert dialog.export_now()
    manifest, _cases, notes = read_bundle(tmp_path / "koulutus.hkzip")
    assert sorted(manifest.ids) == ["posio-yhteistyo", "tampere-etakaynnit"]
    assert manifest.collection == "Koulutus"
    assert notes is not None and "kotihoito" in str(notes)


def test_export_failure_is_shown_in_the_dialog(qtbot: QtBot, user_kb: Any, tmp_path: Path) -> None:
    blocker = tmp_path / "tiedosto"
    blocker.write_text("x", encoding="utf-8")
    dialog = ExportDialog(user_kb, "tampere-etakaynnit")
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(blocker / "alikansio" / "paketti.hkzip"))
    assert not dialog.export_now()
    assert dialog.message.text().startswith("Mitään ei viety")


def test_enter_previews_and_never_imports(qtbot: QtBot, user_kb: Any, sender_bundle: Path) -> None:
    """Enter in the path field shows the preview; pressing Enter again (anywhere in the
    dialog) still imports nothing: only the Import button itself imports."""
    from PySide6.QtCore import Qt

    before = _files(user_kb.paths.data_dir)
    dialog = ImportDialog(user_kb)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.path_edit.setText(str(sender_bundle))
    dialog.path_edit.setFocus()
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert sorted(dialog.rows())[0] == ("oulu-kirjastokyyti", "new")
    assert dialog.import_button.isEnabled()
    for widget in (dialog.path_edit, dialog.tree, dialog):
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.keyClick(widget, Qt.Key.Key_Enter)
    assert dialog.isVisible() and dialog.result is None
    assert _files(user_kb.paths.data_dir) == before
    assert not dialog.import_button.isDefault()
