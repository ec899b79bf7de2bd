"""Handout PDF: A4 pages, page numbers, the title and ä/ö in the text, fonts embedded."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from hyvatkaytannot.gui.present.handout import export_pdf


def _pdftotext(pdf: Path) -> str:
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    return subprocess.run([exe, str(pdf), "-"], capture_output=True, text=True).stdout


def test_pdf_has_title_finnish_letters_sources_and_page_numbers(
    qapp, tmp_path, case, long_case
) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "moniste.pdf"
    pages = export_pdf([case, long_case], pdf, title="Kokoelma: yhteistyö ja elinvoima")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert pages >= 3
    text = _pdftotext(pdf)
    assert "Kokoelma: yhteistyö ja elinvoima" in text
    assert "Yhteistyö Posiolla" in text
    assert "Pienessä kunnassa" in text
    assert "https://example.fi/alke" in text  # sources printed with full URL
    assert f"sivu {pages} / {pages}" in text
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "A4" in info
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    rows = [ln.split() for ln in fonts.splitlines()[2:] if ln.strip()]
    assert rows and all(r[-5] == "yes" for r in rows), fonts  # every font embedded
    assert not list(tmp_path.glob("*.part"))


def _page_text(pdf: Path, page: int, footer: bool = False) -> str:
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    # The footer: the bottom 60 points of an A4 page (842 points high).
    crop = ["-x", "0", "-y", "782", "-W", "595", "-H", "60"] if footer else []
    args = [exe, "-r", "72", *crop, "-f", str(page), "-l", str(page), str(pdf), "-"]
    return subprocess.run(args, capture_output=True, text=True).stdout


def test_footer_names_the_case_on_each_page(qapp, tmp_path, case, long_case) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    other = replace(long_case, title="Pitkä tapaus Sallasta")
    pdf = tmp_path / "kokoelma.pdf"
    pages = export_pdf([case, other], pdf, title="Kokoelman nimi")
    flat = [" ".join(_page_text(pdf, i, footer=True).split()) for i in range(1, pages + 1)]
    assert "Kokoelman nimi" in flat[0]
    assert "Yhteistyö Posiolla" in flat[1]
    assert all("Pitkä tapaus Sallasta" in f for f in flat[2:]), flat
    assert not any("Pitkä tapaus Sallasta" in f for f in flat[:2])


def _sections(n: int) -> str:
    return "\n".join(
        f"## Osio {i}\n\n" + ("Kunta kokeili uutta mallia ja kirjasi tulokset. " * (3 + i % 7))
        for i in range(n)
    )


def test_no_heading_is_left_alone_at_the_bottom_of_a_page(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPageSize, QPdfWriter

    from hyvatkaytannot.core.handout import handout_html
    from hyvatkaytannot.gui.present import handout
    from tests.gui.present.conftest import make_case

    doc_case = make_case("osiot")
    from dataclasses import replace

    doc_case = replace(doc_case, body=_sections(60))
    writer = QPdfWriter(str(tmp_path / "x.pdf"))
    writer.setResolution(handout.RESOLUTION_DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    doc, _w, body_h, _f = handout._layout(writer, handout_html([doc_case]))
    assert doc.pageCount() >= 4
    moved, block = 0, doc.begin()
    while block.isValid():
        nxt = block.next()
        if block.blockFormat().headingLevel() > 0 and nxt.isValid():
            assert handout._page_of(doc, nxt, body_h) == handout._page_of(doc, block, body_h), (
                block.text()
            )
        moved += (
            block.blockFormat().pageBreakPolicy()
            != block.blockFormat().PageBreakFlag.PageBreak_Auto
        )
        block = nxt
    assert moved >= 1  # the text was long enough to need it
    # Every section is on paper (a format change after layout once lost the tail).
    pdf = tmp_path / "osiot.pdf"
    export_pdf([doc_case], pdf)
    text = _pdftotext(pdf)
    assert all(f"Osio {i}\n" in text for i in range(60))


def test_table_cells_are_padded_and_the_page_looks_right(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from hyvatkaytannot.core.handout import handout_html
    from tests.gui.present.conftest import make_case

    table = (
        "| Vuosi | Kävijöitä | Lainoja |\n|:--|--:|--:|\n"
        "| 2022 | 1200 | 5400 |\n| 2023 | 1850 | 7100 |"
    )
    c = replace(make_case("taulukko"), body="## Tulokset\n\n" + table + "\n")
    html = handout_html([c])
    assert '<table cellpadding="5" cellspacing="0" border="1"' in html
    assert '<table cellpadding="5" cellspacing="0"><tbody>' in html  # the card: no frame
    pdf = tmp_path / "taulukko.pdf"
    export_pdf([c], pdf)
    exe = shutil.which("pdftoppm")
    if exe is None:
        pytest.skip("pdftoppm (poppler-utils) not installed")
    subprocess.run(
        [exe, "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")], check=True
    )
    assert list(tmp_path.glob("p-*.png"))  # the artefact to look at
    text = _page_text(pdf, 1)
    assert "Kävijöitä" in text and "1850" in text
