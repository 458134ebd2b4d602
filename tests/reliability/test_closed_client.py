"""A closed client, and every view of it, refuses calls with ``ClientClosed``.

Before, ``Client`` silently opened new sockets after ``close()`` and ``AsyncClient``
raised its transport's own error. Now every call (a fetch, a listing, a fan-out), on the
client or on a view made before or after closing, raises the library's ``ClientClosed``
and the server sees nothing more.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
import trio

from tests.reliability._support import (
    ACCOUNT,
    KINDS,
    MESSAGE_SID,
    TOKEN,
    async_transport_for,
    message_json,
)
from twilio_sansio import AsyncClient, Client
from twilio_sansio.core.errors import ClientClosed
from twilio_sansio.testing import LoopbackServer, Reply
from twilio_sansio.transports.urllib3_sync import Urllib3Transport

CALLS: dict[str, Callable[[Any], Any]] = {
    "fetch": lambda client: client.messages.get(MESSAGE_SID),
    "fan-out": lambda client: client.messages.get_media_urls(MESSAGE_SID),
}
VIEWS: dict[str, Callable[[Any], Any]] = {
    "the client": lambda client: client,
    "a view": lambda client: client.with_options(timeout=2.0),
}


def closed_sync(base_url: str, call: Callable[[Any], Any], view: Callable[[Any], Any]) -> Any:
    client = Client(ACCOUNT, TOKEN, base_url=base_url, timeout=2.0)
    made_before = view(client)
    client.messages.get(MESSAGE_SID)
    client.close()
    errors = []
    for target in (made_before, view(client)):
        with pytest.raises(ClientClosed) as caught:
            call(target)
        errors.append(caught.value)
    with pytest.raises(ClientClosed):
        next(iter(client.messages.iterate()))
    return errors


async def closed_async(
    base_url: str, kind: str, call: Callable[[Any], Any], view: Callable[[Any], Any]
) -> Any:
    client = AsyncClient(
        ACCOUNT, TOKEN, base_url=base_url, timeout=2.0, transport=async_transport_for(kind)
    )
    # The client was given its transport, so it leaves it open: the refusal is the
    # client's own, not a closed transport's.
    made_before = view(client)
    await client.messages.get(MESSAGE_SID)
    await client.aclose()
    errors = []
    try:
        for target in (made_before, view(client)):
            with pytest.raises(ClientClosed) as caught:
                await call(target)
            errors.append(caught.value)
        with pytest.raises(ClientClosed):
            await client.messages.iterate().next()
    finally:
        await client.transport.aclose()
    return errors


@pytest.mark.parametrize("view", list(VIEWS))
@pytest.mark.parametrize("call", list(CALLS))
@pytest.mark.parametrize("kind", KINDS)
def test_a_closed_client_refuses_every_call(kind: str, call: str, view: str) -> None:
    with LoopbackServer(lambda request: Reply.json(message_json())) as server:
        if kind == "sync":
            errors = closed_sync(server.base_url, CALLS[call], VIEWS[view])
        elif kind.startswith("trio"):
            errors = trio.run(closed_async, server.base_url, kind, CALLS[call], VIEWS[view])
        else:
            errors = asyncio.run(closed_async(server.base_url, kind, CALLS[call], VIEWS[view]))
    assert len(server.requests) == 1  # the call made before closing, nothing after
    assert all("closed" in str(error) for error in errors)


def test_a_closed_client_leaves_a_transport_it_was_given_open() -> None:
    with LoopbackServer(lambda request: Reply.json(message_json())) as server:
        transport = Urllib3Transport()
        try:
            with Client(ACCOUNT, TOKEN, base_url=server.base_url, transport=transport) as first:
                first.messages.get(MESSAGE_SID)
            with pytest.raises(ClientClosed):
                first.messages.get(MESSAGE_SID)
            with Client(ACCOUNT, TOKEN, base_url=server.base_url, transport=transport) as second:
                assert second.messages.get(MESSAGE_SID).sid == MESSAGE_SID
        finally:
            transport.close()
    assert len(server.requests) == 2
