"""Library: the one-pass load, re-loading one file, checking an editor's text, the facade."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from hyvatkaytannot.core import KnowledgeBase
from hyvatkaytannot.core.library import Library, LoadResult
from hyvatkaytannot.core.library import parse_text as parse_text_anywhere
from hyvatkaytannot.core.problems import Severity
from hyvatkaytannot.core.resources import bundled_practices_dir

BROKEN = [
    b"",  # empty
    b"---\nid: x\ntitle: [unclosed\n---\n",  # YAML error
    b"---\nid: x\n",  # unterminated
    b"\x00\x01\x02binary",  # binary
    b"---\n- a list\n---\n",  # not a mapping
    b"---\nid: Not A Slug\ntitle: t\n---\n",  # bad id
    b"---\nid: y\ntitle: t\nperiod: {start: 2020, end: 2019}\n---\n",  # end before start
    b"---\ntitle: no id\n---\n",  # missing id
    b"---\nid: z\ntitle: t\nx: &a 1\n---\n",  # anchor
    b"---\nid: w\ntitle: t\ntitle: u\n---\n",  # duplicate key
]


def test_1000_files_with_100_broken_load_the_900_in_one_pass(h: Any, lib: Path) -> None:
    for i in range(1000):
        sub = lib / f"group-{i % 10}"
        if i % 10 == 3:
            h.write(sub / f"case-{i:04d}.md", BROKEN[(i // 10) % len(BROKEN)])
        else:
            h.write(sub / f"case-{i:04d}.md", h.case_text(f"case-{i:04d}"))
    calls: list[tuple[int, int]] = []
    result = Library([(lib, False)]).load(progress=lambda d, t, p: calls.append((d, t)))
    assert len(result.cases) == 900 and result.files == 1000
    assert len({p.path for p in result.errors}) == 100  # every broken file, no other
    assert all(p.path.name.endswith("3.md") for p in result.problems)
    assert calls[0] == (0, 1000) and calls[-1] == (1000, 1000) and len(calls) == 1001


def test_problems_carry_the_case_id_when_known(h: Any, lib: Path) -> None:
    h.write(lib / "a.md", h.case_text(extra="language: suomi\n"))
    [problem] = h.load(lib).problems
    assert problem.case_id == "posio-yhteistyo" and "language" in problem.message


def test_read_only_folder_marks_its_cases(tmp_path: Path, h: Any) -> None:
    h.write(tmp_path / "ro" / "a.md", h.case_text("a"))
    h.write(tmp_path / "rw" / "b.md", h.case_text("b"))
    result = Library([(tmp_path / "ro", True), (tmp_path / "rw", False)]).load()
    assert result.cases["a"].read_only and result.cases["a"].folder == tmp_path / "ro"
    assert not result.cases["b"].read_only and result.cases["b"].folder == tmp_path / "rw"


def test_load_file_reloads_a_changed_file(h: Any, lib: Path) -> None:
    path = h.write(lib / "a.md", h.case_text())
    library = Library([(lib, True)])
    first = library.load().cases["posio-yhteistyo"]
    path.write_text(h.case_text().replace("Posion yhteistyö", "Uusi otsikko"), encoding="utf-8")
    case, problems = library.load_file(path)
    assert case is not None and problems == []
    assert case.title == "Uusi otsikko" and case.read_only and case.folder == lib
    assert case.fingerprint != first.fingerprint


def test_load_file_flags_an_id_taken_by_another_file(h: Any, lib: Path) -> None:
    first = h.write(lib / "a.md", h.case_text())
    library = Library([(lib, False)])
    library.load()
    second = h.write(lib / "b.md", h.case_text())
    case, problems = library.load_file(second)
    assert case is None
    [problem] = problems
    assert problem.is_error and str(first) in problem.message and problem.path == second


def test_load_file_of_a_deleted_or_broken_file(h: Any, lib: Path) -> None:
    library = Library([(lib, False)])
    case, problems = library.load_file(lib / "gone.md")
    assert case is None and problems[0].severity is Severity.WARNING
    bad = h.write(lib / "bad.md", "---\nid: x\n")
    case, problems = library.load_file(bad)
    assert case is None and problems[0].line == 1


def test_parse_text_gives_the_same_messages_as_loading(h: Any, lib: Path) -> None:
    text = h.case_text(extra="language: suomi\nfoo: 1\n")
    path = h.write(lib / "a.md", text)
    library = Library([(lib, False)])
    loaded = library.load()
    case, problems = library.parse_text(text, path)
    assert case is None
    assert problems == loaded.problems and len(problems) == 2
    # An editor buffer with Windows line ends reads the same.
    case, problems = library.parse_text(h.case_text().replace("\n", "\r\n"), path)
    assert case is not None and problems == [] and case.newline == "\r\n"


def test_parse_text_flags_an_id_used_by_another_case(h: Any, lib: Path) -> None:
    h.write(lib / "a.md", h.case_text())
    library = Library([(lib, False)])
    library.load()
    case, problems = library.parse_text(h.case_text(), lib / "new.md")
    assert case is None and "on jo tiedostossa" in problems[0].message
    case, problems = library.parse_text(h.case_text(), lib / "a.md")  # editing the owner
    assert case is not None and problems == []


def test_module_level_parse_text_for_the_writer(h: Any, tmp_path: Path) -> None:
    case, problems = parse_text_anywhere(h.case_text(), tmp_path / "x.md")
    assert case is not None and case.folder is None and problems == []


def test_facade_loads_through_the_library(h: Any, tmp_path: Path) -> None:
    own = tmp_path / "data" / "tapaukset"
    h.write(own / "a.md", h.case_text("oma"))
    h.write(tmp_path / "shared" / "b.md", h.case_text("jaettu"))
    with KnowledgeBase.open(
        data_dir=tmp_path / "data", libraries=[tmp_path / "shared"], include_bundled=False
    ) as kb:
        seen: list[str] = []
        result = kb.load_cases(progress=lambda d, t, p: seen.append(p))
        assert isinstance(result, LoadResult)
        assert sorted(kb.cases) == ["jaettu", "oma"] and len(seen) == 3
        assert kb.get_case("oma") is not None and not kb.cases["oma"].read_only


def test_bundled_cases_load_without_errors() -> None:
    try:
        folder = bundled_practices_dir()
    except FileNotFoundError:
        pytest.skip("practices/ is not there yet")
    result = Library([(folder, True)]).load()
    assert result.errors == [], [p.format() for p in result.errors]
    assert len(result.cases) == result.files > 0
    assert all(c.read_only and c.municipalities and c.regions for c in result.cases.values())


def _age(path: Path, seconds: float) -> None:
    """Make a file look last written `seconds` ago (keeping its content)."""
    import os
    import time

    then = time.time() - seconds
    os.utime(path, (then, then))


def test_reload_reuses_unchanged_files_and_rereads_changed_ones(h: Any, lib: Path) -> None:
    import os

    paths = [h.write(lib / f"c{i}.md", h.case_text(f"case-{i}")) for i in range(5)]
    for p in paths:
        _age(p, 60)
    library = Library([(lib, False)])
    first = library.load()
    assert len(first.cases) == 5
    # Rewritten with the same size and the same (old) modification time: the change time
    # and the content differ, so it is read again.
    changed = paths[1]
    stat = os.stat(changed)
    old = changed.read_bytes()
    changed.write_bytes(old.replace("yhteistyö".encode(), "yhteistyä".encode()))
    assert len(changed.read_bytes()) == len(old)
    os.utime(changed, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    second = library.load()
    assert second.cases["case-1"].title == "Posion yhteistyä"
    # Untouched files are the very objects of the last load (not parsed again).
    assert second.cases["case-0"] is first.cases["case-0"]
    assert second.cases["case-4"] is first.cases["case-4"]
    # A deleted file disappears, a new one appears.
    paths[2].unlink()
    h.write(lib / "c9.md", h.case_text("case-9"))
    third = library.load()
    assert "case-2" not in third.cases and "case-9" in third.cases


def test_reload_rereads_a_file_written_just_before_the_last_load(h: Any, lib: Path) -> None:
    # File times are coarse: a same-size rewrite in the same tick as the last load would
    # look unchanged, so recent files are always read again.
    h.write(lib / "c.md", h.case_text("case-a"))
    library = Library([(lib, False)])
    first = library.load()
    second = library.load()
    assert second.cases["case-a"] is not first.cases["case-a"]
    assert second.cases["case-a"].title == first.cases["case-a"].title
