"""Reading view: safe rendering, tags and notes that persist, anchoring in the document."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextCursor, QTextDocument

from hyvatkaytannot.core import render


class UrlRecorder:
    """Stands in for the desktop's browser at the LinkPolicy's opener seam."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def open(self, url: QUrl) -> bool:
        self.urls.append(url.toString())
        return True


def select(view: Any, text: str) -> None:
    doc = view.browser.document()
    cursor = doc.find(text)
    assert not cursor.isNull(), text
    view.browser.setTextCursor(cursor)


def test_hostile_markdown_loads_nothing_and_opens_nothing(
    qtbot: Any, kb: Any, library: Path, reopen: Any, closer: Any, hostile: str
) -> None:
    (library / "vaarallinen-kuvaus.md").write_text(hostile, encoding="utf-8")
    window = reopen(kb)
    recorder = UrlRecorder()
    window.reading_view.links.opener = recorder.open
    try:
        view = window.reading_view
        assert window.open_case("vaarallinen-kuvaus")
        html = view.browser.toHtml()
        for bad in ("evil.example", "javascript:", "file:", "data:", "hacked", "<script"):
            assert bad not in html, bad
        assert "jatkuu" in view.browser.toPlainText()
        # Only the https link is a link at all.
        anchors = set()
        block = view.browser.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                href = it.fragment().charFormat().anchorHref()
                if href:
                    anchors.add(href)
                it += 1
            block = block.next()
        assert anchors == {"https://example.org/ok"}
        # Clicks on forbidden schemes are refused before anything is asked or opened.
        for url in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x"):
            view.browser.anchorClicked.emit(QUrl(url))
        assert len(view.links.refused) == 3
        # An allowed link is opened only after the user confirms the address.
        asked: list[str] = []
        view.links.confirm = lambda address: asked.append(address) or False
        view.browser.anchorClicked.emit(QUrl("https://example.org/ok"))
        assert asked == ["https://example.org/ok"]
        view.links.confirm = lambda address: True
        view.browser.anchorClicked.emit(QUrl("https://example.org/ok"))
        assert recorder.urls == ["https://example.org/ok"]
    finally:
        closer(window)


def test_remote_and_outside_resources_are_refused(qtbot: Any, tmp_path: Path) -> None:
    from hyvatkaytannot.gui.safe_browser import SafeBrowser

    browser = SafeBrowser()
    qtbot.addWidget(browser)
    browser.base_folder = tmp_path
    (tmp_path / "outside.png").write_bytes(b"not an image")
    for url in (
        "http://evil.example/x.png",
        "https://evil.example/x.png",
        "file:///etc/passwd",
        "data:image/png;base64,iVBORw0KGgo=",
        "../outside.png",
        "/etc/passwd",
    ):
        image = browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(url))
        # An empty image, never None: Qt would then load the path itself (issue 12).
        assert image is not None and (image.width(), image.height()) == (1, 1)
    assert len(browser.refused) == 6


def test_plain_text_equals_the_document_text(qtbot: Any, window: Any) -> None:
    for case in window.kb.cases.values():
        doc = QTextDocument()
        doc.setHtml(render.reading_html(case, ["kotona", "yö"]))
        assert render.normalise_text(doc.toPlainText()) == render.plain_text(case)


def test_tag_and_note_persist_across_a_restart(
    qtbot: Any, kb: Any, window: Any, reopen: Any, closer: Any
) -> None:
    view = window.reading_view
    assert window.open_case("tampere-yopartio")
    view.tags.edit.setText("kotihoito")
    view.tags.edit.returnPressed.emit()
    assert view.tags.tags() == ["kotihoito"]
    select(view, "Yöpartio vastaa hälytyksiin")
    created = view.add_note_for_selection("Kysy Tampereelta kustannukset")
    assert created is not None
    assert render.plain_text(kb.cases["tampere-yopartio"])[created.start : created.end] == (
        "Yöpartio vastaa hälytyksiin"
    )
    assert view.highlighted_ranges()
    closer(window)

    again = reopen(kb)
    try:
        assert again.open_case("tampere-yopartio")
        v = again.reading_view
        assert v.tags.tags() == ["kotihoito"]
        assert v.notes.list.count() == 1
        assert "Kysy Tampereelta kustannukset" in v.notes.list.item(0).text()
        ((start, end),) = v.highlighted_ranges()
        cursor = QTextCursor(v.browser.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == "Yöpartio vastaa hälytyksiin"
        # The tag is searchable as a facet after the background re-index.
        qtbot.waitUntil(
            lambda: any(v == "kotihoito" for v, _n, _c in again.filters_panel.facet_rows("tag")),
            timeout=20000,
        )
    finally:
        closer(again)


def test_ctrl_m_needs_a_selection(qtbot: Any, window: Any) -> None:
    view = window.reading_view
    assert window.open_case("posio-kirjasto")
    with qtbot.waitSignal(view.message):
        view.add_note_action.trigger()
    assert view.notes.list.count() == 0
    assert view.add_note_action.shortcut().toString() == "Ctrl+M"


def test_changed_case_shows_orphan_and_reattaches(
    qtbot: Any, kb: Any, library: Path, window: Any
) -> None:
    view = window.reading_view
    assert window.open_case("posio-kirjasto")
    select(view, "Lainaukset kasvoivat kylissä")
    assert view.add_note_for_selection("hyvä tulos") is not None
    path = library / "posio-kirjasto.md"
    text = path.read_text("utf-8").replace(
        "Lainaukset kasvoivat kylissä.", "Kävijämäärä nousi selvästi kaikkialla."
    )
    # Save by rename, as editors do: the watcher sees it through the folder.
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, "utf-8")
    tmp.replace(path)
    qtbot.waitUntil(lambda: "Kävijämäärä" in view.browser.toPlainText(), timeout=20000)
    assert view.notes.list.count() == 1
    statuses = [str(a.status) for a in view._annotations]
    assert statuses == ["orphan"]
    assert "kohtaa ei löydy" in view.notes.list.item(0).text()
    view.notes.list.setCurrentRow(0)
    assert view.notes.reattach_button.isEnabled()
    select(view, "Kävijämäärä nousi selvästi")
    view.notes.reattach_button.click()
    assert [str(a.status) for a in view._annotations] != ["orphan"]
    assert view.highlighted_ranges()


def test_summary_is_shown_first_and_can_be_annotated(qtbot: Any, window: Any) -> None:
    view = window.reading_view
    assert window.open_case("tampere-yopartio")
    text = view.browser.toPlainText()
    assert text.startswith("Yöpartio käy ikäihmisten luona öisin.")
    assert text.index("Lähtökohdat") > 0
    select(view, "ikäihmisten luona öisin")
    created = view.add_note_for_selection("Tiivistelmään")
    assert created is not None and created.start < 40
    assert view.highlighted_ranges()


def test_note_dialog_saves_with_ctrl_enter_and_allows_no_note(qtbot: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    from hyvatkaytannot.gui.note_dialog import NoteDialog

    dialog = NoteDialog("Lisää muistiinpano", "Yöpartio vastaa hälytyksiin")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.edit, "Kysy kustannukset")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)  # Enter is a new line, not "save"
    assert dialog.isVisible()
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.note() == "Kysy kustannukset"
    empty = NoteDialog("Lisää muistiinpano", "x")
    qtbot.addWidget(empty)
    empty.show()
    qtbot.keyClick(empty.edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert empty.result() == QDialog.DialogCode.Accepted and empty.note() == ""


def test_highlight_without_a_note_and_markdown_notes(qtbot: Any, window: Any) -> None:
    from hyvatkaytannot.gui.notes_delegate import HTML_ROLE

    view = window.reading_view
    assert window.open_case("tampere-yopartio")
    select(view, "Yöpartio vastaa hälytyksiin")
    assert view.add_note_for_selection("") is not None  # a highlight, no note
    select(view, "Turvallinen kotona asuminen")
    assert view.add_note_for_selection("Hyviä **kokemuksia**:\n\n- vähemmän käyntejä") is not None
    assert view.notes.list.count() == 2 and len(view.highlighted_ranges()) == 2
    rows = [view.notes.list.item(i) for i in range(2)]
    html = next(str(r.data(HTML_ROLE)) for r in rows if "kokemuksia" in r.text())
    assert "<strong>kokemuksia</strong>" in html and "<li>vähemmän käyntejä</li>" in html
    assert "**" not in html
    bare = next(r for r in rows if "Yöpartio" in r.text())
    assert bare.text() == "“Yöpartio vastaa hälytyksiin”"
    # The rich row is taller than the bare one: the delegate lays the note out.
    delegate = view.notes.list.itemDelegate()
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.initFrom(view.notes.list)
    heights = {
        r.text()[:5]: delegate.sizeHint(option, view.notes.list.indexFromItem(r)).height()
        for r in rows
    }
    assert heights["“Turv"] > heights["“Yöpa"]


def test_highlight_colours(qtbot: Any, window: Any) -> None:
    from hyvatkaytannot.gui.note_dialog import NoteDialog

    dialog = NoteDialog("Lisää muistiinpano", "x", colour="green")
    qtbot.addWidget(dialog)
    assert dialog.colour() == "green"
    assert [dialog.colour_box.itemData(i) for i in range(dialog.colour_box.count())] == [
        None,
        "yellow",
        "green",
        "blue",
        "pink",
    ]
    view = window.reading_view
    assert window.open_case("tampere-yopartio")
    select(view, "Yöpartio vastaa hälytyksiin")
    plain = view.add_note_for_selection("")
    select(view, "Turvallinen kotona asuminen")
    coloured = view.add_note_for_selection("")
    assert plain is not None and coloured is not None
    view._set_colour(coloured.id, "pink")
    assert window.kb.store.annotation(coloured.id).colour == "pink"
    backgrounds = {
        s.cursor.selectedText(): s.format.background().color().name()
        for s in view.browser.extraSelections()
    }
    assert backgrounds["Yöpartio vastaa hälytyksiin"] != backgrounds["Turvallinen kotona asuminen"]
    # The colour survives a re-read of the case (stored, not just drawn).
    view.show_case(window.kb.cases["tampere-yopartio"])
    assert {a.colour for a in view._annotations} == {None, "pink"}


def test_similar_cases_under_the_open_case(qtbot: Any, window: Any) -> None:
    assert window.open_case("tampere-yopartio")
    panel = window.reading_view.similar
    qtbot.waitUntil(lambda: panel.response is not None, timeout=20000)
    assert panel.response.query == "tampere-yopartio"
    ids = [h.id for h in panel.response.hits]
    assert ids and "tampere-yopartio" not in ids
    assert panel.list.count() == len(ids)
    assert panel.title.text() == "Samankaltaiset tapaukset"
    # Activating a row opens that case.
    panel._activated(panel.list.item(0))
    assert window.current_case_id() == ids[0]


def test_similar_reasons_name_places_in_the_ui_language() -> None:
    from hyvatkaytannot.gui.similar_panel import _term_label

    assert _term_label("isojoki", "sv") == "Storå"
    assert _term_label("isojoki", "fi") == "Isojoki"
    assert _term_label("kotihoito", "sv") == "kotihoito"
