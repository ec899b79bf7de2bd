"""Both Voikko backends give the same keys; the pyvoikko path needs no native library."""

from __future__ import annotations

import importlib.util

import pytest

from hyvatkaytannot.core.analysis import backend, fst
from hyvatkaytannot.core.analysis.keys import analyse_word

WORDS = [
    "kuntien",
    "elinvoimapalvelujen",
    "Orivedellä",
    "kehittämisen",
    "sote-palveluiden",
    "EU:n",
    "annettava",
    "hyvinvoinnin",
    "biletyspaikkoja",
]


def _stem(word: str) -> str:
    return "~" + word


def test_pyvoikko_backend_analyses() -> None:
    name, lookup = backend._pyvoikko()
    assert name == "pyvoikko"
    assert lookup("kunnassa") == ["[Ln][Xp]kunta[X]kunna[Sine][Ny]ssa"]
    assert lookup("qqqq") == []
    assert lookup("\u2603") == []  # no symbol in the transducer: unknown, not an error


def test_morphology_loads_lazily(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(backend.ENV_BACKEND, "pyvoikko")
    m = backend.Morphology()
    assert m.backend == ""
    assert m.analyse("kuntien")
    assert m.backend == "pyvoikko"


@pytest.mark.skipif(
    importlib.util.find_spec("libvoikko") is None or backend._native() is None,
    reason="native libvoikko with a Finnish dictionary not installed",
)
def test_native_and_pyvoikko_give_the_same_keys() -> None:
    native = backend._native()
    assert native is not None
    _name, py_lookup = backend._pyvoikko()
    for word in WORDS:
        w = word.lower()
        assert analyse_word(w, native[1], _stem) == analyse_word(w, py_lookup, _stem), word


def test_fst_parser_builds_lemmas() -> None:
    reading = fst.parse(
        "[Ln][Xp]elin[X]elin[Sn][Ny][Bh][Bc][Ln][Xp]voima[X]voim[Sn][Ny]a[Bh][Bc]"
        "[Lt][Xp]palvella[X]palvel[Ln][Xj]u[X]u[Sg][Nm]jen"
    )
    assert reading is not None
    assert reading.lemma == "elinvoimapalvelu"
    assert [p.lemma for p in reading.parts] == ["elin", "voima", "palvelu"]
    minen = fst.parse("[Lt][Xp]kehittää[X]kehittä[Tn4]mi[Sg][Ny]sen")
    assert minen is not None and minen.lemma == "kehittäminen"
    place = fst.parse("[Lep][Xp]Ori=vesi[X]ori[Bm]vede[Sade][Ny]llä")
    assert place is not None and place.is_name and place.lemma == "orivesi"
    assert len(place.parts) == 1


def test_preload_from_a_worker_thread() -> None:
    import threading

    from hyvatkaytannot.core.analysis import preload, query_keys

    worker = threading.Thread(target=preload)
    worker.start()
    worker.join()
    assert backend.morphology().backend in ("native", "pyvoikko")
    assert query_keys("kunnassa") == ["kunta"]


def test_importing_the_package_loads_nothing() -> None:
    import subprocess
    import sys

    code = (
        "import sys, hyvatkaytannot.core.analysis as a;"
        "a.finnish_analyzer();"
        "print('pyvoikko' in sys.modules, 'libvoikko' in sys.modules,"
        " a.backend.morphology().backend == '')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False", "True"]
