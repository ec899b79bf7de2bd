"""Annotations: a highlighted passage of a case with the user's note (Markdown).

Design decisions:
- Keyed by case id, never by file path: a renamed or moved file keeps its notes.
- The passage is stored as the W3C Web Annotation selectors (quote + prefix/suffix and
  start/end in code points). `quote`/`prefix`/`suffix`/`start`/`end` stay what the user
  selected until they re-attach; where the passage is *now* goes to `current_*` with the
  status (`anchored` clears them, `orphan` has none). An annotation is never deleted or
  moved by re-anchoring: an orphan keeps its note and waits to be re-attached.
- `unique_quote` records whether the quote occurred once in the text it was made on; the
  re-anchoring trusts a lone exact match without context only then.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from hyvatkaytannot.core.userstore import anchoring
from hyvatkaytannot.core.userstore.db import new_id, now, write
from hyvatkaytannot.core.userstore.errors import NotFound, StoreError


@dataclass
class Annotation:
    id: str
    case_id: str
    quote: str
    prefix: str
    suffix: str
    start: int
    end: int
    note: str
    status: str = anchoring.ANCHORED
    current_quote: str | None = None
    current_start: int | None = None
    current_end: int | None = None
    created: str = ""
    updated: str = ""
    unique_quote: bool | None = None
    colour: str | None = None  # one of COLOURS; None: the default highlight

    @property
    def span(self) -> tuple[int, int] | None:
        """Where to highlight the passage in the current text; None for an orphan."""
        if self.status == anchoring.ORPHAN:
            return None
        if self.current_start is not None and self.current_end is not None:
            return self.current_start, self.current_end
        return self.start, self.end

    def selector(self) -> anchoring.Selector:
        return anchoring.Selector(
            self.quote, self.prefix, self.suffix, self.start, self.end, self.unique_quote
        )


_COLUMNS = (
    "id, case_id, quote, prefix, suffix, start, [end], note, status, current_quote, "
    "current_start, current_end, created, updated, unique_quote, colour"
)
# A few highlight colours, as Zotero and Hypothesis offer; stored by name, drawn from the
# palette by the GUI.
COLOURS = ("yellow", "green", "blue", "pink")


def _from_row(row: tuple[Any, ...]) -> Annotation:
    a = Annotation(*row)
    a.unique_quote = None if row[14] is None else bool(row[14])
    return a


def get(db: Database, annotation_id: str) -> Annotation:
    row = db.execute(f"SELECT {_COLUMNS} FROM annotations WHERE id = ?", [annotation_id]).fetchone()
    if row is None:
        raise NotFound("store.no_such_annotation", annotation_id=annotation_id)
    return _from_row(row)


def list_annotations(db: Database, case_id: str | None = None) -> list[Annotation]:
    if case_id is None:
        rows = db.execute(
            f"SELECT {_COLUMNS} FROM annotations ORDER BY case_id, start, created"
        ).fetchall()
    else:
        rows = db.execute(
            f"SELECT {_COLUMNS} FROM annotations WHERE case_id = ? ORDER BY start, created",
            [case_id],
        ).fetchall()
    return [_from_row(r) for r in rows]


def add(db: Database, case_id: str, text: str, start: int, end: int, note: str) -> Annotation:
    try:
        sel = anchoring.make_selector(text, start, end)
    except ValueError as e:
        raise StoreError("store.invalid_selection", error=e) from e
    stamp = now()
    a = Annotation(
        id=new_id(),
        case_id=case_id,
        quote=sel.quote,
        prefix=sel.prefix,
        suffix=sel.suffix,
        start=sel.start,
        end=sel.end,
        note=note,
        created=stamp,
        updated=stamp,
        unique_quote=sel.unique,
    )
    insert(db, a)
    return a


def insert(db: Database, a: Annotation) -> None:
    row = _to_row(a)
    # Plain SQL: sqlite-utils' insert introspects the table on every call (a 100k-note
    # import spent most of its time there).
    names = ", ".join(f"[{k}]" for k in row)
    marks = ", ".join("?" for _ in row)
    with write(db):
        db.execute(f"INSERT INTO annotations ({names}) VALUES ({marks})", list(row.values()))


def _to_row(a: Annotation) -> dict[str, Any]:
    return {
        "id": a.id,
        "case_id": a.case_id,
        "quote": a.quote,
        "prefix": a.prefix,
        "suffix": a.suffix,
        "start": a.start,
        "end": a.end,
        "note": a.note,
        "status": a.status,
        "current_quote": a.current_quote,
        "current_start": a.current_start,
        "current_end": a.current_end,
        "created": a.created,
        "updated": a.updated,
        "unique_quote": None if a.unique_quote is None else int(a.unique_quote),
        "colour": a.colour,
    }


def annotate_quote(db: Database, case_id: str, text: str, quote: str, note: str) -> Annotation:
    """Annotate the one place where `quote` occurs in `text`."""
    if not quote.strip():
        raise StoreError("store.quote_empty")
    found = anchoring.find_all(text, quote)
    if not found:
        raise StoreError("store.quote_does_not_occur", case_id=case_id)
    if len(found) > 1:
        raise StoreError("store.quote_occurs_times_case", count=len(found), case_id=case_id)
    start, end = found[0]
    return add(db, case_id, text, start, end, note)


def update_note(db: Database, annotation_id: str, note: str) -> Annotation:
    with write(db):
        get(db, annotation_id)
        db.table("annotations").update(annotation_id, {"note": note, "updated": now()})
    return get(db, annotation_id)


def set_colour(db: Database, annotation_id: str, colour: str | None) -> Annotation:
    """The highlight's colour (one of COLOURS, or None for the default)."""
    if colour is not None and colour not in COLOURS:
        raise ValueError(f"unknown highlight colour {colour!r}; use one of {COLOURS}")
    with write(db):
        get(db, annotation_id)
        db.table("annotations").update(annotation_id, {"colour": colour})
    return get(db, annotation_id)


def delete(db: Database, annotation_id: str) -> None:
    with write(db):
        get(db, annotation_id)
        db.table("annotations").delete(annotation_id)


def _legacy_ids(db: Database, case_id: str) -> set[str]:
    if not db.table("legacy_body_anchors").exists():
        return set()
    rows = db.execute(
        "SELECT l.annotation_id FROM legacy_body_anchors l "
        "JOIN annotations a ON a.id = l.annotation_id WHERE a.case_id = ?",
        [case_id],
    ).fetchall()
    return {r[0] for r in rows}


def upgrade_legacy(db: Database, case_id: str, text: str, body_start: int) -> int:
    """Move notes made when the anchored text was the body alone (before migration 0005)
    by `body_start` (where the body now starts in `text`); return how many moved.

    A quote still found at its shifted place gets a fresh selector (its prefix now reaches
    into the summary); one that is not keeps the shifted position for `reanchor` to judge.
    """
    legacy = _legacy_ids(db, case_id)
    if not legacy:
        return 0
    with write(db):
        for a in list_annotations(db, case_id):
            if a.id not in legacy:
                continue
            start, end = a.start + body_start, a.end + body_start
            row: dict[str, Any] = {"start": start, "end": end}
            if text[start:end] == a.quote:
                sel = anchoring.make_selector(text, start, end)
                row.update(prefix=sel.prefix, suffix=sel.suffix)
            for key in ("current_start", "current_end"):
                value = getattr(a, key)
                if value is not None:
                    row[key] = value + body_start
            db.table("annotations").update(a.id, row)
            db.table("legacy_body_anchors").delete(a.id)
    return len(legacy)


def reanchor(db: Database, case_id: str, text: str, body_start: int = 0) -> list[Annotation]:
    """Re-anchor every annotation of the case against `text`; store status and position.

    Only annotations whose status or position changed are written (one transaction), so
    opening an unchanged case writes nothing, and works on a read-only database.
    `body_start` is where the body starts in `text` (render.body_start): notes made before
    the summary joined the text are moved by it first (see `upgrade_legacy`).
    """
    upgrade_legacy(db, case_id, text, body_start)
    out: list[Annotation] = []
    changed: list[Annotation] = []
    for a in list_annotations(db, case_id):
        hint = a.current_start if a.current_start is not None else a.start
        found = anchoring.anchor(text, a.selector(), hint=hint)
        current: tuple[str | None, int | None, int | None] = (None, None, None)
        if found.status in (anchoring.MOVED, anchoring.CHANGED):
            current = (found.quote, found.start, found.end)
        before = (a.status, a.current_quote, a.current_start, a.current_end)
        if before != (found.status, *current):
            a.status = found.status
            a.current_quote, a.current_start, a.current_end = current
            changed.append(a)
        out.append(a)
    if changed:
        with write(db):
            for a in changed:
                # `updated` is the note's time; a new status is not an edit by the user.
                db.table("annotations").update(
                    a.id,
                    {
                        "status": a.status,
                        "current_quote": a.current_quote,
                        "current_start": a.current_start,
                        "current_end": a.current_end,
                    },
                )
    return out


def reattach(db: Database, annotation_id: str, text: str, start: int, end: int) -> Annotation:
    """Attach the annotation to a newly selected passage (an orphan, or a changed one)."""
    try:
        sel = anchoring.make_selector(text, start, end)
    except ValueError as e:
        raise StoreError("store.invalid_selection", error=e) from e
    with write(db):
        get(db, annotation_id)
        db.table("annotations").update(
            annotation_id,
            {
                "quote": sel.quote,
                "prefix": sel.prefix,
                "suffix": sel.suffix,
                "start": sel.start,
                "end": sel.end,
                "unique_quote": int(bool(sel.unique)),
                "status": anchoring.ANCHORED,
                "current_quote": None,
                "current_start": None,
                "current_end": None,
                "updated": now(),
            },
        )
    return get(db, annotation_id)


def note_texts_for_case(db: Database, case_id: str) -> list[str]:
    """Notes and quotes of the case, for the search index (empty notes left out)."""
    texts: list[str] = []
    for a in list_annotations(db, case_id):
        if a.note.strip():
            texts.append(a.note)
        texts.append(a.current_quote or a.quote)
    return texts
