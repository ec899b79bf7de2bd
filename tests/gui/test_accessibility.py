"""Accessibility: every control a keyboard reaches has a name for screen readers, Tab walks
the main window's working areas in order, and text keeps a 4.5:1 contrast (WCAG 2.1 AA, which
EN 301 549 adopts) in the normal and the high-contrast colour schemes."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QLabel, QWidget

from hyvatkaytannot.gui.map.colours import class_colour, text_on
from hyvatkaytannot.gui.reading_view import ReadingView


def _named(widget: QWidget) -> bool:
    if widget.accessibleName():
        return True
    if isinstance(widget, QAbstractButton) and (widget.text() or widget.toolTip()):
        return True
    if isinstance(widget, QLabel) and widget.text():
        return True  # a label's text is its accessible name
    if isinstance(widget.parent(), QAbstractSpinBox):
        return True  # the spin box's own editor: the spin box carries the name
    labels = widget.window().findChildren(QLabel)
    return any(label.buddy() is widget and label.text() for label in labels)


def unnamed(top: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()} in {type(w.parent()).__name__}"
        for w in top.findChildren(QWidget)
        if w.isVisibleTo(top) and w.focusPolicy() != Qt.FocusPolicy.NoFocus and not _named(w)
    ]


def test_every_focusable_control_has_a_name(qtbot: Any, window: Any) -> None:
    from hyvatkaytannot.gui.curate.export_dialog import ExportDialog
    from hyvatkaytannot.gui.curate.import_dialog import ImportDialog
    from hyvatkaytannot.gui.help_guide import GuideDialog
    from hyvatkaytannot.gui.note_dialog import NoteDialog
    from hyvatkaytannot.gui.settings_dialog import SettingsDialog

    window.open_case("tampere-yopartio")
    for key in window.center_view_keys():
        window.show_center_view(key)
        assert unnamed(window) == [], key
    editor = window.curate.edit_case("tampere-yopartio")
    assert unnamed(editor) == []
    editor.close()
    for dialog in (
        ImportDialog(window.kb, window),
        ExportDialog(window.kb, "tampere-yopartio", window),
        SettingsDialog(window.kb.settings, window),
        NoteDialog("Lisää muistiinpano", "lainaus", "", window),
        GuideDialog("fi", window),
    ):
        dialog.show()
        assert unnamed(dialog) == [], type(dialog).__name__
        dialog.close()
    shown = window.present.present_case("tampere-yopartio")
    assert unnamed(shown) == []
    shown.close()


def test_tab_reaches_results_case_text_tags_and_notes(qtbot: Any, window: Any) -> None:
    window.open_case("tampere-yopartio")
    window.activateWindow()
    window.search_bar.focus()
    wanted = {
        "results": window.results_view,
        "text": window.reading_view.browser,
        "tags": window.reading_view.tags.edit,
        "notes": window.reading_view.notes.list,
    }
    seen: set[str] = set()
    widget = window.search_bar.edit
    for _ in range(60):
        widget = widget.nextInFocusChain()
        for name, target in wanted.items():
            if widget is target:
                seen.add(name)
    assert seen == set(wanted)


def _luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _palette(base: str, text: str, highlight: str) -> QPalette:
    p = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Base, QColor(base))
        p.setColor(group, QPalette.ColorRole.Window, QColor(base))
        p.setColor(group, QPalette.ColorRole.Text, QColor(text))
        p.setColor(group, QPalette.ColorRole.WindowText, QColor(text))
        p.setColor(group, QPalette.ColorRole.Highlight, QColor(highlight))
    return p


SCHEMES = {
    "default": _palette("#ffffff", "#000000", "#308cc6"),
    "dark": _palette("#1e1e1e", "#eeeeee", "#2a82da"),
    "high contrast black": _palette("#000000", "#ffffff", "#1aebff"),
    "high contrast white": _palette("#ffffff", "#000000", "#37006e"),
    "high contrast aquatic": _palette("#202020", "#ffffff", "#8ee3f0"),
}


@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_map_labels_keep_contrast_on_every_shade(scheme: str) -> None:
    palette = SCHEMES[scheme]
    for n_classes in range(1, 6):
        for index in range(-1, n_classes):
            fill = class_colour(palette, index, n_classes)
            assert contrast(text_on(fill), fill) >= 4.5, (scheme, index, fill.name())


@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_search_hits_in_the_text_keep_contrast(qtbot: Any, kb: Any, scheme: str) -> None:
    view = ReadingView(kb)
    qtbot.addWidget(view)
    view.setPalette(SCHEMES[scheme])
    view._apply_styles()
    sheet = view.browser.document().defaultStyleSheet()
    hit = QColor(sheet.split(".hit { background-color: ")[1].split(";")[0])
    text = SCHEMES[scheme].color(QPalette.ColorRole.Text)
    assert contrast(text, hit) >= 4.5, (scheme, hit.name())


def _mnemonic(text: str) -> str | None:
    import re

    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def mnemonic_clashes(top: QWidget, extra: list[str]) -> dict[str, list[str]]:
    """Alt+letter keys claimed twice among the visible labels, buttons and menu titles."""
    texts = list(extra)
    for w in top.findChildren(QWidget):
        if w.isVisibleTo(top) and isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
    keys: dict[str, list[str]] = {}
    for text in texts:
        key = _mnemonic(text)
        if key:
            keys.setdefault(key, []).append(text)
    return {k: v for k, v in keys.items() if len(v) > 1}


def test_no_alt_key_is_claimed_twice(qtbot: Any, window: Any) -> None:
    """A keyboard user reaches each area with Alt+letter; a clash makes Alt cycle instead
    ("&Tiedosto" and "&Tallennetut haut" both took Alt+T)."""
    menus = [a.text() for a in window.menuBar().actions()]
    window.open_case("tampere-yopartio")
    for key in window.center_view_keys():
        window.show_center_view(key)
        assert mnemonic_clashes(window, menus) == {}, key
    editor = window.curate.edit_case("tampere-yopartio")
    assert mnemonic_clashes(editor, []) == {}
    editor.close()
