"""Media streams of a call: every operation's request, the model, bad input."""

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
from twilio_sansio.core.resources.call_streams import (
    CallStream,
    CallStreamOperations,
    StreamStatus,
)

STREAM = "MZ" + "a" * 32
STREAMS = f"{CALLS}/{CALL}/Streams"
WSS = "wss://agent.example.com/media"


def streams() -> CallStreamOperations:
    return CallStreamOperations(make_config())


def test_create_sends_the_url_alone_by_default() -> None:
    operation = streams().create(CALL, WSS)
    assert_request(
        operation.request, "POST", f"{STREAMS}.json", b"Url=wss%3A%2F%2Fagent.example.com%2Fmedia"
    )


def test_create_sends_every_typed_parameter_and_the_custom_ones_in_order() -> None:
    operation = streams().create(
        CALL,
        WSS,
        name="agent",
        track=MediaTrack.BOTH_TRACKS,
        status_callback="https://cb.example.com/s",
        status_callback_method="get",
        parameters={"caller": "+14155550100", "lang": ""},
    )
    assert_request(
        operation.request,
        "POST",
        f"{STREAMS}.json",
        b"Url=wss%3A%2F%2Fagent.example.com%2Fmedia&Name=agent&Track=both_tracks"
        b"&StatusCallback=https%3A%2F%2Fcb.example.com%2Fs&StatusCallbackMethod=GET"
        b"&Parameter1.Name=caller&Parameter1.Value=%2B14155550100"
        b"&Parameter2.Name=lang&Parameter2.Value=",
    )


@pytest.mark.parametrize(
    "arguments",
    [
        {"url": "https://agent.example.com/media"},
        {"url": "agent.example.com"},
        {"url": ""},
        {"url": None},
        {"track": "left"},
        {"track": 1},
        {"name": ""},
        {"status_callback": "ftp://x.example.com"},
        {"status_callback_method": "PUT"},
        {"parameters": ["a", "b"]},
        {"parameters": {"": "x"}},
        {"parameters": {"a": 1}},
        {"parameters": {f"p{i}": "v" for i in range(100)}},
    ],
)
def test_create_refuses_bad_arguments(arguments: dict[str, Any]) -> None:
    values: dict[str, Any] = {"url": WSS, **arguments}
    with pytest.raises(InvalidArgument):
        streams().create(CALL, **values)


def test_create_takes_99_custom_parameters() -> None:
    request = streams().create(CALL, WSS, parameters={f"p{i}": "v" for i in range(99)}).request
    assert b"Parameter99.Name=p98" in request.body


FULL_STREAM: dict[str, Any] = {
    "account_sid": ACCOUNT,
    "call_sid": CALL,
    "sid": STREAM,
    "name": "agent",
    "status": "in-progress",
    "date_updated": WHEN,
    "uri": f"/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}/Streams/{STREAM}.json",
}


def test_every_stream_field_is_converted() -> None:
    stream = streams().create(CALL, WSS).parse(json_response(FULL_STREAM))
    assert isinstance(stream, CallStream)
    assert stream.to_dict() == {
        "sid": STREAM,
        "account_sid": ACCOUNT,
        "call_sid": CALL,
        "name": "agent",
        "status": StreamStatus.IN_PROGRESS,
        "date_updated": WHEN_DT,
        "uri": f"/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}/Streams/{STREAM}.json",
    }
    stopped = (
        streams().stop(CALL, STREAM).parse(json_response({**FULL_STREAM, "status": "stopped"}))
    )
    assert stopped.status is StreamStatus.STOPPED


def test_stream_model_and_enums_cover_the_openapi_document() -> None:
    schemas = openapi_schemas()
    assert_model_covers(schemas, "api.v2010.account.call.stream", CallStream)
    assert_enum_covers(schemas, "stream_enum_status", StreamStatus)
    assert_enum_covers(schemas, "stream_enum_track", MediaTrack)
