"""Reading an untrusted `.hkzip` safely: every check passes before anything is written.

Design decisions:
- Two layers. First the central directory (cheap, before decompressing a byte): member
  count, names (absolute, drive letters, `..`, backslashes, NUL), symlinks, duplicates
  (compared NFC + casefolded: `A.md` and `a.md` are one file on Windows and macOS),
  encryption, compression method, declared sizes and declared compression ratios. Then the
  bytes themselves: each member is decompressed in chunks and the *actual* counts are held
  against the same limits, so a central directory that lies about sizes gains nothing.
- The limits apply to what we decompress, not what the file claims; the ratio check stops a
  bomb after at most `ratio_floor` + 100 x its compressed size.
- Only the members a bundle can hold are accepted (manifest.json, notes.json,
  cases/<id>.md, the `cases/` folder entry); anything else rejects the bundle: an
  unexpected file is a sign of a bundle we did not make.
- Everything is read into memory (bounded by `max_total_size`); the preview needs each case
  parsed anyway, and no file is created until the user accepts the import.
"""

from __future__ import annotations

import stat
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from hyvatkaytannot.core.bundles.manifest import CASES_DIR, MANIFEST_NAME, NOTES_NAME

MB = 1024 * 1024
CHUNK = 64 * 1024


@dataclass(frozen=True)
class Limits:
    max_member_size: int = 5 * MB
    max_members: int = 10_000
    max_total_size: int = 200 * MB
    max_ratio: float = 100.0
    # Tiny members compress oddly well (a 2 KB file of spaces); ratios count above this size.
    ratio_floor: int = 4096


class BundleRejected(Exception):
    """The bundle is unsafe or damaged; nothing was written. `reason` is a stable code."""

    def __init__(self, path: Path, reason: str, detail: str, member: str | None = None) -> None:
        where = f" ({member})" if member else ""
        super().__init__(f"Rejected bundle {path}{where}: {detail}")
        self.path = path
        self.reason = reason
        self.detail = detail
        self.member = member


def _name_problem(name: str) -> str | None:
    if not name or "\x00" in name:
        return "empty-or-nul"
    if "\\" in name:
        return "backslash"
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return "absolute"
    if any(part == ".." for part in name.split("/")):
        return "dotdot"
    return None


def _allowed(name: str) -> bool:
    if name in (MANIFEST_NAME, NOTES_NAME, f"{CASES_DIR}/"):
        return True
    p = PurePosixPath(name)
    return len(p.parts) == 2 and p.parts[0] == CASES_DIR and p.suffix == ".md"


def _ratio(size: int, compressed: int) -> float:
    return size / max(compressed, 1)


def check_directory(path: Path, infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    """Central-directory checks; raises BundleRejected on the first problem."""
    if len(infos) > limits.max_members:
        raise BundleRejected(
            path, "too-many-members", f"{len(infos)} members (limit {limits.max_members})"
        )
    seen: set[str] = set()
    total = total_compressed = 0
    for info in infos:
        name = info.filename
        problem = _name_problem(name)
        if problem == "absolute":
            raise BundleRejected(path, "absolute-path", "a member has an absolute path", name)
        if problem == "dotdot":
            raise BundleRejected(path, "dotdot", "a member path contains '..'", name)
        if problem:
            raise BundleRejected(path, "bad-name", "a member has an unsafe name", name)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise BundleRejected(path, "symlink", "a member is a symbolic link", name)
        key = unicodedata.normalize("NFC", name).casefold()
        if key in seen:
            raise BundleRejected(path, "duplicate", "a member appears twice", name)
        seen.add(key)
        if not _allowed(name):
            raise BundleRejected(path, "unexpected-member", "not part of a bundle", name)
        if info.flag_bits & 0x1:
            raise BundleRejected(path, "encrypted", "encrypted members are not supported", name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BundleRejected(path, "compression", "unsupported compression method", name)
        if info.file_size > limits.max_member_size:
            raise BundleRejected(
                path,
                "member-too-large",
                f"declares {info.file_size} bytes (limit {limits.max_member_size})",
                name,
            )
        total += info.file_size
        total_compressed += info.compress_size
    if total > limits.max_total_size:
        raise BundleRejected(
            path, "total-too-large", f"declares {total} bytes (limit {limits.max_total_size})"
        )
    for info in infos:
        r = _ratio(info.file_size, info.compress_size)
        if info.file_size > limits.ratio_floor and r > limits.max_ratio:
            raise BundleRejected(
                path, "ratio", f"declared compression ratio {r:.0f} (zip bomb?)", info.filename
            )
    if total > limits.ratio_floor and _ratio(total, total_compressed) > limits.max_ratio:
        raise BundleRejected(path, "ratio", "declared overall compression ratio (zip bomb?)")


def read_members(path: Path, limits: Limits | None = None) -> dict[str, bytes]:
    """Every file member's bytes, after all checks; raises BundleRejected."""
    limits = limits or Limits()
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise BundleRejected(path, "not-a-zip", f"not a readable .hkzip file ({e})") from e
    with zf:
        infos = zf.infolist()
        check_directory(path, infos, limits)
        out: dict[str, bytes] = {}
        total = 0
        for info in infos:
            if info.is_dir():
                continue
            data, total = _read_one(path, zf, info, limits, total)
            out[info.filename] = data
    return out


def _read_one(
    path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits, total: int
) -> tuple[bytes, int]:
    name = info.filename
    chunks: list[bytes] = []
    size = 0
    try:
        with zf.open(info) as f:
            while chunk := f.read(CHUNK):
                size += len(chunk)
                total += len(chunk)
                if size > limits.max_member_size:
                    raise BundleRejected(
                        path, "member-too-large", "more data than the limit allows", name
                    )
                if total > limits.max_total_size:
                    raise BundleRejected(path, "total-too-large", "more data than allowed")
                if (
                    size > limits.ratio_floor
                    and _ratio(size, info.compress_size) > limits.max_ratio
                ):
                    raise BundleRejected(path, "ratio", "compression ratio (zip bomb?)", name)
                chunks.append(chunk)
    except BundleRejected:
        raise
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError) as e:
        # CRC errors, truncated data, a decompressor that gives up: a damaged bundle.
        raise BundleRejected(path, "damaged", f"cannot be read ({e})", name) from e
    if size != info.file_size:
        raise BundleRejected(path, "size-mismatch", "size differs from the directory", name)
    return b"".join(chunks), total
