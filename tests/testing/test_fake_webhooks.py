"""The fake Twilio's webhooks: what it decides to send, how it signs it, how it delivers it.

The end-to-end tests through the WSGI and ASGI helpers are in
``tests/webhooks/test_fake_delivery.py``; these look at the requests themselves, the
senders, failures and the state that follows.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from hypothesis import given, settings, strategies as st

from twilio_sansio import APIError, Client
from twilio_sansio.core.http import Request, Response
from twilio_sansio.testing import AppServer, AsgiSender, FakeTwilio, WsgiSender
from twilio_sansio.testing.fake.webhooks import CALL_STATUS, MESSAGE_STATUS
from twilio_sansio.webhooks import (
    CallStatusCallback,
    IncomingCall,
    IncomingMessage,
    MessageStatusCallback,
    parse_webhook,
    read_asgi_request,
    read_wsgi_request,
    validate_signature,
)

NUMBER = "+14155550199"
CALLER = "+14155550100"
HOOKS = "https://hooks.example.com"

request_validator = pytest.importorskip(
    "twilio.request_validator",
    reason="the official twilio package is not installed; it is only a test oracle",
)


class Recorder:
    """A sender that answers every webhook with a fixed response and keeps the requests."""

    def __init__(self, response: Response | None = None) -> None:
        self.requests: list[Request] = []
        self.response = response or Response(200, (("content-type", "text/xml"),), b"<Response/>")

    def send(self, request: Request, *, timeout: float) -> Response:
        self.requests.append(request)
        return self.response


def _fake(**options: Any) -> FakeTwilio:
    fake = FakeTwilio(seed=7, **options)
    fake.seed_incoming_number(
        NUMBER, sms_url=HOOKS + "/sms", voice_url=HOOKS + "/voice", status_callback=HOOKS + "/cs"
    )
    return fake


def _form(request: Request) -> dict[str, str]:
    return dict(parse_qsl(request.body.decode(), keep_blank_values=True))


# -- what is sent, and how it is signed -------------------------------------------------------


def test_the_official_validator_accepts_the_fakes_signatures_post_and_get() -> None:
    fake = _fake()
    fake.seed_incoming_number("+14155550198", sms_url=HOOKS + "/get?x=1", sms_method="GET")
    recorder = Recorder()
    fake.webhooks.send_to(recorder)
    validator = request_validator.RequestValidator(fake.auth_token)

    fake.receive_message(CALLER, NUMBER, "héllo & bye", media=["https://example.com/a.png"])
    fake.receive_message(CALLER, "+14155550198", "by GET")

    post, get = recorder.requests
    assert post.method == "POST"
    assert post.url == HOOKS + "/sms"
    assert post.header("content-type") == "application/x-www-form-urlencoded"
    assert validator.validate(post.url, _form(post), post.header("x-twilio-signature"))
    assert get.method == "GET"
    assert get.body == b""
    assert get.url.startswith(HOOKS + "/get?x=1&")
    assert dict(parse_qsl(urlsplit(get.url).query))["Body"] == "by GET"
    assert validator.validate(get.url, {}, get.header("x-twilio-signature"))
    assert not validator.validate(
        post.url, {**_form(post), "Body": "x"}, post.header("x-twilio-signature")
    )
    event = parse_webhook(
        "GET", get.url, get.headers, b"", auth_token=fake.auth_token, expect=IncomingMessage
    )
    assert event.body == "by GET"


def test_a_subaccounts_webhooks_are_signed_with_its_own_auth_token() -> None:
    fake = FakeTwilio(seed=3)
    client = fake.client()
    sub = client.accounts.create(friendly_name="tenant")
    fake.seed_incoming_number(NUMBER, account_sid=sub.sid, sms_url=HOOKS + "/sms")
    recorder = Recorder()
    fake.webhooks.send_to(recorder)

    fake.receive_message(CALLER, NUMBER, "hi")

    [request] = recorder.requests
    assert _form(request)["AccountSid"] == sub.sid
    signature = request.header("x-twilio-signature") or ""
    assert sub.auth_token is not None
    assert validate_signature(sub.auth_token, request.url, _form(request), signature)
    assert not validate_signature(fake.auth_token, request.url, _form(request), signature)


def test_status_callbacks_of_a_failed_and_an_undelivered_message_carry_the_error_code() -> None:
    fake = _fake(deliver_messages=False)
    recorder = Recorder()
    fake.webhooks.send_to(recorder)
    client = fake.client()
    failing = client.messages.send_message(
        "+15005550006", CALLER, "a", StatusCallback=HOOKS + "/status"
    )
    lost = client.messages.send_message(
        "+15005550006", CALLER, "b", StatusCallback=HOOKS + "/status"
    )
    client.messages.send_message("+15005550006", CALLER, "no callback")

    fake.set_message_status(failing.sid, "failed")
    fake.set_message_status(lost.sid, "undelivered")

    seen = [
        (
            event.message_sid,
            str(event.message_status),
            event.error_code,
            event.raw_dlr_done_date is not None,
        )
        for event in (
            MessageStatusCallback.from_params(_form(request)) for request in recorder.requests
        )
    ]
    assert seen == [
        (failing.sid, "queued", None, False),
        (lost.sid, "queued", None, False),
        (failing.sid, "failed", 30008, False),
        (lost.sid, "sent", None, False),
        (lost.sid, "undelivered", 30003, True),
    ]
    assert {webhook.kind for webhook in (d.webhook for d in fake.webhooks.deliveries)} == {
        MESSAGE_STATUS
    }


def test_a_call_reports_the_progress_events_it_subscribed_to_in_sequence() -> None:
    fake = _fake()
    recorder = Recorder()
    fake.webhooks.send_to(recorder)
    client = fake.client()
    call = client.calls.make_call(
        "+15005550006",
        CALLER,
        "https://example.com/twiml",
        StatusCallback=HOOKS + "/progress",
        StatusCallbackMethod="GET",
        StatusCallbackEvent=["initiated", "ringing", "answered", "completed"],
    )

    fake.set_call_status(call.sid, "in-progress")
    fake.set_call_status(call.sid, "completed")

    events = [
        parse_webhook(
            request.method,
            request.url,
            request.headers,
            request.body,
            auth_token=fake.auth_token,
            expect=CallStatusCallback,
        )
        for request in recorder.requests
    ]
    assert [(str(e.call_status), e.sequence_number) for e in events] == [
        ("initiated", 0),
        ("ringing", 1),
        ("in-progress", 2),
        ("completed", 3),
    ]
    assert all(request.method == "GET" for request in recorder.requests)
    assert events[-1].call_duration is not None
    assert events[-1].duration is not None
    assert events[0].call_duration is None
    assert {d.webhook.kind for d in fake.webhooks.deliveries} == {CALL_STATUS}


def test_an_unknown_status_callback_event_is_refused() -> None:
    client = _fake().client()
    with pytest.raises(APIError) as caught:
        client.calls.make_call(
            "+15005550006",
            CALLER,
            "https://example.com/twiml",
            StatusCallback=HOOKS + "/progress",
            StatusCallbackEvent="answered hungup",
        )
    assert caught.value.status == 400


# -- delivery: explicit, automatic, none --------------------------------------------------------


def test_without_a_sender_webhooks_stay_queued_and_receiving_needs_one() -> None:
    fake = _fake(deliver_messages=False)
    client = fake.client()
    sent = client.messages.send_message(
        "+15005550006", CALLER, "x", StatusCallback=HOOKS + "/status"
    )
    fake.set_message_status(sent.sid, "sent")

    assert [dict(w.params)["MessageStatus"] for w in fake.webhooks.pending] == ["queued", "sent"]
    with pytest.raises(RuntimeError, match="send_to"):
        fake.receive_message(CALLER, NUMBER, "hi")

    recorder = Recorder()
    fake.webhooks.send_to(recorder, automatic=False)
    fake.set_message_status(sent.sid, "delivered")
    assert len(fake.webhooks.pending) == 3
    assert recorder.requests == []
    assert [d.webhook.param("MessageStatus") for d in fake.webhooks.deliver()] == [
        "queued",
        "sent",
        "delivered",
    ]
    assert fake.webhooks.pending == []


def test_a_fake_that_keeps_nothing_drops_webhooks_no_one_sends() -> None:
    fake = _fake(record=False, deliver_messages=False)
    fake.client().messages.send_message(
        "+15005550006", CALLER, "x", StatusCallback=HOOKS + "/status"
    )
    assert fake.webhooks.pending == []


def test_receiving_at_a_number_nobody_owns_or_without_a_url_is_refused() -> None:
    fake = _fake()
    fake.seed_incoming_number("+14155550198")
    fake.webhooks.send_to(Recorder())
    with pytest.raises(KeyError):
        fake.receive_message(CALLER, "+14155550111", "hi")
    with pytest.raises(ValueError, match="SmsUrl"):
        fake.receive_message(CALLER, "+14155550198", "hi")
    with pytest.raises(ValueError, match="VoiceUrl"):
        fake.receive_call(CALLER, "+14155550198")


# -- in-process senders -----------------------------------------------------------------------


def test_in_process_wsgi_and_asgi_apps_see_the_request_twilio_would_make() -> None:
    seen: list[dict[str, Any]] = []

    def wsgi(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        seen.append(
            {
                "scheme": environ["wsgi.url_scheme"],
                "host": environ["HTTP_HOST"],
                "path": environ["PATH_INFO"],
                "body": environ["wsgi.input"].read(int(environ["CONTENT_LENGTH"])),
            }
        )
        start_response("200 OK", [("Content-Type", "text/xml")])
        return [b"<Response><Message>hi</Message></Response>"]

    async def asgi(scope: dict[str, Any], receive: Any, send: Any) -> None:
        message = await receive()
        seen.append(
            {
                "scheme": scope["scheme"],
                "host": dict(scope["headers"])[b"host"].decode(),
                "path": scope["path"],
                "body": message["body"],
            }
        )
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"<Response/>"})

    for app, sender in ((wsgi, WsgiSender), (asgi, AsgiSender)):
        fake = _fake()
        fake.webhooks.send_to(app)
        assert isinstance(fake.webhooks.sender, sender)
        delivery = fake.receive_message(CALLER, NUMBER, "in memory")
        assert delivery.ok
    fake = _fake()
    fake.webhooks.send_to(AsgiSender(asgi, backend="trio"))
    assert fake.receive_message(CALLER, NUMBER, "in memory").ok
    first, second, third = seen
    assert first == second == third
    assert first["scheme"] == "https"
    assert first["host"] == "hooks.example.com"
    assert first["path"] == "/sms"
    assert b"Body=in+memory" in first["body"]


# -- failures: recorded, alerted, and the fake carries on ----------------------------------------


def test_a_failing_handler_is_recorded_as_an_alert_and_the_fake_carries_on() -> None:
    fake = _fake()
    fake.webhooks.send_to(Recorder(Response(500, (), b"<h1>boom</h1>")))
    client = fake.client()

    delivery = fake.receive_message(CALLER, NUMBER, "hi")

    assert not delivery.ok
    assert delivery.status == 500
    assert delivery.error is None
    [alert] = client.alerts.iterate()
    assert alert.error_code == 11200
    assert alert.resource_sid == delivery.sid
    assert alert.request_url == HOOKS + "/sms"
    assert client.messages.get(delivery.sid).body == "hi"


def test_an_unreachable_or_slow_handler_is_recorded_over_http() -> None:
    fake = _fake()

    def slow(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        time.sleep(0.6)
        start_response("200 OK", [])
        return [b"<Response/>"]

    with AppServer(slow) as server:
        fake.seed_incoming_number("+14155550198", sms_url=server.url("/slow"))
        fake.webhooks.send_over_http(timeout=0.2)
        slow_delivery = fake.receive_message(CALLER, "+14155550198", "hi")
    fake.seed_incoming_number("+14155550197", sms_url=server.url("/gone"))  # now stopped
    gone = fake.receive_message(CALLER, "+14155550197", "hi")

    assert slow_delivery.response is None
    assert "Timeout" in (slow_delivery.error or "")
    assert gone.response is None
    assert gone.error is not None
    codes = [alert.error_code for alert in fake.client().alerts.iterate()]
    assert codes == [11205, 11205]


def test_an_asgi_app_that_blocks_its_loop_counts_as_timed_out() -> None:
    async def stuck(scope: dict[str, Any], receive: Any, send: Any) -> None:
        time.sleep(1.5)  # blocks the loop: the timeout cannot cancel it

    fake = _fake()
    fake.webhooks.send_to(stuck, timeout=0.1)
    started = time.monotonic()
    delivery = fake.receive_message(CALLER, NUMBER, "hi")
    assert time.monotonic() - started < 1.4
    assert delivery.response is None
    assert "TimeoutError" in (delivery.error or "")


def test_a_call_answered_with_something_other_than_twiml_fails_and_ends() -> None:
    fake = _fake()
    fake.webhooks.send_to(Recorder(Response(200, (), b"<html>hello</html>")))
    client = fake.client()

    delivery = fake.receive_call(CALLER, NUMBER)

    assert delivery.ok
    assert delivery.twiml is None
    assert delivery.verbs == ()
    assert client.calls.get(delivery.sid).status == "completed"
    assert [alert.error_code for alert in client.alerts.iterate()] == [12100]
    ended = [d for d in fake.webhooks.deliveries if d.webhook.kind == CALL_STATUS]
    assert [d.webhook.param("CallStatus") for d in ended] == ["completed"]


def test_the_incoming_call_parameters_parse_as_an_incoming_call() -> None:
    fake = _fake()
    recorder = Recorder()
    fake.webhooks.send_to(recorder)

    delivery = fake.receive_call("client:alice", NUMBER)

    event = IncomingCall.from_params(_form(recorder.requests[0]))
    assert event.call_sid == delivery.sid
    assert event.from_ == "client:alice"
    assert str(event.called) == NUMBER
    assert event.to_state == "CA"
    assert event.from_city == ""


# -- the pytest fixture ---------------------------------------------------------------------------


def test_the_fixture_serves_an_app_for_the_fakes_webhooks(
    fake_twilio: FakeTwilio, serve_webhook_app: Callable[..., AppServer]
) -> None:
    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        start_response("200 OK", [("Content-Type", "text/xml")])
        return [b"<Response><Message>Thanks</Message></Response>"]

    server = serve_webhook_app(app)
    fake_twilio.webhooks.send_over_http()
    fake_twilio.seed_incoming_number(NUMBER, sms_url=server.url("/sms"))

    answer = fake_twilio.receive_message(CALLER, NUMBER, "hi")

    assert [verb.name for verb in answer.verbs] == ["Message"]
    assert len(server.loopback.requests) == 1


def test_the_client_type_is_unchanged() -> None:
    assert isinstance(_fake().client(), Client)


# -- both directions over sockets, and the async client -------------------------------------------


def _status_recorder(statuses: list[str], auth_token: str) -> Callable[..., Iterable[bytes]]:
    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        request = read_wsgi_request(environ)
        statuses.append(
            str(request.parse(MessageStatusCallback, auth_token=auth_token).message_status)
        )
        start_response("204 No Content", [])
        return [b""]

    return app


def test_a_client_over_http_returns_after_its_callbacks_were_answered_over_http() -> None:
    fake = _fake()
    statuses: list[str] = []
    with AppServer(_status_recorder(statuses, fake.auth_token)) as hooks, fake.serve() as api:
        fake.webhooks.send_over_http()
        with Client(fake.account_sid, fake.auth_token, base_url=api.base_url) as client:
            client.messages.send_message(
                "+15005550006", CALLER, "x", StatusCallback=hooks.url("/status")
            )
            assert statuses == ["queued", "sent", "delivered"]


@pytest.mark.parametrize("backend", ["trio", "asyncio"])
def test_an_async_client_in_memory_drives_an_in_process_asgi_app(backend: str) -> None:
    import anyio

    fake = _fake()
    statuses: list[str] = []

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        request = await read_asgi_request(scope, receive)
        update = request.parse(MessageStatusCallback, auth_token=fake.auth_token)
        statuses.append(str(update.message_status))
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    fake.webhooks.send_to(app)

    async def main() -> None:
        async with fake.async_client() as client:
            await client.messages.send_message(
                "+15005550006", CALLER, "x", StatusCallback=HOOKS + "/status"
            )

    anyio.run(main, backend=backend)
    assert statuses == ["queued", "sent", "delivered"]


def test_a_numbers_applications_take_its_webhooks_and_whatsapp_addresses_pass_through() -> None:
    fake = FakeTwilio(seed=9)
    application = fake.seed_application(
        sms_url="https://apps.example.com/sms",
        voice_url="https://apps.example.com/voice",
        voice_method="GET",
        status_callback="https://apps.example.com/ended",
    )
    fake.seed_incoming_number(
        NUMBER,
        sms_url=HOOKS + "/sms",
        voice_url=HOOKS + "/voice",
        sms_application_sid=application["sid"],
        voice_application_sid=application["sid"],
    )
    recorder = Recorder()
    fake.webhooks.send_to(recorder)

    fake.receive_message("whatsapp:+447700900123", "whatsapp:" + NUMBER, "hello")
    call = fake.receive_call(CALLER, NUMBER)
    fake.set_call_status(call.sid, "completed")

    sms, voice, ended = recorder.requests
    assert sms.url == "https://apps.example.com/sms"
    message = IncomingMessage.from_params(_form(sms))
    assert message.from_ == "whatsapp:+447700900123"
    assert message.to == "whatsapp:" + NUMBER
    assert voice.method == "GET"
    assert voice.url.startswith("https://apps.example.com/voice?")
    assert ended.url == "https://apps.example.com/ended"
    assert _form(ended)["CallStatus"] == "completed"


def test_a_fake_that_keeps_nothing_keeps_no_deliveries() -> None:
    fake = _fake(record=False)
    fake.webhooks.send_to(Recorder())
    assert fake.receive_message(CALLER, NUMBER, "hi").ok
    assert fake.webhooks.deliveries == []


@settings(max_examples=40, deadline=None)
@given(
    body=st.text(st.characters(codec="utf-8"), max_size=40),
    method=st.sampled_from(["POST", "GET"]),
    query=st.sampled_from(["", "?a=1", "?a=1&b=x%20y"]),
)
def test_any_incoming_message_is_signed_so_that_both_validators_accept_it(
    body: str, method: str, query: str
) -> None:
    fake = FakeTwilio(seed=11)
    fake.seed_incoming_number(NUMBER, sms_url=HOOKS + "/sms" + query, sms_method=method)
    recorder = Recorder()
    fake.webhooks.send_to(recorder)

    fake.receive_message(CALLER, NUMBER, body)

    [request] = recorder.requests
    signature = request.header("x-twilio-signature")
    official = request_validator.RequestValidator(fake.auth_token)
    assert official.validate(request.url, _form(request), signature)
    event = parse_webhook(
        request.method,
        request.url,
        request.headers,
        request.body,
        auth_token=fake.auth_token,
        expect=IncomingMessage,
    )
    assert event.body == body
