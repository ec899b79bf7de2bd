"""The index, search and bench commands through click's CliRunner, on real files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from hyvatkaytannot.cli import main


@pytest.fixture
def run(library: Path, data_dir: Path):  # type: ignore[no-untyped-def]
    runner = CliRunner()

    def invoke(*args: str, stdin: str | None = None, lang: str = "C.UTF-8"):  # type: ignore[no-untyped-def]
        base = ["--data-dir", str(data_dir), "--no-bundled", "--library", str(library)]
        env = {"LANG": lang, "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
        return runner.invoke(main, [*base, *args], input=stdin, catch_exceptions=False, env=env)

    return invoke


def test_index_then_incremental(run, library: Path) -> None:  # type: ignore[no-untyped-def]
    first = run("index")
    assert first.exit_code == 0, first.output
    assert "6 cases in the index; 6 added" in first.output
    second = run("index")
    assert "0 added, 0 updated, 0 removed" in second.output
    forced = run("index", "--rebuild")
    assert "full rebuild (requested)" in forced.output


def test_search_syncs_first_and_prints_hits(run) -> None:  # type: ignore[no-untyped-def]
    result = run("search", "Coronaria")
    assert result.exit_code == 0, result.output
    # Finnish by default, from the same catalogue as the GUI; English with LANG=en….
    assert "1 osuma (" in result.output and "posio-yhteistyo" in result.output
    english = run("search", "Coronaria", lang="en_US.UTF-8")
    assert "1 hit (" in english.output and "posio-yhteistyo" in english.output


def test_the_ui_language_setting_wins_over_the_environment(  # type: ignore[no-untyped-def]
    run, data_dir: Path
) -> None:
    from hyvatkaytannot.core.paths import DataPaths

    settings = DataPaths.resolve(data_dir).settings_path
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text('{"ui_language": "en"}', encoding="utf-8")
    assert "1 hit (" in run("search", "Coronaria", lang="fi_FI.UTF-8").output


def test_search_json(run) -> None:  # type: ignore[no-untyped-def]
    result = run("search", "yhteistyö", "--json", "--limit", "2")
    data = json.loads(result.output)
    assert data["query"] == "yhteistyö"
    assert data["total"] >= 2 and len(data["hits"]) == 2
    assert {"id", "title", "score", "snippet"} <= set(data["hits"][0])
    assert set(data["facets"]) == {
        "region", "municipality", "theme", "status", "year", "tag", "review",
    }  # fmt: skip
    assert "suggestion" in data and data["took_ms"] > 0


def test_search_filters_and_sort(run) -> None:  # type: ignore[no-untyped-def]
    result = run("search", "", "--json", "--filter", "region=Pirkanmaa", "--sort", "title")
    data = json.loads(result.output)
    assert [h["id"] for h in data["hits"]] == [
        "orivesi-elinvoimapalvelut",
        "ylojarvi-etakokoukset",
    ]
    bad = CliRunner().invoke(main, ["search", "x", "--filter", "nonsense"])
    assert bad.exit_code != 0


def test_search_stdin_json_lines(run) -> None:  # type: ignore[no-untyped-def]
    result = run("search", "-", stdin="Coronaria\n\nvesihuolto\nkunta:Posio\n")
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [d["query"] for d in lines] == ["Coronaria", "vesihuolto", "kunta:Posio"]
    assert [d["hits"][0]["id"] for d in lines] == [
        "posio-yhteistyo",
        "aanekoski-vesihuolto",
        "posio-yhteistyo",
    ]


def test_index_busy_is_a_clear_message(  # type: ignore[no-untyped-def]
    run, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hyvatkaytannot.core.search.index as index_module
    from hyvatkaytannot.core.search import SearchIndex
    from hyvatkaytannot.core.search.locking import WriterLock

    run("index")
    monkeypatch.setattr(index_module, "DEFAULT_WRITE_TIMEOUT", 0.1)
    with WriterLock(SearchIndex(data_dir / "index").lock_path):
        result = run("index", "--rebuild")
    assert result.exit_code == 1
    assert "Indexing busy" in result.output


def test_bench_smoke(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        ["bench", "--sizes", "30", "--queries", "5", "--workdir", str(tmp_path / "bench")],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    out = result.output
    assert "== 30 cases" in out and "cases/s" in out
    for kind in ("word", "two words", "phrase", "prefix", "fuzzy", "facet-filtered", "snippets"):
        assert kind in out
    assert "FTS5" in out and "one-case update" in out and "cold start" in out
    assert "with one Swedish case in the library" in out


def test_unknown_facet_is_a_clear_message(run) -> None:  # type: ignore[no-untyped-def]
    result = run("search", "x", "--filter", "kunta=Posio")
    assert result.exit_code == 1 and "unknown facet 'kunta'" in result.output
