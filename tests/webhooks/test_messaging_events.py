"""Incoming messages and message status callbacks, read from realistic parameter sets."""

from __future__ import annotations

import pytest

from tests.webhooks import _samples as s
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.phone import PhoneNumber
from twilio_sansio.models import MessageStatus
from twilio_sansio.webhooks import (
    IncomingMessage,
    MalformedParameter,
    Media,
    MessageStatusCallback,
    MissingParameter,
    WebhookPayloadError,
)


def test_incoming_sms_reads_every_documented_parameter() -> None:
    event = IncomingMessage.from_params(s.INCOMING_SMS)

    assert event.message_sid == s.MESSAGE
    assert event.account_sid == s.ACCOUNT
    assert event.body == "Hello there"
    assert event.num_media == 0
    assert event.media == ()
    assert event.num_segments == 1
    assert event.messaging_service_sid == s.SERVICE
    assert event.sms_status is MessageStatus.RECEIVED
    assert event.api_version == "2010-04-01"
    assert (event.from_city, event.from_state, event.from_zip, event.from_country) == (
        "SAN FRANCISCO",
        "CA",
        "94105",
        "US",
    )
    assert (event.to_city, event.to_state, event.to_zip, event.to_country) == (
        "SAN FRANCISCO",
        "CA",
        "94105",
        "US",
    )


def test_phone_numbers_are_phone_numbers() -> None:
    event = IncomingMessage.from_params(s.INCOMING_SMS)

    assert isinstance(event.from_, PhoneNumber)
    assert event.from_ == s.ALICE
    assert event.from_.national() == "(415) 555-0100"
    assert isinstance(event.to, PhoneNumber)


def test_mms_media_are_url_and_content_type_pairs_in_order() -> None:
    event = IncomingMessage.from_params(s.INCOMING_MMS)

    assert event.num_media == 2
    assert event.body == ""
    assert event.media == (
        Media(s.INCOMING_MMS["MediaUrl0"], "image/jpeg"),
        Media(s.INCOMING_MMS["MediaUrl1"], "video/mp4"),
    )
    url, content_type = event.media[1]
    assert content_type == "video/mp4"
    assert url.endswith("/Media/ME1")


def test_whatsapp_addresses_pass_through_and_button_fields_are_read() -> None:
    event = IncomingMessage.from_params(s.INCOMING_WHATSAPP_BUTTON)

    assert event.from_ == "whatsapp:+14155550100"
    assert not isinstance(event.from_, PhoneNumber)
    assert event.profile_name == "Alice"
    assert event.wa_id == "14155550100"
    assert event.button_text == "Yes, confirm"
    assert event.button_payload == "confirm-order-42"


def test_whatsapp_location_is_read_as_numbers_and_text() -> None:
    event = IncomingMessage.from_params(s.INCOMING_WHATSAPP_LOCATION)

    assert event.latitude == pytest.approx(37.7879277)
    assert event.longitude == pytest.approx(-122.4074581)
    assert event.address == "375 Beale St, San Francisco, CA 94105"
    assert event.label == "Twilio HQ"
    assert event.forwarded is True


def test_undeclared_parameters_stay_in_raw_params_and_get() -> None:
    event = IncomingMessage.from_params(s.INCOMING_WHATSAPP_BUTTON)

    assert event.raw["MessageType"] == "button"
    assert event.get("ReferralNumMedia") == "0"
    assert event.get("NoSuchThing", "default") == "default"
    assert dict(event.params) == s.INCOMING_WHATSAPP_BUTTON
    assert event.raw == s.INCOMING_WHATSAPP_BUTTON


def test_raw_is_a_copy_the_event_does_not_share() -> None:
    event = IncomingMessage.from_params(s.INCOMING_SMS)
    event.raw["Body"] = "changed"

    assert event.raw["Body"] == "Hello there"


def test_events_are_frozen_hashable_and_equal_by_value() -> None:
    one = IncomingMessage.from_params(s.INCOMING_MMS)
    two = IncomingMessage.from_params(list(s.INCOMING_MMS.items()))

    assert one == two
    assert hash(one) == hash(two)
    with pytest.raises(AttributeError):
        one.body = "x"  # type: ignore[misc]


def test_an_empty_optional_value_reads_as_absent_but_text_stays_as_sent() -> None:
    event = IncomingMessage.from_params(
        {**s.INCOMING_SMS, "NumSegments": "", "MessagingServiceSid": "", "FromZip": ""}
    )

    assert event.num_segments is None
    assert event.messaging_service_sid is None
    assert event.from_zip == ""


def test_a_missing_message_sid_is_named() -> None:
    params = {k: v for k, v in s.INCOMING_SMS.items() if k != "MessageSid"}

    with pytest.raises(MissingParameter, match="MessageSid") as raised:
        IncomingMessage.from_params(params)
    assert raised.value.parameter == "MessageSid"


@pytest.mark.parametrize("name", ["MessageSid", "AccountSid", "From", "To"])
def test_an_empty_required_parameter_is_malformed(name: str) -> None:
    with pytest.raises(MalformedParameter) as raised:
        IncomingMessage.from_params({**s.INCOMING_SMS, name: ""})
    assert raised.value.parameter == name


@pytest.mark.parametrize(
    ("name", "value"),
    [("NumMedia", "two"), ("NumMedia", "-1"), ("NumSegments", "1.5"), ("Forwarded", "yes")],
)
def test_a_malformed_value_is_named_with_its_value(name: str, value: str) -> None:
    with pytest.raises(MalformedParameter, match=name) as raised:
        IncomingMessage.from_params({**s.INCOMING_SMS, name: value})
    assert (raised.value.parameter, raised.value.value) == (name, value)


def test_digits_of_other_scripts_are_not_a_count() -> None:
    with pytest.raises(MalformedParameter):
        IncomingMessage.from_params({**s.INCOMING_SMS, "NumMedia": "١"})


def test_media_announced_but_not_sent_is_missing() -> None:
    params = {k: v for k, v in s.INCOMING_MMS.items() if k != "MediaContentType1"}

    with pytest.raises(MissingParameter) as raised:
        IncomingMessage.from_params(params)
    assert raised.value.parameter == "MediaContentType1"


def test_a_parameter_the_event_reads_sent_twice_is_malformed() -> None:
    pairs = [*s.INCOMING_SMS.items(), ("Body", "second body")]

    with pytest.raises(MalformedParameter, match="more than once"):
        IncomingMessage.from_params(pairs)


def test_an_undeclared_parameter_sent_twice_is_kept_in_params() -> None:
    pairs = [*s.INCOMING_SMS.items(), ("tag", "a"), ("tag", "b")]

    event = IncomingMessage.from_params(pairs)
    assert [value for name, value in event.params if name == "tag"] == ["a", "b"]
    assert event.raw["tag"] == "b"


def test_params_that_are_not_text_are_the_callers_error() -> None:
    with pytest.raises(InvalidArgument):
        IncomingMessage.from_params({"MessageSid": 1})  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument):
        IncomingMessage.from_params("MessageSid=SM1")  # type: ignore[arg-type]


def test_a_status_sequence_reads_each_status_as_the_rest_enum() -> None:
    seen = [
        MessageStatusCallback.from_params(s.message_status(status)).message_status
        for status in ("queued", "sent", "delivered")
    ]

    assert seen == [MessageStatus.QUEUED, MessageStatus.SENT, MessageStatus.DELIVERED]


def test_a_status_callback_is_ended_only_at_a_final_status() -> None:
    assert not MessageStatusCallback.from_params(s.message_status("sent")).ended
    assert MessageStatusCallback.from_params(s.message_status("delivered")).ended


def test_a_failed_message_carries_its_error_code() -> None:
    event = MessageStatusCallback.from_params(
        s.message_status("undelivered", ErrorCode="30003", ErrorMessage="Unreachable handset")
    )

    assert event.error_code == 30003
    assert event.error_message == "Unreachable handset"
    assert event.from_ == s.OUR_NUMBER
    assert event.to == s.ALICE


def test_a_status_twilio_adds_later_is_kept() -> None:
    event = MessageStatusCallback.from_params(s.message_status("some-new-status"))

    assert event.message_status == "some-new-status"
    assert not event.message_status.is_known


def test_a_status_callback_without_a_status_is_missing_it() -> None:
    params = {k: v for k, v in s.message_status("sent").items() if k != "MessageStatus"}

    with pytest.raises(MissingParameter, match="MessageStatus"):
        MessageStatusCallback.from_params(params)


def test_payload_errors_are_value_errors_of_the_library() -> None:
    assert issubclass(MissingParameter, WebhookPayloadError)
    assert issubclass(MalformedParameter, ValueError)


def test_parameter_names_map_attributes_to_twilios_names() -> None:
    names = IncomingMessage.parameter_names()

    assert names["from_"] == "From"
    assert names["wa_id"] == "WaId"
    assert names["messaging_service_sid"] == "MessagingServiceSid"
    assert "media" not in names
    assert "params" not in names


def test_an_empty_count_with_a_default_takes_the_default() -> None:
    event = IncomingMessage.from_params({**s.INCOMING_SMS, "NumMedia": ""})

    assert event.num_media == 0
    assert event.media == ()


def test_params_as_lists_of_two_read_like_pairs() -> None:
    as_lists = [[name, value] for name, value in s.INCOMING_SMS.items()]

    assert IncomingMessage.from_params(as_lists) == IncomingMessage.from_params(s.INCOMING_SMS)  # type: ignore[arg-type]
