"""What the reading view shows of a case, and how it maps to the text notes anchor to.

Qt lays a QTextDocument table out on the GUI thread, and the cost grows faster than the
rows: a 3000 × 20 table blocked the window for over 30 s (benchmarks/large_case_bench.py),
while 600 KB of plain paragraphs is laid out lazily and never blocks long. So a table with
more than PREVIEW_CELLS cells is shown as a preview (its header and first rows) followed by
a line with a link `hk-table:N` that opens the whole table in a virtualised view; the rows
stay in `tables` for that view. Smaller tables and all other text are shown as they are.

The anchor text (`plain`) is still `render.plain_text(case)`, the whole case: a note keeps
its offsets whatever is shown. `shown` is the plain text of the HTML shown (the same rule)
and `to_plain[i]` the offset in `plain` of its character i, or -1 for the link lines we add.
Built in pieces cut at top-level table boundaries: tables are blocks, so the plain text of
the whole is the plain texts of the pieces joined by newlines (tested against plain_text).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser

from hyvatkaytannot.core import render
from hyvatkaytannot.core.case import Case

# Measured in the reading view (700 px wide, 20 columns, every cell wrapping): Qt lays a
# table out at ~0.4 ms a cell on a busy laptop core, on the GUI thread. A table over 400
# cells shows half that, so no table costs the window more than ~150 ms.
PREVIEW_CELLS = 400
PREVIEW_MIN_ROWS = 10  # a preview always shows at least this many body rows (if it has them)
LINK_SCHEME = "hk-table"


@dataclass
class FullTable:
    """One table shown as a preview: all its cells, for the full-table view."""

    number: int  # the n-th previewed table of the case (the link's hk-table:N)
    header: list[str]
    rows: list[list[str]]
    shown_rows: int  # body rows in the preview
    # Offset in the anchor text where each body row starts, and where the table ends.
    row_starts: list[int] = field(default_factory=list)
    end: int = 0

    @property
    def columns(self) -> int:
        return max([len(self.header), *(len(r) for r in self.rows)], default=0)

    def row_at(self, offset: int) -> int | None:
        """The body row holding this anchor-text offset (None: not in the body rows)."""
        from bisect import bisect_right

        if not self.row_starts or not self.row_starts[0] <= offset < self.end:
            return None
        return bisect_right(self.row_starts, offset) - 1


@dataclass
class ReadingText:
    html: str  # what the view shows (search terms highlighted)
    plain: str  # the anchor text, render.plain_text(case)
    shown: str  # the plain text of `html`
    to_plain: list[int] | None  # None: shown == plain, offsets are the same
    tables: list[FullTable]

    def table_at(self, offset: int) -> tuple[FullTable, int] | None:
        """The previewed table and body row holding an anchor-text offset, if hidden."""
        for table in self.tables:
            row = table.row_at(offset)
            if row is not None:
                return (table, row) if row >= table.shown_rows else None
        return None


def reading_text(
    case: Case,
    terms: Iterable[str] = (),
    link_label: Callable[[int, int], str] | None = None,
    preview_cells: int = PREVIEW_CELLS,
) -> ReadingText:
    """The case as shown in the reading view; `link_label(rows, columns)` words the line
    under a preview (in the user's language; the GUI passes its translation)."""
    base = render.summary_html(case) + render.markdown_to_html(case.body)
    label = link_label or (lambda rows, cols: f"Näytä koko taulukko ({rows} riviä)")
    terms = list(terms)
    # Cheap check first: without that many cells there is nothing to cut.
    if base.count("<td") + base.count("<th") <= preview_cells:
        plain = render.html_to_plain_text(base)
        return ReadingText(render.highlight_html(base, terms), plain, plain, None, [])
    shown_html: list[str] = []
    plain_parts: list[str] = []
    shown_parts: list[str] = []
    maps: list[list[int]] = []
    tables: list[FullTable] = []
    plain_len = 0
    shown_len = 0

    def add(html_piece: str, text: str, shown_text: str, mapped: bool, offset: int) -> None:
        nonlocal plain_len, shown_len
        if text:
            if plain_parts:
                plain_len += 1
            plain_parts.append(text)
        if shown_text:
            if shown_parts:
                maps.append([offset - 1 if mapped and offset > 0 else -1])  # the joining "\n"
                shown_len += 1
            shown_parts.append(shown_text)
            maps.append(
                list(range(offset, offset + len(shown_text))) if mapped else [-1] * len(shown_text)
            )
            shown_len += len(shown_text)
        shown_html.append(html_piece)
        if text:
            plain_len += len(text)

    last = 0
    for span in _top_level_tables(base):
        before = base[last : span.start]
        text = render.html_to_plain_text(before)
        add(before, text, text, True, plain_len + (1 if plain_parts and text else 0))
        last = span.end
        table_html = base[span.start : span.end]
        cells = sum(len(r) for r in span.cells)
        body = span.rows[span.body_from :]
        keep = max(
            PREVIEW_MIN_ROWS, preview_cells // 2 // max(1, len(span.cells[0]) if span.cells else 1)
        )
        if cells <= preview_cells or len(body) <= keep:
            text = render.html_to_plain_text(table_html)
            add(table_html, text, text, True, plain_len + (1 if plain_parts and text else 0))
            continue
        # Row texts give the row offsets and, joined, the table's text.
        rows_read = [_row_text(base, r, c) for r, c in zip(span.rows, span.cells, strict=True)]
        row_texts = [text for text, _ in rows_read]
        text = "\n".join(t for t in row_texts if t)
        start = plain_len + (1 if plain_parts and text else 0)
        row_starts: list[int] = []
        pos = start
        for i, t in enumerate(row_texts):
            if i >= span.body_from:
                row_starts.append(pos)
            if t:
                pos += len(t) + 1
        cut = body[keep][0]
        preview_html = base[span.start : cut] + "</tbody></table>"
        preview = render.html_to_plain_text(preview_html)
        if not text.startswith(preview):  # never expected; then show the table whole
            add(table_html, text, text, True, start)
            continue
        number = len(tables)
        texts = [cells for _, cells in rows_read]
        header = texts[0] if span.body_from else []
        full = FullTable(
            number, header, texts[span.body_from :], keep, row_starts, start + len(text)
        )
        tables.append(full)
        add(preview_html, text, preview, True, start)
        rows, cols = len(full.rows), full.columns
        line = html.escape(label(rows, cols), quote=False)
        link = f'<p class="fulltable"><a href="{LINK_SCHEME}:{number}">{line}</a></p>'
        add(link, "", render.html_to_plain_text(link), False, 0)
    rest = base[last:]
    text = render.html_to_plain_text(rest)
    add(rest, text, text, True, plain_len + (1 if plain_parts and text else 0))
    plain = "\n".join(plain_parts)
    shown = "\n".join(shown_parts)
    shown_page = render.highlight_html("".join(shown_html), terms)
    if not tables:
        return ReadingText(shown_page, plain, shown, None, [])
    to_plain = [i for part in maps for i in part]
    return ReadingText(shown_page, plain, shown, to_plain, tables)


_NEWLINES = re.compile(r"[\r\n]+")


def cut_tables(safe_html: str, rows: int, note: Callable[[int, int], str]) -> str:
    """Every top-level table with more than `rows` body rows cut to its first `rows`, then a
    paragraph `note(all_rows, rows)` in italics (the GUI's handout: laying out a 3000-row
    table holds the GIL for a minute, so even a worker thread would stall the window)."""
    if safe_html.count("<tr") <= rows:
        return safe_html
    out: list[str] = []
    last = 0
    for span in _top_level_tables(safe_html):
        body = span.rows[span.body_from :]
        if len(body) <= rows:
            continue
        line = html.escape(note(len(body), rows), quote=False)
        out += [safe_html[last : body[rows][0]], "</tbody></table>", f"<p><i>{line}</i></p>"]
        last = span.end
    out.append(safe_html[last:])
    return "".join(out)


def _row_text(
    base: str, row: tuple[int, int], cells: list[tuple[int, int]]
) -> tuple[str, list[str]]:
    """The plain text of one row and the text of each cell. Parsing 3000 rows one by one
    cost seconds; a row whose cells hold only text (the usual Markdown table) is read
    directly, by the same rule."""
    texts: list[str] = []
    gap_from = base.index(">", row[0]) + 1
    for a, b in cells:
        inner_from = base.index(">", a) + 1
        inner = base[inner_from : base.rindex("<", inner_from, b)]
        if base[gap_from:a].strip() or "<" in inner or "&" in inner:
            return _parsed_row(base, row, cells)
        texts.append(render.normalise_text(_NEWLINES.sub(" ", inner)))
        gap_from = b
    if base[gap_from : base.rindex("<", gap_from, row[1])].strip():
        return _parsed_row(base, row, cells)
    return "\n".join(t for t in texts if t), texts


def _parsed_row(
    base: str, row: tuple[int, int], cells: list[tuple[int, int]]
) -> tuple[str, list[str]]:
    texts = [" ".join(render.html_to_plain_text(base[a:b]).split()) for a, b in cells]
    return render.html_to_plain_text(base[row[0] : row[1]]), texts


@dataclass
class _TableSpan:
    start: int
    end: int
    rows: list[tuple[int, int]] = field(default_factory=list)
    cells: list[list[tuple[int, int]]] = field(default_factory=list)
    body_from: int = 0  # rows before this are the header (thead)


class _TableFinder(HTMLParser):
    """Offsets of the top-level tables in sanitised HTML, with their rows and cells."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text = text
        self.line_starts = [0]
        for i, ch in enumerate(text):
            if ch == "\n":
                self.line_starts.append(i + 1)
        self.depth = 0
        self.spans: list[_TableSpan] = []
        self.in_head = False
        self.row_start = -1
        self.cell_start = -1

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _end_of_tag(self) -> int:
        return self.text.index(">", self._offset()) + 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.depth += 1
            if self.depth == 1:
                self.spans.append(_TableSpan(self._offset(), -1))
        elif self.depth != 1:
            return
        elif tag == "thead":
            self.in_head = True
        elif tag == "tr":
            self.row_start = self._offset()
            self.spans[-1].cells.append([])
        elif tag in ("td", "th") and self.row_start >= 0:
            self.cell_start = self._offset()

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            if self.depth == 1:
                self.spans[-1].end = self._end_of_tag()
            self.depth = max(0, self.depth - 1)
        elif self.depth != 1:
            return
        elif tag == "thead":
            self.in_head = False
        elif tag == "tr" and self.row_start >= 0:
            span = self.spans[-1]
            span.rows.append((self.row_start, self._end_of_tag()))
            if self.in_head:
                span.body_from = len(span.rows)
            self.row_start = -1
        elif tag in ("td", "th") and self.cell_start >= 0:
            self.spans[-1].cells[-1].append((self.cell_start, self._end_of_tag()))
            self.cell_start = -1


def _top_level_tables(safe_html: str) -> list[_TableSpan]:
    finder = _TableFinder(safe_html)
    finder.feed(safe_html)
    finder.close()
    # Only well-formed tables (nh3 closes every tag; a row count that disagrees is skipped).
    return [s for s in finder.spans if s.end > s.start and len(s.rows) == len(s.cells) and s.rows]
