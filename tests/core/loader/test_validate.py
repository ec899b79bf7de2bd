"""The format's rules: errors keep a case out, warnings leave it in; messages name the field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from hyvatkaytannot.core.library import Library
from hyvatkaytannot.core.problems import Severity


def check(h: Any, lib: Path, extra: str = "", body: str | None = None, **kw: str) -> Any:
    text = h.case_text(extra=extra, body=body if body is not None else h.BODY)
    for key, value in kw.items():  # replace a base field's whole line
        lines = text.split("\n")
        text = "\n".join(f"{key}: {value}" if ln.startswith(f"{key}:") else ln for ln in lines)
    return Library([(lib, False)]).parse_text(text, lib / "a.md")


@pytest.mark.parametrize(
    ("extra", "field", "line"),
    [
        ("status: valmis", "status", 8),
        ("period: {start: 10.10.2018}", "period.start", 7),
        ("period: {start: 2018-02-30}", "period.start", 7),
        ("period: {start: 2019, end: 2018-12-31}", "loppu", 7),
        ("period: 2018", "period", 7),
        ("municipalities: Posio", "municipalities", 5),
        ("themes: {a: 1}", "themes", 6),
        ("title: ''", "title", 3),
        ("title: [a]", "title", 3),
        ("id: Posio_Yhteistyo", "tunnuksen", 2),
    ],
)
def test_base_field_errors(h: Any, lib: Path, extra: str, field: str, line: int) -> None:
    key, value = extra.split(": ", 1)
    case, problems = check(h, lib, **{key: value})
    assert case is None
    errors = [p for p in problems if p.is_error]
    assert len(errors) == 1, problems
    assert field in errors[0].message.lower() or field in errors[0].message
    assert errors[0].line == line


@pytest.mark.parametrize(
    ("extra", "needle", "line"),
    [
        ("funding: {total_cost: 25 000}", "funding.total_cost", 9),
        ("funding: {total_cost: -5}", "funding.total_cost", 9),
        ("funding: {funders: [{amount: 5}]}", "funding.funders[1].funder", 9),
        ("funding:\n  funders:\n    - funder: EU\n      amount: paljon", "[1].amount", 12),
        ("funding: {funders: [{funder: EU, decided: eilen}]}", "decided", 9),
        ("contacts: [{role: johtaja}]", "contacts[1].name", 9),
        ("contacts: [{name: [a, b]}]", "contacts[1].name", 9),
        ("sources: [{title: Lähde, url: 'javascript:alert(1)'}]", "http", 9),
        ("sources: [{title: Lähde, url: ftp://x.fi/a}]", "http", 9),
        ("sources: [{url: 'https://x.fi'}]", "sources[1].title", 9),
        ("sources: ['https://x.fi']", "sources[1]", 9),
        ("organisations: [a, b]", "organisations", 9),
        ("organisations: {owner: [a]}", "organisations.owner", 9),
        ("language: Finnish", "language", 9),
        ("updated: 23.11.2026", "updated", 9),
    ],
)
def test_nested_field_errors(h: Any, lib: Path, extra: str, needle: str, line: int) -> None:
    case, problems = check(h, lib, extra + "\n")
    assert case is None
    errors = [p for p in problems if p.is_error]
    assert errors and needle in errors[0].message, problems
    assert errors[0].line == line


def test_missing_id_and_title(h: Any, lib: Path) -> None:
    case, problems = Library([]).parse_text("---\nsummary: x\n---\n", lib / "a.md")
    assert case is None
    errors = [p.message for p in problems if p.is_error]
    assert errors == [
        "Pakollinen kenttä id puuttuu tai on tyhjä.",
        "Pakollinen kenttä title puuttuu tai on tyhjä.",
    ]


@pytest.mark.parametrize(
    ("extra", "needle"),
    [
        ("municipalities: [Posio, Atlantis]", "Atlantis"),
        ("regions: [Lappi, Narnia]", "Narnia"),
        ("themes: [yhteistyo, avaruus]", "avaruus"),
        ("summary: 'Yksi. Kaksi. Kolme. Neljä.'", "yli 3 virkettä"),
        ("contacts: [{name: A, email: 'a.b.fi'}]", "sähköpostiosoitteelta"),
        ("period: {start: 2018, middle: 2019}", "period.middle"),
        ("organisations: {owner: Posio, sponsor: EU}", "organisations.sponsor"),
    ],
)
def test_warnings_leave_the_case_loaded(h: Any, lib: Path, extra: str, needle: str) -> None:
    key, value = extra.split(": ", 1)
    case, problems = check(h, lib, **{key: value}) if key in h.case_text() else (None, [])
    if case is None and not problems:
        case, problems = check(h, lib, extra + "\n")
    assert case is not None, problems
    assert len(problems) == 1 and problems[0].severity is Severity.WARNING
    assert needle in problems[0].message


def test_missing_summary_is_a_warning(h: Any, lib: Path) -> None:
    text = h.case_text().replace('summary: "Posio tekee yhteistyötä. Se toimii hyvin."\n', "")
    case, problems = Library([]).parse_text(text, lib / "a.md")
    assert case is not None and [p.message for p in problems] == ["Tiivistelmä (summary) puuttuu."]


def test_municipalities_are_canonical_and_regions_derived(h: Any, lib: Path) -> None:
    case, problems = check(h, lib, municipalities="[mariehamn, ' vasa ', Kajaani, Atlantis]")
    assert case is not None and len(problems) == 1  # Atlantis
    assert case.municipalities == ["Maarianhamina", "Vaasa", "Kajaani", "Atlantis"]
    assert case.regions == ["Ahvenanmaa", "Pohjanmaa", "Kainuu"]
    assert case.meta["municipalities"] == ["mariehamn", " vasa ", "Kajaani", "Atlantis"]


def test_written_regions_are_kept_not_derived(h: Any, lib: Path) -> None:
    case, _ = check(h, lib, "regions: [lappland]\n")
    assert case is not None and case.regions == ["Lappi"]


def test_funding_and_organisations_typed_fields(h: Any, lib: Path) -> None:
    extra = (
        "organisations:\n  owner: Posion kunta\n  implementer: [A, B]\n  partners: [C]\n"
        "funding:\n  total_cost: 25000\n  funders:\n"
        "    - {funder: EU, amount: 20000.5, decided: 2018-05}\n    - {funder: Kunta}\n"
    )
    case, problems = check(h, lib, extra)
    assert case is not None and problems == []
    assert case.organisations == {"owner": "Posion kunta", "implementer": ["A", "B"],
                                  "partners": ["C"]}  # fmt: skip
    assert case.organisation_names == ["Posion kunta", "A", "B", "C"]
    assert case.total_cost == 25000.0 and case.funders == ["EU", "Kunta"]
    assert case.funding[0] == {"funder": "EU", "amount": 20000.5, "decided": "2018-05"}


def test_period_precision_compares_at_the_shorter_one(h: Any, lib: Path) -> None:
    case, problems = check(h, lib, period="{start: 2018-10-10, end: 2018}")
    assert case is not None and problems == [] and case.years == [2018]
    case, _ = check(h, lib, period="{start: 2017-01, end: 2019-12-31}")
    assert case is not None and case.years == [2017, 2018, 2019]


def test_empty_optional_values_count_as_absent(h: Any, lib: Path) -> None:
    extra = "contacts:\nsources: []\nfunding:\n  total_cost:\n"
    case, problems = check(h, lib, extra, period="{start: 2018, end: }", status="")
    assert case is not None and problems == []
    assert case.period_end is None and case.status is None and case.total_cost is None


def test_body_headings_missing_out_of_order_unknown_and_repeated(h: Any, lib: Path) -> None:
    body = (
        "\nIntro.\n\n## Tavoitteet\n\n## Lähtökohdat\n\n```\n## Not a heading in code\n```\n"
        "## Muuta\n\n### Alaotsikko ok\n\n## Tulokset\n\n## Tulokset\n"
    )
    case, problems = check(h, lib, body=body)
    assert case is not None and all(p.severity is Severity.WARNING for p in problems)
    by_line = {p.line: p.message for p in problems}
    assert "väärässä järjestyksessä" in by_line[15]  # ## Lähtökohdat after ## Tavoitteet
    assert "Tuntematon väliotsikko ”Muuta”" in by_line[20]  # line 18 is inside ``` code
    assert "kahteen kertaan (ensin rivillä 24)" in by_line[26]
    assert by_line[10].startswith("Tekstistä puuttuu väliotsikko: ## Toteutus, ## Opit")
    assert len(problems) == 4


def test_published_obfuscated_addresses_are_accepted() -> None:
    """Sources publish "nimi[a]kunta.fi"; a case keeps it as published, with no warning."""
    from hyvatkaytannot.core.loader.validate import EMAIL_PATTERN

    for ok in ("jaana.utti[a]tamora.fi", "x(at)y.fi", "a@b.fi"):
        assert EMAIL_PATTERN.match(ok), ok
    for bad in ("a.b.fi", "a b@c.fi", "a@@b.fi"):
        assert not EMAIL_PATTERN.match(bad), bad


def test_review_marker_warns_and_an_unknown_value_is_an_error(h: Any, lib: Path) -> None:
    case, problems = check(h, lib, extra="review: ehdotus\n")
    assert case is not None and case.reviewed is False
    [p] = [p for p in problems if "review" in p.message]
    assert p.severity is Severity.WARNING and "tarkistettu" in p.message
    case, problems = check(h, lib, extra="review: valmis\n")
    assert case is None and any("review" in p.message for p in problems)
    case, _ = check(h, lib)
    assert case is not None and case.reviewed is True
