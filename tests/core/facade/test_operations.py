"""The facade's write operations: each writes, re-indexes what changed and says so."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from hyvatkaytannot.core import KnowledgeBase
from hyvatkaytannot.core.changes import OpChanges
from hyvatkaytannot.core.render import plain_text
from hyvatkaytannot.core.userstore import NotFound

CASE_ID = "testikunta-kirjasto"
CASE = f"""---
id: {CASE_ID}
title: "Testikunnan kirjasto"
summary: "Kirjasto avattiin uudelleen."
municipalities: [Posio]
regions: [Lappi]
themes: [sivistys]
language: fi
updated: "2026-11-23"
---

## Toteutus

Kirjasto avattiin uudelleen omatoimikirjastona, ja nuoret palasivat keskustaan iltaisin.
"""


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[KnowledgeBase]:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / f"{CASE_ID}.md").write_text(CASE, encoding="utf-8")
    with KnowledgeBase.open(tmp_path / "data", [lib], include_bundled=False) as kb:
        yield kb


@pytest.fixture
def indexed(kb: KnowledgeBase) -> KnowledgeBase:
    kb.sync_index()
    return kb


def _hits(kb: KnowledgeBase, word: str) -> list[str]:
    return [h.id for h in kb.search(word).hits]


def test_tag_reindexes_and_reports_what_changed(indexed: KnowledgeBase) -> None:
    assert _hits(indexed, "revontuli") == []
    op = indexed.tag(CASE_ID, "revontuli")
    assert op.value == 1
    assert op.changes.tags and op.changes.cases == {CASE_ID}
    assert op.changes.index == "updated" and op.changes.index_error is None
    assert _hits(indexed, "revontuli") == [CASE_ID]
    op = indexed.untag(CASE_ID, ["revontuli"])
    assert op.value == 1 and op.changes.index == "updated"
    assert _hits(indexed, "revontuli") == []


def test_notes_are_anchored_to_the_rendered_text_and_indexed(indexed: KnowledgeBase) -> None:
    text = plain_text(indexed.cases[CASE_ID])
    start = text.index("omatoimikirjastona")
    op = indexed.annotate(CASE_ID, start, start + len("omatoimikirjastona"), "lumiukko")
    assert op.value.quote == "omatoimikirjastona" and op.changes.annotations
    assert _hits(indexed, "lumiukko") == [CASE_ID]
    edited = indexed.edit_note(op.value.id, "porokaarre")
    assert edited.value.note == "porokaarre" and edited.changes.cases == {CASE_ID}
    assert _hits(indexed, "porokaarre") == [CASE_ID]
    deleted = indexed.delete_note(op.value.id)
    assert deleted.value.id == op.value.id
    assert _hits(indexed, "porokaarre") == []
    with pytest.raises(NotFound):
        indexed.store.annotation(op.value.id)


def test_tag_rename_and_delete_reindex_the_tagged_cases(indexed: KnowledgeBase) -> None:
    indexed.tag(CASE_ID, "kesäteatteri")
    op = indexed.rename_tag("kesäteatteri", "talviteatteri")
    assert op.value.path == "talviteatteri" and op.changes.cases == {CASE_ID}
    assert _hits(indexed, "talviteatteri") == [CASE_ID]
    removed = indexed.delete_tag("talviteatteri")
    assert removed.value == 1 and removed.changes.cases == {CASE_ID}
    assert _hits(indexed, "talviteatteri") == []


def test_without_an_index_the_change_waits_for_the_first_sync(kb: KnowledgeBase) -> None:
    op = kb.tag(CASE_ID, "revontuli")
    assert op.changes.index == "none" and not kb.paths.index_dir.exists()
    kb.sync_index()
    assert _hits(kb, "revontuli") == [CASE_ID]


def test_an_installed_runner_gets_the_index_work(indexed: KnowledgeBase) -> None:
    queued: list[Callable[[], None]] = []
    indexed.run_index_updates_with(queued.append)
    op = indexed.tag(CASE_ID, "revontuli")
    assert op.changes.index == "scheduled" and len(queued) == 1
    assert _hits(indexed, "revontuli") == []  # not yet: the runner has not run it
    queued[0]()
    assert _hits(indexed, "revontuli") == [CASE_ID]


def test_collections_and_saved_searches_say_what_changed(kb: KnowledgeBase) -> None:
    made = kb.add_to_named_collection("Lapin kokeilut", CASE_ID)
    again = kb.add_to_named_collection("lapin KOKEILUT", [CASE_ID])
    assert again.value.id == made.value.id and again.value.case_ids == [CASE_ID]
    assert made.changes == OpChanges(collections=True)
    renamed = kb.rename_collection("Lapin kokeilut", "Lapin parhaat")
    assert renamed.value.title == "Lapin parhaat"
    assert kb.delete_collection(made.value.id).value.title == "Lapin parhaat"
    assert kb.store.collections() == []
    saved = kb.save_search("Lapin haut", "kirjasto", {"region": ["Lappi"]})
    assert saved.changes == OpChanges(saved_searches=True)
    assert kb.store.saved_search("Lapin haut").filters == {"region": ["Lappi"]}


def test_save_new_case_reloads_the_library_and_indexes_it(indexed: KnowledgeBase) -> None:
    text = CASE.replace(CASE_ID, "toinen-kirjasto").replace("omatoimikirjastona", "kuplakirjasto")
    op = indexed.save_new_case(text)
    assert op.value.case_id == "toinen-kirjasto" and op.changes.library
    assert "toinen-kirjasto" in indexed.cases
    assert op.value.path.parent == indexed.paths.user_cases_dir.resolve()
    assert _hits(indexed, "kuplakirjasto") == ["toinen-kirjasto"]
    assert "toinen-kirjasto" in indexed.taken_ids()


def test_lazy_parts_are_created_once_across_threads(kb: KnowledgeBase) -> None:
    seen: list[object] = []
    barrier = threading.Barrier(4)

    def grab() -> None:
        barrier.wait()
        seen.extend([kb.store, kb.index, kb.library])

    threads = [threading.Thread(target=grab) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(x) for x in seen}) == 3
