#!/usr/bin/env python3
"""Check the README's first command on a fresh Debian with only the listed packages.

    python3 scripts/check_fresh_debian.py [--root DIR] [--suite bookworm]

As root on Debian (debootstrap, Xvfb on the host):
1. a minimal Debian root made with `debootstrap --variant=minbase` (kept in DIR, default
   build/debian-root, and reused: delete it for a new one);
2. into it, with --no-install-recommends, exactly the packages of
   packaging/debian-run-deps.txt (the list the README shows);
3. this machine's CA bundle and pip configuration copied in, and the local package folders
   that configuration names bind-mounted read-only, so pip reaches the registry as here;
4. the checkout (`git archive HEAD`) unpacked to /home/kayttaja/hyvatkaytannot and the
   README's first command run there as written, its last step (`.venv/bin/hyvatkaytannot`,
   the GUI) in a real X window: the host's Xvfb socket is shared, and
   HYVATKAYTANNOT_STARTUP_REPORT makes the app quit once its window is up;
5. `ldd` on Qt's xcb platform plugin inside the root: every library found.
Exit status 1 on any failure. Prints how long each step took.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEPS_FILE = ROOT / "packaging" / "debian-run-deps.txt"
HOME = "/home/kayttaja"


def run_deps() -> list[str]:
    lines = DEPS_FILE.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def readme_first_command() -> str:
    """The first line of the README's first ```sh block: how a user starts the app."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"```sh\n(python3 -m venv[^\n]*)\n```", text)
    if not found:
        sys.exit("README.md has no ```sh block starting with `python3 -m venv`")
    return found.group(1)


def sh(cmd: list[str] | str, **kw: object) -> subprocess.CompletedProcess[str]:
    print("+", cmd if isinstance(cmd, str) else " ".join(cmd), flush=True)
    return subprocess.run(cmd, text=True, shell=isinstance(cmd, str), **kw)  # type: ignore[call-overload]


def chroot(root: Path, script: str, env: dict[str, str] | None = None, check: bool = True) -> int:
    base = {
        "PATH": "/usr/sbin:/usr/bin:/sbin:/bin",
        "HOME": HOME,
        "LANG": "C.UTF-8",
        "DEBIAN_FRONTEND": "noninteractive",
    }
    result = subprocess.run(
        ["chroot", str(root), "/bin/sh", "-ec", script], env={**base, **(env or {})}, text=True
    )
    if check and result.returncode:
        raise SystemExit(f"failed in the fresh root (exit {result.returncode}): {script[:200]}")
    return result.returncode


def pip_folders() -> list[Path]:
    """Local folders the pip configuration names (find-links, file:// indexes)."""
    out = subprocess.run(
        [sys.executable, "-m", "pip", "config", "list"], capture_output=True, text=True
    ).stdout
    folders = set()
    for value in re.findall(r"='([^']*)'", out):
        for item in value.split():
            path = item.removeprefix("file://")
            if path.startswith("/opt/"):
                folders.add(Path(path.split("/simple")[0]))
    return sorted(f for f in folders if f.is_dir())


def copy_pip_config(root: Path) -> None:
    """The machine's and this user's pip configuration, into the root (the user's to HOME)."""
    for conf in (Path("/etc/pip.conf"), Path("/etc/xdg/pip")):
        if conf.is_file():
            shutil.copy(conf, root / conf.relative_to("/"))
        elif conf.is_dir():
            shutil.copytree(conf, root / conf.relative_to("/"), dirs_exist_ok=True)
    home = root / HOME.lstrip("/")
    for name in (".config/pip/pip.conf", ".pip/pip.conf"):
        conf = Path.home() / name
        if conf.is_file():
            (home / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(conf, home / name)


class Mounts:
    def __init__(self) -> None:
        self.points: list[Path] = []

    def bind(self, source: Path, target: Path, read_only: bool = True) -> None:
        target.mkdir(parents=True, exist_ok=True)
        subprocess.run(["mount", "--bind", str(source), str(target)], check=True)
        if read_only:
            subprocess.run(["mount", "-o", "remount,bind,ro", str(target)], check=True)
        self.points.append(target)

    def close(self) -> None:
        for target in reversed(self.points):
            subprocess.run(["umount", "-l", str(target)], check=False)


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        return proc, pipe.readline().strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT / "build" / "debian-root")
    parser.add_argument("--suite", default="bookworm")
    parser.add_argument("--mirror", default="http://deb.debian.org/debian")
    args = parser.parse_args()
    root: Path = args.root.resolve()
    deps = run_deps()
    command = readme_first_command()
    timings: dict[str, float] = {}

    t0 = time.perf_counter()
    if not (root / "usr" / "bin" / "apt-get").exists():
        shutil.rmtree(root, ignore_errors=True)
        sh(
            ["debootstrap", "--variant=minbase", args.suite, str(root), args.mirror],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    timings["debootstrap"] = time.perf_counter() - t0

    mounts = Mounts()
    xvfb = None
    try:
        mounts.bind(Path("/proc"), root / "proc", read_only=False)
        mounts.bind(Path("/dev"), root / "dev", read_only=False)
        shutil.copy("/etc/resolv.conf", root / "etc" / "resolv.conf")
        # The CA bundle first: apt and pip in the root trust what this machine trusts.
        (root / "etc/ssl/certs").mkdir(parents=True, exist_ok=True)
        shutil.copy(
            "/etc/ssl/certs/ca-certificates.crt", root / "etc/ssl/certs/ca-certificates.crt"
        )
        copy_pip_config(root)
        for folder in pip_folders():
            mounts.bind(folder, root / folder.relative_to("/"))

        t0 = time.perf_counter()
        chroot(
            root,
            "apt-get update -qq && apt-get install -y -qq --no-install-recommends "
            + " ".join(deps)
            + " >/dev/null",
        )
        timings["apt install (listed packages only)"] = time.perf_counter() - t0
        # The ca-certificates package has just written its own bundle over ours.
        shutil.copy(
            "/etc/ssl/certs/ca-certificates.crt", root / "etc/ssl/certs/ca-certificates.crt"
        )
        chroot(
            root,
            "python3 --version; dpkg-query -W -f '${Package}\\n' | wc -l | "
            "xargs echo installed packages:",
        )

        # The checkout as a user would have it (a fresh copy; no venv, no build output).
        src = root / HOME.lstrip("/") / "hyvatkaytannot"
        shutil.rmtree(src, ignore_errors=True)
        src.mkdir(parents=True)
        archive = subprocess.run(
            ["git", "archive", "HEAD"], cwd=ROOT, capture_output=True, check=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(src)], input=archive, check=True)

        xvfb, display = start_xvfb()
        mounts.bind(Path("/tmp/.X11-unix"), root / "tmp" / ".X11-unix", read_only=False)
        report = src / "startup.json"
        t0 = time.perf_counter()
        env = {
            "DISPLAY": f":{display}",
            "HYVATKAYTANNOT_DATA_DIR": f"{HOME}/tiedot",
            "HYVATKAYTANNOT_STARTUP_REPORT": f"{HOME}/hyvatkaytannot/startup.json",
        }
        print(f"+ (in the fresh root) {command}", flush=True)
        chroot(root, f"cd {HOME}/hyvatkaytannot && {command}", env)
        timings["the README's first command (venv, lock, app start)"] = time.perf_counter() - t0
        shown = json.loads(report.read_text(encoding="utf-8"))
        print("the app started in a real X window; windows:", shown["windows"])
        if "mainWindow" not in shown["windows"]:
            raise SystemExit("the main window did not show")

        plugin = next(
            (src / ".venv").glob(
                "lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so"
            )
        )
        inside = "/" + str(plugin.relative_to(root))
        qt_lib = str(Path(inside).parents[2] / "lib")
        out = subprocess.run(
            ["chroot", str(root), "ldd", inside],
            capture_output=True,
            text=True,
            env={"LD_LIBRARY_PATH": qt_lib, "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"},
        )
        missing = [line.strip() for line in out.stdout.splitlines() if "not found" in line]
        print(
            f"ldd {inside}: {len(out.stdout.splitlines())} libraries, missing: {missing or 'none'}"
        )
        if missing:
            return 1
    finally:
        if xvfb is not None:
            xvfb.terminate()
        mounts.close()
    for name, seconds in timings.items():
        print(f"{name}: {seconds:.0f} s")
    print(f"fresh {args.suite} with exactly {len(deps)} listed packages: the app starts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
