"""Queue members: every operation's request byte for byte, the model's conversions, bad input."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from twilio_sansio.core.config import BaseUrls, ClientConfig, Credentials
from twilio_sansio.core.errors import APIError, InvalidArgument
from twilio_sansio.core.http import Request, Response
from twilio_sansio.core.resources.queue_members import FRONT, QueueMember, QueueMemberOperations

ACCOUNT = "AC" + "0" * 32
QUEUE = "QU" + "1" * 32
CALL = "CA" + "2" * 32
ROOT = "https://api.example.test"
MEMBERS = f"{ROOT}/2010-04-01/Accounts/{ACCOUNT}/Queues/{QUEUE}/Members"
AUTH = "Basic QUMwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDp0b2tlbg=="
WHEN = "Tue, 02 Jan 2024 03:04:05 +0000"
WHEN_DT = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
TWIML = "https://example.com/agent?id=7"


def members() -> QueueMemberOperations:
    config = ClientConfig(
        ACCOUNT, Credentials.from_auth_token(ACCOUNT, "token"), BaseUrls.build(ROOT), "ua"
    )
    return QueueMemberOperations(config)


def assert_request(request: Request, method: str, url: str, body: bytes = b"") -> None:
    assert request.method == method
    assert request.url == url
    assert request.body == body
    headers = [("authorization", AUTH), ("user-agent", "ua"), ("accept", "application/json")]
    if method == "POST":
        headers.append(("content-type", "application/x-www-form-urlencoded"))
    assert request.headers == tuple(headers)


def json_response(data: dict[str, Any], status: int = 200) -> Response:
    return Response(status, (("content-type", "application/json"),), json.dumps(data).encode())


MEMBER_JSON: dict[str, Any] = {
    "call_sid": CALL,
    "queue_sid": QUEUE,
    "position": 1,
    "wait_time": "30",
    "date_enqueued": WHEN,
    "uri": f"/2010-04-01/Accounts/{ACCOUNT}/Queues/{QUEUE}/Members/{CALL}.json",
}


# Requests


def test_get_fetches_a_member_by_call_sid() -> None:
    assert_request(members().get(QUEUE, CALL).request, "GET", f"{MEMBERS}/{CALL}.json")


def test_get_front_fetches_the_front_member() -> None:
    assert_request(members().get_front(QUEUE).request, "GET", f"{MEMBERS}/Front.json")
    assert members().get(QUEUE, FRONT).request == members().get_front(QUEUE).request


def test_dequeue_posts_the_url_and_twilios_parameters() -> None:
    operation = members().dequeue(QUEUE, CALL, TWIML, Method="GET")
    assert_request(
        operation.request,
        "POST",
        f"{MEMBERS}/{CALL}.json",
        b"Method=GET&Url=https%3A%2F%2Fexample.com%2Fagent%3Fid%3D7",
    )


def test_dequeue_takes_the_front_member() -> None:
    operation = members().dequeue(QUEUE, FRONT, TWIML)
    assert_request(
        operation.request,
        "POST",
        f"{MEMBERS}/Front.json",
        b"Url=https%3A%2F%2Fexample.com%2Fagent%3Fid%3D7",
    )


def test_update_posts_twilios_parameters() -> None:
    operation = members().update(QUEUE, CALL, Url=TWIML, Method="POST")
    assert_request(
        operation.request,
        "POST",
        f"{MEMBERS}/{CALL}.json",
        b"Url=https%3A%2F%2Fexample.com%2Fagent%3Fid%3D7&Method=POST",
    )


def test_get_page_sends_the_page_size_and_passthrough_parameters() -> None:
    operation = members().get_page(QUEUE, page_size=10, PageToken="PT")
    assert_request(operation.request, "GET", f"{MEMBERS}.json?PageSize=10&PageToken=PT")


def test_get_page_without_filters_asks_for_the_list() -> None:
    assert_request(members().get_page(QUEUE).request, "GET", f"{MEMBERS}.json")


def test_get_page_at_follows_a_saved_cursor() -> None:
    cursor = f"/2010-04-01/Accounts/{ACCOUNT}/Queues/{QUEUE}/Members.json?Page=1"
    assert_request(members().get_page_at(cursor).request, "GET", ROOT + cursor)


# Parsing


def test_member_converts_every_field() -> None:
    member = members().get(QUEUE, CALL).parse(json_response(MEMBER_JSON))
    assert isinstance(member, QueueMember)
    assert member.to_dict() == {
        "call_sid": CALL,
        "queue_sid": QUEUE,
        "position": 1,
        "wait_time": timedelta(seconds=30),
        "date_enqueued": WHEN_DT,
        "uri": MEMBER_JSON["uri"],
    }


def test_dequeue_parses_the_member() -> None:
    member = members().dequeue(QUEUE, CALL, TWIML).parse(json_response(MEMBER_JSON))
    assert member.call_sid == CALL


def test_get_front_of_an_empty_queue_is_twilios_404() -> None:
    body = {"code": 20404, "message": "The requested resource was not found", "status": 404}
    with pytest.raises(APIError) as caught:
        members().get_front(QUEUE).parse(json_response(body, 404))
    assert caught.value.status == 404


def test_get_page_parses_records_and_the_next_cursor() -> None:
    next_uri = f"/2010-04-01/Accounts/{ACCOUNT}/Queues/{QUEUE}/Members.json?Page=1"
    body = {"queue_members": [MEMBER_JSON], "page": 0, "next_page_uri": next_uri}
    page = members().get_page(QUEUE).parse(json_response(body))
    assert [record.call_sid for record in page] == [CALL]
    assert page.cursor == next_uri


# Bad input


@pytest.mark.parametrize("queue", ["CA" + "1" * 32, "QU1", "", None])
def test_operations_refuse_a_malformed_queue_sid(queue: Any) -> None:
    ops = members()
    for build in (
        lambda: ops.get(queue, CALL),
        lambda: ops.get_front(queue),
        lambda: ops.update(queue, CALL, Url=TWIML),
        lambda: ops.dequeue(queue, CALL, TWIML),
        lambda: ops.get_page(queue),
    ):
        with pytest.raises(InvalidArgument, match="queue_sid"):
            build()


@pytest.mark.parametrize("call_sid", ["QU" + "2" * 32, "front", "CA1", "", None])
def test_operations_refuse_a_member_that_is_neither_call_sid_nor_front(call_sid: Any) -> None:
    ops = members()
    builds: list[Callable[[], object]] = [
        lambda: ops.get(QUEUE, call_sid),
        lambda: ops.update(QUEUE, call_sid, Url=TWIML),
        lambda: ops.dequeue(QUEUE, call_sid, TWIML),
    ]
    for build in builds:
        with pytest.raises(InvalidArgument, match="call_sid"):
            build()


@pytest.mark.parametrize("url", ["", None, "https://x\x00"])
def test_dequeue_refuses_a_malformed_url(url: Any) -> None:
    with pytest.raises(InvalidArgument, match="url"):
        members().dequeue(QUEUE, CALL, url)


def test_update_refuses_a_missing_url() -> None:
    with pytest.raises(InvalidArgument, match="Url"):
        members().update(QUEUE, CALL, Method="POST")


def test_get_page_refuses_a_bad_page_size() -> None:
    with pytest.raises(InvalidArgument, match="page_size"):
        members().get_page(QUEUE, page_size=0)


# Conformance with Twilio's OpenAPI document


def oai_document(name: str) -> dict[str, Any]:
    configured = os.environ.get("TWILIO_OAI_DIR")
    repo = Path(__file__).resolve().parents[3]
    folder = Path(configured) if configured else repo.parent / "shared" / "twilio-oai"
    path = folder / name
    if not path.is_file():
        pytest.skip("Twilio's OpenAPI documents are not available: set TWILIO_OAI_DIR")
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def test_member_model_covers_twilios_document() -> None:
    schemas = oai_document("twilio_api_v2010.json")["components"]["schemas"]
    properties = schemas["api.v2010.account.queue.member"]["properties"]
    assert set(properties) <= set(QueueMember.field_names().values())
    assert not any("$ref" in spec for spec in properties.values())
