"""core/geo.py: the projection against known points, the bundled outlines, counting."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hyvatkaytannot.core import geo, reference
from hyvatkaytannot.core.geo import UNKNOWN, TransverseMercator, count_by_region, load_geo


@pytest.mark.parametrize(
    ("lon", "lat", "east", "north"),
    [
        # On the central meridian: easting is the false easting; the northing is 0.9996 × the
        # GRS80 meridian arc (6 654 072.82 m at 60°).
        (27.0, 60.0, 500_000.0, 6_651_411.19),
        (27.0, 0.0, 500_000.0, 0.0),
        # Helsinki (Senate Square area) and Oulu, ETRS-TM35FIN values from PROJ (EPSG:3067).
        (24.9384, 60.1699, 385_611.317, 6_672_118.380),
        (25.4651, 65.0121, 427_657.548, 7_210_681.467),
        # Far from the central meridian: Kilpisjärvi and Ilomantsi.
        (20.55, 69.06, 243_145.408, 7_674_573.064),
        (31.58, 62.9, 732_636.785, 6_982_731.068),
    ],
)
def test_tm35fin_matches_known_points(lon: float, lat: float, east: float, north: float) -> None:
    e, n = geo.TM35FIN.forward(lon, lat)
    assert e == pytest.approx(east, abs=0.01)
    assert n == pytest.approx(north, abs=0.01)


def test_projection_keeps_north_up_and_east_right() -> None:
    tm = TransverseMercator()
    e0, n0 = tm.forward(25.0, 62.0)
    assert tm.forward(25.0, 63.0)[1] > n0
    assert tm.forward(26.0, 62.0)[0] > e0


def test_bundled_outlines_look_like_finland() -> None:
    g = load_geo()
    assert len(g.regions) == 19
    assert len(g.municipalities) == 308
    min_e, min_n, max_e, max_n = g.bbox
    # Finland is ~ 650 km wide and ~ 1 150 km tall in TM35FIN (Åland included).
    assert 550_000 < max_e - min_e < 700_000
    assert 1_100_000 < max_n - min_n < 1_200_000
    lappi, uusimaa = g.regions["19"], g.regions["01"]
    assert lappi.name_fi == "Lappi"
    assert lappi.label[1] > uusimaa.label[1] + 500_000
    # Labels lie inside their own bounding boxes.
    for area in [*g.regions.values(), *g.municipalities.values()]:
        assert area.bbox[0] <= area.label[0] <= area.bbox[2], area.name_fi
        assert area.bbox[1] <= area.label[1] <= area.bbox[3], area.name_fi
    assert g.municipalities["091"].name_fi == "Helsinki"
    assert g.municipalities["091"].region_code == "01"


def test_polygon_with_hole_keeps_its_rings(tmp_path: Path) -> None:
    outer = [[24, 60], [26, 60], [26, 61], [24, 61], [24, 60]]
    hole = [[24.5, 60.2], [25, 60.2], [25, 60.5], [24.5, 60.2]]
    data = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"code": "99", "name_fi": "Testi"},
                "geometry": {"type": "MultiPolygon", "coordinates": [[outer, hole], [outer]]},
            }
        ],
    }
    path = tmp_path / "areas.geojson"
    path.write_text(json.dumps(data), encoding="utf-8")
    area = geo.load_areas(path)["99"]
    assert [len(p) for p in area.polygons] == [2, 1]
    assert len(area.polygons[0][1]) == 4
    # No label in the data: the bounding-box centre.
    assert area.label == pytest.approx(
        ((area.bbox[0] + area.bbox[2]) / 2, (area.bbox[1] + area.bbox[3]) / 2)
    )


def test_bad_geojson_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.geojson"
    path.write_text(
        '{"features": [{"properties": {"code": "1"}, "geometry": {"type": "Point"', "utf-8"
    )
    with pytest.raises(ValueError, match="broken.geojson"):
        geo.load_areas(path)
    path.write_text(
        json.dumps({"features": [{"properties": {"code": "1"}, "geometry": {"type": "Point"}}]}),
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match=r"broken.geojson: feature 0 \(1\)"):
        geo.load_areas(path)


def test_region_facet_maps_to_codes_and_strays_to_unknown() -> None:
    counts = geo.region_counts([("Lappi", 2), ("uusimaa", 3), ("Nyland", 1), ("Atlantis", 4)])
    assert counts == {"19": 2, "01": 4, UNKNOWN: 4}
    # A facet given as a mapping is read the same way.
    assert geo.region_counts({"Ahvenanmaa": 1, "Åland": 1}) == {"21": 2}


def test_municipality_facet_maps_to_codes_and_swedish_names() -> None:
    counts = geo.municipality_counts(
        [("Helsinki", 5), ("Mariehamn", 1), ("Maarianhamina", 1), ("Pertunmaa", 2)]
    )
    # Pertunmaa was merged into Mäntyharju: not on the 2026 map, so it is unknown, not dropped.
    assert counts == {"091": 5, "478": 2, UNKNOWN: 2}
    assert sum(counts.values()) == 9


def test_count_by_region_from_hits_never_drops_a_case() -> None:
    hits = [
        {"municipalities": ["Rovaniemi", "Kemi"], "regions": ["Lappi"]},  # once in Lappi
        {"municipalities": ["Helsinki", "Sodankylä"]},  # Uusimaa and Lappi
        {"municipalities": ["Tuntemattomala"]},  # not on the map
        {"municipalities": []},  # no place at all
        {"municipalities": ["Inari"], "regions": ["Lapland county"]},  # Lappi + unknown
    ]
    counts = count_by_region(hits)
    assert counts == {"19": 3, "01": 1, UNKNOWN: 3}


def test_count_by_region_reads_hit_objects() -> None:
    class Hit:
        def __init__(self, municipalities: list[str]) -> None:
            self.municipalities = municipalities
            self.regions: list[str] = []

    assert count_by_region([Hit(["Oulu"]), Hit(["Kajaani"])]) == {"17": 1, "18": 1}


def test_count_by_region_from_municipality_facet_sums_per_region() -> None:
    facet = [("Rovaniemi", 2), ("Inari", 1), ("Tampere", 4), ("Ei-kunta", 1)]
    assert count_by_region(facet) == {"19": 3, "06": 4, UNKNOWN: 1}
    assert count_by_region({"Rovaniemi": 2}) == {"19": 2}


def test_every_listed_municipality_has_an_outline_and_a_region() -> None:
    g = load_geo()
    listed = reference.municipalities()
    assert {m.code for m in listed} == set(g.municipalities)
    for m in listed:
        assert m.region_code in g.regions, m.name_fi
        assert g.municipalities[m.code].region_code == m.region_code
    assert set(geo.region_names()) == set(g.regions)


@pytest.mark.parametrize("query", ["", "elinvoima", "johtaminen", "kunta:Posio"])
def test_map_counts_equal_facet_counts_on_bundled_cases(data_dir: Path, query: str) -> None:
    """What the map shades for a query is what the region facet says, and what filtering by
    that region returns; counting from the hits' own places agrees with both."""
    from hyvatkaytannot.core import KnowledgeBase

    with KnowledgeBase.open(data_dir) as kb:
        assert kb.cases, "no bundled cases"
        kb.sync_index()
        resp = kb.search(query, limit=10_000, snippets=False)
        assert resp.total > 0, query
        shaded = geo.region_counts(resp.facets["region"])
        assert shaded == count_by_region(resp.hits)
        if not query:  # presentation counts a collection's Case objects the same way
            assert shaded == count_by_region(kb.cases.values())
        assert sum(n for _, n in resp.facets["region"]) == sum(shaded.values())
        for code, n in shaded.items():
            if code == UNKNOWN:
                continue
            name = geo.region_names()[code]
            filtered = kb.search(query, filters={"region": [name]}, limit=0, facets=False)
            assert filtered.total == n, (query, name)
