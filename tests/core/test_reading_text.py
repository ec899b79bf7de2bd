"""core/reading_text.py: large tables shown as a preview, the anchor text unchanged.

The anchor text must stay exactly `render.plain_text(case)` (notes already stored anchor to
it) and `to_plain` must map every shown character to the same character of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from hyvatkaytannot.core import KnowledgeBase, render
from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.reading_text import LINK_SCHEME, reading_text


def table(rows: int, cols: int = 4, tag: str = "s", align: bool = False) -> str:
    head = "| " + " | ".join(f"h{c}" for c in range(cols)) + " |\n|"
    head += ("--:|" if align else "---|") * cols
    body = "\n".join(
        "| " + " | ".join(f"{tag}{r}x{c}" for c in range(cols)) + " |" for r in range(rows)
    )
    return head + "\n" + body + "\n"


def case_of(body: str, summary: str = "Tiivistelmä.") -> Case:
    meta = {"summary": summary} if summary else {}
    return Case(id="c", title="C", path=Path("/nowhere/c.md"), meta=meta, body=body)


BODIES = {
    "one large table": "## Alku\n\nTeksti.\n\n" + table(60) + "\nLoppu.\n",
    "table first and last": table(60) + "\nVälissä *teksti*.\n\n" + table(70, tag="t"),
    "two tables touching": table(60) + "\n" + table(3, tag="p") + "\n" + table(80, tag="q"),
    "empty and inline cells": (
        "| a | b |\n|---|---|\n"
        + "".join(f"| **x{r}** |  |\n" if r % 3 else f"|  | y{r} |\n" for r in range(90))
        + "\n> Lainaus lopussa."
    ),
    "aligned cells": "Ennen.\n\n" + table(60, align=True),
    "entities, breaks and spaces in cells": (
        "| a | b |\n|---|---|\n"
        + "".join(
            f"| A &amp; B {r} | x<br>y   z |\n" if r % 2 else f"| p  {r} | q |\n" for r in range(90)
        )
    ),
    "raw html nested table": (
        "<table><tr><td>ulko<table><tr><td>sisä</td></tr></table></td></tr>"
        + "".join(f"<tr><td>r{r}</td><td>v{r}</td></tr>" for r in range(80))
        + "</table>\n\nLoppu."
    ),
}


@pytest.mark.parametrize("name", list(BODIES))
@pytest.mark.parametrize("summary", ["Tiivistelmä.", ""])
def test_anchor_text_is_plain_text_and_every_shown_character_maps(name: str, summary: str) -> None:
    case = case_of(BODIES[name], summary)
    reading = reading_text(case, preview_cells=100)
    assert reading.plain == render.plain_text(case)
    assert reading.tables, "each body has a table over the limit"
    assert reading.to_plain is not None and len(reading.to_plain) == len(reading.shown)
    assert reading.shown == render.html_to_plain_text(reading.html)
    mapped = [p for p in reading.to_plain if p >= 0]
    assert mapped == sorted(mapped) and len(set(mapped)) == len(mapped)
    for ch, p in zip(reading.shown, reading.to_plain, strict=True):
        if p >= 0:
            assert reading.plain[p] == ch
    # The only unmapped text is our link line (and the line breaks around it).
    unmapped = "".join(ch for ch, p in zip(reading.shown, reading.to_plain, strict=True) if p < 0)
    assert unmapped.replace("\n", "") == "".join(
        f"Näytä koko taulukko ({len(t.rows)} riviä)" for t in reading.tables
    )


def test_preview_keeps_the_header_and_first_rows_and_links_to_the_whole() -> None:
    case = case_of("Alku.\n\n" + table(400, cols=20) + "\nLoppu.\n")
    reading = reading_text(case, link_label=lambda r, c: f"Koko: {r} × {c}")
    [full] = reading.tables
    assert (len(full.rows), full.columns, full.shown_rows) == (400, 20, 10)
    assert full.header[:2] == ["h0", "h1"] and full.rows[399][19] == "s399x19"
    # What Qt is given is bounded: the header row and the preview rows.
    assert reading.html.count("<tr") == 1 + full.shown_rows
    assert f'href="{LINK_SCHEME}:0"' in reading.html and "Koko: 400 × 20" in reading.html
    assert "s9x19" in reading.shown and "s10x0" not in reading.shown
    assert reading.shown.endswith("Loppu.") and "s399x0" in reading.plain
    # A hidden row is found from its anchor offset; a shown one is not "hidden".
    hidden = reading.plain.index("s300x5")
    assert reading.table_at(hidden) == (full, 300)
    assert reading.table_at(reading.plain.index("s3x1")) is None
    assert reading.table_at(reading.plain.index("Loppu")) is None


def test_small_tables_and_plain_text_are_shown_as_they_are() -> None:
    case = case_of("Alku.\n\n" + table(19) + "\n" + "Kappale. " * 2000)
    reading = reading_text(case, ["kappale"])
    assert reading.tables == [] and reading.to_plain is None
    assert reading.html == render.reading_html(case, ["kappale"])
    assert reading.shown == reading.plain == render.plain_text(case)


def test_search_terms_are_highlighted_in_the_preview() -> None:
    case = case_of("Kunta.\n\n" + table(60, tag="kunta"), summary="")
    reading = reading_text(case, ["kunta"], preview_cells=100)
    assert '<span class="hit">kunta0x0</span>' in reading.html
    assert reading.shown == render.html_to_plain_text(reading.html)


def test_the_facade_keeps_anchor_text_made_elsewhere_only_for_its_own_case(
    tmp_path: Path,
) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "iso.md").write_text(
        "---\nid: iso\ntitle: Iso\nlanguage: fi\n---\n\nAlku.\n\n" + table(60), encoding="utf-8"
    )
    with KnowledgeBase.open(tmp_path / "data", [lib], include_bundled=False) as kb:
        case = kb.cases["iso"]
        reading = reading_text(case)
        kb.remember_anchor_text(case, "muistettu")
        assert kb.anchor_text("iso") == "muistettu"  # not made again (costs seconds at 600 KB)
        # A copy (the editor's unsaved preview) is not the library's case: not kept.
        copy = Case(id="iso", title="Iso", path=case.path, meta={}, body="Muu.")
        kb.remember_anchor_text(copy, "väärä")
        assert kb.anchor_text("iso") == "muistettu"
        # Edited in place: the kept text no longer holds, it is made again.
        case.body = case.body + "\nLisäys."
        assert kb.anchor_text("iso") == render.plain_text(case) != reading.plain
        note = kb.annotate("iso", 0, 5, "muistiinpano").value
        assert note.quote == "Alku."


def test_cell_texts_for_the_whole_table_view() -> None:
    reading = reading_text(
        case_of(BODIES["entities, breaks and spaces in cells"]), preview_cells=100
    )
    [full] = reading.tables
    assert full.header == ["a", "b"]
    assert full.rows[0] == ["p 0", "q"] and full.rows[1] == ["A & B 1", "x y z"]


def test_the_guis_handout_prints_long_tables_cut_with_a_note() -> None:
    from hyvatkaytannot.core.handout import handout_html

    case = case_of("Alku.\n\n" + table(300) + "\nVälissä.\n\n" + table(5, tag="p") + "\nLoppu.")
    note = "Taulukossa on {} riviä; tässä ensimmäiset {}.".format
    cut = handout_html([case], table_rows=60, note=note)
    assert cut.count("<tr") == 1 + 60 + 1 + 5  # the long one cut, the short one whole
    assert "s59x3" in cut and "s60x0" not in cut and "p4x3" in cut
    assert "<i>Taulukossa on 300 riviä; tässä ensimmäiset 60.</i>" in cut
    assert "Välissä." in cut and "Loppu." in cut
    whole = handout_html([case])  # the CLI's: every row
    assert "s299x3" in whole and "Taulukossa on" not in whole
