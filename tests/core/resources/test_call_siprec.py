"""Siprec sessions of a call: every operation's request, the model, bad input."""

from __future__ import annotations

from typing import Any

import pytest

from tests.core._support import (
    ACCOUNT,
    WHEN,
    WHEN_DT,
    assert_enum_covers,
    assert_model_covers,
    assert_request,
    json_response,
    make_config,
    openapi_schemas,
)
from tests.core.resources.test_calls import CALL, CALLS
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.resources._call_media import MediaTrack
from twilio_sansio.core.resources.call_siprec import (
    CallSiprec,
    CallSiprecOperations,
    SiprecStatus,
)

SIPREC = "SR" + "a" * 32
SESSIONS = f"{CALLS}/{CALL}/Siprec"


def siprec() -> CallSiprecOperations:
    return CallSiprecOperations(make_config())


def test_create_without_arguments_sends_an_empty_form() -> None:
    assert_request(siprec().create(CALL).request, "POST", f"{SESSIONS}.json")


def test_create_sends_every_typed_parameter_and_the_custom_ones() -> None:
    operation = siprec().create(
        CALL,
        name="recorder",
        connector_name="connector",
        track=MediaTrack.OUTBOUND_TRACK,
        status_callback="https://cb.example.com/s",
        status_callback_method="GET",
        parameters={"tenant": "acme"},
    )
    assert_request(
        operation.request,
        "POST",
        f"{SESSIONS}.json",
        b"Name=recorder&ConnectorName=connector&Track=outbound_track"
        b"&StatusCallback=https%3A%2F%2Fcb.example.com%2Fs&StatusCallbackMethod=GET"
        b"&Parameter1.Name=tenant&Parameter1.Value=acme",
    )


@pytest.mark.parametrize(
    "arguments",
    [
        {"track": "both"},
        {"connector_name": ""},
        {"status_callback": "cb.example.com"},
        {"status_callback_method": "PUT"},
        {"parameters": {"a": None}},
    ],
)
def test_create_refuses_bad_arguments(arguments: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgument):
        siprec().create(CALL, **arguments)


FULL: dict[str, Any] = {
    "account_sid": ACCOUNT,
    "call_sid": CALL,
    "sid": SIPREC,
    "name": None,
    "status": "in-progress",
    "date_updated": WHEN,
    "uri": f"/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}/Siprec/{SIPREC}.json",
}


def test_every_siprec_field_is_converted() -> None:
    session = siprec().create(CALL).parse(json_response(FULL))
    assert isinstance(session, CallSiprec)
    assert session.to_dict() == {
        "sid": SIPREC,
        "account_sid": ACCOUNT,
        "call_sid": CALL,
        "name": None,
        "status": SiprecStatus.IN_PROGRESS,
        "date_updated": WHEN_DT,
        "uri": FULL["uri"],
    }


def test_siprec_model_and_enums_cover_the_openapi_document() -> None:
    schemas = openapi_schemas()
    assert_model_covers(schemas, "api.v2010.account.call.siprec", CallSiprec)
    assert_enum_covers(schemas, "siprec_enum_status", SiprecStatus)
    assert_enum_covers(schemas, "siprec_enum_track", MediaTrack)
