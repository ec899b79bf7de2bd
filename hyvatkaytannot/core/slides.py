"""Slides for presentation mode, generated from a case's fields (no Qt).

A trainer shows a case as a handful of slides in a fixed order: the title slide (title,
municipalities, region, period), the starting point and goals, what was done, results and
lessons, then contacts and sources. A section too long to read from across a room is split
into continuation slides at block boundaries (paragraphs, list items), never mid-sentence:
the GUI then only scales the type to the screen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.case_languages import SECTIONS, headings_for

# About what fits on a slide in large type; a block longer than this stays whole.
SLIDE_BUDGET_CHARS = 650
# A table longer than this shows its first rows and a row of "⋮" on its slide: nobody reads
# row 40 from across a room, and Qt lays a 3000-row table out on the GUI thread for 30 s.
SLIDE_TABLE_ROWS = 8

# (slide title key, body sections shown on it), in presentation order.
_SECTION_SLIDES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("background", ("Lähtökohdat", "Tavoitteet")),
    ("implementation", ("Toteutus",)),
    ("results", ("Tulokset", "Opit ja siirrettävyys")),
)

# A case's slides speak the case's language, as its text and its section headings do (a
# Swedish case is presented in Swedish whatever the presenter's UI); a collection's own
# slides speak the UI's. Both are the audience's words, so they live here with the case
# languages rather than in the UI catalogue.
_LABELS: dict[str, dict[str, str]] = {
    "fi": {
        "background": "Lähtökohdat ja tavoitteet",
        "implementation": "Toteutus",
        "results": "Tulokset ja opit",
        "contacts": "Yhteystiedot ja lähteet",
        "sources": "Lähteet",
        "similar": "Samankaltaisia tapauksia",
        "map": "Tapaukset kartalla",
        "one_case": "1 tapaus",
        "cases": "{n} tapausta",
    },
    "sv": {
        "background": "Utgångsläge och mål",
        "implementation": "Genomförande",
        "results": "Resultat och lärdomar",
        "contacts": "Kontakter och källor",
        "sources": "Källor",
        "similar": "Liknande fall",
        "map": "Fallen på kartan",
        "one_case": "1 fall",
        "cases": "{n} fall",
    },
    "en": {
        "background": "Background and goals",
        "implementation": "Implementation",
        "results": "Results and lessons",
        "contacts": "Contacts and sources",
        "sources": "Sources",
        "similar": "Similar cases",
        "map": "Cases on the map",
        "one_case": "1 case",
        "cases": "{n} cases",
    },
}


def label(key: str, language: str) -> str:
    return _LABELS.get(language, _LABELS["fi"])[key]


def _heading(section: str, language: str) -> str:
    """A section's heading in a case language ("Lähtökohdat" → "Utgångsläge")."""
    return headings_for(language)[SECTIONS.index(section)]


@dataclass(frozen=True)
class Slide:
    """One slide. `markdown` is rendered (and sanitised) by the GUI like the reading view."""

    case_id: str
    kind: str  # "title" | "section" | "contacts" | "collection" | "map"
    title: str
    markdown: str = ""
    subtitle: str = ""
    part: int = 1  # continuation number when a section is split
    parts: int = 1
    notes: list[str] = field(default_factory=list)
    # For kind "map": the cases whose places the map shows.
    map_cases: tuple[str, ...] = ()


def period_label(case: Case) -> str:
    start, end = case.period_start or "", case.period_end or ""
    if start and end and end != start:
        return f"{_fi_date(start)}–{_fi_date(end)}"
    return _fi_date(start or end)


def _fi_date(value: str) -> str:
    """ISO dates the Finnish way (1.3.2022); a bare year stays as it is."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return value
    return f"{int(m.group(3))}.{int(m.group(2))}.{m.group(1)}"


def split_blocks(markdown: str) -> list[str]:
    """Markdown blocks: paragraphs, headings, and each top-level list item on its own."""
    blocks: list[str] = []
    for chunk in re.split(r"\n\s*\n", markdown.strip()):
        lines = chunk.splitlines()
        if lines and all(re.match(r"^\s*([-*+]|\d+[.)])\s+|^\s{2,}\S", ln) for ln in lines):
            item: list[str] = []
            for ln in lines:
                if re.match(r"^([-*+]|\d+[.)])\s+", ln) and item:
                    blocks.append("\n".join(item))
                    item = []
                item.append(ln)
            if item:
                blocks.append("\n".join(item))
        elif chunk.strip():
            blocks.append(chunk.strip())
    return blocks


def table_preview(block: str, rows: int = SLIDE_TABLE_ROWS) -> str:
    """A Markdown table block cut to its header and first `rows` rows, then a row of "⋮"
    (the reading view shows it whole); any other block as it is."""
    lines = block.splitlines()
    rule = lines[1].strip() if len(lines) > 1 else ""
    is_table = "|" in rule and "-" in rule and not set(rule) - set("|-: ")
    if not is_table or len(lines) - 2 <= rows or not all("|" in ln for ln in lines):
        return block
    columns = rule.strip("|").count("|") + 1
    return "\n".join([*lines[: 2 + rows], "| " + " | ".join(["⋮"] * columns) + " |"])


def paginate(blocks: list[str], budget: int = SLIDE_BUDGET_CHARS) -> list[str]:
    """Group blocks into pages of about `budget` characters; a heading never ends a page."""
    pages: list[list[str]] = [[]]
    size = 0
    for block in blocks:
        if pages[-1] and size + len(block) > budget and not pages[-1][-1].startswith("#"):
            pages.append([])
            size = 0
        pages[-1].append(block)
        size += len(block)
    joined = ["\n\n".join(p) for p in pages if p]
    return joined or [""]


_LIST_ITEM = re.compile(r"^([-*+]|\d+[.)])\s")


def _join_list_items(page: str) -> str:
    """Blocks of one list were split apart; put consecutive items back into one list. A
    list's first item keeps its blank line after a paragraph: without it Markdown reads
    the items as the paragraph's own text ("Det kräver - ett nytt sätt…")."""
    out: list[str] = []
    for block in page.split("\n\n"):
        if out and _LIST_ITEM.match(block) and _LIST_ITEM.match(out[-1]):
            out[-1] += "\n" + block
        else:
            out.append(block)
    return "\n\n".join(out)


def slides_for_case(
    case: Case,
    notes: list[str] | None = None,
    similar: list[tuple[str, str]] | None = None,
) -> list[Slide]:
    """The slides of one case. `similar`: (title, municipalities) of similar cases, listed
    on the end slide ("who else did this?")."""
    notes = notes or []
    sections = case.sections
    subtitle_parts = [", ".join(case.municipalities), ", ".join(case.regions), period_label(case)]
    slides = [
        Slide(
            case.id,
            "title",
            case.title,
            markdown=case.summary,
            subtitle=" · ".join(p for p in subtitle_parts if p),
            notes=notes,
        )
    ]
    language = case.language or "fi"
    for key, names in _SECTION_SLIDES:
        title = label(key, language)
        blocks: list[str] = []
        for name in names:
            text = sections.get(name, "").strip()
            if not text:
                continue
            if len(names) > 1:
                blocks.append(f"### {_heading(name, language)}")
            blocks.extend(table_preview(b) for b in split_blocks(text))
        if not blocks:
            continue
        pages = paginate(blocks)
        for i, page in enumerate(pages, start=1):
            slides.append(
                Slide(
                    case.id,
                    "section",
                    title,
                    markdown=_join_list_items(page),
                    subtitle=case.title,
                    part=i,
                    parts=len(pages),
                    notes=notes,
                )
            )
    slides.append(
        Slide(
            case.id,
            "contacts",
            label("contacts", language),
            markdown=contacts_markdown(case) + similar_markdown(similar or [], language),
            subtitle=case.title,
            notes=notes,
        )
    )
    return slides


def similar_markdown(similar: list[tuple[str, str]], language: str = "fi") -> str:
    if not similar:
        return ""
    lines = ["", "", f"### {label('similar', language)}"]
    lines += [f"- **{title}**" + (f" — {places}" if places else "") for title, places in similar]
    return "\n".join(lines)


def contacts_markdown(case: Case) -> str:
    lines: list[str] = []
    for c in case.contacts:
        who = ", ".join(str(c[k]) for k in ("name", "role", "organisation") if c.get(k))
        reach = " · ".join(str(c[k]) for k in ("email", "phone") if c.get(k))
        lines.append(f"- **{who}**" + (f" — {reach}" if reach else ""))
    if case.sources:
        lines.append("")
        lines.append(f"### {label('sources', case.language or 'fi')}")
        for s in case.sources:
            title = str(s.get("title", "")).strip()
            url = str(s.get("url", "")).strip()
            when = str(s.get("published", "")).strip()
            text = title + (f" ({_fi_date(when)})" if when else "")
            lines.append(f"- {text}" + (f" <{url}>" if url else ""))
    more = case.sections.get("Lisätietoja", "").strip()
    if more and not case.contacts:
        lines.append(more)
    return "\n".join(lines).strip()


def slides_for_collection(
    title: str,
    description: str,
    cases: list[Case],
    notes: dict[str, list[str]] | None = None,
    with_map: bool = False,
    language: str = "fi",
) -> list[Slide]:
    """A collection played as a sequence: its own title slide (optionally followed by a map
    of its cases' places), then each case's slides. `language`: the UI's, for the
    collection's own slides."""
    notes = notes or {}
    listing = "\n".join(f"{i}. {c.title}" for i, c in enumerate(cases, start=1))
    slides = [
        Slide(
            "",
            "collection",
            title,
            markdown=(description.strip() + "\n\n" + listing).strip(),
            subtitle=(
                label("cases", language).format(n=len(cases))
                if len(cases) != 1
                else label("one_case", language)
            ),
        )
    ]
    if with_map:
        slides.append(
            Slide(
                "",
                "map",
                label("map", language),
                subtitle=title,
                map_cases=tuple(c.id for c in cases),
            )
        )
    for case in cases:
        slides.extend(slides_for_case(case, notes.get(case.id)))
    return slides
