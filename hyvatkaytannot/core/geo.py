"""Map data without Qt: the bundled outlines projected to a plane, and cases counted per place.

Design decisions:
- Projection: a transverse Mercator on GRS80 with central meridian 27° E, scale 0.9996 and a
  false easting of 500 km, i.e. ETRS-TM35FIN (JHS 154). It keeps Lapland in proportion, unlike
  plate carrée or web Mercator. The forward formulas are Krüger's series to n⁴ (as in JHS 154
  and Karney 2011), accurate to well under a millimetre inside Finland; pyproj is not a
  dependency. Output is (easting, northing) in metres, north up.
- Outlines are read once from `resources/data/{regions,municipalities}.geojson` and cached
  (`load_geo()`); a polygon is a list of rings (outer first, then holes), a multipolygon a
  list of such polygons. The GUI turns them into QPainterPaths.
- Counting: the search facets carry names (the loader stores known places under their
  Finnish names). Names are resolved through `core.reference` (case-insensitive, Finnish,
  Swedish and aliases, so `Mariehamn` is Maarianhamina). A name that is not in the list, or a
  municipality that has no outline on the map, is counted under `UNKNOWN`: never dropped.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from hyvatkaytannot.core import reference
from hyvatkaytannot.core.resources import resource_path

UNKNOWN = "unknown"

# Shown under every map and in the About dialog (resources/data/README.md; CC BY 4.0 asks for
# it). Bilingual as the README gives it, so it is not run through translation.
ATTRIBUTION = (
    "Lähde: Tilastokeskus, Maanmittauslaitos (CC BY 4.0) / Source: Statistics Finland, "
    "National Land Survey of Finland (CC BY 4.0); municipal division 1:4.5M, modified."
)

Point = tuple[float, float]
Ring = list[Point]
Polygon = list[Ring]  # outer ring first, then holes
BBox = tuple[float, float, float, float]  # min_e, min_n, max_e, max_n

# -- projection ------------------------------------------------------------------------------

# GRS80 (ETRS89); WGS-84 differs by 0.1 mm in the semi-minor axis, irrelevant at map scale.
_A = 6378137.0
_F = 1 / 298.257222101
_N = _F / (2 - _F)
_A_HAT = _A / (1 + _N) * (1 + _N**2 / 4 + _N**4 / 64)
_ALPHA = (
    _N / 2 - 2 * _N**2 / 3 + 5 * _N**3 / 16 + 41 * _N**4 / 180,
    13 * _N**2 / 48 - 3 * _N**3 / 5 + 557 * _N**4 / 1440,
    61 * _N**3 / 240 - 103 * _N**4 / 140,
    49561 * _N**4 / 161280,
)
_E2N = 2 * math.sqrt(_N) / (1 + _N)  # the first eccentricity e, written with n


@dataclass(frozen=True)
class TransverseMercator:
    """A transverse Mercator on GRS80; the defaults are ETRS-TM35FIN."""

    central_meridian: float = 27.0
    scale: float = 0.9996
    false_easting: float = 500_000.0
    false_northing: float = 0.0

    def forward(self, lon: float, lat: float) -> Point:
        """(lon, lat) in degrees → (easting, northing) in metres."""
        phi = math.radians(lat)
        dlam = math.radians(lon - self.central_meridian)
        # Conformal latitude, as its tangent.
        t = math.sinh(math.atanh(math.sin(phi)) - _E2N * math.atanh(_E2N * math.sin(phi)))
        xi0 = math.atan2(t, math.cos(dlam))
        eta0 = math.atanh(math.sin(dlam) / math.sqrt(1 + t * t))
        xi, eta = xi0, eta0
        for j, alpha in enumerate(_ALPHA, start=1):
            xi += alpha * math.sin(2 * j * xi0) * math.cosh(2 * j * eta0)
            eta += alpha * math.cos(2 * j * xi0) * math.sinh(2 * j * eta0)
        k = self.scale * _A_HAT
        return self.false_easting + k * eta, self.false_northing + k * xi


TM35FIN = TransverseMercator()


# -- outlines --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Area:
    """One region or municipality: projected polygons, label point, bounding box."""

    code: str
    name_fi: str
    name_sv: str
    polygons: list[Polygon]
    label: Point
    bbox: BBox
    region_code: str | None = None  # municipalities only


@dataclass(frozen=True)
class GeoData:
    regions: dict[str, Area]
    municipalities: dict[str, Area]
    bbox: BBox


def _bbox_of(points: Iterable[Point]) -> BBox:
    es, ns = zip(*points, strict=True)
    return min(es), min(ns), max(es), max(ns)


def _union(boxes: Iterable[BBox]) -> BBox:
    bs = list(boxes)
    return (
        min(b[0] for b in bs),
        min(b[1] for b in bs),
        max(b[2] for b in bs),
        max(b[3] for b in bs),
    )


def _polygons(geometry: Mapping[str, Any], proj: TransverseMercator) -> list[Polygon]:
    kind = geometry.get("type")
    coords = geometry.get("coordinates") or []
    if kind == "Polygon":
        raw = [coords]
    elif kind == "MultiPolygon":
        raw = coords
    else:
        raise ValueError(f"unsupported geometry type {kind!r}")
    return [
        [[proj.forward(float(p[0]), float(p[1])) for p in ring] for ring in poly if ring]
        for poly in raw
        if poly
    ]


def load_areas(path: Path, proj: TransverseMercator = TM35FIN) -> dict[str, Area]:
    """Read a GeoJSON FeatureCollection of areas (`code`, `name_fi`, … properties)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ValueError(f"{path}: cannot read map outlines: {e}") from e
    areas: dict[str, Area] = {}
    for i, feature in enumerate(data.get("features", [])):
        props = feature.get("properties") or {}
        code = str(props.get("code", ""))
        try:
            polys = _polygons(feature.get("geometry") or {}, proj)
        except (ValueError, TypeError, IndexError) as e:
            raise ValueError(f"{path}: feature {i} ({code}): {e}") from e
        outer = [p for poly in polys for p in poly[0]]
        if not code or not outer:
            raise ValueError(f"{path}: feature {i} has no code or no outline")
        bbox = _bbox_of(outer)
        if "label_lon" in props and "label_lat" in props:
            label = proj.forward(float(props["label_lon"]), float(props["label_lat"]))
        else:
            label = ((bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2)
        areas[code] = Area(
            code=code,
            name_fi=str(props.get("name_fi", code)),
            name_sv=str(props.get("name_sv", "")),
            polygons=polys,
            label=label,
            bbox=bbox,
            region_code=str(props["region_code"]) if "region_code" in props else None,
        )
    return areas


@cache
def load_geo() -> GeoData:
    """The bundled regions and municipalities, projected to ETRS-TM35FIN (cached)."""
    regions = load_areas(resource_path("data", "regions.geojson"))
    municipalities = load_areas(resource_path("data", "municipalities.geojson"))
    return GeoData(regions, municipalities, _union(a.bbox for a in regions.values()))


# -- names and counting ----------------------------------------------------------------------


def region_code(name: str) -> str | None:
    """The code of a region by its Finnish or Swedish name (or code); None if unknown."""
    r = reference.region(name)
    return r.code if r else None


def municipality_code(name: str) -> str | None:
    """The code of a municipality by its Finnish or Swedish name, an alias or its code."""
    m = reference.municipality(name)
    return m.code if m else None


def region_names() -> dict[str, str]:
    """Region code → Finnish name, in the classification's order."""
    return {r.code: r.fi for r in reference.regions()}


def _region_of_municipality(name: str, geo: GeoData) -> str:
    m = reference.municipality(name)
    if m is None or m.code not in geo.municipalities or m.region_code not in geo.regions:
        return UNKNOWN
    return m.region_code


def _add(counts: dict[str, int], key: str, n: int) -> None:
    counts[key] = counts.get(key, 0) + n


def _pairs(facet: Mapping[str, int] | Iterable[tuple[str, int]]) -> Iterable[tuple[str, int]]:
    return facet.items() if isinstance(facet, Mapping) else facet


def region_counts(
    region_facet: Mapping[str, int] | Iterable[tuple[str, int]],
    geo: GeoData | None = None,
) -> dict[str, int]:
    """The search's region facet (name → count) as region code → count; strays to UNKNOWN.

    This is what the map shades: it equals the facet by construction, so the map and the
    facet panel never disagree.
    """
    geo = geo or load_geo()
    out: dict[str, int] = {}
    for name, n in _pairs(region_facet):
        code = region_code(str(name))
        _add(out, code if code in geo.regions else UNKNOWN, int(n))
    return out


def municipality_counts(
    municipality_facet: Mapping[str, int] | Iterable[tuple[str, int]],
    geo: GeoData | None = None,
) -> dict[str, int]:
    """Municipality facet (name → count) as municipality code → count; strays to UNKNOWN."""
    geo = geo or load_geo()
    out: dict[str, int] = {}
    for name, n in _pairs(municipality_facet):
        code = municipality_code(str(name))
        _add(out, code if code in geo.municipalities else UNKNOWN, int(n))
    return out


def _field(hit: Any, name: str) -> list[str]:
    value = hit.get(name) if isinstance(hit, Mapping) else getattr(hit, name, None)
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def count_by_region(
    source: Iterable[Any] | Mapping[str, int],
    geo: GeoData | None = None,
) -> dict[str, int]:
    """Cases per region code (or UNKNOWN), from hits or from a municipality facet.

    - Hits (objects or dicts with `municipalities` and optionally `regions`): each case counts
      once in every region it touches, through its listed regions or its municipalities'
      regions. A name the map cannot place adds the case to UNKNOWN as well, so no case is
      ever dropped; a case with no place at all counts as UNKNOWN.
    - A municipality facet (a mapping or (name, count) pairs): counts summed per region. A
      case in two municipalities of the same region is counted twice there: use the region
      facet (`region_counts`) when it exists.
    """
    geo = geo or load_geo()
    out: dict[str, int] = {}
    items = list(source.items()) if isinstance(source, Mapping) else list(source)
    if items and all(isinstance(i, tuple) and len(i) == 2 and isinstance(i[1], int) for i in items):
        for name, n in items:
            _add(out, _region_of_municipality(str(name), geo), n)
        return out
    for hit in items:
        touched: set[str] = set()
        for name in _field(hit, "regions"):
            code = region_code(name)
            touched.add(code if code in geo.regions else UNKNOWN)
        for name in _field(hit, "municipalities"):
            touched.add(_region_of_municipality(name, geo))
        for key in touched or {UNKNOWN}:
            _add(out, key, 1)
    return out
