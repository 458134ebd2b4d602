"""A server on 127.0.0.1 that answers with raw bytes a real HTTP server would never send.

The :class:`~twilio_sansio.testing.LoopbackServer` speaks correct HTTP/1.1 with faults in
timing; some faults are in the bytes themselves (a flood of ``100 Continue`` interim
responses, a status line and then the end of the connection). :class:`RawServer` reads
each request's head and hands the connection to a *script* that writes whatever it
likes, until the script returns or the server stops.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable
from types import TracebackType

Script = Callable[[socket.socket, threading.Event], None]
"""Writes a reply on the connection; must return soon after the event is set."""

JOIN_SECONDS = 5.0


class RawServer:
    """Serve every connection with ``script`` after reading one request head.

    Attributes:
        requests: How many request heads were read.
    """

    def __init__(self, script: Script) -> None:
        self.script = script
        self.requests = 0
        self.errors: list[BaseException] = []
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=64)
        self._threads: list[threading.Thread] = []
        self._connections: list[socket.socket] = []
        self._acceptor = threading.Thread(target=self._accept, name="raw-accept", daemon=True)

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``."""
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def __enter__(self) -> RawServer:
        self._acceptor.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stopping.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        self._acceptor.join(JOIN_SECONDS)
        with self._lock:
            connections, threads = list(self._connections), list(self._threads)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        for thread in threads:
            thread.join(JOIN_SECONDS)
        for connection in connections:
            connection.close()

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(connection,), daemon=True)
            with self._lock:
                self._connections.append(connection)
                self._threads.append(thread)
            thread.start()

    def _serve(self, connection: socket.socket) -> None:
        try:
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = connection.recv(65536)
                if not chunk:
                    return
                head += chunk
            with self._lock:
                self.requests += 1
            self.script(connection, self.stopping)
        except OSError:
            pass  # the client went away, or the server is stopping
        except Exception as exc:
            with self._lock:
                self.errors.append(exc)
        finally:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)


def interim_flood(every: float, for_seconds: float) -> Script:
    """A script sending ``100 Continue`` every ``every`` seconds, never a final response.

    It gives up (closing the connection) after ``for_seconds``, so that a client that is
    not bounded by its deadline fails its test instead of hanging it.
    """

    def script(connection: socket.socket, stopping: threading.Event) -> None:
        for _ in range(int(for_seconds / every)):
            if stopping.wait(every):
                return
            connection.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")

    return script


def header_drip(every: float, for_seconds: float) -> Script:
    """A script sending a status line and headers one byte every ``every`` seconds.

    It gives up (closing the connection) after ``for_seconds``, as :func:`interim_flood`.
    """
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + b"X-Slow: y\r\n" * 100

    def script(connection: socket.socket, stopping: threading.Event) -> None:
        for index in range(min(len(head), int(for_seconds / every))):
            if stopping.wait(every):
                return
            connection.sendall(head[index : index + 1])

    return script


def head_then_close(head: bytes) -> Script:
    """A script sending the start of a response head (never its blank line), then closing."""

    def script(connection: socket.socket, stopping: threading.Event) -> None:
        del stopping
        connection.sendall(head)

    return script
