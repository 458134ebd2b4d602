"""Call queues and their members.

Calls join a queue through TwiML ``<Enqueue>``, which the fake does not run: tests put
calls in a queue with :func:`seed_queue_member`. A queue's ``current_size`` and
``average_wait_time`` and each member's ``position`` and ``wait_time`` are computed when
they are read, as Twilio computes them. Members are listed front first (position 1 is
the call that has waited longest), the order Twilio lists them in; ``Front`` stands for
that call. Dequeuing a member (POST with ``Url``) takes its call out of the queue and
redirects it to the URL; a call that ends leaves its queue.

``MaxSize`` defaults to 1000 and may be up to 5000, as Twilio documents today. Queue
names are unique within an account. A queue with calls waiting cannot be deleted (400,
code 20009): dequeue them first.
"""

from __future__ import annotations

from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from typing import Any

from twilio_sansio.core.http import Response
from twilio_sansio.testing.fake.listing import page_2010
from twilio_sansio.testing.fake.resources import calls
from twilio_sansio.testing.fake.resources._common import (
    ACCOUNT,
    account_path,
    answer_record,
    answer_update,
    check_method,
    check_url,
    named_record,
    owned_by,
    seeded,
    seeded_parent,
    stamp,
    touch,
)
from twilio_sansio.testing.fake.router import Resource
from twilio_sansio.testing.fake.store import FakeStore, Record, public
from twilio_sansio.testing.fake.wire import (
    FakeApiError,
    Incoming,
    invalid_parameter,
    json_response,
    missing_parameter,
    no_content,
    not_found,
)

QUEUES = "queues"
MEMBERS = "queue_members"
FRONT = "Front"
DEFAULT_MAX_SIZE = 1000
LARGEST_MAX_SIZE = 5000
MAX_NAME_LENGTH = 64


def _member_key(queue_sid: str, call_sid: str) -> str:
    return f"{queue_sid}:{call_sid}"


def _members_front_first(store: FakeStore, queue_sid: str) -> Iterator[tuple[str, Record]]:
    """The queue's members in the order they joined (the table keeps insertion order)."""
    for key, member in store.table(MEMBERS).items():
        if member["queue_sid"] == queue_sid:
            yield key, member


def _seconds_waited(store: FakeStore, member: Record) -> int:
    enqueued = parsedate_to_datetime(member["date_enqueued"])
    return max(0, int((store.now() - enqueued).total_seconds()))


def refresh(store: FakeStore, queue: Record) -> Record:
    """Recompute the queue's size and average wait, and its members' positions and waits."""
    waits: list[int] = []
    for position, (_, member) in enumerate(_members_front_first(store, queue["sid"]), start=1):
        member["position"] = position
        member["wait_time"] = _seconds_waited(store, member)
        waits.append(member["wait_time"])
    queue["current_size"] = len(waits)
    queue["average_wait_time"] = sum(waits) // len(waits) if waits else 0
    return queue


# -- seeding --------------------------------------------------------------------------------


def new_queue(store: FakeStore, account_sid: str, friendly_name: str, **fields: Any) -> Record:
    """Build and store an empty queue; ``fields`` replace any JSON field."""
    sid = fields.pop("sid", None) or store.new_sid("QU")
    now = stamp(store)
    record: Record = {
        "date_updated": now,
        "current_size": 0,
        "friendly_name": friendly_name,
        "uri": account_path(account_sid, f"/Queues/{sid}.json"),
        "account_sid": account_sid,
        "average_wait_time": 0,
        "sid": sid,
        "date_created": now,
        "max_size": DEFAULT_MAX_SIZE,
    }
    return seeded(store, QUEUES, record, fields)


def seed_queue_member(
    store: FakeStore,
    account_sid: str,
    queue_sid: str,
    call_sid: str | None = None,
    **fields: Any,
) -> Record:
    """Put a call at the back of a queue, as TwiML ``<Enqueue>`` does.

    Args:
        store: The fake's state.
        account_sid: The queue's account.
        queue_sid: The queue.
        call_sid: The waiting call; None seeds an inbound call in progress.
        **fields: Any JSON field to set instead of its default (``date_enqueued=`` an
            RFC 2822 time in the past, to have waited).

    Returns:
        The stored member record.

    Raises:
        KeyError: no such queue in the account.
        ValueError: the queue is full, or the call is already in it.
    """
    queue = seeded_parent(store, QUEUES, queue_sid, account_sid)
    refresh(store, queue)
    if queue["current_size"] >= queue["max_size"]:
        raise ValueError(f"queue {queue_sid} is full ({queue['max_size']} calls)")
    if call_sid is None:
        call_sid = calls.seed_call(store, account_sid)["sid"]
    key = _member_key(queue_sid, call_sid)
    if store.get(MEMBERS, key) is not None:
        raise ValueError(f"call {call_sid} is already in queue {queue_sid}")
    record: Record = {
        "call_sid": call_sid,
        "date_enqueued": stamp(store),
        "position": 0,
        "uri": account_path(account_sid, f"/Queues/{queue_sid}/Members/{call_sid}.json"),
        "wait_time": 0,
        "queue_sid": queue_sid,
        "_account_sid": account_sid,
    }
    record.update(fields)
    store.insert(MEMBERS, key, record)
    refresh(store, queue)
    return record


def follow_call(store: FakeStore, call: Record) -> None:
    """Take ``call`` out of its queues once it has ended (calls tells this on each move)."""
    if call["status"] not in calls.ENDED:
        return
    for member in store.remove_where(MEMBERS, lambda record: record["call_sid"] == call["sid"]):
        queue = store.get(QUEUES, member["queue_sid"])
        if queue is not None:
            refresh(store, queue)


# -- queues ---------------------------------------------------------------------------------


routes = Resource(ACCOUNT + "/Queues")
member_routes = Resource(ACCOUNT + "/Queues/{QueueSid}/Members", key="CallSid")


def _queue(incoming: Incoming, param: str = "Sid") -> Record:
    return refresh(incoming.store, named_record(incoming, QUEUES, param))


def _checked_name(incoming: Incoming, name: str, *, keep: str | None = None) -> str:
    if len(name) > MAX_NAME_LENGTH:
        raise invalid_parameter(f"FriendlyName is longer than {MAX_NAME_LENGTH} characters")
    for _, queue in incoming.store.newest_first(QUEUES, owned_by(incoming.account_sid)):
        if queue["friendly_name"] == name and queue["sid"] != keep:
            raise invalid_parameter(f"A queue named {name!r} already exists in this account")
    return name


def _max_size(incoming: Incoming, default: int) -> int:
    return incoming.integer("MaxSize", default=default, low=1, high=LARGEST_MAX_SIZE)


@routes.create
def create(incoming: Incoming) -> Response:
    """POST /Queues.json: a new empty queue with a name unique in the account."""
    name = incoming.value("FriendlyName")
    if not name:
        raise missing_parameter("FriendlyName")
    max_size = _max_size(incoming, DEFAULT_MAX_SIZE)
    queue = new_queue(
        incoming.store,
        incoming.account_sid,
        _checked_name(incoming, name),
        max_size=max_size,
    )
    return answer_record(queue, 201)


@routes.fetch
def fetch(incoming: Incoming) -> Response:
    """GET /Queues/{Sid}.json."""
    return answer_record(_queue(incoming))


@routes.update
def update(incoming: Incoming) -> Response:
    """POST /Queues/{Sid}.json: rename it or change its MaxSize."""
    queue = _queue(incoming)
    name = incoming.value("FriendlyName")
    if incoming.has("FriendlyName") and not name:
        raise invalid_parameter("FriendlyName cannot be empty")
    max_size = _max_size(incoming, queue["max_size"])
    if name:
        queue["friendly_name"] = _checked_name(incoming, name, keep=queue["sid"])
    queue["max_size"] = max_size
    return answer_update(queue, incoming.store)


@routes.delete
def delete(incoming: Incoming) -> Response:
    """DELETE /Queues/{Sid}.json: only an empty queue."""
    queue = _queue(incoming)
    if queue["current_size"]:
        raise FakeApiError(
            400,
            20009,
            f"Cannot delete queue {queue['sid']}: {queue['current_size']} calls are waiting in it",
        )
    incoming.store.remove(QUEUES, queue["sid"])
    return no_content()


@routes.listing
def listing(incoming: Incoming) -> Response:
    """GET /Queues.json: the account's queues, newest first."""
    store = incoming.store
    rows = (
        (key, refresh(store, queue))
        for key, queue in store.newest_first(QUEUES, owned_by(incoming.account_sid))
    )
    return page_2010(incoming, "queues", rows)


# -- members --------------------------------------------------------------------------------


def _member(incoming: Incoming, queue: Record) -> tuple[str, Record]:
    named = incoming.params["CallSid"]
    if named == FRONT:
        for key, member in _members_front_first(incoming.store, queue["sid"]):
            return key, member
        raise not_found(incoming.path)
    key = _member_key(queue["sid"], named)
    found = incoming.store.get(MEMBERS, key)
    if found is None:
        raise not_found(incoming.path)
    return key, found


@member_routes.fetch
def member_fetch(incoming: Incoming) -> Response:
    """GET /Queues/{QueueSid}/Members/{CallSid}.json (a call SID, or ``Front``)."""
    _, member = _member(incoming, _queue(incoming, "QueueSid"))
    return answer_record(member)


@member_routes.update
def member_update(incoming: Incoming) -> Response:
    """POST /Queues/{QueueSid}/Members/{CallSid}.json: dequeue the call to ``Url``."""
    store = incoming.store
    queue = _queue(incoming, "QueueSid")
    key, member = _member(incoming, queue)
    url = incoming.value("Url")
    if not url:
        raise missing_parameter("Url")
    check_url("Url", url)
    check_method(incoming, "Method")
    answer = public(member)
    store.remove(MEMBERS, key)
    call = store.get(calls.CALLS, member["call_sid"])
    if call is not None:
        for field in ("_twiml", "_application_sid"):
            call.pop(field, None)
        call["_url"] = url
        call["_method"] = (incoming.value("Method") or "POST").upper()
        touch(call, store)
    refresh(store, queue)
    touch(queue, store)
    return json_response(200, answer)


@member_routes.listing
def member_listing(incoming: Incoming) -> Response:
    """GET /Queues/{QueueSid}/Members.json: front first."""
    queue = _queue(incoming, "QueueSid")
    return page_2010(incoming, "queue_members", _members_front_first(incoming.store, queue["sid"]))


ROUTES = (routes, member_routes)
"""The routes of queues and their members."""
