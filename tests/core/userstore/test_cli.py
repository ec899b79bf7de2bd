"""The notes CLI (tag, tags, annotate, annotations, collections, backup, restore, export and
import) run through click's CliRunner on a temp data dir and a temp library."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from hyvatkaytannot.cli import main

CASE = """---
id: testikunta-kirjasto
title: "Testikunnan kirjasto"
summary: "Kirjasto avattiin uudelleen."
municipalities: [Posio]
regions: [Lappi]
themes: [sivistys]
period:
  start: "2019-01-01"
  end: "2020-12-31"
language: fi
updated: "2026-11-23"
---

## Lähtökohdat

Kunnan kirjasto oli suljettu kolme vuotta.

## Toteutus

Kirjasto avattiin uudelleen omatoimikirjastona, ja nuoret palasivat keskustaan iltaisin.

## Tulokset

Lainaukset kaksinkertaistuivat ensimmäisenä vuonna.
"""
CASE_ID = "testikunta-kirjasto"


@pytest.fixture
def run(tmp_path: Path):  # type: ignore[no-untyped-def]
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / f"{CASE_ID}.md").write_text(CASE, encoding="utf-8")
    base = ["--data-dir", str(tmp_path / "data"), "--no-bundled", "--library", str(lib)]

    def invoke(*args: str, ok: bool = True, lang: str = "en_GB.UTF-8") -> Result:
        # These tests read the English messages; the default (Finnish) has its own test.
        env = {"LANG": lang, "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
        result = CliRunner().invoke(main, [*base, *args], catch_exceptions=False, env=env)
        if ok:
            assert result.exit_code == 0, result.output
        return result

    return invoke


def test_tag_untag_and_tags(run) -> None:  # type: ignore[no-untyped-def]
    assert "kestävyys, teema/alateema" in run("tag", CASE_ID, "teema/alateema", "kestävyys").output
    listed = json.loads(run("tags", "--json").stdout)
    assert {t["path"]: t["count"] for t in listed} == {
        "kestävyys": 1,
        "teema": 0,
        "teema/alateema": 1,
    }
    assert "    1  kestävyys" in run("tags").output
    run("tags", "rename", "teema", "aihe")
    out = run("tags", "merge", "kestävyys", "aihe/alateema").output
    assert "1 cases change, 0 gain" in out
    assert json.loads(run("tags", "list", "--json").stdout)[-1]["path"] == "aihe/alateema"
    assert "(no tags)" in run("untag", CASE_ID, "aihe/alateema").output


def test_tag_an_unknown_case_is_an_error(run) -> None:  # type: ignore[no-untyped-def]
    result = run("tag", "ei-ole", "x", ok=False)
    assert result.exit_code == 1 and "No case with id 'ei-ole'" in result.output


def test_annotate_list_edit_delete(run) -> None:  # type: ignore[no-untyped-def]
    out = run("annotate", CASE_ID, "--quote", "omatoimikirjastona", "--note", "Hyvä *malli*")
    ann_id = out.stdout.split()[0]
    listed = json.loads(run("annotations", CASE_ID, "--json").stdout)
    assert [(a["id"], a["quote"], a["status"], a["note"]) for a in listed] == [
        (ann_id, "omatoimikirjastona", "anchored", "Hyvä *malli*")
    ]
    assert "anchored" in run("annotations").output
    run("edit-note", ann_id, "Toinen sanamuoto")
    assert json.loads(run("annotations", "--json").stdout)[0]["note"] == "Toinen sanamuoto"
    run("delete-note", ann_id)
    assert json.loads(run("annotations", "--json").stdout) == []


def test_errors_speak_finnish_unless_english_is_asked_for(run) -> None:  # type: ignore[no-untyped-def]
    fi = run("collections", "show", "Koulutus", ok=False, lang="C.UTF-8")
    assert fi.exit_code == 1 and "Kokoelmaa ei ole: Koulutus" in fi.output
    en = run("collections", "show", "Koulutus", ok=False)
    assert "No such collection: Koulutus" in en.output and "Kokoelmaa" not in en.output


def test_annotate_ambiguous_or_missing_quote(run) -> None:  # type: ignore[no-untyped-def]
    result = run("annotate", CASE_ID, "--quote", "kirjasto", "--note", "x", ok=False)
    assert result.exit_code == 1 and "2 times" in result.output
    result = run("annotate", CASE_ID, "--quote", "ei löydy", "--note", "x", ok=False)
    assert "does not occur" in result.output


def test_annotations_show_status_after_the_case_file_changed(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run("annotate", CASE_ID, "--quote", "omatoimikirjastona", "--note", "n")
    path = tmp_path / "lib" / f"{CASE_ID}.md"
    path.write_text(CASE.replace("## Lähtökohdat\n", "## Lähtökohdat\n\nUusi kappale.\n"))
    [a] = json.loads(run("annotations", "--json").stdout)
    assert a["status"] == "moved" and a["current_start"] > a["start"]
    # A word edited in its own context (within half the quote's length) is "changed",
    # showing the old and the new text; one rewritten beyond that is an orphan.
    path.write_text(CASE.replace("omatoimikirjastona", "lähikirjastona"))
    out = run("annotations").output
    assert "changed" in out and "now: “lähikirjastona”" in out
    path.write_text(CASE.replace("omatoimikirjastona", "kyläkoulun tiloissa"))
    out = run("annotations").output
    assert "orphan" in out and "“omatoimikirjastona”" in out


def test_collections_commands(run) -> None:  # type: ignore[no-untyped-def]
    cid = run("collections", "create", "Koulutus", "a", "b", "--description", "Kevät").output
    cid = cid.split()[0]  # stdout: "<id>  <title>"
    run("collections", "add", "Koulutus", CASE_ID, "--at", "1")
    run("collections", "move", cid, "b", "1")
    shown = json.loads(run("collections", "show", "Koulutus", "--json").stdout)
    assert shown["case_ids"] == ["b", CASE_ID, "a"] and shown["description"] == "Kevät"
    assert "2. testikunta-kirjasto  Testikunnan kirjasto" in run("collections", "show", cid).output
    run("collections", "remove", "Koulutus", "a")
    assert "Koulutus (2 cases)" in run("collections").output
    assert "Koulutus (2 cases)" in run("collections", "list").output
    run("collections", "delete", "Koulutus")
    assert run("collections").output == ""
    result = run("collections", "show", "Koulutus", ok=False)
    assert "No such collection" in result.output


def test_backup_restore_export_import(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run("tag", CASE_ID, "ennen")
    backup = Path(run("backup").output.strip())
    assert backup.is_file()
    run("tag", CASE_ID, "jälkeen")
    out = run("restore", str(backup)).output
    assert "previous database was kept as" in out
    assert json.loads(run("tags", "--json").stdout)[0]["path"] == "ennen"
    export = tmp_path / "notes.json"
    run("annotate", CASE_ID, "--quote", "omatoimikirjastona", "--note", "n")
    run("export-notes", str(export))
    assert json.loads(export.read_text(encoding="utf-8"))["annotations"]["total"] == 1
    assert "nothing new" in run("import-notes", str(export)).output


def test_corrupt_database_message_offers_the_backup(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run("tag", CASE_ID, "x")
    backup = run("backup").output.strip()
    (tmp_path / "data" / "user.db").write_bytes(b"garbage" * 1000)
    result = run("tags", ok=False)
    assert result.exit_code == 3  # waits for the user to choose
    assert f"hyvatkaytannot restore {backup}" in result.output
    run("restore", backup)
    assert "x" in run("tags").output


@pytest.mark.skipif(
    importlib.util.find_spec("hyvatkaytannot.core.search") is None, reason="no search yet"
)
def test_search_finds_new_words_after_annotate_tag_and_edit(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from hyvatkaytannot.core import KnowledgeBase

    run("index")

    def hits(word: str) -> list[str]:
        # kb.search reads the index as it is (no sync): only reindex_case put the words there.
        with KnowledgeBase.open(tmp_path / "data", [tmp_path / "lib"], include_bundled=False) as kb:
            return [h.id for h in kb.search(word).hits]

    assert hits("lumiukko") == []
    out = run("annotate", CASE_ID, "--quote", "omatoimikirjastona", "--note", "lumiukko")
    assert hits("lumiukko") == [CASE_ID]
    run("edit-note", out.stdout.split()[0], "porokaarre")
    assert hits("porokaarre") == [CASE_ID]
    run("tag", CASE_ID, "revontuli")
    assert hits("revontuli") == [CASE_ID]


def test_export_and_import_notes_keep_the_highlight_colour(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from hyvatkaytannot.core import KnowledgeBase

    out = run("annotate", CASE_ID, "--quote", "omatoimikirjastona", "--note", "n")
    annotation_id = out.stdout.split()[0]
    with KnowledgeBase.open(tmp_path / "data", [tmp_path / "lib"], include_bundled=False) as kb:
        kb.store.set_annotation_colour(annotation_id, "blue")
    export = tmp_path / "notes.json"
    run("export-notes", str(export))
    # Into a second data dir, through the file, as a colleague would.
    other = [
        "--data-dir",
        str(tmp_path / "other"),
        "--no-bundled",
        "--library",
        str(tmp_path / "lib"),
    ]
    env = {"LANG": "en_GB.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
    done = CliRunner().invoke(main, [*other, "import-notes", str(export)], env=env)
    assert done.exit_code == 0, done.output
    listed = CliRunner().invoke(main, [*other, "annotations", "--json"], env=env)
    assert [(a["id"], a["colour"]) for a in json.loads(listed.stdout)] == [(annotation_id, "blue")]
