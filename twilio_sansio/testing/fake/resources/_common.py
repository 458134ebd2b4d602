"""What every resource of the fake shares: paths, lookups, filters, checks, stamps and answers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from twilio_sansio.core.http import Response
from twilio_sansio.testing.fake.listing import Render, page_2010
from twilio_sansio.testing.fake.router import Handler
from twilio_sansio.testing.fake.store import FakeStore, Record, public, rfc2822
from twilio_sansio.testing.fake.wire import (
    FakeApiError,
    Incoming,
    date_range,
    field_equals,
    invalid_parameter,
    json_response,
    no_content,
    not_found,
)

API_2010 = "/2010-04-01"
ACCOUNT = API_2010 + "/Accounts/{AccountSid}"
"""The path template every API 2010 resource of an account lives under."""

E164 = re.compile(r"\+[1-9]\d{6,14}")
"""A phone number in E.164: ``+`` and up to 15 digits, the first not 0."""

MAX_FRIENDLY_NAME = 64
"""The longest ``FriendlyName`` Twilio takes, in characters."""

HTTP_METHODS = ("GET", "POST")
"""The methods Twilio can request a webhook with."""

Filter = Callable[[Record], bool]

_WORD_START = re.compile(r"(?<!^)(?=[A-Z])")


def account_path(account_sid: str, rest: str) -> str:
    """Return ``/2010-04-01/Accounts/{account_sid}{rest}``."""
    return f"{API_2010}/Accounts/{account_sid}{rest}"


def subresource_uris(path: str, *names: str) -> dict[str, str]:
    """Return Twilio's ``subresource_uris`` under ``path``: ``name -> {path}/{Name}.json``.

    Twilio's segment is the snake_case name in CamelCase (``outgoing_caller_ids`` ->
    ``OutgoingCallerIds``).
    """
    return {
        name: f"{path}/{''.join(word.capitalize() for word in name.split('_'))}.json"
        for name in names
    }


def stamp(store: FakeStore) -> str:
    """Return the fake's current time in API 2010's format."""
    return rfc2822(store.now())


def owned_by(account_sid: str, *checks: Filter) -> Filter:
    """A filter keeping records of ``account_sid`` that pass every check."""

    def matches(record: Record) -> bool:
        return record.get("account_sid") == account_sid and all(check(record) for check in checks)

    return matches


def account_page(
    incoming: Incoming, kind: str, key: str, *checks: Filter, render: Render = public
) -> Response:
    """Answer an API 2010 list request with records of ``kind`` in the URL's account.

    Args:
        incoming: The list request.
        kind: The table.
        key: The name of the records' array in the page (``"calls"``).
        checks: Filters every listed record must pass (Twilio's query filters, a parent).
        render: Turns a stored record into its JSON.

    Returns:
        One page of the records that pass, newest first.
    """
    rows = incoming.store.newest_first(kind, owned_by(incoming.account_sid, *checks))
    return page_2010(incoming, key, rows, render)


def field_of(param: str) -> str:
    """Return the JSON field of Twilio's parameter ``param``: its snake_case (``DateSent``)."""
    return _WORD_START.sub("_", param).lower()


def query_filters(
    incoming: Incoming,
    *,
    equal: Iterable[str] = (),
    dates: Iterable[str] = (),
    flags: Iterable[str] = (),
) -> list[Filter]:
    """Return the filters a list request asks for with Twilio's query parameters.

    Each parameter tests the field :func:`field_of` names (``DateSent``: ``date_sent``).

    Args:
        incoming: The list request.
        equal: Parameters whose field must equal their value (``"To"``).
        dates: Parameters bounding an API 2010 timestamp, with their ``>`` and ``<``
            forms (``"DateSent"``).
        flags: Boolean parameters whose field must be their value (``"Muted"``).

    Raises:
        FakeApiError: a date or a flag that is not one (400, 21200).
    """
    checks: list[Filter] = []
    for param in equal:
        checks.extend(field_equals(incoming, param, field_of(param)))
    for param in dates:
        checks.extend(date_range(incoming, param, rfc2822_time(field_of(param))))
    for param in flags:
        wanted = incoming.boolean(param)
        if wanted is not None:
            checks.append(_flag_is(field_of(param), wanted))
    return checks


def _flag_is(field: str, wanted: bool) -> Filter:
    return lambda record: record[field] is wanted


def listing_handler(
    kind: str, key: str, *, equal: Iterable[str] = (), dates: Iterable[str] = ()
) -> Handler:
    """Return a handler of an account's listing: records of ``kind``, newest first.

    Args:
        kind: The table.
        key: The name of the records' array in the page (``"calls"``).
        equal: The listing's equality filters (see :func:`query_filters`).
        dates: The listing's date filters (see :func:`query_filters`).
    """

    def listing(incoming: Incoming) -> Response:
        checks = query_filters(incoming, equal=equal, dates=dates)
        return account_page(incoming, kind, key, *checks)

    return listing


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


def named_record(incoming: Incoming, kind: str, param: str = "Sid", **expected: Any) -> Record:
    """Return the record of ``kind`` the path's ``param`` names, found as :func:`find` finds it."""
    return find(incoming, kind, incoming.params[param], **expected)


def require_active_account(incoming: Incoming) -> None:
    """Refuse to send or call from an account that is suspended or closed.

    Twilio keeps such an account's records readable but lets it neither send nor call.
    Twilio's code for it is 10001 ("Account is not active"); the HTTP status (403) is the
    fake's choice.

    Raises:
        FakeApiError: the URL's account is not active.
    """
    account = incoming.store.get("accounts", incoming.account_sid)
    if account is not None and account.get("status") != "active":
        raise FakeApiError(403, 10001, f"Account {incoming.account_sid} is not active")


def seeded_parent(store: FakeStore, kind: str, key: str, account_sid: str) -> Record:
    """Return the record of ``kind`` under ``key`` for a test seeding a child of it.

    Raises:
        KeyError: there is no such record, or it belongs to another account.
    """
    record = store.get(kind, key)
    if record is None or record.get("account_sid") != account_sid:
        raise KeyError(key)
    return record


def fetch_record(incoming: Incoming, kind: str, **expected: Any) -> Response:
    """Answer a GET of one record: 200 with the public JSON of the record of ``kind``.

    The record is the one the path's ``Sid`` names, found as :func:`find` finds it (with
    the ``expected`` fields), so that any other is a 404.
    """
    return answer_record(named_record(incoming, kind, **expected))


def delete_record(incoming: Incoming, kind: str, **expected: Any) -> Response:
    """Answer a DELETE of one record: remove it from ``kind``'s table and answer 204.

    The record is the one the path's ``Sid`` names, found as :func:`find` finds it (with
    the ``expected`` fields), so that any other is a 404 and nothing is removed.
    """
    record = named_record(incoming, kind, **expected)
    incoming.store.remove(kind, record["sid"])
    return no_content()


def fetch_handler(kind: str) -> Handler:
    """Return a handler of a GET of one record of ``kind`` (see :func:`fetch_record`)."""
    return lambda incoming: fetch_record(incoming, kind)


def delete_handler(kind: str) -> Handler:
    """Return a handler of a DELETE of one record of ``kind`` (see :func:`delete_record`)."""
    return lambda incoming: delete_record(incoming, kind)


def public_without(record: Record, names: tuple[str, ...]) -> Record:
    """Return the public JSON of ``record`` without the fields ``names`` (a listing's view)."""
    return {name: value for name, value in public(record).items() if name not in names}


def answer_record(record: Record, status: int = 200) -> Response:
    """Answer with the public JSON of ``record`` (``status`` 201 for a creation)."""
    return json_response(status, public(record))


def answer_update(record: Record, store: FakeStore) -> Response:
    """Answer an update of ``record``: stamp ``date_updated`` now, then 200 with its JSON."""
    touch(record, store)
    return answer_record(record)


def checked_friendly_name(incoming: Incoming) -> str | None:
    """Return the request's ``FriendlyName`` (None when absent), refusing an overlong one.

    Raises:
        FakeApiError: it is longer than :data:`MAX_FRIENDLY_NAME` (400, 21200).
    """
    name = incoming.value("FriendlyName")
    if name is not None and len(name) > MAX_FRIENDLY_NAME:
        raise invalid_parameter(f"FriendlyName must be at most {MAX_FRIENDLY_NAME} characters")
    return name


def check_url(name: str, url: str, code: int = 21205) -> None:
    """Check that ``url`` is an absolute http(s) URL.

    Raises:
        FakeApiError: it is not (``code``, Twilio's 21205 by default).
    """
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise FakeApiError(400, code, f"{name} is not a valid URL: {url}")


def check_method(incoming: Incoming, name: str) -> None:
    """Check that parameter ``name``, when given, is GET or POST.

    Raises:
        FakeApiError: another method.
    """
    method = incoming.value(name)
    if method is not None and method.upper() not in HTTP_METHODS:
        raise invalid_parameter(f"{name} must be GET or POST, not {method!r}")


def answer_rename(record: Record, incoming: Incoming) -> Response:
    """Answer an update that can only rename ``record`` (``FriendlyName``, checked)."""
    if incoming.has("FriendlyName"):
        record["friendly_name"] = checked_friendly_name(incoming)
    return answer_update(record, incoming.store)


def seeded(store: FakeStore, kind: str, record: Record, fields: Mapping[str, Any]) -> Record:
    """Store ``record`` in ``kind``'s table under its SID, once ``fields`` replace defaults."""
    record.update(fields)
    return store.insert(kind, str(record["sid"]), record)


def touch(record: Record, store: FakeStore) -> None:
    """Set ``date_updated`` to now."""
    record["date_updated"] = stamp(store)


INCOMING_NUMBERS = "incoming_numbers"
"""The table of the numbers an account owns (records carry ``phone_number``)."""


def _number_in(
    store: FakeStore, kind: str, account_sid: str, numbers: tuple[str, ...]
) -> Record | None:
    for record in store.table(kind).values():
        if record.get("account_sid") == account_sid and record.get("phone_number") in numbers:
            return record
    return None


def owned_number(store: FakeStore, account_sid: str, *numbers: str) -> Record | None:
    """Return the first incoming number of ``account_sid`` that is one of ``numbers``, or None."""
    return _number_in(store, INCOMING_NUMBERS, account_sid, numbers)


def owns_number(store: FakeStore, account_sid: str, number: str) -> bool:
    """Whether ``account_sid`` owns the incoming number ``number``."""
    return owned_number(store, account_sid, number) is not None


def number_owning(store: FakeStore, number: str) -> Record:
    """Return the incoming number ``number``, whichever account owns it.

    Raises:
        KeyError: no account owns it.
    """
    for record in store.table(INCOMING_NUMBERS).values():
        if record.get("phone_number") == number:
            return record
    raise KeyError(f"no account of the fake owns {number}: seed or buy it first")


def webhook_of(store: FakeStore, number: Record, prefix: str) -> tuple[str, str]:
    """Return the URL and method of a number's ``{prefix}Url``, or of its application's.

    ``prefix`` is ``sms`` or ``voice``: a ``SmsApplicationSid`` or ``VoiceApplicationSid``
    with a URL wins over the number's own, as on Twilio. The URL is empty when neither has one.
    """
    application_sid = number.get(f"{prefix}_application_sid")
    if application_sid:
        application = store.get("applications", application_sid)
        if application is not None and application.get(f"{prefix}_url"):
            return application[f"{prefix}_url"], application.get(f"{prefix}_method") or "POST"
    return number.get(f"{prefix}_url") or "", number.get(f"{prefix}_method") or "POST"


OUTGOING_CALLER_IDS = "outgoing_caller_ids"
"""The table of verified caller IDs (records carry ``phone_number`` and ``account_sid``)."""


def has_verified(store: FakeStore, account_sid: str, number: str) -> bool:
    """Whether ``account_sid`` has verified ``number`` as an outgoing caller ID."""
    return _number_in(store, OUTGOING_CALLER_IDS, account_sid, (number,)) is not None


def rfc2822_time(field: str) -> Callable[[Record], datetime | None]:
    """Return a function reading the API 2010 timestamp in ``field`` of a record (or None)."""

    def time_of(record: Record) -> datetime | None:
        text = record.get(field)
        return parsedate_to_datetime(text) if text else None

    return time_of
