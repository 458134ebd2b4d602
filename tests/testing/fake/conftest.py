"""Fixtures for the fake Twilio's tests: a seeded fake, and every client kind in front of it.

``through`` runs a test function three times: with ``Client``, with ``AsyncClient`` on
trio and with ``AsyncClient`` on asyncio, each talking to the same fake in memory. The
function takes the client and returns a value (sync) or an awaitable (async).
"""

from __future__ import annotations

import pytest

from tests.testing.fake._support import Clock, Through
from twilio_sansio.testing.fake import FakeTwilio


@pytest.fixture
def clock() -> Clock:
    """The fake's clock, which the test moves by hand."""
    return Clock()


@pytest.fixture
def fake(clock: Clock) -> FakeTwilio:
    """A fake Twilio with a fixed seed (the same SIDs every run) on a hand-moved clock."""
    return FakeTwilio(seed=1234, clock=clock)


@pytest.fixture(params=["sync", "trio", "asyncio"])
def through(request: pytest.FixtureRequest, fake: FakeTwilio) -> Through:
    """Each client kind in turn, in front of ``fake``."""
    return Through(request.param, fake)
