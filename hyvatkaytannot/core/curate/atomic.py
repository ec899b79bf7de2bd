"""Atomic file writes: the old file stays whole whatever happens.

Design decisions:
- Write to a temp file *in the same folder* (os.replace is only atomic within one file
  system), fsync it, then os.replace over the target, then fsync the folder so the rename
  itself survives a power cut (POSIX; Windows has no directory fsync and does not need it).
- Any OSError (full disk, quota, permissions, file too large) becomes a `SaveError` that
  names the file and says what happened in words; the temp file is removed, the target is
  untouched, and the caller still holds the text it tried to write.
- `_write_all` is the one low-level write, kept separate so a test can make it fail the
  way a full disk does (ENOSPC after a partial write).
"""

from __future__ import annotations

import errno
import hashlib
import os
import secrets
from pathlib import Path

from hyvatkaytannot.core.messages import UserMessage, message

TEMP_PREFIX = ".hk-tmp-"

_REASONS = {
    errno.ENOSPC: "save.disk_full",
    errno.EDQUOT: "save.quota",
    errno.EFBIG: "save.too_large",
    errno.EACCES: "save.permission",
    errno.EPERM: "save.permission",
    errno.EROFS: "save.read_only_disk",
}


class SaveError(OSError):
    """Saving failed; the file on disk is as it was before. `text` is what was not saved.
    `said` is the message (core/messages_other.py) for the user's language; `reason` and
    `str()` are English (logs)."""

    def __init__(self, path: Path, cause: OSError, text: str | None = None) -> None:
        code = _REASONS.get(cause.errno or 0)
        reason: UserMessage | str = message(code) if code else cause.strerror or str(cause)
        self.said = message("save.could_not_save", path=path, reason=reason)
        super().__init__(cause.errno, self.said.english())
        self.path = path
        self.reason = reason.english() if isinstance(reason, UserMessage) else reason
        self.cause = cause
        self.text = text

    def __str__(self) -> str:
        return str(self.args[1])


def sha256_bytes(data: bytes) -> str:
    """The fingerprint of file bytes, as `Case.fingerprint` holds it."""
    return hashlib.sha256(data).hexdigest()


def file_fingerprint(path: Path) -> str | None:
    """sha256 of the file's bytes, or None when it does not exist."""
    try:
        return sha256_bytes(path.read_bytes())
    except FileNotFoundError:
        return None


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (network shares) refuse; the data itself is synced
    finally:
        os.close(fd)


def write_temp(folder: Path, data: bytes, name_hint: str = "") -> Path:
    """A fully written, fsynced temp file in `folder` (the caller os.replaces or removes it)."""
    # os.open with 0o666 honours the umask (mkstemp would make it private to the user).
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        tmp = folder / f"{TEMP_PREFIX}{name_hint}{secrets.token_hex(4)}.tmp"
        try:
            fd = os.open(tmp, flags, 0o666)
            break
        except FileExistsError:
            continue
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def atomic_write_bytes(path: Path, data: bytes, text: str | None = None) -> str:
    """Replace `path` with `data` atomically; returns the new fingerprint.

    Raises SaveError (the old file untouched) when the write or the rename fails.
    """
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = write_temp(folder, data, path.name + ".")
        try:
            if path.exists():
                # Keep the permissions the user gave the file (a shared folder may need them).
                os.chmod(tmp, path.stat().st_mode & 0o7777)
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    except OSError as e:
        raise SaveError(path, e, text) from e
    fsync_dir(folder)
    return sha256_bytes(data)
