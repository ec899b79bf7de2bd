"""Finnish for the few Qt strings that Qt's own `qtbase_fi` catalogue lacks.

Qt 6 changed some strings of its file dialog ("Look in:" became "&Look in:", "Files of
type:" became "Files of &type:") and moved the file kinds ("Folder", "File") to a new
context, QAbstractFileIconProvider; the Finnish catalogue shipped with Qt still has only the
old ones, so the non-native file dialog (the one used on Linux without a desktop portal)
came out half English. This translator answers exactly those, and is installed first so
that Qt's and the app's own catalogues are asked before it (Qt asks the newest first).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

GAPS: dict[str, dict[tuple[str, str], str]] = {
    "fi": {
        ("QFileDialog", "&Look in:"): "&Sijainti:",
        ("QFileDialog", "Files of &type:"): "Tiedosto&tyyppi:",
        ("QAbstractFileIconProvider", "Folder"): "Kansio",
        ("QAbstractFileIconProvider", "File"): "Tiedosto",
        ("QAbstractFileIconProvider", "Drive"): "Asema",
        ("QAbstractFileIconProvider", "%1 File"): "%1-tiedosto",
        ("QAbstractFileIconProvider", "Alias"): "Alias",
        ("QAbstractFileIconProvider", "Shortcut"): "Pikakuvake",
    },
    # qtbase_sv has the Qt 6 dialog strings; only the file kind of an unknown type is missing.
    "sv": {
        ("QAbstractFileIconProvider", "%1 File"): "%1-fil",
    },
}


class QtGapsTranslator(QTranslator):
    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = GAPS.get(language, {})

    def isEmpty(self) -> bool:  # noqa: N802
        return not self.table

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None, not "": an empty string counts as a translation and would stop Qt from
        # falling back to the source text of everything this table does not know.
        return self.table.get((context, source_text))
