"""Search notices, saving errors, capture errors and the CLI's own lines in fi, sv and en."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hyvatkaytannot.core.capture import CaptureError, capture_text
from hyvatkaytannot.core.curate import SaveError
from hyvatkaytannot.core.i18n import set_language
from hyvatkaytannot.core.search.index import NOTICE_DAMAGED, NOTICE_MISSING, NOTICE_REBUILT
from hyvatkaytannot.core.userstore import UserStore


def test_index_notices_in_each_language() -> None:
    assert "rakennettiin uudelleen" in NOTICE_REBUILT.in_language("fi")
    assert "byggdes upp på nytt" in NOTICE_REBUILT.in_language("sv")
    assert "was rebuilt" in NOTICE_REBUILT.in_language("en")
    assert NOTICE_MISSING.in_language("sv") == "Sökindexet har ännu inte byggts."
    assert "byggs upp på nytt" in NOTICE_DAMAGED.in_language("sv")


def test_a_save_error_from_a_full_disk_in_each_language(small_tmpfs: Path, disk_filler) -> None:
    from hyvatkaytannot.core.curate import atomic_write_bytes

    disk_filler(small_tmpfs)
    with pytest.raises(SaveError) as info:
        atomic_write_bytes(small_tmpfs / "uusi.md", b"x" * 200_000)
    e = info.value
    assert str(e).endswith(": the disk is full") and e.reason == "the disk is full"
    assert e.said.in_language("fi").endswith(": levy on täynnä")
    assert e.said.in_language("sv").endswith(": disken är full")
    assert str(small_tmpfs / "uusi.md") in e.said.in_language("sv")


def test_save_error_reasons_map_each_errno() -> None:
    for code, sv in [(errno.EROFS, "skrivskyddad"), (errno.EACCES, "behörighet saknas")]:
        said = SaveError(Path("a.md"), OSError(code, os.strerror(code))).said
        assert sv in said.in_language("sv")


def test_capture_errors_follow_the_active_language() -> None:
    with pytest.raises(CaptureError) as info:
        capture_text("   ")
    e = info.value
    assert e.reason == "leikepöydällä ei ole tekstiä."  # Finnish by default
    assert e.in_language("sv").endswith(": det finns ingen text i urklipp.")
    set_language("sv")
    assert str(e).endswith(": det finns ingen text i urklipp.")
    set_language("en")
    assert e.reason == "there is no text on the clipboard."


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi_FI.UTF-8", "Aloitettiin tyhjästä tietokannasta."),
        ("sv_FI.UTF-8", "En tom databas togs i bruk."),
        ("en_GB.UTF-8", "Started with an empty database."),
    ],
)
def test_restore_start_empty_speaks_the_language(tmp_path: Path, lang: str, text: str) -> None:
    data = tmp_path / "data"
    with UserStore.open(data / "user.db", data / "backups") as s:
        s.create_tag("yksi")
    (data / "user.db").write_bytes(b"")
    env = {**os.environ, "LANG": lang, "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
    r = subprocess.run(
        [sys.executable, "-m", "hyvatkaytannot", "--data-dir", str(data), "--no-bundled"]
        + ["restore", "--start-empty"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0] == text


def test_bundle_export_errors_in_each_language(tmp_path: Path) -> None:
    from hyvatkaytannot.core.bundles import ExportError, export_bundle
    from hyvatkaytannot.core.case import Case

    missing = tmp_path / "poissa.md"
    with pytest.raises(ExportError) as info:
        export_bundle(
            [Case(id="poissa", title="P", path=missing, meta={}, body="")], tmp_path / "b"
        )
    e = info.value
    assert str(e).startswith(f"Cannot read {missing}: ")
    assert e.in_language("fi").startswith(f"Tiedostoa {missing} ei voi lukea: ")
    assert e.in_language("sv").startswith(f"Det går inte att läsa {missing}: ")
