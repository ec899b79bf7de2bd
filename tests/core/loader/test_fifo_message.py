"""Issue 12, fault 7: a FIFO (or another special file) named like a case is never opened,
and the user is told that it was skipped."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hyvatkaytannot.core import KnowledgeBase


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_in_library_folder_is_skipped_with_a_message(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    os.mkfifo(lib / "putki.md")
    with KnowledgeBase.open(tmp_path / "data", [lib], include_bundled=False) as kb:
        problems = [p for p in kb.problems if p.path.name == "putki.md"]
    assert len(problems) == 1 and not problems[0].is_error
    assert "Ei tavallinen tiedosto" in problems[0].message
