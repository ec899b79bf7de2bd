"""The five seeds (../shared/seeds) captured propose the places, period and funding of the
bundled cases written from them. Skipped when the shared folder is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from hyvatkaytannot.core.capture import capture_file
from hyvatkaytannot.core.library import Library
from hyvatkaytannot.core.resources import bundled_practices_dir

# ../shared beside the checkout (CI), or the shared folder of this workplace.
SEEDS = next(
    (
        p
        for p in (
            Path(__file__).resolve().parents[3].parent / "shared" / "seeds",
            Path("/work/shared/seeds"),
        )
        if p.is_dir()
    ),
    Path("/nonexistent"),
)
# seed file prefix → the bundled case written from it
MATCH = {
    "000": "posio-yhteistyo",
    "001": "posio-yhteisollinen-johtaminen",
    "002": "suupohja-elinvoiman-johtaminen",
    "003": "orivesi-elinvoimapalvelut",
    "004": "tyon-rikastajat-ja-rakastajat",
}

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not here")


@pytest.fixture(scope="module")
def cases() -> dict:
    return Library([(bundled_practices_dir(), True)]).load().cases


@pytest.mark.parametrize("prefix", sorted(MATCH))
def test_seed_places_match_the_bundled_case(prefix: str, cases: dict) -> None:
    [seed] = SEEDS.glob(f"{prefix}_*.txt")
    record = capture_file(seed).to_json()
    case = cases[MATCH[prefix]]
    assert sorted(record["municipalities"]) == sorted(case.municipalities)
    assert sorted(record["regions"]) == sorted(case.regions)


def test_seeds_that_state_a_period_and_funding() -> None:
    [s001] = SEEDS.glob("001_*.txt")
    r = capture_file(s001).to_json()
    assert r["period"] == {"start": "2022-03-01", "end": "2023-11-30"}
    assert r["funding"] == {
        "total_cost": 35210,
        "funders": [{"funder": "Työsuojelurahasto", "amount": 17605, "decided": "2022-01-31"}],
    }
    [s002] = SEEDS.glob("002_*.txt")
    r = capture_file(s002).to_json()
    assert r["period"] == {"start": "2017-01-01", "end": "2018-12-31"}
    assert r["funding"] == {"total_cost": 100000, "funders": [{"funder": "TEKES"}]}
