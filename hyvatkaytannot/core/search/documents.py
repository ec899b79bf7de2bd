"""A case (plus the user's tags and notes) as one Whoosh document.

The document carries a signature of everything it was built from (file fingerprint, path,
tags and notes): sync compares signatures to re-index only what changed, so an edit, a rename
(a new path or a new id), a new tag or a new note each touch one document.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from typing import Any

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.search.analysis_bridge import joined, text_in
from hyvatkaytannot.core.search.collation import finnish_sort_key
from hyvatkaytannot.core.search.places import swedish_names
from hyvatkaytannot.core.search.schema import FACET_SEP

UserLayer = tuple[list[str], list[str]]


def signature(case: Case, tags: list[str], notes: list[str]) -> str:
    h = hashlib.sha1()
    for part in (case.fingerprint, str(case.path), *tags, "\x00", *notes):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x1e")
    return h.hexdigest()


@cache
def theme_labels() -> dict[str, list[tuple[str, str]]]:
    """Theme id -> its labels with the language they are analysed in (fi; sv as both, so
    that a Finnish-only library finds "ledarskap" too), so that `teema:johtaminen` and free
    words in either language find it."""
    try:
        import yaml

        from hyvatkaytannot.core.resources import resource_path

        entries = yaml.safe_load(resource_path("themes.yaml").read_text(encoding="utf-8"))
    except (OSError, FileNotFoundError, ValueError):
        return {}
    out: dict[str, list[tuple[str, str]]] = {}
    analysed_as = {"fi": "fi", "sv": "fi+sv", "en": "fi"}
    for entry in entries or []:
        if isinstance(entry, dict) and entry.get("id"):
            out[str(entry["id"])] = [
                (str(entry[k]), analysed_as[k]) for k in ("fi", "sv", "en") if entry.get(k)
            ]
    return out


def _facet(values: list[str]) -> str:
    return FACET_SEP.join(v.replace(FACET_SEP, " ").strip() for v in values if v and v.strip())


def _start_number(value: str | None) -> int:
    """Period start as yyyymmdd (missing parts as 0) for the "newest" sort."""
    if not value:
        return 0
    digits = "".join(ch for ch in str(value) if ch.isdigit())
    digits = (digits + "00000000")[:8]
    try:
        return int(digits)
    except ValueError:
        return 0


# Markdown syntax that would show up in snippets. A few regexes instead of rendering: the
# Markdown library costs milliseconds per case, which matters at 10,000 cases.
_MD_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"<!--.*?-->", re.S), " "),
    (re.compile(r"</?[A-Za-z][^>]*>"), " "),
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"^\s{0,3}#{1,6}\s*", re.M), ""),
    (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+", re.M), ""),
    (re.compile(r"^\s*>\s?", re.M), ""),
    (re.compile(r"^\s*\|?[\s:|-]+\|[\s:|-]*$", re.M), ""),
    (re.compile(r"^[ \t]*\|[ \t]*|[ \t]*\|[ \t]*$", re.M), ""),
    (re.compile(r"[ \t]*\|[ \t]*"), " · "),
    (re.compile(r"(\*\*|__|`+)"), ""),
    (re.compile(r"(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)"), ""),
)


def markdown_to_text(text: str) -> str:
    """Readable plain text of a Markdown section (for the index and its snippets)."""
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return text.strip(" ·\n")


def case_document(case: Case, tags: list[str], notes: list[str]) -> dict[str, Any]:
    # Section headings are the same fixed words in every case: left out of the text.
    body = "\n\n".join(markdown_to_text(t) for t in case.sections.values() if t)
    labels = theme_labels()
    theme_words = [w for t in case.themes for w in ((t, "fi"), *labels.get(t, []))]
    status = case.status or ""
    language = case.language or "fi"
    # Places in both languages ("Borgå" and "Nyland" find Porvoo's cases too); a Swedish
    # name gets both languages' keys. Texts the case's author wrote: in its language.
    places = [(m, "fi") for m in case.municipalities]
    places += [(m, "fi+sv") for m in swedish_names(case.municipalities)]
    region_names = [(r, "fi") for r in case.regions]
    region_names += [(r, "fi+sv") for r in swedish_names(case.regions)]
    written = [(t, language) for t in (*case.organisation_names, *case.funders)]
    user = [(t, language) for t in (*tags, *notes)]
    hit = {
        "id": case.id,
        "title": case.title or case.id,
        "municipalities": list(case.municipalities),
        "regions": list(case.regions),
        "period_start": case.period_start,
        "period_end": case.period_end,
        "status": case.status,
        "path": str(case.path),
        "language": language,
    }
    # Words of a Swedish case get Swedish keys (analysis_bridge.LanguageText).
    title = text_in(case.title or case.id, language)
    body = text_in(body, language)
    doc: dict[str, Any] = {
        "id": case.id,
        "sig": signature(case, tags, notes),
        "title": title,
        "summary": text_in(case.summary or "", language),
        "body": body,
        "body_pairs": body,
        "municipality_text": joined(places),
        "region_text": joined(region_names),
        "theme_text": joined(theme_words),
        "organisations": text_in("\n".join(case.organisation_names), language),
        "funder": text_in("\n".join(case.funders), language),
        "tag_text": text_in("\n".join(tags), language),
        "extra": joined([*places, *region_names, *theme_words, *written, *user]),
        "notes": text_in("\n\n".join(notes), language),
        "language": language,
        "region": _facet(case.regions),
        "municipality": _facet(case.municipalities),
        "theme": _facet(case.themes),
        "status": _facet([status]),
        "year": _facet([str(y) for y in case.years]),
        "tag": _facet(tags),
        "review": _facet([] if case.reviewed else ["ehdotus"]),
        "title_key": finnish_sort_key(case.title or case.id),
        "start": _start_number(case.period_start),
        "hit": hit,
    }
    # Whoosh rejects empty strings in some fields less gracefully than missing ones.
    return {k: v for k, v in doc.items() if v != ""}
