"""What every resource of the fake shares: paths, stamps, lookups and updates."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

from twilio_sansio.testing.fake.store import FakeStore, Record, rfc2822
from twilio_sansio.testing.fake.wire import Incoming, not_found

API_2010 = "/2010-04-01"
ACCOUNT = API_2010 + "/Accounts/{AccountSid}"
"""The path template every API 2010 resource of an account lives under."""

Filter = Callable[[Record], bool]


def account_path(account_sid: str, rest: str) -> str:
    """Return ``/2010-04-01/Accounts/{account_sid}{rest}``."""
    return f"{API_2010}/Accounts/{account_sid}{rest}"


def stamp(store: FakeStore) -> str:
    """Return the fake's current time in API 2010's format."""
    return rfc2822(store.now())


def owned_by(account_sid: str, *checks: Filter) -> Filter:
    """A filter keeping records of ``account_sid`` that pass every check."""

    def matches(record: Record) -> bool:
        return record.get("account_sid") == account_sid and all(check(record) for check in checks)

    return matches


def find(incoming: Incoming, kind: str, key: str, **expected: Any) -> Record:
    """Return the record of ``kind`` under ``key`` in the URL's account, or raise a 404.

    Args:
        incoming: The request (its account and path are used).
        kind: The table.
        key: The record's key.
        expected: Fields the record must also have (``message_sid="MM..."``), so that a
            child is only found under its own parent.
    """
    record = incoming.store.get(kind, key)
    if (
        record is None
        or record.get("account_sid") != incoming.account_sid
        or any(record.get(name) != value for name, value in expected.items())
    ):
        raise not_found(incoming.path)
    return record


def apply_updates(record: Record, incoming: Incoming, fields: Mapping[str, str]) -> bool:
    """Copy the form parameters named in ``fields`` (Twilio name -> JSON field) into ``record``.

    Returns:
        Whether anything was given.
    """
    changed = False
    for param, field in fields.items():
        if incoming.has(param):
            record[field] = incoming.value(param)
            changed = True
    return changed


def touch(record: Record, store: FakeStore) -> None:
    """Set ``date_updated`` to now."""
    record["date_updated"] = stamp(store)


INCOMING_NUMBERS = "incoming_numbers"
"""The table of the numbers an account owns (records carry ``phone_number``)."""


def owns_number(store: FakeStore, account_sid: str, number: str) -> bool:
    """Whether ``account_sid`` owns the incoming number ``number``."""
    return any(
        record.get("account_sid") == account_sid and record.get("phone_number") == number
        for record in store.table(INCOMING_NUMBERS).values()
    )


def rfc2822_time(field: str) -> Callable[[Record], datetime | None]:
    """Return a function reading the API 2010 timestamp in ``field`` of a record (or None)."""

    def time_of(record: Record) -> datetime | None:
        text = record.get(field)
        return parsedate_to_datetime(text) if text else None

    return time_of
