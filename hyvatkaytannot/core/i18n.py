"""The user's language for text made outside Qt (the CLI, core messages), read from the
same translation catalogue the GUI uses.

Design: one catalogue per language, `resources/translations/hyvatkaytannot_<lang>.ts`. The
GUI loads its compiled form (.qm) with QTranslator; everything without Qt reads the .ts
itself here (XML, a few hundred messages, parsed once per process). So a string is
translated once, in one file, and the CLI cannot import PySide6 by accident. English is the
source language: a message without a translation is shown as written. Adding Swedish is
adding `hyvatkaytannot_sv.ts` (and its .qm for the GUI).

Plurals: Finnish, English and Swedish have two forms (one, other), chosen as Qt does.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from hyvatkaytannot.core.resources import resource_path

DEFAULT_LANGUAGE = "fi"
LANGUAGES = ("fi", "en", "sv")


@dataclass
class Catalogue:
    language: str
    # (context, source) -> singular translation, or the numerus forms.
    texts: dict[tuple[str, str], str] = field(default_factory=dict)
    plurals: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def translate(self, context: str, source: str, n: int | None = None) -> str:
        key = (context, source)
        if n is not None:
            forms = self.plurals.get(key)
            text = forms[0 if n == 1 else -1] if forms else source
            return text.replace("%n", str(n))
        return self.texts.get(key) or source


def catalogue_path(language: str) -> Path:
    return resource_path("translations", f"hyvatkaytannot_{language}.ts")


@cache
def catalogue(language: str) -> Catalogue:
    """The language's catalogue; an empty one (English text as written) when it has none."""
    cat = Catalogue(language)
    try:
        root = ET.parse(catalogue_path(language)).getroot()
    except (OSError, ET.ParseError):
        return cat
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")]
            if message.get("numerus") == "yes":
                if forms and all(forms):
                    cat.plurals[(name, source)] = forms
            elif translation.text:
                cat.texts[(name, source)] = translation.text
    return cat


def language_from(setting: str | None = None, environ: dict[str, str] | None = None) -> str:
    """The language to speak: the app's UI setting when the user chose one, else the
    environment's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG: "en_GB.UTF-8" -> "en"), else Finnish.
    """
    if setting in LANGUAGES:
        return str(setting)
    env = os.environ if environ is None else environ
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        code = (env.get(var) or "").split(":")[0].split("_")[0].split(".")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def translate(language: str, context: str, source: str, n: int | None = None) -> str:
    return catalogue(language).translate(context, source, n)


# The language this process shows core text in (problems, notices): the CLI sets it from
# its options, the GUI from the UI language it installs. Finnish until one of them does.
_active = DEFAULT_LANGUAGE


def set_language(language: str) -> None:
    global _active
    _active = language if language in LANGUAGES else DEFAULT_LANGUAGE


def active_language() -> str:
    return _active
