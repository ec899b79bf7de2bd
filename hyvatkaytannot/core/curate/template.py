"""New cases: slug ids from titles, and the template a new case starts from.

Design decisions:
- Ids are ASCII slugs (`core.case.ID_PATTERN`) because they are file names, URLs in
  presentations and keys in the user database. The Finnish letters map the way Finns write
  them without diacritics (ä→a, ö→o, å→a); other accents are dropped via NFKD. Only the id
  is transliterated: the title keeps its letters.
- A clash gets "-2", "-3", … (never a random suffix: ids should be predictable).
- The template carries every documented section heading so that the editor and the loader
  agree on the shape from the first keystroke; empty fields are left out rather than
  written as placeholders the loader would have to tell apart from real data.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Container, Iterable
from typing import Any

from hyvatkaytannot.core.case import SECTIONS
from hyvatkaytannot.core.case_languages import canonical_section, headings_for
from hyvatkaytannot.core.curate.serialise import case_text, normalise_body

MAX_SLUG_LENGTH = 60
_FINNISH = str.maketrans({"ä": "a", "ö": "o", "å": "a", "Ä": "a", "Ö": "o", "Å": "a"})


def slugify(title: str, max_length: int = MAX_SLUG_LENGTH) -> str:
    """'Äänekosken ikäihmisten kotihoito' -> 'aanekosken-ikaihmisten-kotihoito'.

    Returns "" when the title has no letters or digits at all.
    """
    text = unicodedata.normalize("NFC", title).translate(_FINNISH)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(slug) > max_length:
        # Cut at a word boundary when there is one reasonably close to the limit.
        cut = slug[:max_length]
        slug = cut.rsplit("-", 1)[0] if "-" in cut[max_length // 2 :] else cut
        slug = slug.strip("-")
    return slug


def unique_id(title_or_id: str, existing: Container[str], fallback: str = "tapaus") -> str:
    """A slug for `title_or_id` that is not in `existing` (adds -2, -3, … when needed)."""
    base = slugify(title_or_id) or fallback
    if base not in existing:
        return base
    # An id that already ends in -N counts on from the stem ("hanke-2" -> "hanke-3").
    m = re.match(r"^(.*?)-(\d+)$", base)
    stem, n = (m.group(1), int(m.group(2))) if m else (base, 1)
    while True:
        n += 1
        candidate = f"{stem}-{n}"
        if candidate not in existing:
            return candidate


def new_case_meta(
    title: str = "",
    municipalities: Iterable[str] = (),
    case_id: str | None = None,
    existing_ids: Container[str] = (),
    today: dt.date | None = None,
) -> dict[str, Any]:
    """Front matter for a new case: id, title, an empty summary, municipalities, language,
    updated (today)."""
    today = today or dt.date.today()
    meta: dict[str, Any] = {
        "id": case_id or unique_id(title, existing_ids, fallback="uusi-tapaus"),
        "title": title or "Uusi tapaus",
        "summary": "",
    }
    munis = [m.strip() for m in municipalities if m and m.strip()]
    if munis:
        meta["municipalities"] = munis
    meta["language"] = "fi"
    meta["updated"] = today.isoformat()
    return meta


def new_case_body(language: str = "fi") -> str:
    """The six section headings, each followed by an empty paragraph to write in."""
    return normalise_body("\n".join(f"## {name}\n" for name in headings_for(language)))


def translate_headings(body: str, language: str) -> str:
    """`body` with its section headings in `language` ("## Lähtökohdat" → "## Utgångsläge"
    for Swedish); other headings and all text stay as they are."""
    names = dict(zip(SECTIONS, headings_for(language), strict=True))

    def heading(m: re.Match[str]) -> str:
        key = canonical_section(m.group(2))
        return f"{m.group(1)}{names[key]}{m.group(3)}" if key else m.group(0)

    return _HEADING.sub(heading, body)


_HEADING = re.compile(r"^(##[ \t]+)(.+?)([ \t]*#*[ \t]*)$", re.M)


def new_case_text(
    title: str = "",
    municipalities: Iterable[str] = (),
    case_id: str | None = None,
    existing_ids: Container[str] = (),
    today: dt.date | None = None,
    language: str = "fi",
) -> str:
    """The Markdown text of a new case, ready for the editor (or for `hyvatkaytannot new`)."""
    meta = new_case_meta(title, municipalities, case_id, existing_ids, today)
    meta["language"] = language
    return case_text(meta, new_case_body(language))
