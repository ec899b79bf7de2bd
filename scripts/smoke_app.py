#!/usr/bin/env python3
"""Smoke test of the installed or frozen program, as a user would run it.

    python3 scripts/smoke_app.py PROGRAM [--relocate] [--platform auto|xvfb|offscreen|native]

PROGRAM is `dist/hyvatkaytannot/hyvatkaytannot` (Linux), `dist\\hyvatkaytannot\\hyvatkaytannot.exe`
(Windows) or an installed launcher (`/usr/bin/hyvatkaytannot`). Only the standard library is
used, so the system's Python runs it (scripts/build_app.py, the .deb check in .ci/run and the
Windows workflow all call it). Every run of the program gets a clean environment: no venv,
no PYTHON* variables, a scratch HOME and data dir under a folder whose path has spaces and
ä/ö, and a working directory outside the checkout. `--relocate` first copies the program's
folder under such a path too (as `C:\\Users\\Käyttäjä\\AppData\\Local\\…` is on Windows).

Checks: `--version`; the six bundled cases listed (five Finnish, one Swedish);
`search "Orivedellä" --json` puts orivesi-elinvoimapalvelut first and `search
"livskraftsmätarna"` the Swedish case; `analyze` gives Voikko lemmas (a Snowball fallback would
give stems such as "kunna"); `gui --screenshot` writes a 1280×800 PNG that is not blank; the
GUI starts without Qt platform or font errors; `export-pdf` writes a PDF; a bundle exports,
imports into a second data dir, and `PROGRAM FILE.hkzip` opens the import preview.
Printed, not asserted: the folder's size and the start-to-window time (budgets ≤ 200 MB and
≤ 1.5 s). Exit status 1 when any check fails.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

WINDOWS = sys.platform == "win32"
CASES = {
    "orivesi-elinvoimapalvelut",
    "posio-yhteisollinen-johtaminen",
    "suupohja-livskraft-och-regional-ledning",  # the Swedish one
}  # three of the six bundled cases, by id; the count is checked too
BUNDLED_COUNT = 6
SWEDISH_CASE = "suupohja-livskraft-och-regional-ledning"
SIZE_BUDGET_MB = 200
WINDOW_BUDGET_S = 1.5
QT_ERRORS = ("could not load the Qt platform plugin", "Cannot find font directory", "Traceback")


class Smoke:
    def __init__(self, program: Path, scratch: Path, platform: str) -> None:
        self.program = program
        self.scratch = scratch
        self.failures: list[str] = []
        self.data = scratch / "tiedot ä ö" / "data"
        self.home = scratch / "koti ä"
        self.cwd = scratch / "työkansio"
        for folder in (self.data, self.home, self.cwd):
            folder.mkdir(parents=True, exist_ok=True)
        self.env = self._clean_env()
        self.platform = platform
        self.xvfb: subprocess.Popen[bytes] | None = None
        if platform == "xvfb":
            self._start_xvfb()
        elif platform == "offscreen":
            self.env["QT_QPA_PLATFORM"] = "offscreen"

    # -- environment -----------------------------------------------------------------
    def _clean_env(self) -> dict[str, str]:
        env: dict[str, str]
        if WINDOWS:
            keep = ("SYSTEMROOT", "WINDIR", "COMSPEC", "TEMP", "TMP", "PATHEXT", "SYSTEMDRIVE")
            env = {k: v for k, v in os.environ.items() if k.upper() in keep}
            system = os.environ.get("SYSTEMROOT", r"C:\Windows")
            env["PATH"] = f"{system}\\System32;{system}"
            env["USERPROFILE"] = str(self.home)
            env["LOCALAPPDATA"] = str(self.home / "AppData" / "Local")
            env["APPDATA"] = str(self.home / "AppData" / "Roaming")
        else:
            env = {"PATH": "/usr/bin:/bin", "HOME": str(self.home), "LANG": "C.UTF-8"}
            env["XDG_RUNTIME_DIR"] = str(self.scratch / "run")
            (self.scratch / "run").mkdir(mode=0o700, exist_ok=True)
        env["HYVATKAYTANNOT_DATA_DIR"] = str(self.data)
        return env

    def _start_xvfb(self) -> None:
        read_fd, write_fd = os.pipe()
        self.xvfb = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_fd),
                "-screen",
                "0",
                "1366x768x24",
                "-nolisten",
                "tcp",
            ],
            pass_fds=(write_fd,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            display = pipe.readline().strip()
        if not display:
            raise SystemExit("Xvfb did not start")
        self.env["DISPLAY"] = f":{display}"
        self.env["QT_QPA_PLATFORM"] = "xcb"

    def close(self) -> None:
        if self.xvfb is not None:
            self.xvfb.terminate()
            self.xvfb.wait(10)

    # -- running the program -----------------------------------------------------------
    def run(
        self,
        *args: str,
        env: dict[str, str] | None = None,
        timeout: float = 180,
        program: Path | None = None,
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(program or self.program), *args],
            cwd=self.cwd,
            env=env or self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
        )

    def check(self, name: str, ok: bool, detail: str = "") -> bool:
        print(f"{'ok  ' if ok else 'FAIL'} {name}" + (f": {detail}" if detail else ""), flush=True)
        if not ok:
            self.failures.append(name)
        return ok

    def expect_ok(self, name: str, result: subprocess.CompletedProcess[str]) -> bool:
        if result.returncode != 0:
            tail = (result.stderr or result.stdout)[-1500:]
            return self.check(name, False, f"exit {result.returncode}\n{tail}")
        return True

    # -- the checks -------------------------------------------------------------------
    def version(self) -> None:
        r = self.run("--version")
        if self.expect_ok("--version", r):
            self.check(
                "--version", r.stdout.startswith("hyvatkaytannot, version "), r.stdout.strip()
            )

    def cases(self) -> None:
        r = self.run("list", "--json")
        if not self.expect_ok("list the bundled cases", r):
            return
        ids = {case["id"] for case in json.loads(r.stdout)}
        self.check(
            f"{BUNDLED_COUNT} bundled cases",
            len(ids) == BUNDLED_COUNT and ids >= CASES,
            ", ".join(sorted(ids)),
        )

    def search(self) -> None:
        r = self.run("search", "Orivedellä", "--json")
        if not self.expect_ok("search Orivedellä", r):
            return
        hits = json.loads(r.stdout)["hits"]
        first = hits[0]["id"] if hits else None
        self.check("search Orivedellä: Orivesi first", first == "orivesi-elinvoimapalvelut", first)
        # A Swedish form of a Swedish compound: the Swedish lexicon shipped in the build.
        r = self.run("search", "livskraftsmätarna", "--json")
        if not self.expect_ok("search livskraftsmätarna", r):
            return
        hits = json.loads(r.stdout)["hits"]
        first = hits[0]["id"] if hits else None
        self.check("search livskraftsmätarna: the Swedish case first", first == SWEDISH_CASE, first)

    def analyze_swedish(self) -> None:
        # simplemma's Swedish word list is a data file: a build without it analyses nothing.
        r = self.run("analyze", "--lang", "sv", "kommunerna", "välfärdsområdet")
        if not self.expect_ok("analyze --lang sv", r):
            return
        keys = {}
        for line in r.stdout.splitlines():
            word, _, found = line.partition("\t")
            keys[word] = set(found.split())
        ok = "kommun" in keys.get("kommunerna", set()) and {"välfärd", "område"} <= keys.get(
            "välfärdsområdet", set()
        )
        self.check("analyze --lang sv gives Swedish lemmas and parts", ok, r.stdout.strip())

    def cli_language(self) -> None:
        # The CLI reads the .ts catalogue (core/i18n.py): a build that leaves it out speaks
        # English. LANG=C.UTF-8 names no language, so Finnish, the default, must answer.
        r = self.run("search", "kunta")
        if self.expect_ok("search kunta (text)", r):
            first = r.stdout.splitlines()[0] if r.stdout else ""
            self.check("the CLI speaks Finnish", "osuma" in first, first)

    def analyze(self) -> None:
        r = self.run("analyze", "kunnassa", "Orivedellä", "elinvoimapalvelujen")
        if not self.expect_ok("analyze", r):
            return
        keys = {}
        for line in r.stdout.splitlines():
            word, _, found = line.partition("\t")
            keys[word] = set(found.split())
        ok = (
            "kunta" in keys.get("kunnassa", set())
            and "orivesi" in keys.get("Orivedellä", set())
            and {"elinvoima", "palvelu"} <= keys.get("elinvoimapalvelujen", set())
        )
        self.check("analyze gives Voikko lemmas and compound parts", ok, r.stdout.strip())

    def screenshot(self) -> None:
        png = self.scratch / "kuvat ä" / "ikkuna.png"
        r = self.run("gui", "--query", "elinvoima", "--screenshot", str(png))
        if not self.expect_ok("gui --screenshot", r):
            return
        self.check_qt_output("gui --screenshot", r)
        width, height, colours = png_summary(png)
        self.check(
            "screenshot is a 1280×800 picture with text",
            (width, height) == (1280, 800) and colours > 20,
            f"{png} {width}×{height}, {colours} colours",
        )
        self.screenshot_path = png

    def check_qt_output(self, name: str, r: subprocess.CompletedProcess[str]) -> None:
        found = [e for e in QT_ERRORS if e in r.stderr]
        if found:
            self.check(f"{name}: no Qt errors", False, r.stderr[-1500:])

    def pdf(self) -> None:
        pdf = self.scratch / "monisteet ä" / "moniste.pdf"
        pdf.parent.mkdir(exist_ok=True)
        r = self.run("export-pdf", "orivesi-elinvoimapalvelut", str(pdf))
        if not self.expect_ok("export-pdf", r):
            return
        head = pdf.read_bytes()[:5] if pdf.is_file() else b""
        detail = f"{pdf.stat().st_size // 1024} KB" if pdf.is_file() else "missing"
        ok = self.check("export-pdf writes a PDF", head == b"%PDF-", detail)
        pdftotext = shutil.which("pdftotext")
        if ok and pdftotext:
            text = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True).stdout
            self.check("the PDF has the case's Finnish text", "Orivesi" in text, "pdftotext")

    def capture(self) -> None:
        """Capture reads documents with libraries that carry data files: a PDF (PDFium) and
        a web page (trafilatura) must both give a draft."""
        folder = self.scratch / "monisteet ä"
        page = folder / "sivu ä.html"
        page.write_text(PAGE, encoding="utf-8")
        for path in (folder / "moniste.pdf", page):
            r = self.run("capture", "--json", str(path))
            if not self.expect_ok(f"capture {path.suffix}", r):
                continue
            found = json.loads(r.stdout.splitlines()[0]) if r.stdout.strip() else {}
            self.check(
                f"capture {path.suffix} gives a draft", bool(found.get("title")), r.stdout[:300]
            )

    def bundle(self) -> None:
        bundle = self.scratch / "paketit ä ö" / "jaettava paketti.hkzip"
        bundle.parent.mkdir(exist_ok=True)
        r = self.run("export-bundle", "orivesi-elinvoimapalvelut", str(bundle))
        if not self.expect_ok("export-bundle", r):
            return
        self.check("export-bundle writes the bundle", bundle.is_file(), str(bundle))
        other = dict(self.env, HYVATKAYTANNOT_DATA_DIR=str(self.scratch / "toinen kone ö"))
        r = self.run("--no-bundled", "import-bundle", str(bundle), env=other)
        if not self.expect_ok("import-bundle", r):
            return
        r = self.run("--no-bundled", "list", "--json", env=other)
        ids = [c["id"] for c in json.loads(r.stdout)] if r.returncode == 0 else []
        self.check("the imported case is in the other data dir", ids == [CASES_FIRST], str(ids))
        # Opening the file as the file manager does: the window with the import preview.
        report = self.scratch / "avaus.json"
        env = dict(other, HYVATKAYTANNOT_STARTUP_REPORT=str(report))
        r = self.run(str(bundle), env=env)
        if self.expect_ok("PROGRAM FILE.hkzip", r):
            windows = json.loads(report.read_text("utf-8"))["windows"]
            self.check("PROGRAM FILE.hkzip opens the import preview", "importDialog" in windows)

    def start_time(self, runs: int = 3, program: Path | None = None) -> list[float]:
        times = []
        report = self.scratch / "kaynnistys.json"
        env = dict(self.env, HYVATKAYTANNOT_STARTUP_REPORT=str(report))
        for _ in range(runs):
            report.unlink(missing_ok=True)
            t0 = time.time()
            # No arguments: the GUI, exactly as a user starts it.
            r = self.run(env=env, program=program)
            if not self.expect_ok("start the GUI", r):
                return times
            self.check_qt_output("start the GUI", r)
            shown = json.loads(report.read_text("utf-8"))
            times.append(shown["shown_epoch"] - t0)
            if len(times) == 1 and program is None:
                menus = [m.replace("&", "") for m in shown["menus"]]
                self.check(
                    "the UI is in Finnish (catalogues loaded)", "Tiedosto" in menus, str(menus)
                )
        return times


CASES_FIRST = "orivesi-elinvoimapalvelut"
# A small article as municipalities publish them (varied paragraphs: a page of one repeated
# sentence is rightly rejected as having no real text).
PAGE = """\
<html lang="fi"><head><meta charset="utf-8"><title>Kyläkoulun etäopetus
Posiolla</title></head><body><main><article>
<h1>Kyläkoulun etäopetus Posiolla</h1>
<p>Posion kunnassa kolme kyläkoulua aloitti yhteisen etäopetuksen syksyllä 2020, kun pienten
koulujen oppilasmäärät olivat vähentyneet.</p>
<h2>Lähtökohdat</h2>
<p>Opettajia oli liian vähän kaikkien valinnaisaineiden opettamiseen, ja koulumatkat
kirkonkylään olisivat venyneet kohtuuttoman pitkiksi.</p>
<h2>Toteutus</h2>
<p>Koulut jakoivat oppitunteja videoyhteydellä, ja jokainen opettaja piti omat erikoisalansa
tunnit kaikille kolmelle koululle kerrallaan.</p>
<h2>Tulokset</h2>
<p>Oppilaat saivat laajemman valikoiman aineita, opettajien työkuorma tasaantui ja kyläkoulut
pystyttiin pitämään auki ainakin vuoteen 2025 asti.</p>
</article></main></body></html>
"""


def png_summary(path: Path) -> tuple[int, int, int]:
    """(width, height, distinct colours on a 16-pixel grid) of an 8-bit RGB(A) PNG."""
    if not path.is_file():
        return 0, 0, 0
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return 0, 0, 0
    pos, chunks, header = 8, [], b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + length
    width, height, depth, colour_type = struct.unpack(">IIBB", header[:10])
    channels = {2: 3, 6: 4}.get(colour_type)
    if depth != 8 or channels is None:
        return width, height, 0
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    previous = bytearray(stride)
    colours = set()
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = previous[i]
            c = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        if y % 16 == 0:
            for x in range(0, width, 16):
                colours.add(bytes(line[x * channels : x * channels + 3]))
        previous = line
    return width, height, len(colours)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def resolve_program(given: str) -> Path:
    found = shutil.which(given) if os.sep not in given and "/" not in given else given
    if not found or not Path(found).exists():
        raise SystemExit(f"no such program: {given}")
    return Path(found).absolute()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("program")
    parser.add_argument(
        "--relocate", action="store_true", help="run a copy under a path with spaces and ä/ö"
    )
    parser.add_argument(
        "--platform", choices=["auto", "xvfb", "offscreen", "native"], default="auto"
    )
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    parser.add_argument(
        "--baseline",
        help="also time the window of this program (e.g. the build venv's hyvatkaytannot) "
        "in the same run, for a ratio that does not depend on the machine's load",
    )
    args = parser.parse_args()

    program = resolve_program(args.program)
    platform = args.platform
    if platform == "auto":
        platform = (
            "native"
            if WINDOWS or os.environ.get("DISPLAY")
            else ("xvfb" if shutil.which("Xvfb") else "offscreen")
        )
    scratch = Path(tempfile.mkdtemp(prefix="hk smoke ä ö "))
    folder = program.resolve().parent
    if program.resolve().name not in ("hyvatkaytannot", "hyvatkaytannot.exe"):
        folder = program.parent
    if args.relocate:
        copy = scratch / "Ohjelmat ä ö" / "Hyvät käytännöt"
        shutil.copytree(folder, copy, symlinks=True)
        program = copy / program.resolve().name
        folder = copy
    print(f"program: {program}\nscratch: {scratch}\nplatform: {platform}", flush=True)
    smoke = Smoke(program, scratch, platform)
    t_all = time.perf_counter()
    try:
        for step in (
            smoke.version,
            smoke.cases,
            smoke.search,
            smoke.analyze,
            smoke.analyze_swedish,
            smoke.cli_language,
            smoke.pdf,
            smoke.capture,
            smoke.bundle,
            smoke.screenshot,
        ):
            t0 = time.perf_counter()
            step()
            print(f"     ({step.__name__}: {time.perf_counter() - t0:.1f} s)", flush=True)
        times = smoke.start_time()
        base_times = (
            smoke.start_time(program=resolve_program(args.baseline)) if args.baseline else []
        )
    finally:
        smoke.close()
    size_mb = folder_size(folder) / 1e6
    print(f"\nfolder {folder}: {size_mb:.0f} MB (budget {SIZE_BUDGET_MB} MB)")
    if times:
        print(
            "start to window: "
            + ", ".join(f"{t:.2f}" for t in times)
            + f" s (median {statistics.median(times):.2f} s; budget {WINDOW_BUDGET_S} s)"
        )
    if times and base_times:
        ratio = statistics.median(times) / statistics.median(base_times)
        print(
            f"baseline {args.baseline}: "
            + ", ".join(f"{t:.2f}" for t in base_times)
            + f" s; frozen / baseline = {ratio:.2f}"
        )
    if hasattr(os, "getloadavg"):
        print("load average: " + ", ".join(f"{x:.1f}" for x in os.getloadavg()))
    print(f"smoke test took {time.perf_counter() - t_all:.0f} s")
    if getattr(smoke, "screenshot_path", None):
        print(f"screenshot: {smoke.screenshot_path}")
    if not args.keep and not smoke.failures:
        shutil.rmtree(scratch, ignore_errors=True)
    if smoke.failures:
        print(f"\n{len(smoke.failures)} check(s) failed: {', '.join(smoke.failures)}")
        print(f"scratch kept: {scratch}")
        return 1
    print("all smoke checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
