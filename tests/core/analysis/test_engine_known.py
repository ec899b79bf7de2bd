"""Whether Finnish knows a word is remembered with the keys (a one-shot CLI search of a
word seen before never loads the transducer)."""

from __future__ import annotations

from pathlib import Path

from hyvatkaytannot.core.analysis.engine import Engine


def test_known_is_answered_from_the_cache_file(tmp_path: Path) -> None:
    path = tmp_path / "analysis-cache.sqlite"
    first = Engine(path)
    assert first.known("Kylissä")
    assert not first.known("livskraftsmätarna")
    first.close()

    second = Engine(path)
    assert second.known("kylissä")
    assert not second.known("livskraftsmätarna")
    assert second._lookup.cache_info().misses == 0  # no Voikko lookup: both from the file
    # The flags are not words: a word's keys are unaffected.
    assert second.keys("kylissä")[1] == ("kylä",)
    second.close()
