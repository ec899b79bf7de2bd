"""The capture queue and the review of a draft in the case editor, with real documents."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from hyvatkaytannot.core.library import load_file

DOCS = Path(__file__).resolve().parents[2] / "core" / "capture" / "documents.py"


@pytest.fixture(scope="module")
def docs() -> Any:
    spec = importlib.util.spec_from_file_location("capture_documents_gui", DOCS)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def runner(user_kb: Any) -> Iterator[Any]:
    from hyvatkaytannot.gui.worker import install_runner

    r = install_runner(user_kb)
    yield r
    r.cancel_all()
    r.wait(30000)


@pytest.fixture
def queue(qtbot: QtBot, controller: Any, runner: Any, docs: Any, tmp_path: Path) -> Any:
    folder = tmp_path / "asiakirjat"
    folder.mkdir()
    docs.write_docx(folder / "a-kylatalot.docx", "Kylätalot", docs.PRACTICE)
    (folder / "b-rikki.docx").write_bytes(b"PK\x03\x04 ei oikea zip")
    dialog = controller.capture_documents([folder])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.is_idle, timeout=60000)
    return dialog


def test_queue_shows_states_progress_and_reasons(queue: Any) -> None:
    states = [queue.table.item(r, 1).text() for r in range(queue.table.rowCount())]
    assert states == ["ehdotettu", "ei luettavissa"]
    assert queue.table.item(0, 2).text().startswith("Kylätalot lähipalvelujen tukikohdiksi")
    assert "henkilötietoja" in queue.table.item(0, 2).text()
    reason = queue.table.item(1, 2).text()
    assert reason.startswith("b-rikki.docx: ") and "vioittunut" in reason
    assert queue.progress.value() == queue.progress.maximum() == 2
    assert "1 ei voitu lukea" in queue.summary.text() or "ei voitu lukea" in queue.summary.text()


def test_review_marks_proposals_and_saving_clears_the_marker(
    qtbot: QtBot, queue: Any, user_kb: Any
) -> None:
    editor = queue.review(0)
    panel = editor.proposals
    form = editor.form
    assert form.municipalities_edit.names() == ["Kauhava", "Lappajärvi"]
    assert form.start_edit.text() == "2019-01-01" and form.end_edit.text() == "2020-12-31"
    assert "background" in form.municipalities_edit.styleSheet()  # marked as a proposal
    assert "Kauhavan kaupunki" in panel.rows["municipalities"].evidence.text()
    assert "Henkilötietoa" in panel.rows["contacts"].note.text()
    assert queue.table.item(0, 1).text() == "tarkistettavana"
    assert not list(user_kb.paths.user_cases_dir.glob("kylatalot*.md"))  # nothing saved yet

    panel.rows["municipalities"].accept_button.click()
    assert form.municipalities_edit.styleSheet() == ""
    panel.rows["status"].clear_button.click()
    assert form.status_combo.currentData() == ""
    panel.accept_all_rows()
    assert not panel.pending()
    editor.save()
    if editor.active_dialog is not None:  # a similar case in the library: save anyway
        editor.active_dialog.done(1)
    qtbot.waitUntil(lambda: queue.table.item(0, 1).text() == "tallennettu", timeout=10000)
    [path] = user_kb.paths.user_cases_dir.glob("kylatalot*.md")
    case, problems = load_file(path)
    assert case is not None and case.reviewed, problems
    assert case.status is None and case.municipalities == ["Kauhava", "Lappajärvi"]
    assert "review:" not in path.read_text("utf-8")


def test_unreviewed_proposals_keep_the_marker(qtbot: QtBot, queue: Any, user_kb: Any) -> None:
    editor = queue.review(0)
    editor.proposals.rows["title"].accept_button.click()
    assert editor.proposals.pending()
    editor.save()
    if editor.active_dialog is not None:
        editor.active_dialog.done(1)
    qtbot.waitUntil(lambda: bool(list(user_kb.paths.user_cases_dir.glob("kylatalot*.md"))))
    [path] = user_kb.paths.user_cases_dir.glob("kylatalot*.md")
    case, _ = load_file(path)
    assert case is not None and not case.reviewed


def test_clipboard_text_is_captured(qtbot: QtBot, controller: Any, runner: Any) -> None:
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText(
        "Teuvan kunnassa kokeiltiin vuosina 2017–2018 kyläavustajia. Kokeilu onnistui hyvin."
    )
    dialog = controller.capture_documents()
    qtbot.addWidget(dialog)
    dialog.paste_button.click()
    qtbot.waitUntil(dialog.is_idle, timeout=60000)
    item = dialog.items[0]
    assert item.name == "leikepöytä" and item.draft.to_json()["municipalities"] == ["Teuva"]
