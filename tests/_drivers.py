"""One way to run a test with each client kind: ``Client``, ``AsyncClient`` on trio and on asyncio.

A test is a function of the client. With ``Client`` it returns the result; with
``AsyncClient`` it returns an awaitable, which :class:`Driver` awaits on the kind's event
loop. A test may also be written once as a coroutine that wraps each call in
:func:`settle`: with ``Client`` nothing it awaits ever suspends, so the driver runs it to
its end in one step. Where the clients come from (a loopback server, the fake Twilio, a
transport of the test's own) is the driver's two factories; each is called with the run's
options and used as a context manager.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterable, Callable, Coroutine, Iterable
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import Any

import trio

from twilio_sansio import AsyncClient, Client

KINDS = ("sync", "trio", "asyncio")
"""The client kinds: ``Client``; ``AsyncClient`` on trio; ``AsyncClient`` on asyncio."""

SyncClients = Callable[..., AbstractContextManager[Client]]
AsyncClients = Callable[..., AbstractAsyncContextManager[AsyncClient]]


async def settle(value: Any) -> Any:
    """Await ``value`` if it is awaitable (an async client's answer), else return it."""
    return await value if inspect.isawaitable(value) else value


def collect(iterable: Iterable[Any] | AsyncIterable[Any]) -> Any:
    """List the items of an iterable; for an async one, return an awaitable of the list."""
    if isinstance(iterable, AsyncIterable):

        async def gather() -> list[Any]:
            return [item async for item in iterable]

        return gather()
    return list(iterable)


def run_without_suspending(coroutine: Coroutine[Any, Any, Any]) -> Any:
    """Run a coroutine that never suspends (a :func:`settle` scenario on ``Client``).

    Raises:
        AssertionError: The coroutine suspended: it awaited something truly asynchronous.
    """
    try:
        coroutine.send(None)
    except StopIteration as finished:
        return finished.value
    coroutine.close()
    raise AssertionError("a scenario run with the sync Client suspended")


class Driver:
    """Runs a function of a client with one client kind.

    Attributes:
        kind: One of :data:`KINDS`.
    """

    def __init__(self, kind: str, sync_clients: SyncClients, async_clients: AsyncClients) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown client kind {kind!r}; expected one of {KINDS}")
        self.kind = kind
        self._sync_clients = sync_clients
        self._async_clients = async_clients

    @property
    def is_async(self) -> bool:
        """Whether the client is an ``AsyncClient``."""
        return self.kind != "sync"

    def run(self, func: Callable[[Any], Any], **options: Any) -> Any:
        """Build a client with ``options``, return ``func(client)`` (awaited), close it.

        With ``Client``, a coroutine that ``func`` returns (a :func:`settle` scenario) is
        run to its end here.
        """
        if not self.is_async:
            with self._sync_clients(**options) as client:
                result = func(client)
                if inspect.iscoroutine(result):
                    return run_without_suspending(result)
                return result

        async def main() -> Any:
            async with self._async_clients(**options) as client:
                return await settle(func(client))

        if self.kind == "trio":
            return trio.run(main)
        return asyncio.run(main())
