"""`hyvatkaytannot export-pdf`: a handout of bundled cases or a collection, from the CLI."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from hyvatkaytannot.cli import main


def _text(pdf: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout


def test_export_pdf_of_bundled_cases(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "moniste.pdf"
    args = ["--data-dir", str(tmp_path / "d"), "export-pdf", "orivesi-elinvoimapalvelut"]
    result = CliRunner().invoke(main, [*args, str(out)])
    assert result.exit_code == 0, result.output
    assert "1 cases" in result.output
    text = _text(out)
    assert "Oriveden elinvoimapalvelut" in text
    assert "Pirkko Lindström" in text and "sivu 1 /" in text


def test_export_pdf_of_a_collection_in_its_order(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = str(tmp_path / "d")
    runner = CliRunner()
    from hyvatkaytannot.core import KnowledgeBase

    with KnowledgeBase.open(data) as kb:
        coll = kb.store.create_collection("Elinvoimakoulutus", "Kaksi esimerkkiä")
        kb.store.add_to_collection(
            coll.id, ["suupohja-elinvoiman-johtaminen", "orivesi-elinvoimapalvelut"]
        )
    out = tmp_path / "kokoelma.pdf"
    result = runner.invoke(
        main, ["--data-dir", data, "export-pdf", "--collection", "Elinvoimakoulutus", str(out)]
    )
    assert result.exit_code == 0, result.output
    text = _text(out)
    assert text.index("Suupohja") < text.index("Oriveden elinvoimapalvelut")
    assert "Elinvoimakoulutus" in text


def test_export_pdf_unknown_case_is_a_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(
        main, ["--data-dir", str(tmp_path / "d"), "export-pdf", "ei-ole", str(tmp_path / "x.pdf")]
    )
    assert result.exit_code != 0
    assert "No such case: ei-ole" in result.output
    assert not (tmp_path / "x.pdf").exists()
