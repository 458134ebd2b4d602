"""A patched copy of ``HttpxTransport``: at most ``max_connections`` requests enter httpx.

httpcore's pool re-scans every queued request against every connection each time a
request starts or finishes (``AsyncConnectionPool._assign_requests_to_connections``), so
when more tasks share a pool than it has connections, the cost of each request grows with
the queue. A ``CapacityLimiter`` of ``max_connections`` in front keeps that queue empty:
the waiting happens in the limiter, whose queue is O(1) per wake-up. This copy exists to
measure the idea (W7) without editing the library.
"""

from __future__ import annotations

from typing import Any

import anyio
from httpx_transport import HttpxTransport

from twilio_sansio.core.http import Request, Response


class LimitedHttpxTransport(HttpxTransport):
    """``HttpxTransport`` whose ``send`` waits for one of ``max_connections`` slots."""

    def __init__(self, *, max_connections: int = 100, **options: Any) -> None:
        super().__init__(max_connections=max_connections, **options)
        self._slots = max_connections
        self._limiter: anyio.CapacityLimiter | None = None

    async def send(self, request: Request) -> Response:
        """Send ``request`` once a connection slot is free (see ``HttpxTransport.send``)."""
        if self._limiter is None:  # made in the event loop that uses it
            self._limiter = anyio.CapacityLimiter(self._slots)
        async with self._limiter:
            return await super().send(request)
