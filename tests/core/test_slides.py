"""Presentation slides are generated from a case's fields, in a fixed order, split sanely."""

from __future__ import annotations

from pathlib import Path

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.slides import (
    SLIDE_BUDGET_CHARS,
    paginate,
    slides_for_case,
    slides_for_collection,
    split_blocks,
    table_preview,
)

BODY = """## Lähtökohdat

Pienessä kunnassa kaikki tuntevat toisensa.

## Tavoitteet

- Yhteinen hyöty
- Nopea tiedonkulku

## Toteutus

{toteutus}

## Tulokset

Toimintamallit otettiin käyttöön.

## Opit ja siirrettävyys

Malli sopii muillekin kunnille.

## Lisätietoja

Kysy kunnanjohtajalta.
"""


def make_case(toteutus: str = "Työpajoja pidettiin.") -> Case:
    return Case(
        id="posio-testi",
        title="Yhteistyö Posiolla",
        path=Path("posio-testi.md"),
        meta={},
        body=BODY.format(toteutus=toteutus),
        summary="Posio tekee yhteistyötä.",
        municipalities=["Posio"],
        regions=["Lappi"],
        period_start="2022-03-01",
        period_end="2023-11-30",
        contacts=[{"name": "Päivi Tuppurainen", "role": "vastuuhenkilö", "email": "p@x.fi"}],
        sources=[{"title": "Loppuraportti", "url": "https://example.fi/r", "published": "2024"}],
    )


def test_slides_follow_the_fixed_order_with_finnish_dates() -> None:
    slides = slides_for_case(make_case())
    assert [s.title for s in slides] == [
        "Yhteistyö Posiolla",
        "Lähtökohdat ja tavoitteet",
        "Toteutus",
        "Tulokset ja opit",
        "Yhteystiedot ja lähteet",
    ]
    assert slides[0].subtitle == "Posio · Lappi · 1.3.2022–30.11.2023"
    assert "### Tavoitteet" in slides[1].markdown and "Nopea tiedonkulku" in slides[1].markdown
    contacts = slides[-1].markdown
    assert "Päivi Tuppurainen" in contacts and "https://example.fi/r" in contacts


def test_long_section_splits_at_block_boundaries_without_losing_text() -> None:
    items = [f"- Kohta {i}: " + "sana " * 30 for i in range(12)]
    slides = slides_for_case(make_case("\n".join(items)))
    toteutus = [s for s in slides if s.title == "Toteutus"]
    assert len(toteutus) > 1
    assert all(s.parts == len(toteutus) for s in toteutus)
    joined = "\n".join(s.markdown for s in toteutus)
    for i in range(12):
        assert f"Kohta {i}:" in joined
    # List items stay one list on a page (no blank line between them).
    assert "\n\n- " not in toteutus[0].markdown


def test_paginate_never_ends_a_page_on_a_heading() -> None:
    blocks = ["a" * (SLIDE_BUDGET_CHARS - 10), "### Otsikko", "b" * 100]
    pages = paginate(blocks)
    assert all(not p.rstrip().endswith("Otsikko") for p in pages)
    assert "### Otsikko\n\n" + "b" * 100 in pages[-1]


def test_split_blocks_separates_list_items_and_paragraphs() -> None:
    blocks = split_blocks("Johdanto.\n\n- yksi\n- kaksi\n  jatkuu\n\nLoppu.")
    assert blocks == ["Johdanto.", "- yksi", "- kaksi\n  jatkuu", "Loppu."]


def test_collection_sequence_has_title_slide_and_plural_count() -> None:
    slides = slides_for_collection("Koulutus", "Kolme esimerkkiä.", [make_case(), make_case()])
    assert slides[0].kind == "collection" and slides[0].subtitle == "2 tapausta"
    assert "1. Yhteistyö Posiolla" in slides[0].markdown
    assert sum(1 for s in slides if s.kind == "title") == 2
    one = slides_for_collection("K", "", [make_case()])
    assert one[0].subtitle == "1 tapaus"


def test_end_slide_lists_similar_cases() -> None:
    similar = [("Kotihoidon yöpartio", "Tampere"), ("Kirjastoauto kylille", "")]
    end = slides_for_case(make_case(), similar=similar)[-1]
    assert end.kind == "contacts"
    assert "### Samankaltaisia tapauksia" in end.markdown
    assert "- **Kotihoidon yöpartio** — Tampere" in end.markdown
    assert "- **Kirjastoauto kylille**" in end.markdown
    assert "Samankaltaisia" not in slides_for_case(make_case())[-1].markdown


def test_a_long_table_shows_its_first_rows_on_its_slide() -> None:
    head = "| Kunta | Asukkaita | Vuosi |\n|:--|--:|---|\n"
    rows = "".join(f"| Kunta{r} | {r * 10} | 2024 |\n" for r in range(3000))
    body = f"## Toteutus\n\nEnnen taulukkoa.\n\n{head}{rows}\nTaulukon jälkeen.\n"
    case = Case(id="iso", title="Iso", path=Path("iso.md"), meta={}, body=body)
    text = "\n\n".join(s.markdown for s in slides_for_case(case) if s.kind == "section")
    assert "Kunta7 |" in text and "Kunta8 |" not in text and "Kunta2999" not in text
    assert "| ⋮ | ⋮ | ⋮ |" in text
    assert "Ennen taulukkoa." in text and "Taulukon jälkeen." in text
    # A short table, and text with pipes that is not a table, stay as they are.
    short = head + "".join(f"| K{r} | {r} | 2024 |\n" for r in range(8))
    assert table_preview(short.strip()) == short.strip()
    prose = "a | b\nc | d\ne | f\n" * 5
    assert table_preview(prose.strip()) == prose.strip()


def test_a_swedish_case_is_presented_in_swedish() -> None:
    from hyvatkaytannot.core.slides import slides_for_case

    body = (
        "## Utgångsläge\n\nKommunerna planerade.\n\n## Mål\n\nBättre service.\n\n"
        "## Genomförande\n\nEtt nätverk.\n\n## Resultat\n\nNya mätare.\n"
    )
    case = Case(
        id="sv",
        title="Fall",
        path=Path("sv.md"),
        meta={},
        body=body,
        language="sv",
        sources=[{"title": "Presentation"}],
    )
    slides = slides_for_case(case, similar=[("Annat fall", "Borgå")])
    titles = [s.title for s in slides]
    assert titles[1:] == [
        "Utgångsläge och mål",
        "Genomförande",
        "Resultat och lärdomar",
        "Kontakter och källor",
    ]
    assert "### Utgångsläge" in slides[1].markdown and "### Mål" in slides[1].markdown
    assert "### Källor" in slides[-1].markdown and "### Liknande fall" in slides[-1].markdown
    assert "Lähtökohdat" not in "".join(s.markdown for s in slides)


def test_a_collection_speaks_the_ui_language() -> None:
    from hyvatkaytannot.core.slides import slides_for_collection

    case = Case(id="a", title="A", path=Path("a.md"), meta={}, body="## Toteutus\n\nTehtiin.\n")
    sv = slides_for_collection("Samling", "", [case, case], with_map=True, language="sv")
    assert sv[0].subtitle == "2 fall" and sv[1].title == "Fallen på kartan"
    fi = slides_for_collection("Kokoelma", "", [case], with_map=True)
    assert fi[0].subtitle == "1 tapaus" and fi[1].title == "Tapaukset kartalla"
    assert fi[3].title == "Toteutus"  # a Finnish case in Finnish (after its title slide)


def test_a_list_after_a_paragraph_stays_a_list_on_its_slide() -> None:
    from hyvatkaytannot.core import render
    from hyvatkaytannot.core.slides import slides_for_case

    body = "## Toteutus\n\nSe vaatii\n\n- uutta johtamista\n- yhteistyötä\n\nLoppu.\n"
    case = Case(id="l", title="L", path=Path("l.md"), meta={}, body=body)
    slide = next(s for s in slides_for_case(case) if s.title == "Toteutus")
    assert "Se vaatii\n\n- uutta johtamista\n- yhteistyötä" in slide.markdown
    html = render.markdown_to_html(slide.markdown)
    assert html.count("<li>") == 2
