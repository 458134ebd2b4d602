"""Recordings of a call: every operation's request, the model's conversions, bad input."""

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
from tests.core.resources.test_calls import CALL, CALLS
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.money import Price
from twilio_sansio.core.resources.call_recordings import CallRecording, CallRecordingOperations
from twilio_sansio.core.resources.recordings import (
    CURRENT_RECORDING,
    RecordingSource,
    RecordingStatus,
)

RECORDING = "RE" + "a" * 32
OTHER = "RE" + "b" * 32
RECORDINGS = f"{CALLS}/{CALL}/Recordings"


def recordings() -> CallRecordingOperations:
    return CallRecordingOperations(make_config())


def test_create_starts_recording_with_twilios_parameters() -> None:
    operation = recordings().create(
        CALL,
        RecordingChannels="dual",
        RecordingStatusCallback="https://cb.example.com/r",
        RecordingStatusCallbackEvent=["in-progress", "completed"],
        Trim="trim-silence",
    )
    assert_request(
        operation.request,
        "POST",
        f"{RECORDINGS}.json",
        b"RecordingChannels=dual&RecordingStatusCallback=https%3A%2F%2Fcb.example.com%2Fr"
        b"&RecordingStatusCallbackEvent=in-progress&RecordingStatusCallbackEvent=completed"
        b"&Trim=trim-silence",
    )


def test_create_without_parameters_sends_an_empty_form() -> None:
    request = recordings().create(CALL).request
    assert request.method == "POST"
    assert request.url == f"{RECORDINGS}.json"
    assert request.body == b""
    assert request.header("content-type") == "application/x-www-form-urlencoded"


def test_get_fetches_one_recording_of_the_call() -> None:
    assert_request(
        recordings().get(CALL, RECORDING).request, "GET", f"{RECORDINGS}/{RECORDING}.json"
    )


def test_update_posts_status_and_pause_behavior() -> None:
    operation = recordings().update(CALL, RECORDING, Status="paused", PauseBehavior="skip")
    assert_request(
        operation.request,
        "POST",
        f"{RECORDINGS}/{RECORDING}.json",
        b"Status=paused&PauseBehavior=skip",
    )


def test_update_addresses_the_current_recording_by_twilios_name() -> None:
    operation = recordings().update(CALL, CURRENT_RECORDING, Status=RecordingStatus.STOPPED)
    assert_request(
        operation.request,
        "POST",
        f"{RECORDINGS}/Twilio.CURRENT.json",
        b"Status=stopped",
    )


def test_update_needs_a_status() -> None:
    with pytest.raises(InvalidArgument):
        recordings().update(CALL, RECORDING, PauseBehavior="skip")


def test_delete_sends_delete_and_takes_404_as_done() -> None:
    operation = recordings().delete(CALL, RECORDING)
    assert_request(operation.request, "DELETE", f"{RECORDINGS}/{RECORDING}.json")
    assert operation.parse(json_response({"code": 20404, "status": 404}, 404)) is None


BAD_CALLS = ["", "CA1", RECORDING, "CA" + "z" * 32, None]
BAD_RECORDINGS = ["", "RE1", CALL, "twilio.current", "../x", None]


@pytest.mark.parametrize("call_sid", BAD_CALLS)
def test_every_operation_refuses_a_bad_call_sid(call_sid: Any) -> None:
    operations = recordings()
    for build in (
        lambda: operations.create(call_sid),
        lambda: operations.get(call_sid, RECORDING),
        lambda: operations.update(call_sid, RECORDING, Status="paused"),
        lambda: operations.delete(call_sid, RECORDING),
        lambda: operations.get_page(call_sid),
    ):
        with pytest.raises(InvalidArgument):
            build()


@pytest.mark.parametrize("sid", BAD_RECORDINGS)
def test_operations_on_one_recording_refuse_a_bad_recording_sid(sid: Any) -> None:
    operations = recordings()
    for build in (
        lambda: operations.get(CALL, sid),
        lambda: operations.update(CALL, sid, Status="paused"),
        lambda: operations.delete(CALL, sid),
    ):
        with pytest.raises(InvalidArgument):
            build()


def test_get_and_delete_take_only_a_recording_sid_not_the_current_marker() -> None:
    with pytest.raises(InvalidArgument):
        recordings().get(CALL, CURRENT_RECORDING)
    with pytest.raises(InvalidArgument):
        recordings().delete(CALL, CURRENT_RECORDING)


def test_get_page_encodes_the_date_filters() -> None:
    operation = recordings().get_page(
        CALL,
        date_created=date(2024, 1, 2),
        date_created_after=date(2024, 1, 1),
        date_created_before=datetime(2024, 1, 3, 23, 0, tzinfo=UTC),
        page_size=5,
    )
    assert_request(
        operation.request,
        "GET",
        f"{RECORDINGS}.json?DateCreated=2024-01-02&DateCreated%3E=2024-01-01"
        "&DateCreated%3C=2024-01-03T23%3A00%3A00Z&PageSize=5",
    )


@pytest.mark.parametrize("filters", [{"page_size": 0}, {"date_created": datetime(2024, 1, 1)}])
def test_get_page_refuses_bad_filters(filters: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgument):
        recordings().get_page(CALL, **filters)


def test_get_page_parses_records_and_follows_the_next_uri() -> None:
    next_uri = f"/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}/Recordings.json?Page=1&PageToken=P"
    body = page_2010("recordings", [{"sid": RECORDING}, {"sid": OTHER}], next_uri)
    page = recordings().get_page(CALL).parse(json_response(body))
    assert [recording.sid for recording in page] == [RECORDING, OTHER]
    following = page.next_operation()
    assert following is not None
    assert_request(following.request, "GET", ROOT + next_uri)


def test_get_page_at_resumes_from_a_cursor() -> None:
    cursor = f"/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}/Recordings.json?Page=2&PageToken=P"
    assert_request(recordings().get_page_at(cursor).request, "GET", ROOT + cursor)


FULL_RECORDING: dict[str, Any] = {
    "account_sid": ACCOUNT,
    "api_version": "2010-04-01",
    "call_sid": CALL,
    "conference_sid": "CF" + "c" * 32,
    "date_created": WHEN,
    "date_updated": "Tue, 02 Jan 2024 03:04:09 +0000",
    "start_time": "Tue, 02 Jan 2024 03:04:06 +0000",
    "duration": "12",
    "sid": RECORDING,
    "price": -0.0025,
    "uri": f"/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}/Recordings/{RECORDING}.json",
    "encryption_details": {"type": "rsa-aes", "public_key_sid": "CR" + "d" * 32},
    "price_unit": "USD",
    "status": "completed",
    "channels": 2,
    "source": "StartCallRecordingAPI",
    "error_code": None,
    "track": "both",
}


def test_every_recording_field_is_converted() -> None:
    operation = recordings().get(CALL, RECORDING)
    recording = operation.parse(json_response(FULL_RECORDING))
    assert recording.to_dict() == {
        "sid": RECORDING,
        "account_sid": ACCOUNT,
        "call_sid": CALL,
        "conference_sid": "CF" + "c" * 32,
        "status": RecordingStatus.COMPLETED,
        "source": RecordingSource.START_CALL_RECORDING_API,
        "channels": 2,
        "track": "both",
        "start_time": datetime(2024, 1, 2, 3, 4, 6, tzinfo=UTC),
        "duration": timedelta(seconds=12),
        "price": Price(Decimal("-0.0025"), "USD"),
        "price_unit": "USD",
        "error_code": None,
        "encryption_details": {"type": "rsa-aes", "public_key_sid": "CR" + "d" * 32},
        "date_created": WHEN_DT,
        "date_updated": datetime(2024, 1, 2, 3, 4, 9, tzinfo=UTC),
        "api_version": "2010-04-01",
        "uri": f"/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}/Recordings/{RECORDING}.json",
    }


def test_an_absent_recording_reports_its_error_code() -> None:
    recording = CallRecording.from_json({"status": "absent", "error_code": "16105"})
    assert recording.status is RecordingStatus.ABSENT
    assert recording.error_code == 16105


def test_create_and_update_parse_the_recording_twilio_returns() -> None:
    created = recordings().create(CALL).parse(json_response(FULL_RECORDING, 201))
    updated = recordings().update(CALL, RECORDING, Status="stopped")
    assert created.sid == updated.parse(json_response(FULL_RECORDING)).sid == RECORDING


def test_call_recording_model_and_enums_cover_the_openapi_document() -> None:
    schemas = openapi_schemas()
    assert_model_covers(schemas, "api.v2010.account.call.call_recording", CallRecording)
    assert_enum_covers(schemas, "call_recording_enum_status", RecordingStatus)
    assert_enum_covers(schemas, "call_recording_enum_source", RecordingSource)
