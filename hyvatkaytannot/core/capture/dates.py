"""Period, status and publication date from the dates and years a text gives.

Design decisions:
- A period is a range: days ("1.3.2022–30.11.2023", "1.3.–30.11.2023") or years
  ("vuosina 2017–2018", "2018 - 2021"). A range next to words that name a project's time
  (toteutusaika, kesto, hankeaika …) wins; otherwise the first range with days, then the
  first range of years. One stated start year ("alkoi vuonna 2018") gives a start only.
- Status: words the text says ("Käynnissä", "hanke päättyi", "suunnitteilla") win; otherwise
  a period that ended before today is "päättynyt". Nothing is guessed without evidence.
- Publication date: the latest date standing on a line of its own (the date under a page
  title or in a registry printout), else what the file says of itself.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from hyvatkaytannot.core.capture.proposal import Proposal, snippet

_DASH = r"\s*(?:[-–—]|\bja\b)\s*"
_DAY = r"(\d{1,2})\.(\d{1,2})\.(\d{4})?"
DAY_RANGE = re.compile(rf"\b{_DAY}{_DASH}(\d{{1,2}})\.(\d{{1,2}})\.(\d{{4}})\b")
YEAR_RANGE = re.compile(r"\b((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})\b")
ONE_DAY = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b")
START_YEAR = re.compile(
    r"\b(?:alkoi|aloitettiin|käynnistyi|käynnistettiin|alkaen|perustettiin|päätettiin)\b"
    r"[^.\n]{0,40}?\b(?:v\.|vuonna|vuodesta)?\s*\(?(?:v\.\s*)?((?:19|20)\d{2})\b",
    re.IGNORECASE,
)
PERIOD_WORDS = re.compile(
    r"toteutusaika|kesto|hankeaika|hankkeen aika|projektiaika|ajalla|aikavälillä|vuosina|"
    r"toteutetaan|toteutettiin|rahoitusaika|hanke kestää",
    re.IGNORECASE,
)
RUNNING = re.compile(r"^\s*käynnissä\s*$|\bon (?:yhä |edelleen )?käynnissä\b", re.I | re.M)
ENDED = re.compile(
    r"^\s*päättynyt\s*$|\b(?:hanke|projekti|verkosto) (?:on )?päättyi|\bon päättynyt\b|"
    r"\bpäättyi\b|\btulokset valmistuneet\b|\bloppuraportti\b",
    re.I | re.M,
)
PLANNED = re.compile(r"^\s*suunnitteilla\s*$|\bon suunnitteilla\b|\balkaa vuonna\b", re.I | re.M)


@dataclass
class Dates:
    period: Proposal | None
    status: Proposal | None
    published: Proposal | None


def _iso(day: str, month: str, year: str) -> str | None:
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def propose_dates(
    text: str, document_date: str | None = None, today: dt.date | None = None
) -> Dates:
    today = today or dt.date.today()
    period = _period(text)
    status = _status(text, period, today)
    return Dates(period, status, _published(text, document_date))


def _period(text: str) -> Proposal | None:
    candidates: list[tuple[int, int, dict[str, str], int, int]] = []
    for m in DAY_RANGE.finditer(text):
        end = _iso(m.group(4), m.group(5), m.group(6))
        start = _iso(m.group(1), m.group(2), m.group(3) or m.group(6))
        if start and end and start <= end:
            candidates.append(
                (_near_words(text, m.start()), 0, {"start": start, "end": end}, m.start(), m.end())
            )
    for m in YEAR_RANGE.finditer(text):
        a, b = m.group(1), m.group(2)
        if a <= b and not _inside_day(text, m.start()):
            candidates.append(
                (_near_words(text, m.start()), 1, {"start": a, "end": b}, m.start(), m.end())
            )
    if candidates:
        best = min(candidates, key=lambda c: (-c[0], c[1], c[3]))
        return Proposal(best[2], [snippet(text, best[3], best[4])])
    found = START_YEAR.search(text)
    if found:
        return Proposal(
            {"start": found.group(1), "end": None}, [snippet(text, found.start(), found.end())]
        )
    return None


def _inside_day(text: str, pos: int) -> bool:
    return pos > 0 and text[pos - 1] == "."


def _near_words(text: str, pos: int) -> int:
    window = text[max(0, pos - 60) : pos]
    return 1 if PERIOD_WORDS.search(window) else 0


def _status(text: str, period: Proposal | None, today: dt.date) -> Proposal | None:
    for value, pattern in (
        ("käynnissä", RUNNING),
        ("päättynyt", ENDED),
        ("suunnitteilla", PLANNED),
    ):
        m = pattern.search(text)
        if m:
            return Proposal(value, [snippet(text, m.start(), m.end())])
    if period is not None:
        end = period.value.get("end")
        start = period.value.get("start")
        if end and str(end) < today.isoformat()[: len(str(end))]:
            return Proposal("päättynyt", [f"kausi päättyi {end}", *period.evidence])
        if start and str(start) > today.isoformat()[: len(str(start))]:
            return Proposal("suunnitteilla", [f"kausi alkaa {start}", *period.evidence])
    return None


def _published(text: str, document_date: str | None) -> Proposal | None:
    best: tuple[str, int, int] | None = None
    for line_match in re.finditer(r"^[^\n]{0,60}$", text, re.M):
        line = line_match.group()
        days = list(ONE_DAY.finditer(line))
        if len(days) != 1 or DAY_RANGE.search(line):
            continue
        if len(re.findall(r"[^\W\d_]{3,}", line)) > 2:
            continue  # a sentence with a date in it, not a date line
        d = days[0]
        iso = _iso(d.group(1), d.group(2), d.group(3))
        if iso and (best is None or iso > best[0]):
            best = (iso, line_match.start() + d.start(), line_match.start() + d.end())
    if best:
        return Proposal(best[0], [snippet(text, best[1], best[2])])
    if document_date:
        return Proposal(document_date[:10], ["tiedoston tiedot"])
    return None
