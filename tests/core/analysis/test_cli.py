from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from hyvatkaytannot.cli import main


def test_analyze_index_mode(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["--data-dir", str(tmp_path), "analyze", "kuntien", "elinvoimapalvelujen"]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "kuntien\tkunta"
    word, keys = lines[1].split("\t")
    assert word == "elinvoimapalvelujen"
    assert {"elinvoimapalvelu", "elinvoima", "palvelu"} <= set(keys.split(" "))
    assert (tmp_path / "analysis-cache.sqlite").exists()


def test_analyze_query_mode_from_stdin(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        ["--data-dir", str(tmp_path), "analyze", "--mode", "query", "-"],
        input="Orivedellä\n\nsote-palveluiden\n",
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["Orivedellä\torivesi", "sote-palveluiden\tsotepalvelu"]


def test_analyze_needs_words(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--data-dir", str(tmp_path), "analyze"])
    assert result.exit_code != 0
