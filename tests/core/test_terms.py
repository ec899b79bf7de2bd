"""One Finnish word for tags: "tunniste". "tagi" is accepted as a search field name (people
type it) but the app never says it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FINNISH_TAG = re.compile(r"\btag(i|it|in|eja|ien|eihin|eista|iin|ille|eilla|eilla)\b", re.I)


def test_finnish_catalogues_say_tunniste() -> None:
    found = []
    for ts in sorted((ROOT / "resources" / "translations").glob("*_fi.ts")):
        for tr in ET.parse(ts).iter("translation"):
            text = "".join(tr.itertext()).replace("&", "")  # mnemonics: "t&agit"
            text = re.sub(r"\{\w+\}", "", text)  # placeholders such as {tag_id}
            if re.search(r"\btag", text, re.I):
                found.append((ts.name, text))
    assert found == []


def test_finnish_messages_in_the_code_say_tunniste() -> None:
    found = []
    for py in sorted((ROOT / "hyvatkaytannot").rglob("*.py")):
        if py.name == "swedish_verbs.py":  # Swedish word lists: "tagit" is ta's supine
            continue
        for n, line in enumerate(py.read_text(encoding="utf-8").splitlines(), 1):
            if FINNISH_TAG.search(line) and '"tagi": "tag"' not in line:
                found.append(f"{py.name}:{n}: {line.strip()}")
    assert found == []


def test_the_case_id_is_tunnus_not_tunniste() -> None:
    """ "Tunniste" means a tag; a case's id is its "tunnus" (one word, one meaning)."""
    ts = ROOT / "resources" / "translations" / "hyvatkaytannot_fi.ts"
    for message in ET.parse(ts).iter("message"):
        source = message.findtext("source") or ""
        text = "".join(message.find("translation").itertext())  # type: ignore[union-attr]
        if re.search(r"\bid\b", source.replace("&", ""), re.I) and "tag" not in source.lower():
            assert "unniste" not in text, (source, text)
