"""Queues: every operation's request byte for byte, the model's conversions, bad input."""

from __future__ import annotations

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
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.http import Response
from twilio_sansio.core.resources.queues import Queue, QueueOperations

QUEUE = "QU" + "1" * 32
QUEUES = f"{ROOT}/2010-04-01/Accounts/{ACCOUNT}/Queues"


def queues() -> QueueOperations:
    return QueueOperations(make_config())


QUEUE_JSON: dict[str, Any] = {
    "sid": QUEUE,
    "account_sid": ACCOUNT,
    "friendly_name": "support",
    "current_size": 3,
    "max_size": "100",
    "average_wait_time": 75,
    "date_created": WHEN,
    "date_updated": WHEN,
    "uri": f"/2010-04-01/Accounts/{ACCOUNT}/Queues/{QUEUE}.json",
}


# Requests


def test_create_posts_the_friendly_name_and_twilios_parameters() -> None:
    operation = queues().create("support & sales", MaxSize=100)
    assert_request(
        operation.request,
        "POST",
        f"{QUEUES}.json",
        b"FriendlyName=support%20%26%20sales&MaxSize=100",
    )


def test_get_fetches_the_queue_json() -> None:
    assert_request(queues().get(QUEUE).request, "GET", f"{QUEUES}/{QUEUE}.json")


def test_update_posts_twilios_parameters() -> None:
    operation = queues().update(QUEUE, FriendlyName="billing", MaxSize=5000)
    assert_request(
        operation.request, "POST", f"{QUEUES}/{QUEUE}.json", b"FriendlyName=billing&MaxSize=5000"
    )


def test_delete_removes_the_queue() -> None:
    assert_request(queues().delete(QUEUE).request, "DELETE", f"{QUEUES}/{QUEUE}.json")


def test_get_page_sends_the_page_size_and_passthrough_parameters() -> None:
    operation = queues().get_page(page_size=50, PageToken="PT")
    assert_request(operation.request, "GET", f"{QUEUES}.json?PageSize=50&PageToken=PT")


def test_get_page_without_filters_asks_for_the_list() -> None:
    assert_request(queues().get_page().request, "GET", f"{QUEUES}.json")


def test_get_page_at_follows_a_saved_cursor() -> None:
    cursor = f"/2010-04-01/Accounts/{ACCOUNT}/Queues.json?Page=1&PageToken=PA"
    assert_request(queues().get_page_at(cursor).request, "GET", ROOT + cursor)


# Parsing


def test_queue_converts_every_field() -> None:
    queue = queues().get(QUEUE).parse(json_response(QUEUE_JSON))
    assert isinstance(queue, Queue)
    assert queue.to_dict() == {
        "sid": QUEUE,
        "account_sid": ACCOUNT,
        "friendly_name": "support",
        "current_size": 3,
        "max_size": 100,
        "average_wait_time": timedelta(seconds=75),
        "date_created": WHEN_DT,
        "date_updated": WHEN_DT,
        "uri": QUEUE_JSON["uri"],
    }


@pytest.mark.parametrize("build", ["create", "update"])
def test_create_and_update_parse_the_queue(build: str) -> None:
    ops = queues()
    operation = ops.create("support") if build == "create" else ops.update(QUEUE, MaxSize=1)
    assert operation.parse(json_response(QUEUE_JSON)).sid == QUEUE


@pytest.mark.parametrize("status", [204, 404])
def test_delete_succeeds_when_removed_or_already_gone(status: int) -> None:
    assert queues().delete(QUEUE).parse(Response(status)) is None


def test_get_page_parses_records_and_the_next_cursor() -> None:
    next_uri = f"/2010-04-01/Accounts/{ACCOUNT}/Queues.json?Page=1"
    body = {"queues": [QUEUE_JSON], "page": 0, "next_page_uri": next_uri}
    page = queues().get_page().parse(json_response(body))
    assert [record.sid for record in page] == [QUEUE]
    assert page.cursor == next_uri


# Bad input


@pytest.mark.parametrize("sid", ["CA" + "1" * 32, "QU1", "", None])
def test_operations_refuse_a_malformed_queue_sid(sid: Any) -> None:
    ops = queues()
    for build in (
        lambda: ops.get(sid),
        lambda: ops.update(sid, MaxSize=1),
        lambda: ops.delete(sid),
    ):
        with pytest.raises(InvalidArgument, match="queue_sid"):
            build()


@pytest.mark.parametrize("name", ["", None, "a\x00b", 3])
def test_create_refuses_a_malformed_friendly_name(name: Any) -> None:
    with pytest.raises(InvalidArgument, match="friendly_name"):
        queues().create(name)


@pytest.mark.parametrize("size", [0, 1001, "50", True])
def test_get_page_refuses_a_bad_page_size(size: Any) -> None:
    with pytest.raises(InvalidArgument, match="page_size"):
        queues().get_page(page_size=size)


# Conformance with Twilio's OpenAPI document


def test_queue_model_covers_twilios_document() -> None:
    assert_choices_cover(openapi_schemas(), "api.v2010.account.queue", Queue, {})
