"""F1 opens the user guide shipped inside the app (Finnish, and English for the English UI)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt

from hyvatkaytannot.gui.help_guide import guide_markdown

TOPICS_FI = ["Hakeminen", "Tunnisteet ja muistiinpanot", "Tapausten kirjoittaminen",
             "Paketit", "Esittäminen"]  # fmt: skip


def test_f1_opens_the_finnish_guide(qtbot: Any, window: Any) -> None:
    window.activateWindow()
    window.results_view.setFocus()
    qtbot.keyClick(window.results_view, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.help_guide.dialog is not None)
    dialog = window.help_guide.dialog
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.browser.toPlainText()
    for topic in TOPICS_FI:
        assert topic in text, topic
    assert "Ctrl+Enter" in text and "Hae silti" in text
    assert dialog.windowTitle() == "Käyttöopas"
    dialog.close()


def test_guides_cover_the_same_topics_in_both_languages() -> None:
    fi, en = guide_markdown("fi"), guide_markdown("en")
    assert re.findall(r"^## ", fi, re.M) and len(re.findall(r"^## ", fi, re.M)) == len(
        re.findall(r"^## ", en, re.M)
    )
    assert "Searching" in en and "Presenting" in en
    sv = guide_markdown("sv")
    assert len(re.findall(r"^## ", sv, re.M)) == len(re.findall(r"^## ", fi, re.M))
    assert "Sökning" in sv and "Presentera" in sv and "Borgå" in sv
