"""The loader's problems speak the user's language (fi, sv, en) and keep naming file and line:
`check` prints them in the CLI's language (the app's UI setting, else the environment's)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from hyvatkaytannot.cli import main
from hyvatkaytannot.core.library import parse_text
from hyvatkaytannot.core.messages import MESSAGES

BROKEN_YAML = "---\nid: rikki\ntitle: [Rikki\n---\n## Lähtökohdat\nTekstiä.\n"
MISSING_TITLE = "---\nid: ilman-otsikkoa\nsummary: Lyhyt.\n---\n## Lähtökohdat\nTekstiä.\n"
EMPTY = "---\nid: tyhja\ntitle: Tyhjä\nsummary: ''\n---\n## Lähtökohdat\n"
PROPOSAL = (
    "---\nid: ehdotus\ntitle: Ehdotus\nsummary: Lyhyt.\nreview: ehdotus\nstatus: kesken\n---\n"
    "## Lähtökohdat\nTekstiä.\n## Oma otsikko\nLisää.\n"
)
DEEP = "---\nid: syva\ntitle: Syvä\nz: " + "[" * 500 + "]" * 500 + "\n---\nTekstiä.\n"

EXPECTED = {
    "fi": [
        ("rikki.md:4", "YAML-virhe: hakasulkeiden [ ] lista on rikki"),
        ("ilman-otsikkoa.md:1", "Pakollinen kenttä title puuttuu tai on tyhjä."),
        ("tyhja.md:6", "Tapauksessa ei ole tekstiä"),
        ("ehdotus.md:5", "Tapaus on poiminnan ehdotus"),
        ("ehdotus.md:6", "Tila (status) on ”kesken”"),
        ("ehdotus.md:10", "Tuntematon väliotsikko ”Oma otsikko”"),
        ("syva.md:4", "Etutietojen rakenne on liian syvä."),
    ],
    "sv": [
        ("rikki.md:4", "YAML-fel: listan inom hakparenteser [ ] är trasig"),
        ("ilman-otsikkoa.md:1", "Det obligatoriska fältet title saknas eller är tomt."),
        ("tyhja.md:6", "Fallet har ingen text"),
        ("ehdotus.md:5", "Fallet är ett förslag från insamlingen"),
        ("ehdotus.md:6", "Status (status) är ”kesken”"),
        ("ehdotus.md:10", "Okänd mellanrubrik ”Oma otsikko”"),
        ("syva.md:4", "Metadatablockets struktur är för djupt kapslad."),
    ],
    "en": [
        ("rikki.md:4", "YAML error: the list in brackets [ ] is broken"),
        ("ilman-otsikkoa.md:1", "The required field title is missing or empty."),
        ("tyhja.md:6", "The case has no text"),
        ("ehdotus.md:5", "The case is a capture proposal"),
        ("ehdotus.md:6", "The status is “kesken”"),
        ("ehdotus.md:10", "Unknown heading “Oma otsikko”"),
        ("syva.md:4", "The front matter's structure is nested too deeply."),
    ],
}


@pytest.fixture
def library(tmp_path: Path) -> Path:
    lib = tmp_path / "lib"
    lib.mkdir()
    files = {"rikki": BROKEN_YAML, "ilman-otsikkoa": MISSING_TITLE, "tyhja": EMPTY}
    files |= {"ehdotus": PROPOSAL, "syva": DEEP}
    for name, text in files.items():
        (lib / f"{name}.md").write_text(text, encoding="utf-8")
    return lib


def _check(tmp_path: Path, library: Path, lang_env: str, *extra: str) -> str:
    env = {"LANG": lang_env, "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
    args = ["--data-dir", str(tmp_path / "data"), "check", *extra, str(library)]
    result = CliRunner().invoke(main, args, env=env, catch_exceptions=False)
    assert result.exit_code == 1, result.output
    return result.output


@pytest.mark.parametrize(
    ("lang", "env"), [("fi", "fi_FI.UTF-8"), ("sv", "sv_FI.UTF-8"), ("en", "en_GB.UTF-8")]
)
def test_check_prints_problems_in_the_language_with_file_and_line(
    tmp_path: Path, library: Path, lang: str, env: str
) -> None:
    output = _check(tmp_path, library, env)
    lines = output.splitlines()
    for where, text in EXPECTED[lang]:
        assert any(where in line and text in line for line in lines), (where, text, output)
    summary = {"fi": "Tarkistettiin 5 tiedostoa 1 kansiossa: 0 tapausta ladattiin",
               "sv": "Kontrollerade 5 filer i 1 mapp: 0 fall lästes in",
               "en": "Checked 5 files in 1 folder: 0 cases loaded"}  # fmt: skip
    assert summary[lang] in lines[-1]
    others = [t for other, pairs in EXPECTED.items() if other != lang for _, t in pairs]
    assert not any(t in output for t in others if t not in {x for _, x in EXPECTED[lang]})


def test_the_ui_setting_wins_over_the_environment(tmp_path: Path, library: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"ui_language": "sv"}), encoding="utf-8")
    output = _check(tmp_path, library, "fi_FI.UTF-8", "--json")
    messages = [p["message"] for p in json.loads(output)["problems"]]
    assert "Det obligatoriska fältet title saknas eller är tomt." in messages


def test_a_problem_renders_in_each_language_and_nested_parts_follow() -> None:
    _, problems = parse_text("---\nid: x\ntitle: [a, b]\n---\nA.\n", Path("x.md"))
    wrong = next(p for p in problems if p.code == "case.must_be_text")
    assert wrong.line == 3
    assert wrong.in_language("fi") == "Kentän title pitää olla tekstiä, nyt lista."
    assert wrong.in_language("sv") == "Fältet title ska vara text, nu en lista."
    assert wrong.in_language("en") == "The field title must be text, now a list."
    assert wrong.message == wrong.in_language("fi")  # the default active language


def test_every_loader_message_has_finnish_and_swedish_texts() -> None:
    from hyvatkaytannot.core.i18n import catalogue

    loader = [c for c in MESSAGES if c.split(".")[0] in ("case", "scan", "yaml", "bundle")]
    assert len(loader) > 80
    for lang in ("fi", "sv"):
        cat = catalogue(lang)
        for code in loader:
            source = MESSAGES[code]
            key = ("Messages", source)
            assert cat.texts.get(key) or cat.plurals.get(key), (lang, code)
