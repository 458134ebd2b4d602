"""Issue 20, end to end: handlers built on the WSGI and ASGI helpers receive the fake's webhooks.

The fake sends over HTTP (urllib3, a real socket) to the application served on 127.0.0.1
by :class:`AppServer`; the handlers read the request with ``read_wsgi_request`` or
``read_asgi_request``, check its signature with ``parse`` and answer TwiML built with
``VoiceResponse``. The numbers are configured with public URLs
(``https://hooks.example.com/...``), which the sender routes to the loopback server as a
tunnel would: the handlers validate against ``public_url``, as they must in production.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode

import pytest

from twilio_sansio.core.http import Request
from twilio_sansio.testing import AppServer, FakeTwilio, HttpSender
from twilio_sansio.twiml import VoiceResponse
from twilio_sansio.webhooks import (
    CallStatusCallback,
    IncomingCall,
    IncomingMessage,
    MessageStatusCallback,
    WebhookEvent,
    WebhookPayloadError,
    WebhookRequest,
    WebhookValidationError,
    read_asgi_request,
    read_wsgi_request,
)

PUBLIC_URL = "https://hooks.example.com"
NUMBER = "+14155550199"
CALLER = "+14155550100"
EVENTS: dict[str, type[WebhookEvent]] = {
    "/sms": IncomingMessage,
    "/message-status": MessageStatusCallback,
    "/voice": IncomingCall,
    "/call-status": CallStatusCallback,
}


class Handler:
    """What both applications do once the helper has read the request."""

    def __init__(self, auth_token: str) -> None:
        self.auth_token = auth_token
        self.events: list[WebhookEvent] = []
        self.refused: list[str] = []

    def answer(self, request: WebhookRequest, path: str) -> tuple[int, bytes]:
        try:
            event = request.parse(EVENTS[path], auth_token=self.auth_token)
        except WebhookValidationError as error:
            self.refused.append(type(error).__name__)
            return 403, b"Forbidden"
        except WebhookPayloadError:
            return 400, b"Bad request"
        self.events.append(event)
        if isinstance(event, IncomingCall):
            response = VoiceResponse()
            response.say(f"Hello {event.from_city.title() if event.from_city else 'you'}")
            response.hangup()
            return 200, response.to_xml().encode()
        if isinstance(event, IncomingMessage):
            reply = f"<Response><Message>Got {event.num_media} file(s)</Message></Response>"
            return 200, reply.encode()
        return 204, b""


def wsgi_app(handler: Handler) -> Callable[..., Iterable[bytes]]:
    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        request = read_wsgi_request(environ, public_url=PUBLIC_URL)
        status, body = handler.answer(request, environ["PATH_INFO"])
        start_response(f"{status} -", [("Content-Type", "text/xml")])
        return [body]

    return app


def asgi_app(handler: Handler) -> Callable[..., Awaitable[None]]:
    async def app(
        scope: dict[str, Any],
        receive: Callable[[], Awaitable[dict[str, Any]]],
        send: Callable[[dict[str, Any]], Awaitable[None]],
    ) -> None:
        request = await read_asgi_request(scope, receive, public_url=PUBLIC_URL)
        status, body = handler.answer(request, scope["path"])
        headers = [(b"content-type", b"text/xml")]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    return app


@pytest.fixture(params=["wsgi", "asgi"])
def setup(request: pytest.FixtureRequest) -> Iterator[tuple[FakeTwilio, Handler, AppServer]]:
    """A fake whose number points at a handler served over HTTP (WSGI, then ASGI)."""
    fake = FakeTwilio(seed=20)
    handler = Handler(fake.auth_token)
    app = wsgi_app(handler) if request.param == "wsgi" else asgi_app(handler)
    with AppServer(app) as server:
        sender = fake.webhooks.send_over_http(route_to=server.base_url)
        fake.seed_incoming_number(
            NUMBER,
            sms_url=PUBLIC_URL + "/sms",
            voice_url=PUBLIC_URL + "/voice",
            status_callback=PUBLIC_URL + "/call-status",
        )
        yield fake, handler, server
        sender.close()
    assert server.errors == []


def test_an_incoming_sms_with_media_reaches_the_handler_typed_and_signed(
    setup: tuple[FakeTwilio, Handler, AppServer],
) -> None:
    fake, handler, server = setup

    delivery = fake.receive_message(
        CALLER,
        NUMBER,
        "Look at these",
        media=["https://example.com/cat.jpg", ("https://example.com/clip", "video/mp4")],
    )

    assert delivery.ok
    assert delivery.status == 200
    assert [verb.name for verb in delivery.verbs] == ["Message"]
    assert delivery.verbs[0].text == "Got 2 file(s)"
    [message] = handler.events
    assert isinstance(message, IncomingMessage)
    assert message.message_sid == delivery.sid
    assert delivery.sid.startswith("MM")
    assert str(message.from_) == CALLER
    assert str(message.to) == NUMBER
    assert message.body == "Look at these"
    assert [(media.content_type) for media in message.media] == ["image/jpeg", "video/mp4"]
    assert all(f"/Messages/{delivery.sid}/Media/ME" in media.url for media in message.media)
    assert message.idempotency_token is not None
    assert str(message.sms_status) == "received"
    assert len(server.loopback.requests) == 1
    stored = fake.client().messages.get(delivery.sid)
    assert stored.direction == "inbound"
    assert stored.body == "Look at these"


def test_a_sent_message_reports_queued_sent_delivered_to_its_status_callback(
    setup: tuple[FakeTwilio, Handler, AppServer],
) -> None:
    fake, handler, _ = setup

    sent = fake.client().messages.send_message(
        "+15005550006", CALLER, "hello", StatusCallback=PUBLIC_URL + "/message-status"
    )

    statuses = [
        (event.message_sid, str(event.message_status), event.error_code)
        for event in handler.events
        if isinstance(event, MessageStatusCallback)
    ]
    assert statuses == [
        (sent.sid, "queued", None),
        (sent.sid, "sent", None),
        (sent.sid, "delivered", None),
    ]
    tokens = {event.idempotency_token for event in handler.events}
    assert len(tokens) == 3  # one per webhook; a retry would repeat it
    assert all(delivery.status == 204 for delivery in fake.webhooks.deliveries)


def test_an_incoming_call_is_answered_with_twiml_and_reports_its_end(
    setup: tuple[FakeTwilio, Handler, AppServer],
) -> None:
    fake, handler, _ = setup

    delivery = fake.receive_call(CALLER, NUMBER)

    assert delivery.ok
    assert [verb.name for verb in delivery.verbs] == ["Say", "Hangup"]
    assert delivery.verbs[0].text == "Hello San Francisco"
    assert delivery.twiml is not None
    assert delivery.twiml.tag == "Response"
    [call] = handler.events
    assert isinstance(call, IncomingCall)
    assert call.call_sid == delivery.sid
    assert str(call.call_status) == "ringing"
    assert call.direction == "inbound"
    client = fake.client()
    assert client.calls.get(delivery.sid).status == "in-progress"

    fake.set_call_status(delivery.sid, "completed")

    [ended] = [event for event in handler.events if isinstance(event, CallStatusCallback)]
    assert str(ended.call_status) == "completed"
    assert ended.ended
    assert ended.sequence_number == 0
    assert ended.callback_source == "call-progress-events"
    assert ended.call_duration is not None
    assert ended.timestamp is not None


def _resend(fake: FakeTwilio, server: AppServer, request: Request) -> int:
    sender = HttpSender(route_to=server.base_url)
    try:
        return sender.send(request, timeout=2.0).status
    finally:
        sender.close()


def _variant(request: Request, *, body: bytes | None = None, **headers: str) -> Request:
    replaced = {name.replace("_", "-") for name in headers}
    kept = [(name, value) for name, value in request.headers if name not in replaced]
    added = [(name.replace("_", "-"), value) for name, value in headers.items()]
    return Request(
        request.method, request.url, (*kept, *added), request.body if body is None else body
    )


def test_the_handler_refuses_a_wrong_signature_an_unknown_algorithm_and_a_tampered_body(
    setup: tuple[FakeTwilio, Handler, AppServer],
) -> None:
    fake, handler, server = setup
    fake.receive_message(CALLER, NUMBER, "genuine")
    genuine = fake.webhooks.deliveries[-1].webhook.request
    assert _resend(fake, server, genuine) == 200  # the request as sent is accepted

    wrong = _variant(genuine, x_twilio_signature="bm90IHRoZSBzaWduYXR1cmU=")
    unknown = _variant(
        genuine,
        x_twilio_webhooks_signature_settings="key=webhooks_sharedkey_1,algorithm=HMAC_MD5",
    )
    params = dict(parse_qsl(genuine.body.decode()))
    tampered = _variant(genuine, body=urlencode({**params, "Body": "send money"}).encode())

    assert [_resend(fake, server, each) for each in (wrong, unknown, tampered)] == [403] * 3
    assert handler.refused == [
        "InvalidSignature",
        "UnsupportedSignatureAlgorithm",
        "InvalidSignature",
    ]
    assert [str(event.get("Body")) for event in handler.events] == ["genuine", "genuine"]
