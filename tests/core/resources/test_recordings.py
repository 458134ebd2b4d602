"""Recordings: every operation's request, the model's parsing, and the OpenAPI schema."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest

from tests.core._support import (
    ACCOUNT,
    ROOT,
    assert_enum_covers,
    assert_model_covers,
    json_response,
    make_config,
    openapi_schemas,
)
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.http import Response
from twilio_sansio.core.money import Price
from twilio_sansio.core.resources.recordings import (
    Recording,
    RecordingOperations,
    RecordingSource,
    RecordingStatus,
)
from twilio_sansio.core.resources.transcriptions import Transcription, TranscriptionStatus

RECORDING = "RE" + "a" * 32
CALL = "CA" + "b" * 32
CONFERENCE = "CF" + "c" * 32
TRANSCRIPTION = "TR" + "d" * 32
RECORDINGS = f"{ROOT}/2010-04-01/Accounts/{ACCOUNT}/Recordings"

PAYLOAD: dict[str, Any] = {
    "sid": RECORDING,
    "account_sid": ACCOUNT,
    "call_sid": CALL,
    "conference_sid": CONFERENCE,
    "status": "completed",
    "source": "RecordVerb",
    "channels": 2,
    "duration": "42",
    "price": "-0.00250",
    "price_unit": "USD",
    "error_code": None,
    "start_time": "Tue, 07 Jan 2025 09:15:00 +0000",
    "date_created": "Tue, 07 Jan 2025 09:15:01 +0000",
    "date_updated": "Tue, 07 Jan 2025 09:16:00 +0000",
    "encryption_details": {"type": "rsa-aes", "public_key_sid": "CR" + "e" * 32},
    "media_url": f"{ROOT}/2010-04-01/Accounts/{ACCOUNT}/Recordings/{RECORDING}",
    "api_version": "2010-04-01",
    "uri": f"/2010-04-01/Accounts/{ACCOUNT}/Recordings/{RECORDING}.json",
    "subresource_uris": {"transcriptions": f"/Recordings/{RECORDING}/Transcriptions.json"},
}


def operations(base_url: str = ROOT) -> RecordingOperations:
    return RecordingOperations(make_config(base_url))


# get and delete


def test_get_fetches_the_recording_json() -> None:
    request = operations().get(RECORDING).request
    assert (request.method, request.url, request.body) == (
        "GET",
        f"{RECORDINGS}/{RECORDING}.json",
        b"",
    )


def test_get_can_include_soft_deleted_recordings() -> None:
    request = operations().get(RECORDING, include_soft_deleted=True).request
    assert request.url == f"{RECORDINGS}/{RECORDING}.json?IncludeSoftDeleted=true"


def test_get_parses_every_field_of_the_recording() -> None:
    recording = operations().get(RECORDING).parse(json_response(PAYLOAD))
    assert recording.sid == RECORDING
    assert recording.account_sid == ACCOUNT
    assert recording.call_sid == CALL
    assert recording.conference_sid == CONFERENCE
    assert recording.status is RecordingStatus.COMPLETED
    assert recording.source is RecordingSource.RECORD_VERB
    assert recording.channels == 2
    assert recording.duration == timedelta(seconds=42)
    assert recording.price == Price(Decimal("-0.00250"), "USD")
    assert recording.price_unit == "USD"
    assert recording.error_code is None
    assert recording.start_time == datetime(2025, 1, 7, 9, 15, tzinfo=UTC)
    assert recording.date_created == datetime(2025, 1, 7, 9, 15, 1, tzinfo=UTC)
    assert recording.date_updated == datetime(2025, 1, 7, 9, 16, tzinfo=UTC)
    assert recording.encryption_details == PAYLOAD["encryption_details"]
    assert recording.media_url == PAYLOAD["media_url"]
    assert recording.api_version == "2010-04-01"
    assert recording.uri == PAYLOAD["uri"]
    assert recording.subresource_uris == PAYLOAD["subresource_uris"]


def test_error_code_sent_as_a_string_is_read_as_an_int() -> None:
    assert Recording.from_json({**PAYLOAD, "error_code": "13227"}).error_code == 13227


def test_delete_sends_delete_without_body_and_accepts_a_404() -> None:
    operation = operations().delete(RECORDING)
    assert (operation.request.method, operation.request.url, operation.request.body) == (
        "DELETE",
        f"{RECORDINGS}/{RECORDING}.json",
        b"",
    )
    assert operation.parse(Response(204)) is None
    assert operation.parse(Response(404, (), b'{"code": 20404, "status": 404}')) is None


# get_page and get_page_at


def test_get_page_puts_every_filter_in_the_query_in_twilios_names() -> None:
    after = datetime(2025, 1, 1, 12, 30, tzinfo=timezone(timedelta(hours=1)))
    request = (
        operations()
        .get_page(
            date_created=date(2025, 1, 7),
            date_created_after=after,
            date_created_before=date(2025, 2, 1),
            call_sid=CALL,
            conference_sid=CONFERENCE,
            include_soft_deleted=False,
            page_size=100,
            PageToken="PT1",
        )
        .request
    )
    assert (request.method, request.body) == ("GET", b"")
    assert request.url == (
        f"{RECORDINGS}.json?DateCreated=2025-01-07"
        "&DateCreated%3E=2025-01-01T11%3A30%3A00Z&DateCreated%3C=2025-02-01"
        f"&CallSid={CALL}&ConferenceSid={CONFERENCE}&IncludeSoftDeleted=false"
        "&PageSize=100&PageToken=PT1"
    )


def test_get_page_without_filters_has_no_query() -> None:
    assert operations().get_page().request.url == f"{RECORDINGS}.json"


def test_get_page_parses_records_and_follows_the_next_uri_on_the_configured_host() -> None:
    next_uri = f"/2010-04-01/Accounts/{ACCOUNT}/Recordings.json?Page=1&PageToken=PT1"
    body = {"recordings": [PAYLOAD], "page": 0, "page_size": 1, "next_page_uri": next_uri}
    page = operations().get_page(page_size=1).parse(json_response(body))
    assert [r.sid for r in page.records] == [RECORDING]
    assert page.records[0].status is RecordingStatus.COMPLETED
    assert page.cursor == next_uri
    following = page.next_operation()
    assert following is not None
    assert following.request.url == ROOT + next_uri


def test_get_page_at_requests_the_cursor_on_the_configured_host() -> None:
    cursor = f"/2010-04-01/Accounts/{ACCOUNT}/Recordings.json?Page=2&PageToken=PT2"
    request = operations().get_page_at(cursor).request
    assert (request.method, request.url) == ("GET", ROOT + cursor)


# media_url


@pytest.mark.parametrize("fmt", ["wav", "mp3"])
def test_media_url_is_the_recording_path_with_the_audio_extension(fmt: Any) -> None:
    assert operations().media_url(RECORDING, fmt) == f"{RECORDINGS}/{RECORDING}.{fmt}"


def test_media_url_defaults_to_wav_and_keeps_the_base_urls_path_prefix() -> None:
    url = operations("https://proxy.example.test/twilio/").media_url(RECORDING)
    assert url == (
        f"https://proxy.example.test/twilio/2010-04-01/Accounts/{ACCOUNT}"
        f"/Recordings/{RECORDING}.wav"
    )


@pytest.mark.parametrize("fmt", ["json", "WAV", "", None, "wav/../x"])
def test_media_url_refuses_other_formats(fmt: Any) -> None:
    with pytest.raises(InvalidArgument):
        operations().media_url(RECORDING, fmt)


# get_transcriptions_page


def test_get_transcriptions_page_lists_under_the_recording() -> None:
    request = operations().get_transcriptions_page(RECORDING, page_size=5, Page=1).request
    assert (request.method, request.body) == ("GET", b"")
    assert request.url == f"{RECORDINGS}/{RECORDING}/Transcriptions.json?PageSize=5&Page=1"


def test_get_transcriptions_page_parses_transcriptions() -> None:
    item = {"sid": TRANSCRIPTION, "recording_sid": RECORDING, "status": "in-progress"}
    body = {"transcriptions": [item], "page": 0, "page_size": 50, "next_page_uri": None}
    page = operations().get_transcriptions_page(RECORDING).parse(json_response(body))
    assert [type(t) for t in page.records] == [Transcription]
    assert page.records[0].sid == TRANSCRIPTION
    assert page.records[0].status is TranscriptionStatus.IN_PROGRESS
    assert page.cursor is None
    assert page.next_operation() is None


def test_get_transcriptions_page_at_resumes_a_saved_cursor_as_transcriptions() -> None:
    cursor = f"/2010-04-01/Accounts/{ACCOUNT}/Recordings/{RECORDING}/Transcriptions.json?Page=1"
    operation = operations().get_transcriptions_page_at(cursor)
    assert operation.request.url == ROOT + cursor
    item = {"sid": TRANSCRIPTION, "recording_sid": RECORDING}
    page = operation.parse(json_response({"transcriptions": [item], "next_page_uri": None}))
    assert [type(t) for t in page.records] == [Transcription]


def test_get_transcriptions_page_at_refuses_a_cursor_on_another_host() -> None:
    with pytest.raises(InvalidArgument, match="cursor"):
        operations().get_transcriptions_page_at("https://evil.example.com/x.json")


# invalid input

BAD_RECORDING_SIDS = ["CA" + "a" * 32, "RE" + "a" * 31, "RE" + "z" * 32, "", None, 7]


@pytest.mark.parametrize("sid", BAD_RECORDING_SIDS)
def test_malformed_recording_sids_are_refused_by_every_operation(sid: Any) -> None:
    ops = operations()
    for build in (ops.get, ops.delete, ops.media_url, ops.get_transcriptions_page):
        with pytest.raises(InvalidArgument):
            build(sid)


@pytest.mark.parametrize(
    "filters",
    [
        {"call_sid": CONFERENCE},
        {"conference_sid": CALL},
        {"call_sid": "CA123"},
        {"date_created_after": datetime(2025, 1, 1)},  # naive: which timezone?
        {"include_soft_deleted": "yes"},
        {"page_size": 0},
        {"page_size": 1001},
    ],
)
def test_get_page_refuses_malformed_filters(filters: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgument):
        operations().get_page(**filters)


def test_get_refuses_a_non_boolean_soft_delete_flag() -> None:
    with pytest.raises(InvalidArgument):
        operations().get(RECORDING, include_soft_deleted="true")  # type: ignore[arg-type]


def test_get_transcriptions_page_refuses_a_bad_page_size() -> None:
    with pytest.raises(InvalidArgument):
        operations().get_transcriptions_page(RECORDING, page_size=5000)


def test_get_page_at_refuses_a_cursor_on_another_host() -> None:
    with pytest.raises(InvalidArgument):
        operations().get_page_at("https://evil.example/2010-04-01/Accounts.json")


# the OpenAPI document


def test_model_and_enums_cover_the_openapi_recording_schema() -> None:
    schemas = openapi_schemas()
    assert_model_covers(schemas, "api.v2010.account.recording", Recording)
    assert_enum_covers(schemas, "recording_enum_status", RecordingStatus)
    assert_enum_covers(schemas, "recording_enum_source", RecordingSource)


# a recording's transcription by SID


def test_get_transcription_fetches_it_under_the_recording() -> None:
    operation = operations().get_transcription(RECORDING, TRANSCRIPTION)
    request = operation.request
    assert (request.method, request.body) == ("GET", b"")
    assert request.url == f"{RECORDINGS}/{RECORDING}/Transcriptions/{TRANSCRIPTION}.json"
    item = {"sid": TRANSCRIPTION, "recording_sid": RECORDING, "status": "completed"}
    transcription = operation.parse(json_response(item))
    assert isinstance(transcription, Transcription)
    assert transcription.status is TranscriptionStatus.COMPLETED


def test_delete_transcription_deletes_it_and_a_404_is_success() -> None:
    operation = operations().delete_transcription(RECORDING, TRANSCRIPTION)
    request = operation.request
    assert request.method == "DELETE"
    assert request.url == f"{RECORDINGS}/{RECORDING}/Transcriptions/{TRANSCRIPTION}.json"
    assert operation.parse(json_response({"code": 20404, "message": "gone"}, 404)) is None


@pytest.mark.parametrize(
    ("recording_sid", "transcription_sid", "named"),
    [
        ("RE1", TRANSCRIPTION, "recording_sid"),
        (CALL, TRANSCRIPTION, "recording_sid"),
        (RECORDING, "TR1", "transcription_sid"),
        (RECORDING, RECORDING, "transcription_sid"),
        (RECORDING, None, "transcription_sid"),
    ],
)
def test_a_recordings_transcription_needs_both_sids(
    recording_sid: Any, transcription_sid: Any, named: str
) -> None:
    for build in (operations().get_transcription, operations().delete_transcription):
        with pytest.raises(InvalidArgument, match=named):
            build(recording_sid, transcription_sid)
