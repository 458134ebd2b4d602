"""Twilio-Request-Id and the rate-limit headers, read from the response a result came from."""

from __future__ import annotations

import json
from typing import Any

import pytest

from twilio_sansio.core.errors import APIError, UnexpectedResponseError
from twilio_sansio.core.http import Response, ResponseInfo
from twilio_sansio.core.model import Record
from twilio_sansio.core.operation import Operation, record_parser
from twilio_sansio.core.resources.call_events import CallEvent
from twilio_sansio.core.resources.endpoints import EndpointOperations, Resource
from twilio_sansio.core.resources.queues import QueueOperations

from ._support import ACCOUNT, make_config

REQUEST_ID = "RQ" + "a" * 32
QUEUE = "QU" + "0" * 32


def _response(status: int, body: Any, *extra: tuple[str, str]) -> Response:
    headers = (("Content-Type", "application/json"), ("Twilio-Request-Id", REQUEST_ID), *extra)
    return Response(status, headers, json.dumps(body).encode())


def test_a_fetched_record_carries_its_request_id() -> None:
    operation = QueueOperations(make_config()).get(QUEUE)
    queue = operation.parse(_response(200, {"sid": QUEUE, "friendly_name": "q"}))
    assert queue.request_id == REQUEST_ID
    assert queue.response_info is not None
    assert queue.response_info.status == 200


def test_a_record_built_from_json_has_no_response() -> None:
    record = Resource.from_json({"sid": QUEUE})
    assert record.request_id is None
    assert record.response_info is None


def test_the_response_does_not_change_equality() -> None:
    parse = record_parser(Resource.from_json)
    operation = EndpointOperations(make_config()).request("GET", "api", "/2010-04-01/x.json")
    parsed = parse(operation.request, _response(200, {"sid": QUEUE}))
    assert parsed == Resource.from_json({"sid": QUEUE})
    assert isinstance(parsed, Record)
    assert parsed.request_id == REQUEST_ID


def test_a_page_carries_its_request_id() -> None:
    operation = QueueOperations(make_config()).get_page()
    body = {"queues": [{"sid": QUEUE}], "next_page_uri": None, "page": 0, "page_size": 50}
    page = operation.parse(_response(200, body))
    assert page.request_id == REQUEST_ID
    assert REQUEST_ID in repr(page)
    assert page.records[0].request_id is None  # the page holds it, not each record


def test_api_error_carries_its_request_id() -> None:
    operation = QueueOperations(make_config()).get(QUEUE)
    body = {"code": 20404, "message": "not found", "status": 404}
    with pytest.raises(APIError) as caught:
        operation.parse(_response(404, body))
    assert caught.value.request_id == REQUEST_ID
    assert REQUEST_ID in str(caught.value)
    assert REQUEST_ID in repr(caught.value)


def test_a_problem_document_error_carries_its_request_id() -> None:
    operation = EndpointOperations(make_config()).request("GET", "api", "/2010-04-01/x.json")
    body = {"type": "https://www.twilio.com/docs/errors/20001", "title": "bad", "code": 20001}
    with pytest.raises(APIError) as caught:
        operation.parse(_response(400, body))
    assert caught.value.request_id == REQUEST_ID


def test_an_error_page_that_is_not_json_keeps_the_request_id() -> None:
    operation: Operation[Any] = QueueOperations(make_config()).get(QUEUE)
    response = Response(502, (("content-type", "text/html"), ("twilio-request-id", "RQ1")), b"<")
    with pytest.raises(UnexpectedResponseError) as caught:
        operation.parse(response)
    assert caught.value.request_id == "RQ1"


def test_without_the_header_the_request_id_is_none() -> None:
    operation = QueueOperations(make_config()).get(QUEUE)
    queue = operation.parse(Response(200, (), json.dumps({"sid": QUEUE}).encode()))
    assert queue.request_id is None
    error = APIError(404, 20404, "gone")
    assert error.request_id is None
    assert "request" not in str(error)


def test_rate_limit_headers_as_documented() -> None:
    info = _response(
        200,
        {},
        ("X-Rate-Limit-Limit", "100"),
        ("X-Rate-Limit-Remaining", "99"),
        ("X-Rate-Limit-Config", "Worker"),
        ("Twilio-Concurrent-Requests", "3"),
    ).info
    assert (info.rate_limit_limit, info.rate_limit_remaining) == (100, 99)
    assert info.rate_limit_config == "Worker"
    assert info.header("Twilio-Concurrent-Requests") == "3"  # any other header, by name


@pytest.mark.parametrize("value", ["", "many", "-1", "1" * 40, "²"])
def test_a_malformed_rate_limit_header_reads_as_none(value: str) -> None:
    info = ResponseInfo(200, (("x-rate-limit-remaining", value),))
    assert info.rate_limit_remaining is None


def test_info_repr_shows_the_request_id_not_every_header() -> None:
    info = ResponseInfo(200, (("Twilio-Request-Id", "RQ1"), ("set-cookie", "secret")))
    assert repr(info) == "ResponseInfo(status=200, request_id='RQ1')"
    assert ACCOUNT not in repr(info)


@pytest.mark.parametrize("body", [b"<html>", b"[1, 2]"])
def test_a_success_that_is_not_a_json_object_keeps_the_request_id(body: bytes) -> None:
    operation = QueueOperations(make_config()).get(QUEUE)
    response = Response(
        200, (("content-type", "application/json"), ("twilio-request-id", "RQ2")), body
    )
    with pytest.raises(UnexpectedResponseError) as caught:
        operation.parse(response)
    assert caught.value.request_id == "RQ2"


def test_a_model_field_named_response_is_twilios_not_the_metadata() -> None:
    event = CallEvent.from_json({"request": {}, "response": {"response_code": 200}})
    assert event.response == {"response_code": 200}
    assert event.response_info is None
