"""Parsing responses: records, errors, deletes and pages of both shapes."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from tests.core._support import JSON_HEADERS, json_response, make_config, meta_page, page_2010
from twilio_sansio.core.config import ClientConfig
from twilio_sansio.core.errors import APIError, InvalidArgument, UnexpectedResponseError
from twilio_sansio.core.http import Request, Response
from twilio_sansio.core.model import Record, Text
from twilio_sansio.core.money import Price
from twilio_sansio.core.paging import Lister, Page
from twilio_sansio.core.resources.media import Media, MediaOperations
from twilio_sansio.core.resources.messages import (
    Message,
    MessageDirection,
    MessageOperations,
    MessageStatus,
)

ACCOUNT = "AC0123456789abcdef0123456789abcdef"
TOKEN = "not-a-real-auth-token"
MESSAGE = "SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
MESSAGE_2 = "SMbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
MEDIA = "ME11111111111111111111111111111111"
SERVICE = "MGcccccccccccccccccccccccccccccccc"
BASE = f"/2010-04-01/Accounts/{ACCOUNT}"

MESSAGE_JSON: dict[str, Any] = {
    "account_sid": ACCOUNT,
    "api_version": "2010-04-01",
    "body": "Hello from the tests",
    "date_created": "Mon, 04 Mar 2024 10:20:30 +0000",
    "date_sent": "Mon, 04 Mar 2024 10:20:31 +0000",
    "date_updated": "Mon, 04 Mar 2024 10:20:32 +0000",
    "direction": "outbound-api",
    "error_code": None,
    "error_message": None,
    "from": "+14105551234",
    "messaging_service_sid": SERVICE,
    "num_media": "2",
    "num_segments": "1",
    "price": "-0.00750",
    "price_unit": "USD",
    "sid": MESSAGE,
    "status": "sent",
    "subresource_uris": {"media": f"{BASE}/Messages/{MESSAGE}/Media.json"},
    "to": "+12025550123",
    "uri": f"{BASE}/Messages/{MESSAGE}.json",
    "tags": {"campaign": "spring"},
    "risk_score": 0.25,
}

FAILED_JSON: dict[str, Any] = {
    **MESSAGE_JSON,
    "sid": MESSAGE_2,
    "status": "undelivered",
    "direction": "inbound",
    "error_code": 30007,
    "error_message": "Message filtered",
    "num_segments": 3,
    "price": None,
    "price_unit": None,
    "date_sent": None,
    "date_updated": "2024-03-04T10:20:32Z",
}

MEDIA_JSON: dict[str, Any] = {
    "account_sid": ACCOUNT,
    "content_type": "image/jpeg",
    "date_created": "Mon, 04 Mar 2024 10:20:30 +0000",
    "date_updated": "Mon, 04 Mar 2024 10:20:33 +0000",
    "parent_sid": MESSAGE,
    "sid": MEDIA,
    "uri": f"{BASE}/Messages/{MESSAGE}/Media/{MEDIA}.json",
    "width": 640,
}


def config(base_url: str | Mapping[str, str] | None = None) -> ClientConfig:
    return make_config(base_url, account=ACCOUNT, token=TOKEN)


def parse_message(data: object) -> Message:
    return MessageOperations(config()).get(MESSAGE).parse(json_response(data))


# Records


def test_message_model_declares_exactly_the_documented_fields() -> None:
    assert set(Message.field_names()) == {
        "sid",
        "account_sid",
        "messaging_service_sid",
        "from_",
        "to",
        "body",
        "status",
        "direction",
        "num_segments",
        "num_media",
        "price",
        "price_unit",
        "error_code",
        "error_message",
        "date_created",
        "date_updated",
        "date_sent",
        "api_version",
        "uri",
        "subresource_uris",
    }


def test_every_message_field_is_converted() -> None:
    message = parse_message(MESSAGE_JSON)
    assert message.sid == MESSAGE
    assert message.account_sid == ACCOUNT
    assert message.messaging_service_sid == SERVICE
    assert message.from_ == "+14105551234"
    assert message.to == "+12025550123"
    assert message.body == "Hello from the tests"
    assert message.status is MessageStatus.SENT
    assert message.direction is MessageDirection.OUTBOUND_API
    assert message.num_segments == 1
    assert message.num_media == 2
    assert message.price == Price(Decimal("-0.00750"), "USD")
    assert str(message.price) == "$0.0075"
    assert message.price_unit == "USD"
    assert message.error_code is None
    assert message.error_message is None
    assert message.date_created == datetime(2024, 3, 4, 10, 20, 30, tzinfo=UTC)
    assert message.date_sent == datetime(2024, 3, 4, 10, 20, 31, tzinfo=UTC)
    assert message.date_updated == datetime(2024, 3, 4, 10, 20, 32, tzinfo=UTC)
    assert message.api_version == "2010-04-01"
    assert message.uri == f"{BASE}/Messages/{MESSAGE}.json"
    assert message.subresource_uris == {"media": f"{BASE}/Messages/{MESSAGE}/Media.json"}
    assert message.ended is False


def test_counts_and_error_codes_sent_as_json_numbers_are_ints() -> None:
    message = parse_message(FAILED_JSON)
    assert message.num_segments == 3
    assert type(message.num_segments) is int
    assert type(message.num_media) is int
    assert message.error_code == 30007
    assert message.error_message == "Message filtered"
    assert message.status is MessageStatus.UNDELIVERED
    assert message.direction is MessageDirection.INBOUND
    assert message.ended is True


def test_null_price_and_timestamps_read_as_none() -> None:
    message = parse_message(FAILED_JSON)
    assert message.price is None
    assert message.price_unit is None
    assert message.date_sent is None


def test_timestamps_of_both_shapes_are_aware_utc() -> None:
    message = parse_message(FAILED_JSON)
    for value in (message.date_created, message.date_updated):
        assert value is not None
        assert value.utcoffset() is not None
        assert value.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
    assert message.date_updated == datetime(2024, 3, 4, 10, 20, 32, tzinfo=UTC)


def test_unknown_fields_are_kept_in_raw() -> None:
    message = parse_message(MESSAGE_JSON)
    assert message.raw["tags"] == {"campaign": "spring"}
    assert message.raw["risk_score"] == 0.25
    assert message.raw == MESSAGE_JSON


def test_an_unknown_status_is_kept_not_refused() -> None:
    message = parse_message({**MESSAGE_JSON, "status": "awaiting_carrier"})
    status = message.status
    assert isinstance(status, MessageStatus)
    assert status == "awaiting_carrier"
    assert status.is_known is False
    assert MessageStatus.SENT.is_known is True
    assert message.ended is False


def test_field_names_map_from_underscore_to_twilios_from() -> None:
    names = Message.field_names()
    assert names["from_"] == "from"
    assert names["sid"] == "sid"
    assert "from" not in names


def test_to_dict_uses_attribute_names_and_converted_values() -> None:
    data = parse_message(MESSAGE_JSON).to_dict()
    assert data["from_"] == "+14105551234"
    assert data["status"] is MessageStatus.SENT
    assert data["num_segments"] == 1
    assert "tags" not in data


class Key(Record):
    """A record with a secret, like an API key as Twilio returns it on creation."""

    __slots__ = ()

    sid = Text("sid")
    friendly_name = Text("friendly_name")
    secret = Text("secret", redact=True)


def test_repr_shows_fields_but_never_a_redacted_one() -> None:
    key = Key.from_json({"sid": "SK1", "friendly_name": "ci", "secret": "s3cr3t-value"})
    text = repr(key)
    assert "s3cr3t-value" not in text
    assert "secret=[redacted]" in text
    assert "sid='SK1'" in text
    assert key.secret == "s3cr3t-value"


def test_message_repr_shows_present_fields_and_omits_null_ones() -> None:
    text = repr(parse_message(FAILED_JSON))
    assert text.startswith("Message(")
    assert f"sid={MESSAGE_2!r}" in text
    assert "date_sent" not in text


def test_every_media_field_is_converted() -> None:
    operation = MediaOperations(config()).get(MESSAGE, MEDIA)
    item = operation.parse(json_response(MEDIA_JSON))
    assert isinstance(item, Media)
    assert item.sid == MEDIA
    assert item.account_sid == ACCOUNT
    assert item.parent_sid == MESSAGE
    assert item.content_type == "image/jpeg"
    assert item.date_created == datetime(2024, 3, 4, 10, 20, 30, tzinfo=UTC)
    assert item.date_updated == datetime(2024, 3, 4, 10, 20, 33, tzinfo=UTC)
    assert item.uri == f"{BASE}/Messages/{MESSAGE}/Media/{MEDIA}.json"
    assert item.raw["width"] == 640
    assert set(Media.field_names()) == {
        "sid",
        "account_sid",
        "parent_sid",
        "content_type",
        "date_created",
        "date_updated",
        "uri",
    }


# Errors

NOT_FOUND = {
    "code": 20404,
    "message": f"The requested resource {BASE}/Messages/{MESSAGE}.json was not found",
    "more_info": "https://www.twilio.com/docs/errors/20404",
    "status": 404,
}


def test_twilios_404_becomes_an_api_error_with_everything_twilio_said() -> None:
    operation = MessageOperations(config()).get(MESSAGE)
    with pytest.raises(APIError) as info:
        operation.parse(json_response(NOT_FOUND, 404))
    error = info.value
    assert error.status == 404
    assert error.code == 20404
    assert error.message == NOT_FOUND["message"]
    assert error.more_info == "https://www.twilio.com/docs/errors/20404"
    assert error.method == "GET"
    assert error.url == operation.request.url
    assert error.title == error.message
    assert error.type == error.more_info
    assert "20404" in str(error)
    assert operation.request.url in str(error)


def test_an_rfc_9457_problem_document_becomes_an_api_error() -> None:
    problem = {
        "type": "https://www.twilio.com/docs/errors/20001",
        "title": "Invalid parameter",
        "detail": "PageSize must be at most 1000",
        "instance": "/v1/Alerts",
        "code": 20001,
        "errors": [{"field": "PageSize", "detail": "too large"}, "not an object"],
        "status": 400,
    }
    operation = MessageOperations(config()).send_message("+14105551234", "+12025550123", "x")
    response = json_response(problem, 400, [("content-type", "application/problem+json")])
    with pytest.raises(APIError) as info:
        operation.parse(response)
    error = info.value
    assert error.status == 400
    assert error.code == 20001
    assert error.message == "Invalid parameter"
    assert error.title == "Invalid parameter"
    assert error.more_info == "https://www.twilio.com/docs/errors/20001"
    assert error.type == "https://www.twilio.com/docs/errors/20001"
    assert error.detail == "PageSize must be at most 1000"
    assert error.instance == "/v1/Alerts"
    assert error.errors == ({"field": "PageSize", "detail": "too large"},)
    assert error.method == "POST"
    assert error.body == problem


def test_an_error_code_sent_as_a_digit_string_is_an_int() -> None:
    operation = MessageOperations(config()).get(MESSAGE)
    with pytest.raises(APIError) as info:
        operation.parse(json_response({"code": "21211", "message": "Invalid To"}, 400))
    assert info.value.code == 21211


@pytest.mark.parametrize("code", ["\u00b2", "1" * 5000, "12a", True, 1.5, None])
def test_an_error_code_that_is_no_integer_is_dropped_not_fatal(code: object) -> None:
    operation = MessageOperations(config()).get(MESSAGE)
    with pytest.raises(APIError) as info:
        operation.parse(json_response({"code": code, "message": "Bad"}, 400))
    assert info.value.code is None
    assert info.value.message == "Bad"


HTML = b"<html><head><title>502 Bad Gateway</title></head><body>" + b"x" * 500 + b"</body></html>"


def test_an_html_502_becomes_an_unexpected_response_with_an_excerpt() -> None:
    operation = MessageOperations(config()).get(MESSAGE)
    with pytest.raises(UnexpectedResponseError) as info:
        operation.parse(Response(502, [("content-type", "text/html")], HTML))
    error = info.value
    assert error.status == 502
    assert error.excerpt == HTML[:200].decode()
    assert error.url == operation.request.url


def test_invalid_json_on_a_200_is_an_unexpected_response() -> None:
    with pytest.raises(UnexpectedResponseError) as info:
        MessageOperations(config()).get(MESSAGE).parse(
            Response(200, JSON_HEADERS, b'{"sid": "SM' + b"a" * 10)
        )
    assert info.value.status == 200
    assert info.value.excerpt.startswith('{"sid": "SM')


@pytest.mark.parametrize("data", [[MESSAGE_JSON], "text", 42, None])
def test_json_that_is_not_an_object_on_a_200_is_an_unexpected_response(data: object) -> None:
    with pytest.raises(UnexpectedResponseError) as info:
        parse_message(data)
    assert info.value.status == 200


def test_a_json_error_body_without_twilios_fields_is_an_unexpected_response() -> None:
    with pytest.raises(UnexpectedResponseError) as info:
        MessageOperations(config()).get(MESSAGE).parse(json_response({"oops": True}, 503))
    assert info.value.status == 503


# Delete


@pytest.mark.parametrize("status", [200, 204])
def test_delete_returns_none_on_success(status: int) -> None:
    assert MessageOperations(config()).delete(MESSAGE).parse(Response(status)) is None


def test_delete_of_a_resource_already_gone_returns_none() -> None:
    operation = MediaOperations(config()).delete(MESSAGE, MEDIA)
    assert operation.parse(json_response(NOT_FOUND, 404)) is None
    assert MessageOperations(config()).delete(MESSAGE).parse(json_response(NOT_FOUND, 404)) is None


def test_delete_that_fails_otherwise_raises_api_error() -> None:
    body = {"code": 20500, "message": "Internal Server Error", "status": 500}
    with pytest.raises(APIError) as info:
        MessageOperations(config()).delete(MESSAGE).parse(json_response(body, 500))
    assert info.value.status == 500
    assert info.value.code == 20500
    assert info.value.method == "DELETE"


# Pages

NEXT_URI = f"{BASE}/Messages.json?PageSize=2&Page=1&PageToken=PASMbbbb"


def messages_page(records: list[Any], next_uri: str | None) -> Response:
    first = f"{BASE}/Messages.json?PageSize=2&Page=0"
    return json_response(page_2010("messages", records, next_uri, uri=first))


def test_an_api_2010_page_reads_records_and_reroots_the_next_uri_on_the_base_url() -> None:
    operations = MessageOperations(config("https://proxy.example.com/twilio"))
    operation = operations.get_page(page_size=2)
    page = operation.parse(messages_page([MESSAGE_JSON, FAILED_JSON], NEXT_URI))
    assert [m.sid for m in page.records] == [MESSAGE, MESSAGE_2]
    assert all(isinstance(m, Message) for m in page)
    assert len(page) == 2
    assert page.page == 0
    assert page.page_size == 2
    assert page.paging["next_page_uri"] == NEXT_URI
    assert page.cursor == NEXT_URI
    assert page.has_next is True
    following = page.next_operation()
    assert following is not None
    assert following.request.method == "GET"
    assert following.request.url == "https://proxy.example.com/twilio" + NEXT_URI
    assert following.request.headers == operation.request.headers


class Alert(Record):
    """A minimal Monitor alert, enough to read a newer-API page."""

    __slots__ = ()

    sid = Text("sid")


MONITOR_ALERTS = "https://monitor.twilio.com/v1/Alerts"


def alerts_page(records: list[Any], next_url: str | None) -> Response:
    page = meta_page("alerts", records, next_url, list_url=MONITOR_ALERTS, page=3, page_size=1)
    return json_response(page)


def alert_lister(base_url: str | Mapping[str, str] | None) -> Lister[Alert]:
    # The lister's own key differs from meta.key, which must win.
    return Lister(config(base_url), "monitor", "records", Alert.from_json)


MONITOR_NEXT = f"{MONITOR_ALERTS}?PageSize=1&Page=4&PageToken=PANO"


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        (None, MONITOR_NEXT),
        (
            "https://proxy.example.com/tw",
            "https://proxy.example.com/tw/v1/Alerts?PageSize=1&Page=4&PageToken=PANO",
        ),
        (
            {"monitor": "http://127.0.0.1:9000/m"},
            "http://127.0.0.1:9000/m/v1/Alerts?PageSize=1&Page=4&PageToken=PANO",
        ),
    ],
)
def test_a_newer_api_page_reads_meta_and_reroots_the_absolute_next_url(
    base_url: str | Mapping[str, str] | None, expected: str
) -> None:
    lister = alert_lister(base_url)
    first = lister.first("/v1/Alerts", {"PageSize": 1})
    page = first.parse(alerts_page([{"sid": "NO1"}], MONITOR_NEXT))
    assert [a.sid for a in page] == ["NO1"]
    assert page.page == 3
    assert page.page_size == 1
    assert page.cursor == MONITOR_NEXT
    following = page.next_operation()
    assert following is not None
    assert following.request.url == expected
    assert following.request.header("authorization") == first.request.header("authorization")


def test_an_absolute_next_url_on_the_configured_host_keeps_a_single_prefix() -> None:
    lister = alert_lister("https://proxy.example.com/tw")
    own = "https://proxy.example.com/tw/v1/Alerts?Page=4"
    page = lister.first("/v1/Alerts", {}).parse(alerts_page([{"sid": "x"}], own))
    following = page.next_operation()
    assert following is not None
    assert following.request.url == own


def test_the_last_page_has_no_next_operation_and_no_cursor() -> None:
    operation = MessageOperations(config()).get_page()
    page = operation.parse(messages_page([MESSAGE_JSON], None))
    assert page.cursor is None
    assert page.has_next is False
    assert page.next_operation() is None
    meta = alert_lister(None).first("/v1/Alerts", {})
    last = meta.parse(alerts_page([{"sid": "x"}], None))
    assert last.cursor is None
    assert last.next_operation() is None


def test_an_empty_page_with_a_next_uri_has_a_next_page() -> None:
    # A page says what Twilio sent; the paging state bounds runs of empty pages.
    operation = MessageOperations(config()).get_page()
    page = operation.parse(messages_page([], NEXT_URI))
    assert page.records == []
    assert page.has_next is True
    following = page.next_operation()
    assert following is not None
    assert following.request.url.endswith(NEXT_URI)


@pytest.mark.parametrize(
    "next_uri",
    [
        "https://evil.example.com/2010-04-01/Messages.json?Page=1",
        "//evil.example.com/2010-04-01/Messages.json",
        "https://api.twilio.com@evil.example.com/x",
        "https://api.twilio.com.evil.example.com/x",
        "https://[::1/x",
        "javascript:alert(1)",
    ],
)
def test_a_next_uri_on_another_host_is_refused_without_building_a_request(
    next_uri: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    operation = MessageOperations(config()).get_page()
    page = operation.parse(messages_page([MESSAGE_JSON], next_uri))
    built: list[str] = []

    def spy(self: ClientConfig, method: str, url: str, **kwargs: Any) -> Request:
        built.append(url)
        raise AssertionError("a request was built")

    monkeypatch.setattr(ClientConfig, "request_for_url", spy)
    with pytest.raises(UnexpectedResponseError) as info:
        page.next_operation()
    assert built == []
    assert TOKEN not in str(info.value)


def test_a_cursor_resumes_exactly_where_next_operation_would() -> None:
    operations = MessageOperations(config("https://proxy.example.com/twilio"))
    page = operations.get_page().parse(messages_page([MESSAGE_JSON], NEXT_URI))
    assert page.cursor is not None
    following = page.next_operation()
    assert following is not None
    assert operations.get_page_at(page.cursor).request == following.request
    assert operations.lister.at(page.cursor).request == following.request


def test_a_foreign_cursor_is_an_invalid_argument() -> None:
    lister = MessageOperations(config()).lister
    with pytest.raises(InvalidArgument, match="cursor"):
        lister.at("https://evil.example.com/2010-04-01/Messages.json")


@pytest.mark.parametrize(
    "data",
    [
        {"page": 0},
        {"messages": {"sid": MESSAGE}},
        {"messages": [MESSAGE_JSON, "not an object"]},
        {"messages": [MESSAGE_JSON, None]},
        {"meta": {"key": "missing"}, "messages": [MESSAGE_JSON]},
    ],
)
def test_a_page_without_its_records_or_with_a_non_object_record_is_unexpected(
    data: dict[str, Any],
) -> None:
    with pytest.raises(UnexpectedResponseError):
        MessageOperations(config()).get_page().parse(json_response(data))


def test_an_error_response_to_a_page_request_is_an_api_error() -> None:
    operation = MediaOperations(config()).get_page(MESSAGE)
    with pytest.raises(APIError) as info:
        operation.parse(json_response(NOT_FOUND, 404))
    assert info.value.status == 404
    assert info.value.url == operation.request.url


def test_a_media_page_reads_records_under_media_list() -> None:
    operation = MediaOperations(config()).get_page(MESSAGE)
    data = {"media_list": [MEDIA_JSON], "page": 0, "page_size": 50, "next_page_uri": None}
    page: Page[Media] = operation.parse(json_response(data))
    assert [m.sid for m in page] == [MEDIA]
    assert page.next_operation() is None


def test_a_records_sid_is_a_str_and_a_missing_one_is_malformed() -> None:
    from twilio_sansio.core.values import MalformedValue

    assert Message({"sid": "SM" + "a" * 32}).sid == "SM" + "a" * 32
    for raw in ({}, {"sid": None}, {"sid": ""}, {"sid": 12}):
        with pytest.raises(MalformedValue, match="expected a SID"):
            _ = Message(raw).sid
