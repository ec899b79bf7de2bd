"""The Swedish UI with a broken case file and a user store held by another program: the
banner, the problems panel and the status bar speak Swedish, the problems name file and line,
and the indexing badge does not stay up when the store refuses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from hyvatkaytannot.core.userstore import UserStore

from . import conftest

BROKEN = "---\nid: rikki\ntitle: [Rikki\n---\n## Lähtökohdat\nTekstiä.\n"


def test_swedish_window_with_a_broken_case_and_a_locked_store(
    qtbot: Any, kb: Any, data_dir: Path, library: Path, lock_holder: Any
) -> None:
    from hyvatkaytannot.gui.app import build_window, start_background
    from hyvatkaytannot.gui.i18n import install_translators
    from hyvatkaytannot.gui.worker import install_runner

    (library / "rikki.md").write_text(BROKEN, encoding="utf-8")
    with UserStore.open(data_dir / "user.db", data_dir / "backups") as s:
        s.create_tag("kestävyys")
    lock_holder(data_dir / "user.db")
    # Removed after the test by conftest's _drop_translators.
    conftest._TRANSLATORS.extend(install_translators(QApplication.instance(), "sv"))
    install_runner(kb)
    window = build_window(kb)
    qtbot.addWidget(window)
    window.show()
    start_background(window)
    try:
        qtbot.waitUntil(lambda: window.trust.banner.isVisible(), timeout=60000)
        assert "används av ett annat program" in window.trust.banner.text()
        table = window.problems_view.table
        qtbot.waitUntil(lambda: table.topLevelItemCount() > 0, timeout=60000)
        rows = [
            [table.topLevelItem(i).text(c) for c in range(4)]
            for i in range(table.topLevelItemCount())
        ]
        broken = next(r for r in rows if r[0].endswith("rikki.md"))
        assert broken[1] == "4" and broken[3].startswith("YAML-fel: listan inom hakparenteser")
        qtbot.waitUntil(lambda: not window.sync.busy(), timeout=60000)
        qtbot.waitUntil(lambda: not window.status.progress.isVisible(), timeout=10000)
    finally:
        conftest.close_window(window)
