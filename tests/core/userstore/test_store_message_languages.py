"""The user store's fault and recovery messages speak the user's language (fi, sv, en), each
its own coded message with parameters: a lock held by another program, a damaged file set
aside with the newest verified backup (date, counts), a read-only reason, JSON problems."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hyvatkaytannot.core.userstore import UserStore
from hyvatkaytannot.core.userstore.errors import StoreNeedsRecovery, StoreReadOnly
from hyvatkaytannot.core.userstore.opening import DISK_FULL, READ_ONLY_FOLDER

CASE_ID = "testikunta-kirjasto"


def _cli(data: Path, lang: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": lang, "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
    return subprocess.run(
        [sys.executable, "-m", "hyvatkaytannot", "--data-dir", str(data), "--no-bundled", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


IN_USE = {
    "fi_FI.UTF-8": "on toisen ohjelman käytössä",
    "sv_FI.UTF-8": "används av ett annat program",
    "en_GB.UTF-8": "is in use by another program",
}


@pytest.mark.parametrize("lang", list(IN_USE))
def test_a_database_locked_by_another_program_is_told_in_the_language(
    tmp_path: Path, lock_holder, lang: str
) -> None:
    data = tmp_path / "data"
    with UserStore.open(data / "user.db", data / "backups") as s:
        s.create_tag("kestävyys")
    lock_holder(data / "user.db")
    r = _cli(data, lang, "tags")
    assert r.returncode != 0
    assert IN_USE[lang] in r.stderr and str(data / "user.db") in r.stderr
    for other, text in IN_USE.items():
        assert other == lang or text not in r.stderr
    assert (data / "user.db").exists()  # nothing moved


def test_the_recovery_message_names_the_backup_with_date_and_counts_in_swedish(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    db = data / "user.db"
    with UserStore.open(db, data / "backups") as s:
        s.create_tag("kestävyys")
        s.create_tag("teema")
        s.tag([CASE_ID], ["kestävyys"])
    db.write_bytes(b"this is not a database" * 300)
    r = _cli(data, "sv_FI.UTF-8", "tags")
    assert r.returncode == 3
    text = " ".join(r.stderr.split())
    assert "Användardatabasen öppnades inte" in text
    assert "Undanlagd (skadad) fil:" in text
    assert "Nyaste kontrollerade säkerhetskopia:" in text and "2 taggar, 0 anteckningar" in text
    assert "eller börja med en tom databas: hyvatkaytannot restore --start-empty" in text
    assert "varmuuskopio" not in text and "backup:" not in text.lower()
    listed = _cli(data, "sv_FI.UTF-8", "backup", "--list")
    assert listed.returncode == 0 and "2 taggar" in listed.stdout and "[undanlagd]" in listed.stdout


def test_recovery_parts_render_in_each_language(tmp_path: Path) -> None:
    data = tmp_path / "data"
    db = data / "user.db"
    with UserStore.open(db, data / "backups") as s:
        s.create_tag("yksi")
    db.write_bytes(b"")
    with pytest.raises(StoreNeedsRecovery) as info:
        UserStore.open(db, data / "backups")
    e = info.value
    assert "1 tunniste," in e.in_language("fi") and "on tyhjä tai puuttuu" in e.in_language("fi")
    assert "1 tagg," in e.in_language("sv") and "är tom eller saknas" in e.in_language("sv")
    assert "1 tag," in e.in_language("en") and "is empty or missing" in e.in_language("en")
    assert str(e) == e.in_language("en")


@pytest.mark.parametrize(
    ("reason", "fi", "sv", "en"),
    [
        (READ_ONLY_FOLDER, "vain luku", "skrivskyddad", "read-only"),
        (DISK_FULL, "levy on täynnä", "disken är full", "the disk is full"),
    ],
)
def test_read_only_reasons_in_each_language(reason, fi: str, sv: str, en: str) -> None:
    e = StoreReadOnly(reason)
    assert e.in_language("fi").startswith("Muutosta ei tallennettu: ") and fi in e.fi
    assert e.in_language("sv").startswith("Ändringen sparades inte: ") and sv in e.in_language("sv")
    assert e.en.startswith("The change was not saved: ") and en in e.en


def test_a_notes_import_problem_names_the_field_in_swedish(tmp_path: Path) -> None:
    bad = tmp_path / "notes.json"
    bad.write_text('{"format": "hyvatkaytannot-user-layer", "version": 1, "tags": "abc"}')
    data = tmp_path / "data"
    with UserStore.open(data / "user.db", data / "backups"):
        pass
    r = _cli(data, "sv_FI.UTF-8", "import-notes", str(bad))
    assert r.returncode != 0
    assert "Anteckningarna importerades inte: fältet tags: fel typ" in r.stderr, r.stderr
    assert "Ingenting skrevs." in r.stderr
