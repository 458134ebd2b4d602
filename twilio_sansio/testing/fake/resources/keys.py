"""API keys: create (the only answer with the secret), fetch, list, rename, delete.

A key's record keeps its secret in ``_secret`` and its account in ``_account_sid``: the
fake's authentication accepts ``SK...`` with that secret as the account's credentials,
until the key is deleted. Twilio's key JSON has no ``account_sid``, so neither has the
fake's.
"""

from __future__ import annotations

from twilio_sansio.core.http import Response
from twilio_sansio.testing.fake.listing import page_2010
from twilio_sansio.testing.fake.resources._common import (
    ACCOUNT,
    answer_record,
    answer_rename,
    checked_friendly_name,
    seeded,
    stamp,
)
from twilio_sansio.testing.fake.router import Resource
from twilio_sansio.testing.fake.store import FakeStore, Record, public
from twilio_sansio.testing.fake.wire import Incoming, json_response, no_content, not_found

KEYS = "keys"


def seed_key(
    store: FakeStore, account_sid: str, *, secret: str | None = None, **fields: object
) -> Record:
    """Store an API key of ``account_sid`` that authenticates with ``secret``.

    Args:
        store: The fake's state.
        account_sid: The account the key acts for.
        secret: The key's secret; None draws one.
        **fields: JSON fields to set over the defaults (``friendly_name="ci"``).

    Returns:
        The stored record, with the private ``_secret`` and ``_account_sid``.
    """
    now = stamp(store)
    record: Record = {
        "date_created": now,
        "date_updated": now,
        "friendly_name": None,
        "sid": store.new_sid("SK"),
        "_account_sid": account_sid,
        "_secret": secret if secret is not None else store.new_sid("")[:32],
    }
    return seeded(store, KEYS, record, fields)


def _key(incoming: Incoming) -> Record:
    record = incoming.store.get(KEYS, incoming.params["Sid"])
    if record is None or record.get("_account_sid") != incoming.account_sid:
        raise not_found(incoming.path)
    return record


routes = Resource(ACCOUNT + "/Keys")


@routes.create
def create(incoming: Incoming) -> Response:
    """POST /Keys.json: the answer carries the secret, which is never shown again."""
    record = seed_key(
        incoming.store, incoming.account_sid, friendly_name=checked_friendly_name(incoming)
    )
    return json_response(201, {**public(record), "secret": record["_secret"]})


@routes.fetch
def fetch(incoming: Incoming) -> Response:
    """GET /Keys/{Sid}.json (without the secret)."""
    return answer_record(_key(incoming))


@routes.update
def update(incoming: Incoming) -> Response:
    """POST /Keys/{Sid}.json: rename."""
    return answer_rename(_key(incoming), incoming)


@routes.delete
def delete(incoming: Incoming) -> Response:
    """DELETE /Keys/{Sid}.json: requests signed with the key fail from then on."""
    record = _key(incoming)
    incoming.store.remove(KEYS, record["sid"])
    return no_content()


@routes.listing
def listing(incoming: Incoming) -> Response:
    """GET /Keys.json: newest first."""
    rows = incoming.store.newest_first(
        KEYS, lambda record: record.get("_account_sid") == incoming.account_sid
    )
    return page_2010(incoming, "keys", rows)


ROUTES = (routes,)
"""The API key routes."""
