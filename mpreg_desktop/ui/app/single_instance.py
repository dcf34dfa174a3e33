"""Case files that reach the running app from outside: a second launch, or macOS's open event.

One app per user and settings folder. The first GUI process listens on a QLocalServer; a later
``mpreg-desktop FILE...`` (the user double-clicks another case in the file manager) connects, hands
over the files' absolute paths and exits, and the first process opens them, each in a window, and
brings that window to the front. A launch without files brings the app's last window forward.

The protocol is one line of UTF-8 JSON from the new launch,
``{"files": ["/abs/path.mpreg", ...], "activation_token": "..." | null}``, answered by ``ok``
once the running app has read it. The new launch hangs up, not the running app: on Windows a
server that closes its end of the named pipe discards what the client has not read yet, so an
``ok`` followed by the server's hang-up could arrive as nothing at all (seen under load). The
running app drops a connection that stays open longer than ``LINGER_MS`` after its answer.
The activation token (``XDG_ACTIVATION_TOKEN``, set by Wayland
launchers) lets the running app's window take the focus, which Wayland refuses otherwise.

The server's name is derived from the user, the app id and the configuration folder, so each
user, and each ``MPREG_HOME`` (tests, portable setups), gets its own running app. A crashed app
leaves a stale socket file on Unix; the next start replaces it. Between "nobody answered" and "now
I listen", a lock file in the state folder keeps two simultaneous launches from both becoming the
server.

macOS delivers a double-clicked file as a ``QFileOpenEvent`` to the application object, not in
argv; ``FileOpenFilter`` turns it into ``open_path`` as well.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
from pathlib import Path

from PySide6.QtCore import QEvent, QLockFile, QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from mpreg_desktop import APP_ID
from mpreg_desktop.paths import AppPaths

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 1000
# The running app answers from its event loop; while it is still starting (opening its own first
# case) that can take a few seconds. After this long we assume it hangs and start on our own.
ANSWER_TIMEOUT_MS = 10_000
LOCK_TIMEOUT_MS = 5000
LINGER_MS = 30_000
MAX_MESSAGE_BYTES = 1 << 20


def server_name(config_dir: Path) -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment nor the password database
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    key = "\0".join((user, APP_ID, str(config_dir.expanduser().absolute())))
    return f"{APP_ID}-{hashlib.sha256(key.encode()).hexdigest()[:16]}"


def hand_over(name: str, files: list[str], token: str | None = None) -> bool:
    """Give ``files`` to the app listening on ``name``; False when none answers.

    Blocking calls only, so it works before any QApplication exists: a second launch hands over
    and exits without ever connecting to the window system.
    """
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    message = json.dumps({"files": files, "activation_token": token}).encode() + b"\n"
    socket.write(message)
    while socket.bytesToWrite() > 0:
        if not socket.waitForBytesWritten(CONNECT_TIMEOUT_MS):
            return False
    answer = b""
    while b"\n" not in answer:
        ready = socket.bytesAvailable() > 0 or socket.waitForReadyRead(ANSWER_TIMEOUT_MS)
        answer += socket.readAll().data()  # also what came just before the app hung up
        if not ready:
            break
    socket.abort()
    return answer.strip() == b"ok"


class InstanceServer(QObject):
    """Reads hand-overs from later launches and passes them to ``handler(files, token)``."""

    def __init__(self, handler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.handler = handler
        self.server = QLocalServer(self)
        # On Unix: the socket file is readable and writable by this user only.
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self, name: str) -> bool:
        # On Unix, listening with access options puts the new socket in place of a crashed app's
        # stale one. Elsewhere, or if that failed, remove it and try again: nobody answered it
        # (InstanceGuard asked first), so it is stale.
        if self.server.listen(name):
            return True
        QLocalServer.removeServer(name)
        if self.server.listen(name):
            log.info("removed a stale single-instance socket")
            return True
        log.warning("single-instance server not started: %s", self.server.errorString())
        return False

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))

    def _drop(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + socket.readAll().data()
        if len(data) > MAX_MESSAGE_BYTES:
            socket.abort()
            return
        self._buffers[socket] = data
        if not data.endswith(b"\n"):
            return
        try:
            message = json.loads(data)
            files = [str(f) for f in message.get("files", [])]
            token = message.get("activation_token")
        except (ValueError, AttributeError, TypeError):
            socket.abort()
            return
        socket.write(b"ok\n")
        socket.flush()
        QTimer.singleShot(LINGER_MS, socket, socket.abort)  # a launch that never hangs up
        log.info("received %d file(s) from another launch", len(files))
        self.handler(files, token if isinstance(token, str) else None)


class InstanceGuard:
    """The single-instance handshake of one GUI launch (see the module's docstring).

    ``pass_to_running(files)`` first, before the QApplication: True means another app took the
    files and this launch is done. Otherwise ``serve(...)`` once the QApplication exists.
    """

    def __init__(self, paths: AppPaths) -> None:
        self.name = server_name(paths.config_dir)
        self._lock: QLockFile | None = None
        try:
            paths.state_dir.mkdir(parents=True, exist_ok=True)
            self._lock = QLockFile(str(paths.state_dir / "instance.lock"))
        except OSError:
            pass  # no lock then: a rare double start is better than no start

    def pass_to_running(self, files: list[str]) -> bool:
        # A lock held by a crashed process is taken over (QLockFile checks its process id).
        if self._lock is not None and not self._lock.tryLock(LOCK_TIMEOUT_MS):
            self._lock = None
        absolute = [str(Path(f).absolute()) for f in files]
        if hand_over(self.name, absolute, os.environ.get("XDG_ACTIVATION_TOKEN")):
            self._release()
            return True
        return False

    def serve(self, context, parent: QObject) -> InstanceServer:
        server = InstanceServer(
            lambda files, token: open_handed_over(context, files, token), parent
        )
        server.listen(self.name)
        self._release()
        return server

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def open_handed_over(context, files: list[str], token: str | None) -> None:
    """Open what a later launch handed over, and bring its window to the front."""
    from PySide6.QtGui import QGuiApplication

    if token and QGuiApplication.platformName().startswith("wayland"):
        # Qt's Wayland plugin presents this token when a window asks to be activated.
        os.environ["XDG_ACTIVATION_TOKEN"] = token
    if files:
        for file in files:
            context.open_path(Path(file))
    elif context.windows:
        context.windows[-1].bring_to_front()
    else:
        context.new_window().show()


class FileOpenFilter(QObject):
    """Opens the files macOS sends as QFileOpenEvent (a double-click in Finder, drop on the Dock).

    Installed on the QApplication, so it sees every event of the app: the check is kept cheap,
    and app.py installs it only on macOS, the one platform that sends these events.
    """

    def __init__(self, context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen:
            return False
        path = event.file() or event.url().toLocalFile()
        if path:
            self.context.open_path(Path(path))
        return True
