"""Capture: turn a document a coordinator already has into a draft case (no Qt).

    draft = capture_file(Path("raportti.docx"))
    draft.to_json()          # every proposed field with the words it came from
    draft.case_text(ids)     # a new case file, marked `review: ehdotus`

The modules: readers (file type → `Extracted` Markdown; web, office, pdf), limits (size
and zip-bomb bounds), and one proposer per field: places, dates, money, people, themes,
body (title, summary, sections). `draft` holds the result.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from hyvatkaytannot.core.capture.draft import REVIEW_FIELD, UNREVIEWED, Draft
from hyvatkaytannot.core.capture.errors import CaptureError
from hyvatkaytannot.core.capture.extracted import Extracted
from hyvatkaytannot.core.capture.proposal import Proposal
from hyvatkaytannot.core.capture.readers import SUFFIXES, can_read, read_file, read_text
from hyvatkaytannot.core.messages import message

__all__ = [
    "REVIEW_FIELD",
    "SUFFIXES",
    "UNREVIEWED",
    "CaptureError",
    "Draft",
    "Proposal",
    "capture_extracted",
    "capture_file",
    "capture_text",
    "expand_paths",
]


def capture_extracted(extracted: Extracted, name: str) -> Draft:
    from hyvatkaytannot.core.capture.body import (
        propose_summary,
        propose_title,
        sort_sections,
    )
    from hyvatkaytannot.core.capture.dates import propose_dates
    from hyvatkaytannot.core.capture.money import propose_funding
    from hyvatkaytannot.core.capture.people import propose_people
    from hyvatkaytannot.core.capture.places import propose_places
    from hyvatkaytannot.core.capture.themes import propose_themes

    started = time.perf_counter()
    text = extracted.text
    plain = extracted.format in ("pdf", "text", "clipboard")
    places = propose_places(text)
    dates = propose_dates(text, extracted.date)
    funding = propose_funding(text)
    people = propose_people(text)
    title = propose_title(text, extracted.title)
    source: dict[str, str] = {"title": (title.value if title else name) + f" ({name})"}
    if extracted.url and extracted.url.lower().startswith(("http://", "https://")):
        source["url"] = extracted.url
    evidence = [f"tiedosto {name}"]
    if dates.published is not None:
        source["published"] = dates.published.value
        evidence += dates.published.evidence
    draft = Draft(
        file=name,
        format=extracted.format,
        body=sort_sections(text, plain),
        proposals={
            "title": title,
            "summary": propose_summary(text),
            "municipalities": places.municipalities,
            "regions": places.regions,
            "organisations": people.organisations,
            "themes": propose_themes(text),
            "period": dates.period,
            "status": dates.status,
            "funders": funding.funders,
            "total_cost": funding.total_cost,
            "contacts": people.contacts,
            "source": Proposal(source, evidence),
        },
        problems=list(extracted.notes),
    )
    if title is None:
        draft.problems.append(message("capture.no_title").shown())
    draft.seconds = time.perf_counter() - started
    return draft


def capture_file(path: Path) -> Draft:
    """Read one document and propose a draft; CaptureError (Finnish, names the file)."""
    started = time.perf_counter()
    path = Path(path)
    draft = capture_extracted(read_file(path), path.name)
    draft.seconds = time.perf_counter() - started
    return draft


def capture_text(text: str, name: str = "leikepöytä") -> Draft:
    """Text pasted from the clipboard."""
    if not text.strip():
        raise CaptureError(Path(name), message("capture.clipboard_empty"))
    return capture_extracted(read_text(text), name)


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given, and the readable files inside folders (sorted, recursively)."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and can_read(f))
        else:
            yield p
