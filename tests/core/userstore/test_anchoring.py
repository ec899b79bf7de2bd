"""Re-anchoring (pure functions): edits before, inside and after the quote, duplicates,
CRLF, NFD, emoji, orphans, and a hypothesis property of random edits outside the quote."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from hyvatkaytannot.core.userstore.anchoring import (
    ANCHORED,
    CHANGED,
    MOVED,
    ORPHAN,
    _context,
    anchor,
    find_all,
    make_selector,
)

TEXT = (
    "Alussa oli kunta. Kunnan elinvoima kasvoi, kun kirjasto avattiin uudelleen ja nuoret "
    "palasivat keskustaan. Lopuksi kaikki olivat tyytyväisiä ja valtuusto kiitti."
)
QUOTE = "kirjasto avattiin uudelleen"


def _sel(text: str = TEXT, quote: str = QUOTE, occurrence: int = 0):  # type: ignore[no-untyped-def]
    start, end = find_all(text, quote)[occurrence]
    return make_selector(text, start, end)


def test_selector_takes_quote_prefix_suffix() -> None:
    sel = _sel()
    assert sel.quote == QUOTE
    assert TEXT[sel.start - len(sel.prefix) : sel.start] == sel.prefix
    assert sel.suffix.startswith(" ja nuoret")
    assert len(sel.prefix) == 40 and sel.unique


def test_unchanged_text_is_anchored() -> None:
    sel = _sel()
    assert anchor(TEXT, sel) == type(anchor(TEXT, sel))(ANCHORED, sel.start, sel.end, QUOTE)


def test_edit_before_the_quote_moves_it() -> None:
    sel = _sel()
    new = "Uusi johdantolause tähän. " + TEXT.replace("Kunnan", "Koko kunnan")
    a = anchor(new, sel)
    assert a.status == MOVED
    assert new[a.start : a.end] == QUOTE  # type: ignore[index]


def test_edit_right_before_the_quote_is_still_found() -> None:
    sel = _sel()
    new = TEXT.replace("kasvoi, kun kirjasto", "kasvoi merkittävästi heti kun kirjasto")
    a = anchor(new, sel)
    assert a.status == MOVED and new[a.start : a.end] == QUOTE  # type: ignore[index]


def test_edit_after_the_quote_keeps_it_anchored() -> None:
    sel = _sel()
    new = TEXT.replace("ja nuoret palasivat", "ja monet nuoret perheet palasivat") + " Loppu."
    a = anchor(new, sel)
    assert (a.status, a.start, a.end) == (ANCHORED, sel.start, sel.end)


def test_small_edit_inside_the_quote_is_changed_with_old_and_new_text() -> None:
    sel = _sel()
    new = TEXT.replace("avattiin uudelleen", "avattiin uudellen")
    a = anchor(new, sel)
    assert a.status == CHANGED
    assert a.quote == "kirjasto avattiin uudellen" and a.errors == 1
    assert new[a.start : a.end] == a.quote  # type: ignore[index]


def test_edit_inside_and_before_together() -> None:
    sel = _sel()
    new = "Alkuun lisätty kappale.\n\n" + TEXT.replace("kirjasto avattiin", "kirjastot avattiin")
    a = anchor(new, sel)
    assert a.status == CHANGED and a.quote == "kirjastot avattiin uudelleen"


def test_rewritten_quote_is_orphan_not_guessed() -> None:
    sel = _sel()
    new = TEXT.replace(QUOTE, "uimahalli suljettiin pysyvästi")
    assert anchor(new, sel).status == ORPHAN


def test_deleted_passage_is_orphan() -> None:
    sel = _sel()
    assert anchor("Aivan toinen teksti kokonaan.", sel) == anchor("", sel)
    assert anchor("", sel).status == ORPHAN and anchor("", sel).start is None


DUP = (
    "Tavoitteet. Hanke lisäsi yhteistyötä kuntien välillä. Toteutus alkoi keväällä. "
    "Tulokset. Hanke lisäsi yhteistyötä kuntien välillä, ja palaute oli hyvää."
)
DUP_QUOTE = "Hanke lisäsi yhteistyötä kuntien välillä"


def test_duplicated_quote_picks_the_right_occurrence_by_context() -> None:
    sel = _sel(DUP, DUP_QUOTE, occurrence=1)
    assert sel.unique is False
    new = "Johdanto lisättiin. " + DUP
    a = anchor(new, sel)
    assert a.status == MOVED
    assert a.start == find_all(new, DUP_QUOTE)[1][0]
    # The first copy is preferred when it is the one annotated.
    first = _sel(DUP, DUP_QUOTE, occurrence=0)
    assert anchor(new, first).start == find_all(new, DUP_QUOTE)[0][0]


def test_duplicated_quote_does_not_jump_to_the_look_alike() -> None:
    sel = _sel(DUP, DUP_QUOTE, occurrence=1)
    # The annotated (second) paragraph is deleted; only the look-alike remains.
    new = DUP[: DUP.index("Tulokset.")] + "Tulokset jäivät vähäisiksi."
    assert len(find_all(new, DUP_QUOTE)) == 1
    assert anchor(new, sel).status == ORPHAN


def test_look_alike_at_the_old_offset_does_not_win() -> None:
    text = "aa kunta bb. " + "x" * 30 + " Tässä kunta on tärkeä asia meille kaikille."
    start = text.rindex("kunta")
    sel = make_selector(text, start, start + 5)
    # Shift: a different "kunta" now sits exactly at the stored offset.
    new = text[:start] + "kunta " + text[start:]
    new = new[: start + 6] + new[start + 6 :]
    a = anchor(new, sel)
    assert a.status == MOVED and a.start == start + 6


def test_crlf_text_maps_back_to_the_callers_positions() -> None:
    text = TEXT.replace(". ", ".\n")
    sel = _sel(text)
    crlf = text.replace("\n", "\r\n")
    a = anchor(crlf, sel)
    assert a.status == MOVED  # every line end before it grew by one code point
    assert crlf[a.start : a.end] == QUOTE  # type: ignore[index]
    assert a.start == sel.start + text[: sel.start].count("\n")


def test_nfd_text_is_matched_and_positions_are_nfd() -> None:
    quote = "yhteisöllinen kirjasto jossa kävijät"
    text = "Kesä ja syksy. Hyvä käytäntö: " + quote + " lukevat yhdessä. Loppu."
    sel = _sel(text, quote)
    nfd = unicodedata.normalize("NFD", text)
    a = anchor(nfd, sel)
    assert a.status == MOVED
    assert unicodedata.normalize("NFC", nfd[a.start : a.end]) == quote  # type: ignore[index]
    assert a.start == len(unicodedata.normalize("NFD", text[: sel.start]))


def test_nfd_quote_in_nfc_text() -> None:
    text = unicodedata.normalize("NFD", "Pääosin hyvä tulos. Väestö kasvoi. Loppu.")
    start = text.index("Väestö".replace("ä", "a\u0308").replace("ö", "o\u0308"))
    sel = make_selector(text, start, start + len("Va\u0308esto\u0308"))
    nfc = unicodedata.normalize("NFC", text)
    a = anchor(nfc, sel)
    assert a.status == MOVED and nfc[a.start : a.end] == "Väestö"  # type: ignore[index]


def test_emoji_before_the_quote_shifts_by_code_points() -> None:
    sel = _sel()
    new = "🎉👍🏽 " + TEXT
    a = anchor(new, sel)
    assert a.status == MOVED
    assert a.start == sel.start + 4  # 🎉, 👍, 🏽 and a space: four code points
    assert new[a.start : a.end] == QUOTE  # type: ignore[index]


def test_every_candidate_is_checked_not_just_the_first() -> None:
    # Three copies of a short quote; the annotated one is the last.
    text = "alku: hyvä malli tässä. keski: hyvä malli tuossa. loppu: hyvä malli, sanoi Aino."
    sel = _sel(text, "hyvä malli", occurrence=2)
    new = "ALKUUN. " + text
    a = anchor(new, sel)
    assert a.start == find_all(new, "hyvä malli")[2][0]


# -- property: random edits outside the quote ----------------------------------------------
_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäö .,\n", min_size=0, max_size=12)
_BASE = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäö .,\n", min_size=0, max_size=200)
# Capitals never occur elsewhere, so the quote is unique and no edit can copy it.
_QUOTE = st.text(alphabet="ABCDEFGHÄÖ ", min_size=12, max_size=40).filter(lambda q: q.strip())
_EDIT = st.tuples(st.floats(0, 1), st.integers(0, 12), _WORDS)


def _apply_outside(
    text: str, start: int, end: int, edits: list[tuple[float, int, str]]
) -> tuple[str, int, int]:
    for where, delete, insert in edits:
        before = where < 0.5
        lo, hi = (0, start) if before else (end, len(text))
        pos = lo + int((hi - lo) * (where * 2 % 1))
        cut = min(delete, hi - pos)
        text = text[:pos] + insert + text[pos + cut :]
        if before:
            start += len(insert) - cut
            end += len(insert) - cut
    return text, start, end


@settings(max_examples=150, deadline=None)
@given(_BASE, _QUOTE, _BASE, st.lists(_EDIT, min_size=1, max_size=6))
def test_random_edits_outside_the_quote_keep_it(
    before: str, quote: str, after: str, edits: list[tuple[float, int, str]]
) -> None:
    text = before + quote + after
    sel = make_selector(text, len(before), len(before) + len(quote))
    new, start, end = _apply_outside(text, sel.start, sel.end, edits)
    a = anchor(new, sel)
    assert a.status in (ANCHORED, MOVED)
    assert (a.start, a.end) == (start, end)
    assert a.status == (ANCHORED if (start, end) == (sel.start, sel.end) else MOVED)


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet="ab .", min_size=0, max_size=80),
    st.text(alphabet="ab", min_size=1, max_size=4),
    st.text(alphabet="ab .", min_size=0, max_size=80),
    st.lists(
        st.tuples(st.floats(0, 1), st.integers(0, 12), st.text("ab .", max_size=8)), max_size=6
    ),
)
def test_short_ambiguous_quotes_are_right_or_orphan_never_elsewhere(
    before: str, quote: str, after: str, edits: list[tuple[float, int, str]]
) -> None:
    text = before + quote + after
    sel = make_selector(text, len(before), len(before) + len(quote))
    new, start, end = _apply_outside(text, sel.start, sel.end, edits)
    a = anchor(new, sel)
    assert a.status != CHANGED  # too short for a fuzzy match
    if a.status == ORPHAN or (a.start, a.end) == (start, end):
        return
    # Elsewhere only where the stored context fits at least as well as at the real spot.
    assert a.start is not None and a.end is not None
    found = _context(new, a.start, a.end, sel.prefix, sel.suffix)[0]
    real = _context(new, start, end, sel.prefix, sel.suffix)[0]
    assert found >= real - 0.01


def test_edited_passage_in_place_beats_an_exact_copy_pasted_elsewhere() -> None:
    sel = _sel()
    edited = TEXT.replace("kirjasto avattiin uudelleen", "kirjasto avattiin uudellen")
    new = edited + " Muistio: kirjasto avattiin uudelleen."
    a = anchor(new, sel)
    assert a.status == CHANGED and a.start == sel.start


ETA = (
    "Koulujen verkko harveni ja matkat pitenivät. Kunta päätti kokeilla etäopetusta "
    "kolmessa kyläkoulussa, ja opettajat saivat koulutuksen."
)


def test_words_inserted_into_a_short_quote_are_changed_not_orphan() -> None:
    """The reported case: a 33-character quote with 14 characters inserted."""
    start, end = find_all(ETA, "Kunta päätti kokeilla etäopetusta")[0]
    sel = make_selector(ETA, start, end)
    new = ETA.replace("päätti kokeilla", "päätti syksyllä 2024 kokeilla")
    a = anchor(new, sel)
    assert a.status == CHANGED
    assert a.quote == "Kunta päätti syksyllä 2024 kokeilla etäopetusta"
    assert a.errors == len("syksyllä 2024 ")


def test_wide_edits_need_both_sides_of_the_context() -> None:
    """Half-the-quote edits with only one side of the context left: an orphan, no guess."""
    start, end = find_all(ETA, "Kunta päätti kokeilla etäopetusta")[0]
    sel = make_selector(ETA, start, end)
    new = (
        "Koulujen verkko harveni ja matkat pitenivät. Kunta päätti syksyllä 2024 kokeilla "
        "jotain aivan muuta."
    )
    assert anchor(new, sel).status == ORPHAN


def test_rewritten_quote_in_the_same_context_stays_orphan() -> None:
    start, end = find_all(ETA, "Kunta päätti kokeilla etäopetusta")[0]
    sel = make_selector(ETA, start, end)
    new = ETA.replace("Kunta päätti kokeilla etäopetusta", "Valtuusto hylkäsi esityksen")
    assert anchor(new, sel).status == ORPHAN
