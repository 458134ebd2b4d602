"""TLS under trio, straight on the socket: ``ssl.SSLObject`` between two memory buffers.

The general path stacks anyio's TLS stream on anyio's socket stream on trio's socket
stream on a trio socket: per request, each encrypted write and read crosses every layer,
and each layer checkpoints. Here the connection runs the TLS machine itself, on the same
non-blocking socket :class:`~twilio_sansio.transports.h11_async._trio_socket.DirectSocket`
drives for plain TCP, with the same rules: cancellation is checked before a request is
written, waits happen only when the kernel says so, and every exchange yields to the
scheduler at least once (:meth:`DirectTLS.settle`).

The TLS object comes from the transport's own ``SSLContext`` with the origin's host name,
as the general path makes it, so the certificate chain and the name are checked the same
way and fail with the same errors. As on the general path, closing sends no TLS close
alert (the socket is closed at once), and the end of the stream, with or without the
server's close alert, reads as ``b""``: HTTP/1.1 framing, not TLS, says whether a message
was cut off.

This module is imported only under trio (the ``trio`` extra installs it).
"""

from __future__ import annotations

import socket
import ssl

import anyio
from trio.lowlevel import (
    checkpoint_if_cancelled,
)

from twilio_sansio.transports.h11_async._connection import READ_SIZE
from twilio_sansio.transports.h11_async._trio_socket import DirectSocket


class DirectTLS:
    """One TLS session on a connected non-blocking socket under trio.

    The socket stays owned by the anyio stream it came from, which closes it (and wakes
    any task waiting on it). One exchange at a time, like the connection that uses it.

    Args:
        sock: The stream's socket (trio made it non-blocking).
        context: The TLS context to verify the server with.
        server_hostname: The origin's host: checked against the certificate, and sent
            as SNI when it is a name.
    """

    __slots__ = ("_incoming", "_outgoing", "_raw", "_tls")

    def __init__(self, sock: socket.socket, context: ssl.SSLContext, server_hostname: str) -> None:
        self._raw = DirectSocket(sock)  # moves the encrypted bytes
        self._incoming = ssl.MemoryBIO()
        self._outgoing = ssl.MemoryBIO()
        self._tls = context.wrap_bio(
            self._incoming, self._outgoing, server_side=False, server_hostname=server_hostname
        )

    async def handshake(self) -> None:
        """Run the TLS handshake, verifying the server's certificate and name.

        Raises:
            ssl.SSLCertVerificationError: the chain or the name did not verify.
            ssl.SSLError: the handshake failed otherwise.
            anyio.EndOfStream: the server closed the connection during the handshake.
            OSError: the connection broke.
            trio.Cancelled: the caller's scope was cancelled.
        """
        await checkpoint_if_cancelled()
        tls = self._tls
        while True:
            try:
                tls.do_handshake()
            except ssl.SSLWantReadError:
                await self._flush()
                await self._fill()
            except ssl.SSLSyscallError as exc:  # the general path's stream says "broken"
                raise anyio.BrokenResourceError from exc
            except ssl.SSLError as exc:
                if _is_eof(exc):
                    raise anyio.EndOfStream from None
                raise
            else:
                break
        await self._flush()

    async def send_all(self, data: bytes) -> None:
        """Start an exchange: check for cancellation, then encrypt and write all of ``data``.

        Raises:
            trio.Cancelled: the caller's scope was cancelled (nothing written then, or
                while waiting for room to write).
            OSError: the connection broke (``ssl.SSLError`` for a TLS failure).
        """
        await checkpoint_if_cancelled()
        self._raw.begin_exchange()
        tls = self._tls
        while True:
            try:
                tls.write(data)
            except ssl.SSLWantReadError:  # the session must read first (renegotiation)
                await self._flush()
                await self._fill()
            else:
                break
        await self._flush()

    async def receive(self) -> bytes:
        """The next decrypted bytes; ``b""`` when the server ended the stream.

        Until the exchange has waited once, a read with nothing buffered waits for the
        socket before trying: right after a request the answer is hardly ever there yet.

        Raises:
            trio.Cancelled: the caller's scope was cancelled while waiting.
            OSError: the connection broke (``ssl.SSLError`` for a TLS failure).
        """
        tls = self._tls
        if not self._raw.waited and not self._incoming.pending and not tls.pending():
            await self._fill()
        while True:
            try:
                data = tls.read(READ_SIZE)
            except ssl.SSLWantReadError:
                await self._flush()  # what the session wrote while reading (a key update)
                await self._fill()
                continue
            except ssl.SSLError as exc:
                if _is_eof(exc):
                    return b""
                raise
            if self._outgoing.pending:
                await self._flush()
            return data

    def holds_unread(self) -> bool:
        """Whether bytes from the server wait in the session, read from the socket already.

        A record that came along with the response (the server's close alert, above all)
        leaves the socket looking idle; a connection holding one must not be reused.
        """
        return bool(self._incoming.pending or self._tls.pending())

    async def settle(self) -> None:
        """End an exchange that never had to wait with a schedule point, as trio wants."""
        await self._raw.settle()

    async def _fill(self) -> None:
        """Read what the socket has (waiting for it if needed) into the session."""
        data = await self._raw.receive()
        if data:
            self._incoming.write(data)
        else:
            self._incoming.write_eof()

    async def _flush(self) -> None:
        """Write everything the session has encrypted, waiting for room when needed."""
        data = self._outgoing.read()
        if data:
            await self._raw.write(data)


def _is_eof(exc: ssl.SSLError) -> bool:
    """Whether the error says the stream ended (the server's close alert, or none)."""
    return isinstance(
        exc, (ssl.SSLEOFError, ssl.SSLZeroReturnError)
    ) or "UNEXPECTED_EOF_WHILE_READING" in (exc.strerror or "")
