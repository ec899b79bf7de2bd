"""Reference data: municipalities, regions and themes from resources/."""

from __future__ import annotations

from hyvatkaytannot.core import reference


def test_municipality_lookups() -> None:
    posio = reference.municipality("Posio")
    assert posio is not None and posio.region_fi == "Lappi" and len(posio.code) == 3
    assert reference.municipality("  posio ") == posio
    assert reference.municipality("Mariehamn") == reference.municipality("Maarianhamina")
    assert reference.municipality("Vasa").name_fi == "Vaasa"  # type: ignore[union-attr]
    assert reference.municipality(posio.code) == posio
    assert reference.municipality("Atlantis") is None


def test_regions_and_region_for() -> None:
    regions = reference.regions()
    assert len(regions) == 19 and {r.code for r in regions} >= {"01", "19", "21"}
    assert reference.region_for("Posio") == reference.region("lappi") == reference.region("19")
    assert reference.region("Åland").fi == "Ahvenanmaa"  # type: ignore[union-attr]
    assert reference.region_for("Atlantis") is None
    # every municipality's region is in the regions list
    codes = {r.code for r in regions}
    assert all(m.region_code in codes for m in reference.municipalities())
    assert len(reference.municipalities()) == 308


def test_themes() -> None:
    themes = reference.themes()
    ids = [t.id for t in themes]
    assert "yhteistyo" in ids and len(ids) == len(set(ids))
    assert reference.theme("yhteistyo").fi.startswith("Hallinnonrajat")  # type: ignore[union-attr]
    assert all(t.fi and t.en for t in themes)
    assert reference.theme("avaruus") is None
    themes.clear()  # callers get a copy: the cache is untouched
    assert reference.themes()
