"""The GUI's calls into the user store, in one place.

The widgets ask for tags, annotations, collections and saved searches through these small
functions so that the store's API is met at one spot. Store writes are small and run on the
main thread (SQLite commits in milliseconds; the user's text must never sit in a queue when
the app closes); the index update that follows a write goes through the serial worker.
"""

from __future__ import annotations

import json
from typing import Any


def ann(annotation: Any, name: str, default: Any = None) -> Any:
    """Read an annotation (dataclass, sqlite row dict) field."""
    if isinstance(annotation, dict):
        return annotation.get(name, default)
    return getattr(annotation, name, default)


def _name(tag: Any) -> str:
    if isinstance(tag, str):
        return tag
    return str(ann(tag, "path") or ann(tag, "name") or tag)


# -- tags ---------------------------------------------------------------------------
def case_tags(kb: Any, case_id: str) -> list[str]:
    return [_name(t) for t in kb.store.tags_for_case(case_id)]


def all_tags(kb: Any) -> list[str]:
    return [_name(t) for t in kb.store.tags()]


def add_tag(kb: Any, case_id: str, name: str) -> None:
    kb.store.tag([case_id], [name])


def remove_tag(kb: Any, case_id: str, name: str) -> None:
    kb.store.untag([case_id], [name])


# -- annotations --------------------------------------------------------------------
def annotations(kb: Any, case_id: str) -> list[Any]:
    return list(kb.store.annotations(case_id))


def add_annotation(kb: Any, case_id: str, text: str, start: int, end: int, note: str) -> Any:
    return kb.store.add_annotation(case_id, text, start, end, note)


def update_note(kb: Any, annotation_id: str, note: str) -> None:
    kb.store.update_note(annotation_id, note)


def delete_annotation(kb: Any, annotation_id: str) -> None:
    kb.store.delete_annotation(annotation_id)


def reanchor(kb: Any, case_id: str, text: str, body_start: int = 0) -> list[Any]:
    """Re-check every annotation of the case against its current text."""
    result = kb.store.reanchor(case_id, text, body_start)
    return list(result) if result is not None else annotations(kb, case_id)


def reattach(kb: Any, annotation_id: str, text: str, start: int, end: int) -> None:
    kb.store.reattach(annotation_id, text, start, end)


# -- saved searches and collections ---------------------------------------------------
def saved_searches(kb: Any) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for s in kb.store.saved_searches():
        filters = ann(s, "filters") or {}
        if isinstance(filters, str):
            try:
                filters = json.loads(filters)
            except ValueError:
                filters = {}
        out.append((str(ann(s, "name")), {"query": str(ann(s, "query") or ""), "filters": filters}))
    return out


def save_search(kb: Any, name: str, query: str, filters: dict[str, Any]) -> None:
    kb.store.save_search(name, query, filters)


def collections(kb: Any) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for c in kb.store.collections():
        out.append((str(ann(c, "title")), {"id": str(ann(c, "id"))}))
    return out


def collection_case_ids(kb: Any, collection_id: str) -> list[str]:
    return list(kb.store.collection(collection_id).case_ids)


def add_to_collection(kb: Any, collection_id: str, case_id: str) -> None:
    kb.store.add_to_collection(collection_id, [case_id])


def add_to_named_collection(kb: Any, title: str, case_id: str) -> None:
    """Add to the collection with this title, creating it when there is none."""
    for existing_title, payload in collections(kb):
        if existing_title.casefold() == title.casefold():
            kb.store.add_to_collection(payload["id"], [case_id])
            return
    kb.store.create_collection(title, case_ids=[case_id])
