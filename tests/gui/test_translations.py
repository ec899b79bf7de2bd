"""Translations: the .qm is built from a complete .ts; Finnish plurals; Qt's own Finnish."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

REPO = Path(__file__).resolve().parents[2]


def test_qm_is_current_and_every_string_is_translated() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "build_translations.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_finnish_plural_forms(qtbot: Any, window: Any) -> None:
    assert window.count_text(1) == "1 tapaus"
    assert window.count_text(5) == "5 tapausta"
    assert window.problems_text(2) == "2 ongelmaa"
    assert window.menu("file").title() == "&Tiedosto"


def test_qtbase_finnish_is_loaded(qtbot: Any, window: Any) -> None:
    # A string from Qt's own catalogue (QLineEdit's context menu).
    assert QCoreApplication.translate("QLineEdit", "&Undo") != "&Undo"


def test_english_plurals_and_languages_offered(qtbot: Any) -> None:
    from PySide6.QtCore import QTranslator

    from hyvatkaytannot.gui.i18n import available_languages, translations_dir

    translator = QTranslator()
    assert translator.load("hyvatkaytannot_en", str(translations_dir()))
    assert translator.translate("MainWindow", "%n case(s)", "", 1) == "%n case"
    assert translator.translate("MainWindow", "%n case(s)", "", 5) == "%n cases"
    assert list(available_languages()) == ["fi", "en"]  # svenska once translated


def test_one_catalogue_per_language_with_every_placeholder_kept() -> None:
    import re
    import xml.etree.ElementTree as ET

    folder = REPO / "resources" / "translations"
    assert sorted(p.name for p in folder.glob("*.ts")) == [
        "hyvatkaytannot_en.ts",
        "hyvatkaytannot_fi.ts",
    ]
    root = ET.parse(folder / "hyvatkaytannot_fi.ts").getroot()
    contexts = {c.findtext("name") for c in root.iter("context")}
    # The GUI's parts (curate, map, present) and the core's messages share the catalogue.
    assert {"CaseEditor", "InteractiveMap", "PresentController", "Messages"} <= contexts
    messages = list(root.iter("message"))
    assert len(messages) > 300
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        for form in forms:
            assert form.strip(), source
            marks = set(re.findall(r"%\d|%n", form))
            assert marks == set(re.findall(r"%\d|%n", source)), (source, form)
            if (source, form) == ("{en}", "{fi}"):
                continue  # store.text: written in both languages where it arises
            assert set(re.findall(r"\{\w+\}", form)) <= set(re.findall(r"\{\w+\}", source))
