"""Applications: reusable voice and messaging webhook settings (create, fetch, update, delete).

This module also holds :func:`apply_settings`, which reads webhook settings
(``VoiceUrl``, ``SmsMethod``, ``VoiceCallerIdLookup``...) as Twilio checks them; incoming
numbers use it too.
"""

from __future__ import annotations

from collections.abc import Iterable

from twilio_sansio.core.http import Response
from twilio_sansio.testing.fake.resources._common import (
    ACCOUNT,
    HTTP_METHODS,
    MAX_FRIENDLY_NAME,
    account_path,
    answer_record,
    answer_update,
    delete_handler,
    fetch_handler,
    field_of,
    listing_handler,
    named_record,
    seeded,
    stamp,
)
from twilio_sansio.testing.fake.router import Resource
from twilio_sansio.testing.fake.store import FakeStore, Record
from twilio_sansio.testing.fake.wire import Incoming, invalid_parameter

APPLICATIONS = "applications"
API_VERSIONS = ("2010-04-01", "2008-08-01")

SETTINGS = (
    "FriendlyName", "ApiVersion", "VoiceUrl", "VoiceMethod", "VoiceFallbackUrl",
    "VoiceFallbackMethod", "StatusCallback", "StatusCallbackMethod", "SmsUrl", "SmsMethod",
    "SmsFallbackUrl", "SmsFallbackMethod", "SmsStatusCallback", "MessageStatusCallback",
)  # fmt: skip
"""The text settings of an application, by Twilio's parameter names."""

FLAGS = ("VoiceCallerIdLookup", "PublicApplicationConnectEnabled")
"""The on/off settings of an application."""


def _checked_text(param: str, value: str) -> str:
    if param.endswith("Method"):
        method = value.upper()
        if method not in HTTP_METHODS:
            raise invalid_parameter(f"{param} must be GET or POST, not {value!r}")
        return method
    if param == "ApiVersion" and value not in API_VERSIONS:
        raise invalid_parameter(f"ApiVersion must be one of {', '.join(API_VERSIONS)}")
    if param == "FriendlyName" and len(value) > MAX_FRIENDLY_NAME:
        raise invalid_parameter(f"FriendlyName must be at most {MAX_FRIENDLY_NAME} characters")
    return value


def apply_settings(
    record: Record,
    incoming: Incoming,
    texts: Iterable[str],
    flags: Iterable[str] = (),
) -> None:
    """Copy the settings the request gives into ``record``, checked as Twilio checks them.

    Each goes to the JSON field :func:`field_of` names. Methods (parameters ending in
    ``Method``) must be GET or POST and are stored in capitals; ``ApiVersion`` must be
    one Twilio knows; flags must be ``true``/``false``.

    Args:
        record: The record to change.
        incoming: The request.
        texts: The text parameters to read, by Twilio's names.
        flags: The boolean parameters to read, by Twilio's names.

    Raises:
        FakeApiError: a value Twilio would reject (400, 21200).
    """
    for param in texts:
        value = incoming.value(param)
        if value is not None:
            record[field_of(param)] = _checked_text(param, value)
    for param in flags:
        flag = incoming.boolean(param)
        if flag is not None:
            record[field_of(param)] = flag


def new_application(store: FakeStore, account_sid: str, friendly_name: str | None) -> Record:
    """Return an application record with Twilio's defaults (not stored yet)."""
    sid = store.new_sid("AP")
    now = stamp(store)
    return {
        "account_sid": account_sid,
        "api_version": "2010-04-01",
        "date_created": now,
        "date_updated": now,
        "friendly_name": friendly_name,
        "message_status_callback": None,
        "public_application_connect_enabled": False,
        "sid": sid,
        "sms_fallback_method": "POST",
        "sms_fallback_url": None,
        "sms_method": "POST",
        "sms_status_callback": None,
        "sms_url": None,
        "status_callback": None,
        "status_callback_method": "POST",
        "uri": account_path(account_sid, f"/Applications/{sid}.json"),
        "voice_caller_id_lookup": False,
        "voice_fallback_method": "POST",
        "voice_fallback_url": None,
        "voice_method": "POST",
        "voice_url": None,
    }


def seed_application(store: FakeStore, account_sid: str, **fields: object) -> Record:
    """Store an application of ``account_sid`` without a request.

    Args:
        store: The fake's state.
        account_sid: The owning account.
        **fields: JSON fields to set over the defaults (``voice_url="https://..."``).

    Returns:
        The stored record.
    """
    return seeded(store, APPLICATIONS, new_application(store, account_sid, None), fields)


routes = Resource(ACCOUNT + "/Applications")
routes.listing(listing_handler(APPLICATIONS, "applications", equal=("FriendlyName",)))
routes.fetch(fetch_handler(APPLICATIONS))
routes.delete(delete_handler(APPLICATIONS))


@routes.create
def create(incoming: Incoming) -> Response:
    """POST /Applications.json."""
    record = new_application(incoming.store, incoming.account_sid, None)
    apply_settings(record, incoming, SETTINGS, FLAGS)
    incoming.store.insert(APPLICATIONS, record["sid"], record)
    return answer_record(record, 201)


@routes.update
def update(incoming: Incoming) -> Response:
    """POST /Applications/{Sid}.json: change any setting."""
    record = named_record(incoming, APPLICATIONS)
    apply_settings(record, incoming, SETTINGS, FLAGS)
    return answer_update(record, incoming.store)


ROUTES = (routes,)
"""The application routes."""
