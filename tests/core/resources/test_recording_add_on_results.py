"""Add-on results of recordings, their payloads and data URLs: requests, parsing, bad input."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.core._support import (
    ACCOUNT,
    ROOT,
    WHEN,
    WHEN_DT,
    assert_choices_cover,
    assert_model_covers,
    assert_request,
    json_response,
    make_config,
    openapi_schemas,
    page_2010,
)
from twilio_sansio.core.errors import APIError, InvalidArgument, UnexpectedResponseError
from twilio_sansio.core.http import Response
from twilio_sansio.core.resources.recording_add_on_results import (
    AddOnResultStatus,
    RecordingAddOnResult,
    RecordingAddOnResultOperations,
    RecordingAddOnResultPayload,
    RecordingAddOnResultPayloadData,
    RecordingAddOnResultPayloadOperations,
)

RECORDING = "RE" + "1" * 32
RESULT = "XR" + "2" * 32
PAYLOAD = "XH" + "3" * 32
RESULTS = f"{ROOT}/2010-04-01/Accounts/{ACCOUNT}/Recordings/{RECORDING}/AddOnResults"
PAYLOADS = f"{RESULTS}/{RESULT}/Payloads"
NOTHING: Any = None
DATA_URL = "https://data.example.com/payload?signature=abc"


def results() -> RecordingAddOnResultOperations:
    return RecordingAddOnResultOperations(make_config())


def payloads() -> RecordingAddOnResultPayloadOperations:
    return RecordingAddOnResultPayloadOperations(make_config())


def test_results_are_fetched_deleted_and_listed_under_the_recording() -> None:
    assert_request(results().get(RECORDING, RESULT).request, "GET", f"{RESULTS}/{RESULT}.json")
    delete = results().delete(RECORDING, RESULT)
    assert_request(delete.request, "DELETE", f"{RESULTS}/{RESULT}.json")
    assert delete.parse(Response(204, (), b"")) is None
    assert_request(
        results().get_page(RECORDING, page_size=3).request, "GET", f"{RESULTS}.json?PageSize=3"
    )


def test_payloads_are_fetched_deleted_and_listed_under_the_result() -> None:
    get = payloads().get(RECORDING, RESULT, PAYLOAD)
    assert_request(get.request, "GET", f"{PAYLOADS}/{PAYLOAD}.json")
    delete = payloads().delete(RECORDING, RESULT, PAYLOAD)
    assert_request(delete.request, "DELETE", f"{PAYLOADS}/{PAYLOAD}.json")
    assert delete.parse(json_response({"code": 20404, "message": "gone"}, 404)) is None
    page = payloads().get_page(RECORDING, RESULT, page_size=2)
    assert_request(page.request, "GET", f"{PAYLOADS}.json?PageSize=2")


def test_get_data_asks_for_the_payloads_data() -> None:
    operation = payloads().get_data(RECORDING, RESULT, PAYLOAD)
    assert_request(operation.request, "GET", f"{PAYLOADS}/{PAYLOAD}/Data.json")


def test_get_data_reads_redirect_to_from_the_307() -> None:
    operation = payloads().get_data(RECORDING, RESULT, PAYLOAD)
    data = operation.parse(json_response({"redirect_to": DATA_URL}, 307))
    assert isinstance(data, RecordingAddOnResultPayloadData)
    assert data.redirect_to == DATA_URL
    assert data.response_info is not None
    assert data.response_info.status == 307


def test_get_data_falls_back_on_the_location_header() -> None:
    operation = payloads().get_data(RECORDING, RESULT, PAYLOAD)
    for body in (b"", b"<html>moved</html>", b"[]", json.dumps({"redirect_to": None}).encode()):
        data = operation.parse(Response(307, (("location", DATA_URL),), body))
        assert data.redirect_to == DATA_URL
    relative = operation.parse(Response(302, (("location", "/elsewhere"),), b""))
    assert relative.redirect_to == f"{ROOT}/elsewhere"


def test_get_data_also_reads_a_200_answer() -> None:
    operation = payloads().get_data(RECORDING, RESULT, PAYLOAD)
    assert operation.parse(json_response({"redirect_to": DATA_URL})).redirect_to == DATA_URL


def test_get_data_without_a_url_or_with_an_error_raises() -> None:
    operation = payloads().get_data(RECORDING, RESULT, PAYLOAD)
    with pytest.raises(UnexpectedResponseError, match="redirect_to"):
        operation.parse(Response(307, (), b"{}"))
    with pytest.raises(UnexpectedResponseError):
        operation.parse(json_response({}, 200))
    with pytest.raises(APIError) as caught:
        operation.parse(json_response({"code": 20404, "message": "no", "status": 404}, 404))
    assert caught.value.status == 404


RESULT_JSON: dict[str, Any] = {
    "sid": RESULT,
    "account_sid": ACCOUNT,
    "status": "completed",
    "add_on_sid": "XB" + "4" * 32,
    "add_on_configuration_sid": "XE" + "5" * 32,
    "date_created": WHEN,
    "date_updated": WHEN,
    "date_completed": WHEN,
    "reference_sid": RECORDING,
    "subresource_uris": {"payloads": "/Payloads.json"},
}
PAYLOAD_JSON: dict[str, Any] = {
    "sid": PAYLOAD,
    "add_on_result_sid": RESULT,
    "account_sid": ACCOUNT,
    "label": "transcript",
    "add_on_sid": "XB" + "4" * 32,
    "add_on_configuration_sid": "XE" + "5" * 32,
    "content_type": "application/json",
    "date_created": WHEN,
    "date_updated": WHEN,
    "reference_sid": RECORDING,
    "subresource_uris": {"data": "/Data.json"},
}


def test_the_models_convert_twilios_fields_and_cover_the_schemas() -> None:
    result = results().get(RECORDING, RESULT).parse(json_response(RESULT_JSON))
    assert isinstance(result, RecordingAddOnResult)
    assert (result.status, result.date_completed) == (AddOnResultStatus.COMPLETED, WHEN_DT)
    page = (
        payloads()
        .get_page(RECORDING, RESULT)
        .parse(json_response(page_2010("payloads", [PAYLOAD_JSON], None)))
    )
    (payload,) = page.records
    assert isinstance(payload, RecordingAddOnResultPayload)
    assert (payload.label, payload.reference_sid) == ("transcript", RECORDING)
    schemas = openapi_schemas()
    base = "api.v2010.account.recording.recording_add_on_result"
    assert_choices_cover(schemas, base, RecordingAddOnResult, {"status": AddOnResultStatus})
    assert_model_covers(
        schemas, f"{base}.recording_add_on_result_payload", RecordingAddOnResultPayload
    )
    assert_model_covers(
        schemas,
        f"{base}.recording_add_on_result_payload.recording_add_on_result_payload_data",
        RecordingAddOnResultPayloadData,
    )


@pytest.mark.parametrize(
    ("build", "named"),
    [
        (lambda: results().get("RE1", RESULT), "recording_sid"),
        (lambda: results().get(RECORDING, PAYLOAD), "sid"),
        (lambda: results().delete(RECORDING, NOTHING), "sid"),
        (lambda: results().get_page(RESULT), "recording_sid"),
        (lambda: payloads().get(RESULT, RESULT, PAYLOAD), "recording_sid"),
        (lambda: payloads().get(RECORDING, RECORDING, PAYLOAD), "add_on_result_sid"),
        (lambda: payloads().delete(RECORDING, RESULT, RESULT), "sid"),
        (lambda: payloads().get_data(RECORDING, RESULT, "XH1"), "sid"),
        (lambda: payloads().get_data(RECORDING, NOTHING, PAYLOAD), "add_on_result_sid"),
        (lambda: payloads().get_page(RECORDING, RESULT, page_size=True), "page_size"),
    ],
)
def test_bad_input_is_refused_before_a_request(build: Any, named: str) -> None:
    with pytest.raises(InvalidArgument, match=named):
        build()
