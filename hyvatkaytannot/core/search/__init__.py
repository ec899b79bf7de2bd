"""Full-text search over the cases: Whoosh index, query language, facets, snippets.

The public surface is `SearchIndex` (index.py) and the plain result types; see index.py for
the search options and the package's modules for their design decisions.
"""

from hyvatkaytannot.core.search.index import SearchIndex
from hyvatkaytannot.core.search.locking import IndexBusy, IndexReadOnly
from hyvatkaytannot.core.search.results import FACET_FIELDS, Hit, IndexReport, SearchResponse

__all__ = [
    "FACET_FIELDS",
    "Hit",
    "IndexBusy",
    "IndexReadOnly",
    "IndexReport",
    "SearchIndex",
    "SearchResponse",
]
