"""Events and notifications of a call: requests, the models' conversions, bad input."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from tests.core._support import (
    ACCOUNT,
    ROOT,
    WHEN,
    WHEN_DT,
    assert_model_covers,
    assert_request,
    json_response,
    make_config,
    openapi_schemas,
    page_2010,
)
from tests.core.resources.test_calls import CALL, CALLS
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.resources.call_events import (
    CallEvent,
    CallEventOperations,
    CallNotification,
    CallNotificationOperations,
)

NOTIFICATION = "NO" + "e" * 32
EVENTS = f"{CALLS}/{CALL}/Events"
NOTIFICATIONS = f"{CALLS}/{CALL}/Notifications"
BAD_CALLS = ["", "CA1", NOTIFICATION, "CA" + "z" * 32, "../x", None]


def events() -> CallEventOperations:
    return CallEventOperations(make_config())


def notifications() -> CallNotificationOperations:
    return CallNotificationOperations(make_config())


# Events


def test_event_get_page_lists_the_events_of_a_call() -> None:
    assert_request(events().get_page(CALL).request, "GET", f"{EVENTS}.json")


def test_event_get_page_sends_the_page_size_and_extra_params() -> None:
    operation = events().get_page(CALL, page_size=10, Page=2)
    assert_request(operation.request, "GET", f"{EVENTS}.json?PageSize=10&Page=2")


@pytest.mark.parametrize("call_sid", BAD_CALLS)
def test_event_get_page_refuses_a_bad_call_sid(call_sid: Any) -> None:
    with pytest.raises(InvalidArgument):
        events().get_page(call_sid)


def test_event_get_page_refuses_a_bad_page_size() -> None:
    with pytest.raises(InvalidArgument):
        events().get_page(CALL, page_size=1001)


EVENT: dict[str, Any] = {
    "request": {"method": "POST", "url": "https://example.com/voice", "parameters": {"a": "1"}},
    "response": {"response_code": 200, "request_duration": 42, "content_type": "text/xml"},
}


def test_event_pages_parse_every_field_and_follow_the_next_uri() -> None:
    next_uri = f"/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}/Events.json?Page=1&PageToken=P"
    body = page_2010("events", [EVENT, {"request": None, "response": None}], next_uri)
    page = events().get_page(CALL).parse(json_response(body))
    first, second = page.records
    assert first.to_dict() == {"request": EVENT["request"], "response": EVENT["response"]}
    assert second.request is None
    assert second.response is None
    following = page.next_operation()
    assert following is not None
    assert_request(following.request, "GET", ROOT + next_uri)


def test_event_get_page_at_resumes_from_a_cursor() -> None:
    cursor = f"/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}/Events.json?Page=3&PageToken=P"
    assert_request(events().get_page_at(cursor).request, "GET", ROOT + cursor)


# Notifications


def test_notification_get_fetches_one_notification() -> None:
    operation = notifications().get(CALL, NOTIFICATION)
    assert_request(operation.request, "GET", f"{NOTIFICATIONS}/{NOTIFICATION}.json")


@pytest.mark.parametrize("call_sid", BAD_CALLS)
def test_notification_operations_refuse_a_bad_call_sid(call_sid: Any) -> None:
    with pytest.raises(InvalidArgument):
        notifications().get(call_sid, NOTIFICATION)
    with pytest.raises(InvalidArgument):
        notifications().get_page(call_sid)


@pytest.mark.parametrize("sid", ["", "NO1", CALL, "NO" + "z" * 32, "../x", None])
def test_notification_get_refuses_a_bad_notification_sid(sid: Any) -> None:
    with pytest.raises(InvalidArgument):
        notifications().get(CALL, sid)


def test_notification_get_page_encodes_every_filter() -> None:
    operation = notifications().get_page(
        CALL,
        log=1,
        message_date=date(2024, 1, 2),
        message_date_after=date(2024, 1, 1),
        message_date_before=datetime(2024, 1, 5, tzinfo=UTC),
        page_size=50,
    )
    assert_request(
        operation.request,
        "GET",
        f"{NOTIFICATIONS}.json?Log=1&MessageDate=2024-01-02&MessageDate%3E=2024-01-01"
        "&MessageDate%3C=2024-01-05T00%3A00%3A00Z&PageSize=50",
    )


@pytest.mark.parametrize(
    "filters",
    [{"log": True}, {"log": "0"}, {"page_size": -1}, {"message_date": datetime(2024, 1, 1)}],
)
def test_notification_get_page_refuses_bad_filters(filters: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgument):
        notifications().get_page(CALL, **filters)


FULL_NOTIFICATION: dict[str, Any] = {
    "account_sid": ACCOUNT,
    "api_version": "2010-04-01",
    "call_sid": CALL,
    "date_created": WHEN,
    "date_updated": WHEN,
    "error_code": "11200",
    "log": "0",
    "message_date": "Tue, 02 Jan 2024 03:04:00 +0000",
    "message_text": "Msg=HTTP+retrieval+failure",
    "more_info": "https://docs.example.test/errors/11200",
    "request_method": "POST",
    "request_url": "https://example.com/voice",
    "request_variables": "CallSid=x&From=y",
    "response_body": "<html>oops</html>",
    "response_headers": "Content-Type=text%2Fhtml",
    "sid": NOTIFICATION,
    "uri": f"/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}/Notifications/{NOTIFICATION}.json",
}


def test_every_notification_field_is_converted() -> None:
    operation = notifications().get(CALL, NOTIFICATION)
    notification = operation.parse(json_response(FULL_NOTIFICATION))
    assert notification.to_dict() == {
        "sid": NOTIFICATION,
        "account_sid": ACCOUNT,
        "call_sid": CALL,
        "log": 0,
        "error_code": 11200,
        "message_text": "Msg=HTTP+retrieval+failure",
        "message_date": datetime(2024, 1, 2, 3, 4, tzinfo=UTC),
        "more_info": "https://docs.example.test/errors/11200",
        "request_method": "POST",
        "request_url": "https://example.com/voice",
        "request_variables": "CallSid=x&From=y",
        "response_body": "<html>oops</html>",
        "response_headers": "Content-Type=text%2Fhtml",
        "date_created": WHEN_DT,
        "date_updated": WHEN_DT,
        "api_version": "2010-04-01",
        "uri": f"/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}/Notifications/{NOTIFICATION}.json",
    }
    assert notification.is_error


def test_notification_pages_parse_records_without_the_exchange() -> None:
    listed = {k: v for k, v in FULL_NOTIFICATION.items() if not k.startswith(("request_v", "resp"))}
    warning = {**listed, "log": "1"}
    body = page_2010("notifications", [listed, warning], None)
    page = notifications().get_page(CALL).parse(json_response(body))
    first, second = page.records
    assert first.is_error
    assert not second.is_error
    assert first.response_body is None
    assert page.next_operation() is None


def test_notification_get_page_at_resumes_from_a_cursor() -> None:
    cursor = f"/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}/Notifications.json?Page=1&PageToken=P"
    assert_request(notifications().get_page_at(cursor).request, "GET", ROOT + cursor)


def test_event_and_notification_models_cover_the_openapi_document() -> None:
    schemas = openapi_schemas()
    assert_model_covers(schemas, "api.v2010.account.call.call_event", CallEvent)
    assert_model_covers(schemas, "api.v2010.account.call.call_notification", CallNotification)
    assert_model_covers(
        schemas, "api.v2010.account.call.call_notification-instance", CallNotification
    )
