"""Saved web pages (.html, .htm, .mhtml): the main text through trafilatura.

Design decisions:
- trafilatura keeps the article and drops menus, cookie banners and footers; its Markdown
  output keeps headings, lists and tables. Its metadata pass gives the page title, date and
  canonical address.
- A page whose main text is a handful of words is reported as "only navigation" instead of
  producing a draft out of menu labels.
- .mhtml (a browser's "save as single file") is a MIME multipart message: the stdlib email
  parser finds the HTML part and the address the browser recorded.
"""

from __future__ import annotations

import email
import email.policy
import re
from pathlib import Path

from hyvatkaytannot.core.capture.errors import CaptureError
from hyvatkaytannot.core.capture.extracted import Extracted
from hyvatkaytannot.core.messages import message

MIN_WORDS = 25


def read_html(path: Path, data: bytes, fmt: str = "html", url: str | None = None) -> Extracted:
    import trafilatura

    try:
        text = trafilatura.extract(
            data,
            output_format="markdown",
            include_formatting=True,
            include_tables=True,
            include_comments=False,
            include_links=False,
        )
        meta = trafilatura.extract_metadata(data)
    except Exception as e:  # lxml parser errors on garbage input
        raise CaptureError(path, message("capture.html_broken")) from e
    words = len(re.findall(r"\w+", text or ""))
    if words < MIN_WORDS:
        raise CaptureError(
            path,
            message("capture.no_text_on_page"),
        )
    return Extracted(
        text=_clean_markdown(text or ""),
        format=fmt,
        title=(meta.title if meta else None) or None,
        date=(meta.date if meta else None) or None,
        url=url or (meta.url if meta else None) or None,
    )


def read_mhtml(path: Path, data: bytes) -> Extracted:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    url = msg.get("Snapshot-Content-Location") or None
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload:
                url = url or part.get("Content-Location") or None
                return read_html(path, payload, "mhtml", url=url)
    raise CaptureError(path, message("capture.mhtml_no_html"))


def _clean_markdown(text: str) -> str:
    # trafilatura leaves a space before the line end of table rows.
    return "\n".join(line.rstrip() for line in text.splitlines()).strip() + "\n"
