"""parse_webhook: a request in, a signature-checked typed event out, or a named error."""

from __future__ import annotations

import hashlib
from urllib.parse import urlencode

import pytest

from tests.webhooks import _samples as s
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.webhooks import (
    CallStatusCallback,
    IncomingCall,
    IncomingMessage,
    InvalidSignature,
    MissingParameter,
    MissingSignature,
    UnknownSigningKey,
    UnsupportedSignatureAlgorithm,
    WebhookPayloadError,
    WebhookRequest,
    parse_webhook,
    signed_headers,
)

TOKEN = "0123456789abcdef0123456789abcdef"
URL = "https://hooks.example.com/twilio/sms"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def signed_post(
    params: dict[str, str], shared_key: tuple[str, str] | None = None
) -> tuple[dict[str, str], bytes]:
    """The headers and form body of a POST to URL signed as Twilio signs it."""
    if shared_key is None:
        signature = signed_headers(URL, params, auth_token=TOKEN)
    else:
        signature = signed_headers(URL, params, shared_key=shared_key)
    return {**FORM, **signature}, urlencode(params).encode()


def test_a_signed_incoming_sms_becomes_its_event() -> None:
    headers, body = signed_post(s.INCOMING_SMS)

    event = parse_webhook("POST", URL, headers, body, auth_token=TOKEN, expect=IncomingMessage)

    assert isinstance(event, IncomingMessage)
    assert event.body == "Hello there"
    assert event.params == tuple(s.INCOMING_SMS.items())


def test_a_signed_mms_keeps_its_media() -> None:
    headers, body = signed_post(s.INCOMING_MMS)

    event = parse_webhook("POST", URL, headers, body, auth_token=TOKEN, expect=IncomingMessage)
    assert [item.content_type for item in event.media] == ["image/jpeg", "video/mp4"]


def test_a_webhook_signed_with_a_shared_key_becomes_its_event() -> None:
    headers, body = signed_post(s.INCOMING_CALL, shared_key=("k2", "secret-2"))

    event = parse_webhook(
        "POST", URL, headers, body, keys={"k1": "secret-1", "k2": "secret-2"}, expect=IncomingCall
    )
    assert event.call_sid == s.CALL


def test_a_get_webhook_is_read_from_its_query_string() -> None:
    url = URL + "?" + urlencode(s.CALL_COMPLETED)
    headers = signed_headers(url, auth_token=TOKEN)

    event = parse_webhook("GET", url, headers, b"", auth_token=TOKEN, expect=CallStatusCallback)
    assert event.sequence_number == 3


def test_the_idempotency_token_rides_on_the_event() -> None:
    headers, body = signed_post(s.INCOMING_SMS)
    headers["I-Twilio-Idempotency-Token"] = "retry-token-7"

    event = parse_webhook("POST", URL, headers, body, auth_token=TOKEN, expect=IncomingMessage)
    assert event.idempotency_token == "retry-token-7"


def test_the_signature_is_checked_before_the_parameters_are_read() -> None:
    headers, _ = signed_post(s.INCOMING_SMS)
    forged = urlencode({"AccountSid": s.ACCOUNT}).encode()

    with pytest.raises(InvalidSignature):
        parse_webhook("POST", URL, headers, forged, auth_token=TOKEN, expect=IncomingMessage)


def test_a_tampered_body_is_refused() -> None:
    headers, body = signed_post(s.INCOMING_SMS)

    with pytest.raises(InvalidSignature):
        parse_webhook(
            "POST",
            URL,
            headers,
            body.replace(b"Hello", b"Jello"),
            auth_token=TOKEN,
            expect=IncomingMessage,
        )


def test_an_unsigned_request_is_refused() -> None:
    with pytest.raises(MissingSignature):
        parse_webhook(
            "POST",
            URL,
            FORM,
            urlencode(s.INCOMING_SMS).encode(),
            auth_token=TOKEN,
            expect=IncomingMessage,
        )


def test_an_unknown_key_and_an_unknown_algorithm_are_refused() -> None:
    headers, body = signed_post(s.INCOMING_SMS, shared_key=("k9", "secret-9"))
    with pytest.raises(UnknownSigningKey):
        parse_webhook("POST", URL, headers, body, keys={"k1": "x"}, expect=IncomingMessage)

    headers["X-Twilio-Webhooks-Signature-Settings"] = "key=k9,algorithm=HMAC_SHA3_512"
    with pytest.raises(UnsupportedSignatureAlgorithm):
        parse_webhook("POST", URL, headers, body, keys={"k9": "secret-9"}, expect=IncomingMessage)


def test_a_signed_request_of_another_kind_names_the_missing_parameter() -> None:
    headers, body = signed_post(s.message_status("delivered"))

    with pytest.raises(MissingParameter) as raised:
        parse_webhook("POST", URL, headers, body, auth_token=TOKEN, expect=IncomingCall)
    assert raised.value.parameter == "CallSid"


def test_a_signed_json_body_is_not_a_form_event() -> None:
    body = b'{"MessageSid": "SM1"}'
    url = URL + "?bodySHA256=" + hashlib.sha256(body).hexdigest()
    headers = {"Content-Type": "application/json", **signed_headers(url, auth_token=TOKEN)}

    with pytest.raises(WebhookPayloadError, match="JSON"):
        parse_webhook("POST", url, headers, body, auth_token=TOKEN, expect=IncomingMessage)


def test_expect_must_be_an_event_class() -> None:
    headers, body = signed_post(s.INCOMING_SMS)

    with pytest.raises(InvalidArgument, match="expect"):
        parse_webhook("POST", URL, headers, body, auth_token=TOKEN, expect=dict)  # type: ignore[type-var]


def test_a_webhook_request_value_parses_itself() -> None:
    headers, body = signed_post(s.INCOMING_SMS)
    request = WebhookRequest("POST", URL, tuple(headers.items()), body)

    assert request.parse(IncomingMessage, auth_token=TOKEN).message_sid == s.MESSAGE
