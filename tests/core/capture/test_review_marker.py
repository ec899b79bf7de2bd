"""`review: ehdotus` is known beyond the loader: the search facets and bundles report it."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from click.testing import CliRunner

from hyvatkaytannot.cli import main
from hyvatkaytannot.core import KnowledgeBase
from hyvatkaytannot.core.capture import capture_text

TEXT = (
    "Kyläavustajat Teuvalla\n\nTeuvan kunnassa kokeiltiin vuosina 2017–2018 kyläavustajia, "
    "jotka auttoivat ikäihmisiä arjessa. Lisätietoja antaa projektipäällikkö Olli Forstén, "
    "p. 040 708 5515."
)


def _saved(data: Path) -> str:
    with KnowledgeBase.open(data, include_bundled=False) as kb:
        return kb.save_capture(capture_text(TEXT)).value.case_id


def test_facet_counts_and_filters_unreviewed_cases(tmp_path: Path) -> None:
    data = tmp_path / "data"
    case_id = _saved(data)
    with KnowledgeBase.open(data) as kb:  # with the bundled (reviewed) cases
        kb.sync_index()
        resp = kb.search("", filters={"review": ["ehdotus"]})
        assert [h.id for h in resp.hits] == [case_id]
        assert dict(resp.facets["review"]) == {"ehdotus": 1}
        assert [h.id for h in kb.search("tarkistus:ehdotus").hits] == [case_id]


def test_bundles_say_which_cases_are_unreviewed_and_carry_personal_data(tmp_path: Path) -> None:
    data = tmp_path / "data"
    case_id = _saved(data)
    bundle = tmp_path / "paketti.hkzip"
    runner = CliRunner()
    result = runner.invoke(
        main, ["--data-dir", str(data), "--no-bundled", "export-bundle", case_id, str(bundle)]
    )
    assert result.exit_code == 0, result.output
    assert f"Not yet reviewed (review: ehdotus): {case_id}" in result.output
    assert f"Carry personal data (contacts): {case_id}" in result.output
    with zipfile.ZipFile(bundle) as z:
        manifest = json.loads(z.read("manifest.json"))
    [entry] = manifest["cases"]
    assert entry["unreviewed"] is True and entry["personal_data"] is True
    other = tmp_path / "toinen"
    result = runner.invoke(
        main, ["--data-dir", str(other), "--no-bundled", "import-bundle", "--dry-run", str(bundle)]
    )
    assert f"Not yet reviewed (review: ehdotus): {case_id}" in result.output, result.output
