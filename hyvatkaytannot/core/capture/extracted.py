"""What a reader returns: the document's text as Markdown plus what it says about itself."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Extracted:
    text: str  # Markdown: headings, lists and tables kept
    format: str  # html, mhtml, docx, odt, pdf, text, markdown, clipboard
    title: str | None = None
    date: str | None = None  # ISO date (or year) the document gives for itself
    url: str | None = None  # the address a saved page records
    notes: list[str] = field(default_factory=list)  # Finnish, non-fatal
