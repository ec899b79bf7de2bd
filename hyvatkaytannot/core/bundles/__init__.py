"""`.hkzip` bundles: share a collection (or a selection) of cases with tags and notes.

Export writes the case files byte for byte with a manifest of sha256 checksums. Import is
two steps: `preview_import` reads the bundle through every safety check (paths, symlinks,
duplicates, sizes, zip bombs; see safety.py) and says what would happen, writing nothing;
`apply_import` then stages the files beside their targets and swaps them in. The facade
versions (`export_from_kb`, `preview_into_kb`, `apply_into_kb`) are what the CLI and the
GUI call.
"""

from hyvatkaytannot.core.bundles.apply import ON_CONFLICT, ImportResult, OnConflict, apply_import
from hyvatkaytannot.core.bundles.export import ExportError, export_bundle
from hyvatkaytannot.core.bundles.manifest import (
    BUNDLE_SUFFIX,
    FORMAT_VERSION,
    Manifest,
    ManifestEntry,
    ManifestError,
)
from hyvatkaytannot.core.bundles.preview import (
    ImportItem,
    ImportPreview,
    Status,
    preview_import,
    read_bundle,
)
from hyvatkaytannot.core.bundles.safety import BundleRejected, Limits
from hyvatkaytannot.core.bundles.service import (
    AppliedImport,
    apply_into_kb,
    export_from_kb,
    preview_into_kb,
)

__all__ = [
    "BUNDLE_SUFFIX",
    "FORMAT_VERSION",
    "ON_CONFLICT",
    "AppliedImport",
    "BundleRejected",
    "ExportError",
    "ImportItem",
    "ImportPreview",
    "ImportResult",
    "Limits",
    "Manifest",
    "ManifestEntry",
    "ManifestError",
    "OnConflict",
    "Status",
    "apply_import",
    "apply_into_kb",
    "export_bundle",
    "export_from_kb",
    "preview_import",
    "preview_into_kb",
    "read_bundle",
]
