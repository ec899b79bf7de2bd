"""`hyvatkaytannot capture`: JSON lines, --save into the user's folder, check passes."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

from click.testing import CliRunner

from hyvatkaytannot.cli import main
from hyvatkaytannot.core import KnowledgeBase


def _run(data: Path, *args: str):  # noqa: ANN202
    return CliRunner().invoke(main, ["--data-dir", str(data), "--no-bundled", *args])


def test_json_lines_one_per_file_and_errors_named(docs: ModuleType, tmp_path: Path) -> None:
    good = docs.write_docx(tmp_path / "kylatalot.docx", "Kylätalot", docs.PRACTICE)
    bad = tmp_path / "rikki.docx"
    bad.write_bytes(b"PK\x03\x04rikki")
    result = _run(tmp_path / "data", "capture", "--json", str(good), str(bad))
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [r["file"] for r in lines] == ["kylatalot.docx", "rikki.docx"]
    first = lines[0]
    assert first["municipalities"] == ["Kauhava", "Lappajärvi"]
    assert first["regions"] == ["Etelä-Pohjanmaa"]
    assert first["period"] == {"start": "2019-01-01", "end": "2020-12-31"}
    assert first["funding"]["total_cost"] == 40600
    assert first["funding"]["funders"][0]["funder"] == "Leader"
    assert first["contacts"][0]["email"] == "minna.koskinen@kauhava.fi"
    assert "## Tavoitteet" in first["body"]
    assert "vioittunut" in lines[1]["problems"][0]
    assert "rikki.docx: " in result.stderr


def test_save_writes_an_unreviewed_case_that_check_accepts(
    docs: ModuleType, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    page = tmp_path / "sivu.html"
    page.write_text(docs.html_page("Kylätalot", docs.PRACTICE, "https://kauhava.fi/k"), "utf-8")
    result = _run(data, "capture", "--save", str(page), str(page))
    assert result.exit_code == 0, result.output
    files = sorted((data / "tapaukset").glob("*.md"))
    assert len(files) == 2  # the second capture gets its own id, nothing is overwritten
    assert "review: ehdotus" in files[0].read_text("utf-8")
    check = _run(data, "check")
    assert check.exit_code == 0, check.output
    assert "0 virhettä" in check.output and "ehdotus" in check.output
    with KnowledgeBase.open(data, include_bundled=False) as kb:
        cases = list(kb.cases.values())
    assert len(cases) == 2 and not any(c.reviewed for c in cases)
    assert cases[0].municipalities == ["Kauhava", "Lappajärvi"]
    assert cases[0].sources[0]["url"] == "https://kauhava.fi/k"
