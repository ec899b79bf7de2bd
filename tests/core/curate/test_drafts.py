"""Autosave drafts survive a restart, list newest first, and a damaged one is left alone."""

from __future__ import annotations

from pathlib import Path

from hyvatkaytannot.core.curate import DraftStore, new_draft_key


def test_save_list_discard(folders: dict[str, Path], rich_text: str) -> None:
    store = DraftStore(folders["drafts"])
    store.save_draft("oulu-kotihoito", rich_text, path=Path("/x/oulu-kotihoito.md"),
                     base_fingerprint="abc", case_id="oulu-kotihoito")  # fmt: skip
    key = new_draft_key()
    store.save_draft(key, "---\nid: uusi\n---\n")
    # A new store (as after a crash and restart) sees both.
    again = DraftStore(folders["drafts"])
    drafts = {d.key: d for d in again.list_drafts()}
    assert set(drafts) == {"oulu-kotihoito", key}
    assert drafts["oulu-kotihoito"].text == rich_text
    assert drafts["oulu-kotihoito"].base_fingerprint == "abc"
    assert drafts["oulu-kotihoito"].path == "/x/oulu-kotihoito.md"
    # Saving again replaces, it does not add.
    again.save_draft(key, "muutettu")
    assert again.load_draft(key).text == "muutettu"  # type: ignore[union-attr]
    assert len(again.list_drafts()) == 2
    assert again.discard_draft(key) is True
    assert again.discard_draft(key) is False
    assert [d.key for d in again.list_drafts()] == ["oulu-kotihoito"]


def test_damaged_draft_is_skipped_not_deleted(folders: dict[str, Path]) -> None:
    store = DraftStore(folders["drafts"])
    bad = folders["drafts"] / "rikki.draft.json"
    bad.write_text("{ei jsonia", encoding="utf-8")
    store.save_draft("ok", "teksti")
    assert [d.key for d in store.list_drafts()] == ["ok"]
    assert bad.exists()


def test_no_drafts_folder_yet(tmp_path: Path) -> None:
    assert DraftStore(tmp_path / "puuttuu").list_drafts() == []
