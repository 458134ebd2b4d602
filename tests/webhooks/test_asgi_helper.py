"""read_asgi_request and request_from_asgi, driven with hand-built scopes on trio and asyncio."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from typing import Any
from urllib.parse import urlencode

import pytest
import trio

from tests.webhooks import _samples as s
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.webhooks import (
    CallStatusCallback,
    IncomingMessage,
    InvalidSignature,
    MalformedBody,
    WebhookRequest,
    read_asgi_request,
    request_from_asgi,
    signed_headers,
)

TOKEN = "0123456789abcdef0123456789abcdef"
PUBLIC = "https://hooks.example.com"
BODY = urlencode(s.INCOMING_SMS).encode()


def run(backend: str, work: Callable[[], Awaitable[WebhookRequest]]) -> WebhookRequest:
    if backend == "trio":
        return trio.run(work)

    async def main() -> WebhookRequest:
        return await work()

    return asyncio.run(main())


backends = pytest.mark.parametrize("backend", ["trio", "asyncio"])


def scope_behind_a_proxy(
    signature_url: str = PUBLIC + "/sms?tenant=7", **extra: Any
) -> dict[str, Any]:
    """The scope a server behind a TLS-terminating proxy builds for Twilio's POST."""
    signature = signed_headers(signature_url, s.INCOMING_SMS, auth_token=TOKEN)
    return {
        "type": "http",
        "method": "POST",
        "scheme": "http",
        "server": ("10.0.0.5", 8000),
        "path": "/sms",
        "raw_path": b"/sms",
        "query_string": b"tenant=7",
        "headers": [
            (b"host", b"10.0.0.5:8000"),
            (b"content-type", b"application/x-www-form-urlencoded"),
            (b"x-twilio-signature", signature["X-Twilio-Signature"].encode()),
            (b"i-twilio-idempotency-token", b"token-1"),
        ],
        **extra,
    }


def receiver(*messages: Mapping[str, Any]) -> Callable[[], Awaitable[Mapping[str, Any]]]:
    """An ASGI receive that hands over ``messages`` in order."""
    pending = list(messages)

    async def receive() -> Mapping[str, Any]:
        return pending.pop(0)

    return receive


def whole(body: bytes = BODY) -> Callable[[], Awaitable[Mapping[str, Any]]]:
    return receiver({"type": "http.request", "body": body, "more_body": False})


@backends
def test_behind_a_proxy_the_public_url_replaces_what_the_app_sees(backend: str) -> None:
    request = run(
        backend, lambda: read_asgi_request(scope_behind_a_proxy(), whole(), public_url=PUBLIC)
    )

    assert request.url == PUBLIC + "/sms?tenant=7"
    event = request.parse(IncomingMessage, auth_token=TOKEN)
    assert event.from_ == s.ALICE
    assert event.idempotency_token == "token-1"


@backends
def test_a_body_in_chunks_is_read_to_its_end(backend: str) -> None:
    receive = receiver(
        {"type": "http.request", "body": BODY[:10], "more_body": True},
        {"type": "http.request", "body": b"", "more_body": True},
        {"type": "http.request", "body": BODY[10:], "more_body": False},
    )

    request = run(
        backend, lambda: read_asgi_request(scope_behind_a_proxy(), receive, public_url=PUBLIC)
    )
    assert request.body == BODY
    assert request.parse(IncomingMessage, auth_token=TOKEN).body == "Hello there"


def test_without_the_public_url_the_url_the_app_sees_does_not_validate() -> None:
    request = trio.run(lambda: read_asgi_request(scope_behind_a_proxy(), whole()))

    assert request.url == "http://10.0.0.5:8000/sms?tenant=7"
    with pytest.raises(InvalidSignature):
        request.parse(IncomingMessage, auth_token=TOKEN)


def test_without_a_host_header_the_server_address_is_used() -> None:
    scope = scope_behind_a_proxy()
    scope["headers"] = [pair for pair in scope["headers"] if pair[0] != b"host"]

    assert request_from_asgi(scope, BODY).url == "http://10.0.0.5:8000/sms?tenant=7"


def test_without_raw_path_the_decoded_path_is_escaped_back() -> None:
    scope = scope_behind_a_proxy(path="/hooks/é x", raw_path=None, query_string=b"")

    assert request_from_asgi(scope, BODY, public_url=PUBLIC).url == PUBLIC + "/hooks/%C3%A9%20x"


def test_raw_path_is_kept_byte_for_byte() -> None:
    scope = scope_behind_a_proxy(path="/a b", raw_path=b"/a%20b")

    assert request_from_asgi(scope, BODY, public_url=PUBLIC).url == PUBLIC + "/a%20b?tenant=7"


def test_a_get_status_callback_is_read_from_the_query() -> None:
    query = urlencode(s.CALL_COMPLETED)
    url = f"{PUBLIC}/status?{query}"
    signature = signed_headers(url, auth_token=TOKEN)["X-Twilio-Signature"]
    scope = scope_behind_a_proxy(
        method="GET",
        path="/status",
        raw_path=b"/status",
        query_string=query.encode(),
        headers=[(b"x-twilio-signature", signature.encode())],
    )

    event = request_from_asgi(scope, b"", public_url=PUBLIC).parse(
        CallStatusCallback, auth_token=TOKEN
    )
    assert event.call_sid == s.CALL


def test_a_body_above_the_limit_is_refused() -> None:
    with pytest.raises(MalformedBody, match="bytes"):
        trio.run(
            lambda: read_asgi_request(scope_behind_a_proxy(), whole(), max_body_size=len(BODY) - 1)
        )


def test_a_client_that_disconnects_mid_body_is_refused() -> None:
    receive = receiver(
        {"type": "http.request", "body": BODY[:10], "more_body": True},
        {"type": "http.disconnect"},
    )

    with pytest.raises(MalformedBody, match="disconnected"):
        trio.run(lambda: read_asgi_request(scope_behind_a_proxy(), receive))


@pytest.mark.parametrize("kind", ["websocket", "lifespan"])
def test_a_scope_other_than_http_is_the_callers_error(kind: str) -> None:
    with pytest.raises(InvalidArgument, match="http"):
        trio.run(lambda: read_asgi_request({"type": kind}, whole()))
    with pytest.raises(InvalidArgument, match="http"):
        request_from_asgi({"type": kind}, b"")


def test_a_public_url_with_a_query_is_the_callers_error() -> None:
    with pytest.raises(InvalidArgument, match="public_url"):
        request_from_asgi(scope_behind_a_proxy(), BODY, public_url=PUBLIC + "?x=1")


def test_a_scope_without_a_method_or_path_is_the_callers_error() -> None:
    with pytest.raises(InvalidArgument, match="method"):
        request_from_asgi({"type": "http", "path": "/x"}, b"")
    with pytest.raises(InvalidArgument, match="path"):
        request_from_asgi({"type": "http", "method": "POST"}, b"")
