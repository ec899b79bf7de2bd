"""The case format's rules, in Python; resources/case.schema.json states the same as JSON Schema.

Design decisions:
- Body headings are checked in body.py.
- Errors make a case unusable (it is not loaded): a missing id or title, a wrong type, a
  date that is not a date, an end before the start, a link that is not http(s). Warnings
  leave it loaded: unknown fields (kept in `meta`), unknown municipalities (they merge),
  regions or themes, a long summary, missing or out-of-order body headings.
- Messages are short and concrete, coded (core/messages_case.py) so that they are shown in
  the user's language, and name the field as written in the file; the line is in
  `Problem.line`, not repeated in the message.
- Types follow the schema, not YAML's guesses: `keeps_text(path)` tells the YAML reader which
  values must stay text (everything except the two money amounts and unknown fields).
- Known municipalities and regions are stored on the Case under their Finnish names (the map
  and the facets need one spelling); `meta` keeps what the file says.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hyvatkaytannot.core import reference
from hyvatkaytannot.core.case import ID_PATTERN, STATUSES
from hyvatkaytannot.core.case_languages import CASE_LANGUAGES
from hyvatkaytannot.core.messages import UserMessage, message
from hyvatkaytannot.core.problems import Problem, Severity

# What `hyvatkaytannot new` writes as the summary: a new file must not be empty (an empty
# case is an error), and this text is flagged until the author replaces it.
PLACEHOLDER_SUMMARY = "Kirjoita tähän tiivistelmä: mitä tehtiin ja mitä siitä seurasi."

KNOWN_FIELDS: tuple[str, ...] = (
    "id",
    "title",
    "summary",
    "municipalities",
    "regions",
    "organisations",
    "themes",
    "period",
    "status",
    "funding",
    "contacts",
    "sources",
    "language",
    "updated",
    "review",
)
# `review: ehdotus` marks a case that capture proposed and nobody has reviewed yet.
REVIEW_VALUES: tuple[str, ...] = ("ehdotus",)
REQUIRED_FIELDS: tuple[str, ...] = ("id", "title")
ORGANISATION_FIELDS = ("owner", "implementer", "partners")
PERIOD_FIELDS = ("start", "end")
FUNDING_FIELDS = ("total_cost", "funders")
FUNDER_FIELDS = ("funder", "amount", "decided")
CONTACT_FIELDS = ("name", "role", "organisation", "email", "phone")
SOURCE_FIELDS = ("title", "url", "published", "retrieved")
MAX_SUMMARY_SENTENCES = 3

DATE_PATTERN = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
URL_PATTERN = re.compile(r"^https?://[^\s/]+\S*$", re.IGNORECASE)
# Sources often publish addresses obfuscated against spam ("etunimi.sukunimi[a]kunta.fi");
# a case keeps them exactly as published, so "[a]", "(at)" and " at " count as "@".
EMAIL_PATTERN = re.compile(
    r"^[^@\s\[\]()]+(?:@|\[a\]|\[at\]|\(at\)| at )[^@\s\[\]()]+\.[^@\s\[\]()]+$"
)
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}$")
# A sentence ends at . ! ? followed by space and a capital letter (or the end).
_SENTENCE_END = re.compile(r"[.!?]+(?=\s+[A-ZÅÄÖ0-9\"”]|\s*$)")

LineOf = Callable[..., int | None]


def keeps_text(path: tuple[str | int, ...]) -> bool:
    """Whether the value at `path` is text by the schema (so YAML must not retype it)."""
    if not path or path[0] not in KNOWN_FIELDS:
        return False
    if path == ("funding", "total_cost"):
        return False
    return not (len(path) == 4 and path[:2] == ("funding", "funders") and path[3] == "amount")


class Checker:
    """Collects problems for one file while the rules run."""

    def __init__(self, path: Path, line_of: LineOf, default_line: int | None) -> None:
        self.path = path
        self.line_of = line_of
        self.default_line = default_line
        self.problems: list[Problem] = []
        self.case_id: str | None = None

    def add(self, said: UserMessage, *where: str | int, warning: bool = False) -> None:
        line = self.line_of(*where) if where else None
        self.problems.append(
            Problem(
                self.path,
                said,
                line if line is not None else self.default_line,
                Severity.WARNING if warning else Severity.ERROR,
                self.case_id,
            )
        )

    def text(self, value: Any, *where: str | int, required: bool = False) -> str | None:
        """A non-empty string, or None (with an error if it is the wrong type or required)."""
        if isinstance(value, str):
            stripped = value.strip()
            if stripped:
                return stripped
        elif value is not None:
            self.add(message("case.must_be_text", field=_name(where), kind=_kind(value)), *where)
            return None
        if required:
            self.add(message("case.required_missing", field=_name(where)), *where)
        return None

    def texts(self, value: Any, *where: str | int) -> list[str]:
        """A list of strings (empty when missing)."""
        if value is None:
            return []
        if not isinstance(value, list):
            self.add(
                message("case.must_be_list_example", field=_name(where), kind=_kind(value)),
                *where,
            )
            return []
        out = []
        for i, item in enumerate(value):
            s = self.text(item, *where, i)
            if s is not None:
                out.append(s)
        return out

    def mapping(self, value: Any, known: tuple[str, ...], *where: str | int) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.add(
                message("case.must_be_mapping", field=_name(where), kind=_kind(value)),
                *where,
            )
            return {}
        for key in value:
            if key not in known:
                self.add(
                    message(
                        "case.unknown_subfield", field=_name((*where, key)), known=", ".join(known)
                    ),
                    *where,
                    key,
                    warning=True,
                )
        return value

    def items(self, value: Any, known: tuple[str, ...], *where: str | int) -> list[dict[str, Any]]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.add(message("case.must_be_list", field=_name(where), kind=_kind(value)), *where)
            return []
        return [self.mapping(item, known, *where, i) for i, item in enumerate(value)]

    def date(self, value: Any, *where: str | int) -> str | None:
        s = self.text(value, *where)
        if s is None:
            return None
        if not DATE_PATTERN.match(s) or not _real_date(s):
            self.add(
                message("case.bad_date", field=_name(where), value=s),
                *where,
            )
            return None
        return s

    def amount(self, value: Any, *where: str | int) -> float | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            self.add(
                message("case.bad_amount", field=_name(where), value=value),
                *where,
            )
            return None
        return float(value)


def validate_meta(meta: Any, check: Checker) -> dict[str, Any]:
    """Check the front matter and return the Case's typed fields (meaningless on errors)."""
    if not isinstance(meta, dict):
        check.add(message("case.front_matter_not_mapping", kind=_kind(meta)))
        return {}
    for key in meta:
        if key not in KNOWN_FIELDS:
            check.add(
                message("case.unknown_field", field=key),
                key,
                warning=True,
            )
    f: dict[str, Any] = {}
    case_id = check.text(meta.get("id"), "id", required=True)
    if case_id is not None and not ID_PATTERN.match(meta["id"]):
        check.add(
            message("case.bad_id", value=case_id),
            "id",
        )
    check.case_id = f["id"] = case_id
    f["title"] = check.text(meta.get("title"), "title", required=True)
    f["summary"] = summary = check.text(meta.get("summary"), "summary") or ""
    if "summary" not in meta:
        check.add(message("case.summary_missing"), warning=True)
    elif summary.strip() == PLACEHOLDER_SUMMARY:
        check.add(message("case.summary_placeholder"), "summary", warning=True)
    elif len(_SENTENCE_END.findall(summary)) > MAX_SUMMARY_SENTENCES:
        check.add(
            message("case.summary_too_long", MAX_SUMMARY_SENTENCES),
            "summary",
            warning=True,
        )
    f["municipalities"] = _municipalities(check, meta)
    f["regions"] = _regions(check, meta, f["municipalities"])
    f["organisations"] = _organisations(check, meta.get("organisations"))
    f["themes"] = themes = check.texts(meta.get("themes"), "themes")
    for i, t in enumerate(themes):
        if reference.theme(t) is None:
            check.add(
                message("case.unknown_theme", theme=t),
                "themes",
                i,
                warning=True,
            )
    f["period_start"], f["period_end"] = _period(check, meta.get("period"))
    status = check.text(meta.get("status"), "status")
    if status is not None and status not in STATUSES:
        check.add(message("case.bad_status", status=status, allowed=", ".join(STATUSES)), "status")
    f["status"] = status
    f["funding"], f["total_cost"] = _funding(check, meta.get("funding"))
    f["contacts"] = _contacts(check, meta.get("contacts"))
    f["sources"] = _sources(check, meta.get("sources"))
    language = check.text(meta.get("language"), "language") or "fi"
    if not LANGUAGE_PATTERN.match(language):
        check.add(message("case.bad_language", language=language), "language")
    elif language not in CASE_LANGUAGES:
        check.add(
            message("case.unknown_language", language=language),
            "language",
            warning=True,
        )
    f["language"] = language
    f["updated"] = check.date(meta.get("updated"), "updated")
    review = check.text(meta.get("review"), "review")
    if review is not None and review not in REVIEW_VALUES:
        check.add(message("case.bad_review", review=review), "review")
    elif review is not None:
        check.add(
            message("case.review_proposal"),
            "review",
            warning=True,
        )
    f["reviewed"] = review is None
    return f


def _municipalities(check: Checker, meta: dict[str, Any]) -> list[str]:
    out = []
    for i, name in enumerate(check.texts(meta.get("municipalities"), "municipalities")):
        m = reference.municipality(name)
        if m is None:
            check.add(
                message("case.unknown_municipality", name=name),
                "municipalities",
                i,
                warning=True,
            )
        out.append(m.name_fi if m else name)
    return _unique(out)


def _regions(check: Checker, meta: dict[str, Any], municipalities: list[str]) -> list[str]:
    written = check.texts(meta.get("regions"), "regions")
    if not written:  # derived from the municipalities
        found = (reference.region_for(m) for m in municipalities)
        return _unique([r.fi for r in found if r is not None])
    out = []
    for i, name in enumerate(written):
        r = reference.region(name)
        if r is None:
            check.add(message("case.unknown_region", name=name), "regions", i, warning=True)
        out.append(r.fi if r else name)
    return _unique(out)


def _organisations(check: Checker, value: Any) -> dict[str, Any]:
    orgs = check.mapping(value, ORGANISATION_FIELDS, "organisations")
    out: dict[str, Any] = {}
    owner = check.text(orgs.get("owner"), "organisations", "owner")
    if owner:
        out["owner"] = owner
    implementer = orgs.get("implementer")
    if isinstance(implementer, list):
        out["implementer"] = check.texts(implementer, "organisations", "implementer")
    elif implementer is not None:
        text = check.text(implementer, "organisations", "implementer")
        if text:
            out["implementer"] = text
    partners = check.texts(orgs.get("partners"), "organisations", "partners")
    if partners:
        out["partners"] = partners
    return out


def _period(check: Checker, value: Any) -> tuple[str | None, str | None]:
    period = check.mapping(value, PERIOD_FIELDS, "period")
    start = check.date(period.get("start"), "period", "start")
    end = check.date(period.get("end"), "period", "end")
    if start and end:
        n = min(len(start), len(end))  # "2018" vs "2018-10-10" compare at year precision
        if end[:n] < start[:n]:
            said = message("case.period_end_before_start", end=end, start=start)
            check.add(said, "period", "end")
    return start, end


def _funding(check: Checker, value: Any) -> tuple[list[dict[str, Any]], float | None]:
    funding = check.mapping(value, FUNDING_FIELDS, "funding")
    total = check.amount(funding.get("total_cost"), "funding", "total_cost")
    funders = check.items(funding.get("funders"), FUNDER_FIELDS, "funding", "funders")
    for i, item in enumerate(funders):
        where = ("funding", "funders", i)
        check.text(item.get("funder"), *where, "funder", required=True)
        check.amount(item.get("amount"), *where, "amount")
        check.date(item.get("decided"), *where, "decided")
    return funders, total


def _contacts(check: Checker, value: Any) -> list[dict[str, Any]]:
    contacts = check.items(value, CONTACT_FIELDS, "contacts")
    for i, item in enumerate(contacts):
        for key in CONTACT_FIELDS:
            check.text(item.get(key), "contacts", i, key, required=key == "name")
        email = item.get("email")
        if isinstance(email, str) and email.strip() and not EMAIL_PATTERN.match(email.strip()):
            check.add(
                message("case.bad_email", email=email),
                "contacts",
                i,
                "email",
                warning=True,
            )
    return contacts


def _sources(check: Checker, value: Any) -> list[dict[str, Any]]:
    sources = check.items(value, SOURCE_FIELDS, "sources")
    for i, item in enumerate(sources):
        check.text(item.get("title"), "sources", i, "title", required=True)
        url = check.text(item.get("url"), "sources", i, "url")
        if url is not None and not URL_PATTERN.match(url):
            check.add(
                message("case.bad_url", url=url),
                "sources",
                i,
                "url",
            )
        check.date(item.get("published"), "sources", i, "published")
        check.date(item.get("retrieved"), "sources", i, "retrieved")
    return sources


def _real_date(s: str) -> bool:
    parts = [int(p) for p in s.split("-")] + [1, 1]
    try:
        dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _name(where: tuple[str | int, ...]) -> str | UserMessage:
    """A field path as people read it: funding.funders[2].amount."""
    out = ""
    for part in where:
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out or message("case.front_matter")


def _kind(value: Any) -> UserMessage:
    """What the value is, in words (a parameter of the messages above)."""
    if value is None:
        return message("case.kind_empty")
    if isinstance(value, bool):
        return message("case.kind_bool", value=str(value).lower())
    if isinstance(value, int | float):
        return message("case.kind_number", value=value)
    if isinstance(value, str):
        return message("case.kind_text", value=value)
    if isinstance(value, list):
        return message("case.kind_list")
    if isinstance(value, dict):
        return message("case.kind_mapping")
    return message("case.kind_other", value=type(value).__name__)
