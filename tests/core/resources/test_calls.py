"""Calls: every operation's request byte for byte, the model's conversions, bad input."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from tests.core._support import (
    ACCOUNT,
    ROOT,
    WHEN,
    WHEN_DT,
    assert_enum_covers,
    assert_model_covers,
    assert_request,
    json_response,
    make_config,
    openapi_schemas,
    page_2010,
)
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.http import Response
from twilio_sansio.core.money import Price
from twilio_sansio.core.resources.calls import Call, CallOperations, CallStatus

CALL = "CA" + "1" * 32
PARENT = "CA" + "2" * 32
APPLICATION = "AP" + "3" * 32
ACCOUNT_URL = f"{ROOT}/2010-04-01/Accounts/{ACCOUNT}"
CALLS = f"{ACCOUNT_URL}/Calls"
FROM = "+14105551234"
TO = "+12025550123"


def calls(default_region: str | None = None) -> CallOperations:
    return CallOperations(make_config(default_region=default_region))


# make_call and create


def test_make_call_with_a_url_posts_from_to_url_and_extra_params() -> None:
    operation = calls().make_call(
        FROM,
        TO,
        "https://example.com/twiml?a=1&b=2",
        StatusCallback="https://cb.example.com/s",
        StatusCallbackEvent=["initiated", "answered"],
        Record=True,
        Timeout=30,
    )
    assert_request(
        operation.request,
        "POST",
        f"{CALLS}.json",
        b"From=%2B14105551234&To=%2B12025550123"
        b"&Url=https%3A%2F%2Fexample.com%2Ftwiml%3Fa%3D1%26b%3D2"
        b"&StatusCallback=https%3A%2F%2Fcb.example.com%2Fs"
        b"&StatusCallbackEvent=initiated&StatusCallbackEvent=answered"
        b"&Record=true&Timeout=30",
    )


def test_make_call_with_inline_twiml_sends_twiml() -> None:
    operation = calls().make_call(FROM, TO, twiml="<Response><Say>Hi</Say></Response>")
    assert operation.request.body == (
        b"From=%2B14105551234&To=%2B12025550123"
        b"&Twiml=%3CResponse%3E%3CSay%3EHi%3C%2FSay%3E%3C%2FResponse%3E"
    )


def test_make_call_with_an_application_sends_its_sid() -> None:
    operation = calls().make_call(FROM, TO, application_sid=APPLICATION)
    assert operation.request.body == (
        f"From=%2B14105551234&To=%2B12025550123&ApplicationSid={APPLICATION}".encode()
    )


def test_make_call_accepts_the_handler_by_twilios_name_in_params() -> None:
    operation = calls().make_call(FROM, TO, Url="https://example.com/t")
    assert operation.request.body == (
        b"From=%2B14105551234&To=%2B12025550123&Url=https%3A%2F%2Fexample.com%2Ft"
    )


@pytest.mark.parametrize("to", ["client:alice", "sip:alice@example.com"])
def test_make_call_passes_client_and_sip_addresses_through(to: str) -> None:
    operation = calls().make_call(FROM, to, "https://example.com/t")
    encoded = to.replace(":", "%3A").replace("@", "%40")
    assert f"&To={encoded}&".encode() in operation.request.body


def test_make_call_writes_national_numbers_in_e164_with_the_default_region() -> None:
    operation = calls("US").make_call("(410) 555-1234", "202-555-0123", "https://e.test/t")
    assert operation.request.body.startswith(b"From=%2B14105551234&To=%2B12025550123&")


@pytest.mark.parametrize(
    "handlers",
    [
        {},
        {"url": "https://e.test/t", "twiml": "<Response/>"},
        {"url": "https://e.test/t", "application_sid": APPLICATION},
        {"twiml": "<Response/>", "application_sid": APPLICATION},
        {"twiml": "<Response/>", "Url": "https://e.test/t"},
        {"url": "https://e.test/t", "Url": "https://e.test/u"},
    ],
)
def test_make_call_needs_exactly_one_handler(handlers: dict[str, str]) -> None:
    with pytest.raises(InvalidArgument):
        calls().make_call(FROM, TO, **handlers)


@pytest.mark.parametrize("name", ["From", "To"])
def test_make_call_refuses_an_address_given_twice(name: str) -> None:
    with pytest.raises(InvalidArgument):
        calls().make_call(FROM, TO, "https://e.test/t", **{name: FROM})


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        ((FROM, TO, ""), {}),
        ((FROM, TO), {"twiml": ""}),
        ((FROM, TO), {"application_sid": "AP123"}),
        ((FROM, TO), {"application_sid": CALL}),
        ((FROM, "+1 555", "https://e.test/t"), {}),
        (("", TO, "https://e.test/t"), {}),
        ((FROM, TO, "https://e.test/t\x00"), {}),
    ],
)
def test_make_call_refuses_bad_input(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgument):
        calls().make_call(*args, **kwargs)


def test_create_posts_twilios_names_with_normalized_addresses() -> None:
    operation = calls("US").create(To="2025550123", From="client:bob", Twiml="<Response/>")
    assert_request(
        operation.request,
        "POST",
        f"{CALLS}.json",
        b"To=%2B12025550123&From=client%3Abob&Twiml=%3CResponse%2F%3E",
    )


@pytest.mark.parametrize(
    "params",
    [{"From": FROM}, {"To": TO}, {"To": TO, "From": 5}, {"To": ["a"], "From": FROM}],
)
def test_create_needs_string_to_and_from(params: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgument):
        calls().create(**params)


# get, update, helpers, delete


def test_get_fetches_one_call() -> None:
    assert_request(calls().get(CALL).request, "GET", f"{CALLS}/{CALL}.json")


def test_update_posts_twilios_parameters() -> None:
    operation = calls().update(CALL, Twiml="<Response/>", TimeLimit=60)
    assert_request(
        operation.request,
        "POST",
        f"{CALLS}/{CALL}.json",
        b"Twiml=%3CResponse%2F%3E&TimeLimit=60",
    )


def test_cancel_sets_status_canceled() -> None:
    operation = calls().cancel(CALL)
    assert_request(operation.request, "POST", f"{CALLS}/{CALL}.json", b"Status=canceled")


def test_hangup_sets_status_completed() -> None:
    operation = calls().hangup(CALL)
    assert_request(operation.request, "POST", f"{CALLS}/{CALL}.json", b"Status=completed")


def test_redirect_sets_the_url() -> None:
    operation = calls().redirect(CALL, "https://example.com/next?x=1")
    assert_request(
        operation.request,
        "POST",
        f"{CALLS}/{CALL}.json",
        b"Url=https%3A%2F%2Fexample.com%2Fnext%3Fx%3D1",
    )


def test_delete_sends_delete_and_takes_404_as_done() -> None:
    operation = calls().delete(CALL)
    assert_request(operation.request, "DELETE", f"{CALLS}/{CALL}.json")
    assert operation.parse(Response(204)) is None
    assert operation.parse(json_response({"code": 20404, "status": 404}, 404)) is None


@pytest.mark.parametrize(
    "sid", ["", "CA123", "SM" + "1" * 32, "CA" + "g" * 32, "CA" + "1" * 33, "../x", None, 7]
)
@pytest.mark.parametrize("method", ["get", "update", "cancel", "hangup", "delete"])
def test_operations_on_one_call_refuse_a_bad_sid(method: str, sid: Any) -> None:
    with pytest.raises(InvalidArgument):
        getattr(calls(), method)(sid)


def test_redirect_refuses_a_bad_sid_or_an_empty_url() -> None:
    with pytest.raises(InvalidArgument):
        calls().redirect("CA1", "https://e.test/t")
    with pytest.raises(InvalidArgument):
        calls().redirect(CALL, "")


# get_page and get_page_at


def test_get_page_without_filters_lists_calls() -> None:
    assert_request(calls().get_page().request, "GET", f"{CALLS}.json")


def test_get_page_encodes_every_filter_with_twilios_names() -> None:
    operation = calls().get_page(
        to="client:alice",
        from_=FROM,
        status=CallStatus.NO_ANSWER,
        parent_call_sid=PARENT,
        start_time=date(2024, 1, 2),
        start_time_after=datetime(2024, 1, 1, 12, 0, tzinfo=UTC),
        start_time_before=date(2024, 1, 3),
        end_time=date(2024, 2, 1),
        end_time_after=date(2024, 2, 2),
        end_time_before=datetime(2024, 2, 3, 4, 5, 6, tzinfo=UTC),
        page_size=20,
        Page=3,
    )
    assert_request(
        operation.request,
        "GET",
        f"{CALLS}.json?To=client%3Aalice&From=%2B14105551234&Status=no-answer"
        f"&ParentCallSid={PARENT}&StartTime=2024-01-02&StartTime%3E=2024-01-01T12%3A00%3A00Z"
        "&StartTime%3C=2024-01-03&EndTime=2024-02-01&EndTime%3E=2024-02-02"
        "&EndTime%3C=2024-02-03T04%3A05%3A06Z&PageSize=20&Page=3",
    )


@pytest.mark.parametrize(
    "filters",
    [
        {"parent_call_sid": "CA12"},
        {"parent_call_sid": APPLICATION},
        {"page_size": 0},
        {"page_size": 1001},
        {"status": ""},
        {"status": 3},
        {"to": "+1 555"},
        {"start_time_after": datetime(2024, 1, 1)},  # naive
    ],
)
def test_get_page_refuses_bad_filters(filters: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgument):
        calls().get_page(**filters)


def test_get_page_parses_records_and_follows_the_next_uri() -> None:
    operation = calls().get_page(page_size=2)
    next_uri = f"/2010-04-01/Accounts/{ACCOUNT}/Calls.json?PageSize=2&Page=1&PageToken=PA9"
    body = page_2010("calls", [{"sid": CALL, "status": "ringing"}, {"sid": PARENT}], next_uri)
    page = operation.parse(json_response(body))
    assert [call.sid for call in page] == [CALL, PARENT]
    assert page.records[0].status is CallStatus.RINGING
    assert page.cursor == next_uri
    following = page.next_operation()
    assert following is not None
    assert_request(following.request, "GET", ROOT + next_uri)


def test_get_page_at_resumes_from_a_cursor() -> None:
    cursor = f"/2010-04-01/Accounts/{ACCOUNT}/Calls.json?Page=4&PageToken=PA1"
    assert_request(calls().get_page_at(cursor).request, "GET", ROOT + cursor)


def test_get_page_at_refuses_a_cursor_on_another_host() -> None:
    with pytest.raises(InvalidArgument):
        calls().get_page_at("https://evil.example/2010-04-01/Accounts/x/Calls.json")


# The model


FULL_CALL: dict[str, Any] = {
    "sid": CALL,
    "date_created": WHEN,
    "date_updated": "Tue, 02 Jan 2024 03:05:00 +0000",
    "parent_call_sid": PARENT,
    "account_sid": ACCOUNT,
    "to": TO,
    "to_formatted": "(202) 555-0123",
    "from": FROM,
    "from_formatted": "(410) 555-1234",
    "phone_number_sid": "PN" + "4" * 32,
    "status": "completed",
    "start_time": WHEN,
    "end_time": "Tue, 02 Jan 2024 03:05:35 +0000",
    "duration": "90",
    "price": "-0.02600",
    "price_unit": "USD",
    "direction": "outbound-api",
    "answered_by": "human",
    "api_version": "2010-04-01",
    "forwarded_from": "+14155550000",
    "group_sid": "GP" + "5" * 32,
    "caller_name": "ALICE",
    "queue_time": "1500",
    "trunk_sid": "TK" + "6" * 32,
    "uri": f"/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}.json",
    "subresource_uris": {"recordings": "/r.json"},
    "unknown_later_field": 1,
}


def test_every_call_field_is_converted() -> None:
    operation = calls().get(CALL)
    call = operation.parse(json_response(FULL_CALL))
    assert call.to_dict() == {
        "sid": CALL,
        "account_sid": ACCOUNT,
        "parent_call_sid": PARENT,
        "phone_number_sid": "PN" + "4" * 32,
        "group_sid": "GP" + "5" * 32,
        "trunk_sid": "TK" + "6" * 32,
        "to": TO,
        "to_formatted": "(202) 555-0123",
        "from_": FROM,
        "from_formatted": "(410) 555-1234",
        "forwarded_from": "+14155550000",
        "caller_name": "ALICE",
        "status": CallStatus.COMPLETED,
        "direction": "outbound-api",
        "answered_by": "human",
        "start_time": WHEN_DT,
        "end_time": datetime(2024, 1, 2, 3, 5, 35, tzinfo=UTC),
        "duration": timedelta(seconds=90),
        "queue_time": timedelta(milliseconds=1500),
        "price": Price(Decimal("-0.02600"), "USD"),
        "price_unit": "USD",
        "date_created": WHEN_DT,
        "date_updated": datetime(2024, 1, 2, 3, 5, tzinfo=UTC),
        "api_version": "2010-04-01",
        "uri": f"/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}.json",
        "subresource_uris": {"recordings": "/r.json"},
    }
    assert call.raw["unknown_later_field"] == 1
    assert call.ended
    assert not call.ended_unsuccessfully


def test_a_call_in_progress_has_nulls_where_twilio_sends_them() -> None:
    call = Call.from_json({"sid": CALL, "status": "in-progress", "duration": None, "price": None})
    assert call.duration is None
    assert call.price is None
    assert call.end_time is None
    assert call.queue_time is None
    assert not call.ended
    assert not call.ended_unsuccessfully


@pytest.mark.parametrize(
    ("status", "ended", "unsuccessful"),
    [
        ("queued", False, False),
        ("ringing", False, False),
        ("in-progress", False, False),
        ("completed", True, False),
        ("canceled", True, True),
        ("failed", True, True),
        ("busy", True, True),
        ("no-answer", True, True),
        ("some-new-status", False, False),
    ],
)
def test_ended_and_ended_unsuccessfully_follow_the_status(
    status: str, ended: bool, unsuccessful: bool
) -> None:
    call = Call.from_json({"status": status})
    assert call.ended is ended
    assert call.ended_unsuccessfully is unsuccessful


def test_a_status_twilio_adds_later_is_kept() -> None:
    status = Call.from_json({"status": "some-new-status"}).status
    assert status == "some-new-status"
    assert status is not None
    assert not status.is_known


def test_create_and_update_parse_the_call_twilio_returns() -> None:
    created = calls().make_call(FROM, TO, "https://e.test/t").parse(json_response(FULL_CALL, 201))
    updated = calls().hangup(CALL).parse(json_response(FULL_CALL))
    assert created.sid == updated.sid == CALL


# Conformance with Twilio's OpenAPI document


def test_call_model_and_status_cover_the_openapi_document() -> None:
    schemas = openapi_schemas()
    assert_model_covers(schemas, "api.v2010.account.call", Call)
    assert_enum_covers(schemas, "call_enum_status", CallStatus)
    assert_enum_covers(schemas, "call_enum_update_status", CallStatus)
