"""New cases: slugs from Finnish titles, unique ids, the template the loader accepts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hyvatkaytannot.core.case import SECTIONS
from hyvatkaytannot.core.curate import new_case_text, slugify, unique_id
from hyvatkaytannot.core.curate.writer import parse_case_text


def test_slug_transliterates_finnish_letters() -> None:
    assert slugify("Äänekosken ikäihmisten kotihoito") == "aanekosken-ikaihmisten-kotihoito"
    assert slugify("Åland & Örö – café!") == "aland-oro-cafe"
    assert slugify("  --  ") == ""
    long = slugify("Hyvin pitkä otsikko " * 10)
    assert len(long) <= 60 and not long.endswith("-")


def test_unique_id_counts_on() -> None:
    assert unique_id("Hanke", set()) == "hanke"
    assert unique_id("Hanke", {"hanke"}) == "hanke-2"
    assert unique_id("Hanke", {"hanke", "hanke-2"}) == "hanke-3"
    assert unique_id("hanke-2", {"hanke-2"}) == "hanke-3"
    assert unique_id("???", set()) == "tapaus"


def test_template_parses_with_six_headings_and_no_errors() -> None:
    text = new_case_text("Oulun kotihoito", ["Oulu"], existing_ids={"oulun-kotihoito"},
                         today=dt.date(2026, 1, 2))  # fmt: skip
    # Untouched, the template is an empty case: refused, with the reason.
    case, problems = parse_case_text(text, Path("uusi.md"))
    assert case is None
    assert ["Tapauksessa ei ole tekstiä" in p.message for p in problems if p.is_error] == [True]
    # With a summary written it is a case.
    text = text.replace('summary: ""', "summary: Kotihoito kokeili yöpartiota.")
    case, problems = parse_case_text(text, Path("uusi.md"))
    assert case is not None, [p.format() for p in problems]
    assert not [p for p in problems if p.is_error]
    assert case.id == "oulun-kotihoito-2"
    assert case.title == "Oulun kotihoito"
    assert case.municipalities == ["Oulu"]
    assert case.updated == "2026-01-02"
    assert list(case.sections) == list(SECTIONS)
    # No "missing heading" warning: the template has them all.
    assert not [p for p in problems if "väliotsikko" in p.message]


def test_empty_case_is_refused_but_any_words_pass() -> None:
    head = '---\nid: a\ntitle: T\nsummary: ""\n---\n'
    empty = head + "## Lähtökohdat\n\n<!-- kirjoita tähän -->\n\n## Tulokset\n\n### Ala\n"
    case, problems = parse_case_text(empty, Path("a.md"))
    assert case is None
    [error] = [p for p in problems if p.is_error]
    assert error.line == 6 and "tiivistelmä (summary) ja kaikki osiot" in error.message
    for body in ("## Tulokset\n\nLainaukset kasvoivat.\n", "#hashtag\n", "- kohta\n"):
        case, problems = parse_case_text(head + body, Path("a.md"))
        assert case is not None, (body, [p.format() for p in problems])
