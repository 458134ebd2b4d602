"""Add-ons assigned to the account's phone numbers on the fake, and their extensions.

The fake has no Marketplace: a test installs an add-on on an account with
:func:`seed_installed_add_on` (``XE…``, with its extensions). A POST of its SID to
``IncomingPhoneNumbers/{PN…}/AssignedAddOns.json`` assigns it to the number (201; an
add-on not installed on the account is 400, 21200, and one assigned to the number
already is 400, 21201, the fake's choice of codes); the assignment copies the add-on's
name, description, configuration and extensions, and is fetched, listed (newest first)
and deleted there. Its extensions (``XF…``) are listed and fetched under
``…/AssignedAddOns/{XE…}/Extensions``; deleting the assignment deletes them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from twilio_sansio.core.http import Response
from twilio_sansio.testing.fake.resources._common import (
    ACCOUNT,
    INCOMING_NUMBERS,
    account_page,
    account_path,
    answer_record,
    named_record,
    seeded,
    stamp,
    subresource_uris,
)
from twilio_sansio.testing.fake.router import Resource
from twilio_sansio.testing.fake.store import FakeStore, Record
from twilio_sansio.testing.fake.wire import FakeApiError, Incoming, invalid_parameter, no_content

INSTALLED_ADD_ONS = "installed_add_ons"
"""The table of the add-ons installed on accounts (seeded by tests)."""
ASSIGNED_ADD_ONS = "assigned_add_ons"
"""The table of the add-ons assigned to numbers (records carry ``resource_sid``)."""
ADD_ON_EXTENSIONS = "assigned_add_on_extensions"
"""The table of the assignments' extensions (records carry ``assigned_add_on_sid``)."""
ALREADY_ASSIGNED = 21201

DEFAULT_EXTENSIONS = (("Lookup", "lookups"),)
"""The extension an installed add-on has unless a test gives others: a Lookup one."""

assigned_routes = Resource(ACCOUNT + "/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns")
extension_routes = Resource(
    ACCOUNT + "/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{AssignedAddOnSid}/Extensions"
)


def seed_installed_add_on(
    store: FakeStore,
    account_sid: str,
    *,
    extensions: Iterable[tuple[str, str]] = DEFAULT_EXTENSIONS,
    **fields: Any,
) -> Record:
    """Install an add-on on an account, as the Marketplace would; numbers can then have it.

    Args:
        store: The fake's state.
        account_sid: The account it is installed on.
        extensions: Its extensions, as ``(product name, unique name)`` pairs.
        **fields: Any field to set instead of its default (``friendly_name``,
            ``description``, ``configuration``, ``unique_name``).

    Returns:
        The stored record (``sid`` is the ``InstalledAddOnSid`` to assign).
    """
    sid = fields.pop("sid", None) or store.new_sid("XE")
    record: Record = {
        "sid": sid,
        "account_sid": account_sid,
        "friendly_name": "Caller Name Lookup",
        "description": "Looks up who owns a calling number",
        "configuration": {"bad_request_ratio": 0.5},
        "unique_name": "caller-name-lookup",
        "_extensions": [list(pair) for pair in extensions],
    }
    return seeded(store, INSTALLED_ADD_ONS, record, fields)


def _number(incoming: Incoming) -> Record:
    return named_record(incoming, INCOMING_NUMBERS, "ResourceSid")


def _of_number(number: Record) -> Any:
    return lambda record: record["resource_sid"] == number["sid"]


def _assignment(incoming: Incoming, param: str = "Sid") -> Record:
    """The path's assignment, of the path's number (404 otherwise)."""
    number = _number(incoming)
    return named_record(incoming, ASSIGNED_ADD_ONS, param, resource_sid=number["sid"])


@assigned_routes.create
def assign(incoming: Incoming) -> Response:
    """POST /IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns.json (201)."""
    number = _number(incoming)
    add_on_sid = incoming.required("InstalledAddOnSid")
    installed = incoming.store.get(INSTALLED_ADD_ONS, add_on_sid)
    if installed is None or installed["account_sid"] != incoming.account_sid:
        raise invalid_parameter(f"InstalledAddOnSid {add_on_sid} is not installed on the account")
    for _sid, existing in incoming.store.newest_first(ASSIGNED_ADD_ONS, _of_number(number)):
        if existing["_installed_add_on_sid"] == add_on_sid:
            raise FakeApiError(
                400, ALREADY_ASSIGNED, f"Add-on {add_on_sid} is already assigned to the number"
            )
    now = stamp(incoming.store)
    sid = incoming.store.new_sid("XE")
    base = account_path(
        incoming.account_sid, f"/IncomingPhoneNumbers/{number['sid']}/AssignedAddOns/{sid}"
    )
    record: Record = {
        "sid": sid,
        "account_sid": incoming.account_sid,
        "resource_sid": number["sid"],
        "friendly_name": installed["friendly_name"],
        "description": installed["description"],
        "configuration": installed["configuration"],
        "unique_name": installed["unique_name"],
        "date_created": now,
        "date_updated": now,
        "uri": f"{base}.json",
        "subresource_uris": subresource_uris(base, "extensions"),
        "_installed_add_on_sid": add_on_sid,
    }
    incoming.store.insert(ASSIGNED_ADD_ONS, sid, record)
    for product_name, unique_name in installed["_extensions"]:
        extension_sid = incoming.store.new_sid("XF")
        extension: Record = {
            "sid": extension_sid,
            "account_sid": incoming.account_sid,
            "resource_sid": number["sid"],
            "assigned_add_on_sid": sid,
            "friendly_name": f"{installed['friendly_name']} for {product_name}",
            "product_name": product_name,
            "unique_name": unique_name,
            "uri": f"{base}/Extensions/{extension_sid}.json",
            "enabled": True,
        }
        incoming.store.insert(ADD_ON_EXTENSIONS, extension_sid, extension)
    return answer_record(record, 201)


@assigned_routes.fetch
def fetch(incoming: Incoming) -> Response:
    """GET /IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{Sid}.json."""
    return answer_record(_assignment(incoming))


@assigned_routes.delete
def unassign(incoming: Incoming) -> Response:
    """DELETE /IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{Sid}.json, its extensions too."""
    record = _assignment(incoming)
    incoming.store.remove(ASSIGNED_ADD_ONS, record["sid"])
    incoming.store.remove_where(
        ADD_ON_EXTENSIONS, lambda extension: extension["assigned_add_on_sid"] == record["sid"]
    )
    return no_content()


@assigned_routes.listing
def listing(incoming: Incoming) -> Response:
    """GET /IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns.json, newest first."""
    number = _number(incoming)
    return account_page(incoming, ASSIGNED_ADD_ONS, "assigned_add_ons", _of_number(number))


@extension_routes.fetch
def extension_fetch(incoming: Incoming) -> Response:
    """GET …/AssignedAddOns/{AssignedAddOnSid}/Extensions/{Sid}.json."""
    assignment = _assignment(incoming, "AssignedAddOnSid")
    return answer_record(
        named_record(incoming, ADD_ON_EXTENSIONS, assigned_add_on_sid=assignment["sid"])
    )


@extension_routes.listing
def extension_listing(incoming: Incoming) -> Response:
    """GET …/AssignedAddOns/{AssignedAddOnSid}/Extensions.json, newest first."""
    assignment = _assignment(incoming, "AssignedAddOnSid")
    return account_page(
        incoming,
        ADD_ON_EXTENSIONS,
        "extensions",
        lambda record: record["assigned_add_on_sid"] == assignment["sid"],
    )


ROUTES = (assigned_routes, extension_routes)
"""The routes of the add-ons assigned to numbers and their extensions."""
