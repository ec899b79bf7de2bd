"""Saving: atomic replace, outside-edit conflicts, read-only folders, full disks."""

from __future__ import annotations

import errno
import hashlib
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from hyvatkaytannot.core import KnowledgeBase
from hyvatkaytannot.core.curate import (
    CaseWriter,
    ConflictError,
    InvalidCaseError,
    ReadOnlyError,
    SaveError,
    atomic,
)
from hyvatkaytannot.core.curate.writer import parse_case_text
from hyvatkaytannot.core.resources import bundled_practices_dir

WriteCase = Callable[..., Path]


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def _writer(folders: dict[str, Path]) -> CaseWriter:
    return CaseWriter([(folders["readonly"], True), (folders["user"], False)], folders["user"])


def _no_temp_files(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.startswith(".hk-")]


def test_save_then_load_gives_what_was_saved(
    folders: dict[str, Path], write_case: WriteCase, rich_text: str
) -> None:
    path = write_case(folders["user"], rich_text)
    fp = _sha(path)
    edited = rich_text.replace("Parempi arki.", "Parempi arki kaikille.")
    saved = _writer(folders).save(path, edited, expected_fingerprint=fp)
    assert path.read_text(encoding="utf-8") == edited
    assert saved.fingerprint == _sha(path) != fp
    assert saved.case_id == "oulu-kotihoito"
    case, _ = parse_case_text(path.read_text(encoding="utf-8"), path)
    assert case is not None and "kaikille" in case.sections["Tavoitteet"]
    assert _no_temp_files(folders["user"])
    # The returned fingerprint is what the next save expects.
    _writer(folders).save(path, rich_text, expected_fingerprint=saved.fingerprint)


def test_outside_edit_is_a_conflict_with_both_versions(
    folders: dict[str, Path], write_case: WriteCase, rich_text: str
) -> None:
    path = write_case(folders["user"], rich_text)
    opened_fp = _sha(path)
    theirs = rich_text.replace("Hyviä.", "Joku muu muokkasi tätä.")
    path.write_text(theirs, encoding="utf-8")  # someone on the shared drive
    mine = rich_text.replace("Hyviä.", "Minun muutokseni.")
    with pytest.raises(ConflictError) as info:
        _writer(folders).save(path, mine, expected_fingerprint=opened_fp)
    assert info.value.mine == mine
    assert info.value.theirs == theirs
    assert info.value.theirs_fingerprint == _sha(path)
    assert path.read_text(encoding="utf-8") == theirs  # never overwritten silently
    # The user chose "mine" knowingly: saving against their fingerprint works.
    _writer(folders).save(path, mine, expected_fingerprint=info.value.theirs_fingerprint)
    assert path.read_text(encoding="utf-8") == mine


def test_deleted_meanwhile_and_new_over_existing_are_conflicts(
    folders: dict[str, Path], write_case: WriteCase, rich_text: str
) -> None:
    path = write_case(folders["user"], rich_text)
    fp = _sha(path)
    path.unlink()
    with pytest.raises(ConflictError) as info:
        _writer(folders).save(path, rich_text, expected_fingerprint=fp)
    assert info.value.theirs is None and not path.exists()
    write_case(folders["user"], rich_text)
    with pytest.raises(ConflictError):
        _writer(folders).save(path, rich_text, expected_fingerprint=None)


def test_read_only_folder_and_outside_paths_refused(
    folders: dict[str, Path], write_case: WriteCase, rich_text: str
) -> None:
    ro = write_case(folders["readonly"], rich_text)
    before = ro.read_bytes()
    with pytest.raises(ReadOnlyError):
        _writer(folders).save(ro, rich_text + "\nlisää", expected_fingerprint=_sha(ro))
    assert ro.read_bytes() == before
    with pytest.raises(ReadOnlyError):
        _writer(folders).save(folders["user"].parent / "x.md", rich_text, None)
    assert not (folders["user"].parent / "x.md").exists()


def test_bundled_folder_of_the_app_is_read_only(data_dir: Path, rich_text: str) -> None:
    with KnowledgeBase.open(data_dir) as kb:
        writer = CaseWriter.for_kb(kb)
        target = bundled_practices_dir() / "oulu-kotihoito.md"
        with pytest.raises(ReadOnlyError):
            writer.save(target, rich_text, expected_fingerprint=None)
        assert not target.exists()
        assert writer.writable_folders()[0] == kb.paths.user_cases_dir


def test_save_copy_gets_new_id_in_user_folder(
    folders: dict[str, Path], write_case: WriteCase, rich_text: str
) -> None:
    write_case(folders["readonly"], rich_text)
    saved = _writer(folders).save_copy(rich_text, existing_ids={"oulu-kotihoito"})
    assert saved.case_id == "oulu-kotihoito-2"
    assert saved.path == folders["user"].resolve() / "oulu-kotihoito-2.md"
    copy, _ = parse_case_text(saved.path.read_text(encoding="utf-8"), saved.path)
    orig, _ = parse_case_text(rich_text, Path("o.md"))
    assert copy is not None and orig is not None
    assert {k: v for k, v in copy.meta.items() if k != "id"} == {
        k: v for k, v in orig.meta.items() if k != "id"
    }
    assert copy.body == orig.body


def test_invalid_text_refused_and_file_kept(
    folders: dict[str, Path], write_case: WriteCase, rich_text: str
) -> None:
    path = write_case(folders["user"], rich_text)
    before = path.read_bytes()
    broken = rich_text.replace('title: "Oulun', "title: [Oulun")
    with pytest.raises(InvalidCaseError) as info:
        _writer(folders).save(path, broken, expected_fingerprint=_sha(path))
    assert info.value.problems and info.value.problems[0].line
    assert path.read_bytes() == before


def test_save_new_refuses_used_id(
    folders: dict[str, Path], write_case: WriteCase, rich_text: str
) -> None:
    with pytest.raises(ValueError, match="already used"):
        _writer(folders).save_new(rich_text, existing_ids={"oulu-kotihoito"})
    saved = _writer(folders).save_new(rich_text, existing_ids=set())
    assert saved.path.name == "oulu-kotihoito.md" and saved.path.exists()


def test_full_disk_leaves_old_file_byte_identical(
    folders: dict[str, Path], write_case: WriteCase, rich_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_case(folders["user"], rich_text)
    before = path.read_bytes()
    real_write = os.write

    def write_until_full(fd: int, data: bytes) -> None:
        real_write(fd, bytes(data[:10]))  # part of it got out, then the disk filled up
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_write_all", write_until_full)
    edited = rich_text + "\nUusi kappale."
    with pytest.raises(SaveError) as info:
        _writer(folders).save(path, edited, expected_fingerprint=_sha(path))
    assert "disk is full" in str(info.value) and str(path.name) in str(info.value)
    assert info.value.text == edited  # the caller still has the text
    assert path.read_bytes() == before
    assert _no_temp_files(folders["user"])


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_FSIZE is a POSIX limit")
def test_real_file_size_limit_leaves_old_file_whole(
    folders: dict[str, Path], write_case: WriteCase, rich_text: str
) -> None:
    """A real kernel refusal (EFBIG under RLIMIT_FSIZE) in a child process, no monkeypatch."""
    path = write_case(folders["user"], rich_text)
    before = path.read_bytes()
    script = textwrap.dedent(f"""
        import resource, signal, sys
        from pathlib import Path
        from hyvatkaytannot.core.curate import CaseWriter, SaveError
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, ({len(before) + 100}, {len(before) + 100}))
        path = Path({str(path)!r})
        text = path.read_text(encoding="utf-8") + "\\n" + "lisää tekstiä " * 2000
        w = CaseWriter([], Path({str(folders["user"])!r}))
        import hashlib
        try:
            w.save(path, text, hashlib.sha256(path.read_bytes()).hexdigest())
        except SaveError as e:
            print("refused:", e)
            sys.exit(3)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert out.returncode == 3, out.stderr
    assert "too large" in out.stdout
    assert path.read_bytes() == before
    assert _no_temp_files(folders["user"])
