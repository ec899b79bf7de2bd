"""Form values -> front matter, and the editor's whole text. No widgets here (plain data).

Design decisions:
- The form edits a *copy of the case's original front matter*: every key the form does not
  know (unknown fields, `organisations`, `language`, extra keys inside a contact) is kept
  exactly as read, so editing a title never loses what a coordinator wrote by hand.
- An empty form field removes its key (the loader treats a missing field as "not given"),
  except `title`, which stays as "" so the loader reports its own "required" message.
- Money is parsed leniently ("25 000", "1250,50" are what people type in Finland); whatever
  still is not a number is written as text so that the loader reports it with the same
  message `hyvatkaytannot check` would.
- `regions` is derived from the municipalities. It is only written when the file already
  had it (then kept in step) — the loader derives it anyway, so new cases leave it out.
- An untouched form gives back the original text byte for byte: opening and saving a case
  must not reformat its file (`compose_text`).
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from hyvatkaytannot.core import reference
from hyvatkaytannot.core.curate.serialise import case_text

FUNDER_COLUMNS = ("funder", "amount", "decided")
CONTACT_COLUMNS = ("name", "role", "organisation", "email", "phone")
SOURCE_COLUMNS = ("title", "url", "published", "retrieved")
_AMOUNT = re.compile(r"^-?\d+(?:\.\d+)?$")


@dataclass
class FormValues:
    case_id: str = ""
    title: str = ""
    summary: str = ""
    municipalities: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    period_start: str = ""
    period_end: str = ""
    status: str = ""
    # The case's language ("fi", "sv"; "" when the file does not say: Finnish).
    language: str = ""
    total_cost: str = ""
    # Rows are the original item (unknown keys kept) updated with the cell texts.
    funders: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)


def parse_amount(text: str) -> Any:
    """'25 000' -> 25000, '1250,50' -> 1250.5; anything else stays text (the loader says why)."""
    cleaned = str(text).replace("\u00a0", "").replace(" ", "").replace(",", ".").strip()
    cleaned = cleaned.removesuffix("€")
    if _AMOUNT.match(cleaned):
        number = float(cleaned)
        return int(number) if number.is_integer() and "." not in cleaned else number
    return str(text).strip()


def amount_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def split_names(text: str) -> list[str]:
    """'Orivesi, Kangasala,' -> ['Orivesi', 'Kangasala'] (duplicates dropped, order kept)."""
    names = [" ".join(part.split()) for part in text.split(",")]
    return list(dict.fromkeys(n for n in names if n))


def derived_regions(municipalities: Iterable[str], language: str = "fi") -> list[str]:
    """The municipalities' regions, named in the case's language (Swedish for `sv`)."""
    found = (reference.region_for(m) for m in municipalities)
    return list(dict.fromkeys((r.sv or r.fi) if language == "sv" else r.fi for r in found if r))


def _regions_for(municipalities: list[str], language: str, written: Any) -> Any:
    """The regions to write: as the file wrote them while they still name the same regions
    (a Swedish case may say "Södra Österbotten"), else derived; the file's when none derive."""
    derived = derived_regions(municipalities, language)
    if not derived:
        return written
    if isinstance(written, list):
        same = [reference.region(str(r)) for r in written]
        if all(same) and {r.code for r in same if r} == {
            r.code for r in (reference.region(d) for d in derived) if r
        }:
            return written
    return derived


def values_from_meta(meta: Mapping[str, Any]) -> FormValues:
    """What the form shows for a case's front matter."""

    def text(value: Any) -> str:
        return "" if value is None else str(value)

    raw_period, raw_funding = meta.get("period"), meta.get("funding")
    period: dict[str, Any] = raw_period if isinstance(raw_period, dict) else {}
    funding: dict[str, Any] = raw_funding if isinstance(raw_funding, dict) else {}

    def rows(value: Any) -> list[dict[str, Any]]:
        return [dict(v) for v in value if isinstance(v, dict)] if isinstance(value, list) else []

    return FormValues(
        case_id=text(meta.get("id")),
        title=text(meta.get("title")),
        summary=text(meta.get("summary")),
        municipalities=[str(m) for m in meta.get("municipalities") or [] if m],
        themes=[str(t) for t in meta.get("themes") or [] if t],
        period_start=text(period.get("start")),
        period_end=text(period.get("end")),
        status=text(meta.get("status")),
        language=text(meta.get("language")),
        total_cost=amount_text(funding.get("total_cost")),
        funders=rows(funding.get("funders")),
        contacts=rows(meta.get("contacts")),
        sources=rows(meta.get("sources")),
    )


def _set(target: dict[str, Any], key: str, value: Any) -> None:
    if value in (None, "", [], {}):
        target.pop(key, None)
    else:
        target[key] = value


def _clean_rows(rows: list[dict[str, Any]], money: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    out = []
    for row in rows:
        item = dict(row)
        for key in list(item):
            value = item[key]
            if isinstance(value, str):
                value = value.strip()
                item[key] = parse_amount(value) if key in money and value else value
            if item[key] in ("", None):
                del item[key]
        if item:
            out.append(item)
    return out


def meta_from_values(original: Mapping[str, Any], values: FormValues) -> dict[str, Any]:
    """The original front matter with the form's fields written over it."""
    meta = copy.deepcopy(dict(original))
    meta["id"] = values.case_id.strip()
    meta["title"] = values.title.strip()
    summary = " ".join(values.summary.split())
    if summary or "summary" in meta:
        meta["summary"] = summary
    _set(meta, "municipalities", list(values.municipalities))
    if "regions" in meta:
        language = values.language.strip() or "fi"
        _set(meta, "regions", _regions_for(values.municipalities, language, meta["regions"]))
    _set(meta, "themes", list(values.themes))

    period = dict(meta.get("period") or {}) if isinstance(meta.get("period"), dict) else {}
    _set(period, "start", values.period_start.strip())
    _set(period, "end", values.period_end.strip())
    _set(meta, "period", period)
    _set(meta, "status", values.status.strip())
    _set(meta, "language", values.language.strip())

    funding = dict(meta.get("funding") or {}) if isinstance(meta.get("funding"), dict) else {}
    _set(funding, "total_cost", parse_amount(values.total_cost) if values.total_cost else None)
    _set(funding, "funders", _clean_rows(values.funders, money=("amount",)))
    _set(meta, "funding", funding)
    _set(meta, "contacts", _clean_rows(values.contacts))
    _set(meta, "sources", _clean_rows(values.sources))
    return meta


def compose_text(
    original_meta: Mapping[str, Any],
    original_body: str,
    original_text: str | None,
    meta: Mapping[str, Any],
    body: str,
    today: dt.date | None = None,
) -> str:
    """The case file text for the editor's state (the original text when nothing changed)."""
    if original_text is not None and dict(meta) == dict(original_meta) and body == original_body:
        return original_text
    meta = dict(meta)
    if meta != dict(original_meta) or body != original_body:
        meta["updated"] = (today or dt.date.today()).isoformat()
    return case_text(meta, body)


def split_body(body: str) -> tuple[str, str]:
    """(leading blank lines, the rest): the editor shows the rest, the file keeps both."""
    rest = body.lstrip("\n")
    return body[: len(body) - len(rest)], rest


def join_body(prefix: str, text: str) -> str:
    text = text.replace("\r\n", "\n")
    if text and not text.endswith("\n"):
        text += "\n"
    return prefix + text


def field_lines(text: str) -> dict[str, tuple[int, int]]:
    """Top-level front matter key -> (first line, last line), 1-based, in `text`.

    Lets the form put a loader problem (which carries a line) under the field it is about.
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}
    spans: dict[str, tuple[int, int]] = {}
    current: str | None = None
    start = 0
    for n, line in enumerate(lines[1:], start=2):
        if line.strip() == "---":
            if current is not None:
                spans[current] = (start, n - 1)
            break
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if m:
            if current is not None:
                spans[current] = (start, n - 1)
            current, start = m.group(1), n
    return spans
