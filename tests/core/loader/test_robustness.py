"""Whatever the bytes, parsing returns (case or None, problems) and never raises."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hyvatkaytannot.core.loader import parse_bytes, parse_text

PATH = Path("/nowhere/case.md")
_YAMLISH = st.sampled_from(
    ["---", "\n", "id: a", "title: t", ": ", "- ", "[", "]", "{", "}", "&a", "*a", "!x", '"',
     "'", "  ", "\t", "#", "period:", " start: 2018", "ä", "\r\n", "\x00", "\ufeff", "%YAML"]
)  # fmt: skip
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.binary(max_size=400))
def test_any_bytes(data: bytes) -> None:
    case, problems = parse_bytes(data, PATH)
    assert case is not None or any(p.is_error for p in problems)


@FAST
@given(st.lists(_YAMLISH, max_size=60).map("".join))
def test_yaml_like_text(text: str) -> None:
    case, problems = parse_text("---\n" + text + "\n---\n", PATH)
    assert case is not None or any(p.is_error for p in problems)
    assert all(p.line is None or p.line >= 1 for p in problems)
