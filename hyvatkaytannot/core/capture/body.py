"""Title, a 1–3 sentence summary taken from the text, and the body in the six sections.

Design decisions:
- Headings are Markdown headings, or in plain text (PDF, .txt) a short line on its own
  without end punctuation. A heading goes to the section its words say (by lemma: "Tarve
  ja tavoitteet" → Lähtökohdat, "Ratkaisu" → Toteutus, "Tulokset ja vaikutukset" →
  Tulokset; Swedish headings too: "Bakgrund" → Lähtökohdat, "Lärdomar" → Opit ja
  siirrettävyys, the case format's own Swedish headings as themselves); its own words are
  kept under the section as a ### heading, so nothing is lost. What comes under no such
  heading goes to Lisätietoja, in order.
- The summary is copied from the text, never written: the paragraph under a
  "Tiivistelmä" heading if there is one, else the first paragraph of at least two
  sentences; at most three sentences of it.
- Boilerplate lines of saved pages (share buttons, newsletter prompts) are left out of the
  title and the summary, but stay in the body for the coordinator to delete.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hyvatkaytannot.core.analysis import query_keys, tokenize
from hyvatkaytannot.core.capture.proposal import Proposal
from hyvatkaytannot.core.case import SECTIONS
from hyvatkaytannot.core.case_languages import canonical_section

SECTION_WORDS: dict[str, tuple[str, ...]] = {
    "Lähtökohdat": (
        "lähtökohta",
        "tausta",
        "tarve",
        "ongelma",
        "haaste",
        "nykytila",
        "johdanto",
        "lähtötilanne",
        "taustaa",
    ),
    "Tavoitteet": ("tavoite", "päämäärä", "tarkoitus", "tavoitella"),
    "Toteutus": (
        "toteutus",
        "toimenpide",
        "ratkaisu",
        "menetelmä",
        "toteuttaminen",
        "työtapa",
        "toiminta",
        "toimintamalli",
        "käytäntö",
        "kuvaus",
        "eteneminen",
    ),
    "Tulokset": (
        "tulos",
        "vaikutus",
        "vaikuttavuus",
        "tuotos",
        "arviointi",
        "saavutus",
        "hyöty",
        "palaute",
    ),
    "Opit ja siirrettävyys": (
        "oppi",
        "siirrettävyys",
        "kokemus",
        "suositus",
        "vinkki",
        "jatko",
        "juurruttaminen",
        "levittäminen",
        "hyödyntäminen",
        "oppia",
        "onnistuminen",
        "sudenkuoppa",
    ),
    "Lisätietoja": ("lisätieto", "yhteystieto", "lähde", "linkki", "yhteyshenkilö"),
}
# Words of Swedish headings, matched as written (lowercase): documents of bilingual
# municipalities and Kommunförbundet come in Swedish too.
SECTION_WORDS_SV: dict[str, tuple[str, ...]] = {
    "Lähtökohdat": ("bakgrund", "utgångsläge", "utgångsläget", "behov", "problem"),
    "Tavoitteet": ("mål", "målet", "målen", "syfte", "syftet"),
    "Toteutus": ("genomförande", "genomförandet", "åtgärder", "metod", "verksamhet"),
    "Tulokset": ("resultat", "resultaten", "effekter", "utvärdering"),
    "Opit ja siirrettävyys": ("lärdomar", "erfarenheter", "överförbarhet", "rekommendationer"),
    "Lisätietoja": ("kontakt", "kontaktuppgifter", "källor", "länkar"),
}
BOILERPLATE = re.compile(
    r"^(?:jaa\b|jaa:|tulosta|lähetä|hyväksy|evästeet|sähköpostiosoitteesi|jätä yhteystietosi|"
    r"siirry|takaisin|etusivu|valikko|haku|kirjaudu|tilaa uutiskirje|share|cookie)",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9\"”])")
MAX_SUMMARY_CHARS = 600


@dataclass
class Block:
    heading: str | None
    lines: list[str]


def _is_plain_heading(line: str, prev_blank: bool) -> bool:
    s = line.strip()
    words = s.split()
    return (
        prev_blank
        and 0 < len(words) <= 7
        and len(s) <= 70
        and s[0].isupper()
        and not s.endswith((".", ",", ":", ";", "?", "!", "€"))
        and not re.search(r"\d", s)
        and not s.startswith(("-", "*", "•", "|"))
    )


def blocks(markdown: str, plain: bool) -> list[Block]:
    out = [Block(None, [])]
    prev_blank = True
    lines = markdown.splitlines()
    for line in lines:
        m = re.match(r"^(#{1,6})\s+(.*?)\s*#*\s*$", line)
        if m:
            out.append(Block(m.group(2).strip(), []))
        elif plain and _is_plain_heading(line, prev_blank) and section_of(line):
            out.append(Block(line.strip(), []))
        else:
            out[-1].lines.append(line)
        prev_blank = not line.strip()
    return out


def section_of(heading: str) -> str | None:
    """The section a heading's words name, or None. A case heading in either case
    language ("Utgångsläge", "Mer information") is its section."""
    exact = canonical_section(heading)
    if exact:
        return exact
    for word, _, _ in tokenize(heading):
        keys = {k.replace("-", "") for k in query_keys(word)} | {word.lower()}
        for section, words in SECTION_WORDS.items():
            if keys & (set(words) | set(SECTION_WORDS_SV[section])):
                return section
    return None


def sort_sections(markdown: str, plain: bool) -> str:
    parts: dict[str, list[str]] = {s: [] for s in SECTIONS}
    for block in blocks(markdown, plain):
        text = "\n".join(block.lines).strip("\n")
        section = section_of(block.heading) if block.heading else None
        target = parts[section or "Lisätietoja"]
        if block.heading and block.heading != section:
            target.append(f"### {block.heading}")
        if text.strip():
            target.append(text)
    chunks = []
    for s in SECTIONS:
        chunks.append(f"## {s}\n")
        body = "\n\n".join(parts[s]).strip()
        if body:
            chunks.append(body + "\n")
        chunks.append("")
    # Headings deeper than ### inside sections would break the outline: demote to ###.
    text = "\n".join(chunks)
    text = re.sub(r"^#{4,6} ", "### ", text, flags=re.M)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _content_lines(markdown: str) -> list[str]:
    return [
        line.strip()
        for line in markdown.splitlines()
        if line.strip() and not BOILERPLATE.match(line.strip().lstrip("#").strip())
    ]


def propose_title(markdown: str, doc_title: str | None) -> Proposal | None:
    for line in markdown.splitlines():
        m = re.match(r"^#\s+(.+)$", line)
        if m:
            return Proposal(m.group(1).strip(), [line.strip()])
    if doc_title and len(doc_title.split()) >= 2:
        title = re.split(r"\s+[|–-]\s+[^|–-]*$", doc_title)[0].strip() or doc_title
        return Proposal(title, ["tiedoston otsikkotieto: " + doc_title])
    for line in _content_lines(markdown):
        s = line.lstrip("#").strip()
        words = s.split()
        if (
            2 <= len(words) <= 16
            and not s.endswith((".", ":", "?"))
            and not s.isupper()
            and not re.fullmatch(r"[\d.\s/–-]+", s)
            and not s.startswith(("-", "*", "|"))
        ):
            return Proposal(s, [line])
    return None


def _sentences(paragraph: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(" ".join(paragraph.split())) if s.strip()]


def propose_summary(markdown: str) -> Proposal | None:
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", markdown) if p.strip()]
    chosen = None
    for i, p in enumerate(paragraphs):
        if re.match(r"^(?:#+\s*)?tiivistelmä\s*$", p, re.I) and i + 1 < len(paragraphs):
            chosen = paragraphs[i + 1]
            break
    if chosen is None:
        for p in paragraphs:
            if p.startswith(("#", "|", "-", "*")) or BOILERPLATE.match(p):
                continue
            if len(_sentences(p)) >= 2 and len(p.split()) >= 15:
                chosen = p
                break
    if chosen is None:
        return None
    sentences = _sentences(chosen)
    summary = ""
    for s in sentences[:3]:
        if summary and len(summary) + len(s) > MAX_SUMMARY_CHARS:
            break
        summary = f"{summary} {s}".strip()
    return Proposal(summary, [chosen[:200] + ("…" if len(chosen) > 200 else "")])
