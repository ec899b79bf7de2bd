"""The handout document: one HTML document for a case or a collection, for PDF and print.

Built from the same sanitised rendering as the reading view (core/render.py), so a
handout never shows something the app would not. Sources are listed with their full URLs
because paper has no links. The Qt side (gui/present/handout.py) only lays it out on A4.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.reading_text import cut_tables
from hyvatkaytannot.core.render import metadata_html, to_html

# (rows in the table, rows printed) -> the line under a cut table, in the user's language.
TableNote = Callable[[int, int], str]

_STYLE = """
h1 { font-size: 18pt; margin-bottom: 4pt; }
h2 { font-size: 13pt; margin-top: 12pt; }
h3 { font-size: 11pt; }
p, li, td { font-size: 10pt; }
table.meta td { padding: 2pt 6pt; vertical-align: top; }
.summary { font-style: italic; }
.sources li { font-size: 9pt; }
"""


def sources_html(case: Case) -> str:
    items = []
    for s in case.sources:
        if not isinstance(s, dict):
            continue
        text = html.escape(str(s.get("title", "")))
        if s.get("published"):
            text += f" ({html.escape(str(s['published']))})"
        if s.get("url"):
            # Printed in full: a reader of paper cannot click.
            text += f"<br>{html.escape(str(s['url']))}"
        items.append(f"<li>{text}</li>")
    if not items:
        return ""
    return '<h2>Lähteet</h2><ul class="sources">' + "".join(items) + "</ul>"


_TABLE = re.compile(r"<table(?![^>]*cellpadding)")


def _padded_tables(body: str, border: bool = True) -> str:
    """The sanitiser keeps no table attributes and Qt's rich text reads cell padding from
    them: put them back, so columns do not run together on paper."""
    frame = ' border="1"' if border else ""
    return _TABLE.sub(f'<table cellpadding="5" cellspacing="0"{frame}', body)


def case_html(case: Case, table_rows: int | None = None, note: TableNote | None = None) -> str:
    """`table_rows`: print at most this many body rows of a table, then `note` (None: all)."""
    body = to_html(case)
    if table_rows is not None:
        body = cut_tables(body, table_rows, note or (lambda n, k: f"{k} / {n}"))
    parts = [f"<h1>{html.escape(case.title)}</h1>"]
    if case.summary:
        parts.append(f'<p class="summary">{html.escape(case.summary)}</p>')
    parts.append(_padded_tables(metadata_html(case), border=False))
    parts.append(_padded_tables(body))
    parts.append(sources_html(case))
    return "\n".join(parts)


def handout_html(
    cases: Sequence[Case],
    title: str | None = None,
    description: str = "",
    table_rows: int | None = None,
    note: TableNote | None = None,
) -> str:
    """A whole handout; each case after the first starts on a new page. The GUI cuts long
    tables (`table_rows`, `note`: see case_html); the CLI prints them whole."""
    body: list[str] = []
    if title:
        body.append(f"<h1>{html.escape(title)}</h1>")
        if description:
            body.append(f"<p>{html.escape(description)}</p>")
        body.append("<ol>" + "".join(f"<li>{html.escape(c.title)}</li>" for c in cases) + "</ol>")
    for i, case in enumerate(cases):
        brk = ' style="page-break-before: always"' if (i or title) else ""
        body.append(f"<div{brk}>{case_html(case, table_rows, note)}</div>")
    doc_title = html.escape(title or (cases[0].title if cases else ""))
    return (
        f'<html><head><meta charset="utf-8"><title>{doc_title}</title>'
        f"<style>{_STYLE}</style></head><body>{''.join(body)}</body></html>"
    )
