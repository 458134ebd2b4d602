"""Arbitrary input never raises anything but the library's own errors."""

from __future__ import annotations

import contextlib
from urllib.parse import urlencode

import pytest
from hypothesis import given, strategies as st

from tests.webhooks import _samples as s
from twilio_sansio.core.errors import TwilioError
from twilio_sansio.webhooks import (
    CallStatusCallback,
    ConferenceStatusCallback,
    IncomingCall,
    IncomingMessage,
    MessageStatusCallback,
    RecordingStatusCallback,
    TranscriptionCallback,
    WebhookEvent,
    WebhookPayloadError,
    parse_webhook,
    signed_headers,
)

EVENTS: list[type[WebhookEvent]] = [
    IncomingMessage,
    MessageStatusCallback,
    IncomingCall,
    CallStatusCallback,
    RecordingStatusCallback,
    TranscriptionCallback,
    ConferenceStatusCallback,
]
SAMPLES = [
    s.INCOMING_MMS,
    s.message_status("delivered"),
    s.DIAL_ACTION,
    s.CALL_COMPLETED,
    s.RECORDING_COMPLETED,
    s.TRANSCRIPTION_COMPLETED,
    s.CONFERENCE_ENDED,
]
TOKEN = "0123456789abcdef0123456789abcdef"
URL = "https://hooks.example.com/twilio"

texts = st.text(max_size=30)
# Twilio's names, with values that are often almost right: numbers, booleans, dates.
known_names = st.sampled_from(
    sorted({name for event in EVENTS for name in event.parameter_names().values()})
    + [f"Media{kind}{index}" for kind in ("Url", "ContentType") for index in range(3)]
)
tricky_values = st.one_of(
    texts,
    st.sampled_from(["", "0", "-1", "1e400", "nan", "true", "False", "+14155550100", "١٢"]),
    st.integers().map(str),
    st.floats().map(str),
)
pairs = st.lists(st.tuples(st.one_of(known_names, texts), tricky_values), max_size=25)


@pytest.mark.parametrize("event", EVENTS, ids=lambda event: event.__name__)
@given(params=pairs)
def test_arbitrary_parameters_raise_only_payload_errors(
    event: type[WebhookEvent], params: list[tuple[str, str]]
) -> None:
    try:
        built = event.from_params(params)
    except WebhookPayloadError:
        return
    assert built.params == tuple(params)


@pytest.mark.parametrize(("event", "sample"), list(zip(EVENTS, SAMPLES, strict=True)), ids=str)
@given(name=st.data(), value=tricky_values)
def test_changing_one_parameter_of_a_real_webhook_raises_only_payload_errors(
    event: type[WebhookEvent], sample: dict[str, str], name: st.DataObject, value: str
) -> None:
    changed = {**sample, name.draw(st.sampled_from(sorted(sample))): value}
    caught: WebhookPayloadError | None = None
    try:
        event.from_params(changed)
    except WebhookPayloadError as error:
        caught = error
    assert caught is None or caught.parameter


@given(
    method=st.sampled_from(["POST", "GET", "PUT", "post"]),
    headers=st.lists(st.tuples(texts, texts), max_size=6),
    body=st.binary(max_size=200),
    url=st.one_of(texts, st.just(URL), st.just(URL + "?bodySHA256=00")),
)
def test_arbitrary_requests_raise_only_library_errors(
    method: str, headers: list[tuple[str, str]], body: bytes, url: str
) -> None:
    try:
        parse_webhook(method, url, headers, body, auth_token=TOKEN, expect=IncomingMessage)
    except TwilioError:
        return
    raise AssertionError("an unsigned request was accepted")


@given(params=pairs, settings=st.one_of(st.none(), texts))
def test_signed_arbitrary_forms_raise_only_library_errors(
    params: list[tuple[str, str]], settings: str | None
) -> None:
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        **signed_headers(URL, params, auth_token=TOKEN),
    }
    if settings is not None:
        headers["X-Twilio-Webhooks-Signature-Settings"] = settings
    with contextlib.suppress(TwilioError):
        parse_webhook(
            "POST",
            URL,
            headers,
            urlencode(params).encode(),
            auth_token=TOKEN,
            keys={"k1": "secret"},
            expect=IncomingMessage,
        )
