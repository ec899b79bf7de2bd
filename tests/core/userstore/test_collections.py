"""Collections (ordered, a case in many) and saved searches."""

from __future__ import annotations

import pytest

from hyvatkaytannot.core.userstore import NotFound, StoreError, UserStore


def test_create_add_move_remove(store: UserStore) -> None:
    c = store.create_collection("Koulutus", "Kouluttajan järjestys", ["a", "b"])
    assert c.case_ids == ["a", "b"]
    assert store.add_to_collection(c.id, ["c", "a"]).case_ids == ["a", "b", "c"]
    assert store.add_to_collection(c.id, "d", position=0).case_ids == ["d", "a", "b", "c"]
    assert store.move_in_collection(c.id, "c", 1).case_ids == ["d", "c", "a", "b"]
    assert store.move_in_collection(c.id, "d", 99).case_ids == ["c", "a", "b", "d"]
    assert store.remove_from_collection(c.id, ["a"]).case_ids == ["c", "b", "d"]
    assert store.reorder_collection(c.id, ["d", "b", "c"]).case_ids == ["d", "b", "c"]
    assert store.collection_items(c.id) == ["d", "b", "c"]
    with pytest.raises(StoreError):
        store.reorder_collection(c.id, ["d", "b"])
    with pytest.raises(NotFound):
        store.remove_from_collection(c.id, ["zz"])


def test_case_in_many_collections_and_delete(store: UserStore) -> None:
    a = store.create_collection("Eka", case_ids=["x"])
    b = store.create_collection("Toka", case_ids=["x", "y"])
    assert sorted(store.collections_with_case("x")) == sorted([a.id, b.id])
    store.delete_collection(a.id)
    assert [c.title for c in store.collections()] == ["Toka"]
    assert store.collections_with_case("x") == [b.id]
    # Items went with the collection (foreign key cascade).
    assert store.db.execute("SELECT COUNT(*) FROM collection_items").fetchone()[0] == 2


def test_rename_describe_and_find_by_title(store: UserStore) -> None:
    c = store.create_collection("Koulutus")
    store.rename_collection(c.id, "Kevään koulutus")
    store.describe_collection(c.id, "Kuusi tapausta")
    found = store.collection("Kevään koulutus")
    assert (found.id, found.description) == (c.id, "Kuusi tapausta")
    store.create_collection("Kevään koulutus")
    with pytest.raises(StoreError):
        store.collection("Kevään koulutus")
    with pytest.raises(StoreError):
        store.create_collection("  ")


def test_saved_searches(store: UserStore) -> None:
    s = store.save_search("Lapin kirjastot", "kirjasto", {"maakunta": ["Lappi"]})
    assert store.saved_search("lapin kirjastot") == s
    t = store.save_search("LAPIN kirjastot", "kirjasto OR museo", {})
    assert t.id == s.id and t.query == "kirjasto OR museo" and t.filters == {}
    store.save_search("Muu", "x")
    assert [x.name for x in store.saved_searches()] == ["LAPIN kirjastot", "Muu"]
    store.delete_saved_search("muu")
    assert len(store.saved_searches()) == 1
    with pytest.raises(NotFound):
        store.delete_saved_search("muu")
