#!/usr/bin/env python3
"""Regenerate the README screenshots in docs/screenshots/ with `hyvatkaytannot gui --screenshot`.

Each shot runs the real app (offscreen unless QT_QPA_PLATFORM says otherwise) on the
bundled cases with a fresh temporary data directory, so no personal tags or notes leak into
the pictures and the first-run indexing path is exercised too. The app exits 0 only when the
window showed what was asked; this script fails if any shot failed.

    python scripts/screenshots.py            # all shots
    python scripts/screenshots.py haku       # one shot by name
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"

# name -> gui arguments
SHOTS: dict[str, list[str]] = {
    "haku": ["--query", "elinvoima"],
    "tapaus": ["--query", "yhteistyö", "--open", "posio-yhteistyo"],
    "rajaus": ["--query", "maakunta:Lappi johtaminen"],
    "muistiinpanot": ["--open", "orivesi-elinvoimapalvelut"],
    "kartta": ["--view", "map"],
    # The Swedish UI: place names, themes and statuses in Swedish; Teuva found as Östermark.
    "svenska": ["--query", "Östermark", "--view", "map"],
}
# Shots in another UI language than the default (Finnish).
UI_LANGUAGE: dict[str, str] = {"svenska": "sv"}
# Shots that show the user's own layer get it seeded through the core API first.
SEED: dict[str, tuple[str, list[str], str, str]] = {
    "muistiinpanot": (
        "orivesi-elinvoimapalvelut",
        ["kokeiltava", "elinvoima-selvitys"],
        "kootaan yhdeksi elinvoimapalvelujen yksiköksi",
        "Sopisiko meille? Kysy Orivedeltä kokemuksia yhdistämisestä.",
    ),
}


def seed(data: str, name: str) -> None:
    if name not in SEED:
        return
    from hyvatkaytannot.core import KnowledgeBase
    from hyvatkaytannot.core.render import plain_text

    case_id, tags, quote, note = SEED[name]
    with KnowledgeBase.open(data) as kb:
        text = plain_text(kb.cases[case_id])
        start = text.index(quote)
        kb.store.tag([case_id], tags)
        kb.store.add_annotation(case_id, text, start, start + len(quote), note)


def shoot(name: str, args: list[str]) -> int:
    target = OUT / f"{name}.png"
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="hk-shot-") as data:
        seed(data, name)
        if name in UI_LANGUAGE:
            (Path(data) / "settings.json").write_text(
                f'{{"ui_language": "{UI_LANGUAGE[name]}"}}', encoding="utf-8"
            )
        cmd = [sys.executable, "-m", "hyvatkaytannot", "--data-dir", data, "gui", *args,
               "--screenshot", str(target)]  # fmt: skip
        t0 = time.perf_counter()
        code = subprocess.run(cmd, env=env, cwd=ROOT, timeout=150).returncode
    print(f"{target.relative_to(ROOT)}: exit {code}, {time.perf_counter() - t0:.1f} s")
    return code


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    names = sys.argv[1:] or list(SHOTS)
    failed = [n for n in names if shoot(n, SHOTS[n]) != 0]
    if failed:
        print("failed:", ", ".join(failed), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
