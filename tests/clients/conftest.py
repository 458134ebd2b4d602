"""A small Twilio-shaped server on the loopback, and the client kinds in front of it.

Each client test runs three times: with ``Client`` (sync), with ``AsyncClient`` on trio,
and with ``AsyncClient`` on asyncio, through the shared :class:`~tests._drivers.Driver`.
A test passes a function of the client; for async clients it returns an awaitable.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from functools import partial
from typing import Any

import pytest

from tests._drivers import (
    KINDS,
    Driver,
    collect as collect,  # noqa: PLC0414 (the client tests import it here)
)
from twilio_sansio import AsyncClient, Client
from twilio_sansio.core.http import Request
from twilio_sansio.testing import LoopbackServer, Reply

ACCOUNT = "AC" + "0" * 32
TOKEN = "tok-" + "s3cr3t" * 4
API = f"/2010-04-01/Accounts/{ACCOUNT}"
MESSAGE_SID = "SM" + "1" * 32
MEDIA_COUNT = 10
MEDIA_DELAY = 0.2
JSON = (("content-type", "application/json"),)


def message_json(sid: str = MESSAGE_SID, **extra: Any) -> dict[str, Any]:
    return {
        "sid": sid,
        "account_sid": ACCOUNT,
        "from": "+14105551234",
        "to": "+14105556789",
        "body": "hello",
        "status": "queued",
        "num_media": "0",
        "num_segments": "1",
        "price": None,
        "price_unit": "USD",
        "date_created": "Thu, 26 Nov 2026 18:04:11 +0000",
        "date_sent": None,
        "date_updated": "Thu, 26 Nov 2026 18:04:11 +0000",
        "uri": f"{API}/Messages/{sid}.json",
        **extra,
    }


def media_sid(index: int) -> str:
    return f"ME{index:032x}"


class FakeApi:
    """Answers the handful of requests the client tests make; records what it saw."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.media_started: list[float] = []
        self.overrides: dict[str, Reply] = {}

    def __call__(self, request: Request) -> Reply:
        path, _, query = request.url.partition("?")
        path = re.sub(r"^https?://[^/]+", "", path)
        if path in self.overrides:
            return self.overrides[path]
        if request.method == "POST" and path == f"{API}/Messages.json":
            return Reply.json(message_json(), status=201)
        if path == f"{API}/Messages.json":
            return self.message_page(query)
        if path == f"{API}/Messages/{MESSAGE_SID}.json":
            return Reply.json(message_json())
        if path == f"{API}/Messages/{MESSAGE_SID}/Media.json":
            return self.media_page()
        match = re.fullmatch(rf"{API}/Messages/{MESSAGE_SID}/Media/(ME\w+)", path)
        if match:
            return Reply(
                307,
                (("location", f"https://media.example.com/{match.group(1)}.jpg"),),
                delay=MEDIA_DELAY,
            )
        return Reply.json(
            {
                "code": 20404,
                "message": f"The requested resource {path} was not found",
                "more_info": "https://www.twilio.com/docs/errors/20404",
                "status": 404,
            },
            status=404,
        )

    def message_page(self, query: str) -> Reply:
        found = re.search(r"Page=(\d+)", query)
        page = int(found.group(1)) if found else 0
        records = [message_json(f"SM{page:02d}{i:030x}") for i in range(2)]
        next_uri = f"{API}/Messages.json?PageSize=2&Page={page + 1}" if page < 2 else None
        body = {"messages": records, "page": page, "page_size": 2, "next_page_uri": next_uri}
        return Reply.json(body)

    def media_page(self) -> Reply:
        media = [
            {
                "sid": media_sid(i),
                "parent_sid": MESSAGE_SID,
                "content_type": "image/jpeg",
                "uri": f"{API}/Messages/{MESSAGE_SID}/Media/{media_sid(i)}.json",
            }
            for i in range(MEDIA_COUNT)
        ]
        return Reply.json({"media_list": media, "page": 0, "next_page_uri": None})


@pytest.fixture
def api() -> FakeApi:
    return FakeApi()


@pytest.fixture
def server(api: FakeApi) -> Iterator[LoopbackServer]:
    with LoopbackServer(api) as running:
        yield running
    assert running.errors == []


class Harness(Driver):
    """Runs a function of a client with one client kind, against a server at ``base_url``.

    A run's options go to the client's constructor; ``base_url`` may be overridden.
    """

    def __init__(self, kind: str, base_url: str) -> None:
        super().__init__(
            kind,
            partial(Client, ACCOUNT, TOKEN, base_url=base_url),
            partial(AsyncClient, ACCOUNT, TOKEN, base_url=base_url),
        )
        self.base_url = base_url


@pytest.fixture(params=KINDS)
def harness(request: pytest.FixtureRequest, server: LoopbackServer) -> Harness:
    return Harness(request.param, server.base_url)


def json_body(reply: Reply) -> Any:
    return json.loads(reply.body)
