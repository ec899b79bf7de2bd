"""A captured draft: every proposed field with its evidence, as JSON or as a new case file.

A saved draft carries `review: ehdotus` (the schema's marker of a case proposed by capture
and not yet reviewed); the loader warns about it, so `check`, the facets and bundle
previews can tell such cases apart. Saving it from the editor removes the marker. A
document that reads as Swedish (case_languages.guess_language) becomes a `language: sv`
case with the Swedish section headings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Container
from dataclasses import dataclass, field
from typing import Any

from hyvatkaytannot.core.capture.proposal import Proposal
from hyvatkaytannot.core.case_languages import guess_language
from hyvatkaytannot.core.curate.serialise import case_text
from hyvatkaytannot.core.curate.template import translate_headings, unique_id

REVIEW_FIELD = "review"
UNREVIEWED = "ehdotus"

# The fields a draft proposes, in the order the review view lists them.
FIELDS = (
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
)


@dataclass
class Draft:
    file: str
    format: str
    body: str
    proposals: dict[str, Any] = field(default_factory=dict)  # field → Proposal | list
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def _single(self, name: str) -> Any:
        p = self.proposals.get(name)
        return p.value if isinstance(p, Proposal) else None

    def _many(self, name: str) -> list[Any]:
        return [p.value for p in self.proposals.get(name) or []]

    @property
    def title(self) -> str:
        return str(self._single("title") or "")

    def funding(self) -> dict[str, Any] | None:
        funders = self._many("funders")
        total = self._single("total_cost")
        if not funders and total is None:
            return None
        out: dict[str, Any] = {}
        if total is not None:
            out["total_cost"] = total
        if funders:
            out["funders"] = funders
        return out

    def values(self) -> dict[str, Any]:
        """The proposed front-matter values (empty ones left out)."""
        period = self._single("period")
        out: dict[str, Any] = {
            "title": self.title,
            "summary": self._single("summary"),
            "municipalities": self._many("municipalities"),
            "regions": self._many("regions"),
            "organisations": self._single("organisations"),
            "themes": self._many("themes"),
            "period": {k: v for k, v in (period or {}).items() if v} or None,
            "status": self._single("status"),
            "funding": self.funding(),
            "contacts": self._many("contacts"),
            "sources": [self._single("source")] if self._single("source") else [],
        }
        return {k: v for k, v in out.items() if v not in (None, "", [], {})}

    def evidence(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for name, p in self.proposals.items():
            items = p if isinstance(p, list) else [p]
            snippets = [e for item in items if item is not None for e in item.evidence]
            if snippets:
                out[name] = snippets
        return out

    def notes(self) -> dict[str, list[str]]:
        """Proposals to look at twice: former municipalities, personal data."""
        out: dict[str, list[str]] = {}
        for name, p in self.proposals.items():
            items = p if isinstance(p, list) else [p]
            for item in items:
                if item is not None and item.note:
                    out.setdefault(name, []).append(item.note)
        return out

    def to_json(self) -> dict[str, Any]:
        v = self.values()
        period = v.get("period") or {}
        funding = v.get("funding") or {}
        return {
            "file": self.file,
            "format": self.format,
            "title": self.title,
            "summary": v.get("summary", ""),
            "municipalities": v.get("municipalities", []),
            "regions": v.get("regions", []),
            "organisations": v.get("organisations", {}),
            "period": {"start": period.get("start"), "end": period.get("end")},
            "status": v.get("status"),
            "funding": {
                "total_cost": funding.get("total_cost"),
                "funders": funding.get("funders", []),
            },
            "contacts": v.get("contacts", []),
            "personal_data": bool(v.get("contacts")),
            "themes": v.get("themes", []),
            "source": (v.get("sources") or [None])[0],
            "body": self.body,
            "evidence": self.evidence(),
            "notes": self.notes(),
            "problems": self.problems,
            "seconds": round(self.seconds, 3),
        }

    def meta(self, existing_ids: Container[str], today: dt.date | None = None) -> dict[str, Any]:
        """Front matter for a new case file (id unique among `existing_ids`)."""
        v = self.values()
        title = v.pop("title", "") or "Nimetön poiminta"
        meta: dict[str, Any] = {"id": unique_id(title, existing_ids), "title": title}
        meta.update(v)
        meta["language"] = self.language
        meta["updated"] = (today or dt.date.today()).isoformat()
        meta[REVIEW_FIELD] = UNREVIEWED
        return meta

    @property
    def language(self) -> str:
        """The document's language: a Swedish one becomes a Swedish case."""
        return guess_language(self.body)

    def case_text(self, existing_ids: Container[str]) -> str:
        # The body's six headings in the case's language ("## Utgångsläge").
        return case_text(self.meta(existing_ids), translate_headings(self.body, self.language))
