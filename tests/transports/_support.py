"""Helpers of the transport tests: run on both event loops, and two tiny servers.

- :func:`run_on`: run an async test body on trio or on asyncio (through anyio).
- :class:`CannedServer`: an anyio listener on 127.0.0.1, inside the test's own event loop,
  that answers every request with fixed bytes (an HTTP/1.0 response, a body framed by the
  end of the connection: what :class:`~twilio_sansio.testing.LoopbackServer` never sends)
  and counts connections.
- :class:`RecordingProxy`: the client tests' threaded ``CONNECT`` proxy, which also
  forwards absolute-form requests, records each request head, and can demand credentials.
"""

from __future__ import annotations

import base64
import functools
import socket
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import anyio
from anyio.abc import SocketStream

from tests.clients.test_tls_and_proxy import ConnectProxy

BACKENDS = ("trio", "asyncio")


def run_on(backend: str, func: Callable[..., Awaitable[Any]], *args: Any) -> Any:
    """Run ``func(*args)`` in a new event loop of ``backend`` and return its result."""
    return anyio.run(functools.partial(func, *args), backend=backend)


async def read_head(stream: SocketStream) -> bytes:
    """Read one request head (up to the blank line); b"" if the client closed first."""
    head = b""
    while b"\r\n\r\n" not in head:
        try:
            head += await stream.receive()
        except (anyio.EndOfStream, anyio.BrokenResourceError):
            return b""
    return head


class CannedServer:
    """Answers every request with ``answer``, closing after it if told to.

    It listens on ``host``: 127.0.0.1 unless told otherwise (``::1``).

    Attributes:
        connections: How many connections were accepted.
        heads: Every request head received, in order.
    """

    def __init__(self, answer: bytes, *, close_after_answer: bool, host: str = "127.0.0.1") -> None:
        self.answer = answer
        self.host = host
        self.close_after_answer = close_after_answer
        self.connections = 0
        self.heads: list[bytes] = []
        self.port = 0

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/canned"

    @asynccontextmanager
    async def running(self) -> AsyncIterator[CannedServer]:
        """Listen in a task of the current event loop until the block ends."""
        listener = await anyio.create_tcp_listener(local_host=self.host)
        self.port = listener.extra(anyio.abc.SocketAttribute.local_port)
        async with listener, anyio.create_task_group() as group:
            group.start_soon(listener.serve, self._serve)
            try:
                yield self
            finally:
                group.cancel_scope.cancel()

    async def _serve(self, stream: SocketStream) -> None:
        self.connections += 1
        async with stream:
            while head := await read_head(stream):
                self.heads.append(head)
                await stream.send(self.answer)
                if self.close_after_answer:
                    return


class RecordingProxy(ConnectProxy):
    """The client tests' tunnelling proxy, which also forwards absolute-form requests,
    records each request head, and can demand credentials.

    Args:
        credentials: ``user:password`` the proxy demands (407 without them), or None.
        tls: A server-side TLS context: the proxy is then an ``https://`` proxy.

    Attributes:
        heads: The head of every request the proxy received (CONNECT or forwarded).
    """

    def __init__(self, credentials: str | None = None, tls: ssl.SSLContext | None = None) -> None:
        super().__init__()
        self.tls = tls
        self.expected = (
            "Basic " + base64.b64encode(credentials.encode()).decode() if credentials else None
        )
        self.heads: list[str] = []

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

    def __enter__(self) -> RecordingProxy:
        super().__enter__()
        return self

    def _tunnel(self, client: socket.socket) -> None:
        if self.tls is not None:
            try:
                client = self.tls.wrap_socket(client, server_side=True)
            except OSError:
                client.close()
                return
        with client:
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = client.recv(4096)
                if not chunk:
                    return
                head += chunk
            text = head.decode("latin-1")
            self.heads.append(text)
            request_line, *header_lines = text.split("\r\n\r\n", 1)[0].split("\r\n")
            method, target, _ = request_line.split(" ", 2)
            pairs = (line.split(": ", 1) for line in header_lines)
            headers = {name.lower(): value for name, value in pairs}
            if self.expected and headers.get("proxy-authorization") != self.expected:
                client.sendall(
                    b"HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n"
                )
                return
            if method == "CONNECT":
                port = int(target.rsplit(":", 1)[1])
            else:
                port = int(target.split("/", 3)[2].rsplit(":", 1)[1])
            with socket.create_connection(("127.0.0.1", port), timeout=5) as upstream:
                if method == "CONNECT":
                    client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                else:
                    upstream.sendall(head)
                self._pipe(client, upstream)
