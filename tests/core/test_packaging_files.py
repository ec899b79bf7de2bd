"""The packaging files agree with each other and with the app (no build needed).

The frozen build, the .deb and the Windows installer are checked end to end by
scripts/build_app.py, scripts/build_deb.py and the Windows workflow; these tests catch the
drift that would only show there: a package list in the README that is not the one CI and
the fresh-Debian check install, a Qt module the app starts using that the spec excludes,
an installer that starts a program the spec does not build, ids that do not match.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
APP_ID = "fi.hyvatkaytannot.hyvatkaytannot"
ISS = PACKAGING / "windows" / "hyvatkaytannot.iss"


def run_deps() -> list[str]:
    lines = (PACKAGING / "debian-run-deps.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_readme_apt_command_lists_exactly_the_run_deps() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    commands = [
        line
        for line in readme.splitlines()
        if line.startswith("sudo apt install ") and ".deb" not in line
    ]
    assert len(commands) == 1, commands
    words = shlex.split(commands[0])[3:]
    packages = [w for w in words if not w.startswith("-")]
    assert sorted(packages) == sorted(run_deps())
    assert len(set(packages)) == len(packages)
    assert {"python3", "python3-venv", "libxcb-cursor0", "libxcb-icccm4"} <= set(packages)


def test_ci_and_the_fresh_debian_check_read_the_same_list() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "packaging/debian-run-deps.txt" in ci
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import check_fresh_debian
    finally:
        sys.path.pop(0)
    assert check_fresh_debian.run_deps() == run_deps()
    # The check runs the README's first command as written.
    assert check_fresh_debian.readme_first_command().startswith("python3 -m venv .venv")


def test_spec_keeps_every_qt_module_the_app_imports() -> None:
    used = set()
    for path in (REPO / "hyvatkaytannot").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    spec = (PACKAGING / "hyvatkaytannot.spec").read_text(encoding="utf-8")
    kept = set(re.findall(r'"(Qt\w+)"', spec.split("QT_USED = {", 1)[1].split("}", 1)[0]))
    assert used, "no Qt module found: the scan is broken"
    assert used <= kept, f"the spec excludes Qt modules the app imports: {used - kept}"


def built_programs() -> set[str]:
    spec = (PACKAGING / "hyvatkaytannot.spec").read_text(encoding="utf-8")
    return {f"{name}.exe" for name in re.findall(r'program\("(\w+)"', spec)}


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8-sig").splitlines():
        line = raw.strip()
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections[current] = []
        elif line and not line.startswith(";") and current:
            sections[current].append(line)
    return sections


def iss_entries(lines: list[str]) -> list[dict[str, str]]:
    entries = []
    for line in lines:
        params = {}
        for part in re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line):
            params[part[0]] = part[1].strip()
        entries.append(params)
    return entries


def test_inno_setup_script_is_consistent() -> None:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup reads ä/ö right only from UTF-8 with BOM"
    sections = iss_sections()
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    # Per-user without admin rights by default; per machine on request (/ALLUSERS).
    assert setup["PrivilegesRequired"] == "lowest"
    assert "commandline" in setup["PrivilegesRequiredOverridesAllowed"]
    assert setup["ChangesAssociations"] == "yes"
    assert setup["DefaultDirName"] == r"{autopf}\{#AppName}"
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", setup["AppId"])
    iss_dir = ISS.parent
    icon = (iss_dir / setup["SetupIconFile"].replace("\\", "/")).resolve()
    assert icon == (REPO / "build" / "icons" / "hyvatkaytannot.ico").resolve()  # render_icons.py

    text = raw.decode("utf-8-sig")
    defines = dict(re.findall(r'#define (\w+) "([^"]*)"', text))
    used = set(re.findall(r"\{#(\w+)\}", text))
    assert used <= set(defines) | {"AppVersion"}, used - set(defines)

    files = iss_entries(sections["Files"])
    assert [(iss_dir / f["Source"].strip('"').replace("\\", "/")).resolve() for f in files] == [
        (REPO / "dist" / "hyvatkaytannot" / "*").resolve()
    ]
    # Every program the installer starts or associates is one the spec builds.
    programs = built_programs()
    assert programs == {"hyvatkaytannot.exe", "hyvatkaytannotw.exe"}
    for value in re.findall(r"\{app\}\\([\w{}#]+(?:\.exe)?)", text):
        name = re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], value)
        assert name in programs | {"_internal"}, name
    started = {
        re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], e["Filename"].strip('"'))
        for e in iss_entries(sections["Icons"] + sections["Run"])
    }
    assert started == {r"{app}\hyvatkaytannotw.exe"}  # the windowed twin: no console window

    registry = iss_entries(sections["Registry"])
    keys = {e["Subkey"].strip('"') for e in registry}
    assert r"Software\Classes\.hkzip" in keys
    command = next(e for e in registry if e["Subkey"].endswith(r'shell\open\command"'))
    assert '""%1""' in command["ValueData"]
    assert all(e["Root"] == "HKA" for e in registry)  # HKCU per user, HKLM per machine
    for name in ("Files", "Icons", "Registry", "Run", "Tasks", "Languages"):
        for entry, line in zip(iss_entries(sections[name]), sections[name], strict=True):
            assert entry, f"[{name}] line is not `Key: value; …`: {line}"
    code = "\n".join(sections["Code"])
    assert len(re.findall(r"\bbegin\b", code)) == len(re.findall(r"\bend\b", code))
    assert "{localappdata}\\hyvatkaytannot" in code  # where the data stays, as the app puts it


def test_windows_workflow_builds_installs_and_smoke_tests() -> None:
    workflow = yaml.safe_load(
        (REPO / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    )
    job = workflow["jobs"]["app"]
    assert job["runs-on"].startswith("windows")
    script = "\n".join(step.get("run", "") for step in job["steps"])
    assert "python scripts/build_app.py" in script
    assert "python scripts/smoke_app.py" in script
    assert r"packaging\windows\hyvatkaytannot.iss" in script
    assert "/CURRENTUSER" in script and "unins000.exe" in script
    # The install folder the workflow runs is the installer's per-user default.
    assert r"Programs\Hyvät käytännöt" in script
    python = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/setup-python"))
    assert python["with"]["python-version"] == "3.11"  # what the lock is checked for


def test_desktop_entry_mime_type_and_metainfo_agree() -> None:
    linux = PACKAGING / "linux"
    desktop = (linux / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    entry = dict(line.split("=", 1) for line in desktop.splitlines() if "=" in line)
    mime = ET.parse(linux / "hyvatkaytannot-mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime_type = mime.find("m:mime-type", ns)
    assert mime_type is not None
    assert entry["MimeType"] == mime_type.get("type") + ";"
    assert mime_type.find("m:glob", ns).get("pattern") == "*.hkzip"  # type: ignore[union-attr]
    assert entry["Exec"] == "hyvatkaytannot %f"  # a bundle opened from the file manager
    assert entry["Icon"] == "hyvatkaytannot" and entry["Terminal"] == "false"

    meta = ET.fromstring((linux / f"{APP_ID}.metainfo.xml.in").read_text(encoding="utf-8").encode())
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == f"{APP_ID}.desktop"
    assert meta.findtext("provides/mediatype") == mime_type.get("type")
    assert meta.findtext("project_license") == "GPL-3.0-or-later"
    # Wayland matches the window to its menu entry by this name.
    app_py = (REPO / "hyvatkaytannot" / "gui" / "app.py").read_text(encoding="utf-8")
    assert f'setDesktopFileName("{APP_ID}")' in app_py


def test_a_bundle_as_the_only_argument_opens_the_import_preview_command() -> None:
    from hyvatkaytannot.cli import main

    runner = CliRunner()
    # --help after the file: the rewritten command's help, without starting the GUI.
    result = runner.invoke(main, ["--no-bundled", "Jaettu paketti.HKZIP", "--help"])
    assert result.exit_code == 0, result.output
    assert "Open the desktop app." in result.output and "--import-bundle" in result.output
    # Commands keep working, and an option value is not taken for the file.
    result = runner.invoke(main, ["--data-dir", "x.hkzip", "--help"])
    assert "Commands:" in result.output


def test_version_option() -> None:
    from hyvatkaytannot import __version__

    out = subprocess.run(
        [sys.executable, "-m", "hyvatkaytannot", "--version"], capture_output=True, text=True
    )
    assert out.returncode == 0
    assert out.stdout.strip() == f"hyvatkaytannot, version {__version__}"


@pytest.mark.skipif(sys.platform != "linux", reason="ldd and Qt's xcb plugin are Linux things")
def test_qt_xcb_plugin_finds_every_system_library() -> None:
    """With the listed Debian packages installed (CI installs them), nothing is missing."""
    import importlib.util
    import shutil

    if shutil.which("ldd") is None:
        pytest.skip("no ldd")
    spec = importlib.util.find_spec("PySide6")  # located, not imported: core tests stay Qt-free
    assert spec is not None and spec.origin is not None
    qt = Path(spec.origin).parent / "Qt"
    plugin = qt / "plugins" / "platforms" / "libqxcb.so"
    out = subprocess.run(
        ["ldd", str(plugin)],
        capture_output=True,
        text=True,
        env={"LD_LIBRARY_PATH": str(qt / "lib")},
    )
    assert out.returncode == 0, out.stderr
    missing = [line.strip() for line in out.stdout.splitlines() if "not found" in line]
    assert not missing, f"install packaging/debian-run-deps.txt: {missing}"
