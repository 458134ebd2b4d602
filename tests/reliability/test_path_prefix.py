"""A next-page URI or a cursor cannot lead outside a ``base_url``'s path prefix.

With ``base_url=http://127.0.0.1:PORT/twilio-proxy``, a page whose ``next_page_uri`` is
``/../../admin/secret`` was followed as ``/twilio-proxy/../../admin/secret``, which the
transport sent as ``/admin/secret``, credentials included. Now dot segments are resolved
before the request is built, and a path that leaves the prefix is refused: as
``UnexpectedResponseError`` when Twilio's next-page URI does it (the answer is at fault),
as ``InvalidArgument`` when the caller's cursor does. The server sees nothing outside
``/twilio-proxy/``.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.reliability._support import API, KINDS, message_json, run_call
from twilio_sansio import AsyncClient, InvalidArgument, UnexpectedResponseError
from twilio_sansio.core.http import Request
from twilio_sansio.testing import LoopbackServer, Reply
from twilio_sansio.testing.loopback import Handler, not_found

PREFIX = "/twilio-proxy"
ESCAPES = {
    "dot segments": "/../../admin/secret",
    "percent-encoded dots": "/%2e%2e/%2E%2e/admin/secret",
    "absolute URL": "{base}/twilio-proxy/../admin/secret",
}


def listing_leading_to(next_uri: str) -> Handler:
    """A handler whose first page of messages points at ``next_uri``.

    ``{base}`` in ``next_uri`` stands for the server's own ``http://host:port``.
    """

    def handler(request: Request) -> Reply:
        parts = urlsplit(request.url)
        if parts.path != f"{PREFIX}{API}/Messages.json":
            return not_found(request)
        base = f"{parts.scheme}://{parts.netloc}"
        page = {"messages": [message_json()], "next_page_uri": next_uri.format(base=base)}
        return Reply.json(page)

    return handler


async def _collect_async(client: AsyncClient) -> list[Any]:
    return [record async for record in client.messages.iterate()]


def every_message(client: Any) -> Any:
    """All messages, following next-page URIs (a coroutine on ``AsyncClient``)."""
    if isinstance(client, AsyncClient):
        return _collect_async(client)
    return list(client.messages.iterate())


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("escape", list(ESCAPES))
def test_a_next_page_uri_cannot_leave_the_prefix(kind: str, escape: str) -> None:
    with LoopbackServer(listing_leading_to(ESCAPES[escape])) as server:
        outcome = run_call(kind, every_message, server.base_url + PREFIX, timeout=2.0)
    paths = [urlsplit(request.url).path for request in server.requests]

    assert server.errors == []
    assert type(outcome.error) is UnexpectedResponseError, repr(outcome.error)
    assert "path prefix" in str(outcome.error)
    assert paths == [f"{PREFIX}{API}/Messages.json"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_cursor_cannot_leave_the_prefix(kind: str) -> None:
    with LoopbackServer(listing_leading_to("")) as server:
        outcome = run_call(
            kind,
            lambda client: client.messages.get_page_at(ESCAPES["dot segments"]),
            server.base_url + PREFIX,
            timeout=2.0,
        )
    assert type(outcome.error) is InvalidArgument, repr(outcome.error)
    assert server.requests == []
