"""Folder walking: which files count, links that are not followed, files that are not files."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from hyvatkaytannot.core.library import Library
from hyvatkaytannot.core.problems import Severity

needs_symlinks = pytest.mark.skipif(os.name == "nt", reason="symlinks need privileges on Windows")


def test_only_md_files_count_and_readme_underscore_dot_are_skipped(h: Any, lib: Path) -> None:
    h.write(lib / "a.md", h.case_text("a"))
    h.write(lib / "UPPER.MD", h.case_text("upper"))
    h.write(lib / "deep" / "er" / "b.md", h.case_text("b"))
    for skipped in ("README.md", "readme.md", "_draft.md", ".hidden.md", "notes.txt", "c.markdown"):
        h.write(lib / skipped, "not a case")
    h.write(lib / "_drafts" / "d.md", h.case_text("d"))
    h.write(lib / ".git" / "e.md", h.case_text("e"))
    result = h.load(lib)
    assert sorted(result.cases) == ["a", "b", "upper"]
    assert result.problems == [] and result.files == 3


def test_missing_library_folder_is_a_warning(tmp_path: Path, h: Any) -> None:
    h.write(tmp_path / "ok" / "a.md", h.case_text())
    result = Library([(tmp_path / "gone", False), (tmp_path / "ok", False)]).load()
    assert list(result.cases) == ["posio-yhteistyo"]
    [problem] = result.problems
    assert problem.severity is Severity.WARNING and "Kirjastokansiota ei löydy" in problem.message


@needs_symlinks
def test_symlink_loop_is_not_followed_and_reported(h: Any, lib: Path) -> None:
    h.write(lib / "sub" / "a.md", h.case_text())
    (lib / "sub" / "up").symlink_to(lib, target_is_directory=True)
    (lib / "self.md").symlink_to(lib / "self.md")  # a link to itself: ELOOP
    result = h.load(lib)
    assert list(result.cases) == ["posio-yhteistyo"] and result.files == 1
    by_name = {p.path.name: p.message for p in result.problems}
    assert "silmukka" in by_name["up"] and "silmukka" in by_name["self.md"]
    assert all(p.severity is Severity.WARNING for p in result.problems)


@needs_symlinks
def test_links_leaving_the_folder_are_not_followed_and_reported(tmp_path: Path, h: Any) -> None:
    lib = tmp_path / "lib"
    outside = h.write(tmp_path / "outside" / "secret.md", h.case_text("secret"))
    h.write(lib / "a.md", h.case_text("a"))
    (lib / "linked.md").symlink_to(outside)
    (lib / "linked-dir").symlink_to(outside.parent, target_is_directory=True)
    (lib / "dangling.md").symlink_to(tmp_path / "nowhere.md")
    (lib / "inside.md").symlink_to(lib / "a.md")  # inside: read once, at its real place
    (lib / "picture.png").symlink_to(tmp_path / "outside")  # not a case file name: ignored
    result = h.load(lib)
    assert list(result.cases) == ["a"]
    by_name = {p.path.name: p.message for p in result.problems}
    assert set(by_name) == {"linked.md", "linked-dir", "dangling.md", "picture.png"}
    assert "ulkopuolelle" in by_name["linked.md"] and "ulkopuolelle" in by_name["linked-dir"]
    assert "kohdetta ei ole" in by_name["dangling.md"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_named_md_does_not_hang_the_scan(h: Any, lib: Path) -> None:
    os.mkfifo(lib / "pipe.md")
    h.write(lib / "a.md", h.case_text())
    library = Library([(lib, False)])
    case, problems = library.load_file(lib / "pipe.md")
    assert case is None and "Ei tavallinen tiedosto" in problems[0].message
    assert list(library.load().cases) == ["posio-yhteistyo"]  # not listed as a case file


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file_and_folder_are_reported(h: Any, lib: Path) -> None:
    locked = h.write(lib / "locked.md", h.case_text("locked"))
    locked.chmod(0)
    closed = lib / "closed"
    h.write(closed / "x.md", h.case_text("x"))
    closed.chmod(0)
    try:
        h.write(lib / "ok.md", h.case_text("ok"))
        result = h.load(lib)
    finally:
        locked.chmod(0o644)
        closed.chmod(0o755)
    assert list(result.cases) == ["ok"]
    assert any("käyttöoikeus" in m for m in h.messages(result, locked))
    assert any("käyttöoikeus" in m for m in h.messages(result, closed))


def test_is_case_file_follows_the_scan_rules(tmp_path: Path) -> None:
    lib = Library([(tmp_path / "lib", False)])
    assert lib.is_case_file(tmp_path / "lib" / "sub" / "a.md")
    assert not lib.is_case_file(tmp_path / "lib" / "README.md")
    assert not lib.is_case_file(tmp_path / "lib" / "_drafts" / "a.md")
    assert not lib.is_case_file(tmp_path / "elsewhere" / "a.md")
