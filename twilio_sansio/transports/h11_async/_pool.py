"""The connections to one origin, and the first-come, first-served limit on their use.

At most ``limit`` requests are in flight to an origin at once; the next callers wait in
a FIFO queue (a semaphore that hands each freed slot to the longest waiter, so none
starves). A request takes the most recently used idle connection that is still open, or
opens one: there are never more connections than slots. A connection goes back to the
idle list only after a clean exchange; on any error, cancellation included, it is closed.
"""

from __future__ import annotations

import anyio
import h11

from twilio_sansio.core.http import Response
from twilio_sansio.transports.h11_async._connect import Connector
from twilio_sansio.transports.h11_async._connection import Connection
from twilio_sansio.transports.h11_async._origin import Origin


class OriginPool:
    """Keep-alive connections to one origin, behind a FIFO limit on requests in flight.

    Created inside the event loop that uses it (its semaphore belongs to that loop).

    Args:
        origin: Where every connection goes.
        connector: Opens new connections.
        limit: The most requests in flight at once.
    """

    __slots__ = ("_connector", "_idle", "_slots", "closed", "origin")

    def __init__(self, origin: Origin, connector: Connector, limit: int) -> None:
        self.origin = origin
        self.closed = False
        self._connector = connector
        self._slots = anyio.Semaphore(limit, fast_acquire=True)
        self._idle: list[Connection] = []

    async def send(self, head: h11.Request, body: bytes, max_body: int) -> Response:
        """Make one exchange on a pooled or new connection, waiting for a slot first.

        Raises:
            ConnectError: a new connection could not be opened.
            ResponseTooLarge: the decoded body passed ``max_body`` bytes.
            TransportError: the connection broke.
        """
        async with self._slots:
            connection = await self._take_idle()
            if connection is None:
                connection = await self._connector.open(self.origin)
            try:
                response = await connection.exchange(head, body, max_body)
            except BaseException:
                await connection.aclose()
                raise
            if connection.reusable and not self.closed:
                self._idle.append(connection)
            else:
                await connection.aclose()
            return response

    async def _take_idle(self) -> Connection | None:
        while self._idle:
            connection = self._idle.pop()
            if not connection.has_gone_stale():
                return connection
            await connection.aclose()
        return None

    @property
    def idle_connections(self) -> int:
        """How many open connections wait for a request."""
        return len(self._idle)

    async def aclose(self) -> None:
        """Close the idle connections; those in use close when their exchange ends."""
        self.closed = True
        idle, self._idle = self._idle, []
        for connection in idle:
            await connection.aclose()

    def abandon(self) -> None:
        """Drop every idle connection, closing descriptors only (after a fork)."""
        self.closed = True
        idle, self._idle = self._idle, []
        for connection in idle:
            connection.abandon()
