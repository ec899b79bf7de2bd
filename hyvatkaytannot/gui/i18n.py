"""UI language and locale-aware sorting, in one place.

Translations: one catalogue per language, `hyvatkaytannot_<lang>.qm` in
resources/translations/ (built from the .ts that the CLI reads too, see core/i18n.py), plus
Qt's own `qtbase_<lang>.qm` from PySide6's translations folder so that standard
dialogs and context menus ("Kopioi", "Valitse kaikki") speak the same language, and
qt_gaps.py for the few file-dialog strings that Qt's Finnish catalogue lacks. English is
the source language: its `hyvatkaytannot_en.qm` holds only the plural forms ("%n case(s)"
-> "1 case", "5 cases").

Sorting: the GUI uses the core's Finnish key (core/search/collation.py: å, ä, ö after z),
the same one the index sorts titles with, rather than QCollator, whose result depends on
the platform's collation data; every title sort in the GUI goes through `sort_key`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from hyvatkaytannot.core.i18n import set_language
from hyvatkaytannot.core.messages import CoreError, UserMessage
from hyvatkaytannot.core.resources import resource_path
from hyvatkaytannot.gui.qt_gaps import QtGapsTranslator

T = TypeVar("T")

# Language code -> name shown in the settings (always in the language itself).
LANGUAGES: dict[str, str] = {"fi": "suomi", "en": "English", "sv": "svenska"}
DEFAULT_LANGUAGE = "fi"


def translations_dir() -> Path:
    return resource_path("translations")


def available_languages() -> dict[str, str]:
    """English, plus every language that has a .qm file of the app (sv only when translated)."""
    found = {"en"}
    folder = translations_dir()
    if folder.is_dir():
        for qm in folder.glob("hyvatkaytannot_*.qm"):
            found.add(qm.stem.split("_", 1)[1])
    # A language is offered once the app's catalogue for it ships (build_translations.py
    # keeps fi and sv complete).
    return {code: name for code, name in LANGUAGES.items() if code in found}


def startup_language(setting: str | None, system_locale: str | None = None) -> str:
    """The UI language: the one chosen in the settings, else the system's when the app
    speaks it ("sv_FI" → sv), else Finnish."""
    available = available_languages()
    if setting and setting in available:
        return setting
    system = (system_locale or QLocale.system().name()).split("_")[0].lower()
    return system if system in available else DEFAULT_LANGUAGE


def current_language() -> str:
    """The UI language chosen at start ("fi", "en", …)."""
    return QLocale().name().split("_")[0] or DEFAULT_LANGUAGE


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load the app's and Qt's translations for `language`; returns the installed ones (keep
    a reference: a garbage-collected translator silently stops translating)."""
    QLocale.setDefault(QLocale(language))
    # Core text made outside Qt (the loader's problems, notices) speaks the same language.
    set_language(language)
    installed: list[QTranslator] = []
    # First in, so asked last: only what Qt's own catalogue does not have (qt_gaps.py).
    gaps = QtGapsTranslator(language, app)
    if not gaps.isEmpty():
        app.installTranslator(gaps)
        installed.append(gaps)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # English is the source language; its catalogue only carries plural forms.
    candidates = [] if language == "en" else [(f"qtbase_{language}", qt_dir)]
    folder = translations_dir()
    if folder.is_dir():
        candidates.append((f"hyvatkaytannot_{language}", str(folder)))
    for name, directory in candidates:
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def remove_translators(app: QApplication, translators: list[QTranslator]) -> None:
    for t in translators:
        app.removeTranslator(t)
    set_language(DEFAULT_LANGUAGE)


def sort_key(text: str) -> str:
    """The one Finnish ordering (å, ä, ö after z), shared with the index's title sort."""
    # Imported here: the search package pulls in Whoosh, which start-up should not wait for.
    from hyvatkaytannot.core.search.collation import finnish_sort_key

    return finnish_sort_key(text)


def sorted_finnish(items: Iterable[T], key: Callable[[T], str] = str) -> list[T]:
    return sorted(items, key=lambda item: sort_key(key(item)))


def qt_translate(context: str, source: str, n: int | None) -> str:
    return QCoreApplication.translate(context, source, None, -1 if n is None else n)


def message_text(message: UserMessage) -> str:
    """A core message in the UI language (the same catalogue as every other GUI string)."""
    return message.text(qt_translate)


def error_text(error: BaseException) -> str:
    """What to tell the user about `error`: a core error in the UI language, else its text."""
    if isinstance(error, CoreError):
        return error.text(qt_translate)
    return str(error)
