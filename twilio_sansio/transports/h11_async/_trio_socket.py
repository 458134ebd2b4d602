"""Plain TCP under trio, straight on the socket: the per-request path without the layers.

anyio's stream on trio wraps trio's ``SocketStream``, which wraps a trio socket, which
wraps the standard one; each send that did not block still goes through the scheduler
once more (trio makes every socket call a checkpoint), and each call crosses the four
layers. A request on a kept-alive connection is one short send and one wait for the
answer, so here the connection talks to the non-blocking socket itself and waits only
when the kernel says it must (``BlockingIOError``). What trio requires of an exchange
still holds: it checks for cancellation before the first byte is written, and it yields
to the scheduler at least once (:meth:`DirectSocket.settle` sees to that when the answer
was already there).

This module is imported only under trio (the ``trio`` extra installs it).
"""

from __future__ import annotations

import socket

from trio.lowlevel import (
    cancel_shielded_checkpoint,
    checkpoint_if_cancelled,
    wait_readable,
    wait_writable,
)

from twilio_sansio.transports.h11_async._connection import READ_SIZE


class DirectSocket:
    """Sends and receives on a connected non-blocking socket under trio.

    The socket stays owned by the anyio stream it came from, which closes it (and wakes
    any task waiting on it). One exchange at a time, like the connection that uses it.

    Args:
        sock: The stream's socket (trio made it non-blocking).
    """

    __slots__ = ("_socket", "_waited")

    def __init__(self, sock: socket.socket) -> None:
        self._socket = sock
        self._waited = False

    async def send_all(self, data: bytes) -> None:
        """Start an exchange: check for cancellation, then write all of ``data``.

        Raises:
            trio.Cancelled: the caller's scope was cancelled (nothing written then, or
                while waiting for room to write).
            OSError: the connection broke.
        """
        await checkpoint_if_cancelled()
        self.begin_exchange()
        await self.write(data)

    def begin_exchange(self) -> None:
        """Note that an exchange starts: it has not waited for the socket yet."""
        self._waited = False

    @property
    def waited(self) -> bool:
        """Whether the exchange has waited for the socket (and so yielded) at least once."""
        return self._waited

    async def write(self, data: bytes) -> None:
        """Write all of ``data``, waiting for room only when the socket has none.

        Raises:
            trio.Cancelled: the caller's scope was cancelled while waiting for room.
            OSError: the connection broke.
        """
        sock = self._socket
        try:
            sent = sock.send(data)
        except BlockingIOError:
            sent = 0
        if sent == len(data):
            return
        view = memoryview(data)[sent:]
        while view:
            self._waited = True
            await wait_writable(sock)
            try:
                sent = sock.send(view)
            except BlockingIOError:
                sent = 0
            view = view[sent:]

    async def receive(self) -> bytes:
        """The next bytes from the connection; ``b""`` when the server closed it.

        Until the exchange has waited once, a read waits for the socket before trying:
        right after a request the answer is hardly ever there yet, and trying first
        costs a system call and an exception.

        Raises:
            trio.Cancelled: the caller's scope was cancelled while waiting.
            OSError: the connection broke.
        """
        sock = self._socket
        if not self._waited:
            self._waited = True
            await wait_readable(sock)
        while True:
            try:
                return sock.recv(READ_SIZE)
            except BlockingIOError:
                await wait_readable(sock)

    def holds_unread(self) -> bool:
        """Never: every byte read from the socket went to the connection."""
        return False

    async def settle(self) -> None:
        """End an exchange that never had to wait with a schedule point, as trio wants."""
        if not self._waited:
            await cancel_shielded_checkpoint()
