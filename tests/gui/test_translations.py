"""Translations: the .qm is built from a complete .ts; Finnish and Swedish plurals; Qt's own
Finnish and Swedish."""

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
    assert list(available_languages()) == ["fi", "en", "sv"]


def test_swedish_catalogue_plurals_and_qts_own_swedish(qapp: Any) -> None:
    from PySide6.QtCore import QLocale

    from hyvatkaytannot.gui.i18n import install_translators, remove_translators

    before = QLocale()
    installed = install_translators(qapp, "sv")
    try:
        names = {t.filePath().rsplit("/", 1)[-1] for t in installed}
        assert {"hyvatkaytannot_sv.qm", "qtbase_sv.qm"} <= names
        translate = QCoreApplication.translate
        assert translate("MainWindow", "&File") == "&Arkiv"
        assert translate("MainWindow", "%n case(s)", "", 1) == "1 fall"
        assert translate("ProblemsView", "%n file(s) with problems", "", 1) == "1 fil med problem"
        assert translate("ProblemsView", "%n file(s) with problems", "", 3) == (
            "3 filer med problem"
        )
        assert translate("CaseForm", "Lan&guage of the case") == "Fallets s&pråk"  # curate
        assert translate("MapView", "Whole country") == "Hela landet"  # map
        assert translate("PresentationWindow", "Nothing to present") == "Inget att presentera"
        assert translate("QLineEdit", "&Undo") == "&Ångra"  # qtbase_sv
        assert translate("QPlatformTheme", "Cancel") == "Avbryt"
    finally:
        remove_translators(qapp, installed)
        QLocale.setDefault(before)


def test_qt_file_dialog_is_all_finnish(qtbot: Any) -> None:
    """Qt's Finnish catalogue lacks a few Qt 6 strings of its own file dialog (qt_gaps)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog, QLabel

    from tests.gui.conftest import finnish_ui

    finnish_ui()
    dialog = QFileDialog(None, "Tuo paketti")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = sorted(label.text() for label in dialog.findChildren(QLabel))
    assert labels == ["&Sijainti:", "Tiedosto&nimi:", "Tiedosto&tyyppi:"]
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "Kansio"


def test_the_gaps_translator_leaves_unknown_strings_alone(qtbot: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    from tests.gui.conftest import finnish_ui

    finnish_ui()
    assert QCoreApplication.translate("NoSuchContext", "Plain source") == "Plain source"


def test_one_catalogue_per_language_with_every_placeholder_kept() -> None:
    folder = REPO / "resources" / "translations"
    assert sorted(p.name for p in folder.glob("*.ts")) == [
        "hyvatkaytannot_en.ts",
        "hyvatkaytannot_fi.ts",
        "hyvatkaytannot_sv.ts",
    ]
    for language in ("fi", "sv"):
        _check_complete(folder / f"hyvatkaytannot_{language}.ts")


def _check_complete(ts: Path) -> None:
    import re
    import xml.etree.ElementTree as ET

    root = ET.parse(ts).getroot()
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
            assert set(re.findall(r"\{\w+\}", form)) <= set(re.findall(r"\{\w+\}", source))


def test_qt_file_dialog_is_all_swedish(qtbot: Any, qapp: Any) -> None:
    """qtbase_sv has Qt 6's file-dialog strings; qt_gaps adds the one file kind it lacks."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QFileDialog, QLabel

    from hyvatkaytannot.gui.i18n import install_translators, remove_translators

    before = QLocale()
    installed = install_translators(qapp, "sv")
    try:
        dialog = QFileDialog(None, "Importera paket")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        labels = sorted(label.text() for label in dialog.findChildren(QLabel))
        assert labels == ["&Titta i:", "Fil&namn:", "Filer av &typ:"]
        assert QCoreApplication.translate("QAbstractFileIconProvider", "%1 File") == "%1-fil"
    finally:
        remove_translators(qapp, installed)
        QLocale.setDefault(before)
