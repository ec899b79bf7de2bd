"""Issue 12 in the GUI: a damaged store opens the recovery dialog with the CLI's choices
(never an empty store in silence), and a read-only data dir shows a lasting banner while
searching works."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from hyvatkaytannot.core.userstore import DatabaseCorrupt, UserStore, recovery

from .conftest import close_window, open_window


def _damaged(data_dir: Path) -> None:
    with UserStore.open(data_dir / "user.db", data_dir / "backups") as s:
        s.tag("tampere-yopartio", "tärkeä")  # closing makes the backup
    (data_dir / "user.db").write_bytes(b"not a database" * 500)
    with pytest.raises(DatabaseCorrupt):
        UserStore.open(data_dir / "user.db", data_dir / "backups")
    assert recovery.pending_aside(data_dir / "user.db")


def test_recovery_dialog_restores_the_backup(qtbot: Any, kb: Any, data_dir: Path) -> None:
    _damaged(data_dir)
    seen: list[str] = []

    def click_restore() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        restore = next(b for b in box.buttons() if "Palauta" in b.text())
        restore.click()

    QTimer.singleShot(500, click_restore)
    window = open_window(qtbot, kb)
    try:
        assert seen and "Sivuun siirretty" in seen[0] and "1 tunniste," in seen[0]
        assert [t.path for t in window.kb.store.tags()] == ["tärkeä"]
        assert not recovery.pending_aside(data_dir / "user.db")
    finally:
        close_window(window)


def test_continue_without_notes_keeps_refusing(qtbot: Any, kb: Any, data_dir: Path) -> None:
    _damaged(data_dir)

    def later() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if "ilman" in b.text()).click()

    QTimer.singleShot(500, later)
    window = open_window(qtbot, kb)
    try:
        assert window.trust.banner.isVisible()
        assert "restore --start-empty" in window.trust.banner.text()
        # Searching still works on the cases.
        assert window.last_response is not None and window.last_response.total > 0
        assert recovery.pending_aside(data_dir / "user.db")  # nothing was decided for them
    finally:
        close_window(window)


def test_read_only_store_shows_a_banner(
    qtbot: Any, kb: Any, data_dir: Path, read_only_view: Any, library: Path
) -> None:
    from hyvatkaytannot.core import KnowledgeBase

    kb.close()
    with UserStore.open(data_dir / "user.db", data_dir / "backups") as s:
        s.tag("tampere-yopartio", "tärkeä")
    view = read_only_view(data_dir)
    ro_kb = KnowledgeBase.open(view, [library], include_bundled=False)
    window = open_window(qtbot, ro_kb)
    try:
        assert window.trust.banner.isVisible() and "Vain luku" in window.trust.banner.text()
        assert window.last_response is not None and window.last_response.total > 0
        assert not window.status.progress.isVisible()  # the indexing badge cleared
    finally:
        close_window(window)
        ro_kb.close()
