"""The default sync transport, on urllib3: one thread-safe connection pool.

The deadline covers the whole exchange, like Go's ``http.Client.Timeout``: the connect is
bounded by the time left, and every read of the response (the status line, each interim
``100 Continue``, each header line, every piece of the body) waits at most until the
deadline, not a fresh timeout per read; so a server that drips bytes, headers included,
cannot stretch the call. At the deadline the connection is closed, not returned to the
pool. DNS resolution is not bounded (the standard library offers no way to interrupt
``getaddrinfo``).

It survives ``os.fork()``: the child drops the parent's connections (closing only its
copies of their descriptors, so the parent's connections stay open) and opens its own,
so no process ever reads a response meant for the other.
"""

from __future__ import annotations

import contextlib
import http.client
import io
import os
import socket
import ssl
import threading
import weakref
from collections.abc import Callable, Iterable
from time import monotonic
from typing import Any

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    NewConnectionError,
    ProxyError,
    ReadTimeoutError,
    SSLError,
)

from twilio_sansio.core.errors import (
    ConnectError,
    DeadlineExceeded,
    ResponseTooLarge,
    TransportError,
)
from twilio_sansio.core.http import Request, Response
from twilio_sansio.transports.protocol import DEFAULT_MAX_RESPONSE_BYTES

READ_SIZE = 64 * 1024

_MAX_REMEMBERED_ORIGINS = 64
"""The most origins whose pools a transport remembers (it forgets them all past this)."""

_exchange = threading.local()
"""``deadline``: the monotonic deadline of the exchange this thread is running, if any.

urllib3 builds the response object deep inside ``urlopen``; the deadline reaches it here
(a transport's exchange runs wholly in its caller's thread)."""


class _DeadlineReader(io.RawIOBase):
    """Reads a socket, each read waiting only as long as the exchange's deadline allows."""

    def __init__(self, sock: socket.socket, deadline: float) -> None:
        super().__init__()
        self._sock = sock
        # A socket reader of its own, like http.client's, so that closing the connection
        # while the body is still unread defers the socket's real close until this closes.
        self._raw = sock.makefile("rb", buffering=0)
        self._deadline = deadline
        self.reached_end = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int | None:
        left = self._deadline - monotonic()
        if left <= 0:
            raise TimeoutError("the deadline passed")
        self._sock.settimeout(left)
        count = self._raw.readinto(buffer)
        if count == 0:
            self.reached_end = True
        return count

    def close(self) -> None:
        if not self.closed:
            self._raw.close()
        super().close()


class _ReaderSource:
    """Stands for the socket when http.client's response asks it for a reader."""

    __slots__ = ("_reader",)

    def __init__(self, reader: _DeadlineReader) -> None:
        self._reader = reader

    def makefile(self, mode: str) -> io.BufferedReader:
        return io.BufferedReader(self._reader)


class _DeadlineResponse(http.client.HTTPResponse):
    """http.client's response, reading through a :class:`_DeadlineReader`.

    It also refuses a head the server cut short: http.client takes the end of the
    stream for the blank line that ends the headers, so ``HTTP/1.1 200 OK`` and a close
    read as an empty 200 (the async transports saw a broken connection, and retried).
    """

    def __init__(self, sock: socket.socket, *args: Any, **kwargs: Any) -> None:
        self._reader: _DeadlineReader | None = None
        deadline = getattr(_exchange, "deadline", None)
        if deadline is None:
            super().__init__(sock, *args, **kwargs)
            return
        self._reader = _DeadlineReader(sock, deadline)
        # http.client only asks its socket for a reader (``makefile``): hand it this one,
        # rather than let it open its own only to close it.
        super().__init__(_ReaderSource(self._reader), *args, **kwargs)  # type: ignore[arg-type]

    def begin(self) -> None:
        super().begin()
        # Reading the head never reads past its blank line, so meeting the end of the
        # stream here means the blank line never came.
        if self._reader is not None and self._reader.reached_end:
            raise http.client.RemoteDisconnected("the connection closed inside the response head")


class _HTTPConnection(HTTPConnection):
    response_class = _DeadlineResponse


class _HTTPSConnection(HTTPSConnection):
    response_class = _DeadlineResponse


class _HTTPConnectionPool(HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSConnectionPool(HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


DEADLINE_POOL_CLASSES: dict[str, type[HTTPConnectionPool]] = {
    "http": _HTTPConnectionPool,
    "https": _HTTPSConnectionPool,
}
"""The connection pool classes whose responses read under the exchange's deadline."""


class Urllib3Transport:
    """A :class:`~twilio_sansio.transports.SyncTransport` over a urllib3 pool.

    Args:
        max_connections: Connections kept per host (and the most in use at once).
        ssl_context: A custom TLS context (for example with a private CA bundle);
            verification stays on.
        proxy_url: An HTTP(S) proxy to send every request through.
        max_response_bytes: Bodies longer than this fail with ``ResponseTooLarge``.
        pool_factory: Makes the urllib3 ``PoolManager`` (or ``ProxyManager``) to use
            instead of one built from the options above. It is called once now and
            again in a process forked from this one. Its pool classes are replaced by
            ones that read under the deadline (:data:`DEADLINE_POOL_CLASSES`).
    """

    def __init__(
        self,
        *,
        max_connections: int = 16,
        ssl_context: ssl.SSLContext | None = None,
        proxy_url: str | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        pool_factory: Callable[[], urllib3.PoolManager] | None = None,
    ) -> None:
        self.max_response_bytes = max_response_bytes
        if pool_factory is None:
            pool_factory = _pool_factory(max_connections, ssl_context, proxy_url)
        self._make_pool = pool_factory
        self._pool = self._new_pool()
        self._origins: dict[str, HTTPConnectionPool] = {}
        self._closed = False
        _LIVE_TRANSPORTS.add(self)

    def _new_pool(self) -> urllib3.PoolManager:
        pool = self._make_pool()
        pool.pool_classes_by_scheme = DEADLINE_POOL_CLASSES
        return pool

    def send(self, request: Request, *, timeout: float) -> Response:
        """Send ``request`` and read the whole response within ``timeout`` seconds.

        Raises:
            ConnectError: the connection could not be made (nothing was sent).
            DeadlineExceeded: the time ran out.
            ResponseTooLarge: the body passed ``max_response_bytes``.
            TransportError: the connection broke or TLS failed, or the transport is
                closed (``request_sent`` is False then).
        """
        if self._closed:
            raise TransportError("the transport is closed", request_sent=False)
        deadline = monotonic() + timeout
        if timeout <= 0:
            raise DeadlineExceeded("the deadline passed before sending", request_sent=False)
        _exchange.deadline = deadline
        try:
            response = self._urlopen(request, timeout)
        except NewConnectionError as exc:
            raise ConnectError(f"cannot connect: {exc}") from None
        except ConnectTimeoutError:
            raise DeadlineExceeded(
                "the deadline passed while connecting", request_sent=False
            ) from None
        except ReadTimeoutError:
            raise DeadlineExceeded("the deadline passed waiting for the response") from None
        except (SSLError, ProxyError) as exc:
            raise ConnectError(f"TLS or proxy failure: {exc}") from None
        except (HTTPError, OSError) as exc:
            raise TransportError(f"the connection failed: {exc}") from None
        finally:
            _exchange.deadline = None
        try:
            body = self._read_body(response, deadline)
        except BaseException:
            response.close()  # never hand a half-read connection back to the pool
            response.release_conn()
            raise
        response.release_conn()
        return Response(response.status, tuple(response.headers.iteritems()), body)

    def _urlopen(self, request: Request, timeout: float) -> urllib3.BaseHTTPResponse:
        headers: Any = dict(request.headers)
        if len(headers) != len(request.headers):  # a repeated header: keep every value
            headers = urllib3.HTTPHeaderDict(request.headers)
        options: dict[str, Any] = {
            "body": request.body or None,
            "headers": headers,
            "retries": False,
            "redirect": False,
            "preload_content": False,
            "decode_content": True,
            "timeout": urllib3.Timeout(connect=timeout, read=timeout),
        }
        origin = self._origin_pool(request.url)
        if origin is None:
            return self._pool.urlopen(request.method, request.url, **options)
        pool, target = origin
        return pool.urlopen(request.method, target, assert_same_host=False, **options)

    def _origin_pool(self, url: str) -> tuple[HTTPConnectionPool, str] | None:
        """The connection pool of ``url``'s origin and the request target, or None.

        ``PoolManager.urlopen`` parses the URL and builds a pool key on every call (about
        20 µs); here the pool of each origin is remembered, and the target is the URL's
        path and query. None (let the ``PoolManager`` route the request) for a proxy, a
        manager whose ``urlopen`` is its own, or a URL of another shape.

        A remembered pool stays usable after the manager drops it (it keeps 10 and
        forgets the least recently used, without closing it); :meth:`close` and a forked
        child deal with the remembered pools as with the manager's.
        """
        manager = self._pool
        if type(manager).urlopen is not urllib3.PoolManager.urlopen or "#" in url:
            return None
        scheme, empty, authority, *path = url.split("/", 3)
        if empty or scheme not in ("http:", "https:") or not authority:
            return None
        if "@" in authority or "?" in authority:
            return None
        key = f"{scheme}//{authority}"
        pool = self._origins.get(key)
        if pool is None or pool.pool is None:  # new, or closed since
            pool = manager.connection_from_url(key + "/")
            if len(self._origins) >= _MAX_REMEMBERED_ORIGINS:
                self._origins = {}
            self._origins[key] = pool
        return pool, "/" + path[0] if path else "/"

    def _read_body(self, response: urllib3.BaseHTTPResponse, deadline: float) -> bytes:
        length = response.length_remaining
        if length is not None and "content-encoding" not in response.headers:
            return self._read_length(response, length, deadline)
        chunks: list[bytes] = []
        size = 0
        limit = self.max_response_bytes
        while True:
            if monotonic() >= deadline:
                raise DeadlineExceeded("the deadline passed while reading the body")
            try:
                chunk = response.read1(READ_SIZE)
            except ReadTimeoutError:
                raise DeadlineExceeded("the deadline passed while reading the body") from None
            except (HTTPError, OSError) as exc:
                raise TransportError(f"the response body was cut off: {exc}") from None
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > limit:
                raise ResponseTooLarge(
                    f"the response body is larger than {limit} bytes", status=response.status
                )
            chunks.append(chunk)

    def _read_length(
        self, response: urllib3.BaseHTTPResponse, length: int, deadline: float
    ) -> bytes:
        """Read a body framed by ``Content-Length``, with no content coding, in one call.

        Its size is known before reading, so the cap is checked first; each read of the
        socket underneath still waits only until the deadline (:class:`_DeadlineReader`).
        One ``read`` of the whole length, rather than ``read1`` piece by piece, saves a
        round through urllib3 and http.client per piece, and the read past the end.
        """
        if length > self.max_response_bytes:
            raise ResponseTooLarge(
                f"the response body is larger than {self.max_response_bytes} bytes",
                status=response.status,
            )
        if not length:
            return b""
        if monotonic() >= deadline:
            raise DeadlineExceeded("the deadline passed while reading the body")
        try:
            body = response.read(length)
        except ReadTimeoutError:
            raise DeadlineExceeded("the deadline passed while reading the body") from None
        except (HTTPError, OSError) as exc:
            raise TransportError(f"the response body was cut off: {exc}") from None
        if len(body) != length:
            raise TransportError(
                f"the response body was cut off: {len(body)} of {length} bytes came"
            )
        return body

    def close(self) -> None:
        """Close every pooled connection now; later sends fail with ``TransportError``.

        ``PoolManager.clear()`` alone only forgets the pools: their idle connections close
        when a pool is garbage-collected, which an exception still referring to a
        response (and so to its pool) can put off indefinitely.
        """
        self._closed = True
        remembered, self._origins = self._origins, {}
        pools = self._pool.pools
        for key in pools.keys():  # noqa: SIM118 - the container refuses iteration
            pool = pools.get(key)
            if pool is not None:
                pool.close()
        for pool in remembered.values():
            pool.close()
        self._pool.clear()

    def _after_fork_in_child(self) -> None:
        """Let go of the parent's connections and start a pool of this process's own.

        It runs in the new child process before any other code, with one thread: no
        lock of the old pool is taken (a thread of the parent may have held one when it
        forked), and only this process's copies of the idle sockets' descriptors are
        closed, so the parent's connections stay open and no close alert reaches them.
        """
        inherited, self._pool = self._pool, self._new_pool()
        remembered, self._origins = self._origins, {}
        for sock in _idle_sockets(inherited, remembered.values()):
            with contextlib.suppress(OSError):
                sock.close()


def _pool_factory(
    max_connections: int, ssl_context: ssl.SSLContext | None, proxy_url: str | None
) -> Callable[[], urllib3.PoolManager]:
    def make() -> urllib3.PoolManager:
        if proxy_url is not None:
            return urllib3.ProxyManager(
                proxy_url, maxsize=max_connections, block=False, ssl_context=ssl_context
            )
        return urllib3.PoolManager(maxsize=max_connections, block=False, ssl_context=ssl_context)

    return make


def _idle_sockets(
    pool: urllib3.PoolManager, remembered: Iterable[HTTPConnectionPool] = ()
) -> list[socket.socket]:
    """The sockets of the idle connections of a manager's pools and of ``remembered`` ones.

    It reads them without taking any lock, from urllib3's internals (the pools'
    container and each pool's queue); should they change shape, it finds nothing, and
    the descriptors close when collected.
    """
    found = []
    container = getattr(pool.pools, "_container", {})
    for connection_pool in dict.fromkeys([*container.values(), *remembered]):
        idle = getattr(getattr(connection_pool, "pool", None), "queue", ())
        for connection in list(idle):
            sock = getattr(connection, "sock", None)
            if isinstance(sock, socket.socket):
                found.append(sock)
    return found


_LIVE_TRANSPORTS: weakref.WeakSet[Urllib3Transport] = weakref.WeakSet()
"""Every transport not yet collected, so that a forked child can reset each one."""


def _reset_transports_after_fork() -> None:
    for transport in list(_LIVE_TRANSPORTS):
        transport._after_fork_in_child()


os.register_at_fork(after_in_child=_reset_transports_after_fork)
