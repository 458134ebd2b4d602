"""Outgoing caller IDs: every operation's request, parsing, and the OpenAPI schemas."""

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
from twilio_sansio.core.resources.outgoing_caller_ids import (
    OutgoingCallerId,
    OutgoingCallerIdOperations,
    ValidationRequest,
)

CALLER_ID = "PN" + "a" * 32
CALL = "CA" + "b" * 32
CALLER_IDS = f"{ROOT}/2010-04-01/Accounts/{ACCOUNT}/OutgoingCallerIds"

PAYLOAD: dict[str, Any] = {
    "sid": CALLER_ID,
    "account_sid": ACCOUNT,
    "phone_number": "+14105550199",
    "friendly_name": "Ada's cell",
    "date_created": "Mon, 06 Jan 2025 12:00:00 +0000",
    "date_updated": "Tue, 07 Jan 2025 08:30:00 +0000",
    "uri": f"/2010-04-01/Accounts/{ACCOUNT}/OutgoingCallerIds/{CALLER_ID}.json",
}
VALIDATION: dict[str, Any] = {
    "account_sid": ACCOUNT,
    "call_sid": CALL,
    "phone_number": "+14105550199",
    "friendly_name": "Ada's cell",
    "validation_code": "123456",
}


def operations(default_region: str | None = None) -> OutgoingCallerIdOperations:
    return OutgoingCallerIdOperations(make_config(default_region=default_region))


def assert_caller_id(caller_id: OutgoingCallerId) -> None:
    assert caller_id.sid == CALLER_ID
    assert caller_id.account_sid == ACCOUNT
    assert caller_id.phone_number == "+14105550199"
    assert caller_id.friendly_name == "Ada's cell"
    assert caller_id.date_created == datetime(2025, 1, 6, 12, tzinfo=UTC)
    assert caller_id.date_updated == datetime(2025, 1, 7, 8, 30, tzinfo=UTC)
    assert caller_id.uri == PAYLOAD["uri"]


def test_create_posts_a_validation_request_in_e164() -> None:
    operation = operations().create(
        "+1 410.555.0199", FriendlyName="Ada's cell", CallDelay=5, Extension="12#"
    )
    request = operation.request
    assert (request.method, request.url) == ("POST", f"{CALLER_IDS}.json")
    assert request.body == (
        b"PhoneNumber=%2B14105550199&FriendlyName=Ada%27s%20cell&CallDelay=5&Extension=12%23"
    )


def test_create_reads_a_national_number_in_the_default_region() -> None:
    operation = operations("US").create("(410) 555-0199")
    assert operation.request.body == b"PhoneNumber=%2B14105550199"


def test_create_parses_the_validation_code() -> None:
    validation = operations().create("+14105550199").parse(json_response(VALIDATION))
    assert isinstance(validation, ValidationRequest)
    assert validation.account_sid == ACCOUNT
    assert validation.call_sid == CALL
    assert validation.phone_number == "+14105550199"
    assert validation.friendly_name == "Ada's cell"
    assert validation.validation_code == "123456"


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [(("4105550199",), {}), (("",), {}), ((None,), {}), (("+14105550199",), {"PhoneNumber": "x"})],
)
def test_create_refuses_a_bad_number(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgument):
        operations().create(*args, **kwargs)


def test_get_fetches_the_caller_id() -> None:
    operation = operations().get(CALLER_ID)
    request = operation.request
    assert (request.method, request.url, request.body) == (
        "GET",
        f"{CALLER_IDS}/{CALLER_ID}.json",
        b"",
    )
    assert_caller_id(operation.parse(json_response(PAYLOAD)))


def test_update_posts_the_new_name() -> None:
    operation = operations().update(CALLER_ID, "Ada (work)")
    request = operation.request
    assert (request.method, request.url, request.body) == (
        "POST",
        f"{CALLER_IDS}/{CALLER_ID}.json",
        b"FriendlyName=Ada%20%28work%29",
    )
    assert_caller_id(operation.parse(json_response(PAYLOAD)))


def test_delete_removes_the_caller_id_and_a_404_is_not_an_error() -> None:
    operation = operations().delete(CALLER_ID)
    request = operation.request
    assert (request.method, request.url, request.body) == (
        "DELETE",
        f"{CALLER_IDS}/{CALLER_ID}.json",
        b"",
    )
    assert operation.parse(Response(204)) is None
    assert (
        operation.parse(json_response({"code": 20404, "status": 404, "message": "gone"}, 404))
        is None
    )


def test_get_page_sends_every_filter_by_twilios_name() -> None:
    operation = operations().get_page(
        phone_number="+1 410 555 0199", friendly_name="Ada's cell", page_size=3, Page=1
    )
    request = operation.request
    assert (request.method, request.body) == ("GET", b"")
    assert request.url == (
        f"{CALLER_IDS}.json?PhoneNumber=%2B14105550199&FriendlyName=Ada%27s%20cell"
        "&PageSize=3&Page=1"
    )
    page = operation.parse(json_response({"outgoing_caller_ids": [PAYLOAD], "next_page_uri": None}))
    (caller_id,) = page.records
    assert_caller_id(caller_id)


def test_get_page_at_follows_a_saved_cursor() -> None:
    cursor = f"/2010-04-01/Accounts/{ACCOUNT}/OutgoingCallerIds.json?Page=1"
    assert operations().get_page_at(cursor).request.url == ROOT + cursor


@pytest.mark.parametrize("method", ["get", "update", "delete"])
@pytest.mark.parametrize("sid", ["PN" + "a" * 30, "CA" + "b" * 32, "", None])
def test_a_bad_caller_id_sid_is_refused_before_any_request(method: str, sid: Any) -> None:
    with pytest.raises(InvalidArgument, match="sid"):
        getattr(operations(), method)(sid)


@pytest.mark.parametrize(
    ("filters", "named"),
    [
        ({"phone_number": "4105550199"}, "phone number"),
        ({"friendly_name": ""}, "friendly_name"),
        ({"page_size": -1}, "page_size"),
    ],
)
def test_get_page_refuses_malformed_filters(filters: dict[str, Any], named: str) -> None:
    with pytest.raises(InvalidArgument, match=named):
        operations().get_page(**filters)


def test_update_refuses_a_bad_name() -> None:
    with pytest.raises(InvalidArgument, match="friendly_name"):
        operations().update(CALLER_ID, "")


def test_models_cover_the_openapi_schemas() -> None:
    schemas = openapi_schemas()
    for schema, model in (
        ("api.v2010.account.outgoing_caller_id", OutgoingCallerId),
        ("api.v2010.account.validation_request", ValidationRequest),
    ):
        assert_model_covers(schemas, schema, model)
        properties = schemas[schema]["properties"]
        assert not any("enum" in spec or "$ref" in spec for spec in properties.values())
