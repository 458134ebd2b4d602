"""A fault-injectable HTTP/1.1 server on 127.0.0.1, for testing transports and clients.

:class:`LoopbackServer` listens on a free port of the loopback interface, plain or TLS
(with a throw-away `trustme <https://trustme.readthedocs.io>`_ CA), and answers every
request by calling a *handler*: a function from the received
:class:`~twilio_sansio.core.http.Request` to a :class:`Reply` (or a plain
:class:`~twilio_sansio.core.http.Response`). A :class:`Reply` can carry faults: a delay
before the answer, a body dripped one byte at a time, a stall after the headers, a
connection closed part-way through the body, an answer that never comes, or no answer at
all. Real sockets are used throughout, so what a transport sees is what it would see
from a slow or broken server.

It is written from the standard library alone: a small hand-written HTTP/1.1 parser
(keep-alive, ``Content-Length`` bodies, ``Expect: 100-continue``; no chunked request
bodies), one daemon thread per connection and a listen backlog large enough that many
concurrent connects never wait for the kernel's SYN retry (about a second). Every wait
is on an :class:`threading.Event` or a socket that :meth:`LoopbackServer.stop` shuts
down, so ``stop()`` returns promptly even with stalled connections open.

Example::

    def handler(request: Request) -> Reply:
        return Reply(200, (("content-type", "application/json"),), b"{}", delay=0.5)

    with LoopbackServer(handler) as server:
        ...  # send requests to server.base_url
    assert server.errors == []
"""

from __future__ import annotations

import contextlib
import functools
import http
import json
import os
import selectors
import socket
import ssl
import tempfile
import threading
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from types import TracebackType
from typing import Any, TypeAlias

import attrs

from twilio_sansio.core.http import Request, Response

__all__ = ["Handler", "LoopbackServer", "Reply", "not_found", "route"]

#: The largest request head (request line and headers) the server accepts.
MAX_HEAD_BYTES = 64 * 1024

_RECV_SIZE = 64 * 1024
_JOIN_TIMEOUT = 5.0


def _headers_tuple(
    headers: tuple[tuple[str, str], ...] | list[tuple[str, str]],
) -> tuple[tuple[str, str], ...]:
    return tuple((str(name), str(value)) for name, value in headers)


@attrs.frozen
class Reply:
    """What the server sends back for one request, with optional faults.

    Faults apply in this order: ``delay``; then ``close_without_reply`` or
    ``never_answer``; otherwise the status line and headers, ``stall_after_headers``,
    and the body (dripped if ``drip`` is set, cut short if ``close_after`` is set).

    Attributes:
        status: The HTTP status code.
        headers: ``(name, value)`` pairs sent as given (case kept, repeats allowed).
            ``Content-Length`` is added with the length of the full ``body`` unless
            the headers already carry ``Content-Length`` or ``Transfer-Encoding``, or
            the status forbids a body (1xx, 204, 304).
        body: The body bytes. Not sent for ``HEAD`` requests (its length still is).
        delay: Seconds to wait before sending anything.
        drip: If set, send the body one byte at a time, this many seconds apart.
        stall_after_headers: Seconds to wait between the headers and the body.
        close_after: If set, close the connection after this many body bytes (or
            after the whole body, if it is shorter); ``Content-Length`` still
            announces the full body, so the client sees a truncated response. No
            ``Connection: close`` is sent, so ``close_after`` at or beyond the body's
            length is the *stale keep-alive* fault: a complete response, then a
            connection the client may try to reuse and find closed.
        never_answer: Read the request, then hold the connection open and send nothing
            until the client closes it or the server stops.
        close_without_reply: Read the request, then close the connection at once.

    """

    status: int = 200
    headers: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_headers_tuple)
    body: bytes = b""
    delay: float = 0.0
    drip: float | None = None
    stall_after_headers: float = 0.0
    close_after: int | None = None
    never_answer: bool = False
    close_without_reply: bool = False

    @classmethod
    def json(
        cls,
        data: Any,
        status: int = 200,
        headers: tuple[tuple[str, str], ...] = (),
        **faults: Any,
    ) -> Reply:
        """Build a reply whose body is ``data`` encoded as JSON.

        Args:
            data: Any value :func:`json.dumps` accepts.
            status: The HTTP status code.
            headers: Extra headers, sent after ``Content-Type: application/json``.
            **faults: Further :class:`Reply` fields (``delay=``, ``drip=``, ...).

        Returns:
            The reply, with ``Content-Type: application/json``.

        Raises:
            TypeError: If ``data`` is not JSON-serialisable or a fault name is unknown.

        """
        body = json.dumps(data).encode()
        return cls(status, (("Content-Type", "application/json"), *headers), body, **faults)

    @classmethod
    def of(cls, response: Response) -> Reply:
        """Turn a plain :class:`~twilio_sansio.core.http.Response` into a fault-free reply.

        Args:
            response: The response to send.

        Returns:
            A reply with the same status, headers and body.

        """
        return cls(response.status, response.headers, response.body)


#: What a :class:`LoopbackServer` calls for every request, in the server's threads.
#: A returned :class:`~twilio_sansio.core.http.Response` is sent as a fault-free reply.
Handler: TypeAlias = Callable[[Request], Reply | Response]


def not_found(request: Request) -> Reply:
    """Answer like Twilio does for an unknown resource: a 404 with Twilio's error body.

    Args:
        request: The request that matched nothing (unused).

    Returns:
        A 404 reply with the JSON body
        ``{"code": 20404, "message": ..., "more_info": ..., "status": 404}``.

    """
    del request
    return Reply.json(
        {
            "code": 20404,
            "message": "The requested resource was not found",
            "more_info": "https://www.twilio.com/docs/errors/20404",
            "status": 404,
        },
        status=404,
    )


def route(
    table: Mapping[tuple[str, str], Handler | Reply | Response],
    *,
    default: Handler = not_found,
) -> Handler:
    """Build a handler that dispatches on the method and the path (without query).

    Args:
        table: Maps ``(method, path)``, for example ``("GET", "/2010-04-01/Accounts.json")``,
            to a handler, or to a fixed :class:`Reply` or
            :class:`~twilio_sansio.core.http.Response` sent for every matching request.
            Methods are compared case-insensitively; paths exactly (no trailing-slash
            folding, no percent-decoding).
        default: Called for requests the table does not list; by default
            :func:`not_found`, Twilio's 404.

    Returns:
        A handler for :class:`LoopbackServer`.

    """
    entries: dict[tuple[str, str], Handler] = {}
    for (method, path), target in table.items():
        if isinstance(target, Reply | Response):
            entries[(method.upper(), path)] = functools.partial(_constant, target)
        else:
            entries[(method.upper(), path)] = target

    def dispatch(request: Request) -> Reply | Response:
        path = urllib.parse.urlsplit(request.url).path
        return entries.get((request.method.upper(), path), default)(request)

    return dispatch


def _constant(answer: Reply | Response, request: Request) -> Reply | Response:
    del request
    return answer


class _BadRequest(Exception):
    """The client sent something the parser refuses; answer ``status`` and close."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class _Reader:
    """Buffered reads of a request head and a body from a blocking socket."""

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock
        self._buffer = bytearray()

    def _fill(self) -> bool:
        chunk = self._sock.recv(_RECV_SIZE)
        if not chunk:
            return False
        self._buffer += chunk
        return True

    def read_head(self) -> bytes | None:
        """Return the bytes up to the blank line, or None if the client closed first."""
        while True:
            # RFC 9112 2.2: ignore empty lines before a request line.
            while self._buffer[:2] == b"\r\n":
                del self._buffer[:2]
            end = self._buffer.find(b"\r\n\r\n")
            if end >= 0:
                head = bytes(self._buffer[:end])
                del self._buffer[: end + 4]
                return head
            if len(self._buffer) > MAX_HEAD_BYTES:
                raise _BadRequest(431, "request head too large")
            if not self._fill():
                if self._buffer:
                    raise ConnectionResetError("client closed mid-request")
                return None

    def read_exact(self, size: int) -> bytes:
        """Return exactly ``size`` bytes; raise ConnectionResetError if the client closes."""
        while len(self._buffer) < size:
            if not self._fill():
                raise ConnectionResetError("client closed mid-body")
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data


@functools.cache
def _tls_material() -> tuple[Any, Any]:
    """Return a trustme CA and a server certificate for localhost, made once per process."""
    import trustme

    ca = trustme.CA()
    return ca, ca.issue_cert("localhost", "127.0.0.1", "::1")


def _has_header(headers: Sequence[tuple[str, str]], *names: str) -> bool:
    wanted = {name.lower() for name in names}
    return any(name.lower() in wanted for name, _ in headers)


def _reason(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


class LoopbackServer:
    """A threaded HTTP/1.1 server on 127.0.0.1 that answers by calling a handler.

    Use it as a context manager (``with LoopbackServer(handler) as server:``) or call
    :meth:`start` and :meth:`stop`. Each accepted connection is served by its own daemon
    thread, with keep-alive (``Connection: close`` is honoured). A handler that raises
    produces a 500 ``text/plain`` reply and is recorded in :attr:`errors`.

    Args:
        handler: Called with every request, in the connection's thread; returns a
            :class:`Reply` or a :class:`~twilio_sansio.core.http.Response`.
        tls: Serve HTTPS with a certificate for ``localhost`` and ``127.0.0.1`` issued
            by a trustme CA (requires the ``trustme`` package).
        backlog: The listen backlog; far above socketserver's 5 so that bursts of
            concurrent connects are accepted at once.
        port: The port to listen on; 0 (the default) picks a free one.
        record: Keep every request in :attr:`requests`. Turn it off for a long-running
            server, where the list would grow without bound.

    Attributes:
        requests: Every request received, in the order received (none when ``record``
            is off); ``Request.url`` is :attr:`base_url` plus the request target (path
            and query).
        errors: Exceptions raised by the handler (and any unexpected server fault);
            tests should assert it is empty.

    """

    def __init__(
        self,
        handler: Handler,
        *,
        tls: bool = False,
        backlog: int = 1024,
        port: int = 0,
        record: bool = True,
    ) -> None:
        self.handler = handler
        self.record = record
        self.requested_port = port
        self.tls = tls
        self.backlog = backlog
        self.requests: list[Request] = []
        self.errors: list[BaseException] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._connections_opened = 0
        self._next_id = 0
        # Sockets of connections being served, and the threads serving them. A thread
        # drops its socket when it finishes but stays listed until it is seen dead, so
        # that stop() joins threads that are just ending too.
        self._connections: dict[int, socket.socket] = {}
        self._threads: dict[int, threading.Thread] = {}
        self._listener: socket.socket | None = None
        self._wake_r: socket.socket | None = None
        self._wake_w: socket.socket | None = None
        self._accept_thread: threading.Thread | None = None
        self._server_context: ssl.SSLContext | None = None
        self._ca: Any = None
        self._ca_path: str | None = None
        self._port: int | None = None
        self._started = False

    # -- lifecycle ---------------------------------------------------------------------

    def start(self) -> LoopbackServer:
        """Bind 127.0.0.1 on a free port and start accepting connections.

        Returns:
            The server itself, so that ``server = LoopbackServer(h).start()`` works.

        Raises:
            RuntimeError: If the server was started before.
            ImportError: If ``tls=True`` and trustme is not installed.
            OSError: If the socket cannot be bound.

        """
        if self._started:
            raise RuntimeError("a LoopbackServer can be started only once")
        self._started = True
        if self.tls:
            ca, cert = _tls_material()
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            cert.configure_cert(context)
            self._server_context = context
            self._ca = ca
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            if self.requested_port:
                # A fixed port is reused at once after a restart (no TIME_WAIT refusal).
                listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind(("127.0.0.1", self.requested_port))
            listener.listen(self.backlog)
            listener.setblocking(False)
        except BaseException:
            listener.close()
            raise
        self._listener = listener
        self._port = listener.getsockname()[1]
        self._wake_r, self._wake_w = socket.socketpair()
        self._accept_thread = threading.Thread(
            target=self._accept_loop, name=f"loopback-accept-{self._port}", daemon=True
        )
        self._accept_thread.start()
        return self

    def stop(self) -> None:
        """Stop the server: close the listener and every open connection, join the threads.

        Delays, drips, stalls and ``never_answer`` connections are interrupted at once.
        A handler that is still running cannot be interrupted; its thread is waited for
        up to a few seconds and then left behind (it is a daemon thread). Calling
        ``stop()`` again, or on a server never started, does nothing.
        """
        if self._stopping.is_set():
            return
        self._stopping.set()
        if self._wake_w is not None:
            with contextlib.suppress(OSError):
                self._wake_w.send(b"x")
        if self._accept_thread is not None:
            self._accept_thread.join(_JOIN_TIMEOUT)
        with self._lock:
            sockets = list(self._connections.values())
            threads = list(self._threads.values())
        for sock in sockets:
            # socket.socket.shutdown, not SSLSocket.shutdown: wake any thread blocked on
            # the descriptor without touching the TLS state that thread is using.
            with contextlib.suppress(OSError):
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
        for thread in threads:
            thread.join(_JOIN_TIMEOUT)
        for own in (self._listener, self._wake_r, self._wake_w):
            if own is not None:
                own.close()
        if self._ca_path is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._ca_path)
            self._ca_path = None

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- addresses and TLS trust --------------------------------------------------------

    @property
    def port(self) -> int:
        """The TCP port the server listens on.

        Raises:
            RuntimeError: If the server has not been started.

        """
        if self._port is None:
            raise RuntimeError("the server is not started")
        return self._port

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``, or ``https://localhost:PORT`` for a TLS server.

        Raises:
            RuntimeError: If the server has not been started.

        """
        if self.tls:
            return f"https://localhost:{self.port}"
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str = "/") -> str:
        """Return the absolute URL of ``path`` (which may carry a query) on this server.

        Args:
            path: A path starting with ``/``.

        Returns:
            :attr:`base_url` followed by ``path``.

        Raises:
            RuntimeError: If the server has not been started.

        """
        return self.base_url + path

    @property
    def connections_opened(self) -> int:
        """How many connections the server has accepted so far."""
        with self._lock:
            return self._connections_opened

    @property
    def open_connections(self) -> int:
        """How many connections are being served right now (not yet closed)."""
        with self._lock:
            return len(self._connections)

    def client_ssl_context(self) -> ssl.SSLContext:
        """Return a new client SSL context that trusts this server's CA.

        Returns:
            A verifying context (hostname checks on) for ``localhost`` or ``127.0.0.1``.

        Raises:
            RuntimeError: If the server is not a started TLS server.

        """
        if not self.tls or self._ca is None:
            raise RuntimeError("client_ssl_context() needs a started server with tls=True")
        context = ssl.create_default_context()
        self._ca.configure_trust(context)
        return context

    @property
    def ca_pem(self) -> bytes:
        """The PEM-encoded certificate of the CA that signed the server's certificate.

        Raises:
            RuntimeError: If the server is not a started TLS server.

        """
        if not self.tls or self._ca is None:
            raise RuntimeError("ca_pem needs a started server with tls=True")
        pem: bytes = self._ca.cert_pem.bytes()
        return pem

    def ca_pem_path(self) -> str:
        """Write the CA certificate to a temporary file, for tools that need a path.

        The file is removed by :meth:`stop`.

        Returns:
            The path of a PEM file holding the CA certificate.

        Raises:
            RuntimeError: If the server is not a started TLS server.

        """
        if self._ca_path is None:
            fd, path = tempfile.mkstemp(prefix="loopback-ca-", suffix=".pem")
            with os.fdopen(fd, "wb") as file:
                file.write(self.ca_pem)
            self._ca_path = path
        return self._ca_path

    # -- serving -----------------------------------------------------------------------

    def _accept_loop(self) -> None:
        assert self._listener is not None
        assert self._wake_r is not None
        with selectors.DefaultSelector() as selector:
            selector.register(self._listener, selectors.EVENT_READ)
            selector.register(self._wake_r, selectors.EVENT_READ)
            while not self._stopping.is_set():
                for key, _ in selector.select():
                    if key.fileobj is self._wake_r or self._stopping.is_set():
                        return
                    self._accept_one()

    def _accept_one(self) -> None:
        assert self._listener is not None
        try:
            conn, _ = self._listener.accept()
        except (BlockingIOError, InterruptedError, ConnectionAbortedError):
            return
        except OSError as exc:  # pragma: no cover - e.g. out of file descriptors
            self._record(exc)
            return
        conn.settimeout(None)
        with contextlib.suppress(OSError):
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self._lock:
            self._connections_opened += 1
            self._next_id += 1
            conn_id = self._next_id
            thread = threading.Thread(
                target=self._serve_connection,
                args=(conn_id, conn),
                name=f"loopback-conn-{self._port}-{conn_id}",
                daemon=True,
            )
            self._connections[conn_id] = conn
            self._threads = {key: t for key, t in self._threads.items() if t.is_alive()}
            self._threads[conn_id] = thread
        thread.start()

    def _record(self, exc: BaseException) -> None:
        with self._lock:
            self.errors.append(exc)

    def _serve_connection(self, conn_id: int, conn: socket.socket) -> None:
        sock: socket.socket = conn
        try:
            if self._server_context is not None:
                sock = self._server_context.wrap_socket(
                    conn, server_side=True, do_handshake_on_connect=False
                )
                with self._lock:
                    self._connections[conn_id] = sock
                if self._stopping.is_set():
                    return
                assert isinstance(sock, ssl.SSLSocket)
                sock.do_handshake()
            reader = _Reader(sock)
            while not self._stopping.is_set() and self._serve_one(sock, reader):
                pass
        except OSError:
            pass  # the client went away, or stop() shut the socket down
        except Exception as exc:
            self._record(exc)
        finally:
            with self._lock:
                self._connections.pop(conn_id, None)
            sock.close()
            conn.close()

    def _serve_one(self, sock: socket.socket, reader: _Reader) -> bool:
        """Read one request and answer it; return whether to keep the connection open."""
        try:
            head = reader.read_head()
            if head is None:
                return False
            method, target, keep_alive, headers, length = _parse_head(head)
            if length and any(n == "expect" and v.lower() == "100-continue" for n, v in headers):
                sock.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
            body = reader.read_exact(length)
        except _BadRequest as exc:
            reply = Reply(
                exc.status,
                (("Content-Type", "text/plain"), ("Connection", "close")),
                exc.message.encode(),
            )
            self._send(sock, reply, head_only=False)
            return False
        url = target if target.startswith(("http://", "https://")) else self.base_url + target
        request = Request(method, url, headers, body)
        if self.record:
            with self._lock:
                self.requests.append(request)
        reply = self._call_handler(request)
        if reply.delay > 0 and self._stopping.wait(reply.delay):
            return False
        if reply.close_without_reply:
            return False
        if reply.never_answer:
            # Send nothing; read (and drop) whatever comes until the client closes the
            # connection or stop() shuts it down.
            while sock.recv(_RECV_SIZE):
                pass
            return False
        if not keep_alive and not _has_header(reply.headers, "connection"):
            reply = attrs.evolve(reply, headers=(*reply.headers, ("Connection", "close")))
        completed = self._send(sock, reply, head_only=method == "HEAD")
        closing = any(n.lower() == "connection" and "close" in v.lower() for n, v in reply.headers)
        return completed and keep_alive and not closing

    def _call_handler(self, request: Request) -> Reply:
        try:
            answer = self.handler(request)
            if isinstance(answer, Response):
                return Reply.of(answer)
            if not isinstance(answer, Reply):
                raise TypeError(
                    f"a LoopbackServer handler must return a Reply or a Response, "
                    f"not {type(answer).__name__}"
                )
            return answer
        except Exception as exc:
            self._record(exc)
            return Reply(
                500,
                (("Content-Type", "text/plain; charset=utf-8"),),
                f"handler raised {type(exc).__name__}: {exc}".encode(),
            )

    def _send(self, sock: socket.socket, reply: Reply, *, head_only: bool) -> bool:
        """Send ``reply``; return False if the connection must close (fault or stop())."""
        headers = list(reply.headers)
        bodiless = reply.status < 200 or reply.status in (204, 304)
        if not bodiless and not _has_header(headers, "content-length", "transfer-encoding"):
            headers.append(("Content-Length", str(len(reply.body))))
        lines = [f"HTTP/1.1 {reply.status} {_reason(reply.status)}"]
        lines.extend(f"{name}: {value}" for name, value in headers)
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        body = b"" if head_only or bodiless else reply.body
        truncated = reply.close_after is not None
        if reply.close_after is not None:
            body = body[: reply.close_after]

        if reply.drip is None and reply.stall_after_headers <= 0:
            sock.sendall(head + body)
            return not truncated
        sock.sendall(head)
        if reply.stall_after_headers > 0 and self._stopping.wait(reply.stall_after_headers):
            return False
        if reply.drip is None:
            sock.sendall(body)
            return not truncated
        for index in range(len(body)):
            if index and self._stopping.wait(reply.drip):
                return False
            sock.sendall(body[index : index + 1])
        return not truncated


def _parse_head(head: bytes) -> tuple[str, str, bool, list[tuple[str, str]], int]:
    """Parse a request head into method, target, keep-alive, headers and body length."""
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3 or not parts[0] or not parts[1]:
        raise _BadRequest(400, f"malformed request line: {lines[0]!r}")
    method, target, version = parts
    if version not in ("HTTP/1.1", "HTTP/1.0"):
        raise _BadRequest(505, f"unsupported HTTP version: {version!r}")
    headers: list[tuple[str, str]] = []
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        if not colon or not name or name != name.strip():
            raise _BadRequest(400, f"malformed header line: {line!r}")
        headers.append((name.lower(), value.strip()))
    if any(name == "transfer-encoding" for name, _ in headers):
        raise _BadRequest(501, "Transfer-Encoding request bodies are not supported")
    lengths = {value for name, value in headers if name == "content-length"}
    if len(lengths) > 1:
        raise _BadRequest(400, "conflicting Content-Length headers")
    length = 0
    if lengths:
        text = lengths.pop()
        if not text.isdigit():
            raise _BadRequest(400, f"invalid Content-Length: {text!r}")
        length = int(text)
    tokens = {
        token.strip().lower()
        for name, value in headers
        if name == "connection"
        for token in value.split(",")
    }
    keep_alive = "close" not in tokens if version == "HTTP/1.1" else "keep-alive" in tokens
    return method, target, keep_alive, headers, length
