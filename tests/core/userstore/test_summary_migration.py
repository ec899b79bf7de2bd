"""Migration 0005: the summary joined the text notes anchor to. A data dir made with the
version before (data/before-summary, see its README) keeps every note where it was:
"anchored" at the same words, none "moved", and the summary itself can now be annotated."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from hyvatkaytannot.cli import main
from hyvatkaytannot.core import KnowledgeBase
from hyvatkaytannot.core.render import body_start, plain_text

FIXTURE = Path(__file__).parent / "data" / "before-summary"
OLD = {  # quote -> (case, start, end) as the old version stored them
    "Lähtökohdat": ("kuopio-etaopetus", 0, 11),
    "Kunta päätti kokeilla etäopetusta": ("kuopio-etaopetus", 57, 90),
    "valinnaisaineita": ("kuopio-etaopetus", 139, 155),
    "kahdesti viikossa": ("salla-kyyti", 76, 93),
}


@pytest.fixture
def old_data(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURE / "lib", tmp_path / "lib")
    (tmp_path / "data").mkdir()
    shutil.copy2(FIXTURE / "user.db", tmp_path / "data" / "user.db")
    return tmp_path


def _run(base: Path, *args: str) -> Result:
    opts = ["--data-dir", str(base / "data"), "--no-bundled", "--library", str(base / "lib")]
    result = CliRunner().invoke(main, [*opts, *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_old_notes_stay_anchored_at_the_same_words(old_data: Path) -> None:
    notes = json.loads(_run(old_data, "annotations", "--json").stdout)
    assert sorted(a["quote"] for a in notes) == sorted(OLD)
    with KnowledgeBase.open(old_data / "data", [old_data / "lib"], include_bundled=False) as kb:
        for a in notes:
            case = kb.get_case(a["case_id"])
            text = plain_text(case)
            case_id, start, end = OLD[a["quote"]]
            assert a["status"] == "anchored", a
            assert (a["start"], a["end"]) == (start + body_start(case), end + body_start(case))
            assert text[a["start"] : a["end"]] == a["quote"]
            assert a["current_start"] is None
        kuopio = kb.get_case("kuopio-etaopetus")
        assert body_start(kuopio) > 0 and body_start(kb.get_case("salla-kyyti")) == 0
        # The note at the very start now has the summary as its prefix.
        first = next(a for a in notes if a["quote"] == "Lähtökohdat")
        assert first["prefix"].endswith("lähiopetuksen pienillä kouluilla.\n")
        legacy = kb.store.db.execute("SELECT COUNT(*) FROM legacy_body_anchors").fetchone()[0]
        assert legacy == 0
    # Twice is the same as once: nothing moves again.
    again = json.loads(_run(old_data, "annotations", "--json").stdout)
    assert sorted((a["id"], a["start"]) for a in again) == sorted(
        (a["id"], a["start"]) for a in notes
    )


def test_the_summary_can_be_annotated(old_data: Path) -> None:
    _run(
        old_data, "annotate", "kuopio-etaopetus", "--quote", "säilytti lähiopetuksen", "--note", "x"
    )
    notes = json.loads(_run(old_data, "annotations", "kuopio-etaopetus", "--json").stdout)
    new = next(a for a in notes if a["quote"] == "säilytti lähiopetuksen")
    assert new["status"] == "anchored" and new["start"] < 100


def test_an_edited_case_is_judged_after_the_move(old_data: Path) -> None:
    """A case edited since the note was made: the shift comes first, then the usual
    re-anchoring says "moved" or "changed" against the new text."""
    path = old_data / "lib" / "kuopio-etaopetus.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "päätti kokeilla", "päätti syksyllä 2024 kokeilla"
        ),
        encoding="utf-8",
    )
    notes = json.loads(_run(old_data, "annotations", "--json").stdout)
    status = {a["quote"]: a["status"] for a in notes}
    assert status["Kunta päätti kokeilla etäopetusta"] == "changed"
    assert status["Lähtökohdat"] == "anchored"
    assert status["valinnaisaineita"] == "moved"


def test_highlight_colours_are_kept_and_checked(old_data: Path) -> None:
    """Migration 0006: old notes have the default colour; a colour is stored and read back."""
    with KnowledgeBase.open(old_data / "data", [old_data / "lib"], include_bundled=False) as kb:
        notes = kb.store.annotations("kuopio-etaopetus")
        assert notes and all(a.colour is None for a in notes)
        op = kb.set_note_colour(notes[0].id, "green")
        assert op.value.colour == "green"
        assert kb.store.annotation(notes[0].id).colour == "green"
        assert op.value.unique_quote is notes[0].unique_quote or op.value.unique_quote == (
            notes[0].unique_quote
        )
        with pytest.raises(ValueError):
            kb.set_note_colour(notes[0].id, "violetti")
        assert kb.set_note_colour(notes[0].id, None).value.colour is None
