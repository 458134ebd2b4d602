"""One HTTP/1.1 connection: h11 frames the messages, an anyio byte stream carries them.

A connection makes one exchange at a time (its pool sees to that) and says afterwards
whether it can carry another: only when h11 left both sides ``DONE``, so a response with
``Connection: close``, an HTTP/1.0 response, a body framed by the end of the connection,
a body left unread or any failure all end the connection.
"""

from __future__ import annotations

import os
import select
import socket
import ssl
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING

import anyio
import h11
from anyio.abc import ByteStream, SocketAttribute

from twilio_sansio.core.errors import InvalidArgument, ResponseTooLarge, TransportError
from twilio_sansio.core.http import Response
from twilio_sansio.transports.h11_async._decoding import ContentDecoder, decoder_for
from twilio_sansio.transports.h11_async._simple_request import (
    NOT_SIMPLE_METHODS,
    write_simple_request,
)
from twilio_sansio.transports.h11_async._simple_response import read_simple_response
from twilio_sansio.transports.protocol import note_request_written

if TYPE_CHECKING:
    from twilio_sansio.transports.h11_async._trio_socket import DirectSocket
    from twilio_sansio.transports.h11_async._trio_tls import DirectTLS

READ_SIZE = 64 * 1024
"""The most bytes asked of the stream per read."""


NETWORK_ERRORS = (OSError, anyio.BrokenResourceError, anyio.ClosedResourceError)
"""What the stream raises when the connection breaks (ssl.SSLError is an OSError)."""


Receiver = Callable[[], Awaitable[bytes]]
"""Reads the next bytes of a connection: ``b""`` once the peer closed it."""


def stream_receiver(stream: ByteStream) -> Receiver:
    """A :data:`Receiver` on an anyio byte stream."""

    async def receive() -> bytes:
        try:
            return await stream.receive(READ_SIZE)
        except anyio.EndOfStream:
            return b""

    return receive


async def receive_event(
    protocol: h11.Connection, receive: Receiver
) -> h11.Event | type[h11.PAUSED]:
    """Return h11's next event, reading with ``receive`` as long as h11 needs data.

    The end of the stream is handed to h11 as such: it decides whether that ends the
    message or cuts it off (``h11.RemoteProtocolError``).
    """
    while True:
        event = protocol.next_event()
        if event is not h11.NEED_DATA:
            return event  # type: ignore[return-value]  # mypy does not narrow on `is not`
        protocol.receive_data(await receive())


class Connection:
    """An open connection to one origin (through a proxy tunnel, possibly).

    Args:
        stream: The connected byte stream (TLS already set up for ``https``, unless
            ``direct`` runs it).
        direct: The stream's own socket driven directly under trio, for plain TCP (see
            ``_trio_socket``) or TLS without a proxy (``_trio_tls``); the stream is
            still what closes it.
    """

    __slots__ = ("_direct", "_protocol", "_receive", "_send", "_socket", "_stream")

    def __init__(self, stream: ByteStream, direct: DirectSocket | DirectTLS | None = None) -> None:
        self._stream = stream
        self._protocol = h11.Connection(h11.CLIENT)
        self._socket: socket.socket | None = stream.extra(SocketAttribute.raw_socket, None)
        self._direct = direct
        self._send: Callable[[bytes], Awaitable[None]]
        if direct is None:
            self._send, self._receive = stream.send, stream_receiver(stream)
        else:
            self._send, self._receive = direct.send_all, direct.receive

    @property
    def reusable(self) -> bool:
        """Whether the last exchange ended cleanly and the server keeps the connection.

        Bytes the server sent after the response (read along with it) rule it out too,
        as they would when still unread in the socket (:meth:`has_gone_stale`): h11
        would take them for the next response. So every exchange starts with h11's
        buffer empty. The same goes for TLS records read along with the response (a
        close alert right behind it): the socket's poll can no longer see them.
        """
        protocol = self._protocol
        if protocol.our_state is not h11.IDLE or protocol.trailing_data[0]:
            return False
        return self._direct is None or not self._direct.holds_unread()

    def has_gone_stale(self) -> bool:
        """Whether the idle connection was closed by the server (or sent stray bytes).

        One poll of the socket, without waiting: an idle HTTP/1.1 connection has nothing
        to read, so anything readable (the end of the stream, a TLS close alert) means it
        must not carry another request.
        """
        if self._socket is None:
            return False
        return _readable(self._socket.fileno())

    async def exchange(self, head: h11.Request, body: bytes, max_body: int) -> Response:
        """Send one request and read its whole response, decoding the body.

        Args:
            head: The request line and headers, framing headers included.
            body: The request body.
            max_body: The most decoded body bytes accepted.

        Returns:
            The response, body decoded.

        Raises:
            InvalidArgument: the request's framing headers contradict its body (nothing
                was sent).
            ResponseTooLarge: the decoded body passed ``max_body`` bytes.
            TransportError: the connection broke or the server broke HTTP/1.1.
        """
        protocol = self._protocol
        # h11 is told of a request written without it only if it must read the answer.
        outgoing = write_simple_request(head, body)
        unsent = (head, body) if outgoing is not None else None
        if outgoing is None:
            try:
                outgoing = _written_by_h11(protocol, head, body)
            except h11.LocalProtocolError as exc:  # a Content-Length that is not the body's
                raise InvalidArgument(f"the request cannot be sent as HTTP/1.1: {exc}") from None
        try:
            note_request_written()
            await self._send(outgoing)
            response = await self._read_response(head.method, unsent, max_body)
            if self._direct is not None:
                await self._direct.settle()
        except h11.RemoteProtocolError as exc:
            raise TransportError(f"the response was cut off or malformed: {exc}") from None
        except NETWORK_ERRORS as exc:
            raise TransportError(f"the connection broke: {_describe(exc)}") from None
        if protocol.our_state is h11.DONE and protocol.their_state is h11.DONE:
            protocol.start_next_cycle()
        return response

    async def _read_response(
        self, method: bytes, unsent: tuple[h11.Request, bytes] | None, max_body: int
    ) -> Response:
        """Read the answer; ``unsent`` is the request if h11 has not written it."""
        protocol = self._protocol
        # Nothing is buffered yet (see `reusable`): h11 needs data before any event.
        data = await self._receive()
        if unsent is not None or (
            protocol.our_state is h11.DONE and method not in NOT_SIMPLE_METHODS
        ):
            simple = read_simple_response(data)
            if simple is not None:
                if unsent is None:
                    # h11 wrote the request but never sees the answer: a new h11
                    # connection stands in, as start_next_cycle() would leave this one.
                    self._protocol = h11.Connection(h11.CLIENT)
                status, headers, body = simple
                decoder = _decoder(headers)
                if decoder is None:
                    _check_size(len(body), max_body, status)
                    return Response(status, headers, body)
                collected = _Collected(status, max_body)
                collected.add(decoder.decode(body))
                collected.add(decoder.finish())
                return Response(status, headers, b"".join(collected.chunks))
        if unsent is not None:
            _written_by_h11(protocol, *unsent)  # the same bytes, already sent: dropped
        protocol.receive_data(data)
        while True:
            try:
                event = await receive_event(protocol, self._receive)
            except h11.RemoteProtocolError as exc:
                raise TransportError(
                    f"the server closed the connection or broke HTTP/1.1 before answering: {exc}"
                ) from None
            if type(event) is h11.Response:
                break
            if type(event) is not h11.InformationalResponse:
                raise TransportError(f"unexpected {type(event).__name__} before a response")
        status = event.status_code
        headers = tuple(
            (name.decode("latin-1"), value.decode("latin-1")) for name, value in event.headers
        )
        decoder = _decoder(headers)
        collected = _Collected(status, max_body)
        while True:
            event = await receive_event(protocol, self._receive)
            if type(event) is h11.Data:
                collected.add(decoder.decode(event.data) if decoder is not None else (event.data,))
            elif type(event) is h11.EndOfMessage:
                if decoder is not None:
                    collected.add(decoder.finish())
                return Response(status, headers, b"".join(collected.chunks))
            else:
                raise TransportError(f"unexpected {type(event).__name__} in a response body")

    async def aclose(self) -> None:
        """Close the connection at once (no TLS close alert is awaited)."""
        await anyio.aclose_forcefully(self._stream)

    def abandon(self) -> None:
        """Let go of the connection without a word to the server.

        For a forked child (the parent still uses the same socket: a TLS close alert or
        a shutdown from the child would end the parent's connection, and a read would
        steal its bytes), and for a connection of an event loop that is gone. Only this
        process's descriptor is closed. Under asyncio the socket belongs to the old
        loop's transport, so the descriptor is pointed at ``/dev/null`` instead: the
        socket is released at once, and the transport's eventual close (with a
        ResourceWarning under ``-X dev``) closes ``/dev/null``, never a reused number.
        """
        sock = self._socket
        if sock is None or sock.fileno() < 0:
            return
        if isinstance(sock, socket.socket):
            sock.close()
            return
        null = os.open(os.devnull, os.O_RDWR)
        try:
            os.dup2(null, sock.fileno())
        finally:
            os.close(null)


def _written_by_h11(protocol: h11.Connection, head: h11.Request, body: bytes) -> bytes:
    """The request as h11 writes it (h11 then expects its answer).

    Raises:
        h11.LocalProtocolError: the framing headers contradict the body.
    """
    outgoing = protocol.send(head) or b""
    if body:
        outgoing += protocol.send(h11.Data(data=body)) or b""
    return outgoing + (protocol.send(h11.EndOfMessage()) or b"")


def _decoder(headers: tuple[tuple[str, str], ...]) -> ContentDecoder | None:
    encodings = [value for name, value in headers if name == "content-encoding"]
    return decoder_for(encodings) if encodings else None


def _check_size(size: int, max_body: int, status: int) -> None:
    if size > max_body:
        raise ResponseTooLarge(f"the response body is larger than {max_body} bytes", status=status)


class _Collected:
    """Decoded body pieces, refused as soon as they pass ``max_body`` bytes in all."""

    __slots__ = ("chunks", "max_body", "size", "status")

    def __init__(self, status: int, max_body: int) -> None:
        self.status = status
        self.max_body = max_body
        self.size = 0
        self.chunks: list[bytes] = []

    def add(self, pieces: Iterable[bytes]) -> None:
        for piece in pieces:
            self.size += len(piece)
            _check_size(self.size, self.max_body, self.status)
            self.chunks.append(piece)


def _readable(descriptor: int) -> bool:
    if descriptor < 0:
        return True
    if hasattr(select, "poll"):
        poller = select.poll()
        poller.register(descriptor, select.POLLIN)
        return bool(poller.poll(0))
    readable, _, _ = select.select([descriptor], [], [], 0)  # Windows has no poll()
    return bool(readable)


def _describe(exc: BaseException) -> str:
    """Say what broke, following anyio's wrapping back to the OS or TLS error."""
    cause = exc.__cause__ if exc.__cause__ is not None else exc
    if isinstance(cause, ssl.SSLError):
        return f"TLS error: {cause.reason or cause}"
    if isinstance(cause, anyio.ClosedResourceError):
        return "the connection was closed"
    return str(cause) or type(cause).__name__
