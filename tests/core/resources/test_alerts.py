"""Alerts (Monitor v1): every operation's request, parsing, and the OpenAPI schemas."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from tests.core._support import (
    ACCOUNT,
    ROOT,
    assert_model_covers,
    json_response,
    make_config,
    meta_page,
    openapi_schemas,
)
from twilio_sansio.core.errors import InvalidArgument, UnexpectedResponseError
from twilio_sansio.core.resources.alerts import (
    Alert,
    AlertLogLevel,
    AlertOperations,
    AlertRequestMethod,
)

ALERT = "NO" + "a" * 32
CALL = "CA" + "b" * 32
SERVICE = "PN" + "c" * 32
MONITOR_BASE = "https://monitor.example.test"
ALERTS = f"{MONITOR_BASE}/v1/Alerts"

PAYLOAD: dict[str, Any] = {
    "sid": ALERT,
    "account_sid": ACCOUNT,
    "service_sid": SERVICE,
    "resource_sid": CALL,
    "log_level": "error",
    "error_code": "11200",
    "alert_text": "Msg=HTTP%20retrieval%20failure&httpResponse=502",
    "more_info": "https://help.example.test/errors/11200",
    "request_method": "POST",
    "request_url": "https://app.example.test/voice",
    "request_variables": "CallSid=CA1&From=%2B14105551234",
    "request_headers": "X-Twilio-Signature: abc",
    "response_body": "<html>Bad gateway</html>",
    "response_headers": "Content-Type: text/html",
    "date_generated": "2025-01-09T10:00:00Z",
    "date_created": "2025-01-09T10:00:01Z",
    "date_updated": "2025-01-09T10:00:02.250Z",
    "api_version": "2010-04-01",
    "url": f"{MONITOR_BASE}/v1/Alerts/{ALERT}",
}


def operations(base_url: str | dict[str, str] | None = None) -> AlertOperations:
    urls = base_url if base_url is not None else {"api": ROOT, "monitor": MONITOR_BASE}
    return AlertOperations(make_config(urls))


# get


def test_get_fetches_the_alert_from_the_monitor_host_without_json_suffix() -> None:
    request = operations().get(ALERT).request
    assert (request.method, request.url, request.body) == ("GET", f"{ALERTS}/{ALERT}", b"")


def test_get_uses_twilios_monitor_host_by_default() -> None:
    request = AlertOperations(make_config(None)).get(ALERT).request
    assert request.url == f"https://monitor.twilio.com/v1/Alerts/{ALERT}"


def test_get_parses_every_field_of_the_alert() -> None:
    alert = operations().get(ALERT).parse(json_response(PAYLOAD))
    assert alert.sid == ALERT
    assert alert.account_sid == ACCOUNT
    assert alert.service_sid == SERVICE
    assert alert.resource_sid == CALL
    assert alert.log_level is AlertLogLevel.ERROR
    assert alert.error_code == 11200
    assert alert.alert_text == PAYLOAD["alert_text"]
    assert alert.more_info == PAYLOAD["more_info"]
    assert alert.request_method is AlertRequestMethod.POST
    assert alert.request_url == "https://app.example.test/voice"
    assert alert.request_variables == PAYLOAD["request_variables"]
    assert alert.request_headers == PAYLOAD["request_headers"]
    assert alert.response_body == PAYLOAD["response_body"]
    assert alert.response_headers == PAYLOAD["response_headers"]
    assert alert.date_generated == datetime(2025, 1, 9, 10, 0, tzinfo=UTC)
    assert alert.date_created == datetime(2025, 1, 9, 10, 0, 1, tzinfo=UTC)
    assert alert.date_updated == datetime(2025, 1, 9, 10, 0, 2, 250000, tzinfo=UTC)
    assert alert.api_version == "2010-04-01"
    assert alert.url == PAYLOAD["url"]


def test_a_log_level_twilio_adds_later_is_kept() -> None:
    level = Alert.from_json({"log_level": "critical"}).log_level
    assert level == "critical"
    assert level is not None
    assert not level.is_known


# get_page and get_page_at


def test_get_page_puts_every_filter_in_the_query() -> None:
    start = datetime(2025, 1, 9, 11, 0, tzinfo=timezone(timedelta(hours=1)))
    request = (
        operations()
        .get_page(
            log_level=AlertLogLevel.WARNING,
            start_date=start,
            end_date=date(2025, 1, 10),
            page_size=20,
            PageToken="PT1",
        )
        .request
    )
    assert (request.method, request.body) == ("GET", b"")
    assert request.url == (
        f"{ALERTS}?LogLevel=warning&StartDate=2025-01-09T10%3A00%3A00Z"
        "&EndDate=2025-01-10&PageSize=20&PageToken=PT1"
    )


def test_get_page_without_filters_has_no_query() -> None:
    assert operations().get_page().request.url == ALERTS


def test_get_page_reads_a_meta_page_and_reroots_the_absolute_next_url() -> None:
    twilio_next = "https://monitor.twilio.com/v1/Alerts?PageSize=50&Page=1&PageToken=PT1"
    body = meta_page("alerts", [PAYLOAD], twilio_next, list_url=ALERTS)
    page = operations().get_page().parse(json_response(body))
    assert [a.sid for a in page.records] == [ALERT]
    assert page.records[0].log_level is AlertLogLevel.ERROR
    assert page.cursor == twilio_next
    assert page.paging["key"] == "alerts"
    following = page.next_operation()
    assert following is not None
    assert following.request.url == f"{ALERTS}?PageSize=50&Page=1&PageToken=PT1"


def test_the_last_meta_page_has_no_next_operation() -> None:
    body = meta_page("alerts", [PAYLOAD], None, list_url=ALERTS)
    page = operations().get_page().parse(json_response(body))
    assert page.cursor is None
    assert page.next_operation() is None


def test_a_next_url_on_another_host_is_never_followed() -> None:
    body = meta_page("alerts", [PAYLOAD], "https://evil.example/v1/x", list_url=ALERTS)
    page = operations().get_page().parse(json_response(body))
    with pytest.raises(UnexpectedResponseError):
        page.next_operation()


def test_get_page_at_requests_the_cursor_on_the_monitor_host() -> None:
    cursor = f"{ALERTS}?PageSize=50&Page=2&PageToken=PT2"
    request = operations().get_page_at(cursor).request
    assert (request.method, request.url) == ("GET", cursor)


def test_get_page_at_refuses_a_cursor_on_the_api_host() -> None:
    with pytest.raises(InvalidArgument):
        operations().get_page_at(f"{ROOT}/v1/Alerts?Page=2")


# invalid input


@pytest.mark.parametrize(
    "sid", ["AC" + "a" * 32, "NO" + "a" * 31, "NO" + "q" * 32, "no" + "a" * 32, "", None]
)
def test_get_refuses_a_malformed_alert_sid(sid: Any) -> None:
    with pytest.raises(InvalidArgument):
        operations().get(sid)


@pytest.mark.parametrize(
    "filters",
    [
        {"log_level": ""},
        {"log_level": 3},
        {"start_date": datetime(2025, 1, 1)},  # naive: which timezone?
        {"page_size": 0},
        {"page_size": 1001},
    ],
)
def test_get_page_refuses_malformed_filters(filters: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgument):
        operations().get_page(**filters)


# the OpenAPI document


def test_model_and_enum_cover_the_openapi_alert_schemas() -> None:
    schemas = openapi_schemas("twilio_monitor_v1.json")
    for name in ("monitor.v1.alert", "monitor.v1.alert-instance"):
        assert_model_covers(schemas, name, Alert)
        for value in schemas[name]["properties"]["request_method"]["enum"]:
            assert AlertRequestMethod(value).is_known, value
