"""No two shortcuts answer the same key in overlapping contexts.

Qt resolves a clash by doing nothing ("Ambiguous shortcut overload"), so a clash silently
kills a key: F5 once meant both "Reload library" and "Present case" and did neither.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

Ctx = Qt.ShortcutContext


def _owner(obj: Any) -> QWidget | None:
    """The widget a shortcut belongs to (QShortcut parent, or an action's first widget)."""
    if isinstance(obj, QShortcut):
        parent = obj.parent()
        return parent if isinstance(parent, QWidget) else None
    widgets = [w for w in obj.associatedObjects() if isinstance(w, QWidget)]
    parent = obj.parent()
    if isinstance(parent, QWidget):
        widgets.insert(0, parent)
    # A menu's action is reached through the window that owns the menu bar.
    widgets = [w for w in widgets if not w.inherits("QMenu")] or widgets
    return widgets[0] if widgets else None


def collect(window: QWidget) -> list[tuple[str, Ctx, QWidget, str]]:
    """(key, context, owner, label) for every enabled shortcut inside `window`."""
    found = []
    objects: list[Any] = window.findChildren(QAction) + window.findChildren(QShortcut)
    objects += [a for a in window.actions()]
    for obj in set(objects):
        if not obj.isEnabled():
            continue
        owner = _owner(obj)
        if owner is None:
            continue
        keys = obj.shortcuts() if isinstance(obj, QAction) else [obj.key()]
        label = obj.text() if isinstance(obj, QAction) else obj.objectName() or "QShortcut"
        for key in keys:
            if not key.isEmpty():
                text = key.toString(QKeySequence.SequenceFormat.PortableText)
                found.append(
                    (
                        text,
                        obj.shortcutContext() if isinstance(obj, QAction) else obj.context(),
                        owner,
                        label,
                    )
                )
    return found


def _contains(outer: QWidget, inner: QWidget) -> bool:
    return outer is inner or outer.isAncestorOf(inner)


def overlap(a: tuple[Ctx, QWidget], b: tuple[Ctx, QWidget]) -> bool:
    (ca, wa), (cb, wb) = a, b
    if Ctx.ApplicationShortcut in (ca, cb):
        return True
    if wa.window() is not wb.window():
        return False
    scope_a = wa.window() if ca == Ctx.WindowShortcut else wa
    scope_b = wb.window() if cb == Ctx.WindowShortcut else wb
    if ca == Ctx.WidgetShortcut and cb == Ctx.WidgetShortcut:
        return wa is wb
    return _contains(scope_a, scope_b) or _contains(scope_b, scope_a)


def clashes(window: QWidget) -> list[str]:
    items = collect(window)
    out = []
    for i, (key, ca, wa, la) in enumerate(items):
        for key2, cb, wb, lb in items[i + 1 :]:
            if key == key2 and overlap((ca, wa), (cb, wb)):
                out.append(f"{key}: {la!r} and {lb!r}")
    return out


def test_overlap_rules_catch_a_real_clash(qtbot: Any) -> None:
    """The checker itself: two window actions on one key clash; different windows don't."""
    one, two = QWidget(), QWidget()
    qtbot.addWidget(one)
    qtbot.addWidget(two)
    for parent, text in ((one, "a"), (one, "b"), (two, "c")):
        action = QAction(text, parent)
        action.setShortcut(QKeySequence("F5"))
        parent.addAction(action)
    assert clashes(one) == ["F5: 'a' and 'b'"] or clashes(one) == ["F5: 'b' and 'a'"]
    assert clashes(two) == []


def test_main_window_has_no_shortcut_clash(qtbot: Any, window: Any) -> None:
    assert clashes(window) == []
    keys = {key: label for key, _c, _w, label in collect(window)}
    assert keys["F5"] == "Esitä tapaus"
    assert "Ctrl+R" in keys  # reload library


def test_f5_presents_the_open_case(qtbot: Any, window: Any) -> None:
    window.open_case("oulu-paivakoti")
    window.activateWindow()
    window.results_view.setFocus()
    qtbot.keyClick(window.results_view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.present.presentation is not None)
    presentation = window.present.presentation
    assert presentation.isVisible()
    assert clashes(presentation) == []
    presentation.close()


def test_editor_and_presentation_have_no_shortcut_clash(qtbot: Any, window: Any) -> None:
    window.open_case("oulu-paivakoti")
    editor = window.curate.edit_case("oulu-paivakoti")
    qtbot.waitUntil(lambda: editor.isVisible())
    assert clashes(editor) == []
    editor.close()
