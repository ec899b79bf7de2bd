"""Core messages: a code and parameters, put into the user's language from the one catalogue
(resources/translations/hyvatkaytannot_<lang>.ts) without Qt."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from hyvatkaytannot.core.i18n import catalogue, catalogue_path, language_from
from hyvatkaytannot.core.messages import MESSAGES, UserMessage
from hyvatkaytannot.core.userstore import NotFound, StoreError

PKG = Path(__file__).resolve().parents[2] / "hyvatkaytannot"


def test_every_message_has_a_finnish_text_with_the_same_fields() -> None:
    fi = catalogue("fi")
    for code, source in MESSAGES.items():
        fields = set(re.findall(r"\{(\w+)\}", source))
        if "%n" in source:
            forms = fi.plurals.get(("Messages", source))
            assert forms and all(set(re.findall(r"\{(\w+)\}", f)) <= fields for f in forms), code
            continue
        text = fi.texts.get(("Messages", source))
        assert text, f"{code}: no Finnish translation"
        assert set(re.findall(r"\{(\w+)\}", text)) <= fields, code


def test_every_code_used_in_the_package_is_in_the_catalogue() -> None:
    used: set[str] = set()
    for path in PKG.rglob("*.py"):
        text = path.read_text("utf-8")
        prefixes = "store|curate|cli|case|scan|yaml|bundle|json|index|save|capture"
        used |= set(re.findall(rf'"((?:{prefixes})\.[a-z_0-9]+)"', text))
    assert used and used <= set(MESSAGES)


def test_a_store_error_speaks_both_languages_and_logs_english() -> None:
    e = NotFound("store.no_such_collection", id_or_title="Koulutus")
    assert isinstance(e, StoreError) and e.message.code == "store.no_such_collection"
    assert e.fi == "Kokoelmaa ei ole: Koulutus"
    assert e.en == str(e) == "No such collection: Koulutus"
    assert e.in_language("sv") == "Samlingen finns inte: Koulutus"


def test_plural_forms_come_from_the_catalogue() -> None:
    def hits(n: int, lang: str) -> str:
        return UserMessage("cli.hits", {"ms": "1.0"}, count=n).in_language(lang)

    assert hits(1, "fi") == "1 osuma (1.0 ms)" and hits(3, "fi") == "3 osumaa (1.0 ms)"
    assert hits(1, "en") == "1 hit (1.0 ms)" and hits(3, "en") == "3 hits (1.0 ms)"


@pytest.mark.parametrize(
    ("setting", "env", "expected"),
    [
        (None, {}, "fi"),
        (None, {"LANG": "C.UTF-8"}, "fi"),
        (None, {"LANG": "en_GB.UTF-8"}, "en"),
        (None, {"LANGUAGE": "sv:en", "LANG": "fi_FI.UTF-8"}, "sv"),
        ("en", {"LANG": "fi_FI.UTF-8"}, "en"),
        ("fi", {"LANG": "en_US.UTF-8"}, "fi"),
    ],
)
def test_language_choice(setting: str | None, env: dict[str, str], expected: str) -> None:
    assert language_from(setting, env) == expected


def test_the_catalogue_is_the_guis_ts_file() -> None:
    path = catalogue_path("fi")
    assert path.name == "hyvatkaytannot_fi.ts"
    contexts = {c.findtext("name") for c in ET.parse(path).getroot().iter("context")}
    assert {"Messages", "MainWindow"} <= contexts


def test_no_message_is_written_in_two_languages_where_it_arises() -> None:
    """Every message is coded: no `store.text` carrying fixed Finnish and English, no
    `pick(fi, en)` choosing between them in the GUI."""
    offenders = []
    for path in PKG.rglob("*.py"):
        text = path.read_text("utf-8")
        if '"store.text"' in text or re.search(r"\bpick\(", text):
            offenders.append(str(path.relative_to(PKG)))
    assert not offenders
    assert "store.text" not in MESSAGES


def test_every_message_has_a_swedish_text_with_the_same_fields() -> None:
    sv = catalogue("sv")
    for code, source in MESSAGES.items():
        fields = set(re.findall(r"\{(\w+)\}", source))
        key = ("Messages", source)
        forms = sv.plurals.get(key) if "%n" in source else [sv.texts.get(key) or ""]
        assert forms and all(forms), f"{code}: no Swedish translation"
        assert all(set(re.findall(r"\{(\w+)\}", f)) <= fields for f in forms), code
