"""The case: one Markdown file with YAML front matter, parsed into typed fields.

`meta` keeps the whole front matter as read (unknown fields included) so that nothing a
coordinator wrote is lost when a case is re-saved; the typed attributes are views of it.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, overload

# The fixed body sections, in order (their headings in each case language: case_languages).
from hyvatkaytannot.core.case_languages import SECTIONS, canonical_section

__all__ = ["ID_PATTERN", "SECTIONS", "STATUSES", "Case"]

STATUSES: tuple[str, ...] = ("suunnitteilla", "käynnissä", "päättynyt")

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class CompactText:
    """A text attribute kept as zlib-compressed UTF-8.

    A library holds every case for the whole session. A body of ~8,000 characters takes
    16 KB as a Python str once it holds one character past U+00FF (a dash, a quote mark),
    and about 3 KB compressed: at 100,000 cases that is 1.6 GB against 0.3 GB. Reading
    it back costs ~20 µs, against milliseconds for anything that reads a whole body.
    """

    def __set_name__(self, owner: type, name: str) -> None:
        self.slot = f"_{name}_z"

    @overload
    def __get__(self, obj: None, objtype: type | None = None) -> CompactText: ...
    @overload
    def __get__(self, obj: object, objtype: type | None = None) -> str: ...
    def __get__(self, obj: object | None, objtype: type | None = None) -> str | CompactText:
        if obj is None:
            # Asked on the class: dataclasses take an AttributeError as "no default".
            raise AttributeError(self.slot)
        data: bytes = getattr(obj, self.slot)
        return zlib.decompress(data).decode("utf-8", "surrogatepass")

    def __set__(self, obj: object, value: str) -> None:
        setattr(obj, self.slot, zlib.compress(value.encode("utf-8", "surrogatepass"), 1))


@dataclass
class Case:
    id: str
    title: str
    path: Path
    meta: dict[str, Any]
    body: CompactText = CompactText()
    folder: Path | None = None
    summary: str = ""
    municipalities: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    organisations: dict[str, Any] = field(default_factory=dict)
    themes: list[str] = field(default_factory=list)
    period_start: str | None = None
    period_end: str | None = None
    status: str | None = None
    # funding.funders: [{funder, amount (euros), decided}]; funding.total_cost in euros.
    funding: list[dict[str, Any]] = field(default_factory=list)
    total_cost: float | None = None
    contacts: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)
    language: str = "fi"
    updated: str | None = None
    # False while the case carries `review: ehdotus` (proposed by capture, not yet reviewed).
    reviewed: bool = True
    # 1-based line in the file where the body starts (for problems inside the body).
    body_line: int = 1
    # sha256 of the file bytes: incremental indexing and outside-edit detection.
    fingerprint: str = ""
    # How the file was stored, so a writer saves it back the same way (or converts it on
    # purpose): a Python codec name ("utf-8", "utf-8-sig", "utf-16", "cp1252") and the
    # dominant line end.
    encoding: str = "utf-8"
    read_only: bool = False
    newline: str = "\n"
    # 1-based line of the `id:` field (duplicate-id messages point at it).
    id_line: int | None = None

    @property
    def sections(self) -> dict[str, str]:
        """Body text by level-2 heading; text before the first heading is under ''.

        A section heading in another case language ("Utgångsläge") is keyed by the
        section's Finnish name, so code reads every case's sections the same way."""
        out: dict[str, str] = {}
        current = ""
        lines: list[str] = []
        for line in self.body.splitlines():
            m = re.match(r"^##\s+(.+?)\s*#*\s*$", line)
            if m and not line.startswith("###"):
                out[current] = "\n".join(lines).strip()
                heading = m.group(1).strip()
                current, lines = canonical_section(heading) or heading, []
            else:
                lines.append(line)
        out[current] = "\n".join(lines).strip()
        if not out.get(""):
            out.pop("", None)
        return out

    @property
    def years(self) -> list[int]:
        """Every calendar year the period touches (a case running 2017–2018 is in both)."""
        start = _year(self.period_start)
        end = _year(self.period_end) or start
        if start is None:
            return []
        if end is None or end < start:
            return [start]
        return list(range(start, end + 1))

    @property
    def funders(self) -> list[str]:
        return [str(f["funder"]) for f in self.funding if f.get("funder")]

    @property
    def organisation_names(self) -> list[str]:
        names: list[str] = []
        for value in self.organisations.values():
            if isinstance(value, str):
                names.append(value)
            elif isinstance(value, list):
                names.extend(str(v) for v in value if v)
        return names


def _year(value: str | None) -> int | None:
    if not value:
        return None
    m = re.match(r"^(\d{4})", str(value))
    return int(m.group(1)) if m else None
