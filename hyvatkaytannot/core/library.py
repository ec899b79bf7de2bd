"""The library: every case in the library folders, loaded in one pass that never falls over.

    result = Library([(bundled, True), (own, False)]).load(progress=cb)
    result.cases["posio-yhteistyo"], result.problems

Design decisions:
- Folders are read in the order given (the facade gives bundled, the user's own, then extra
  folders) and files in a stable order within each (see loader/scan.py).
- Two files with one id: the first one read is kept and the second is not loaded. Neither
  is silent: the second gets an error naming the first file, the first a warning naming the
  second, so a coordinator sees both. A bundled case can thus not be replaced by copying it
  into one's own folder under the same id; the copy is flagged (change its id).
- `load_file()` and `parse_text()` check one file or an editor's text with the same rules and
  messages, including the duplicate-id check against the last `load()`; they do not change
  the last result (the caller decides what to do with the case).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.loader import parse_file, scan_folder
from hyvatkaytannot.core.loader import parse_text as _parse_text
from hyvatkaytannot.core.loader.scan import is_case_file_name
from hyvatkaytannot.core.messages import message
from hyvatkaytannot.core.problems import Problem, Severity

# (size, modification time, change time, inode) of a file: unchanged means not re-read.
Stamp = tuple[int, int, int, int]
RACY_NS = 3_000_000_000

ProgressFn = Callable[[int, int, str], None]


@dataclass
class LoadResult:
    cases: dict[str, Case] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    files: int = 0  # case files looked at (loaded or not)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    def problems_for(self, path: Path) -> list[Problem]:
        return [p for p in self.problems if p.path == path]


class Library:
    def __init__(self, folders: Sequence[tuple[Path, bool]]) -> None:
        self.folders: list[tuple[Path, bool]] = [
            (Path(os.path.abspath(f)), bool(ro)) for f, ro in folders
        ]
        self.result: LoadResult | None = None
        # What the last load() parsed, by file: a reload re-reads only files whose size,
        # modification or change time or inode differ (a watcher event at 10,000 cases
        # re-parsed every file: 2.3 s; a stat each is ~50 ms).
        self._parsed: dict[tuple[Path, Path, bool], tuple[Stamp, Case | None, list[Problem]]] = {}
        # When the last load started. A file modified shortly before it is read again: file
        # times are coarse (Linux ~4 ms, FAT 2 s), so a same-size rewrite in the same tick
        # would look unchanged (git's "racily clean" rule).
        self._parsed_at_ns = 0

    def load(self, progress: ProgressFn | None = None) -> LoadResult:
        result = LoadResult()
        files = []
        seen: set[str] = set()
        for folder, read_only in self.folders:
            found, problems = scan_folder(folder, read_only)
            result.problems.extend(problems)
            for f in found:
                # Nested library folders must not read one file twice (it would clash with
                # itself); the first folder that holds it owns it.
                real = os.path.normcase(os.path.realpath(f.path))
                if real not in seen:
                    seen.add(real)
                    files.append(f)
        result.files = total = len(files)
        owners: dict[str, Case] = {}
        if progress is not None:
            progress(0, total, "")  # the total is known before the first file is read
        parsed: dict[tuple[Path, Path, bool], tuple[Stamp, Case | None, list[Problem]]] = {}
        started_ns = time.time_ns()
        settled_ns = self._parsed_at_ns - RACY_NS
        for n, f in enumerate(files, start=1):
            key = (f.path, f.folder, f.read_only)
            stamp = _stat_stamp(f.path)
            previous = self._parsed.get(key)
            if (
                stamp is not None
                and previous is not None
                and previous[0] == stamp
                and stamp[1] < settled_ns
            ):
                case, problems = previous[1], previous[2]
            else:
                case, problems = parse_file(f.path, f.folder, f.read_only)
            if stamp is not None:
                parsed[key] = (stamp, case, problems)
            result.problems.extend(problems)
            if case is not None:
                first = owners.get(case.id)
                if first is None:
                    owners[case.id] = case
                else:
                    result.problems.extend(_duplicate(first, case))
            if progress is not None:
                progress(n, total, str(f.path))
        result.cases = owners
        self.result = result
        self._parsed, self._parsed_at_ns = parsed, started_ns
        return result

    def load_file(self, path: Path) -> tuple[Case | None, list[Problem]]:
        """Re-read one file (after a change on disk) with the same rules as `load()`."""
        path = Path(os.path.abspath(path))
        folder, read_only = self.folder_for(path)
        case, problems = parse_file(path, folder, read_only)
        return self._check_duplicate(case, problems)

    def parse_text(self, text: str, path: Path) -> tuple[Case | None, list[Problem]]:
        """Check an editor's text as if it were saved at `path` (nothing is written)."""
        path = Path(os.path.abspath(path))
        folder, read_only = self.folder_for(path)
        case, problems = _parse_text(text, path, folder, read_only)
        return self._check_duplicate(case, problems)

    def folder_for(self, path: Path) -> tuple[Path | None, bool]:
        """The library folder holding `path` and its read-only flag ((None, False) if none)."""
        path = Path(os.path.abspath(path))
        for folder, read_only in self.folders:
            if path.is_relative_to(folder):
                return folder, read_only
        return None, False

    def is_case_file(self, path: Path) -> bool:
        """Whether `load()` would read this path (for a file watcher)."""
        path = Path(os.path.abspath(path))
        folder, _ = self.folder_for(path)
        if folder is None or not is_case_file_name(path.name):
            return False
        return not any(p.startswith((".", "_")) for p in path.relative_to(folder).parts[:-1])

    def _check_duplicate(
        self, case: Case | None, problems: list[Problem]
    ) -> tuple[Case | None, list[Problem]]:
        if case is None or self.result is None:
            return case, problems
        other = self.result.cases.get(case.id)
        if other is None or other.path == case.path or not other.path.exists():
            return case, problems
        return None, [*problems, _duplicate(other, case)[1]]


def _stat_stamp(path: Path) -> Stamp | None:
    try:
        st = os.stat(path)
    except OSError:
        return None  # parse_file reports it
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def _duplicate(first: Case, second: Case) -> tuple[Problem, Problem]:
    return (
        Problem(
            first.path,
            message("case.duplicate_first", case_id=first.id, other=second.path),
            first.id_line,
            Severity.WARNING,
            first.id,
        ),
        Problem(
            second.path,
            message("case.duplicate_second", case_id=second.id, other=first.path),
            second.id_line,
            Severity.ERROR,
            second.id,
        ),
    )


def parse_text(text: str, path: Path) -> tuple[Case | None, list[Problem]]:
    """Check text as a case file at `path`, outside any library (no duplicate-id check)."""
    return _parse_text(text, Path(os.path.abspath(path)))


def load_file(path: Path) -> tuple[Case | None, list[Problem]]:
    """Read one case file outside any library (no duplicate-id check)."""
    return parse_file(Path(os.path.abspath(path)))
