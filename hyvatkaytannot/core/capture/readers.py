"""One entry point from a file (or clipboard text) to `Extracted`, by file type.

The type is decided by the content first where it can be (a zip is Word or OpenDocument, a
PDF starts with %PDF, MHTML is a MIME message) and by the extension otherwise, so a file
with the wrong extension still opens, and a zip bomb named .docx is caught by the zip checks.
"""

from __future__ import annotations

from pathlib import Path

from hyvatkaytannot.core.capture import limits
from hyvatkaytannot.core.capture.errors import CaptureError
from hyvatkaytannot.core.capture.extracted import Extracted
from hyvatkaytannot.core.loader.decoding import NotTextError, decode
from hyvatkaytannot.core.messages import message

SUFFIXES = (".html", ".htm", ".mhtml", ".mht", ".docx", ".odt", ".pdf", ".txt", ".md", ".markdown")


def can_read(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def read_file(path: Path) -> Extracted:
    path = Path(path)
    if path.is_dir():
        raise CaptureError(path, message("capture.is_folder"))
    limits.check_size(path)
    suffix = path.suffix.lower()
    try:
        with path.open("rb") as f:
            head = f.read(8)
    except OSError as e:
        raise CaptureError(path, message("capture.cannot_read", error=e.strerror or e)) from e
    if head.startswith(b"PK\x03\x04") or suffix in (".docx", ".odt"):
        kind = "ODT" if suffix == ".odt" else "Word"
        limits.check_zip(path, kind)
        if suffix == ".odt":
            from hyvatkaytannot.core.capture.office import read_odt

            return read_odt(path)
        from hyvatkaytannot.core.capture.office import read_docx

        return read_docx(path)
    if head.startswith(b"%PDF") or suffix == ".pdf":
        from hyvatkaytannot.core.capture.pdf import read_pdf

        return read_pdf(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise CaptureError(path, message("capture.cannot_read", error=e.strerror or e)) from e
    if suffix in (".mhtml", ".mht"):
        from hyvatkaytannot.core.capture.web import read_mhtml

        return read_mhtml(path, data)
    if suffix in (".html", ".htm") or data.lstrip()[:15].lower().startswith(
        (b"<!doctype html", b"<html")
    ):
        from hyvatkaytannot.core.capture.web import read_html

        return read_html(path, data)
    if suffix not in (".txt", ".md", ".markdown", ""):
        raise CaptureError(
            path,
            message("capture.unsupported", suffix=suffix),
        )
    try:
        decoded = decode(data)
    except NotTextError as e:
        raise CaptureError(path, e.said) from e
    fmt = "markdown" if suffix in (".md", ".markdown") else "text"
    return Extracted(text=decoded.text, format=fmt)


def read_text(text: str, fmt: str = "clipboard") -> Extracted:
    """Text pasted from the clipboard (or typed): taken as it is."""
    return Extracted(text=text.replace("\r\n", "\n").replace("\r", "\n"), format=fmt)
