"""Queue members: every operation's request byte for byte, the model's conversions, bad input."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from tests.core._support import (
    ACCOUNT,
    ROOT,
    WHEN,
    WHEN_DT,
    assert_choices_cover,
    assert_request,
    json_response,
    make_config,
    openapi_schemas,
)
from twilio_sansio.core.errors import APIError, InvalidArgument
from twilio_sansio.core.resources.queue_members import FRONT, QueueMember, QueueMemberOperations

QUEUE = "QU" + "1" * 32
CALL = "CA" + "2" * 32
MEMBERS = f"{ROOT}/2010-04-01/Accounts/{ACCOUNT}/Queues/{QUEUE}/Members"
TWIML = "https://example.com/agent?id=7"


def members() -> QueueMemberOperations:
    return QueueMemberOperations(make_config())


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


def test_member_model_covers_twilios_document() -> None:
    assert_choices_cover(openapi_schemas(), "api.v2010.account.queue.member", QueueMember, {})
