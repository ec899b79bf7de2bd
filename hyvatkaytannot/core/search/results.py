"""What the search index hands back: plain dataclasses, JSON-ready, no Whoosh objects.

The GUI, the map view and the CLI all read these; keeping them free of Whoosh types means a
result can cross a thread boundary (the GUI worker) and be serialised as is.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

# Facet fields in the order the GUI shows them.
FACET_FIELDS: tuple[str, ...] = (
    "region", "municipality", "theme", "status", "year", "tag", "review",
)  # fmt: skip


@dataclass
class Hit:
    id: str
    title: str
    score: float
    # HTML: matched word forms inside <b>…</b>, everything else escaped. "" when snippets=False.
    snippet: str
    municipalities: list[str]
    regions: list[str]
    period_start: str | None
    period_end: str | None
    status: str | None
    path: str
    # The case's language ("fi", "sv"): the result list marks cases not in Finnish.
    language: str = "fi"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class SearchResponse:
    query: str
    total: int
    hits: list[Hit]
    # facet field -> [(value, count)], most frequent first (years: newest first).
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    # "Did you mean" / "Tarkoititko": a whole corrected query string, or None.
    suggestion: str | None = None
    took_ms: float = 0.0
    # True when no case had every word and the hits are cases with some of the words
    # (more words first). The GUI can say "Ei osumia kaikilla sanoilla".
    partial: bool = False
    # A message for the user when something happened to the index (e.g. it was damaged and
    # rebuilt from the Markdown files). None normally.
    notice: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "total": self.total,
            "hits": [h.to_dict() for h in self.hits],
            "facets": {k: [[v, n] for v, n in vals] for k, vals in self.facets.items()},
            "suggestion": self.suggestion,
            "took_ms": round(self.took_ms, 2),
            "partial": self.partial,
            "notice": self.notice,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)


@dataclass
class IndexReport:
    """What one sync did. `rebuilt_reason` is set when the whole index was rebuilt."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    total: int = 0
    seconds: float = 0.0
    rebuilt: bool = False
    rebuilt_reason: str | None = None
    # True when the index was found damaged and rebuilt from the Markdown sources.
    recovered: bool = False
    cancelled: bool = False
    problems: list[str] = field(default_factory=list)

    @property
    def changed(self) -> int:
        return self.added + self.updated + self.removed

    def summary(self) -> str:
        parts = [
            f"{self.total} cases in the index",
            f"{self.added} added, {self.updated} updated, {self.removed} removed",
            f"{self.seconds:.1f} s",
        ]
        if self.rebuilt:
            parts.append(f"full rebuild ({self.rebuilt_reason})")
        if self.cancelled:
            parts.append("cancelled")
        return "; ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
