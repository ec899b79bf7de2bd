"""Annotations as W3C Web Annotations (JSON-LD, the anno.jsonld context).

One annotation is a TextualBody in text/markdown (left out for a bare highlight) and a
target `urn:hyvatkaytannot:case:<id>` with a TextQuoteSelector and a TextPositionSelector
(Unicode code points), so other annotation tools can read them. Our own extras (status,
where the passage is now, whether the quote was unique, the highlight colour's name) use
`hyvatkaytannot:` keys, which other tools ignore. Ids are `urn:uuid:` URNs of our uuid4 hex
ids; an id from another tool is kept as it is.
"""

from __future__ import annotations

import uuid
from typing import Any

from hyvatkaytannot.core.userstore import anchoring
from hyvatkaytannot.core.userstore.annotations import COLOURS, Annotation
from hyvatkaytannot.core.userstore.db import now

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CASE_URN = "urn:hyvatkaytannot:case:"
EXT = "hyvatkaytannot:"


def annotation_to_w3c(a: Annotation) -> dict[str, Any]:
    out: dict[str, Any] = {
        "@context": ANNO_CONTEXT,
        "id": _urn(a.id),
        "type": "Annotation",
        "motivation": "commenting" if a.note.strip() else "highlighting",
        "created": a.created,
        "modified": a.updated,
        "target": {
            "source": CASE_URN + a.case_id,
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": a.quote,
                    "prefix": a.prefix,
                    "suffix": a.suffix,
                },
                {"type": "TextPositionSelector", "start": a.start, "end": a.end},
            ],
        },
        EXT + "status": a.status,
    }
    if a.note.strip():
        out["body"] = {
            "type": "TextualBody",
            "value": a.note,
            "format": "text/markdown",
            "purpose": "commenting",
        }
    if a.unique_quote is not None:
        out[EXT + "uniqueQuote"] = a.unique_quote
    if a.colour is not None:  # left out for the default highlight
        out[EXT + "colour"] = a.colour
    if a.current_start is not None:
        out[EXT + "current"] = {
            "exact": a.current_quote,
            "start": a.current_start,
            "end": a.current_end,
        }
    return out


def _urn(annotation_id: str) -> str:
    try:
        return uuid.UUID(hex=annotation_id).urn
    except ValueError:
        return annotation_id


def annotation_from_w3c(item: dict[str, Any]) -> Annotation:
    """Our annotation from a W3C Web Annotation; ValueError if it has no usable target."""
    raw_id = str(item.get("id") or "")
    if not raw_id:
        raise ValueError("no id")
    aid = raw_id
    if raw_id.startswith("urn:uuid:"):
        aid = uuid.UUID(raw_id[len("urn:uuid:") :]).hex
    target = item.get("target")
    if isinstance(target, list):
        target = target[0] if target else None
    if not isinstance(target, dict):
        raise ValueError("no target")
    source = str(target.get("source") or "")
    if not source.startswith(CASE_URN):
        raise ValueError(f"target {source!r} is not a case")
    selectors = target.get("selector")
    selectors = selectors if isinstance(selectors, list) else [selectors]
    quote = next(
        (s for s in selectors if isinstance(s, dict) and s.get("type") == "TextQuoteSelector"), None
    )
    pos = next(
        (s for s in selectors if isinstance(s, dict) and s.get("type") == "TextPositionSelector"),
        {},
    )
    if quote is None or not quote.get("exact"):
        raise ValueError("no TextQuoteSelector")
    bodies = item.get("body") or []
    bodies = bodies if isinstance(bodies, list) else [bodies]
    note = "\n\n".join(
        str(b.get("value", "")) for b in bodies if isinstance(b, dict) and b.get("value")
    )
    note = note or str(item.get("bodyValue") or "")
    status = str(item.get(EXT + "status") or anchoring.ANCHORED)
    current = item.get(EXT + "current") or {}
    unique = item.get(EXT + "uniqueQuote")
    colour = item.get(EXT + "colour")
    stamp = now()
    return Annotation(
        id=aid,
        case_id=source[len(CASE_URN) :],
        quote=str(quote["exact"]),
        prefix=str(quote.get("prefix") or ""),
        suffix=str(quote.get("suffix") or ""),
        start=int(pos.get("start", 0)),
        end=int(pos.get("end", len(str(quote["exact"])))),
        note=note,
        status=status if status in anchoring.STATUSES else anchoring.ANCHORED,
        current_quote=current.get("exact"),
        current_start=current.get("start"),
        current_end=current.get("end"),
        created=str(item.get("created") or stamp),
        updated=str(item.get("modified") or stamp),
        unique_quote=unique if isinstance(unique, bool) else None,
        colour=colour if colour in COLOURS else None,
    )


def unknown_colour(item: dict[str, Any]) -> str | None:
    """The highlight colour an item names that this version does not have (it imports as the
    default colour), or None."""
    colour = item.get(EXT + "colour")
    return str(colour) if colour is not None and colour not in COLOURS else None


def case_ids_in(data: dict[str, Any]) -> list[str]:
    """Every case id an export mentions (tag links and annotation targets)."""
    ids = [str(c) for t in data.get("tags") or [] for c in (t.get("cases") or [])]
    anns = data.get("annotations") or {}
    for item in anns.get("items", []) if isinstance(anns, dict) else []:
        target = item.get("target") if isinstance(item, dict) else None
        source = str(target.get("source", "")) if isinstance(target, dict) else ""
        if source.startswith(CASE_URN):
            ids.append(source[len(CASE_URN) :])
    return sorted(set(ids))
