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
