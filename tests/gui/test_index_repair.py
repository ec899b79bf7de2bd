"""Issue 12 in the GUI: a search that finds the index damaged says at once that the index is
being rebuilt (banner, in the user's language), shows nothing from the damaged index, shows
the rebuild's progress, and answers when the rebuilt index is in place."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from hyvatkaytannot.core.search import integrity

from .conftest import close_window, open_window


def _zero_length(path: Path) -> None:
    """A real damaged file: the column replaced by an empty one (new inode, so a mapping
    still held elsewhere never sees a half-written file)."""
    tmp = path.with_name(path.name + ".tmp-damage")
    tmp.write_bytes(b"")
    os.replace(tmp, path)


def test_damaged_index_found_by_a_search_rebuilds_before_answering(
    qtbot: Any, kb: Any, data_dir: Path
) -> None:
    window = open_window(qtbot, kb)
    try:
        window.search.set_query("kirjasto")
        qtbot.waitUntil(lambda: not window.search.busy() and window.results_model.rowCount() > 0)
        before = [window.results_model.hit(r).id for r in range(window.results_model.rowCount())]
        assert before

        # As a new start would: the open searcher is closed and nothing is verified yet.
        window.kb.index.close()
        integrity.forget_verified()
        _zero_length(next((data_dir / "index").glob("*.id.col")))

        seen: dict[str, Any] = {"rows_with_banner": [], "formats": []}
        repair = window.index_repair

        def on_damaged() -> None:
            seen["rows_with_banner"].append(window.results_model.rowCount())

        window.search.damaged.connect(on_damaged)
        window.sync.progress.connect(
            lambda *_a: seen["formats"].append(window.status.progress.format())
        )
        window.search.set_query("kirjastoauto")
        qtbot.waitUntil(lambda: repair.banner.isVisible(), timeout=30000)
        text = repair.banner.text()
        assert "vioittunut" in text and "rakennetaan uudelleen" in text and "valmis" in text
        # Nothing from the damaged index on screen.
        assert window.results_model.rowCount() == 0

        qtbot.waitUntil(
            lambda: (
                not repair.banner.isVisible()
                and not window.sync.busy()
                and not window.search.busy()
                and window.results_model.rowCount() > 0
            ),
            timeout=60000,
        )
        assert seen["rows_with_banner"] and set(seen["rows_with_banner"]) == {0}
        assert any("Rakennetaan " in f for f in seen["formats"])
        assert "rakennettiin uudelleen" in window.statusBar().currentMessage()
        window.search.set_query("kirjasto")
        qtbot.waitUntil(lambda: not window.search.busy())
        qtbot.wait(200)
        after = [window.results_model.hit(r).id for r in range(window.results_model.rowCount())]
        assert after == before
        assert next((data_dir / "index").glob("*.id.col")).stat().st_size > 0
    finally:
        close_window(window)
