"""Outgoing caller IDs: numbers an account has verified, to call from.

``POST /OutgoingCallerIds.json`` starts a validation: Twilio would call the number and
wait for the code it answers with. The fake makes no call; the request stays pending
until a test completes it with :func:`complete_validation` (as if the code had been
typed in), or a test seeds a verified number with :func:`seed_caller_id`.
"""

from __future__ import annotations

import re

from twilio_sansio.core.http import Response
from twilio_sansio.testing.fake.resources import _common
from twilio_sansio.testing.fake.resources._common import (
    ACCOUNT,
    E164,
    account_path,
    answer_rename,
    check_method,
    checked_friendly_name,
    delete_handler,
    fetch_handler,
    has_verified,
    listing_handler,
    named_record,
    seeded,
    stamp,
)
from twilio_sansio.testing.fake.resources.available_numbers import friendly_name
from twilio_sansio.testing.fake.router import Resource
from twilio_sansio.testing.fake.store import FakeStore, Record
from twilio_sansio.testing.fake.wire import (
    FakeApiError,
    Incoming,
    invalid_parameter,
    json_response,
    missing_parameter,
)

OUTGOING_CALLER_IDS = _common.OUTGOING_CALLER_IDS
"""The table of verified caller IDs (records carry ``phone_number`` and ``account_sid``)."""

VALIDATIONS = "caller_id_validations"
"""The table of validation requests not completed yet (the fake's own bookkeeping)."""

MAX_CALL_DELAY = 60
_EXTENSION = re.compile(r"[0-9#*w]{1,64}")


def seed_caller_id(
    store: FakeStore, account_sid: str, phone_number: str, **fields: object
) -> Record:
    """Store ``phone_number`` as a verified caller ID of ``account_sid``.

    Args:
        store: The fake's state.
        account_sid: The owning account.
        phone_number: The verified number, in E.164.
        **fields: JSON fields to set over the defaults (``friendly_name="Office"``).

    Returns:
        The stored record.
    """
    sid = store.new_sid("PN")
    now = stamp(store)
    record: Record = {
        "account_sid": account_sid,
        "date_created": now,
        "date_updated": now,
        "friendly_name": friendly_name(phone_number),
        "phone_number": phone_number,
        "sid": sid,
        "uri": account_path(account_sid, f"/OutgoingCallerIds/{sid}.json"),
    }
    return seeded(store, OUTGOING_CALLER_IDS, record, fields)


def complete_validation(store: FakeStore, account_sid: str, phone_number: str) -> Record:
    """Finish a pending validation request, as if its code had been typed in on the call.

    Args:
        store: The fake's state.
        account_sid: The account that asked for the validation.
        phone_number: The number being validated, in E.164.

    Returns:
        The new caller ID's record, named as the request asked.

    Raises:
        KeyError: no validation of that number is pending for that account.
    """
    key = f"{account_sid}:{phone_number}"
    pending = store.remove(VALIDATIONS, key)
    if pending is None:
        raise KeyError(key)
    return seed_caller_id(store, account_sid, phone_number, friendly_name=pending["friendly_name"])


def _check_call_options(incoming: Incoming) -> None:
    delay = incoming.value("CallDelay")
    if delay is not None and not (delay.isdigit() and int(delay) <= MAX_CALL_DELAY):
        raise FakeApiError(400, 21454, f"CallDelay must be 0 to {MAX_CALL_DELAY}, not {delay!r}")
    extension = incoming.value("Extension")
    if extension is not None and not _EXTENSION.fullmatch(extension):
        raise invalid_parameter(f"Extension may hold digits, '#', '*' and 'w', not {extension!r}")
    check_method(incoming, "StatusCallbackMethod")


routes = Resource(ACCOUNT + "/OutgoingCallerIds")
routes.listing(
    listing_handler(
        OUTGOING_CALLER_IDS, "outgoing_caller_ids", equal=("PhoneNumber", "FriendlyName")
    )
)
routes.fetch(fetch_handler(OUTGOING_CALLER_IDS))
routes.delete(delete_handler(OUTGOING_CALLER_IDS))


@routes.create
def create(incoming: Incoming) -> Response:
    """POST /OutgoingCallerIds.json: start validating a number; answer the code to enter."""
    store = incoming.store
    number = incoming.value("PhoneNumber")
    if not number:
        raise missing_parameter("PhoneNumber")
    if not E164.fullmatch(number):
        raise FakeApiError(400, 21401, f"PhoneNumber {number} is not a valid phone number")
    if has_verified(store, incoming.account_sid, number):
        raise FakeApiError(400, 21450, "Phone number already validated on your account")
    _check_call_options(incoming)
    request: Record = {
        "account_sid": incoming.account_sid,
        "call_sid": store.new_sid("CA"),
        "friendly_name": checked_friendly_name(incoming) or friendly_name(number),
        "phone_number": number,
        "validation_code": store.random_digits(6),
    }
    store.insert(VALIDATIONS, f"{incoming.account_sid}:{number}", request)
    return json_response(200, request)


@routes.update
def update(incoming: Incoming) -> Response:
    """POST /OutgoingCallerIds/{Sid}.json: rename."""
    return answer_rename(named_record(incoming, OUTGOING_CALLER_IDS), incoming)


ROUTES = (routes,)
"""The outgoing caller ID routes."""
