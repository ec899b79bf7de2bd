"""Word (.docx, python-docx) and OpenDocument text (.odt, lxml on content.xml) to Markdown.

Design decisions:
- python-docx walks the body in order (paragraphs and tables); heading styles ("Heading 1",
  "Title", Finnish Word's "Otsikko 1") become Markdown headings, list paragraphs "- " items,
  tables Markdown tables. The file was checked as a zip first (limits.check_zip).
- .odt has no small well-kept reader on PyPI (odfpy has been idle for years), and its text is
  plain XML: text:h with an outline level, text:p, text:list and table:table, read with lxml
  (already a dependency through trafilatura and python-docx).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from hyvatkaytannot.core.capture.errors import CaptureError
from hyvatkaytannot.core.capture.extracted import Extracted
from hyvatkaytannot.core.messages import message

_HEADING = re.compile(r"^(?:heading|otsikko)\s*(\d)$", re.IGNORECASE)


def read_docx(path: Path) -> Extracted:
    import docx

    try:
        document = docx.Document(str(path))
    except Exception as e:  # python-docx raises KeyError, ValueError, lxml errors …
        raise CaptureError(path, message("capture.word_damaged")) from e
    lines: list[str] = []
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            lines.extend(_table([[c.text for c in row.cells] for row in block.rows]))
        else:
            lines.extend(_docx_paragraph(block))
    props = document.core_properties
    created = props.created.date().isoformat() if props.created else None
    return Extracted(
        text=_join(lines), format="docx", title=(props.title or "").strip() or None, date=created
    )


def _docx_paragraph(p: Any) -> list[str]:
    text = " ".join(p.text.split())
    if not text:
        return []
    style = (p.style.name if p.style is not None else "") or ""
    if style.casefold() in ("title", "otsikko"):
        return ["", f"# {text}", ""]
    m = _HEADING.match(style.strip())
    if m:
        return ["", f"{'#' * min(int(m.group(1)) + 1, 6)} {text}", ""]
    is_list = "list" in style.casefold() or "luettelo" in style.casefold()
    if not is_list and p._p.pPr is not None and p._p.pPr.numPr is not None:  # noqa: SLF001
        is_list = True
    return [f"- {text}"] if is_list else ["", text, ""]


def _table(rows: list[list[str]]) -> list[str]:
    rows = [[" ".join(c.split()).replace("|", "\\|") for c in r] for r in rows if any(r)]
    if not rows:
        return []
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    out = ["", "| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
    out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return out + [""]


def _join(lines: list[str]) -> str:
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


_ODF = {
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
}


def read_odt(path: Path) -> Extracted:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        with zipfile.ZipFile(path) as zf:
            root = etree.fromstring(zf.read("content.xml"), parser)
            meta_root = (
                etree.fromstring(zf.read("meta.xml"), parser)
                if "meta.xml" in zf.namelist()
                else None
            )
    except (KeyError, zipfile.BadZipFile, etree.XMLSyntaxError, OSError) as e:
        raise CaptureError(path, message("capture.odt_damaged")) from e
    body = root.find("office:body/office:text", _ODF)
    lines: list[str] = []
    if body is not None:
        for el in body:
            lines.extend(_odt_block(el))
    title = date = None
    if meta_root is not None:
        title = meta_root.findtext(".//dc:title", namespaces=_ODF)
        date = (meta_root.findtext(".//meta:creation-date", namespaces=_ODF) or "")[:10] or None
    return Extracted(text=_join(lines), format="odt", title=title or None, date=date)


def _odt_text(el: Any) -> str:
    return " ".join("".join(el.itertext()).split())


def _odt_block(el: Any) -> list[str]:
    tag = el.tag.split("}")[-1]
    if tag == "h":
        level = int(el.get(f"{{{_ODF['text']}}}outline-level", "1") or 1)
        text = _odt_text(el)
        return ["", f"{'#' * min(level + 1, 6)} {text}", ""] if text else []
    if tag == "p":
        text = _odt_text(el)
        return ["", text, ""] if text else []
    if tag == "list":
        items = el.findall(".//text:list-item", _ODF)
        return [f"- {_odt_text(i)}" for i in items if _odt_text(i)] + [""]
    if tag == "table":
        rows = [
            [_odt_text(c) for c in row.findall("table:table-cell", _ODF)]
            for row in el.iter(f"{{{_ODF['table']}}}table-row")
        ]
        return _table(rows)
    if tag == "section":
        return [line for child in el for line in _odt_block(child)]
    return []
