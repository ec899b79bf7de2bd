"""Case body Markdown -> sanitised HTML, the metadata card, and the plain case text.

Safety is by construction: the Markdown is converted with python-markdown (tables, fenced
code, sane lists) and the result always passes through nh3 with an allow-list. Nothing that
can load or run anything survives: no script/style/iframe/object/form, no event attributes,
no `style` attributes, links only to http/https/mailto (or an in-page `#fragment`), images
only with a plain relative path (never a scheme, so no remote, `data:` or `file:` source).
The GUI adds a second wall (QTextBrowser.loadResource refuses remote loads) but does not
rely on it.

python-markdown writes table alignment as `style="text-align: …"`; Qt's rich text drops
cell borders when it meets such styles and nh3 would drop the style anyway, so alignment is
rewritten to the `align` attribute before sanitising.

Search terms are highlighted after sanitising, by wrapping matches in text nodes (never in
tags or attribute values) with `<span class="hit">`; the GUI styles `.hit` from the palette.

THE PLAIN TEXT RULE (what annotations anchor to; offsets are Unicode code points):
`plain_text(case)` is the text content of `reading_html(case)` (the summary as a lead
paragraph, then the body; until user.db migration 0005 the summary was not part of it)
split into blocks the way Qt's rich text splits it (every paragraph, heading, list item,
table cell, pre line and `<br>` starts a new line; list bullets and numbers are not
text), then `normalise_text` applied: U+2029/U+2028 become newlines, NBSP becomes a space,
every run of spaces and tabs inside a line collapses to one space, lines are stripped and
empty lines dropped, lines joined by
"\\n". For the same HTML, `normalise_text(QTextDocument.toPlainText())` equals
`plain_text(case)` (tested in tests/gui), and `normalise_with_map` gives, for each character
of the normalised text, its index in the raw Qt text, so a selection in the viewer maps to
offsets here and back. Highlight spans do not change the text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from html.parser import HTMLParser
from typing import Any

import nh3

from hyvatkaytannot.core.case import Case

_MD_EXTENSIONS = ["tables", "fenced_code", "sane_lists"]

_ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "dd", "del", "div", "dl", "dt", "em",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "li", "ol", "p", "pre", "s",
    "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
    "u", "ul",
}  # fmt: skip
_ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "td": {"align", "colspan", "rowspan"},
    "th": {"align", "colspan", "rowspan"},
    "ol": {"start"},
    "abbr": {"title"},
}
_IMG_WITHOUT_SRC = re.compile(r"<img(?![^>]*\ssrc=)[^>]*>", flags=re.IGNORECASE)
_LINK_SCHEMES = ("http://", "https://", "mailto:")
_ALIGN_STYLE = re.compile(
    r'<(t[dh])\s+style="text-align:\s*(left|right|center);?"', flags=re.IGNORECASE
)


def _is_safe_href(value: str) -> bool:
    v = value.strip().lower()
    return v.startswith(_LINK_SCHEMES) or (v.startswith("#") and len(v) > 1)


def _is_safe_image_src(value: str) -> bool:
    """Only a plain relative path inside the case folder: no scheme, no root, no `..`."""
    v = value.strip().replace("\\", "/")
    if not v or ":" in v or v.startswith(("/", "//")):
        return False
    return ".." not in v.split("/")


def _attribute_filter(tag: str, attr: str, value: str) -> str | None:
    if tag == "a" and attr == "href":
        return value if _is_safe_href(value) else None
    if tag == "img" and attr == "src":
        return value if _is_safe_image_src(value) else None
    return value


def sanitise(raw_html: str) -> str:
    """The allow-list sanitiser every piece of case HTML goes through."""
    raw_html = _ALIGN_STYLE.sub(r'<\1 align="\2"', raw_html)
    cleaned = nh3.clean(
        raw_html,
        tags=_ALLOWED_TAGS,
        clean_content_tags={"script", "style", "iframe", "object", "embed", "template"},
        attributes=_ALLOWED_ATTRIBUTES,
        attribute_filter=_attribute_filter,
        url_schemes={"http", "https", "mailto"},
        strip_comments=True,
        link_rel="noopener noreferrer",
    )
    # An image whose source was refused is dropped whole (Qt would draw a broken icon).
    return _IMG_WITHOUT_SRC.sub("", cleaned)


def markdown_to_html(text: str) -> str:
    """Markdown -> sanitised HTML (no highlighting)."""
    # Imported on first use: python-markdown costs ~30 ms, which app start-up need not pay.
    import markdown

    return sanitise(markdown.markdown(text, extensions=_MD_EXTENSIONS, output_format="html"))


def to_html(case: Case, highlight_terms: Iterable[str] = ()) -> str:
    """The case body as safe HTML, search terms wrapped in `<span class="hit">`."""
    return highlight_html(markdown_to_html(case.body), highlight_terms)


def summary_html(case: Case) -> str:
    """The summary as the lead paragraph (plain text, one line), or "" when there is none."""
    summary = " ".join(str(case.summary or "").split())
    return f'<p class="summary">{html.escape(summary, quote=False)}</p>' if summary else ""


def reading_html(case: Case, highlight_terms: Iterable[str] = ()) -> str:
    """What the reading view shows and notes anchor to: the summary, then the body."""
    return highlight_html(summary_html(case) + markdown_to_html(case.body), highlight_terms)


# -- highlighting ---------------------------------------------------------------------
_TAG_SPLIT = re.compile(r"(<[^>]*>)")


def _term_pattern(terms: Iterable[str]) -> re.Pattern[str] | None:
    """Words starting with a term: Finnish inflects at the end, so a prefix finds 'kunnan'
    from 'kunnan' and 'kunta*' alike. Operators and field prefixes are left out."""
    words: set[str] = set()
    for term in terms:
        for w in re.findall(r"\w+", str(term).split(":")[-1]):
            if len(w) >= 2 and w.upper() not in {"AND", "OR", "NOT", "TAI", "EI", "JA"}:
                words.add(w.lower())
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})\w*", flags=re.IGNORECASE)


def highlight_html(safe_html: str, terms: Iterable[str]) -> str:
    pattern = _term_pattern(terms)
    if pattern is None:
        return safe_html
    parts = _TAG_SPLIT.split(safe_html)
    in_pre = 0
    for i, part in enumerate(parts):
        if part.startswith("<"):
            low = part.lower()
            in_pre += low.startswith("<pre") - low.startswith("</pre")
            continue
        if part and not in_pre:
            # Text nodes are entity-escaped: match on the unescaped text, re-escape pieces.
            text = html.unescape(part)
            pieces: list[str] = []
            last = 0
            for m in pattern.finditer(text):
                pieces.append(html.escape(text[last : m.start()], quote=False))
                pieces.append(f'<span class="hit">{html.escape(m.group(0), quote=False)}</span>')
                last = m.end()
            if pieces:
                pieces.append(html.escape(text[last:], quote=False))
                parts[i] = "".join(pieces)
    return "".join(parts)


# -- plain text -----------------------------------------------------------------------
_BLOCK_TAGS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
    "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "hr", "br",
}  # fmt: skip


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.out.append("\n")
        if tag == "pre":
            self.pre += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self.out.append("\n")
        if tag == "pre":
            self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        # Outside <pre>, a newline in the source is just whitespace (HTML collapsing).
        self.out.append(data if self.pre else re.sub(r"[\r\n]+", " ", data))


_SPACES = re.compile(r"[ \t\f\v\xa0\u200b]+")
# Qt puts U+FFFC (object replacement) where an image sits; it is not text.
_DROPPED = "\ufffc"


def normalise_with_map(text: str) -> tuple[str, list[int]]:
    """Normalise as described in the module docstring; also return, for each character of
    the result, the index of the character in `text` it came from (a joining newline maps to
    the line break it replaced, a collapsed space to the first space of its run)."""
    out: list[str] = []
    index: list[int] = []
    pending_newline = -1  # index of the break before the next line, -1 at the start
    line_chars: list[tuple[str, int]] = []

    def flush() -> None:
        nonlocal pending_newline
        # strip the line, collapse runs of spaces
        chars = line_chars
        start, end = 0, len(chars)
        while start < end and chars[start][0] == " ":
            start += 1
        while end > start and chars[end - 1][0] == " ":
            end -= 1
        if start == end:
            return
        if out:
            out.append("\n")
            index.append(max(pending_newline, 0))
        prev_space = False
        for ch, i in chars[start:end]:
            if ch == " ":
                if prev_space:
                    continue
                prev_space = True
            else:
                prev_space = False
            out.append(ch)
            index.append(i)

    for i, ch in enumerate(text):
        if ch in _DROPPED:
            continue
        if ch in "\n\r\u2029\u2028":
            flush()
            line_chars = []
            pending_newline = i
            continue
        line_chars.append((" " if _SPACES.fullmatch(ch) else ch, i))
    flush()
    return "".join(out), index


def normalise_text(text: str) -> str:
    return normalise_with_map(text)[0]


def html_to_plain_text(safe_html: str) -> str:
    parser = _TextExtractor()
    parser.feed(safe_html)
    parser.close()
    return normalise_text("".join(parser.out))


def plain_text(case: Case) -> str:
    """The text annotations anchor to (see the module docstring for the rule)."""
    return html_to_plain_text(reading_html(case))


def body_start(case: Case) -> int:
    """Where the body starts in `plain_text(case)`: the summary line and its newline come
    first. Notes made before the summary was part of the text counted from the body."""
    summary = html_to_plain_text(summary_html(case))
    return len(summary) + 1 if summary else 0


# -- metadata card --------------------------------------------------------------------
def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def finnish_date(value: Any) -> str:
    """'2018-03-01' -> '1.3.2018', '2018-03' -> '3/2018'; a bare year or other text as is."""
    text = str(value or "")
    parts = text.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return f"{int(parts[2])}.{int(parts[1])}.{parts[0]}"
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        return f"{int(parts[1])}/{parts[0]}"
    return text


def _period(case: Case) -> str:
    start, end = finnish_date(case.period_start), finnish_date(case.period_end)
    if start and end and start != end:
        return f"{start} – {end}"
    return start or end


def _euros(value: Any) -> str:
    try:
        amount = float(value)
    except (TypeError, ValueError):
        return _esc(value)
    text = f"{amount:,.0f}".replace(",", "\u00a0")
    return f"{text}\u00a0€"


def theme_label(theme_id: str, language: str = "fi") -> str:
    """The vocabulary's label of a theme id (the id itself when unknown)."""
    from hyvatkaytannot.core import reference

    theme = reference.theme(theme_id)
    if theme is None:
        return theme_id
    return theme.label(language)


def metadata_html(case: Case, labels: dict[str, str] | None = None, language: str = "fi") -> str:
    """A metadata card as a two-column table. `labels` lets the GUI pass translated row
    names (keys: municipalities, regions, period, status, themes, funding, total_cost,
    contacts, sources, updated); the defaults are Finnish. Themes show their labels."""
    names = {
        "municipalities": "Kunnat",
        "regions": "Maakunnat",
        "period": "Ajanjakso",
        "status": "Tila",
        "themes": "Teemat",
        "funding": "Rahoitus",
        "total_cost": "Kokonaiskustannus",
        "contacts": "Yhteyshenkilöt",
        "sources": "Lähteet",
        "updated": "Päivitetty",
    }
    names.update(labels or {})
    rows: list[tuple[str, str]] = []
    from hyvatkaytannot.core.reference import place_label, status_label

    if case.municipalities:
        places = [place_label(m, language) for m in case.municipalities]
        rows.append((names["municipalities"], _esc(", ".join(places))))
    if case.regions:
        regions = [place_label(r, language) for r in case.regions]
        rows.append((names["regions"], _esc(", ".join(regions))))
    if _period(case):
        rows.append((names["period"], _esc(_period(case))))
    if case.status:
        rows.append((names["status"], _esc(status_label(case.status, language))))
    if case.themes:
        themes = [theme_label(t, language) for t in case.themes]
        rows.append((names["themes"], _esc(", ".join(themes))))
    funding = []
    for f in case.funding:
        if not isinstance(f, dict) or not f.get("funder"):
            continue
        item = _esc(f["funder"])
        if f.get("amount") is not None:
            item += f" {_euros(f['amount'])}"
        if f.get("decided"):
            item += f" ({_esc(finnish_date(f['decided']))})"
        funding.append(item)
    if funding:
        rows.append((names["funding"], "<br>".join(funding)))
    if case.total_cost is not None:
        rows.append((names["total_cost"], _euros(case.total_cost)))
    contacts = []
    for c in case.contacts:
        if not isinstance(c, dict):
            continue
        parts = [_esc(c[k]) for k in ("name", "role", "title", "organisation") if c.get(k)]
        email = str(c.get("email") or "")
        if email and "@" in email and not any(ch in email for ch in "<>\"' "):
            parts.append(f'<a href="mailto:{_esc(email)}">{_esc(email)}</a>')
        if c.get("phone"):
            parts.append(_esc(c["phone"]))
        if parts:
            contacts.append(", ".join(parts))
    if contacts:
        rows.append((names["contacts"], "<br>".join(contacts)))
    sources = []
    for s in case.sources:
        if isinstance(s, str):
            s = {"url": s} if s.startswith(("http://", "https://")) else {"title": s}
        if not isinstance(s, dict):
            continue
        title = str(s.get("title") or s.get("url") or "")
        url = str(s.get("url") or "")
        if url and _is_safe_href(url) and not url.startswith("#"):
            sources.append(f'<a href="{_esc(url)}">{_esc(title)}</a>')
        elif title:
            sources.append(_esc(title))
    if sources:
        rows.append((names["sources"], "<br>".join(sources)))
    if case.updated:
        rows.append((names["updated"], _esc(finnish_date(case.updated))))
    body = "".join(
        f'<tr><th align="left" valign="top">{_esc(k)}</th><td>{v}</td></tr>' for k, v in rows
    )
    card = f'<table class="meta" cellspacing="0" cellpadding="3">{body}</table>'
    # The card holds only escaped text and our own markup, but it goes through the same
    # sanitiser: one wall for everything shown.
    return sanitise(card.replace('<th align="left" valign="top">', '<th align="left">'))


def safe_snippet(snippet: str) -> str:
    """A search snippet reduced to text with <b> around matches (nothing else survives)."""
    cleaned = nh3.clean(
        snippet.replace("<strong", "<b").replace("</strong>", "</b>"),
        tags={"b"},
        attributes={},
        strip_comments=True,
        link_rel=None,
    )
    return cleaned
