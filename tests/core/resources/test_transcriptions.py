"""Transcriptions: every operation's request, the model's parsing, and the OpenAPI schemas."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
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
from twilio_sansio.core.resources.transcriptions import (
    Transcription,
    TranscriptionOperations,
    TranscriptionStatus,
)

TRANSCRIPTION = "TR" + "a" * 32
RECORDING = "RE" + "b" * 32
TRANSCRIPTIONS = f"{ROOT}/2010-04-01/Accounts/{ACCOUNT}/Transcriptions"

PAYLOAD: dict[str, Any] = {
    "sid": TRANSCRIPTION,
    "account_sid": ACCOUNT,
    "recording_sid": RECORDING,
    "status": "completed",
    "transcription_text": "see you at noon",
    "type": "fast",
    "duration": "12",
    "price": -0.05,
    "price_unit": "USD",
    "date_created": "Mon, 06 Jan 2025 10:00:00 +0000",
    "date_updated": "Mon, 06 Jan 2025 10:00:30 +0000",
    "api_version": "2010-04-01",
    "uri": f"/2010-04-01/Accounts/{ACCOUNT}/Transcriptions/{TRANSCRIPTION}.json",
}


def operations() -> TranscriptionOperations:
    return TranscriptionOperations(make_config())


def test_get_fetches_the_transcription_json() -> None:
    request = operations().get(TRANSCRIPTION).request
    assert (request.method, request.url, request.body) == (
        "GET",
        f"{TRANSCRIPTIONS}/{TRANSCRIPTION}.json",
        b"",
    )


def test_get_parses_every_field_of_the_transcription() -> None:
    transcription = operations().get(TRANSCRIPTION).parse(json_response(PAYLOAD))
    assert transcription.sid == TRANSCRIPTION
    assert transcription.account_sid == ACCOUNT
    assert transcription.recording_sid == RECORDING
    assert transcription.status is TranscriptionStatus.COMPLETED
    assert transcription.transcription_text == "see you at noon"
    assert transcription.type == "fast"
    assert transcription.duration == timedelta(seconds=12)
    assert transcription.price == Price(Decimal("-0.05"), "USD")
    assert transcription.price_unit == "USD"
    assert transcription.date_created == datetime(2025, 1, 6, 10, 0, tzinfo=UTC)
    assert transcription.date_updated == datetime(2025, 1, 6, 10, 0, 30, tzinfo=UTC)
    assert transcription.api_version == "2010-04-01"
    assert transcription.uri == PAYLOAD["uri"]


def test_delete_sends_delete_without_body_and_accepts_a_404() -> None:
    operation = operations().delete(TRANSCRIPTION)
    assert (operation.request.method, operation.request.url, operation.request.body) == (
        "DELETE",
        f"{TRANSCRIPTIONS}/{TRANSCRIPTION}.json",
        b"",
    )
    assert operation.parse(Response(204)) is None
    assert operation.parse(Response(404, (), b'{"code": 20404, "status": 404}')) is None


def test_get_page_puts_the_page_size_and_passthrough_filters_in_the_query() -> None:
    request = operations().get_page(page_size=20, PageToken="PT1").request
    assert (request.method, request.url, request.body) == (
        "GET",
        f"{TRANSCRIPTIONS}.json?PageSize=20&PageToken=PT1",
        b"",
    )


def test_get_page_without_filters_has_no_query() -> None:
    assert operations().get_page().request.url == f"{TRANSCRIPTIONS}.json"


def test_get_page_parses_records_and_the_next_cursor() -> None:
    next_uri = f"/2010-04-01/Accounts/{ACCOUNT}/Transcriptions.json?Page=1&PageToken=PT1"
    body = {"transcriptions": [PAYLOAD], "page": 0, "page_size": 1, "next_page_uri": next_uri}
    page = operations().get_page(page_size=1).parse(json_response(body))
    assert [t.sid for t in page.records] == [TRANSCRIPTION]
    assert page.cursor == next_uri
    following = page.next_operation()
    assert following is not None
    assert following.request.url == ROOT + next_uri


def test_get_page_at_requests_the_cursor_on_the_configured_host() -> None:
    cursor = f"/2010-04-01/Accounts/{ACCOUNT}/Transcriptions.json?Page=2&PageToken=PT2"
    request = operations().get_page_at(cursor).request
    assert (request.method, request.url) == ("GET", ROOT + cursor)


@pytest.mark.parametrize(
    "sid", ["RE" + "a" * 32, "TR" + "a" * 31, "TR" + "g" * 32, "", None, TRANSCRIPTION + "0"]
)
def test_malformed_transcription_sids_are_refused(sid: Any) -> None:
    with pytest.raises(InvalidArgument):
        operations().get(sid)
    with pytest.raises(InvalidArgument):
        operations().delete(sid)


@pytest.mark.parametrize("page_size", [0, 1001, "50", True])
def test_get_page_refuses_bad_page_sizes(page_size: Any) -> None:
    with pytest.raises(InvalidArgument):
        operations().get_page(page_size=page_size)


def test_get_page_at_refuses_a_cursor_on_another_host() -> None:
    with pytest.raises(InvalidArgument):
        operations().get_page_at("https://evil.example/2010-04-01/Accounts.json")


def test_model_and_enum_cover_the_openapi_transcription_schemas() -> None:
    schemas = openapi_schemas()
    assert_model_covers(schemas, "api.v2010.account.transcription", Transcription)
    schema = "api.v2010.account.recording.recording_transcription"
    assert_model_covers(schemas, schema, Transcription)
    assert_enum_covers(schemas, "transcription_enum_status", TranscriptionStatus)
    assert_enum_covers(schemas, "recording_transcription_enum_status", TranscriptionStatus)
