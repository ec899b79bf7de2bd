"""Export -> import: identical cases, tags and notes; re-import is a no-op; conflicts."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from hyvatkaytannot.core import KnowledgeBase
from hyvatkaytannot.core.bundles import (
    Status,
    apply_into_kb,
    export_from_kb,
    preview_into_kb,
    read_bundle,
)
from hyvatkaytannot.core.curate import SaveError, atomic

IDS = ["oulu-kotihoito", "posio-kirjasto", "hamina-nuoret"]


def _annotate(kb: KnowledgeBase) -> None:
    kb.store.tag(["oulu-kotihoito", "posio-kirjasto"], ["Teemat/Vanhukset"])
    kb.store.tag(["hamina-nuoret"], ["Nuoret"])
    text = kb.cases["oulu-kotihoito"].body
    kb.store.annotate_quote("oulu-kotihoito", text, "Lähtötilanne oli haastava", "Tärkeä!")


def _notes(kb: KnowledgeBase, case_id: str) -> list[tuple[str, str, int, int]]:
    return sorted((a.quote, a.note, a.start, a.end) for a in kb.store.annotations(case_id))


def _export(kb: KnowledgeBase, tmp_path: Path, notes: bool = True) -> Path:
    dest = tmp_path / "jako.hkzip"
    export_from_kb(kb, dest, IDS, with_notes=notes)
    return dest


def _import(kb: KnowledgeBase, bundle: Path, mode: str = "keep") -> Any:
    return apply_into_kb(kb, preview_into_kb(kb, bundle), mode)  # type: ignore[arg-type]


def test_round_trip_into_empty_data_dir(
    sender: KnowledgeBase, receiver: KnowledgeBase, tmp_path: Path
) -> None:
    _annotate(sender)
    bundle = _export(sender, tmp_path)
    manifest, data, notes = read_bundle(bundle)
    assert sorted(manifest.ids) == sorted(IDS) and notes is not None
    preview = preview_into_kb(receiver, bundle)
    assert preview.counts()["new"] == 3
    assert not list(receiver.paths.user_cases_dir.iterdir())  # the preview wrote nothing
    applied = apply_into_kb(receiver, preview, "keep")
    assert sorted(applied.result.added) == sorted(IDS)
    for case_id in IDS:
        mine, theirs = sender.cases[case_id], receiver.cases[case_id]
        assert theirs.path.read_bytes() == mine.path.read_bytes()
        assert (theirs.meta, theirs.body) == (mine.meta, mine.body)
        assert receiver.store.tags_for_case(case_id) == sender.store.tags_for_case(case_id)
        assert _notes(receiver, case_id) == _notes(sender, case_id)
    assert _notes(receiver, "oulu-kotihoito")[0][1] == "Tärkeä!"
    assert receiver.store.tags_for_case("oulu-kotihoito") == ["Teemat/Vanhukset"]


def test_reimport_changes_nothing(
    sender: KnowledgeBase, receiver: KnowledgeBase, tmp_path: Path,
    snapshot: Callable[[Path], dict[str, bytes]],
) -> None:  # fmt: skip
    _annotate(sender)
    bundle = _export(sender, tmp_path)
    _import(receiver, bundle)
    files = snapshot(receiver.paths.user_cases_dir)
    n_notes = len(receiver.store.annotations())
    for mode in ("keep", "theirs", "both"):
        preview = preview_into_kb(receiver, bundle)
        assert preview.counts()["unchanged"] == 3 and not preview.has_work
        applied = apply_into_kb(receiver, preview, mode)  # type: ignore[arg-type]
        assert applied.result.written_ids == []
        assert not any(applied.notes.added.values())
    assert snapshot(receiver.paths.user_cases_dir) == files
    assert len(receiver.store.annotations()) == n_notes


def _edit(path: Path, old: str, new: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def _conflict_setup(sender: KnowledgeBase, receiver: KnowledgeBase, tmp_path: Path) -> Path:
    """Receiver imported once and edited a case; the sender edited it too and re-sent."""
    _import(receiver, _export(sender, tmp_path))
    _edit(receiver.cases["oulu-kotihoito"].path, "Tulokset olivat hyviä.", "Vastaanottaja.")
    receiver.load_cases()
    _edit(sender.cases["oulu-kotihoito"].path, "Tulokset olivat hyviä.", "Lähettäjä.")
    sender.load_cases()
    return _export(sender, tmp_path / "toinen")


def test_conflict_keep_mine(sender: KnowledgeBase, receiver: KnowledgeBase,
                            tmp_path: Path) -> None:  # fmt: skip
    bundle = _conflict_setup(sender, receiver, tmp_path)
    preview = preview_into_kb(receiver, bundle)
    conflict = preview.by_status(Status.CONFLICT)
    assert [i.case_id for i in conflict] == ["oulu-kotihoito"]
    result = apply_into_kb(receiver, preview, "keep").result
    assert result.kept_mine == ["oulu-kotihoito"] and not result.backups
    assert "Vastaanottaja." in receiver.cases["oulu-kotihoito"].body


def test_conflict_take_theirs_keeps_backup(sender: KnowledgeBase, receiver: KnowledgeBase,
                                           tmp_path: Path) -> None:  # fmt: skip
    bundle = _conflict_setup(sender, receiver, tmp_path)
    mine = receiver.cases["oulu-kotihoito"].path.read_bytes()
    result = _import(receiver, bundle, "theirs").result
    assert result.replaced == ["oulu-kotihoito"]
    assert "Lähettäjä." in receiver.cases["oulu-kotihoito"].body
    assert [b.read_bytes() for b in result.backups] == [mine]
    assert result.backups[0].is_relative_to(receiver.paths.backups_dir)


def test_conflict_keep_both_gives_new_id(sender: KnowledgeBase, receiver: KnowledgeBase,
                                         tmp_path: Path) -> None:  # fmt: skip
    sender.store.tag(["oulu-kotihoito"], ["Jaettu"])
    bundle = _conflict_setup(sender, receiver, tmp_path)
    result = _import(receiver, bundle, "both").result
    assert result.renamed == {"oulu-kotihoito": "oulu-kotihoito-2"}
    assert "Vastaanottaja." in receiver.cases["oulu-kotihoito"].body
    copy = receiver.cases["oulu-kotihoito-2"]
    assert "Lähettäjä." in copy.body and copy.meta["id"] == "oulu-kotihoito-2"
    assert copy.path.name == "oulu-kotihoito-2.md"
    # The notes followed the incoming case to its new id.
    assert "Jaettu" in receiver.store.tags_for_case("oulu-kotihoito-2")
    # Importing again finds it under its new id: nothing more is added.
    again = preview_into_kb(receiver, bundle)
    item = next(i for i in again.items if i.case_id == "oulu-kotihoito")
    assert item.status is Status.UNCHANGED and item.same_as == "oulu-kotihoito-2"
    assert apply_into_kb(receiver, again, "both").result.written_ids == []


def test_untouched_import_is_updated_without_conflict(
    sender: KnowledgeBase, receiver: KnowledgeBase, tmp_path: Path
) -> None:
    _import(receiver, _export(sender, tmp_path))
    _edit(sender.cases["posio-kirjasto"].path, "Tulokset olivat hyviä.", "Uusi versio.")
    sender.load_cases()
    preview = preview_into_kb(receiver, _export(sender, tmp_path / "v2"))
    assert [i.case_id for i in preview.by_status(Status.CHANGED)] == ["posio-kirjasto"]
    result = apply_into_kb(receiver, preview, "keep").result
    assert result.replaced == ["posio-kirjasto"] and len(result.backups) == 1
    assert "Uusi versio." in receiver.cases["posio-kirjasto"].body


def test_outside_edit_between_preview_and_apply_wins(
    sender: KnowledgeBase, receiver: KnowledgeBase, tmp_path: Path
) -> None:
    bundle = _conflict_setup(sender, receiver, tmp_path)
    preview = preview_into_kb(receiver, bundle)
    path = receiver.cases["oulu-kotihoito"].path
    _edit(path, "Vastaanottaja.", "Kolmas muokkaus.")
    result = apply_into_kb(receiver, preview, "theirs").result
    assert result.skipped_changed == ["oulu-kotihoito"] and not result.replaced
    assert "Kolmas muokkaus." in path.read_text(encoding="utf-8")


def test_full_disk_while_staging_imports_nothing(
    sender: KnowledgeBase, receiver: KnowledgeBase, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, snapshot: Callable[[Path], dict[str, bytes]],
) -> None:  # fmt: skip
    bundle = _export(sender, tmp_path)
    preview = preview_into_kb(receiver, bundle)
    before = snapshot(receiver.paths.data_dir)
    calls = {"n": 0}
    real = atomic._write_all

    def fill_up(fd: int, data: bytes) -> None:
        calls["n"] += 1
        if calls["n"] == 2:  # the second case: the disk is full
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fd, data)

    monkeypatch.setattr(atomic, "_write_all", fill_up)
    with pytest.raises(SaveError, match="disk is full"):
        apply_into_kb(receiver, preview, "keep")
    assert calls["n"] == 2
    assert snapshot(receiver.paths.data_dir) == before
    assert not list(receiver.paths.user_cases_dir.iterdir())  # no staging folder left


def test_duplicate_warning_in_preview(sender: KnowledgeBase, receiver: KnowledgeBase,
                                      tmp_path: Path, make_text: Any) -> None:  # fmt: skip
    (receiver.paths.user_cases_dir / "oulun-kotihoito-malli.md").write_text(
        make_text("oulun-kotihoito-malli", "Ikäihmisten kotihoito Oulussa"), encoding="utf-8"
    )
    receiver.load_cases()
    preview = preview_into_kb(receiver, _export(sender, tmp_path))
    item = next(i for i in preview.items if i.case_id == "oulu-kotihoito")
    assert item.status is Status.NEW
    assert [s.case_id for s in item.similar] == ["oulun-kotihoito-malli"]
    assert item.similar[0].score >= 0.5


def test_invalid_case_in_bundle_is_listed_not_imported(
    sender: KnowledgeBase, receiver: KnowledgeBase, tmp_path: Path
) -> None:
    bad = sender.paths.user_cases_dir / "rikki.md"
    bad.write_text("---\nid: rikki\ntitle: Rikki\nperiod: {start: eilen}\n---\n", "utf-8")
    sender.load_cases()
    # The loader refuses it in the sender's library too, so export the bytes by hand.
    from hyvatkaytannot.core.bundles import export_bundle
    from hyvatkaytannot.core.case import Case

    fake = Case(id="rikki", title="Rikki", path=bad, meta={}, body="")
    dest = tmp_path / "rikki.hkzip"
    export_bundle([sender.cases["posio-kirjasto"], fake], dest)
    preview = preview_into_kb(receiver, dest)
    item = next(i for i in preview.items if i.case_id == "rikki")
    assert item.status is Status.INVALID and any(p.is_error for p in item.problems)
    result = apply_into_kb(receiver, preview, "keep").result
    assert result.invalid == ["rikki"] and result.added == ["posio-kirjasto"]
    assert not (receiver.paths.user_cases_dir / "rikki.md").exists()


def test_export_by_collection(sender: KnowledgeBase, receiver: KnowledgeBase,
                              tmp_path: Path) -> None:  # fmt: skip
    sender.store.create_collection("Esitys", case_ids=["hamina-nuoret", "posio-kirjasto"])
    dest = tmp_path / "kokoelma.hkzip"
    manifest = export_from_kb(sender, dest, collection="Esitys", with_notes=True)
    assert sorted(manifest.ids) == ["hamina-nuoret", "posio-kirjasto"]
    assert manifest.collection == "Esitys"
    _import(receiver, dest)
    assert receiver.store.collection("Esitys").case_ids == ["hamina-nuoret", "posio-kirjasto"]


def test_theirs_over_read_only_bundled_case_keeps_both(
    sender: KnowledgeBase, tmp_path: Path
) -> None:
    from hyvatkaytannot.core.resources import bundled_practices_dir

    bundled = bundled_practices_dir() / "posio-yhteistyo.md"
    original = bundled.read_bytes()
    mine = sender.paths.user_cases_dir / "posio-yhteistyo.md"
    mine.write_bytes(original.replace(b"## Tavoitteet", b"Lis\xc3\xa4ys.\n\n## Tavoitteet"))
    sender.load_cases()
    bundle = tmp_path / "posio.hkzip"
    export_from_kb(sender, bundle, ["posio-yhteistyo"])
    with KnowledgeBase.open(tmp_path / "recv") as receiver:  # with the bundled library
        preview = preview_into_kb(receiver, bundle)
        item = preview.items[0]
        assert item.status is Status.CONFLICT and item.existing_read_only
        result = apply_into_kb(receiver, preview, "theirs").result
        assert result.renamed == {"posio-yhteistyo": "posio-yhteistyo-2"}
        assert "Lisäys." in receiver.cases["posio-yhteistyo-2"].body
    assert bundled.read_bytes() == original


def test_crash_during_import_leaves_only_whole_cases(
    sender: KnowledgeBase, receiver: KnowledgeBase, tmp_path: Path
) -> None:
    """A real crash (os._exit) after the first file is swapped in; then import again."""
    import subprocess
    import sys
    import textwrap

    bundle = _export(sender, tmp_path)
    data_dir = receiver.paths.data_dir
    receiver.close()
    script = textwrap.dedent(f"""
        import os
        from pathlib import Path
        from hyvatkaytannot.core import KnowledgeBase
        from hyvatkaytannot.core.bundles import apply_into_kb, preview_into_kb
        real = Path.replace
        count = [0]
        def crashing_replace(self, target):
            result = real(self, target)
            count[0] += 1
            if count[0] == 1:
                os._exit(9)  # power cut after the first case
            return result
        kb = KnowledgeBase.open({str(data_dir)!r}, include_bundled=False)
        preview = preview_into_kb(kb, Path({str(bundle)!r}))
        Path.replace = crashing_replace
        apply_into_kb(kb, preview, "keep")
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert out.returncode == 9, out.stderr
    with KnowledgeBase.open(data_dir, include_bundled=False) as kb:
        assert len(kb.cases) == 1  # one whole case, no half-written one
        (only,) = kb.cases.values()
        assert only.path.read_bytes() == sender.cases[only.id].path.read_bytes()
        assert not kb.problems  # the hidden staging folder is not read as cases
        result = apply_into_kb(kb, preview_into_kb(kb, bundle), "keep").result
        assert sorted(result.added) == sorted(set(IDS) - {only.id})
        assert result.unchanged == [only.id]
        assert sorted(kb.cases) == sorted(IDS)


def test_per_case_choices(sender: KnowledgeBase, receiver: KnowledgeBase, tmp_path: Path) -> None:
    _import(receiver, _export(sender, tmp_path))
    for kb, word in ((receiver, "Vastaanottaja."), (sender, "Lähettäjä.")):
        for case_id in ("oulu-kotihoito", "hamina-nuoret"):
            _edit(kb.cases[case_id].path, "Tulokset olivat hyviä.", word)
        kb.load_cases()
    preview = preview_into_kb(receiver, _export(sender, tmp_path / "v2"))
    assert len(preview.by_status(Status.CONFLICT)) == 2
    result = apply_into_kb(receiver, preview, "keep", choices={"hamina-nuoret": "both"}).result
    assert result.kept_mine == ["oulu-kotihoito"]
    assert result.renamed == {"hamina-nuoret": "hamina-nuoret-2"}
    with pytest.raises(ValueError, match="on_conflict"):
        apply_into_kb(receiver, preview, "keep", choices={"x": "mine"})  # type: ignore[dict-item]
