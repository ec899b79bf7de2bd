"""The optional tags and annotations in a bundle, through the user store's interchange format.

Design decisions:
- `notes.json` *is* the user store's own export format (`hyvatkaytannot-user-layer`, with
  annotations as W3C Web Annotations), cut down to the bundle's cases: the store's import
  already merges by id, keeps local versions on conflict and is idempotent, so we reuse it
  instead of inventing a second format.
- Tags travel with their ancestors (so "Teemat/Vanhukset" arrives under "Teemat"), with
  only the bundle's cases attached. A collection travels only when the bundle was made
  from it. Saved searches never travel (they are about the sender's whole library).
- When an incoming case is kept beside a local one under a new id ("keep both"), its notes
  follow it: case ids are rewritten, and its annotations get new ids derived from the old
  id and the new case (uuid5), so a re-import finds them again instead of adding copies.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hyvatkaytannot.core.userstore import ImportReport, UserStore

CASE_URN = "urn:hyvatkaytannot:case:"
_NS = uuid.UUID("6f1c3f0e-8a53-4d5e-9a43-2f1b5f7c9e10")


def collect_notes(
    store: UserStore, case_ids: Collection[str], collection: str | None = None
) -> dict[str, Any] | None:
    """The store's export, limited to `case_ids`; None when there is nothing to carry."""
    full = store.export_data()
    ids = set(case_ids)
    tags_by_id = {t["id"]: t for t in full.get("tags", [])}
    keep: dict[str, dict[str, Any]] = {}
    for t in full.get("tags", []):
        cases = [c for c in t.get("cases", []) if c in ids]
        if not cases:
            continue
        keep[t["id"]] = {**t, "cases": cases}
        parent = t.get("parent_id")
        while parent and parent in tags_by_id and parent not in keep:
            keep[parent] = {**tags_by_id[parent], "cases": []}
            parent = tags_by_id[parent].get("parent_id")
    items = [
        a
        for a in full.get("annotations", {}).get("items", [])
        if str(a.get("target", {}).get("source", "")).removeprefix(CASE_URN) in ids
    ]
    collections = [
        {**c, "cases": [i for i in c.get("cases", []) if i in ids]}
        for c in full.get("collections", [])
        if collection is not None and collection in (c.get("id"), c.get("title"))
    ]
    if not keep and not items and not collections:
        return None
    annotations = dict(full.get("annotations", {}))
    annotations.update(items=items, total=len(items))
    return {
        "format": full["format"],
        "version": full["version"],
        "exported": full.get("exported"),
        # Parents first, so a reader that does not sort still finds each parent.
        "tags": sorted(keep.values(), key=lambda t: str(t.get("path", "")).count("/")),
        "collections": collections,
        "saved_searches": [],
        "annotations": annotations,
    }


def remap_notes(
    notes: Mapping[str, Any], renamed: Mapping[str, str], dropped: Collection[str] = ()
) -> dict[str, Any]:
    """A copy of `notes` with case ids renamed and notes of `dropped` cases left out."""
    out = copy.deepcopy(dict(notes))

    def ids(values: list[Any]) -> list[Any]:
        return [renamed.get(v, v) for v in values if v not in dropped]

    for t in out.get("tags", []) or []:
        if isinstance(t, dict):
            t["cases"] = ids(list(t.get("cases") or []))
    for c in out.get("collections", []) or []:
        if isinstance(c, dict):
            c["cases"] = ids(list(c.get("cases") or []))
    anns = out.get("annotations")
    if isinstance(anns, dict) and isinstance(anns.get("items"), list):
        kept = []
        for a in anns["items"]:
            target = a.get("target") if isinstance(a, dict) else None
            if not isinstance(target, dict):
                continue
            case_id = str(target.get("source", "")).removeprefix(CASE_URN)
            if case_id in dropped:
                continue
            if case_id in renamed:
                target["source"] = CASE_URN + renamed[case_id]
                a["id"] = uuid.uuid5(_NS, f"{a.get('id')}|{renamed[case_id]}").urn
            kept.append(a)
        anns["items"] = kept
        anns["total"] = len(kept)
    return out


def import_notes(
    store: UserStore,
    notes: Mapping[str, Any],
    renamed: Mapping[str, str],
    dropped: Collection[str] = (),
) -> ImportReport:
    """Merge the bundle's notes into the store (idempotent; local versions win)."""
    return store.import_data(remap_notes(notes, renamed, dropped))
