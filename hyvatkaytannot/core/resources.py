"""Access to the files shipped with the package: `resources/` and the bundled `practices/`.

Both are mapped into the wheel as `hyvatkaytannot/_resources` and `hyvatkaytannot/_practices`
(see pyproject.toml); in a source checkout they are the top-level folders. Reading goes
through importlib.resources so an installed app finds them wherever pip put them.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

_REPO_ROOT = Path(__file__).resolve().parents[2]


@cache
def _locate(packaged: str, top_level: str) -> Path:
    ref = resources.files("hyvatkaytannot").joinpath(packaged)
    if ref.is_dir():
        return Path(str(ref))
    source = _REPO_ROOT / top_level
    if source.is_dir():
        return source
    raise FileNotFoundError(f"{top_level}/ is missing from this installation")


def resources_dir() -> Path:
    return _locate("_resources", "resources")


def bundled_practices_dir() -> Path:
    return _locate("_practices", "practices")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
