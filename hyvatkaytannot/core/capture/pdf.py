"""PDF through pypdf's text layer (pure Python; the fastest of the two the team considered).

An encrypted PDF is tried with the empty password that many "protected" PDFs use; a PDF
whose pages give no text at all is a scan, and the message says so rather than producing an
empty draft (no OCR: that would need a native engine and language data).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from hyvatkaytannot.core.capture.errors import CaptureError
from hyvatkaytannot.core.capture.extracted import Extracted

MAX_PAGES = 400


def read_pdf(path: Path) -> Extracted:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    # pypdf logs every malformed object at WARNING; the user gets one message instead.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception as e:  # DependencyError: AES without a crypto library
                raise _encrypted(path) from e
            if not opened:
                raise _encrypted(path)
        pages = []
        for i, page in enumerate(reader.pages):
            if i >= MAX_PAGES:
                break
            pages.append(page.extract_text() or "")
        info = reader.metadata
    except CaptureError:
        raise
    except (PdfReadError, OSError, ValueError, KeyError, TypeError) as e:
        raise CaptureError(path, f"PDF-tiedosto on vioittunut eikä sitä voi lukea ({e}).") from e
    text = "\n\n".join(p.strip() for p in pages)
    if len(re.findall(r"\w+", text)) < 3:
        raise CaptureError(
            path,
            "PDF:ssä ei ole tekstikerrosta (se on todennäköisesti skannattu kuva); "
            "tekstintunnistusta ei tehdä.",
        )
    title = str(info.title).strip() if info and info.title else None
    date = None
    if info is not None:
        raw = str(info.get("/CreationDate") or "")
        m = re.match(r"D:(\d{4})(\d{2})(\d{2})", raw)
        if m:
            date = f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    notes = []
    if len(reader.pages) > MAX_PAGES:
        notes.append(f"Vain {MAX_PAGES} ensimmäistä sivua luettiin.")
    return Extracted(
        text=_dehyphenate(text) + "\n", format="pdf", title=title, date=date, notes=notes
    )


def _encrypted(path: Path) -> CaptureError:
    return CaptureError(
        path, "PDF on salattu salasanalla; avaa se ja tallenna ilman salausta, niin sen voi poimia."
    )


def _dehyphenate(text: str) -> str:
    # A word broken over a line end ("kehittä-\nmisen") is joined; "sote-\npalvelut" stays.
    return re.sub(
        r"(\w)-\n(\w)",
        lambda m: (
            m.group(1) + m.group(2)
            if m.group(2).islower() and not m.group(1).isupper()
            else m.group(0)
        ),
        text,
    )
