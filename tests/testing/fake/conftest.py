"""Fixtures for the fake Twilio's tests: a seeded fake, and every client kind in front of it.

``through`` runs a test function three times: with ``Client``, with ``AsyncClient`` on
trio and with ``AsyncClient`` on asyncio, each talking to the same fake in memory. The
function takes the client and returns a value (sync) or an awaitable (async).
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator, Callable, Iterable
from typing import Any

import pytest
import trio

from twilio_sansio.testing.fake import FakeTwilio


@pytest.fixture
def fake() -> FakeTwilio:
    """A fake Twilio with a fixed seed (the same SIDs every run)."""
    return FakeTwilio(seed=1234)


class Through:
    """Runs a function of a client with one client kind, against one fake."""

    def __init__(self, kind: str, fake: FakeTwilio) -> None:
        self.kind = kind
        self.fake = fake

    @property
    def is_async(self) -> bool:
        """Whether the client is an AsyncClient."""
        return self.kind != "sync"

    def run(self, func: Callable[[Any], Any], **options: Any) -> Any:
        """Call ``func(client)`` (awaiting it for async clients) and return its result."""
        if not self.is_async:
            with self.fake.client(**options) as client:
                return func(client)

        async def main() -> Any:
            async with self.fake.async_client(**options) as client:
                result = func(client)
                return await result if inspect.isawaitable(result) else result

        if self.kind == "trio":
            return trio.run(main)
        return asyncio.run(main())


@pytest.fixture(params=["sync", "trio", "asyncio"])
def through(request: pytest.FixtureRequest, fake: FakeTwilio) -> Through:
    """Each client kind in turn, in front of ``fake``."""
    return Through(request.param, fake)


def collect(iterator: Iterable[Any] | AsyncIterator[Any]) -> Any:
    """Return a list of an iterator's items: directly, or an awaitable for async ones."""
    if hasattr(iterator, "__aiter__"):

        async def gather() -> list[Any]:
            return [item async for item in iterator]

        return gather()
    return list(iterator)
