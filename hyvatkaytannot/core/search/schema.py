"""The Whoosh schema, its version stamp and the query-language field names.

Design:
- Free text lives in several analysed fields so that BM25F can weigh them: the title counts
  three times the body, the summary twice; place names, tags and notes are separate fields
  so that `kunta:Posiolla` can search just the municipality names (analysed: it finds Posio).
- Facets live in unanalysed KEYWORD fields holding the values exactly as written, split on a
  control character (values may contain commas and spaces). Facet counts come from these
  fields' posting lists (see facets.py), not from stored documents.
- Sorting uses two sortable columns: `title_key` (Finnish collation, see collation.py) and
  `start` (period start as yyyymmdd).
- Everything a hit shows is in one pickled `hit` column value, so a hit without a snippet
  costs one column read (stored fields hold the whole body and cost ~65 µs to unpickle).
- SCHEMA_VERSION goes into the index stamp with the analyzer version; a change to either
  (or to what documents.py puts into a document: bump it then)
  forces a full rebuild (see store.py).
"""

from __future__ import annotations

from typing import Any

from whoosh.analysis import RegexTokenizer
from whoosh.columns import PickleColumn, VarBytesColumn
from whoosh.fields import COLUMN, ID, KEYWORD, NUMERIC, Schema

from hyvatkaytannot.core.search.fastfield import CommonPairs, FinnishText

SCHEMA_VERSION = "10"

# Separator between the values of a multi-valued facet field.
FACET_SEP = "\x1f"

# (field, BM25F boost) of the fields a plain word searches. Few fields on purpose: every
# field multiplies the posting lists a word reads and scores. `extra` holds the short texts
# (places, themes, organisations, funders, the user's tags and notes) in one field.
TEXT_FIELDS: tuple[tuple[str, float], ...] = (
    ("title", 3.0),
    ("summary", 2.0),
    ("body", 1.0),
    ("extra", 1.5),
)
DEFAULT_FIELDS: tuple[str, ...] = tuple(name for name, _ in TEXT_FIELDS)

# Fields that only field queries (`kunta:…`) search; no positions needed.
FIELD_ONLY: tuple[str, ...] = (
    "municipality_text",
    "region_text",
    "theme_text",
    "organisations",
    "funder",
    "tag_text",
    "notes",
)

# Running-text field -> the field of its common-word pairs (pairs.py).
PAIR_FIELDS: dict[str, str] = {"body": "body_pairs"}

# Fields whose vocabulary feeds prefix completion, fuzzy expansion and "did you mean".
VOCAB_FIELDS: tuple[str, ...] = DEFAULT_FIELDS

# Facet fields (KEYWORD) by facet name.
FACET_FIELD = {
    "region": "region",
    "municipality": "municipality",
    "theme": "theme",
    "status": "status",
    "year": "year",
    "tag": "tag",
    # "ehdotus" for a case that capture proposed and nobody has reviewed (`review:`).
    "review": "review",
}

# Query-language field names (Finnish and English) -> canonical name.
FIELD_ALIASES: dict[str, str] = {
    "kunta": "municipality",
    "municipality": "municipality",
    "maakunta": "region",
    "region": "region",
    "teema": "theme",
    "theme": "theme",
    "tila": "status",
    "status": "status",
    "vuosi": "year",
    "year": "year",
    "tunniste": "tag",
    "tagi": "tag",
    "tag": "tag",
    "otsikko": "title",
    "title": "title",
    "organisaatio": "organisations",
    "organisation": "organisations",
    "rahoittaja": "funder",
    "funder": "funder",
    "muistiinpano": "notes",
    "note": "notes",
    "id": "id",
    "tarkistus": "review",
    "review": "review",
}

# Canonical query field -> (analysed text field or None, facet keyword field or None).
QUERY_FIELDS: dict[str, tuple[str | None, str | None]] = {
    "municipality": ("municipality_text", "municipality"),
    "region": ("region_text", "region"),
    "theme": ("theme_text", "theme"),
    "status": (None, "status"),
    "year": (None, "year"),
    "tag": ("tag_text", "tag"),
    "title": ("title", None),
    "organisations": ("organisations", None),
    "funder": ("funder", None),
    "notes": ("notes", None),
    "id": (None, "id"),
    "review": (None, "review"),
}


def build_schema(analyzer: Any) -> Schema:
    boosts = dict(TEXT_FIELDS)
    # One token per value, exactly as written (no lowercasing: facets show the values).
    facet_analyzer: Any = RegexTokenizer(r"[^\x1f]+")
    fields: dict[str, Any] = {
        "id": ID(stored=True, unique=True, sortable=True),
        # What the document was built from (documents.signature): sync compares it.
        "sig": ID(sortable=True),
        "title": FinnishText(analyzer=analyzer, stored=True, field_boost=boosts["title"]),
        "summary": FinnishText(analyzer=analyzer, stored=True, field_boost=boosts["summary"]),
        "body": FinnishText(analyzer=analyzer, stored=True, field_boost=boosts["body"]),
        "extra": FinnishText(analyzer=analyzer, field_boost=boosts["extra"]),
        "title_key": ID(sortable=True),
        "start": NUMERIC(sortable=True, bits=32, signed=False),
        # What a hit shows (id, title, places, period, status, path) in one pickled column
        # value: reading it does not touch the stored body.
        "hit": COLUMN(PickleColumn(VarBytesColumn())),
    }
    fields[PAIR_FIELDS["body"]] = CommonPairs(analyzer)
    for name in FIELD_ONLY:
        fields[name] = FinnishText(analyzer=analyzer, phrase=False, stored=name == "notes")
    for facet in FACET_FIELD.values():
        fields[facet] = KEYWORD(analyzer=facet_analyzer)
    # The case's language ("fi", "sv"): a query is analysed in every language the index holds.
    fields["language"] = KEYWORD(analyzer=facet_analyzer)
    return Schema(**fields)
