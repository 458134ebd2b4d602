"""Applications: every operation's request, the model's parsing, and the OpenAPI schema."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.core._support import (
    ACCOUNT,
    ROOT,
    assert_model_covers,
    json_response,
    make_config,
    openapi_schemas,
)
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.http import Response
from twilio_sansio.core.resources.applications import Application, ApplicationOperations

APP = "AP" + "a" * 32
APPS = f"{ROOT}/2010-04-01/Accounts/{ACCOUNT}/Applications"

PAYLOAD: dict[str, Any] = {
    "sid": APP,
    "account_sid": ACCOUNT,
    "friendly_name": "Help line",
    "api_version": "2010-04-01",
    "voice_url": "https://example.com/voice",
    "voice_method": "POST",
    "voice_fallback_url": "https://example.com/voice-fallback",
    "voice_fallback_method": "GET",
    "voice_caller_id_lookup": False,
    "status_callback": "https://example.com/status",
    "status_callback_method": "POST",
    "sms_url": "https://example.com/sms",
    "sms_method": "GET",
    "sms_fallback_url": "",
    "sms_fallback_method": "POST",
    "sms_status_callback": None,
    "message_status_callback": "https://example.com/message-status",
    "public_application_connect_enabled": True,
    "date_created": "Mon, 06 Jan 2025 12:00:00 +0000",
    "date_updated": "Tue, 07 Jan 2025 08:30:00 +0000",
    "uri": f"/2010-04-01/Accounts/{ACCOUNT}/Applications/{APP}.json",
}


def operations() -> ApplicationOperations:
    return ApplicationOperations(make_config())


def assert_application(app: Application) -> None:
    assert app.sid == APP
    assert app.account_sid == ACCOUNT
    assert app.friendly_name == "Help line"
    assert app.api_version == "2010-04-01"
    assert app.voice_url == "https://example.com/voice"
    assert app.voice_method == "POST"
    assert app.voice_fallback_url == "https://example.com/voice-fallback"
    assert app.voice_fallback_method == "GET"
    assert app.voice_caller_id_lookup is False
    assert app.status_callback == "https://example.com/status"
    assert app.status_callback_method == "POST"
    assert app.sms_url == "https://example.com/sms"
    assert app.sms_method == "GET"
    assert app.sms_fallback_url == ""
    assert app.sms_fallback_method == "POST"
    assert app.sms_status_callback is None
    assert app.message_status_callback == "https://example.com/message-status"
    assert app.public_application_connect_enabled is True
    assert app.date_created == datetime(2025, 1, 6, 12, tzinfo=UTC)
    assert app.date_updated == datetime(2025, 1, 7, 8, 30, tzinfo=UTC)
    assert app.uri == PAYLOAD["uri"]


def test_create_posts_the_name_and_twilios_parameters() -> None:
    operation = operations().create(
        "Help line", VoiceUrl="https://example.com/voice", VoiceCallerIdLookup=False
    )
    request = operation.request
    assert (request.method, request.url) == ("POST", f"{APPS}.json")
    assert request.body == (
        b"FriendlyName=Help%20line&VoiceUrl=https%3A%2F%2Fexample.com%2Fvoice"
        b"&VoiceCallerIdLookup=false"
    )
    assert_application(operation.parse(json_response(PAYLOAD, 201)))


def test_create_without_a_name_sends_only_the_given_parameters() -> None:
    request = operations().create(SmsUrl="https://example.com/sms").request
    assert request.body == b"SmsUrl=https%3A%2F%2Fexample.com%2Fsms"


def test_get_fetches_the_application() -> None:
    operation = operations().get(APP)
    request = operation.request
    assert (request.method, request.url, request.body) == ("GET", f"{APPS}/{APP}.json", b"")
    assert_application(operation.parse(json_response(PAYLOAD)))


def test_update_posts_twilios_parameters() -> None:
    operation = operations().update(APP, FriendlyName="Help", SmsMethod="POST")
    request = operation.request
    assert (request.method, request.url, request.body) == (
        "POST",
        f"{APPS}/{APP}.json",
        b"FriendlyName=Help&SmsMethod=POST",
    )
    assert_application(operation.parse(json_response(PAYLOAD)))


def test_delete_removes_the_application_and_a_404_is_not_an_error() -> None:
    operation = operations().delete(APP)
    request = operation.request
    assert (request.method, request.url, request.body) == ("DELETE", f"{APPS}/{APP}.json", b"")
    assert operation.parse(Response(204)) is None
    assert (
        operation.parse(json_response({"code": 20404, "status": 404, "message": "gone"}, 404))
        is None
    )


def test_get_page_sends_every_filter_by_twilios_name() -> None:
    operation = operations().get_page(friendly_name="Help line", page_size=2, Page=3)
    request = operation.request
    assert (request.method, request.url, request.body) == (
        "GET",
        f"{APPS}.json?FriendlyName=Help%20line&PageSize=2&Page=3",
        b"",
    )
    body = {"applications": [PAYLOAD], "next_page_uri": "/next.json?Page=4"}
    page = operation.parse(json_response(body))
    (app,) = page.records
    assert_application(app)
    assert page.cursor == "/next.json?Page=4"


def test_get_page_at_follows_a_saved_cursor() -> None:
    cursor = f"/2010-04-01/Accounts/{ACCOUNT}/Applications.json?Page=1"
    assert operations().get_page_at(cursor).request.url == ROOT + cursor


@pytest.mark.parametrize("method", ["get", "update", "delete"])
@pytest.mark.parametrize("sid", ["AP" + "a" * 31 + "z", "PN" + "a" * 32, "AP", b"AP" + b"a" * 32])
def test_a_bad_application_sid_is_refused_before_any_request(method: str, sid: Any) -> None:
    with pytest.raises(InvalidArgument, match="sid"):
        getattr(operations(), method)(sid)


@pytest.mark.parametrize("name", ["", "x\x00", 1])
def test_a_bad_friendly_name_is_refused(name: Any) -> None:
    with pytest.raises(InvalidArgument, match="friendly_name"):
        operations().create(name)
    with pytest.raises(InvalidArgument, match="friendly_name"):
        operations().get_page(friendly_name=name)


def test_a_bad_page_size_is_refused() -> None:
    with pytest.raises(InvalidArgument, match="page_size"):
        operations().get_page(page_size=True)


def test_model_covers_the_openapi_application_schema() -> None:
    schemas = openapi_schemas()
    assert_model_covers(schemas, "api.v2010.account.application", Application)
    properties = schemas["api.v2010.account.application"]["properties"]
    # The only enums are HTTP methods, kept as Twilio's text ("GET"/"POST").
    for name, spec in properties.items():
        if "enum" in spec:
            assert spec.get("format") == "http-method", name
