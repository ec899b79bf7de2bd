"""Contacts (names with roles, e-mails and phones where the text shows them) and organisations.

Design decisions:
- A person is a first name Voikko knows as one (class "ee") followed by a capitalised
  surname, next to a role word ("projektipäällikkö Olli Forstén", "Kunnanjohtaja Heli
  Knutars") or under a heading such as "Lisätietoja" or "vastuuhenkilö". Contacts are
  personal data: every one is marked so (`personal: true`), and the review view says so.
- E-mails only as the text writes them (also "[a]" forms); one is tied to a person when
  its local part is that person's name.
- Organisations: "X:n kunta/kaupunki" (as the nominative, "Posion kunnassa" → "Posion
  kunta"), companies and associations ending in Oy, Oyj, Ab, ry, and public bodies by
  their head word (hyvinvointialue, pelastuslaitos, kuntayhtymä, ELY-keskus, yliopisto …).
  "Hakija" and "Toteuttaja" fields of a registry printout give owner and implementer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from hyvatkaytannot.core.capture.proposal import Proposal, snippet

ROLE = (
    r"(?:kunnanjohtaja|kaupunginjohtaja|pormestari|projektipäällikkö|projektikoordinaattori|"
    r"hankepäällikkö|hankekoordinaattori|hanketyöntekijä|projektityöntekijä|"
    r"[a-zäö-]*johtaja|[a-zäö-]*päällikkö|[a-zäö-]*koordinaattori|[a-zäö-]*asiantuntija|"
    r"[a-zäö-]*suunnittelija|[a-zäö-]*sihteeri|yhteyshenkilö|vastuuhenkilö|"
    r"[a-zäö-]*vetäjä|kehittäjä|tutkija|professori|puheenjohtaja|valtuutettu|toimitusjohtaja)"
)
NAME = r"([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?) ([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)"
ROLE_NAME = re.compile(rf"\b({ROLE})\b[ :,/]*\n?\n?(?:[a-zäö]+/\s*)?{NAME}", re.IGNORECASE)
HEADING_NAME = re.compile(
    r"(?:lisätietoja(?: antaa| antavat)?|yhteyshenkilö|vastuuhenkilö|yhteystiedot)"
    rf"[:\s]*\n?\s*{NAME}",
    re.IGNORECASE,
)
EMAIL = re.compile(r"[\w.+-]+(?:@|\[a\]|\[at\]|\(at\))[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
PHONE = re.compile(r"(?<!\d)(?:\+358\s?|0)\d{1,3}[ -]?\d{3}[ -]?\d{3,4}(?!\d)")
COMPANY = re.compile(r"\b((?:[A-ZÅÄÖ][\w&-]* ){0,3}[A-ZÅÄÖ][\w&-]*) (Oy|Oyj|Ab|ry|rf)\b")
MUNICIPAL_ORG = re.compile(r"\b([A-ZÅÄÖ][\w-]*n) (kunta|kunna\w*|kaupunki|kaupungi\w*)\b")
PUBLIC_HEADS = (
    "hyvinvointialue",
    "pelastuslaito",
    "kuntayhtymä",
    "ELY-keskus",
    "yliopisto",
    "ammattikorkeakoulu",
    "liitto",
    "koulutuskuntayhtymä",
    "seurakunta",
)
PUBLIC_ORG = re.compile(
    r"\b(?:[A-ZÅÄÖ][\w-]*n (?:[A-ZÅÄÖ][\w-]*)?(?:hyvinvointialue|pelastuslaito[sk]|"
    r"kuntayhtymä|ELY-keskus|yliopisto|ammattikorkeakoulu|Koulutuskuntayhtymä|liitto)|"
    r"[A-ZÅÄÖ][\w-]*(?:kuntayhtymä|ELY-keskus)|pelastuslaito[sk]|hyvinvointialue)\w*",
)
_FIELD = re.compile(r"^(Hakija|Toteuttaja|Omistaja|Hallinnoija)\s*\n+\s*(.+)$", re.M)


@cache
def _is_first_name(word: str) -> bool:
    from hyvatkaytannot.core.analysis.backend import morphology

    first = word.split("-")[0]
    return any("[Lee]" in raw for raw in morphology().analyse(first.lower()))


def _ascii(s: str) -> str:
    return s.lower().translate(str.maketrans("äöåé", "aoae"))


@dataclass
class People:
    contacts: list[Proposal]  # value: {name, role, organisation, email, phone}
    organisations: Proposal | None  # value: {owner, implementer, partners}


def propose_people(text: str) -> People:
    contacts: dict[str, Proposal] = {}
    for pattern, has_role in ((ROLE_NAME, True), (HEADING_NAME, False)):
        for m in pattern.finditer(text):
            first, last = (m.group(2), m.group(3)) if has_role else (m.group(1), m.group(2))
            if not _is_first_name(first):
                continue
            name = f"{first} {last}"
            p = contacts.setdefault(name, Proposal({"name": name}))
            if has_role and "role" not in p.value:
                p.value["role"] = m.group(1).lower()
            p.add(snippet(text, m.start(), m.end()))
            after = text[m.end() : m.end() + 90].split("\n\n")[0]
            phone = PHONE.search(after)
            if phone and "phone" not in p.value:
                p.value["phone"] = phone.group().strip()
            org = COMPANY.match(after.strip())
            if org and "organisation" not in p.value:
                p.value["organisation"] = org.group()
    for m in EMAIL.finditer(text):
        address = m.group().rstrip(".")
        local = _ascii(re.split(r"@|\[a\]|\[at\]|\(at\)", address)[0])
        for name, p in contacts.items():
            parts = _ascii(name).split()
            if "email" not in p.value and all(part in local for part in parts):
                p.value["email"] = address
                p.add(snippet(text, m.start(), m.end()))
    people = list(contacts.values())
    for p in people:
        p.note = "henkilötieto"
    return People(people, _organisations(text))


def _nominative(genitive: str, head: str) -> str:
    head = "kunta" if head.lower().startswith("kun") else "kaupunki"
    return f"{genitive} {head}"


def _organisations(text: str) -> Proposal | None:
    found: dict[str, str] = {}  # name → evidence
    from hyvatkaytannot.core.capture.places import _lookup

    for m in MUNICIPAL_ORG.finditer(text):
        place = _lookup(m.group(1))
        if place is None or place[0].kind == "region":
            continue  # "Tulevaisuuden kunta" is no municipality
        found.setdefault(_nominative(m.group(1), m.group(2)), snippet(text, m.start(), m.end()))
    for m in COMPANY.finditer(text):
        name = f"{m.group(1)} {m.group(2)}"
        name = re.sub(r"^(?:Ja|Sekä|Ja|Hakija|Toteuttaja|Yhteistyössä)\s", "", name)
        found.setdefault(name, snippet(text, m.start(), m.end()))
    for m in PUBLIC_ORG.finditer(text):
        name = m.group(0)
        name = re.sub(r"(pelastuslaito)[sk]\w*$", r"\1s", name)
        name = re.sub(r"(hyvinvointialue)\w*$", r"\1", name)
        name = re.sub(r"(kuntayhtymä|yliopisto|ammattikorkeakoulu|liitto)\w*$", r"\1", name)
        name = re.sub(r"(ELY-keskus)\w*$", r"\1", name)
        found.setdefault(name, snippet(text, m.start(), m.end()))
    if not found:
        return None
    value: dict[str, object] = {}
    evidence: list[str] = []
    for m in _FIELD.finditer(text):
        key = "implementer" if m.group(1) == "Toteuttaja" else "owner"
        value.setdefault(key, m.group(2).strip())
        evidence.append(snippet(text, m.start(), m.end()))
    named = {v for v in value.values() if isinstance(v, str)}
    if "owner" not in value:
        municipal = [n for n in found if n.endswith(("kunta", "kaupunki"))]
        if len(municipal) == 1:
            value["owner"] = municipal[0]
            named.add(municipal[0])
    partners = [n for n in found if n not in named]
    if partners:
        value["partners"] = partners
    evidence += [found[n] for n in list(found)[:3]]
    return Proposal(value, evidence[:3])
