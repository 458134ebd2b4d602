"""The default sync transport, on urllib3: one thread-safe connection pool.

The deadline covers the whole exchange, like Go's ``http.Client.Timeout``: the connect and
the wait for headers are bounded by the time left, then the body is streamed with
``read1`` and the socket's timeout is set to the time left before every read, so a server
that drips bytes cannot stretch the call. At the deadline the connection is closed, not
returned to the pool. DNS resolution is not bounded (the standard library offers no way
to interrupt ``getaddrinfo``); a server dripping its *headers* is bounded per read only.
"""

from __future__ import annotations

import ssl
from time import monotonic

import urllib3
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


class Urllib3Transport:
    """A :class:`~twilio_sansio.transports.SyncTransport` over a urllib3 pool.

    Args:
        max_connections: Connections kept per host (and the most in use at once).
        ssl_context: A custom TLS context (for example with a private CA bundle);
            verification stays on.
        proxy_url: An HTTP(S) proxy to send every request through.
        max_response_bytes: Bodies longer than this fail with ``ResponseTooLarge``.
        pool: A ready urllib3 ``PoolManager`` (or ``ProxyManager``) to use instead.
    """

    def __init__(
        self,
        *,
        max_connections: int = 16,
        ssl_context: ssl.SSLContext | None = None,
        proxy_url: str | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        pool: urllib3.PoolManager | None = None,
    ) -> None:
        self.max_response_bytes = max_response_bytes
        if pool is not None:
            self._pool = pool
        elif proxy_url is not None:
            self._pool = urllib3.ProxyManager(
                proxy_url, maxsize=max_connections, block=False, ssl_context=ssl_context
            )
        else:
            self._pool = urllib3.PoolManager(
                maxsize=max_connections, block=False, ssl_context=ssl_context
            )

    def send(self, request: Request, *, timeout: float) -> Response:
        """Send ``request`` and read the whole response within ``timeout`` seconds.

        Raises:
            ConnectError: the connection could not be made (nothing was sent).
            DeadlineExceeded: the time ran out.
            ResponseTooLarge: the body passed ``max_response_bytes``.
            TransportError: the connection broke or TLS failed.
        """
        deadline = monotonic() + timeout
        if timeout <= 0:
            raise DeadlineExceeded("the deadline passed before sending", request_sent=False)
        try:
            response = self._pool.urlopen(
                request.method,
                request.url,
                body=request.body or None,
                headers=urllib3.HTTPHeaderDict(request.headers),
                retries=False,
                redirect=False,
                preload_content=False,
                decode_content=True,
                # total: the wait for the headers gets what connecting left of the deadline.
                timeout=urllib3.Timeout(connect=timeout, read=timeout, total=timeout),
            )
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
        try:
            body = self._read_body(response, deadline)
        except BaseException:
            response.close()  # never hand a half-read connection back to the pool
            response.release_conn()
            raise
        response.release_conn()
        return Response(response.status, tuple(response.headers.iteritems()), body)

    def _read_body(self, response: urllib3.BaseHTTPResponse, deadline: float) -> bytes:
        chunks: list[bytes] = []
        size = 0
        limit = self.max_response_bytes
        while True:
            left = deadline - monotonic()
            if left <= 0:
                raise DeadlineExceeded("the deadline passed while reading the body")
            connection = response.connection
            sock = getattr(connection, "sock", None) if connection is not None else None
            if sock is not None:
                sock.settimeout(left)
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

    def close(self) -> None:
        """Close every pooled connection now.

        ``PoolManager.clear()`` alone only forgets the pools: their idle connections close
        when a pool is garbage-collected, which an exception still referring to a
        response (and so to its pool) can put off indefinitely.
        """
        pools = self._pool.pools
        for key in pools.keys():  # noqa: SIM118 - the container refuses iteration
            pool = pools.get(key)
            if pool is not None:
                pool.close()
        self._pool.clear()
