"""Serialising cases: documented order, safe quoting, exact load -> save -> load."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hyvatkaytannot.core.curate import FIELD_ORDER, case_text, needs_quotes
from hyvatkaytannot.core.curate.writer import parse_case_text
from hyvatkaytannot.core.resources import bundled_practices_dir


def _parse(text: str) -> tuple:
    case, problems = parse_case_text(text, Path("t.md"))
    assert case is not None, [p.format() for p in problems]
    return case.meta, case.body


def test_rich_case_round_trips_exactly(rich_text: str) -> None:
    meta, body = _parse(rich_text)
    saved = case_text(meta, body)
    meta2, body2 = _parse(saved)
    assert meta2 == meta
    assert body2 == body
    # A second save is byte-identical: the layout is deterministic.
    assert case_text(meta2, body2) == saved


def test_fields_in_documented_order_unknown_last(rich_text: str) -> None:
    meta, body = _parse(rich_text)
    shuffled = dict(reversed(list(meta.items())))
    text = case_text(shuffled, body)
    keys = [line.split(":")[0] for line in text.split("---\n")[1].splitlines()
            if line and not line.startswith((" ", "-"))]  # fmt: skip
    known = [k for k in keys if k in FIELD_ORDER]
    assert known == [k for k in FIELD_ORDER if k in meta]
    assert keys[-1] == "x-oma-kenttä"
    # Nested known keys are ordered too: funder before amount before decided.
    assert text.index("funder: Sosiaali") < text.index("amount:") < text.index("decided:")
    assert text.index("start:") < text.index("end:")


@pytest.mark.parametrize(
    "value", ["NO", "yes", "on", "1.10", "2019", "2020-05-01", "2020-05", "1e3", "~", "null",
              "0401234567", "", "true", "0x1F", "y"],
)  # fmt: skip
def test_strings_that_yaml_would_retype_are_quoted(value: str) -> None:
    assert needs_quotes(value)
    # A body with words: the empty summary value alone would be an empty case.
    text = case_text({"id": "a", "title": "T", "summary": value, "x-extra": value}, "\nTeksti.\n")
    assert f'summary: "{value}"' in text
    meta, _ = _parse(text)
    assert meta["summary"] == value and meta["x-extra"] == value


def test_plain_words_stay_unquoted_and_finnish_letters_literal() -> None:
    text = case_text({"id": "a", "title": "Äänekosken kotihoito"}, "\n")
    assert "title: Äänekosken kotihoito\n" in text
    assert not needs_quotes("Äänekoski")


def test_utf8_lf_only(rich_text: str) -> None:
    meta, body = _parse(rich_text.replace("\n", "\r\n"))
    data = case_text(meta, body).encode("utf-8")
    assert b"\r" not in data
    assert data.decode("utf-8").startswith("---\nid: oulu-kotihoito\n")


def test_every_bundled_case_round_trips() -> None:
    from hyvatkaytannot.core.loader import is_case_file_name

    files = sorted(f for f in bundled_practices_dir().glob("*.md") if is_case_file_name(f.name))
    assert files, "the bundled library is empty"
    for f in files:
        case, problems = parse_case_text(f.read_text(encoding="utf-8"), f)
        assert case is not None, [p.format() for p in problems]
        meta2, body2 = _parse(case_text(case.meta, case.body))
        assert (meta2, body2) == (case.meta, case.body), f.name


# Any text (control characters, NEL and LS included) and the scalar types YAML has.
_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
_scalar = st.one_of(
    st.integers(), st.floats(allow_nan=False, allow_infinity=False), st.booleans(), st.none()
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(title=_text.filter(lambda s: s.strip() != ""), summary=_text, extra=_text,
       partners=st.lists(_text.filter(lambda s: s.strip() != ""), max_size=3),
       number=_scalar)  # fmt: skip
def test_any_value_round_trips(
    title: str, summary: str, extra: str, partners: list[str], number: object
) -> None:
    meta = {"id": "x", "title": title, "summary": summary,
            "organisations": {"partners": partners}, "x-muu": extra,
            "x-luku": number, "x-lista": [extra, {"k": summary}]}  # fmt: skip
    body = "\n## Lähtökohdat\n\nTekstiä.\n"
    text = case_text(meta, body)
    case, problems = parse_case_text(text, Path("t.md"))
    if case is None:
        # The loader may reject a value (e.g. a blank title), never our layout of it.
        assert all("YAML" not in p.message for p in problems), [p.message for p in problems]
        return
    assert case.meta == meta
    assert case.body == body
