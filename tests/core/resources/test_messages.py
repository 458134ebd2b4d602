"""Messages: who can receive a message, and send_message's keywords against ``**params``.

The request encoding of every builder is in ``tests/core/test_requests.py``; this module
holds the rules on ``To`` (Twilio's error 21211 turned into ``InvalidArgument``) and the
keywords ``send_message`` owns.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, strategies as st

from tests.core._support import make_config
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.phone import PhoneNumber, normalize_recipient
from twilio_sansio.core.resources.messages import MessageOperations

FROM = "+14105551234"
TO = "+12025550123"


def messages(default_region: str | None = None) -> MessageOperations:
    return MessageOperations(make_config(default_region=default_region))


# -- To: phone numbers and channel addresses only ------------------------------------------

SENDERS_ONLY = [
    "not a number",
    "MyCompany",
    "Acme Ltd",
    "alice@example.com",
    "+1 800 FLOWERS",
]


@pytest.mark.parametrize("to", SENDERS_ONLY)
def test_send_message_refuses_an_alphanumeric_recipient_and_says_why(to: str) -> None:
    with pytest.raises(InvalidArgument, match="21211") as info:
        messages().send_message(FROM, to, "hi")
    message = str(info.value)
    assert message.startswith("to must be a phone number")
    assert repr(to) in message
    assert "sender" in message


@pytest.mark.parametrize("to", ["12345", "894546"])
def test_send_message_refuses_a_short_code_recipient(to: str) -> None:
    with pytest.raises(InvalidArgument, match=r"short code '[0-9]+': short codes send"):
        messages().send_message(FROM, to, "hi")


@pytest.mark.parametrize("to", [*SENDERS_ONLY, "12345"])
def test_create_refuses_the_same_recipients_naming_to(to: str) -> None:
    with pytest.raises(InvalidArgument, match=r"^To must be"):
        messages().create(To=to, From=FROM, Body="hi")


@pytest.mark.parametrize(
    ("to", "encoded"),
    [
        ("+12025550123", b"%2B12025550123"),
        ("+1 (202) 555-0123", b"%2B12025550123"),
        ("whatsapp:+14105551234", b"whatsapp%3A%2B14105551234"),
        ("messenger:1234567890", b"messenger%3A1234567890"),
        ("rcs:+14105551234", b"rcs%3A%2B14105551234"),
        ("client:alice", b"client%3Aalice"),
    ],
)
def test_send_message_still_sends_to_numbers_and_channel_addresses(to: str, encoded: bytes) -> None:
    operation = messages().send_message(FROM, to, "hi")
    assert operation.request.body == b"From=%2B14105551234&To=" + encoded + b"&Body=hi"


def test_a_national_recipient_is_read_in_the_default_region_not_taken_for_a_short_code() -> None:
    operation = messages(default_region="US").send_message(FROM, "(202) 555-0123", "hi")
    assert operation.request.body == b"From=%2B14105551234&To=%2B12025550123&Body=hi"


def test_a_sender_may_still_be_an_alphanumeric_id_or_a_short_code() -> None:
    for sender in ("MyCompany", "12345"):
        operation = messages().send_message(sender, TO, "hi")
        assert operation.request.body == f"From={sender}&To=%2B12025550123&Body=hi".encode()


def test_normalize_recipient_returns_a_phone_number_in_e164() -> None:
    number = normalize_recipient("+1 202-555-0123")
    assert type(number) is PhoneNumber
    assert number == "+12025550123"


def test_normalize_recipient_names_the_argument_it_is_given() -> None:
    with pytest.raises(InvalidArgument, match=r"^recipient must be"):
        normalize_recipient("Acme", name="recipient")


@pytest.mark.parametrize("to", ["", "  ", "+1202555\n0123", "+1 415 555"])
def test_normalize_recipient_keeps_every_refusal_of_normalize_address(to: str) -> None:
    with pytest.raises(InvalidArgument, match=r"address|phone number"):
        normalize_recipient(to)


@given(st.text(max_size=40))
def test_normalize_recipient_never_lets_a_bare_alphanumeric_through(text: str) -> None:
    try:
        result = normalize_recipient(text)
    except InvalidArgument:
        return
    assert isinstance(result, PhoneNumber) or (":" in result and result == text)


# -- send_message's own keywords are not taken through **params -----------------------------


@pytest.mark.parametrize(
    ("key", "keyword"),
    [
        ("Body", "body"),
        ("From", "from_"),
        ("To", "to"),
        ("MediaUrl", "media_urls"),
        ("MessagingServiceSid", "messaging_service_sid"),
    ],
)
def test_send_message_names_the_keyword_for_a_parameter_it_sets_itself(
    key: str, keyword: str
) -> None:
    params: dict[str, Any] = {key: "x"}
    with pytest.raises(InvalidArgument) as info:
        messages().send_message(FROM, TO, "hi", **params)
    assert f"pass {keyword}=..., not {key}=..." in str(info.value)


def test_send_message_with_body_only_in_params_is_refused_not_a_type_error() -> None:
    with pytest.raises(InvalidArgument, match="pass body="):
        messages().send_message(FROM, TO, Body="hello")


def test_send_message_with_only_a_messaging_service_in_params_names_the_keyword() -> None:
    service = "MG" + "c" * 32
    with pytest.raises(InvalidArgument, match="pass messaging_service_sid="):
        messages().send_message(None, TO, "hi", MessagingServiceSid=service)


def test_create_still_takes_every_twilio_name() -> None:
    operation = messages().create(
        To=TO, From=FROM, Body="hi", MediaUrl=["https://example.test/a.png"]
    )
    assert operation.request.body == (
        b"To=%2B12025550123&From=%2B14105551234&Body=hi&MediaUrl=https%3A%2F%2Fexample.test%2Fa.png"
    )
