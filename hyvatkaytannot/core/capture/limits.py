"""Bounds that keep a hostile or huge document from exhausting memory.

Design decisions:
- A file over MAX_FILE_BYTES is refused from its size alone, before a byte is read: a
  typical report is under 5 MB, a 200 MB "document" is a mistake or an attack.
- Word and OpenDocument files are zips. Before any library opens one, every member is
  decompressed in a stream of small chunks that are thrown away, counting the bytes: a
  member whose declared size lies (the classic zip bomb) is caught by what it actually
  inflates to, and memory stays at one chunk. The cost is one extra pass over a few
  megabytes.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from hyvatkaytannot.core.capture.errors import CaptureError
from hyvatkaytannot.core.messages import message

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
MAX_ZIP_MEMBERS = 5000
_CHUNK = 64 * 1024


def megabytes(n: int) -> str:
    return f"{_mb(n)} Mt"


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f}"


def check_size(path: Path) -> int:
    try:
        size = path.stat().st_size
    except OSError as e:
        raise CaptureError(path, message("capture.cannot_read", error=e.strerror or e)) from e
    if size > MAX_FILE_BYTES:
        raise CaptureError(
            path,
            message("capture.too_large", size=_mb(size), limit=_mb(MAX_FILE_BYTES)),
        )
    if size == 0:
        raise CaptureError(path, message("capture.empty_file"))
    return size


def check_zip(path: Path, kind: str) -> None:
    """Raise CaptureError unless `path` is a sane zip (a .docx/.odt container)."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_ZIP_MEMBERS:
                raise CaptureError(path, message("capture.too_many_parts", kind=kind))
            total = 0
            for info in infos:
                total += info.file_size
                if total > MAX_UNZIPPED_BYTES:
                    raise _bomb(path, kind)
            total = 0
            for info in infos:
                with zf.open(info) as member:
                    while chunk := member.read(_CHUNK):
                        total += len(chunk)
                        if total > MAX_UNZIPPED_BYTES:
                            raise _bomb(path, kind)
    except CaptureError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as e:
        raise CaptureError(path, message("capture.zip_damaged", kind=kind)) from e
    except Exception as e:  # zlib.error, NotImplementedError (unknown compression)
        raise CaptureError(path, message("capture.zip_damaged", kind=kind)) from e


def _bomb(path: Path, kind: str) -> CaptureError:
    return CaptureError(
        path,
        message("capture.zip_bomb", kind=kind, limit=_mb(MAX_UNZIPPED_BYTES)),
    )
