"""One running app per data directory: a second launch hands its request to the first.

A QLockFile in the data directory says who is primary; a QLocalServer named after the data
directory receives messages. A second launch fails to take the lock, connects, sends one
JSON line (e.g. {"query": "…", "open": "…"}) and exits; the first raises its window and acts
on the message.

Crash recovery: QLockFile treats a lock whose PID is no longer running as stale and takes it
over (time-based staleness is off: a long-running app is not stale). A server socket left
behind by a crash is removed with QLocalServer.removeServer before listening, which is safe
because we hold the lock. If the lock is held but nobody answers on the socket (the holder
hung or is not our app), the second launch runs on rather than leaving the user with
nothing.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_TIMEOUT_MS = 1000


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha1(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"hyvatkaytannot-{digest}"


class SingleInstance(QObject):
    messageReceived = Signal(dict)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.name = server_name(self.data_dir)
        self.lock = QLockFile(str(self.data_dir / "gui.lock"))
        self.lock.setStaleLockTime(0)
        self.server: QLocalServer | None = None
        # Connections being read; kept here so their Python wrappers outlive the callbacks.
        self._sockets: list[QLocalSocket] = []

    def acquire(self) -> bool:
        """True when this process is the primary instance (and now listens)."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if not self.lock.tryLock(100):
            return False
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_connection)
        if not server.listen(self.name):
            return True  # we hold the lock; a missing channel only loses hand-overs
        self.server = server
        return True

    def send(self, message: dict[str, Any], timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
        """Hand `message` to the primary; False when nobody answered."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write((json.dumps(message, ensure_ascii=False) + "\n").encode("utf-8"))
        ok = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(timeout_ms)
        return ok

    def release(self) -> None:
        for socket in self._sockets:
            socket.readyRead.disconnect()
            socket.abort()
        self._sockets.clear()
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock.isLocked():
            self.lock.unlock()

    def _on_connection(self) -> None:
        assert self.server is not None
        closed = QLocalSocket.LocalSocketState.UnconnectedState
        self._sockets = [s for s in self._sockets if s.state() != closed]
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._sockets.append(socket)
            buffer = bytearray()

            def read(s: QLocalSocket = socket, buf: bytearray = buffer) -> None:
                buf.extend(bytes(s.readAll().data()))
                if b"\n" not in buf:
                    return
                line = bytes(buf).split(b"\n", 1)[0]
                buf.clear()
                try:
                    message = json.loads(line.decode("utf-8"))
                except ValueError:
                    message = {}
                self.messageReceived.emit(message if isinstance(message, dict) else {})

            socket.readyRead.connect(read)
            if socket.bytesAvailable():
                read()
