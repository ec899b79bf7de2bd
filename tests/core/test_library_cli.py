"""The library commands (check, list, show, info) through click's CliRunner, real files."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from hyvatkaytannot.cli import main

VALID = """---
id: {id}
title: "Otsikko {id}"
summary: "Lyhyt kuvaus."
municipalities: [Posio]
period: {{start: 2018, end: 2019}}
status: päättynyt
---

## Lähtökohdat
## Tavoitteet
## Toteutus
## Tulokset
## Opit ja siirrettävyys
## Lisätietoja
"""


@pytest.fixture
def data(tmp_path: Path) -> Path:
    own = tmp_path / "data" / "tapaukset"
    own.mkdir(parents=True)
    (own / "a.md").write_text(VALID.format(id="oma-tapaus"), encoding="utf-8")
    return tmp_path / "data"


def run(data: Path, *args: str) -> click.testing.Result:
    return CliRunner().invoke(main, ["--data-dir", str(data), "--no-bundled", *args])


def test_check_clean_folder_exits_0(data: Path) -> None:
    result = run(data, "check")
    assert result.exit_code == 0, result.output
    assert "1 tapaus ladattiin, 0 tiedostossa virheitä, 0 virhettä, 0 varoitusta" in result.output


def test_check_warnings_only_exits_0(data: Path) -> None:
    text = VALID.format(id="varoitus").replace("[Posio]", "[Atlantis]")
    (data / "tapaukset" / "w.md").write_text(text, encoding="utf-8")
    result = run(data, "check")
    assert result.exit_code == 0
    assert "w.md:5: warning: Kuntaa ”Atlantis” ei löydy" in result.output


def test_check_errors_exit_1_with_file_and_line(data: Path, tmp_path: Path) -> None:
    folder = tmp_path / "other"
    folder.mkdir()
    (folder / "bad.md").write_text("---\nid: x\ntitle: [auki\n---\n", encoding="utf-8")
    (folder / "ok.md").write_text(VALID.format(id="ok"), encoding="utf-8")
    result = run(data, "check", str(folder))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].endswith("bad.md:4: error: YAML-virhe: hakasulkeiden [ ] lista on rikki "
                             "(puuttuuko ] tai ,)")  # fmt: skip
    assert "Tarkistettiin 2 tiedostoa 1 kansiossa: 1 tapaus ladattiin, 1 tiedostossa" in lines[-1]


def test_check_json_and_errors_only(data: Path, tmp_path: Path) -> None:
    (data / "tapaukset" / "bad.md").write_text("---\nid: x\n", encoding="utf-8")
    text = VALID.format(id="w").replace("[Posio]", "[Atlantis]")
    (data / "tapaukset" / "w.md").write_text(text, encoding="utf-8")
    result = run(data, "check", "--json")
    assert result.exit_code == 1
    out = json.loads(result.output)
    assert out["files"] == 3 and out["cases"] == 2 and out["errors"] == 1 and out["warnings"] == 1
    assert {p["severity"] for p in out["problems"]} == {"error", "warning"}
    only = run(data, "check", "--errors-only")
    assert "bad.md:1: error:" in only.output and "Atlantis" not in only.output


def test_list_text_and_json(data: Path) -> None:
    (data / "tapaukset" / "b.md").write_text(VALID.format(id="b-tapaus"), encoding="utf-8")
    result = run(data, "list")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].startswith("b-tapaus ") and lines[1].startswith("oma-tapaus")
    assert "2018–2019" in lines[0] and "Posio" in lines[0] and "Otsikko b-tapaus" in lines[0]
    out = json.loads(run(data, "list", "--json").output)
    assert [c["id"] for c in out] == ["b-tapaus", "oma-tapaus"]
    assert out[1] == {
        "id": "oma-tapaus",
        "title": "Otsikko oma-tapaus",
        "municipalities": ["Posio"],
        "period": {"start": "2018", "end": "2019"},
        "status": "päättynyt",
        "path": str((data / "tapaukset" / "a.md").resolve()),
        "read_only": False,
    }


def test_list_mentions_files_that_could_not_load(data: Path) -> None:
    (data / "tapaukset" / "bad.md").write_bytes(b"")
    result = CliRunner().invoke(main, ["--data-dir", str(data), "--no-bundled", "list"])
    assert result.exit_code == 0 and "oma-tapaus" in result.stdout
    assert "1 file(s) could not be loaded" in result.stderr


def test_show_text_json_and_not_found(data: Path) -> None:
    result = run(data, "show", "oma-tapaus")
    assert result.exit_code == 0
    assert result.output.startswith("Otsikko oma-tapaus\n") and "## Lisätietoja" in result.output
    out = json.loads(run(data, "show", "oma-tapaus", "--json").output)
    assert out["regions"] == ["Lappi"] and out["meta"]["municipalities"] == ["Posio"]
    assert out["years"] == [2018, 2019] and out["body_line"] == 9
    missing = run(data, "show", "oma")
    assert missing.exit_code != 0 and "No case with id 'oma'. Did you mean: oma-tapaus?" in (
        missing.output
    )


def test_show_names_the_broken_file_of_an_id(data: Path) -> None:
    (data / "tapaukset" / "bad.md").write_text(
        "---\nid: rikki\ntitle: t\nstatus: valmis\n---\n", encoding="utf-8"
    )
    result = run(data, "show", "rikki")
    assert result.exit_code == 1 and "was not loaded" in result.output
    assert "bad.md has errors" in result.output


def test_info_text_and_json(data: Path) -> None:
    out = json.loads(run(data, "info", "--json").output)
    assert out["data_dir"] == str(data.resolve()) and out["cases"] == 1
    assert out["library_folders"] == [
        {"path": str((data / "tapaukset").resolve()), "read_only": False, "exists": True}
    ]
    assert out["index_dir"].startswith(str(data.resolve())) and out["database"].endswith(".db")
    text = run(data, "info")
    assert text.exit_code == 0 and "Cases:           1 (0 error(s)" in text.output


def test_info_shows_the_bundled_folder_read_only(data: Path) -> None:
    result = CliRunner().invoke(main, ["--data-dir", str(data), "info", "--json"])
    folders = json.loads(result.output)["library_folders"]
    assert folders[0]["read_only"] is True and folders[1]["read_only"] is False


def _walk(command: click.Command, name: str) -> list[tuple[str, click.Command]]:
    found = [(name, command)]
    if isinstance(command, click.Group):
        for sub_name, sub in command.commands.items():
            found += _walk(sub, f"{name} {sub_name}")
    return found


def test_every_registered_command_has_help() -> None:
    commands = _walk(main, "hyvatkaytannot")
    assert {"check", "list", "show", "info"} <= set(main.commands)
    missing = [name for name, c in commands if not (c.help or "").strip()]
    assert missing == []
    for name, c in commands:
        for param in c.params:
            if isinstance(param, click.Option) and not param.hidden:
                assert (param.help or "").strip(), f"{name} {param.opts} has no help"


def test_check_single_files(data: Path) -> None:
    good = data / "tapaukset" / "a.md"
    bad = data / "bad.md"
    bad.write_text("---\nid: x\ntitle: t\nperiod: {start: 2020, end: 2019}\n---\n", "utf-8")
    result = run(data, "check", str(good), str(bad))
    assert result.exit_code == 1
    assert "bad.md:4: error: Kauden loppu (2019) on ennen alkua (2020)." in result.output
    assert "Tarkistettiin 2 tiedostoa 0 kansiossa: 1 tapaus ladattiin, 1 tiedostossa" in (
        result.output
    )
    assert run(data, "check", str(good)).exit_code == 0
