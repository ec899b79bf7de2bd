"""Keeping the index in step with the library, under the writer lock.

sync():  check the index (stamp + health). Healthy: compare each case's signature with the
         indexed one (two columns, no stored documents read) and write only the difference —
         new, edited, renamed (new id: old id deleted; new path: re-written) and deleted
         cases. Missing, another version, or damaged: build a complete index aside and swap
         it in (store.py); damage is reported as `recovered` so that the user is told.
update() / remove(): one case, one commit. If the index is unusable they raise, and the
         next sync rebuilds it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from whoosh import index as windex

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.search import analysis_bridge as fi
from hyvatkaytannot.core.search import indexer, integrity, store
from hyvatkaytannot.core.search.documents import signature
from hyvatkaytannot.core.search.indexer import (
    CancelFn,
    Cancelled,
    ProgressFn,
    UserLayerFn,
    apply_changes,
    indexed_signatures,
    write_all,
)
from hyvatkaytannot.core.search.locking import WriterLock
from hyvatkaytannot.core.search.results import IndexReport
from hyvatkaytannot.core.search.schema import build_schema

Layer = tuple[list[str], list[str]]


class Syncer:
    def __init__(
        self, index_dir: Path, cache_path: Path | None, stamp: dict[str, str], timeout: float
    ) -> None:
        self.index_dir = index_dir
        self.cache_path = cache_path
        self.stamp = stamp
        self.timeout = timeout
        self.lock_path = index_dir.with_name(index_dir.name + ".lock")

    def _layers(
        self, cases: dict[str, Case], user_layer: UserLayerFn, report: IndexReport
    ) -> dict[str, Layer]:
        out: dict[str, Layer] = {}
        for cid in cases:
            try:
                tags, notes = user_layer(cid)
                out[cid] = (list(tags), list(notes))
            except Exception as e:  # noqa: BLE001 - the case is still indexed without them
                report.problems.append(f"{cid}: tags and notes not indexed: {e}")
                out[cid] = ([], [])
        return out

    def sync(
        self,
        cases: dict[str, Case],
        user_layer: UserLayerFn,
        progress: ProgressFn | None,
        cancel: CancelFn | None,
        rebuild: bool,
        before_swap: Callable[[], None],
    ) -> IndexReport:
        t0 = time.perf_counter()
        report = IndexReport()
        with WriterLock(self.lock_path, self.timeout):
            health = (
                store.Health(False, "requested")
                if rebuild
                else store.check(self.index_dir, self.stamp)
            )
            layers = self._layers(cases, user_layer, report)
            if health.ok:
                try:
                    if not self._incremental(cases, layers, progress, cancel, report):
                        health = store.Health(False, "most cases changed")
                except Cancelled:
                    report.cancelled = True
                except Exception as e:  # noqa: BLE001 - damage found while writing
                    health = store.check(self.index_dir, self.stamp)
                    if health.ok:
                        raise
                    report.problems.append(f"index damaged while updating: {e}")
            if not health.ok:
                self._rebuild(cases, layers, progress, cancel, report, health, before_swap)
        report.total = len(cases) if not report.cancelled else report.total
        report.seconds = time.perf_counter() - t0
        return report

    def _incremental(
        self,
        cases: dict[str, Case],
        layers: dict[str, Layer],
        progress: ProgressFn | None,
        cancel: CancelFn | None,
        report: IndexReport,
    ) -> bool:
        """Write the difference; False (nothing written) when so much changed (a moved
        library folder changes every path) that a full build is the faster way."""
        ix = windex.open_dir(str(self.index_dir))
        try:
            existing = indexed_signatures(ix)
            upserts: list[tuple[Case, Layer]] = []
            for cid, case in cases.items():
                old = existing.get(cid)
                if old is None:
                    report.added += 1
                elif old != signature(case, *layers[cid]):
                    report.updated += 1
                else:
                    report.unchanged += 1
                    continue
                upserts.append((case, layers[cid]))
            deletes = [cid for cid in existing if cid not in cases]
            if len(upserts) >= max(indexer.PARALLEL_MIN, len(cases) // 2):
                report.added = report.updated = report.unchanged = 0
                return False
            report.removed = len(deletes)
            try:
                apply_changes(ix, upserts, deletes, progress, cancel)
            finally:
                # Even a cancelled sync may have committed part of its changes.
                integrity.write_manifest(self.index_dir)
            return True
        finally:
            ix.close()

    def _rebuild(
        self,
        cases: dict[str, Case],
        layers: dict[str, Layer],
        progress: ProgressFn | None,
        cancel: CancelFn | None,
        report: IndexReport,
        health: store.Health,
        before_swap: Callable[[], None],
    ) -> None:
        report.rebuilt = True
        report.rebuilt_reason = (health.reason or "") + (
            f": {health.detail}" if health.detail else ""
        )
        report.recovered = health.reason == "damaged"
        new_dir = store.prepare_aside(self.index_dir)
        try:
            ix = windex.create_in(str(new_dir), build_schema(fi.make_analyzer(self.cache_path)))
            try:
                items = ((cases[cid], layers[cid]) for cid in sorted(cases))
                write_all(ix, new_dir, items, len(cases), progress, cancel, self.cache_path)
            finally:
                ix.close()
            integrity.write_manifest(new_dir)
            store.write_stamp(new_dir, self.stamp)
        except Cancelled:
            store.discard_aside(self.index_dir)
            report.cancelled = True
            return
        except BaseException:
            store.discard_aside(self.index_dir)
            raise
        before_swap()
        store.swap_in(new_dir, self.index_dir)
        report.added = len(cases)

    def _open_for_write(self) -> Any:
        if store.read_stamp(self.index_dir) is None or not windex.exists_in(str(self.index_dir)):
            raise FileNotFoundError(f"no search index in {self.index_dir}: run a sync first")
        return windex.open_dir(str(self.index_dir))

    def update(self, case: Case, user_layer: UserLayerFn) -> None:
        tags, notes = user_layer(case.id)
        with WriterLock(self.lock_path, self.timeout):
            ix = self._open_for_write()
            try:
                apply_changes(ix, [(case, (list(tags), list(notes)))], [])
            finally:
                ix.close()
                integrity.write_manifest(self.index_dir)

    def remove(self, case_id: str) -> None:
        with WriterLock(self.lock_path, self.timeout):
            ix = self._open_for_write()
            try:
                apply_changes(ix, [], [case_id])
            finally:
                ix.close()
                integrity.write_manifest(self.index_dir)
