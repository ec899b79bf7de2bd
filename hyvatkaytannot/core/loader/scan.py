"""Finding case files in library folders, and reading one without trusting it.

Design decisions:
- Only `*.md` files count (any case of the suffix); README.md and names starting with `_` or
  `.` are skipped, and so are folders starting with `_` or `.` (drafts, .git). Sub-folders
  are walked; entries are sorted by name so the order (and so which of two files with one id
  wins) is the same on every machine.
- Symbolic links are never followed: a link's target is either inside the folder (then it is
  read there, once) or outside it (then the link is reported). Loops and dangling links are
  reported too. Junctions and bind mounts are caught by remembering visited directories.
- A file is opened once, without following links and without blocking (a FIFO named x.md
  must not hang the scan), checked to be a regular file, and read up to MAX_FILE_BYTES + 1:
  a larger file is skipped unread. A file deleted between the scan and the read is reported
  and the scan goes on.
"""

from __future__ import annotations

import contextlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from hyvatkaytannot.core.messages import UserMessage, message
from hyvatkaytannot.core.problems import Problem, Severity

MAX_FILE_BYTES = 5 * 1024 * 1024
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
_OPEN_FLAGS |= getattr(os, "O_BINARY", 0)


@dataclass(frozen=True)
class CaseFile:
    path: Path
    folder: Path
    read_only: bool


class FileReadError(Exception):
    def __init__(self, said: UserMessage, severity: Severity = Severity.ERROR) -> None:
        super().__init__(said.english())
        self.said = said
        self.severity = severity


def is_case_file_name(name: str) -> bool:
    return (
        name.lower().endswith(".md")
        and name.lower() != "readme.md"
        and not name.startswith((".", "_"))
    )


def scan_folder(folder: Path, read_only: bool) -> tuple[list[CaseFile], list[Problem]]:
    """Every case file under `folder`, in a stable order, and what could not be walked."""
    found: list[CaseFile] = []
    problems: list[Problem] = []
    root = Path(os.path.abspath(folder))
    if not root.is_dir():
        problems.append(Problem(root, message("scan.no_folder"), None, Severity.WARNING))
        return found, problems
    real_root = Path(os.path.realpath(root))
    visited: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        directory = stack.pop()
        try:
            st = directory.stat()
            if (st.st_dev, st.st_ino) in visited and st.st_ino:
                continue
            visited.add((st.st_dev, st.st_ino))
            with os.scandir(directory) as it:
                entries = sorted(it, key=lambda e: e.name)
        except FileNotFoundError:
            problems.append(_warn(directory, message("scan.folder_vanished")))
            continue
        except OSError as exc:
            problems.append(
                _warn(directory, message("scan.folder_unreadable", reason=_reason(exc)))
            )
            continue
        subdirs: list[Path] = []
        for entry in entries:
            if entry.name.startswith((".", "_")):
                continue
            path = Path(entry.path)
            try:
                if entry.is_symlink() or _is_junction(entry):
                    problem = _link_problem(path, real_root)
                    # Links to other files (images, notes) are none of our business.
                    if problem is not None and (is_case_file_name(entry.name) or _not_file(path)):
                        problems.append(problem)
                elif entry.is_dir(follow_symlinks=False):
                    subdirs.append(path)
                elif entry.is_file(follow_symlinks=False):
                    if is_case_file_name(entry.name):
                        found.append(CaseFile(path, root, read_only))
                elif is_case_file_name(entry.name):
                    # A FIFO, socket or device named like a case: never opened, but said.
                    problems.append(_warn(path, message("scan.special_file")))
            except OSError as exc:  # the entry vanished or cannot be examined
                problems.append(_warn(path, message("scan.cannot_examine", reason=_reason(exc))))
        stack.extend(reversed(subdirs))
    found.sort(key=lambda f: _sort_key(f.path, root))
    return found, problems


def read_limited(path: Path) -> bytes:
    """The file's bytes, or FileReadError with a coded message."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise FileReadError(message("scan.file_vanished"), Severity.WARNING) from None
    except OSError as exc:
        if path.is_symlink():
            raise FileReadError(message("scan.file_is_link"), Severity.WARNING) from None
        raise FileReadError(message("scan.file_unreadable", reason=_reason(exc))) from None
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(f.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise FileReadError(message("scan.not_regular"))
        if st.st_size > MAX_FILE_BYTES:
            raise FileReadError(_too_large(st.st_size))
        with contextlib.suppress(OSError, AttributeError):
            os.set_blocking(f.fileno(), True)
        try:
            # read(n) allocates n bytes up front: ask for the size fstat gave, plus one byte
            # to notice growth, and only then up to the limit.
            data = f.read(st.st_size + 1)
            if len(data) > st.st_size:
                data += f.read(MAX_FILE_BYTES + 1 - len(data))
        except OSError as exc:
            raise FileReadError(message("scan.file_unreadable", reason=_reason(exc))) from None
    if len(data) > MAX_FILE_BYTES:  # it grew after fstat
        raise FileReadError(_too_large(len(data)))
    return data


def _too_large(size: int) -> UserMessage:
    mb = f"{size / (1024 * 1024):.1f}".replace(".", ",")
    return message("scan.too_large", size=mb, limit=MAX_FILE_BYTES // (1024 * 1024))


def _link_problem(path: Path, real_root: Path) -> Problem | None:
    try:
        target = path.resolve(strict=True)
    except FileNotFoundError:
        return _warn(path, message("scan.link_target_missing"))
    except (OSError, RuntimeError):  # ELOOP; Python 3.11 raises RuntimeError for loops
        return _warn(path, message("scan.link_loop"))
    if not target.is_relative_to(real_root):
        return _warn(path, message("scan.link_outside", target=target))
    if target.is_dir() and Path(os.path.realpath(path.parent)).is_relative_to(target):
        return _warn(path, message("scan.link_up"))
    return None  # inside the folder: the target itself is read where it is


def _is_junction(entry: os.DirEntry[str]) -> bool:
    check = getattr(entry, "is_junction", None)  # Python 3.12+, Windows junctions
    return bool(check()) if check is not None else False


def _not_file(path: Path) -> bool:
    try:
        return not path.is_file()
    except (OSError, RuntimeError):
        return True  # a loop: report it


def _sort_key(path: Path, root: Path) -> tuple[str, ...]:
    return path.relative_to(root).parts


def _warn(path: Path, said: UserMessage) -> Problem:
    return Problem(path, said, None, Severity.WARNING)


def _reason(exc: OSError) -> str | UserMessage:
    if isinstance(exc, PermissionError):
        return message("scan.permission")
    return exc.strerror or type(exc).__name__
