"""Saving cases: where a case may be written, outside-edit conflicts, save as a copy.

Design decisions:
- The editor hands us the whole Markdown text. We save that text as written (only line
  endings normalised to LF and one final newline): reformatting what a coordinator typed
  would make every save a noisy diff. A form-based editor calls `serialise.case_text` first.
- The text is parsed with the loader (`library.parse_text`) before anything is written: a
  case the loader would reject is refused with `InvalidCaseError` carrying the problems, and
  the caller keeps the text (and the autosave draft).
- Optimistic concurrency: the caller passes the fingerprint (sha256 of the bytes) the file
  had when it was opened. If the file on disk now differs (edited by someone on the shared
  drive, or deleted), we raise `ConflictError` with both versions and write nothing.
  `expected_fingerprint=None` means "a new file": an existing file is then a conflict too.
  There is a window of milliseconds between the check and the rename; closing it would need
  file locks that network shares do not honour, so we accept it.
- Only writable library folders take writes. A path in a read-only folder (the bundled
  cases) or outside every library folder raises `ReadOnlyError`; `save_copy` is the way out
  ("Tallenna kopiona"): the case under a new id in the user's own folder.
"""

from __future__ import annotations

import os
from collections.abc import Container, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.curate.atomic import atomic_write_bytes, sha256_bytes
from hyvatkaytannot.core.curate.serialise import case_text
from hyvatkaytannot.core.curate.template import unique_id
from hyvatkaytannot.core.messages import CoreError, UserMessage
from hyvatkaytannot.core.problems import Problem

if TYPE_CHECKING:
    from hyvatkaytannot.core.kb import KnowledgeBase
    from hyvatkaytannot.core.library import Library


class ConflictError(CoreError):
    """The file changed on disk since it was opened. Nothing was written.

    `mine` is the text the user tried to save; `theirs` is what is on disk now (None when
    the file was deleted); `theirs_fingerprint` lets the caller save over it deliberately.
    """

    def __init__(
        self, path: Path, mine: str, theirs: str | None, theirs_fingerprint: str | None
    ) -> None:
        code = "curate.deleted_on_disk" if theirs is None else "curate.changed_on_disk"
        super().__init__(code, path=path)
        self.path = path
        self.mine = mine
        self.theirs = theirs
        self.theirs_fingerprint = theirs_fingerprint


class ReadOnlyError(CoreError):
    """The target is in a read-only library folder or outside every library folder."""

    def __init__(self, path: Path, reason: UserMessage) -> None:
        super().__init__("curate.cannot_save", path=path, reason=reason)
        self.path = path


class InvalidCaseError(CoreError, ValueError):
    """The loader would reject this text; `problems` say why (with lines)."""

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        errors = [p for p in problems if p.is_error] or problems
        detail = "; ".join(p.format() for p in errors[:5])
        super().__init__("curate.invalid_case", detail=detail)
        self.path = path
        self.problems = problems


class IdTakenError(CoreError, ValueError):
    """A new case's id is used by a case in another library folder."""

    def __init__(self, case_id: str) -> None:
        super().__init__("curate.id_taken", case_id=repr(case_id))
        self.case_id = case_id


@dataclass(frozen=True)
class SavedCase:
    path: Path
    case_id: str
    # The new sha256 of the file: pass it as expected_fingerprint on the next save.
    fingerprint: str


def normalise_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text if text.endswith("\n") else text + "\n"


def decode_for_display(data: bytes) -> str:
    """Bytes from disk as text for a conflict view, decoded as the loader would (BOM,
    Windows-1252); never fails: undecodable bytes become U+FFFD."""
    from hyvatkaytannot.core.loader.decoding import NotTextError, decode

    try:
        return decode(data).text
    except NotTextError:
        return data.decode("utf-8-sig", errors="replace")


def parse_case_text(
    text: str, path: Path, library: Library | None = None
) -> tuple[Case | None, list[Problem]]:
    """The loader's parse (with its duplicate-id check when a loaded library is given)."""
    from hyvatkaytannot.core.library import parse_text

    case, problems = library.parse_text(text, path) if library else parse_text(text, path)
    return case, list(problems)


class CaseWriter:
    """Writes case files into the library folders that may be written."""

    def __init__(
        self,
        folders: Sequence[tuple[Path, bool]],
        user_cases_dir: Path,
        library: Library | None = None,
    ) -> None:
        # abspath, not resolve: the loader names files that way, and paths must compare equal.
        self.user_cases_dir = _abs(user_cases_dir)
        self.folders = [(_abs(f), ro) for f, ro in folders]
        self.library = library
        if all(f != self.user_cases_dir for f, _ in self.folders):
            self.folders.append((self.user_cases_dir, False))

    @classmethod
    def for_kb(cls, kb: KnowledgeBase) -> CaseWriter:
        return cls(kb.library_folders(), kb.paths.user_cases_dir, kb.library)

    def writable_folders(self) -> list[Path]:
        return [f for f, ro in self.folders if not ro]

    def check_writable(self, path: Path) -> Path:
        """The absolute path, or ReadOnlyError. The most specific folder decides."""
        path = _abs(path)
        owners = [(f, ro) for f, ro in self.folders if path.is_relative_to(f)]
        if not owners:
            raise ReadOnlyError(path, UserMessage("curate.not_in_library"))
        folder, read_only = max(owners, key=lambda fr: len(fr[0].parts))
        if read_only:
            raise ReadOnlyError(path, UserMessage("curate.read_only_folder", {"folder": folder}))
        if path.suffix.lower() != ".md":
            raise ReadOnlyError(path, UserMessage("curate.not_markdown"))
        return path

    def save(
        self,
        path: Path,
        text: str,
        expected_fingerprint: str | None,
        allow_problems: bool = False,
    ) -> SavedCase:
        """Save `text` to `path` atomically, refusing outside edits and invalid cases.

        Raises ReadOnlyError, InvalidCaseError (unless allow_problems), ConflictError or
        SaveError (disk full etc.). On every error the file on disk is unchanged.
        """
        path = self.check_writable(path)
        original, text = text, normalise_text(text)
        case, problems = parse_case_text(text, path, self.library)
        if case is None and not allow_problems:
            raise InvalidCaseError(path, problems)
        data = text.encode("utf-8")
        self._check_conflict(path, original, expected_fingerprint)
        fingerprint = atomic_write_bytes(path, data, original)
        return SavedCase(path, case.id if case else path.stem, fingerprint)

    def save_new(
        self, text: str, existing_ids: Container[str], folder: Path | None = None
    ) -> SavedCase:
        """Save a case that has no file yet as `<folder>/<id>.md` (default: the user's folder).

        The id in the text must be unused: ConflictError if the file exists, ValueError if
        another library already has the id.
        """
        folder = _abs(folder or self.user_cases_dir)
        text = normalise_text(text)
        case, problems = parse_case_text(text, folder / "uusi.md")
        if case is None:
            raise InvalidCaseError(folder / "uusi.md", problems)
        if case.id in existing_ids:
            raise IdTakenError(case.id)
        path = self.check_writable(folder / f"{case.id}.md")
        return self.save(path, text, expected_fingerprint=None)

    def save_copy(
        self, text: str, existing_ids: Container[str], new_id: str | None = None
    ) -> SavedCase:
        """ "Tallenna kopiona": the case under a new unique id in the user's own folder.

        Used for cases in read-only folders; the front matter is re-serialised with the new
        id (the body and every other field are kept exactly).
        """
        text = normalise_text(text)
        case, problems = parse_case_text(text, self.user_cases_dir / "kopio.md")
        if case is None:
            raise InvalidCaseError(self.user_cases_dir / "kopio.md", problems)
        taken = _Taken(existing_ids, self.user_cases_dir)
        copy_id = unique_id(new_id or case.id, taken)
        meta = dict(case.meta)
        meta["id"] = copy_id
        path = self.check_writable(self.user_cases_dir / f"{copy_id}.md")
        return self.save(path, case_text(meta, case.body), expected_fingerprint=None)

    def _check_conflict(self, path: Path, mine: str, expected: str | None) -> None:
        try:
            current: bytes | None = path.read_bytes()
        except FileNotFoundError:
            current = None
        actual = sha256_bytes(current) if current is not None else None
        if actual == expected:
            return
        theirs = decode_for_display(current) if current is not None else None
        raise ConflictError(path, mine, theirs, actual)


def _abs(path: Path | str) -> Path:
    return Path(os.path.abspath(path))


class _Taken:
    """Ids already used: in the library, or as a file name in the target folder."""

    def __init__(self, ids: Container[str], folder: Path) -> None:
        self.ids = ids
        self.folder = folder

    def __contains__(self, case_id: object) -> bool:
        return case_id in self.ids or (self.folder / f"{case_id}.md").exists()
