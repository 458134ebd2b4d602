"""One call's large fan-out does not starve another call's small one on the same client.

A message with as many media as ``get_media_urls`` reads (100; each media's redirect
takes 0.3 s, so about 3 s at ten at a time) is resolved while, 0.3 s later, a message
with 2 media is resolved with a 2 s deadline on the same client. The small call must
succeed: its two requests take turns with the large call's instead of waiting behind
all of them.
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import anyio
import pytest
import trio

from tests.reliability._support import (
    ACCOUNT,
    API,
    KINDS,
    TOKEN,
    Resources,
    async_transport_for,
    leaks_since,
)
from twilio_sansio import AsyncClient, Client
from twilio_sansio.core.http import Request
from twilio_sansio.core.resources.media import MAX_MEDIA
from twilio_sansio.testing import LoopbackServer, Reply

LARGE_SID, SMALL_SID = "SM" + "1" * 32, "SM" + "2" * 32
MEDIA_COUNTS = {LARGE_SID: MAX_MEDIA, SMALL_SID: 2}
REDIRECT_DELAY = 0.3
SMALL_STARTS_AFTER = 0.3
SMALL_DEADLINE = 2.0
LARGE_DEADLINE = 15.0


def media_sid(index: int) -> str:
    """The SID of a message's ``index``-th media."""
    return f"ME{index:032x}"


def answer(request: Request) -> Reply:
    """A message's media listing, or a media's redirect off the API host after a delay."""
    path = request.url.split("?", 1)[0]
    message = path.split("/Messages/", 1)[1][:34]
    if path.endswith("/Media.json"):
        media = [
            {"sid": media_sid(i), "uri": f"{API}/Messages/{message}/Media/{media_sid(i)}.json"}
            for i in range(MEDIA_COUNTS[message])
        ]
        return Reply.json({"media_list": media, "page": 0, "next_page_uri": None})
    location = f"https://media.example.com/{message}/{path[-34:]}"
    return Reply(302, (("Location", location),), delay=REDIRECT_DELAY)


def run_sync(base_url: str) -> tuple[Any, Any]:
    """The large call in a thread, the small one in this thread; both outcomes."""
    outcomes: dict[str, Any] = {}
    with Client(ACCOUNT, TOKEN, base_url=base_url, timeout=LARGE_DEADLINE) as client:

        def large() -> None:
            try:
                outcomes["large"] = client.messages.get_media_urls(LARGE_SID)
            except Exception as exc:
                outcomes["large"] = exc

        thread = threading.Thread(target=large)
        thread.start()
        time.sleep(SMALL_STARTS_AFTER)
        try:
            outcomes["small"] = client.with_options(timeout=SMALL_DEADLINE).messages.get_media_urls(
                SMALL_SID
            )
        except Exception as exc:
            outcomes["small"] = exc
        thread.join(LARGE_DEADLINE + 5)
    return outcomes["large"], outcomes["small"]


async def run_async(base_url: str, kind: str) -> tuple[Any, Any]:
    """Both calls as tasks of one task group on one ``AsyncClient``."""
    outcomes: dict[str, Any] = {}
    transport = async_transport_for(kind)

    async def resolve(name: str, client: AsyncClient, sid: str) -> None:
        try:
            outcomes[name] = await client.messages.get_media_urls(sid)
        except Exception as exc:
            outcomes[name] = exc

    try:
        async with (
            AsyncClient(
                ACCOUNT, TOKEN, base_url=base_url, timeout=LARGE_DEADLINE, transport=transport
            ) as client,
            anyio.create_task_group() as group,
        ):
            group.start_soon(resolve, "large", client, LARGE_SID)
            await anyio.sleep(SMALL_STARTS_AFTER)
            small = client.with_options(timeout=SMALL_DEADLINE)
            group.start_soon(resolve, "small", small, SMALL_SID)
    finally:
        await transport.aclose()
    return outcomes["large"], outcomes["small"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_small_fan_out_is_not_starved_by_a_large_one(kind: str) -> None:
    before = Resources.now()
    with LoopbackServer(answer) as server:
        if kind == "sync":
            large, small = run_sync(server.base_url)
        elif kind.startswith("trio"):
            large, small = trio.run(run_async, server.base_url, kind)
        else:
            large, small = asyncio.run(run_async(server.base_url, kind))
    leaks = leaks_since(before)

    assert server.errors == []
    assert isinstance(small, list), repr(small)
    assert small == [f"https://media.example.com/{SMALL_SID}/{media_sid(i)}" for i in range(2)]
    assert isinstance(large, list), repr(large)
    assert len(large) == MEDIA_COUNTS[LARGE_SID]
    assert not leaks, leaks
