"""Accounts: the fake's main account and the subaccounts created under it."""

from __future__ import annotations

from twilio_sansio.core.http import Response
from twilio_sansio.testing.fake.listing import page_2010
from twilio_sansio.testing.fake.resources._common import (
    API_2010,
    account_path,
    answer_record,
    answer_update,
    query_filters,
    stamp,
    subresource_uris,
)
from twilio_sansio.testing.fake.router import Resource
from twilio_sansio.testing.fake.store import FakeStore, Record
from twilio_sansio.testing.fake.wire import (
    FakeApiError,
    Incoming,
    invalid_parameter,
    not_found,
)

KIND = "accounts"
STATUSES = ("active", "suspended", "closed")
_SUBRESOURCES = (
    "available_phone_numbers", "calls", "conferences", "incoming_phone_numbers",
    "notifications", "outgoing_caller_ids", "recordings", "transcriptions", "keys",
    "applications", "queues", "messages",
)  # fmt: skip


def new_account(
    store: FakeStore, *, sid: str, auth_token: str, friendly_name: str, owner_sid: str
) -> Record:
    """Create and store an account record as Twilio renders it."""
    now = stamp(store)
    record: Record = {
        "auth_token": auth_token,
        "date_created": now,
        "date_updated": now,
        "friendly_name": friendly_name,
        "owner_account_sid": owner_sid,
        "sid": sid,
        "status": "active",
        "subresource_uris": subresource_uris(account_path(sid, ""), *_SUBRESOURCES),
        "type": "Full",
        "uri": f"{API_2010}/Accounts/{sid}.json",
    }
    return store.insert(KIND, sid, record)


def can_act_on(store: FakeStore, principal: str, account_sid: str) -> bool:
    """Whether ``principal``'s credentials reach ``account_sid`` (itself or a subaccount)."""
    record = store.get(KIND, account_sid)
    return record is not None and (
        account_sid == principal or record.get("owner_account_sid") == principal
    )


def _visible(incoming: Incoming, sid: str) -> Record:
    if not can_act_on(incoming.store, incoming.principal, sid):
        raise not_found(incoming.path)
    record = incoming.store.get(KIND, sid)
    assert record is not None
    return record


routes = Resource(API_2010 + "/Accounts")


@routes.create
def create(incoming: Incoming) -> Response:
    """POST /Accounts.json: create a subaccount of the signing account."""
    store = incoming.store
    owner = store.get(KIND, incoming.principal)
    if owner is None or owner.get("owner_account_sid") != owner.get("sid"):
        raise FakeApiError(403, 20003, "Subaccounts cannot create subaccounts")
    now = store.now()
    friendly_name = (
        incoming.value("FriendlyName") or f"SubAccount Created at {now:%Y-%m-%d %H:%M %p}"
    )
    record = new_account(
        store,
        sid=store.new_sid("AC"),
        auth_token=f"{store.new_sid('')}",
        friendly_name=friendly_name,
        owner_sid=incoming.principal,
    )
    return answer_record(record, 201)


@routes.fetch
def fetch(incoming: Incoming) -> Response:
    """GET /Accounts/{Sid}.json."""
    return answer_record(_visible(incoming, incoming.params["Sid"]))


@routes.update
def update(incoming: Incoming) -> Response:
    """POST /Accounts/{Sid}.json: rename, suspend, reactivate or close."""
    record = _visible(incoming, incoming.params["Sid"])
    status = incoming.value("Status")
    if status is not None:
        if status not in STATUSES:
            raise invalid_parameter(f"Status must be one of {', '.join(STATUSES)}")
        if record["status"] == "closed" and status != "closed":
            raise FakeApiError(400, 20005, "A closed account cannot be reopened")
        if status != "active" and record["sid"] == incoming.principal:
            raise FakeApiError(400, 20005, "An account cannot suspend or close itself")
        record["status"] = status
    if incoming.has("FriendlyName"):
        record["friendly_name"] = incoming.value("FriendlyName")
    return answer_update(record, incoming.store)


@routes.listing
def listing(incoming: Incoming) -> Response:
    """GET /Accounts.json: the signing account and its subaccounts."""
    checks = query_filters(incoming, equal=("FriendlyName", "Status"))

    def matches(record: Record) -> bool:
        return can_act_on(incoming.store, incoming.principal, record["sid"]) and all(
            check(record) for check in checks
        )

    # Twilio lists accounts oldest first: the main account, then its subaccounts.
    rows = ((key, record) for key, record in incoming.store.table(KIND).items() if matches(record))
    return page_2010(incoming, "accounts", rows)


ROUTES = (routes,)
"""The account routes."""
