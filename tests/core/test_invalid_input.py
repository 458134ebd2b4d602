"""Bad caller input is refused with InvalidArgument while building, before any request."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest

from tests.core._support import make_config
from twilio_sansio.core.config import BaseUrls, ClientConfig, Credentials
from twilio_sansio.core.errors import InvalidArgument, TwilioError
from twilio_sansio.core.resources.media import MediaOperations
from twilio_sansio.core.resources.messages import MessageOperations

ACCOUNT = "AC0123456789abcdef0123456789abcdef"
TOKEN = "not-a-real-auth-token"
MESSAGE = "SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
MEDIA = "ME11111111111111111111111111111111"
FROM = "+14105551234"
TO = "+12025550123"
HEX15 = "0123456789abcde"


def config() -> ClientConfig:
    return make_config(None, account=ACCOUNT, token=TOKEN)


MSG = MessageOperations(config())
MED = MediaOperations(config())


def refused(build: Callable[[], object], match: str | None = None) -> InvalidArgument:
    with pytest.raises(InvalidArgument, match=match) as info:
        build()
    return info.value


def test_invalid_argument_is_both_a_twilio_error_and_a_value_error() -> None:
    error = refused(lambda: MSG.get("nope"))
    assert isinstance(error, TwilioError)
    assert isinstance(error, ValueError)
    with pytest.raises(ValueError, match="message_sid"):
        MSG.get("nope")


# Addresses

NOT_NUMBERS = ["+1415555", "+1 415 555", "+999 123 456", "555-1234", "+44 20 7183 875000000"]


@pytest.mark.parametrize("address", NOT_NUMBERS)
def test_send_message_refuses_a_phone_like_recipient_that_is_no_number(address: str) -> None:
    refused(lambda: MSG.send_message(FROM, address, "hi"), "not a valid phone number")


@pytest.mark.parametrize("address", NOT_NUMBERS)
def test_send_message_refuses_a_phone_like_sender_that_is_no_number(address: str) -> None:
    refused(lambda: MSG.send_message(address, TO, "hi"), "not a valid phone number")


@pytest.mark.parametrize("address", ["", "   ", "+1410555\r\n1234", "client:al\x00ice"])
def test_send_message_refuses_empty_addresses_and_control_characters(address: str) -> None:
    refused(lambda: MSG.send_message(FROM, address, "hi"))


def test_create_refuses_a_missing_or_bad_to() -> None:
    refused(lambda: MSG.create(Body="hi"), "To")
    refused(lambda: MSG.create(To="+1415555", Body="hi"), "not a valid phone number")
    refused(lambda: MSG.create(To=12025550123, Body="hi"), "to must be a string")


@pytest.mark.parametrize("filters", [{"to": "+1415555"}, {"from_": "555-1234"}])
def test_get_page_refuses_a_phone_like_filter_that_is_no_number(filters: dict[str, Any]) -> None:
    refused(lambda: MSG.get_page(**filters), "not a valid phone number")


# SIDs

BAD_MESSAGE_SIDS = [
    "",
    "SM",
    "SM123",
    "MEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",  # another resource's prefix
    "smaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",  # lower-case prefix
    "SMgaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",  # not hexadecimal
    "SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",  # 33 digits
    f"SM{HEX15}/a{HEX15}",
    f"SM{HEX15}?a{HEX15}",
    f"SM{HEX15}#a{HEX15}",
    f"SM{HEX15}..{HEX15}",
    "SM/../../../../Calls/CA0000000000000",
    f"SM{HEX15}%2F{HEX15}"[:34],
    f"SM{HEX15}\na{HEX15}",
    "SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\u0661",  # a non-ASCII digit
]


@pytest.mark.parametrize("sid", BAD_MESSAGE_SIDS)
def test_every_message_operation_refuses_a_malformed_sid(sid: str) -> None:
    refused(lambda: MSG.get(sid), "message_sid")
    refused(lambda: MSG.update(sid, Body="x"), "message_sid")
    refused(lambda: MSG.redact(sid), "message_sid")
    refused(lambda: MSG.cancel(sid), "message_sid")
    refused(lambda: MSG.delete(sid), "message_sid")
    refused(lambda: MSG.get_media_urls(sid), "message_sid")


@pytest.mark.parametrize("sid", BAD_MESSAGE_SIDS)
def test_every_media_operation_refuses_a_malformed_message_sid(sid: str) -> None:
    refused(lambda: MED.get(sid, MEDIA), "message_sid")
    refused(lambda: MED.delete(sid, MEDIA), "message_sid")
    refused(lambda: MED.get_page(sid), "message_sid")


@pytest.mark.parametrize(
    "sid", [MESSAGE, "ME", f"ME{HEX15}/a{HEX15}", f"ME{HEX15}..{HEX15}", f"ME{HEX15}?a{HEX15}"]
)
def test_media_operations_refuse_a_malformed_media_sid(sid: str) -> None:
    refused(lambda: MED.get(MESSAGE, sid), "media_sid")
    refused(lambda: MED.delete(MESSAGE, sid), "media_sid")


@pytest.mark.parametrize("sid", [None, 42, b"SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"])
def test_a_sid_that_is_not_a_string_is_refused(sid: object) -> None:
    refused(lambda: MSG.get(sid), "SID string")  # type: ignore[arg-type]


def test_a_malformed_messaging_service_sid_is_refused() -> None:
    refused(
        lambda: MSG.send_message(None, TO, "hi", messaging_service_sid="MG123"),
        "messaging_service_sid",
    )


@pytest.mark.parametrize(
    "sid", ["AC123", "SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", f"AC{HEX15}/a{HEX15}"]
)
def test_a_malformed_account_sid_is_refused(sid: str) -> None:
    refused(lambda: config().with_account(sid), "account_sid")
    refused(lambda: Credentials.from_auth_token(sid, TOKEN), "account_sid")


def test_api_key_credentials_need_an_sk_sid_and_a_secret() -> None:
    refused(lambda: Credentials.from_api_key(ACCOUNT, "secret"), "api_key_sid")
    refused(lambda: Credentials.from_api_key("SK" + "0" * 32, ""), "api_key_secret")


@pytest.mark.parametrize("token", ["", "to\nken", "tok\r", "\x00"])
def test_an_empty_or_multiline_auth_token_is_refused(token: str) -> None:
    refused(lambda: Credentials.from_auth_token(ACCOUNT, token), "auth_token")


# Page sizes, filters and parameters

BAD_PAGE_SIZES: list[object] = [0, -1, 1001, 10**9, True, False, "5", 5.0]


@pytest.mark.parametrize("page_size", BAD_PAGE_SIZES)
def test_get_page_refuses_a_page_size_that_is_not_an_int_from_1_to_1000(page_size: Any) -> None:
    refused(lambda: MSG.get_page(page_size=page_size), "page_size")
    refused(lambda: MED.get_page(MESSAGE, page_size=page_size), "page_size")


NAIVE = datetime(2024, 3, 5, 12, 0)


@pytest.mark.parametrize("name", ["date_sent", "date_sent_after", "date_sent_before"])
def test_get_page_refuses_a_naive_datetime_filter(name: str) -> None:
    refused(lambda: MSG.get_page(**{name: NAIVE}), "naive")  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["date_created", "date_created_after", "date_created_before"])
def test_media_get_page_refuses_a_naive_datetime_filter(name: str) -> None:
    refused(lambda: MED.get_page(MESSAGE, **{name: NAIVE}), "naive")  # type: ignore[arg-type]


def test_a_naive_datetime_parameter_is_refused_in_a_form_too() -> None:
    refused(lambda: MSG.send_message(FROM, TO, "hi", SendAt=NAIVE), "naive")


@pytest.mark.parametrize(
    "params",
    [
        {"Price": float("nan")},
        {"Price": float("inf")},
        {"Price": Decimal("NaN")},
        {"Price": Decimal("-Infinity")},
        {"Blob": b"bytes"},
        {"Blob": bytearray(b"bytes")},
        {"Nested": {"Key": "value"}},
        {"Thing": object()},
        {"Body2": "nul\x00"},
        {"Tags": ["ok", "nul\x00"]},
        {"": "empty name"},
    ],
)
def test_parameters_twilio_cannot_receive_are_refused(params: dict[str, Any]) -> None:
    refused(lambda: MSG.send_message(FROM, TO, "hi", **params))
    refused(lambda: MSG.get_page(**params))


@pytest.mark.parametrize("text", ["\ud800", "ok \udcff"])
def test_text_with_a_lone_surrogate_is_refused_not_crashing_the_encoder(text: str) -> None:
    refused(lambda: MSG.send_message(FROM, TO, text))
    refused(lambda: MSG.update(MESSAGE, Body=text))
    refused(lambda: MSG.get_page(Filter=text))
    refused(lambda: MSG.get_page(**{text: "x"}))  # type: ignore[arg-type]


# send_message's own rules


def test_send_message_needs_from_or_a_messaging_service() -> None:
    refused(lambda: MSG.send_message(None, TO, "hi"), "from_ or messaging_service_sid")


@pytest.mark.parametrize("body", [None, ""])
def test_send_message_needs_a_body_media_or_content_sid(body: str | None) -> None:
    refused(lambda: MSG.send_message(FROM, TO, body), "body, media_urls or a ContentSid")
    refused(lambda: MSG.send_message(FROM, TO, body, media_urls=[]), "body")
    refused(lambda: MSG.send_message(FROM, TO, body, ContentSid=None), "body")


@pytest.mark.parametrize("urls", ["https://example.com/a.png", b"https://example.com/a.png"])
def test_send_message_refuses_media_urls_given_as_a_single_string(urls: Any) -> None:
    refused(lambda: MSG.send_message(FROM, TO, "hi", media_urls=urls), "single string")


@pytest.mark.parametrize("urls", [None, 42, {"a": "b"}])
def test_send_message_refuses_media_urls_that_are_no_list(urls: Any) -> None:
    refused(lambda: MSG.send_message(FROM, TO, "hi", media_urls=urls), "media_urls")


@pytest.mark.parametrize("urls", [[""], [None], ["https://example.com/\x00"]])
def test_send_message_refuses_empty_or_non_text_media_urls(urls: Any) -> None:
    refused(lambda: MSG.send_message(FROM, TO, "hi", media_urls=urls), "media_urls")


def test_send_message_refuses_a_body_that_is_not_text() -> None:
    refused(lambda: MSG.send_message(FROM, TO, 42), "body")  # type: ignore[arg-type]


# Base URLs, regions and cursors

BAD_BASE_URLS: list[object] = [
    "",
    "api.twilio.com",
    "ftp://api.example.com",
    "https://",
    "https:///path",
    "https://user:pass@api.example.com",
    "https://api.example.com?x=1",
    "https://api.example.com#frag",
    "https://[::1",
    "https://api.example.com\r\n/x",
    "https://api.exa\tmple.com",
    "https://api.example.com/a b",
    "http://proxy.example.com",
    42,
    ["https://api.example.com"],
    {"no-such-product": "https://api.example.com"},
    {"api": 42},
    {"api": "http://proxy.example.com"},
]


@pytest.mark.parametrize("base_url", BAD_BASE_URLS)
def test_a_bad_base_url_is_refused(base_url: Any) -> None:
    refused(lambda: BaseUrls.build(base_url))


@pytest.mark.parametrize(
    "label", ["", "ie1.evil.com", "ie1/", "ie 1", "ie1\n", "\u0131e1", "ie\u00b9"]
)
def test_a_region_or_edge_that_is_not_a_dns_label_is_refused(label: str) -> None:
    refused(lambda: BaseUrls.build(region=label), "region")
    refused(lambda: BaseUrls.build(edge=label), "edge")


@pytest.mark.parametrize(
    "cursor",
    [
        "",
        "Messages.json?Page=1",
        "//evil.example.com/2010-04-01/Messages.json",
        "https://evil.example.com/2010-04-01/Messages.json",
        "https://api.twilio.com.evil.example.com/x",
        "https://user@api.twilio.com/x",
        "ftp://api.twilio.com/x",
        "https://[::1/x",
        "/2010-04-01/Messages.json\r\nX-Evil: 1",
        "/2010-04-01/Messages.json\tX",
        "/2010-04-01/Messages\x1f.json",
        "/2010-04-01/Messages\x7f.json",
        "/2010-04-01/Messages\x85.json",
        "/2010-04-01/Messages\u2028.json",
        "/2010-04-01/Messages\ud800.json",
    ],
)
def test_a_cursor_off_the_api_host_is_refused(cursor: str) -> None:
    refused(lambda: MSG.get_page_at(cursor), "cursor")
    refused(lambda: MED.get_page_at(cursor), "cursor")


def test_a_cursor_with_non_ascii_text_is_percent_encoded_as_utf_8() -> None:
    operation = MSG.get_page_at("/2010-04-01/Messages.json?FriendlyName=caf\u00e9&A=%41")
    assert operation.request.url == (
        "https://api.twilio.com/2010-04-01/Messages.json?FriendlyName=caf%C3%A9&A=%41"
    )


def test_a_refused_base_url_in_a_mapping_is_named_in_the_error() -> None:
    bad: Mapping[str, str] = {"monitor": "ftp://x"}
    error = refused(lambda: BaseUrls.build(bad))
    assert "ftp://x" in str(error)


def test_media_item_operations_refuse_a_missing_media_sid() -> None:
    from twilio_sansio.core.resources.media import MediaOperations

    operations = MediaOperations(config())
    for build in (operations.get, operations.delete):
        with pytest.raises(InvalidArgument, match="media_sid"):
            build("SM" + "1" * 32, None)  # type: ignore[arg-type]


def test_a_participant_label_that_utf_8_cannot_carry_is_refused() -> None:
    from twilio_sansio.core.resources.participants import ParticipantOperations

    operations = ParticipantOperations(config())
    refused(lambda: operations.get("CF" + "1" * 32, "label \ud800"), "surrogate")


@pytest.mark.parametrize(
    ("product", "path"),
    [
        (bytearray(b"api"), "/2010-04-01/Accounts.json"),
        (["api"], "/2010-04-01/Accounts.json"),
        ("api", "/2010-04-01/Accounts.json\t"),
        ("api", "/2010-04-01/Acc\x85ounts.json"),
        ("api", "/2010-04-01/\u2028.json"),
    ],
)
def test_an_endpoint_with_a_bad_product_or_a_path_unfit_for_a_url_is_refused(
    product: Any, path: str
) -> None:
    from twilio_sansio.core.resources.endpoints import EndpointOperations

    operations = EndpointOperations(config())
    refused(lambda: operations.request("GET", product, path))
    refused(lambda: operations.get_page(product, path, "calls"))


def test_an_endpoint_path_with_non_ascii_text_is_percent_encoded() -> None:
    from twilio_sansio.core.resources.endpoints import EndpointOperations

    operation = EndpointOperations(config()).request("GET", "api", "/v1/Caf\u00e9")
    assert operation.request.url == "https://api.twilio.com/v1/Caf%C3%A9"


@pytest.mark.parametrize("region", ["USA", "U", "4S", "U\nS", 42])
def test_a_malformed_default_region_is_refused_when_configuring(region: Any) -> None:
    credentials = Credentials.from_auth_token(ACCOUNT, TOKEN)
    refused(
        lambda: ClientConfig(ACCOUNT, credentials, BaseUrls.build(None), default_region=region),
        "default_region",
    )
