"""The fake Twilio as transports, so that a client talks to it in memory, with no socket.

:class:`FakeTransport` serves :class:`~twilio_sansio.Client`; :class:`AsyncFakeTransport`
serves :class:`~twilio_sansio.AsyncClient`.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from twilio_sansio.core.errors import DeadlineExceeded
from twilio_sansio.core.http import Request, Response
from twilio_sansio.testing.fake.faults import Hang

if TYPE_CHECKING:
    from twilio_sansio.testing.fake.app import FakeTwilio


class FakeTransport:
    """A sync transport answering from a :class:`FakeTwilio`.

    A hanging fault sleeps until the call's deadline, then fails as a real transport
    does (``DeadlineExceeded``, request sent).
    """

    def __init__(self, fake: FakeTwilio) -> None:
        self.fake = fake
        self.closed = False

    def send(self, request: Request, *, timeout: float) -> Response:
        """Answer ``request`` from the fake (see :meth:`FakeTwilio.handle`)."""
        answer = self.fake.handle(request)
        if isinstance(answer, Hang):
            time.sleep(max(timeout, 0.0))
            raise DeadlineExceeded(f"no answer within {timeout:.3g} s (the fake hangs)")
        return answer

    def close(self) -> None:
        """Nothing to release; marks the transport closed."""
        self.closed = True


class AsyncFakeTransport:
    """An async transport answering from a :class:`FakeTwilio`, on trio or asyncio.

    A hanging fault waits until the caller's cancel scope (the client's deadline) ends it.
    """

    def __init__(self, fake: FakeTwilio) -> None:
        self.fake = fake
        self.closed = False

    async def send(self, request: Request) -> Response:
        """Answer ``request`` from the fake (see :meth:`FakeTwilio.handle`)."""
        import anyio

        answer = self.fake.handle(request)
        if isinstance(answer, Hang):
            await anyio.sleep_forever()
        assert isinstance(answer, Response)
        await anyio.lowlevel.checkpoint()
        return answer

    async def aclose(self) -> None:
        """Nothing to release; marks the transport closed."""
        self.closed = True
