"""The CLI: new, export-bundle, import-bundle (preview, dry run, rejection, conflicts)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from hyvatkaytannot.cli import main
from hyvatkaytannot.core import KnowledgeBase


def _run(data: Path, *args: str) -> Any:
    return CliRunner().invoke(main, ["--data-dir", str(data), "--no-bundled", *args])


def test_new_creates_case_from_template(tmp_path: Path) -> None:
    data = tmp_path / "d"
    r = _run(data, "new", "--title", "Äänekosken kotihoito", "--municipality", "Äänekoski")
    assert r.exit_code == 0, r.output
    path = Path(r.output.strip().splitlines()[-1])
    assert path == data.resolve() / "tapaukset" / "aanekosken-kotihoito.md"
    text = path.read_text(encoding="utf-8")
    assert "title: Äänekosken kotihoito" in text and "## Opit ja siirrettävyys" in text
    # A second one with the same title gets the next free id.
    r2 = _run(data, "new", "--title", "Äänekosken kotihoito")
    assert r2.output.strip().endswith("aanekosken-kotihoito-2.md"), r2.output
    with KnowledgeBase.open(data, include_bundled=False) as kb:
        assert set(kb.cases) == {"aanekosken-kotihoito", "aanekosken-kotihoito-2"}


def test_export_then_import_with_preview(sender: KnowledgeBase, tmp_path: Path) -> None:
    sender.store.tag(["oulu-kotihoito"], ["Jaettu"])
    sender.close()
    out = tmp_path / "jako"
    r = _run(sender.paths.data_dir, "export-bundle", "oulu-kotihoito", "posio-kirjasto",
             str(out), "--with-notes")  # fmt: skip
    assert r.exit_code == 0, r.output
    bundle = tmp_path / "jako.hkzip"
    assert "Exported 2 case(s) with tags and notes" in r.output and bundle.exists()
    recv = tmp_path / "recv"
    dry = _run(recv, "import-bundle", str(bundle), "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert "new        oulu-kotihoito" in dry.output and "Dry run" in dry.output
    assert not (recv / "tapaukset" / "oulu-kotihoito.md").exists()
    real = _run(recv, "import-bundle", str(bundle))
    assert real.exit_code == 0, real.output
    assert "Imported: 2 added" in real.output
    assert (recv / "tapaukset" / "oulu-kotihoito.md").exists()
    again = _run(recv, "import-bundle", str(bundle))
    assert "0 added, 0 replaced, 0 kept both, 0 kept yours, 2 unchanged" in again.output
    with KnowledgeBase.open(recv, include_bundled=False) as kb:
        assert kb.store.tags_for_case("oulu-kotihoito") == ["Jaettu"]


def test_export_needs_ids_or_collection(sender: KnowledgeBase, tmp_path: Path) -> None:
    r = _run(sender.paths.data_dir, "export-bundle", str(tmp_path / "x.hkzip"))
    assert r.exit_code != 0 and "--collection" in r.output
    r = _run(sender.paths.data_dir, "export-bundle", "ei-ole", str(tmp_path / "x.hkzip"))
    assert r.exit_code == 1 and "Tapausta ei ole: ei-ole" in r.output  # the CLI's language


def test_rejected_bundle_exits_non_zero(tmp_path: Path) -> None:
    bad = tmp_path / "paha.hkzip"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("../../etc/passwd.md", "x")
    r = _run(tmp_path / "d", "import-bundle", str(bad))
    assert r.exit_code == 1
    assert "Rejected bundle" in r.output and ".." in r.output and "Nothing was imported" in r.output
    assert not list((tmp_path / "d" / "tapaukset").iterdir())


def test_conflict_both_from_cli(sender: KnowledgeBase, tmp_path: Path) -> None:
    sender.close()
    data = sender.paths.data_dir
    bundle = tmp_path / "b.hkzip"
    assert _run(data, "export-bundle", "hamina-nuoret", str(bundle)).exit_code == 0
    case = data / "tapaukset" / "hamina-nuoret.md"
    case.write_text(case.read_text(encoding="utf-8").replace("hyviä", "muuttuneita"), "utf-8")
    r = _run(data, "import-bundle", str(bundle), "--on-conflict", "both")
    assert r.exit_code == 0, r.output
    assert "CONFLICT" in r.output and "hamina-nuoret -> saved as hamina-nuoret-2" in r.output
    assert (data / "tapaukset" / "hamina-nuoret-2.md").exists()


def test_bundle_with_only_invalid_cases_exits_non_zero(
    sender: KnowledgeBase, tmp_path: Path
) -> None:
    """Issue 12, fault 7: a bundle whose only case is invalid is an error, not exit 0."""
    from hyvatkaytannot.core.bundles import export_bundle
    from hyvatkaytannot.core.case import Case

    bad = tmp_path / "rikki.md"
    bad.write_text("---\nid: rikki\ntitle: Rikki\nperiod: {start: eilen}\n---\n", "utf-8")
    dest = tmp_path / "rikki.hkzip"
    export_bundle([Case(id="rikki", title="Rikki", path=bad, meta={}, body="")], dest)
    data = tmp_path / "receiver"
    r = _run(data, "import-bundle", str(dest))
    assert r.exit_code == 1, r.output
    assert "ei ollut yhtään kelvollista" in r.output  # in the CLI's language
    assert not list((data / "tapaukset").glob("*.md"))
