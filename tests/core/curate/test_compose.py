"""The editor's Qt-free case logic: form values <-> front matter, and where text comes from."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hyvatkaytannot.core.curate.compose import (
    compose_text,
    field_lines,
    join_body,
    meta_from_values,
    parse_amount,
    split_body,
    split_names,
    values_from_meta,
)
from hyvatkaytannot.core.curate.source import current_fingerprint, meta_and_body, read_case_file

TEXT = """---
id: oulu-kotihoito
title: Oulun kotihoito
municipalities: [Oulu]
regions: [Pohjois-Pohjanmaa]
funding:
  total_cost: 25000
  funders:
    - funder: STEA
      amount: 10000
      x-note: kept
language: fi
x-own: kept too
---

Runko.
"""


def test_amounts_are_parsed_the_way_people_type_them() -> None:
    assert parse_amount("25 000") == 25000
    assert parse_amount("1250,50") == 1250.5
    assert parse_amount("10 000 €") == 10000
    assert parse_amount("noin kymppi") == "noin kymppi"


def test_names_are_split_trimmed_and_deduplicated() -> None:
    assert split_names(" Orivesi,  Kangasala, Orivesi,") == ["Orivesi", "Kangasala"]


def test_unknown_keys_survive_an_edit_and_regions_follow_municipalities() -> None:
    parsed = meta_and_body(TEXT)
    assert parsed is not None
    meta, body = parsed
    values = values_from_meta(meta)
    assert values.total_cost == "25000" and values.funders[0]["x-note"] == "kept"
    values.municipalities = ["Rovaniemi"]
    values.funders[0]["amount"] = "12 500"
    new = meta_from_values(meta, values)
    assert new["x-own"] == "kept too" and new["language"] == "fi"
    assert new["regions"] == ["Lappi"]
    assert new["funding"]["funders"][0] == {"funder": "STEA", "amount": 12500, "x-note": "kept"}


def test_a_swedish_case_keeps_its_swedish_region_names() -> None:
    # Opening a Swedish case must not rewrite "Södra Österbotten" as "Etelä-Pohjanmaa" (it
    # names the same region); new municipalities give regions named in Swedish.
    text = TEXT.replace("municipalities: [Oulu]", "municipalities: [Östermark, Storå]")
    text = text.replace("[Pohjois-Pohjanmaa]", "[Södra Österbotten]").replace(": fi", ": sv")
    parsed = meta_and_body(text)
    assert parsed is not None
    meta, body = parsed
    values = values_from_meta(meta)
    assert meta_from_values(meta, values) == meta
    assert compose_text(meta, body, text, meta_from_values(meta, values), body) == text
    values.municipalities = ["Borgå", "Östermark"]
    assert meta_from_values(meta, values)["regions"] == ["Nyland", "Södra Österbotten"]


def test_an_untouched_case_keeps_its_text_byte_for_byte() -> None:
    parsed = meta_and_body(TEXT)
    assert parsed is not None
    meta, body = parsed
    assert compose_text(meta, body, TEXT, dict(meta), body) == TEXT
    changed = compose_text(meta, body, TEXT, {**meta, "title": "Uusi"}, body, dt.date(2026, 1, 2))
    assert "title: Uusi" in changed
    assert next(line for line in changed.split("\n") if line.startswith("updated:")).endswith(
        ("2026-01-02", "'2026-01-02'", '"2026-01-02"')
    )


def test_body_prefix_and_field_lines() -> None:
    prefix, rest = split_body("\n\nRunko.\n")
    assert (prefix, rest) == ("\n\n", "Runko.\n")
    assert join_body(prefix, "Runko\r\nkaksi") == "\n\nRunko\nkaksi\n"
    spans = field_lines(TEXT)
    assert spans["id"] == (2, 2) and spans["funding"] == (6, 11)


def test_reading_a_file_gives_its_text_and_fingerprint(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(TEXT.encode("utf-8"))
    read = read_case_file(path)
    assert read is not None and read[0] == TEXT
    assert read[1] == current_fingerprint(path)
    path.write_bytes(b"\x00\x01binary")
    assert read_case_file(path) is None
    assert meta_and_body("no front matter") is None
    assert current_fingerprint(None) is None
