"""Conference recordings: every request byte for byte, the model's conversions, bad input."""

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
    assert_choices_cover,
    assert_request,
    json_response,
    make_config,
    openapi_schemas,
)
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.http import Response
from twilio_sansio.core.money import Price
from twilio_sansio.core.resources.conference_recordings import (
    ConferenceRecording,
    ConferenceRecordingOperations,
)
from twilio_sansio.core.resources.recordings import (
    CURRENT_RECORDING,
    RecordingSource,
    RecordingStatus,
)

CONFERENCE = "CF" + "1" * 32
CALL = "CA" + "2" * 32
RECORDING = "RE" + "3" * 32
RECORDINGS = f"{ROOT}/2010-04-01/Accounts/{ACCOUNT}/Conferences/{CONFERENCE}/Recordings"


def recordings() -> ConferenceRecordingOperations:
    return ConferenceRecordingOperations(make_config())


RECORDING_JSON: dict[str, Any] = {
    "sid": RECORDING,
    "account_sid": ACCOUNT,
    "conference_sid": CONFERENCE,
    "call_sid": CALL,
    "status": "completed",
    "source": "StartConferenceRecordingAPI",
    "channels": 2,
    "duration": "42",
    "start_time": WHEN,
    "price": "-0.0025",
    "price_unit": "USD",
    "error_code": None,
    "encryption_details": {"type": "rsa-aes", "public_key_sid": "CR" + "4" * 32},
    "date_created": WHEN,
    "date_updated": WHEN,
    "api_version": "2010-04-01",
    "uri": f"/2010-04-01/Accounts/{ACCOUNT}/Conferences/{CONFERENCE}/Recordings/{RECORDING}.json",
}


# Requests


def test_get_fetches_the_recording_json() -> None:
    operation = recordings().get(CONFERENCE, RECORDING)
    assert_request(operation.request, "GET", f"{RECORDINGS}/{RECORDING}.json")


def test_update_posts_the_status_and_twilios_parameters() -> None:
    operation = recordings().update(
        CONFERENCE, RECORDING, RecordingStatus.PAUSED, PauseBehavior="skip"
    )
    assert_request(
        operation.request,
        "POST",
        f"{RECORDINGS}/{RECORDING}.json",
        b"Status=paused&PauseBehavior=skip",
    )


def test_update_addresses_the_active_recording_as_twilio_current() -> None:
    operation = recordings().update(CONFERENCE, CURRENT_RECORDING, "stopped")
    assert_request(
        operation.request, "POST", f"{RECORDINGS}/Twilio.CURRENT.json", b"Status=stopped"
    )


def test_delete_removes_the_recording() -> None:
    operation = recordings().delete(CONFERENCE, RECORDING)
    assert_request(operation.request, "DELETE", f"{RECORDINGS}/{RECORDING}.json")


def test_get_page_sends_every_filter_by_twilios_name() -> None:
    operation = recordings().get_page(
        CONFERENCE,
        date_created=date(2024, 1, 2),
        date_created_after=datetime(2024, 1, 1, 12, tzinfo=UTC),
        date_created_before=date(2024, 1, 31),
        page_size=1000,
        PageToken="PT",
    )
    assert_request(
        operation.request,
        "GET",
        f"{RECORDINGS}.json?DateCreated=2024-01-02&DateCreated%3E=2024-01-01"
        "&DateCreated%3C=2024-01-31&PageSize=1000&PageToken=PT",
    )


def test_get_page_without_filters_asks_for_the_list() -> None:
    assert_request(recordings().get_page(CONFERENCE).request, "GET", f"{RECORDINGS}.json")


def test_get_page_at_follows_a_saved_cursor() -> None:
    cursor = f"/2010-04-01/Accounts/{ACCOUNT}/Conferences/{CONFERENCE}/Recordings.json?Page=1"
    assert_request(recordings().get_page_at(cursor).request, "GET", ROOT + cursor)


# Parsing


def test_recording_converts_every_field() -> None:
    recording = recordings().get(CONFERENCE, RECORDING).parse(json_response(RECORDING_JSON))
    assert isinstance(recording, ConferenceRecording)
    assert recording.to_dict() == {
        "sid": RECORDING,
        "account_sid": ACCOUNT,
        "conference_sid": CONFERENCE,
        "call_sid": CALL,
        "status": RecordingStatus.COMPLETED,
        "source": RecordingSource.START_CONFERENCE_RECORDING_API,
        "channels": 2,
        "duration": timedelta(seconds=42),
        "start_time": WHEN_DT,
        "price": Price(Decimal("-0.0025"), "USD"),
        "price_unit": "USD",
        "error_code": None,
        "encryption_details": {"type": "rsa-aes", "public_key_sid": "CR" + "4" * 32},
        "date_created": WHEN_DT,
        "date_updated": WHEN_DT,
        "api_version": "2010-04-01",
        "uri": RECORDING_JSON["uri"],
    }


def test_recording_reads_an_error_code_sent_as_a_string() -> None:
    assert ConferenceRecording.from_json({"error_code": "13227"}).error_code == 13227


def test_update_parses_the_updated_recording() -> None:
    operation = recordings().update(CONFERENCE, RECORDING, "in-progress")
    paused = {**RECORDING_JSON, "status": "in-progress", "price": None}
    recording = operation.parse(json_response(paused))
    assert recording.status is RecordingStatus.IN_PROGRESS
    assert recording.price is None


@pytest.mark.parametrize("status", [204, 404])
def test_delete_succeeds_when_removed_or_already_gone(status: int) -> None:
    assert recordings().delete(CONFERENCE, RECORDING).parse(Response(status)) is None


def test_get_page_parses_records_and_the_next_cursor() -> None:
    next_uri = f"/2010-04-01/Accounts/{ACCOUNT}/Conferences/{CONFERENCE}/Recordings.json?Page=1"
    body = {"recordings": [RECORDING_JSON], "page": 0, "next_page_uri": next_uri}
    page = recordings().get_page(CONFERENCE).parse(json_response(body))
    assert [record.sid for record in page] == [RECORDING]
    assert page.cursor == next_uri


# Bad input


@pytest.mark.parametrize("conference", ["CA" + "1" * 32, "standup", "", None])
def test_operations_refuse_a_malformed_conference_sid(conference: Any) -> None:
    ops = recordings()
    for build in (
        lambda: ops.get(conference, RECORDING),
        lambda: ops.update(conference, RECORDING, "paused"),
        lambda: ops.delete(conference, RECORDING),
        lambda: ops.get_page(conference),
    ):
        with pytest.raises(InvalidArgument, match="conference_sid"):
            build()


@pytest.mark.parametrize("sid", ["CA" + "3" * 32, "RE123", "", None])
def test_operations_refuse_a_malformed_recording_sid(sid: Any) -> None:
    ops = recordings()
    for build in (
        lambda: ops.get(CONFERENCE, sid),
        lambda: ops.update(CONFERENCE, sid, "paused"),
        lambda: ops.delete(CONFERENCE, sid),
    ):
        with pytest.raises(InvalidArgument, match="sid"):
            build()


def test_only_update_accepts_twilio_current() -> None:
    with pytest.raises(InvalidArgument):
        recordings().get(CONFERENCE, CURRENT_RECORDING)
    with pytest.raises(InvalidArgument):
        recordings().delete(CONFERENCE, CURRENT_RECORDING)


@pytest.mark.parametrize("status", ["", None, 1])
def test_update_refuses_a_missing_status(status: Any) -> None:
    with pytest.raises(InvalidArgument, match="status"):
        recordings().update(CONFERENCE, RECORDING, status)


@pytest.mark.parametrize(
    "filters", [{"page_size": 1001}, {"date_created": datetime(2024, 1, 2)}, {"date_created": 1}]
)
def test_get_page_refuses_malformed_filters(filters: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgument):
        recordings().get_page(CONFERENCE, **filters)


# Conformance with Twilio's OpenAPI document


def test_recording_model_and_enums_cover_twilios_document() -> None:
    assert_choices_cover(
        openapi_schemas(),
        "api.v2010.account.conference.conference_recording",
        ConferenceRecording,
        {"status": RecordingStatus, "source": RecordingSource},
    )
