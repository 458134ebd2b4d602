"""Transcriptions: every operation's request, the model's parsing, and the OpenAPI schemas."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from twilio_sansio.core.config import BaseUrls, ClientConfig, Credentials
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.http import Response
from twilio_sansio.core.money import Price
from twilio_sansio.core.resources.transcriptions import (
    Transcription,
    TranscriptionOperations,
    TranscriptionStatus,
)

ACCOUNT = "AC" + "0" * 32
TRANSCRIPTION = "TR" + "a" * 32
RECORDING = "RE" + "b" * 32
BASE = "https://api.example.test"
TRANSCRIPTIONS = f"{BASE}/2010-04-01/Accounts/{ACCOUNT}/Transcriptions"

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
    config = ClientConfig(
        ACCOUNT,
        Credentials.from_auth_token(ACCOUNT, "token"),
        BaseUrls.build(BASE),
        "ua",
    )
    return TranscriptionOperations(config)


def ok(payload: dict[str, Any]) -> Response:
    return Response(200, (("content-type", "application/json"),), json.dumps(payload).encode())


def test_get_fetches_the_transcription_json() -> None:
    request = operations().get(TRANSCRIPTION).request
    assert (request.method, request.url, request.body) == (
        "GET",
        f"{TRANSCRIPTIONS}/{TRANSCRIPTION}.json",
        b"",
    )


def test_get_parses_every_field_of_the_transcription() -> None:
    transcription = operations().get(TRANSCRIPTION).parse(ok(PAYLOAD))
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
    page = operations().get_page(page_size=1).parse(ok(body))
    assert [t.sid for t in page.records] == [TRANSCRIPTION]
    assert page.cursor == next_uri
    following = page.next_operation()
    assert following is not None
    assert following.request.url == BASE + next_uri


def test_get_page_at_requests_the_cursor_on_the_configured_host() -> None:
    cursor = f"/2010-04-01/Accounts/{ACCOUNT}/Transcriptions.json?Page=2&PageToken=PT2"
    request = operations().get_page_at(cursor).request
    assert (request.method, request.url) == ("GET", BASE + cursor)


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


def oai_document(name: str) -> dict[str, Any]:
    configured = os.environ.get("TWILIO_OAI_DIR")
    repo = Path(__file__).resolve().parents[3]
    folder = Path(configured) if configured else repo.parent / "shared" / "twilio-oai"
    if not (folder / name).is_file():
        pytest.skip("Twilio's OpenAPI documents are not available: set TWILIO_OAI_DIR")
    document: dict[str, Any] = json.loads((folder / name).read_text(encoding="utf-8"))
    return document


def test_model_and_enum_cover_the_openapi_transcription_schemas() -> None:
    schemas = oai_document("twilio_api_v2010.json")["components"]["schemas"]
    keys = set(Transcription.field_names().values())
    for name in (
        "api.v2010.account.transcription",
        "api.v2010.account.recording.recording_transcription",
    ):
        assert set(schemas[name]["properties"]) <= keys, name
    for name in ("transcription_enum_status", "recording_transcription_enum_status"):
        for value in schemas[name]["enum"]:
            assert TranscriptionStatus(value).is_known, value
