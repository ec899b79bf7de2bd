"""Tags: hierarchy, rename, merge with preview, delete, bulk tag/untag, counts."""

from __future__ import annotations

import pytest

from hyvatkaytannot.core.userstore import NotFound, StoreError, UserStore


def test_tag_creates_hierarchy_and_paths(store: UserStore) -> None:
    assert store.tag(["a", "b"], ["teema/alateema", "Kestävyys"]) == 4
    assert store.tags_for_case("a") == ["Kestävyys", "teema/alateema"]
    assert store.tag_counts() == {"Kestävyys": 2, "teema": 0, "teema/alateema": 2}
    # Parent includes its children's cases by default.
    assert store.cases_with_tag("teema") == ["a", "b"]
    assert store.cases_with_tag("teema", include_children=False) == []


def test_names_are_case_insensitive_and_trimmed(store: UserStore) -> None:
    store.tag("a", "Kestävyys")
    store.tag("b", "  KESTÄVYYS ")
    assert store.tag_counts() == {"Kestävyys": 2}
    assert store.tag("a", "kestävyys") == 0  # already there


def test_single_string_is_one_id_not_characters(store: UserStore) -> None:
    store.tag("case-1", "x")
    assert store.cases_with_tag("x") == ["case-1"]


def test_bad_names_are_refused(store: UserStore) -> None:
    with pytest.raises(StoreError):
        store.tag("a", "  ")
    with pytest.raises(StoreError):
        store.tag("a", "teema//ala")
    with pytest.raises(StoreError):
        store.create_tag("x", colour="punainen")


def test_create_and_colour(store: UserStore) -> None:
    tag = store.create_tag("teema/alateema", colour="#aa0000")
    assert (tag.path, tag.colour, tag.count) == ("teema/alateema", "#aa0000", 0)
    with pytest.raises(StoreError):
        store.create_tag("Teema/Alateema")
    store.set_tag_colour("teema/alateema", None)
    assert [t.colour for t in store.tags()] == [None, None]


def test_rename_moves_children_and_keeps_links(store: UserStore) -> None:
    store.tag(["a"], ["teema/alateema"])
    store.rename_tag("teema", "aihe")
    assert store.tags_for_case("a") == ["aihe/alateema"]
    store.rename_tag("aihe/alateema", "muu/uusi")
    assert store.tags_for_case("a") == ["muu/uusi"]
    assert store.set_tag_parent("muu/uusi", None).path == "uusi"


def test_rename_refuses_existing_target_and_cycles(store: UserStore) -> None:
    store.tag("a", ["x", "y", "x/ala"])
    with pytest.raises(StoreError, match="merge"):
        store.rename_tag("x", "y")
    with pytest.raises(StoreError):
        store.rename_tag("x", "x/ala/alempi")
    with pytest.raises(NotFound):
        store.rename_tag("puuttuu", "z")


def test_merge_preview_counts_then_merge(store: UserStore) -> None:
    store.tag(["a", "b"], ["kestävyys"])
    store.tag(["b", "c"], ["ympäristö"])
    store.tag(["d"], ["vihreä"])
    preview = store.merge_preview(["kestävyys", "vihreä"], "ympäristö")
    assert preview.cases_changed == 3  # a, b, d lose a tag
    assert preview.cases_gaining == 2  # a and d gain ympäristö; b has it
    assert sorted(preview.tags_removed) == ["kestävyys", "vihreä"]
    # A preview changes nothing.
    assert store.tag_counts()["kestävyys"] == 2
    result = store.merge_tags(["kestävyys", "vihreä"], "ympäristö")
    assert result == preview
    assert store.tag_counts() == {"ympäristö": 4}
    assert store.cases_with_tag("ympäristö") == ["a", "b", "c", "d"]


def test_merge_moves_children_and_merges_same_named(store: UserStore) -> None:
    store.tag("a", ["vanha/lapset", "vanha/nuoret"])
    store.tag("b", ["uusi/lapset"])
    store.merge_tags("vanha", "uusi")
    assert store.tag_counts() == {"uusi": 0, "uusi/lapset": 2, "uusi/nuoret": 1}


def test_merge_into_new_tag_and_refuses_own_child(store: UserStore) -> None:
    store.tag("a", ["x/y"])
    with pytest.raises(StoreError):
        store.merge_tags("x", "x/y")
    store.merge_tags("x/y", "z")
    assert store.tags_for_case("a") == ["z"]


def test_delete_takes_subtree_and_reports_cases(store: UserStore) -> None:
    store.tag(["a"], ["teema/ala"])
    store.tag(["b"], ["teema"])
    store.tag(["c"], ["muu"])
    assert store.delete_tag("teema") == 2
    assert store.tag_counts() == {"muu": 1}
    assert store.tags_for_case("a") == []


def test_bulk_untag(store: UserStore) -> None:
    store.tag(["a", "b", "c"], ["x", "y"])
    assert store.untag(["a", "b"], ["x"]) == 2
    assert store.tag_counts() == {"x": 1, "y": 3}
    with pytest.raises(NotFound):
        store.untag("a", "puuttuu")
