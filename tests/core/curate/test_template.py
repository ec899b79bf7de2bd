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
