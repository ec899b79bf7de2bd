"""Issue 12, fault 5: rendering reads images only inside the case's own folder: never
relative to the current directory, never out through `..` or a symlink; in the reading
view, the presentation and the PDF handout alike."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QPageSize, QPdfWriter, QTextDocument

from hyvatkaytannot.core.render import markdown_to_html
from hyvatkaytannot.gui.local_images import SafeDocument
from hyvatkaytannot.gui.safe_browser import SafeBrowser

IMAGE = QTextDocument.ResourceType.ImageResource


def _png(path: Path, width: int, height: int = 20) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    assert image.save(str(path), "PNG")
    return path


@pytest.fixture
def places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """A case folder with its own image, and a private 1400-px image in the current dir."""
    case_dir = tmp_path / "cases" / "posio"
    _png(case_dir / "kuvat" / "oma.png", 300)
    cwd = tmp_path / "cwd"
    _png(cwd / "rel" / "outside.png", 1400)
    (case_dir / "linkki.png").symlink_to(cwd / "rel" / "outside.png")
    monkeypatch.chdir(cwd)
    return {"case": case_dir, "cwd": cwd}


HTML = markdown_to_html(
    "![oma](kuvat/oma.png) ![ulkona](rel/outside.png) ![linkki](linkki.png) ![ylös](../x.png)"
)


def _width(doc: QTextDocument, url: str) -> int:
    res = doc.resource(IMAGE, QUrl(url))
    return res.width() if isinstance(res, QImage) else -1


def test_reading_view_browser_loads_only_the_case_folder(qtbot: Any, places: dict) -> None:
    browser = SafeBrowser()
    qtbot.addWidget(browser)
    browser.base_folder = places["case"]
    browser.setHtml(HTML)
    browser.resize(800, 600)
    browser.show()
    qtbot.waitExposed(browser)
    browser.document().adjustSize()
    assert _width(browser.document(), "kuvat/oma.png") == 300
    # Before: Qt loaded ./rel/outside.png (1400 px) from the current directory.
    assert _width(browser.document(), "rel/outside.png") in (1, -1)
    assert _width(browser.document(), "linkki.png") in (1, -1)
    assert "rel/outside.png" in browser.refused and "linkki.png" in browser.refused


def test_pdf_handout_document_loads_only_the_case_folder(qtbot: Any, places: dict, tmp_path):
    from hyvatkaytannot.gui.present.handout import _layout

    writer = QPdfWriter(str(tmp_path / "out.pdf"))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    doc, *_ = _layout(writer, HTML, [places["case"]])
    assert isinstance(doc, SafeDocument)
    doc.pageCount()  # lays out, which loads the images
    assert _width(doc, "kuvat/oma.png") == 300
    assert _width(doc, "rel/outside.png") in (1, -1)
    assert "rel/outside.png" in doc.refused and "linkki.png" in doc.refused
    del writer


def test_presentation_loads_only_the_case_folder(qtbot: Any, places: dict) -> None:
    from hyvatkaytannot.core.slides import Slide
    from hyvatkaytannot.gui.present.window import PresentationWindow

    slide = Slide(
        case_id="posio",
        kind="section",
        title="Kuvat",
        markdown="![oma](kuvat/oma.png) ![ulkona](rel/outside.png)",
    )
    w = PresentationWindow([slide], folder_for=lambda cid: places["case"])
    qtbot.addWidget(w)
    w.resize(1000, 700)
    w.show()
    qtbot.waitExposed(w)
    body = w._body
    body.document().adjustSize()
    assert _width(body.document(), "kuvat/oma.png") == 300
    assert _width(body.document(), "rel/outside.png") in (1, -1)
    assert "rel/outside.png" in body.refused
