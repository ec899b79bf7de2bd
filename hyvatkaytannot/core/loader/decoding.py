"""Bytes to text: the only place that decides how a case file is decoded.

Design decisions:
- A byte order mark wins: UTF-8 with BOM, UTF-16 LE/BE with BOM. UTF-16 without a BOM is
  not guessed (it would look like a binary file full of NUL bytes, and is reported as one).
- Otherwise strict UTF-8, then Windows-1252 (what Notepad and Word on a Finnish Windows save
  as "ANSI"). A Windows-1252 read succeeds with a warning that names the encoding, and the
  encoding is recorded on the Case so that a writer never re-saves the text garbled.
- NUL bytes (outside UTF-16) or bytes undefined in Windows-1252 mean the file is not text.
- Line ends are normalised to "\\n" for parsing; the original style is recorded in
  `Decoded.newline` so a writer can keep it.
- `encoding` is a Python codec name with which `text.encode(encoding)` gives the same kind
  of file back: "utf-8", "utf-8-sig" (BOM), "utf-16" (BOM; Python writes it little-endian),
  "cp1252".
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from hyvatkaytannot.core.messages import UserMessage, message

UTF8 = "utf-8"
UTF8_BOM = "utf-8-sig"
UTF16 = "utf-16"
CP1252 = "cp1252"

# A valid UTF-8 sequence for U+0080..U+07FF (ä, ö, å, é...): Windows-1252 text has such a
# pair only by rare accident ("Ã¤"), so its presence means "this was UTF-8".
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

# Human names for messages (the coordinator sees these, not codec names).
ENCODING_NAMES = {
    UTF8: "UTF-8",
    UTF8_BOM: "UTF-8 (BOM)",
    UTF16: "UTF-16",
    CP1252: "Windows-1252",
}


class NotTextError(ValueError):
    """The bytes are not a text file we can read (binary, or an unknown encoding)."""

    def __init__(self, said: UserMessage, line: int | None = None) -> None:
        super().__init__(said.english())
        self.said = said
        self.line = line

    @property
    def message(self) -> str:
        return self.said.shown()


@dataclass(frozen=True)
class Decoded:
    text: str  # line ends normalised to "\n", no BOM
    encoding: str  # Python codec name, see module docstring
    newline: str  # "\n", "\r\n" or "\r": the file's dominant line end

    @property
    def encoding_name(self) -> str:
        return ENCODING_NAMES.get(self.encoding, self.encoding)


def decode(data: bytes) -> Decoded:
    """Decode a case file's bytes, or raise NotTextError with a coded message."""
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[len(codecs.BOM_UTF8) :], UTF8)
        encoding = UTF8_BOM
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # UTF-32 LE also starts with FF FE; it is not supported and fails as NUL-laden text.
        text = _strict(data, UTF16)
        encoding = UTF16
    elif b"\x00" in data:
        raise NotTextError(message("case.nul_bytes"))
    else:
        try:
            text = data.decode(UTF8)
            encoding = UTF8
        except UnicodeDecodeError as exc:
            if _UTF8_MULTIBYTE.search(data):
                # Mostly UTF-8 with a stray byte (pasted from an "ANSI" file): reading it all
                # as Windows-1252 would garble every ä and ö, so refuse and point at the byte.
                line = data.count(b"\n", 0, exc.start) + 1
                raise NotTextError(message("case.stray_byte", line=line), line) from exc
            try:
                text = data.decode(CP1252)
            except UnicodeDecodeError as exc:
                raise NotTextError(message("case.unknown_encoding")) from exc
            encoding = CP1252
    if "\x00" in text:
        raise NotTextError(message("case.nul_chars"))
    if _binary_like(text):
        raise NotTextError(message("case.binary_like"))
    newline = _dominant_newline(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Decoded(text, encoding, newline)


def _strict(data: bytes, codec: str) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        name = ENCODING_NAMES.get(codec, codec)
        raise NotTextError(message("case.bad_bom_text", name=name, byte=exc.start)) from exc
    return text.removeprefix("\ufeff")


def _binary_like(text: str) -> bool:
    # C0 control characters other than tab/newline/form feed are never in a Markdown file;
    # a Windows-1252 "decode" of an image produces many of them. Check a prefix only.
    sample = text[:4096]
    if not sample:
        return False
    controls = len(_CONTROL.findall(sample))
    return controls > max(8, len(sample) // 100)


def _dominant_newline(text: str) -> str:
    crlf = text.count("\r\n")
    lf = text.count("\n") - crlf
    cr = text.count("\r") - crlf
    if crlf >= lf and crlf >= cr and crlf:
        return "\r\n"
    if cr > lf:
        return "\r"
    return "\n"
