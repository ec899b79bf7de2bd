#!/usr/bin/env python3
"""Install, upgrade and remove the Debian package here, as a user's machine would see it.

    python3 scripts/check_deb.py [--keep-installed]

As root on Debian/Ubuntu, after scripts/build_app.py --deb (dist/hyvatkaytannot_<v>_amd64.deb):
1. `apt install ./dist/hyvatkaytannot_<v>_amd64.deb`; the menu entry, MIME type, icons and
   metainfo are where desktops look, and `xdg-mime`'s database knows .hkzip;
2. scripts/smoke_app.py against the installed /usr/bin/hyvatkaytannot;
3. a user's data: a tag and a note in a data dir of its own;
4. a second package with a bumped version (same frozen folder) installed over the first:
   the data dir is kept and the app opens it (tags and notes still there);
5. `apt remove`: the program is gone, the data dir is not, and the removal says where it is.
Exit status 1 on any failure.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "fi.hyvatkaytannot.hyvatkaytannot"


def app_version() -> str:
    text = (ROOT / "hyvatkaytannot" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    assert found
    return found.group(1)


def sh(*cmd: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    print("+", " ".join(cmd), flush=True)
    return subprocess.run(cmd, capture_output=True, text=True, env=env)


class Checks:
    def __init__(self) -> None:
        self.failed: list[str] = []

    def __call__(self, name: str, ok: bool, detail: str = "") -> bool:
        print(f"{'ok  ' if ok else 'FAIL'} {name}" + (f": {detail}" if detail else ""), flush=True)
        if not ok:
            self.failed.append(name)
        return ok


def apt_install(deb: Path, check: Checks) -> str:
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    r = sh("apt-get", "install", "-y", "-q", "--no-install-recommends", str(deb), env=env)
    check(f"apt install {deb.name}", r.returncode == 0, r.stderr[-2000:] if r.returncode else "")
    return r.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep-installed", action="store_true")
    args = parser.parse_args()
    version = app_version()
    deb = ROOT / "dist" / f"hyvatkaytannot_{version}_amd64.deb"
    if not deb.is_file():
        sys.exit(f"{deb} is missing: run scripts/build_app.py --deb")
    check = Checks()
    t_all = time.perf_counter()
    scratch = Path(tempfile.mkdtemp(prefix="hk deb ä "))
    data = scratch / "käyttäjän tiedot"
    user_env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(scratch),
        "LANG": "C.UTF-8",
        "HYVATKAYTANNOT_DATA_DIR": str(data),
    }

    t0 = time.perf_counter()
    apt_install(deb, check)
    print(f"     (install {time.perf_counter() - t0:.0f} s)")
    program = Path("/usr/bin/hyvatkaytannot")
    check("/usr/bin/hyvatkaytannot is installed", program.exists())
    for path in (
        f"/usr/share/applications/{APP_ID}.desktop",
        f"/usr/share/metainfo/{APP_ID}.metainfo.xml",
        "/usr/share/mime/packages/hyvatkaytannot.xml",
        "/usr/share/icons/hicolor/48x48/apps/hyvatkaytannot.png",
        "/usr/share/icons/hicolor/scalable/apps/hyvatkaytannot.svg",
    ):
        check(f"{path} installed", Path(path).is_file())
    # dpkg's triggers ran update-mime-database: the shared MIME database knows the glob.
    globs = Path("/usr/share/mime/globs2")
    check(".hkzip is in the MIME database", globs.is_file() and "*.hkzip" in globs.read_text())
    cache = Path("/usr/share/applications/mimeinfo.cache")
    if cache.is_file():
        check("the menu entry opens .hkzip files", APP_ID in cache.read_text())

    t0 = time.perf_counter()
    smoke = subprocess.run([sys.executable, str(ROOT / "scripts" / "smoke_app.py"), str(program)])
    check("smoke test of the installed program", smoke.returncode == 0)
    print(f"     (smoke {time.perf_counter() - t0:.0f} s)")

    # A user's own work before the upgrade.
    r = sh(str(program), "tag", "orivesi-elinvoimapalvelut", "päivitystesti", env=user_env)
    check("tag a case", r.returncode == 0, r.stderr[-800:])
    r = sh(
        str(program),
        "annotate",
        "orivesi-elinvoimapalvelut",
        "--quote",
        "päätettiin vuonna 2018",
        "--note",
        "Säilyykö päivityksessä?",
        env=user_env,
    )
    check("annotate a case", r.returncode == 0, r.stderr[-800:])

    # Upgrade: a second package with a bumped version, installed over the first.
    parts = version.split(".")
    newer = (
        ".".join([*parts[:-1], str(int(parts[-1]) + 1)]) if parts[-1].isdigit() else version + ".1"
    )
    t0 = time.perf_counter()
    r = sh(sys.executable, str(ROOT / "scripts" / "build_deb.py"), "--version", newer)
    check(f"build the {newer} package", r.returncode == 0, r.stderr[-1500:])
    newer_deb = ROOT / "dist" / f"hyvatkaytannot_{newer}_amd64.deb"
    apt_install(newer_deb, check)
    print(f"     (build + upgrade {time.perf_counter() - t0:.0f} s)")
    status = sh("dpkg-query", "-W", "-f", "${Version}", "hyvatkaytannot").stdout
    check("the newer version is installed", status == newer, status)
    r = sh(str(program), "tags", "--json", env=user_env)
    check(
        "tags kept over the upgrade",
        r.returncode == 0 and "päivitystesti" in r.stdout,
        r.stdout[-300:],
    )
    r = sh(str(program), "annotations", "--json", env=user_env)
    notes = json.loads(r.stdout) if r.returncode == 0 else []
    check(
        "notes kept over the upgrade",
        "Säilyykö päivityksessä?" in json.dumps(notes, ensure_ascii=False),
    )
    newer_deb.unlink(missing_ok=True)

    if not args.keep_installed:
        t0 = time.perf_counter()
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        r = sh("apt-get", "remove", "-y", "-q", "hyvatkaytannot", env=env)
        said = "~/.local/share/hyvatkaytannot" in r.stdout
        check("apt remove", r.returncode == 0, r.stderr[-800:])
        check("removal says where the data stays", said)
        check(
            "the program is gone",
            not program.exists() and not Path("/usr/lib/hyvatkaytannot").exists(),
        )
        check("the data dir is left in place", (data / "user.db").is_file(), str(data))
        print(f"     (remove {time.perf_counter() - t0:.0f} s)")
    print(f"package {deb.name}: {deb.stat().st_size / 1e6:.0f} MB")
    print(f"check_deb took {time.perf_counter() - t_all:.0f} s")
    if check.failed:
        print(f"{len(check.failed)} check(s) failed: {', '.join(check.failed)}; scratch {scratch}")
        return 1
    shutil.rmtree(scratch, ignore_errors=True)
    print("the .deb installs, runs, upgrades keeping the data, and uninstalls leaving it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
