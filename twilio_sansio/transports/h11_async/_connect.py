"""Opening a connection: TCP, then a proxy tunnel and TLS where the origin needs them.

Every failure here happens before any byte of a request left, so each one is a
:class:`~twilio_sansio.core.errors.ConnectError` that says what failed: the name lookup,
the TCP connect (refused, unreachable), the proxy, or TLS (the certificate chain, the host
name, the handshake).
"""

from __future__ import annotations

import socket
import ssl
import sys

import anyio
import h11
from anyio.abc import ByteStream, SocketAttribute
from anyio.streams.tls import TLSStream

from twilio_sansio.core.errors import ConnectError
from twilio_sansio.transports.h11_async._connection import (
    NETWORK_ERRORS,
    Connection,
    receive_event,
    stream_receiver,
)
from twilio_sansio.transports.h11_async._origin import Origin, Proxy


def default_ssl_context() -> ssl.SSLContext:
    """The standard library's verifying context, offering HTTP/1.1 by ALPN."""
    context = ssl.create_default_context()
    context.set_alpn_protocols(["http/1.1"])
    return context


class Connector:
    """Opens connections to origins, directly or through an HTTP ``CONNECT`` proxy.

    Args:
        ssl_context: The TLS context for ``https`` origins and an ``https`` proxy; the
            default one (built on first use) verifies against the system's CAs.
        proxy: The proxy to tunnel through, if any.
    """

    def __init__(self, ssl_context: ssl.SSLContext | None, proxy: Proxy | None) -> None:
        self._ssl_context = ssl_context
        self.proxy = proxy

    def ssl_context(self) -> ssl.SSLContext:
        """The TLS context in use (the default one is made on first call)."""
        if self._ssl_context is None:
            self._ssl_context = default_ssl_context()
        return self._ssl_context

    async def open(self, origin: Origin) -> Connection:
        """Open a connection ready to carry requests to ``origin``.

        Raises:
            ConnectError: the lookup, the connect, the proxy or TLS failed.
        """
        proxy = self.proxy
        first_hop = proxy.origin if proxy is not None else origin
        stream: ByteStream = await _connect_tcp(first_hop, "the proxy " if proxy else "")
        if proxy is None and origin.scheme == "https" and _running_trio():
            return await self._open_direct_tls(stream, origin)
        plain_tcp = stream
        try:
            if proxy is not None and proxy.origin.scheme == "https":
                stream = await self._start_tls(stream, proxy.origin, "the proxy ")
            if proxy is not None and origin.scheme == "https":
                await _open_tunnel(stream, origin, proxy)
            if origin.scheme == "https":
                stream = await self._start_tls(stream, origin, "")
        except BaseException:
            await anyio.aclose_forcefully(stream)
            raise
        if stream is plain_tcp and _running_trio():
            from twilio_sansio.transports.h11_async._trio_socket import DirectSocket

            sock = stream.extra(SocketAttribute.raw_socket)
            return Connection(stream, DirectSocket(sock))
        return Connection(stream)

    async def _open_direct_tls(self, stream: ByteStream, origin: Origin) -> Connection:
        """TLS run on the socket itself under trio (``_trio_tls``), no proxy in between."""
        from twilio_sansio.transports.h11_async._trio_tls import DirectTLS

        try:
            direct = DirectTLS(
                stream.extra(SocketAttribute.raw_socket), self.ssl_context(), origin.host
            )
            try:
                await direct.handshake()
            except _HANDSHAKE_FAILURES as exc:
                raise _handshake_failure(exc, f"{origin.host}:{origin.port}") from None
        except BaseException:
            await anyio.aclose_forcefully(stream)
            raise
        return Connection(stream, direct)

    async def _start_tls(self, stream: ByteStream, origin: Origin, whose: str) -> TLSStream:
        try:
            return await TLSStream.wrap(
                stream,
                hostname=origin.host,
                ssl_context=self.ssl_context(),
                standard_compatible=False,
            )
        except _HANDSHAKE_FAILURES as exc:
            raise _handshake_failure(exc, f"{whose}{origin.host}:{origin.port}") from None


_HANDSHAKE_FAILURES = (*NETWORK_ERRORS, anyio.EndOfStream)
"""What a TLS handshake raises when it fails (ssl.SSLError is an OSError)."""


def _handshake_failure(exc: BaseException, where: str) -> ConnectError:
    """What a failed TLS handshake with ``where`` (``host:port``) says."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        return ConnectError(f"cannot connect: {_certificate_problem(exc, where)}")
    if isinstance(exc, ssl.SSLError):
        return ConnectError(f"cannot connect: TLS handshake with {where} failed: {exc}")
    return ConnectError(f"cannot connect: {where} closed the connection during the TLS handshake")


def _running_trio() -> bool:
    """Whether this is a trio run (anyio's streams then wrap trio's sockets)."""
    trio = sys.modules.get("trio")
    return trio is not None and bool(trio.lowlevel.in_trio_run())


def _certificate_problem(exc: ssl.SSLCertVerificationError, where: str) -> str:
    detail = exc.verify_message or str(exc)
    if "hostname mismatch" in detail.lower() or "ip address mismatch" in detail.lower():
        return f"the TLS certificate of {where} is not valid for that host name ({detail})"
    return f"TLS certificate verification failed for {where}: {detail}"


async def _connect_tcp(origin: Origin, whose: str) -> ByteStream:
    where = f"{whose}{origin.host}:{origin.port}"
    try:
        return await anyio.connect_tcp(origin.host, origin.port)
    except socket.gaierror as exc:
        raise ConnectError(
            f"cannot connect: looking up {origin.host!r} failed: {exc.strerror or exc}"
        ) from None
    except OSError as exc:
        raise ConnectError(f"cannot connect to {where}: {_connect_failure(exc)}") from None


def _connect_failure(exc: OSError) -> str:
    """The reasons under anyio's "All connection attempts failed", one per address."""
    cause = exc.__cause__
    if isinstance(cause, ExceptionGroup):
        causes = list(cause.exceptions)
    elif isinstance(cause, OSError):
        causes = [cause]
    else:
        causes = [exc]
    reasons = dict.fromkeys(_reason(error) for error in causes)
    return "; ".join(reasons)


def _reason(error: BaseException) -> str:
    if isinstance(error, ConnectionRefusedError):
        return "connection refused"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror[0].lower() + error.strerror[1:]
    return str(error) or type(error).__name__


async def _open_tunnel(stream: ByteStream, origin: Origin, proxy: Proxy) -> None:
    """Ask the proxy for a tunnel to ``origin`` (``CONNECT host:port``)."""
    target = (
        f"{origin.host}:{origin.port}"
        if ":" not in origin.host
        else f"[{origin.host}]:{origin.port}"
    )
    headers = [("host", target)]
    if proxy.authorization is not None:
        headers.append(("proxy-authorization", proxy.authorization))
    protocol = h11.Connection(h11.CLIENT)
    where = f"the proxy {proxy.origin.host}:{proxy.origin.port}"
    try:
        await stream.send(
            protocol.send(h11.Request(method="CONNECT", target=target, headers=headers))
            + (protocol.send(h11.EndOfMessage()) or b"")
        )
        receive = stream_receiver(stream)
        event = await receive_event(protocol, receive)
        while type(event) is h11.InformationalResponse:
            event = await receive_event(protocol, receive)
    except (h11.RemoteProtocolError, *NETWORK_ERRORS) as exc:
        raise ConnectError(f"cannot connect: {where} failed: {exc or type(exc).__name__}") from None
    if not isinstance(event, h11.Response) or not 200 <= event.status_code < 300:
        answer = (
            f"HTTP {event.status_code} {event.reason.decode('latin-1')}"
            if isinstance(event, h11.Response)
            else type(event).__name__
        )
        raise ConnectError(f"cannot connect: {where} refused the tunnel to {target}: {answer}")
    if protocol.trailing_data[0]:
        raise ConnectError(f"cannot connect: {where} sent data before the tunnel was used")
