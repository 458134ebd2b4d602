"""Queues and queue members on the fake Twilio."""

from __future__ import annotations

from typing import Any

import pytest

from tests.testing.fake._support import (
    Clock,
    Through,
    assert_schema,
    collect,
    error_of,
    other_account,
    run_scenario,
    send,
    settle,
)
from twilio_sansio import APIError
from twilio_sansio.testing.fake import FakeTwilio
from twilio_sansio.testing.fake.resources import calls, queues
from twilio_sansio.testing.fake.store import Record

NEXT_URL = "https://example.com/agent"


def _queue(fake: FakeTwilio, name: str = "support", **fields: Any) -> Record:
    return queues.new_queue(fake.store, fake.account_sid, name, **fields)


def _member(fake: FakeTwilio, queue: Record, **fields: Any) -> Record:
    return queues.seed_queue_member(fake.store, fake.account_sid, queue["sid"], **fields)


# -- queues and their members ---------------------------------------------------------------


def test_calls_wait_in_a_queue_and_the_front_one_is_dequeued(
    through: Through, clock: Clock
) -> None:
    fake = through.fake

    async def scenario(client: Any) -> Any:
        created = await settle(client.queues.create("support"))
        waiting = []
        for _ in range(3):
            waiting.append(_member(fake, {"sid": created.sid}))
            clock.advance(60)
        full = await settle(client.queues.get(created.sid))
        members = await settle(collect(client.queue_members.iterate(created.sid)))
        front = await settle(client.queue_members.get_front(created.sid))
        taken = await settle(client.queue_members.dequeue(created.sid, "Front", NEXT_URL))
        after = await settle(client.queues.get(created.sid))
        return created, waiting, full, members, front, taken, after

    created, waiting, full, members, front, taken, after = run_scenario(through, scenario)
    assert (created.max_size, created.current_size, created.raw["average_wait_time"]) == (
        1000,
        0,
        0,
    )
    assert (full.current_size, full.raw["average_wait_time"]) == (3, 120)
    assert [m.call_sid for m in members] == [member["call_sid"] for member in waiting]
    assert [m.position for m in members] == [1, 2, 3]
    assert [m.raw["wait_time"] for m in members] == [180, 120, 60]
    assert front.call_sid == taken.call_sid == waiting[0]["call_sid"]
    assert (after.current_size, after.raw["average_wait_time"]) == (2, 90)
    call = fake.store.get(calls.CALLS, waiting[0]["call_sid"])
    assert call is not None
    assert (call["_url"], call["_method"]) == (NEXT_URL, "POST")


def test_a_call_that_ends_leaves_its_queue(fake: FakeTwilio) -> None:
    queue = _queue(fake)
    first = _member(fake, queue)
    second = _member(fake, queue)
    calls.set_call_status(fake.store, first["call_sid"], "completed")
    with fake.client() as client:
        remaining = list(client.queue_members.iterate(queue["sid"]))
        size = client.queues.get(queue["sid"]).current_size
    assert [(m.call_sid, m.position) for m in remaining] == [(second["call_sid"], 1)]
    assert size == 1


def test_a_member_is_fetched_by_call_sid_and_dequeued_with_a_method(fake: FakeTwilio) -> None:
    queue = _queue(fake)
    _member(fake, queue)
    second = _member(fake, queue)
    with fake.client() as client:
        fetched = client.queue_members.get(queue["sid"], second["call_sid"])
        client.queue_members.dequeue(queue["sid"], second["call_sid"], NEXT_URL, Method="GET")
        with pytest.raises(APIError) as gone:
            client.queue_members.get(queue["sid"], second["call_sid"])
    assert fetched.position == 2
    assert gone.value.status == 404
    call = fake.store.get(calls.CALLS, second["call_sid"])
    assert call is not None
    assert call["_method"] == "GET"


def test_queue_member_errors(fake: FakeTwilio) -> None:
    empty = _queue(fake, "empty")
    busy = _queue(fake, "busy")
    member = _member(fake, busy)
    members = f"/Queues/{busy['sid']}/Members"
    assert error_of(send(fake, "GET", f"/Queues/{empty['sid']}/Members/Front.json")) == (
        404,
        20404,
    )
    assert error_of(send(fake, "GET", f"{members}/CA{'0' * 32}.json")) == (404, 20404)
    path = f"{members}/{member['call_sid']}.json"
    assert error_of(send(fake, "POST", path, {})) == (400, 20001)
    assert error_of(send(fake, "POST", path, {"Url": "relative/path"})) == (400, 21205)
    assert error_of(send(fake, "POST", path, {"Url": NEXT_URL, "Method": "PUT"})) == (400, 21200)
    assert busy["current_size"] == 1


def test_seeding_members_respects_the_queue(fake: FakeTwilio) -> None:
    small = _queue(fake, "small", max_size=1)
    member = _member(fake, small)
    with pytest.raises(ValueError, match="full"):
        _member(fake, small)
    roomy = _queue(fake, "roomy")
    _member(fake, roomy, call_sid=member["call_sid"])
    with pytest.raises(ValueError, match="already"):
        _member(fake, roomy, call_sid=member["call_sid"])
    with pytest.raises(KeyError):
        queues.seed_queue_member(fake.store, other_account(fake), roomy["sid"])


# -- creating, changing and deleting queues ---------------------------------------------------


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ({}, 20001),
        ({"FriendlyName": ""}, 20001),
        ({"FriendlyName": "taken"}, 21200),
        ({"FriendlyName": "x" * 65}, 21200),
        ({"FriendlyName": "new", "MaxSize": "0"}, 21200),
        ({"FriendlyName": "new", "MaxSize": "5001"}, 21200),
        ({"FriendlyName": "new", "MaxSize": "many"}, 21200),
    ],
)
def test_a_queue_twilio_would_refuse_is_refused(
    fake: FakeTwilio, form: dict[str, str], code: int
) -> None:
    _queue(fake, "taken")
    assert error_of(send(fake, "POST", "/Queues.json", form)) == (400, code)
    assert len(fake.store.table(queues.QUEUES)) == 1


def test_the_same_name_may_serve_in_another_account(fake: FakeTwilio) -> None:
    queues.new_queue(fake.store, other_account(fake), "support")
    status, body = send(fake, "POST", "/Queues.json", {"FriendlyName": "support", "MaxSize": "5"})
    assert (status, body["max_size"], body["friendly_name"]) == (201, 5, "support")


def test_a_queue_is_renamed_resized_and_deleted_once_empty(through: Through) -> None:
    fake = through.fake
    _queue(fake, "billing")

    async def scenario(client: Any) -> Any:
        created = await settle(client.queues.create("sales"))
        renamed = await settle(client.queues.update(created.sid, FriendlyName="deals", MaxSize=7))
        same = await settle(client.queues.update(created.sid, FriendlyName="deals"))
        try:
            await settle(client.queues.update(created.sid, FriendlyName="billing"))
        except APIError as error:
            clash: APIError | None = error
        else:
            clash = None
        member = _member(fake, {"sid": created.sid})
        try:
            await settle(client.queues.delete(created.sid))
        except APIError as error:
            refused: APIError | None = error
        else:
            refused = None
        calls.set_call_status(fake.store, member["call_sid"], "completed")
        await settle(client.queues.delete(created.sid))
        remaining = await settle(collect(client.queues.iterate()))
        return renamed, same, clash, refused, remaining

    renamed, same, clash, refused, remaining = run_scenario(through, scenario)
    assert (renamed.friendly_name, renamed.max_size) == ("deals", 7)
    assert (same.friendly_name, same.max_size) == ("deals", 7)
    assert clash is not None
    assert (clash.status, clash.code) == (400, 21200)
    assert refused is not None
    assert (refused.status, refused.code) == (400, 20009)
    assert [queue.friendly_name for queue in remaining] == ["billing"]


# -- listing ----------------------------------------------------------------------------------


def test_queue_pages_are_newest_first_and_hold_each_once(through: Through) -> None:
    made = [_queue(through.fake, f"queue {n}")["sid"] for n in range(7)]

    async def scenario(client: Any) -> Any:
        return await settle(collect(client.queues.get_page_iterator(page_size=3)))

    pages = run_scenario(through, scenario)
    assert [len(page.records) for page in pages] == [3, 3, 1]
    assert [queue.sid for page in pages for queue in page.records] == made[::-1]


def test_member_pages_are_front_first_and_hold_each_once(fake: FakeTwilio) -> None:
    queue = _queue(fake)
    made = [_member(fake, queue)["call_sid"] for _ in range(7)]
    with fake.client() as client:
        pages = list(client.queue_members.get_page_iterator(queue["sid"], page_size=3))
    assert [len(page.records) for page in pages] == [3, 3, 1]
    assert [m.call_sid for page in pages for m in page.records] == made
    assert [m.position for page in pages for m in page.records] == list(range(1, 8))


def test_queues_of_another_account_and_unknown_ones_are_404(fake: FakeTwilio) -> None:
    foreign = queues.new_queue(fake.store, other_account(fake), "theirs")
    for sid in ("QU" + "0" * 32, foreign["sid"]):
        assert error_of(send(fake, "GET", f"/Queues/{sid}.json")) == (404, 20404)
        assert error_of(send(fake, "DELETE", f"/Queues/{sid}.json")) == (404, 20404)
        assert error_of(send(fake, "GET", f"/Queues/{sid}/Members.json")) == (404, 20404)
        assert error_of(send(fake, "GET", f"/Queues/{sid}/Members/Front.json")) == (404, 20404)
    assert fake.store.get(queues.QUEUES, foreign["sid"]) is not None


# -- the JSON matches Twilio's schemas ------------------------------------------------------


def test_every_schema_property_is_in_the_fakes_json(fake: FakeTwilio) -> None:
    _, created = send(fake, "POST", "/Queues.json", {"FriendlyName": "support"})
    member = _member(fake, created)
    _, fetched = send(fake, "GET", f"/Queues/{created['sid']}.json")
    _, listed = send(fake, "GET", f"/Queues/{created['sid']}/Members.json")
    _, one = send(fake, "GET", f"/Queues/{created['sid']}/Members/{member['call_sid']}.json")
    assert_schema("api.v2010.account.queue", created)
    assert_schema("api.v2010.account.queue", fetched)
    assert_schema("api.v2010.account.queue.member", listed["queue_members"][0])
    assert_schema("api.v2010.account.queue.member", one)
