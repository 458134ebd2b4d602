"""``H11Transport``: the async transport on h11 and anyio streams (trio or asyncio)."""

from __future__ import annotations

import asyncio
import os
import re
import ssl
import sys

import h11
from anyio.lowlevel import current_token

from twilio_sansio.core.errors import InvalidArgument, TransportError
from twilio_sansio.core.http import Request, Response
from twilio_sansio.transports.h11_async._connect import Connector
from twilio_sansio.transports.h11_async._origin import (
    Origin,
    parse_origin,
    parse_proxy,
    split_url,
)
from twilio_sansio.transports.h11_async._pool import OriginPool
from twilio_sansio.transports.protocol import DEFAULT_MAX_RESPONSE_BYTES, note_request_pending

DEFAULT_MAX_IN_FLIGHT_PER_ORIGIN = 20
"""Small on purpose: issue 14 measured (2 cores, 1,000 tasks, an h11 pool prototype) p99
above 5 s with a limit of 100 and about 2 s with 20. Against Twilio's own latency more
requests in flight would help, but Twilio also limits concurrent requests per account."""

ACCEPT_ENCODING = "gzip, deflate"
"""Sent when the request names no ``Accept-Encoding``: the codings decoded here."""

_METHODS_WITH_BODY = frozenset({"POST", "PUT", "PATCH"})

# RFC 9110's field-name (a token) and field-value, as h11 checks them (h11/_abnf.py): no
# control characters but tab, no leading or trailing whitespace.
_FIELD_NAME = re.compile(rb"[-!#$%&'*+.^_`|~0-9a-zA-Z]+")
_FIELD_VALUE = re.compile(rb"(?:[^\x00\s]+(?:[ \t]+[^\x00\s]+)*)?")


class H11Transport:
    """An :class:`~twilio_sansio.transports.AsyncTransport`: HTTP/1.1 on h11 over anyio.

    It runs on trio natively and on asyncio through anyio. The caller's cancel scope is
    the only deadline (the :class:`~twilio_sansio.AsyncClient` opens one per call); a
    connection whose exchange is cancelled or fails is closed, never reused. It pools
    keep-alive connections per origin, verifies TLS, tunnels through an HTTP ``CONNECT``
    proxy, and decodes ``gzip``/``deflate`` bodies (stacked ones too), capping the
    *decoded* size. It sends no cookies, follows no redirects and retries nothing.

    After ``os.fork()`` (or in another event loop than the one that opened them) it never
    touches the connections it had: the child drops them, closing only its copies of
    their descriptors, and opens its own.

    Args:
        max_in_flight_per_origin: The most requests in flight at once to one origin
            (scheme, host, port); later callers wait their turn in FIFO order. It is also
            the most connections kept open to that origin.
        ssl_context: A custom TLS context (for example with a private CA bundle), for
            ``https`` origins and an ``https`` proxy; verification stays on by default.
        proxy_url: An HTTP(S) proxy: ``https`` requests go through a ``CONNECT`` tunnel,
            ``http`` ones are forwarded. Credentials in the URL
            (``http://user:secret@proxy:3128``) are sent as ``Proxy-Authorization``.
        max_response_bytes: Decoded bodies longer than this fail with
            ``ResponseTooLarge``.

    Raises:
        InvalidArgument: ``max_in_flight_per_origin`` is below 1 or ``proxy_url`` is not an
            absolute http(s) URL.
    """

    def __init__(
        self,
        *,
        max_in_flight_per_origin: int = DEFAULT_MAX_IN_FLIGHT_PER_ORIGIN,
        ssl_context: ssl.SSLContext | None = None,
        proxy_url: str | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        if max_in_flight_per_origin < 1:
            raise InvalidArgument("max_in_flight_per_origin must be at least 1")
        self.max_in_flight_per_origin = max_in_flight_per_origin
        self.max_response_bytes = max_response_bytes
        self._proxy = parse_proxy(proxy_url) if proxy_url is not None else None
        self._connector = Connector(ssl_context, self._proxy)
        self._pools: dict[tuple[str, str], OriginPool] = {}
        self._owner: tuple[int, object] | None = None
        self._closed = False

    async def send(self, request: Request) -> Response:
        """Send ``request`` and read the whole response, its body decoded.

        Raises:
            ConnectError: the connection could not be made (DNS, refused, proxy, TLS);
                nothing was sent.
            ResponseTooLarge: the decoded body passed ``max_response_bytes``.
            TransportError: the connection broke, the server broke HTTP/1.1, or the
                transport is closed (``request_sent`` is False then).
            InvalidArgument: the URL is not absolute or a header cannot be sent.
        """
        if self._closed:
            raise TransportError("the transport is closed", request_sent=False)
        note_request_pending()
        pools = self._pools_of_this_loop()
        scheme, authority, target = split_url(request.url)
        pool = pools.get((scheme, authority))
        if pool is None:
            pool = OriginPool(
                parse_origin(scheme, authority), self._connector, self.max_in_flight_per_origin
            )
            pools[(scheme, authority)] = pool
        head = self._head(request, pool.origin, target)
        return await pool.send(head, request.body, self.max_response_bytes)

    def _pools_of_this_loop(self) -> dict[tuple[str, str], OriginPool]:
        """The pools, after dropping those of a parent process or of another event loop."""
        owner = (os.getpid(), _current_event_loop())
        if self._owner is None or self._owner[0] != owner[0] or self._owner[1] is not owner[1]:
            if self._owner is not None:
                for pool in self._pools.values():
                    pool.abandon()
                self._pools = {}
            self._owner = owner
        return self._pools

    def _head(self, request: Request, origin: Origin, target: str) -> h11.Request:
        """The request line and headers, with the framing headers h11 needs."""
        names = {name for name, _ in request.headers}
        headers = list(request.headers)
        if "host" not in names:
            headers.insert(0, ("host", origin.authority))
        body = request.body
        if (body or request.method in _METHODS_WITH_BODY) and not names & {
            "content-length",
            "transfer-encoding",
        }:
            headers.append(("content-length", str(len(body))))
        if "accept-encoding" not in names:
            headers.append(("accept-encoding", ACCEPT_ENCODING))
        proxy = self._proxy
        if proxy is not None and origin.scheme == "http":
            # Forwarded, not tunnelled: the proxy reads the absolute URL.
            target = f"http://{origin.authority}{target}"
            if proxy.authorization is not None and "proxy-authorization" not in names:
                headers.append(("proxy-authorization", proxy.authorization))
        try:
            return _h11_request(request.method, target, headers)
        except (h11.LocalProtocolError, UnicodeError) as exc:
            raise InvalidArgument(f"the request cannot be sent as HTTP/1.1: {exc}") from None

    async def aclose(self) -> None:
        """Close every idle connection; those in use close as their exchange ends.

        Sending afterwards raises :class:`~twilio_sansio.core.errors.TransportError`.
        """
        self._closed = True
        pools = self._pools_of_this_loop()
        self._pools = {}
        for pool in pools.values():
            await pool.aclose()


def _current_event_loop() -> object:
    """The running event loop: what anyio's ``current_token().native_token`` names.

    Trio's token (checked first: a trio run in guest mode also sees its asyncio host
    loop), or the asyncio loop; asked of each library directly, which costs a fifth of
    going through anyio (it looks its backend up on every call).
    """
    trio = sys.modules.get("trio")
    if trio is not None and trio.lowlevel.in_trio_run():
        return trio.lowlevel.current_trio_token()
    loop = asyncio._get_running_loop()
    if loop is not None:
        return loop
    return current_token().native_token  # pragma: no cover - neither asyncio nor trio


def _h11_request(method: str, target: str, headers: list[tuple[str, str]]) -> h11.Request:
    """An ``h11.Request``, each header checked here once rather than by h11's slower path.

    h11 validates every name and value of an event it is given (about 15 µs for a
    request's half-dozen headers, a tenth of a fetch); ``_parsed=True`` is how h11 skips
    that for what its own parser already checked. The same rules are applied here, once
    per distinct header (a client sends the same few on every request), and h11 still
    checks the method, the target, ``Host``, ``Content-Length`` and
    ``Transfer-Encoding``. Should a later h11 drop the keyword, the request is built the
    documented way.

    Raises:
        h11.LocalProtocolError: a name, value, method or target h11 would refuse.
        UnicodeError: a name or value that is not ASCII.
    """
    encoded = []
    for pair in headers:
        checked = _CHECKED_HEADERS.get(pair)
        if checked is None:
            checked = _check_header(*pair)
            if len(_CHECKED_HEADERS) >= _MAX_CHECKED_HEADERS:
                _CHECKED_HEADERS.clear()
            _CHECKED_HEADERS[pair] = checked
        encoded.append(checked)
    raw_method, raw_target = method.encode("ascii"), target.encode("ascii")
    try:
        return h11.Request(method=raw_method, target=raw_target, headers=encoded, _parsed=True)
    except TypeError:  # pragma: no cover - an h11 without the keyword
        return h11.Request(method=raw_method, target=raw_target, headers=encoded)


_CHECKED_HEADERS: dict[tuple[str, str], tuple[bytes, bytes]] = {}
"""Headers already checked, encoded: a client sends the same few on every request."""
_MAX_CHECKED_HEADERS = 512


def _check_header(name: str, value: str) -> tuple[bytes, bytes]:
    raw_name, raw_value = name.encode("ascii"), value.encode("ascii")
    if _FIELD_NAME.fullmatch(raw_name) is None:
        raise h11.LocalProtocolError(f"Illegal header name {raw_name!r}")
    if _FIELD_VALUE.fullmatch(raw_value) is None:
        raise h11.LocalProtocolError(f"Illegal header value {raw_value!r}")
    return raw_name, raw_value
