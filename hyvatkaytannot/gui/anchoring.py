"""Between a QTextDocument and the case's plain text (render.plain_text).

Annotations store offsets in the plain text (code points). The document shown is built from
the same HTML, so `normalise_with_map(doc.toPlainText())` normally equals the plain text
and maps each of its characters to a document position (toPlainText keeps one character
per document position). When the two differ (e.g. the case changed on disk since the
annotation was made) positions are found again by the quote, preferring the occurrence
whose context matches, then the one nearest the old offset.

When the document shows only part of the case (a large table cut to a preview, see
core/reading_text.py), `shown` is the plain text of what it holds and `to_plain` maps each
of its characters to the anchor text (-1 for our own lines, such as the full-table link).
A selection maps through it; a note on rows not shown has no document range (it is still
listed in the notes panel and kept in the store).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from PySide6.QtGui import QTextCursor, QTextDocument

from hyvatkaytannot.core.render import normalise_with_map

CONTEXT = 32


@dataclass(frozen=True)
class Selection:
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


class DocumentText:
    def __init__(
        self,
        doc: QTextDocument,
        plain: str,
        shown: str | None = None,
        to_plain: list[int] | None = None,
    ) -> None:
        self.doc = doc
        self.plain = plain
        self.text, self.index = normalise_with_map(doc.toPlainText())
        self.exact = self.text == (plain if shown is None else shown)
        self.to_plain = to_plain if self.exact else None
        # Shown characters that are in the anchor text, by anchor offset (ascending).
        self._shown_at: list[int] = []
        self._plain_at: list[int] = []
        if self.to_plain is not None:
            for i, p in enumerate(self.to_plain):
                if p >= 0:
                    self._shown_at.append(i)
                    self._plain_at.append(p)

    def selection(self, cursor: QTextCursor) -> Selection | None:
        """The cursor's selection as offsets in the plain text (None if nothing selected)."""
        if not cursor.hasSelection():
            return None
        a = bisect_left(self.index, cursor.selectionStart())
        b = bisect_left(self.index, cursor.selectionEnd())
        # Trim whitespace so a sloppy drag does not anchor to spaces or line breaks.
        while a < b and self.text[a].isspace():
            a += 1
        while b > a and self.text[b - 1].isspace():
            b -= 1
        if self.to_plain is not None:  # our own lines (the full-table link) are not text
            while a < b and self.to_plain[a] < 0:
                a += 1
            while b > a and self.to_plain[b - 1] < 0:
                b -= 1
        if a >= b:
            return None
        quote = self.text[a:b]
        if self.to_plain is not None:
            a, b = self.to_plain[a], self.to_plain[b - 1] + 1
            quote = self.plain[a:b]
        elif not self.exact:
            found = find_quote(self.plain, quote, self.text[max(0, a - CONTEXT) : a], a)
            if found is None:
                return None
            a, b = found, found + len(quote)
        return Selection(
            a, b, quote, self.plain[max(0, a - CONTEXT) : a], self.plain[b : b + CONTEXT]
        )

    def document_range(self, start: int, end: int, quote: str = "") -> tuple[int, int] | None:
        """Document positions for plain-text offsets [start, end), checked against `quote`."""
        if self.to_plain is not None:
            return self._shown_range(start, end, quote)
        fits = self.exact and 0 <= start < end <= len(self.text)
        if fits and (not quote or self.text[start:end] == quote):
            return self.index[start], self.index[end - 1] + 1
        if not quote:
            return None
        found = find_quote(self.text, quote, "", start)
        if found is None:
            return None
        return self.index[found], self.index[found + len(quote) - 1] + 1

    def _shown_range(self, start: int, end: int, quote: str) -> tuple[int, int] | None:
        if not 0 <= start < end <= len(self.plain):
            return None
        if quote and self.plain[start:end] != quote:
            found = find_quote(self.plain, quote, "", start)
            if found is None:
                return None
            start, end = found, found + len(quote)
        # The part of [start, end) that is shown (none: the note is on rows not shown).
        first = bisect_left(self._plain_at, start)
        last = bisect_left(self._plain_at, end) - 1
        if first > last:
            return None
        a, b = self._shown_at[first], self._shown_at[last]
        return self.index[a], self.index[b] + 1


def find_quote(text: str, quote: str, prefix: str, near: int) -> int | None:
    if not quote:
        return None
    if prefix:
        hit = text.find(prefix + quote)
        if hit >= 0:
            return hit + len(prefix)
    positions = []
    i = text.find(quote)
    while i >= 0:
        positions.append(i)
        i = text.find(quote, i + 1)
    if not positions:
        return None
    return min(positions, key=lambda p: abs(p - near))
