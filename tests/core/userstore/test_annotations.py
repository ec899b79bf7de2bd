"""Annotations through the store: create, statuses stored by re-anchoring, orphans kept and
re-attached, notes edited, and the texts the search index gets."""

from __future__ import annotations

import pytest

from hyvatkaytannot.core.userstore import (
    ANCHORED,
    CHANGED,
    MOVED,
    ORPHAN,
    NotFound,
    StoreError,
    UserStore,
)

TEXT = (
    "Lähtökohdat\n"
    "Oriveden kaupungissa päätettiin vuonna 2018, että kehittämistoiminnot kootaan yhteen.\n"
    "Toteutus\n"
    "Kirjasto avattiin uudelleen ja nuoret palasivat keskustaan iltaisin.\n"
    "Tulokset\n"
    "Elinvoimaohjelma hyväksyttiin valtuustossa yksimielisesti syksyllä.\n"
)
QUOTE = "Kirjasto avattiin uudelleen"


def test_add_takes_quote_and_context_from_text(store: UserStore) -> None:
    start = TEXT.index(QUOTE)
    a = store.add_annotation("orivesi", TEXT, start, start + len(QUOTE), "Hyvä **idea**")
    assert (a.quote, a.start, a.end, a.status) == (QUOTE, start, start + len(QUOTE), ANCHORED)
    assert TEXT[start + len(QUOTE) :].startswith(a.suffix) and a.suffix
    assert TEXT[start - len(a.prefix) : start] == a.prefix
    assert store.annotations("orivesi") == [a]
    assert store.annotation(a.id) == a


def test_bad_selection_is_refused(store: UserStore) -> None:
    with pytest.raises(StoreError):
        store.add_annotation("x", TEXT, 10, 5, "")
    with pytest.raises(StoreError):
        store.add_annotation("x", TEXT, 0, len(TEXT) + 1, "")


def test_annotate_quote_must_be_unique(store: UserStore) -> None:
    a = store.annotate_quote("c", TEXT, QUOTE, "n")
    assert a.start == TEXT.index(QUOTE)
    with pytest.raises(StoreError, match="3 times"):
        store.annotate_quote("c", TEXT, "ttiin", "n")  # päätettiin, avattiin, hyväksyttiin
    with pytest.raises(StoreError, match="does not occur"):
        store.annotate_quote("c", TEXT, "ei ole tekstissä", "n")
    assert len(store.annotations()) == 1


def test_reanchor_stores_status_and_current_position(store: UserStore) -> None:
    a = store.annotate_quote("c", TEXT, QUOTE, "muistiinpano")
    moved_text = "Uusi alku.\n" + TEXT
    [r] = store.reanchor("c", moved_text)
    assert (r.status, r.current_start) == (MOVED, a.start + 11)
    assert store.annotation(a.id).status == MOVED
    changed = moved_text.replace("avattiin uudelleen", "avattiin uudellen")
    [r] = store.reanchor("c", changed)
    assert r.status == CHANGED and r.current_quote == "Kirjasto avattiin uudellen"
    assert r.quote == QUOTE  # the old text stays, to show both
    [r] = store.reanchor("c", TEXT)
    assert (r.status, r.current_start, r.span) == (ANCHORED, None, (a.start, a.end))


def test_orphan_keeps_its_note_and_can_be_reattached(store: UserStore) -> None:
    a = store.annotate_quote("c", TEXT, QUOTE, "tärkeä havainto")
    gone = TEXT.replace("Kirjasto avattiin uudelleen ja nuoret palasivat", "Muuta tapahtui")
    [r] = store.reanchor("c", gone)
    assert (r.status, r.span) == (ORPHAN, None)
    kept = store.annotations("c")
    assert [k.note for k in kept] == ["tärkeä havainto"]
    start = gone.index("Muuta tapahtui")
    b = store.reattach(a.id, gone, start, start + 14)
    assert (b.status, b.quote, b.note) == (ANCHORED, "Muuta tapahtui", "tärkeä havainto")
    assert store.reanchor("c", gone)[0].status == ANCHORED


def test_update_and_delete(store: UserStore) -> None:
    a = store.annotate_quote("c", TEXT, QUOTE, "vanha")
    b = store.update_note(a.id, "uusi teksti")
    assert b.note == "uusi teksti" and b.updated >= a.updated
    store.delete_annotation(a.id)
    assert store.annotations() == []
    with pytest.raises(NotFound):
        store.update_note(a.id, "x")


def test_note_texts_for_case_feed_the_index(store: UserStore) -> None:
    store.annotate_quote("c", TEXT, QUOTE, "lumiukko ja lapset")
    store.annotate_quote("c", TEXT, "Elinvoimaohjelma", "")
    store.annotate_quote("d", TEXT, "Toteutus", "muu")
    # Notes and quotes, in text order; an empty note adds only its quote.
    assert store.note_texts_for_case("c") == ["lumiukko ja lapset", QUOTE, "Elinvoimaohjelma"]
    assert store.note_texts_for_case("nothing") == []


def test_annotations_survive_case_file_moves_by_id(db_path, backups_dir) -> None:  # type: ignore[no-untyped-def]
    with UserStore.open(db_path, backups_dir) as s:
        s.annotate_quote("orivesi-elinvoima", TEXT, QUOTE, "n")
    with UserStore.open(db_path, backups_dir) as s:
        assert [a.case_id for a in s.annotations()] == ["orivesi-elinvoima"]
