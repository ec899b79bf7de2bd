"""Funders and euro amounts written the Finnish way.

Design decisions:
- Amounts: "17 605 €", "100 000 euroa", "100.000,00 euroa", "1,2 milj. euroa" (spaces,
  non-breaking spaces or dots between thousands, a decimal comma).
- A funder is proposed only where the text says it pays: its name within the same
  paragraph as a funding word (rahoittaa, rahoitus, tuki, tukee, avustus, päätös, myönsi),
  or a name that is a fund by itself (Työsuojelurahasto, ESR, EAKR, Leader). "Työ- ja
  elinkeinoministeriön ALKE-päivät" is not funding.
- An amount goes to the total cost next to "kokonaiskustannukset", "kustannusarvio" or
  "budjetti", otherwise to the funder named in the lines just before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hyvatkaytannot.core.capture.dates import ONE_DAY, _iso
from hyvatkaytannot.core.capture.proposal import Proposal, snippet

# Display name → pattern. Order matters only for overlapping names.
FUNDERS: tuple[tuple[str, str, bool], ...] = (
    # (name, pattern, is a fund by itself)
    ("Työsuojelurahasto", r"työsuojelurahasto\w*", True),
    ("Business Finland", r"business finland\w*", False),
    ("TEKES", r"tekes\w*", False),
    ("ESR", r"\bESR\w*|euroopan sosiaalirahasto\w*", True),
    ("EAKR", r"\bEAKR\w*|euroopan aluekehitysrahasto\w*", True),
    ("Leader", r"\bleader\w*", True),
    ("STM", r"\bSTM\w*|sosiaali- ja terveysministeriö\w*", False),
    ("TEM", r"\bTEM\w*|työ- ja elinkeinoministeriö\w*", False),
    ("VM", r"\bVM\b|valtiovarainministeriö\w*", False),
    ("OKM", r"\bOKM\w*|opetus- ja kulttuuriministeriö\w*", False),
    ("YM", r"ympäristöministeriö\w*", False),
    ("MMM", r"\bMMM\w*|maa- ja metsätalousministeriö\w*", False),
    ("ELY-keskus", r"\w*ELY-keskus\w*", False),
    ("Sitra", r"\bsitra\w*", False),
    ("Kunteko", r"\bkunteko\w*", False),
    ("Työllisyysrahasto", r"työllisyysrahasto\w*", True),
    ("Interreg", r"\binterreg\w*", True),
    ("Erasmus+", r"\berasmus\+?", True),
    ("Opetushallitus", r"opetushallitu\w*", False),
    ("Suomen Akatemia", r"suomen akatemia\w*", False),
    ("Kela", r"\bkela\w*", False),
    ("maakunnan liitto", r"\b[A-ZÅÄÖ][\w-]*n liito\w*|\b[A-ZÅÄÖ][\w-]*n liitto\b", False),
)
FUNDING_WORDS = re.compile(
    r"rahoitta\w*|rahoitu\w*|rahoitti|\btu(?:ki|en|kee|keman|kea|ettu)\w*|avustu\w*|"
    r"myönt\w*|myönsi|päätö\w*|päätös|korvaa",
    re.IGNORECASE,
)
TOTAL_WORDS = re.compile(
    r"kokonaiskustannu\w*|kustannusarvi\w*|kokonaisbudjet\w*|budjet\w*|kokonaisrahoitu\w*|"
    r"kustannukset ovat|hankkeen kustannu\w*",
    re.IGNORECASE,
)
AMOUNT = re.compile(
    r"(?<![\d,.])(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(?:,(\d{1,2}))?\s*"
    r"(milj(?:\.|oonaa)?\s*|t\.?\s*)?(€|euroa|euron|eur\b|EUR\b)",
)


@dataclass
class Funding:
    funders: list[Proposal]  # value: {"funder": …, "amount": …, "decided": …}
    total_cost: Proposal | None


def parse_amount(m: re.Match[str]) -> float:
    whole = re.sub(r"[ \u00a0\u202f.]", "", m.group(1))
    value = float(whole + ("." + m.group(2) if m.group(2) else ""))
    scale = (m.group(3) or "").strip().lower()
    if scale.startswith("milj"):
        value *= 1_000_000
    elif scale.startswith("t"):
        value *= 1_000
    return int(value) if value.is_integer() else value


def _paragraphs(text: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for block in re.split(r"(\n\s*\n)", text):
        if block.strip() and not re.fullmatch(r"\n\s*\n", block):
            out.append((pos, block))
        pos += len(block)
    return out


def propose_funding(text: str) -> Funding:
    funders: dict[str, Proposal] = {}
    total: Proposal | None = None
    last_funder: tuple[str, int] | None = None  # name, end offset of the mention
    paragraphs = _paragraphs(text)
    for offset, para in paragraphs:
        for name, pattern, is_fund in FUNDERS:
            for m in re.finditer(pattern, para, re.IGNORECASE):
                if not is_fund and not FUNDING_WORDS.search(para):
                    continue
                start = offset + m.start()
                label = name
                if name == "maakunnan liitto":
                    label = m.group().rstrip(".,")
                    label = re.sub(r"liito\w*$", "liitto", label)
                p = funders.setdefault(label, Proposal({"funder": label}))
                p.add(snippet(text, start, offset + m.end()))
                last_funder = (label, start)
        for m in AMOUNT.finditer(para):
            start = offset + m.start()
            amount = parse_amount(m)
            before = text[max(0, start - 80) : start]
            if TOTAL_WORDS.search(before) or TOTAL_WORDS.search(para[: m.start()]):
                if total is None:
                    total = Proposal(amount, [snippet(text, start, offset + m.end())])
                continue
            if last_funder and start - last_funder[1] < 120:
                p = funders[last_funder[0]]
                if "amount" not in p.value:
                    p.value["amount"] = amount
                    p.add(snippet(text, start, offset + m.end()))
                    # "Työsuojelurahaston päätös 31.1.2022 17 605 euroa": the decision date.
                    between = text[last_funder[1] : start]
                    d = ONE_DAY.search(between)
                    if d and "päätö" in between.lower():
                        decided = _iso(d.group(1), d.group(2), d.group(3))
                        if decided:
                            p.value["decided"] = decided
    return Funding(list(funders.values()), total)
