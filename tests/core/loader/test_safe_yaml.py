"""The safe YAML reader: the libyaml and pure-Python paths behave the same."""

from __future__ import annotations

import pytest

from hyvatkaytannot.core.loader import safe_yaml
from hyvatkaytannot.core.loader.safe_yaml import FrontMatterError, load_yaml, python_composer

COMPOSERS = [pytest.param(None, id="default"), pytest.param(python_composer(), id="python")]


@pytest.mark.parametrize("composer", COMPOSERS)
def test_types_and_lines(composer: type | None) -> None:
    text = "a: NO\nb: 1.10\nc: 2018-01-01\nd: [1, 0x1F, 2.5]\ne: true\nf:\ng: ~\nh: 'x'"
    parsed = load_yaml(text, 2, lambda path: path == ("b",), composer)
    assert parsed.data == {
        "a": "NO", "b": "1.10", "c": "2018-01-01", "d": [1, 31, 2.5],
        "e": True, "f": None, "g": None, "h": "x",
    }  # fmt: skip
    assert parsed.line("d", 2) == 5 and parsed.line("h") == 9 and parsed.line("zz") is None


@pytest.mark.parametrize("composer", COMPOSERS)
@pytest.mark.parametrize(
    ("text", "line", "needle"),
    [
        ("a: &x 1\nb: *x", 2, "ankkurit"),
        ("a: 1\nb: *undefined", 3, "ankkurit"),
        ("a: !!python/object x", 2, "tyyppimerkinnät"),
        ("a: 1\na: 2", 3, "kahteen kertaan"),
        ("a: b: c", 2, "kaksoispiste"),
        ('a: "x', 2, "lainausmerkki"),
        ("a: " + "[" * 40, 2, "liian syvä"),
        ("a:\n  b: 1\n c: 2", 4, "sisennys"),
        ("{a: 1}: 2", 2, "avaimen"),
        ("x: 1\n--- \ny: 2", 3, "yksi YAML-dokumentti"),
        ("a: 1\nb: x\x07y", 3, "ohjausmerkki (U+0007)"),
    ],
)
def test_errors(composer: type | None, text: str, line: int, needle: str) -> None:
    with pytest.raises(FrontMatterError) as info:
        load_yaml(text, 2, composer=composer)
    assert info.value.line == line and needle in info.value.message


def test_front_matter_size_limit() -> None:
    with pytest.raises(FrontMatterError) as info:
        load_yaml("a: " + "x" * safe_yaml.MAX_FRONT_MATTER, 2)
    assert "liian pitkät" in info.value.message


def test_split_front_matter_accepts_dots_as_the_end_marker() -> None:
    front = safe_yaml.split_front_matter("---\nid: x\n...\nbody\n")
    assert front.yaml_text == "id: x" and front.body == "body\n" and front.body_line == 4


# Deep nesting must trip our own limit, with a Finnish message and the right line, before any
# parser's: libyaml in PyYAML 6.0.4 stops at 1,000 flow levels with an English sentence.
DEEP = [
    pytest.param("a: 1\nz: " + "[" * 5000 + "]" * 5000, 3, id="flow-5000"),
    pytest.param("a: 1\nz: " + "{b: " * 2000 + "1" + "}" * 2000, 3, id="flow-mappings"),
    pytest.param(
        "".join(" " * i + f"k{i}:\n" for i in range(200)) + " " * 200 + "x: 1",
        34,
        id="block-indentation",
    ),  # fmt: skip
    pytest.param("a:\n  " + "- " * 3000 + "x", 3, id="compact-sequences"),
]


@pytest.mark.parametrize("composer", COMPOSERS)
@pytest.mark.parametrize(("text", "line"), DEEP)
def test_deep_nesting_is_ours_with_either_parser(
    composer: type | None, text: str, line: int
) -> None:
    with pytest.raises(FrontMatterError) as info:
        load_yaml(text, 2, composer=composer)
    assert info.value.message == "Etutietojen rakenne on liian syvä."
    assert info.value.line == line


@pytest.mark.parametrize("composer", COMPOSERS)
def test_nesting_at_the_limit_and_brackets_in_quotes_still_read(composer: type | None) -> None:
    depth = safe_yaml.MAX_DEPTH - 1  # the top-level mapping is one level
    text = "t: 'a [b] {c}'\nz: " + "[" * depth + "1" + "]" * depth
    parsed = load_yaml(text, 2, composer=composer)
    assert parsed.data["t"] == "a [b] {c}"
    value = parsed.data["z"]
    for _ in range(depth):
        value = value[0]
    assert value == 1


@pytest.mark.parametrize("composer", COMPOSERS)
@pytest.mark.parametrize(
    "text", ["a: [1, 2", "a: {b: 1", "? - a\n: b", "a: |\n b\nc", "- a\nb: 1", "a: 'x' y"]
)
def test_no_parser_english_reaches_the_user(composer: type | None, text: str) -> None:
    try:
        load_yaml(text, 2, composer=composer)
    except FrontMatterError as exc:
        # Finnish words only: none of the parsers' English phrases.
        for english in ("while ", "expected", "found", "could not", "not allowed"):
            assert english not in exc.message, exc.message
