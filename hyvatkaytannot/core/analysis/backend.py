"""The Voikko morphology: native libvoikko when present, pyvoikko otherwise.

Design decisions:
- Both backends are asked for the raw FST output only (see fst.py), so they give the
  same keys; native libvoikko is ~5× faster, pyvoikko (pure Python on kfst-rs) ships.
- Nothing is loaded at import time: `Morphology.load()` runs on the first analysis or an
  explicit `preload()` (the GUI calls it from a worker thread). Importing pyvoikko itself
  reads its 20 MB transducer, so even that import is deferred.
- One lock guards the handle: a native Voikko handle must not be used by two threads at
  once, and the lock costs nothing next to an analysis.
- `HYVATKAYTANNOT_VOIKKO=pyvoikko|native` forces a backend (tests, benchmarks).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)

ENV_BACKEND = "HYVATKAYTANNOT_VOIKKO"

Lookup = Callable[[str], list[str]]


def _native() -> tuple[str, Lookup] | None:
    try:
        import libvoikko  # type: ignore[import-not-found,unused-ignore]

        handle = libvoikko.Voikko("fi")
    except Exception as exc:  # noqa: BLE001 - any failure means "not usable"
        log.debug("native libvoikko unavailable: %s", exc)
        return None

    def lookup(word: str) -> list[str]:
        return [a["FSTOUTPUT"] for a in handle.analyze(word) if "FSTOUTPUT" in a]

    # A dictionary without FST output (old libvoikko/malaga) cannot give compound parts.
    if not lookup("kunnassa"):
        handle.terminate()
        return None
    return "native", lookup


def _pyvoikko() -> tuple[str, Lookup]:
    import pyvoikko

    fst = pyvoikko.VOIKKO_FST
    tokenization_error: type[Exception] = pyvoikko.TokenizationException

    def lookup(word: str) -> list[str]:
        try:
            return [out for out, _weight in fst.lookup(word)]
        except tokenization_error:
            # A character the transducer has no symbol for: an unknown word.
            return []

    return "pyvoikko", lookup


class Morphology:
    """Thread-safe, lazily loaded access to Voikko's FST analyses."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._lookup: Lookup | None = None
        self.backend = ""

    def load(self) -> None:
        with self._lock:
            if self._lookup is not None:
                return
            wanted = os.environ.get(ENV_BACKEND, "")
            found = None if wanted == "pyvoikko" else _native()
            if found is None and wanted == "native":
                raise RuntimeError("native libvoikko with a Finnish dictionary is not available")
            self.backend, self._lookup = found or _pyvoikko()
            log.info("Finnish morphology: %s", self.backend)

    def analyse(self, word: str) -> list[str]:
        """The FST analysis strings of a lowercase word (empty when Voikko does not know it)."""
        if self._lookup is None:
            self.load()
        assert self._lookup is not None
        with self._lock:
            return self._lookup(word)


_MORPHOLOGY = Morphology()


def morphology() -> Morphology:
    """The process-wide morphology (one transducer in memory however many analyzers)."""
    return _MORPHOLOGY
