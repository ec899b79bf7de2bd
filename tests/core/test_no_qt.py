"""core/ and the CLI module import without PySide6 (STYLE 1): prove it in a clean process."""

from __future__ import annotations

import subprocess
import sys


def test_core_and_cli_import_without_pyside6() -> None:
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import pkgutil, importlib, hyvatkaytannot.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'hyvatkaytannot.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "import hyvatkaytannot.cli\n"
        "assert not any(k.startswith('PySide6.') for k in sys.modules)\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
