"""A second launch hands its request to the first; stale locks and sockets are recovered."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from hyvatkaytannot.gui.single_instance import SingleInstance, server_name


def test_second_instance_hands_over_to_the_first(qtbot: Any, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.acquire()
    try:
        # The second launch is a real second process, as it would be on the desktop.
        script = textwrap.dedent(
            f"""
            import sys
            from PySide6.QtCore import QCoreApplication
            from hyvatkaytannot.gui.single_instance import SingleInstance
            app = QCoreApplication([])
            second = SingleInstance({str(tmp_path)!r})
            if second.acquire():
                sys.exit(3)
            sys.exit(0 if second.send({{"query": "päiväkoti", "open": "oulu-paivakoti"}}) else 4)
            """
        )
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        proc = subprocess.Popen([sys.executable, "-c", script], env=env)
        with qtbot.waitSignal(first.messageReceived, timeout=20000) as blocker:
            pass
        assert proc.wait(20) == 0
        assert blocker.args[0] == {"query": "päiväkoti", "open": "oulu-paivakoti"}
    finally:
        first.release()


def test_window_acts_on_the_message(qtbot: Any, window: Any) -> None:
    from hyvatkaytannot.gui.app import handle_message

    with qtbot.waitSignal(window.searchFinished, timeout=20000):
        handle_message(window, {"query": "kirjastoauto", "open": "posio-kirjasto"})
    assert window.search_bar.text() == "kirjastoauto"
    assert window.current_case_id() == "posio-kirjasto"


def test_stale_lock_of_a_dead_process_is_taken_over(qtbot: Any, tmp_path: Path) -> None:
    # A lock left by a crashed process: its PID no longer runs.
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (tmp_path / "gui.lock").write_text(f"{dead.pid}\npython\n{socket.gethostname()}\n")
    instance = SingleInstance(tmp_path)
    try:
        assert instance.acquire()
    finally:
        instance.release()


def test_stale_socket_file_is_removed(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtNetwork import QLocalServer

    # Leave a server socket behind, as a crash would (the object is never closed properly).
    leftover = QLocalServer()
    assert leftover.listen(server_name(tmp_path))
    path = leftover.fullServerName()
    leftover.deleteLater()
    del leftover
    instance = SingleInstance(tmp_path)
    try:
        assert instance.acquire()
        assert instance.server is not None and instance.server.isListening()
        assert Path(path).exists()
    finally:
        instance.release()
