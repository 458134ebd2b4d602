"""Incoming phone numbers: buy, fetch, list, update and release the numbers an account owns.

A number is bought by ``PhoneNumber`` (one a search offered, or any plausible number no
account owns) or by ``AreaCode`` (the fake picks one there); Twilio's magic numbers and
area codes apply. Owning a number is what lets an account send messages from it; a
released number is for sale again. The ``Local``, ``Mobile`` and ``TollFree`` listings
show and buy one type of number only.
"""

from __future__ import annotations

import re

from twilio_sansio.core.http import Response
from twilio_sansio.testing.fake import magic
from twilio_sansio.testing.fake.resources import accounts
from twilio_sansio.testing.fake.resources._common import (
    ACCOUNT,
    E164,
    INCOMING_NUMBERS,
    Filter,
    account_page,
    account_path,
    answer_record,
    answer_update,
    delete_handler,
    fetch_handler,
    named_record,
    query_filters,
    require_active_account,
    seeded,
    stamp,
)
from twilio_sansio.testing.fake.resources.applications import apply_settings
from twilio_sansio.testing.fake.resources.available_numbers import (
    describe,
    friendly_name,
    owned_numbers,
    pick_in_area_code,
)
from twilio_sansio.testing.fake.router import Handler, Resource
from twilio_sansio.testing.fake.store import FakeStore, Record
from twilio_sansio.testing.fake.wire import (
    FakeApiError,
    Incoming,
    invalid_parameter,
    missing_parameter,
)

KINDS = {"Local": "local", "Mobile": "mobile", "TollFree": "toll-free"}
"""The per-type listings: path segment -> the ``type`` of the numbers it holds."""

SETTINGS = (
    "FriendlyName", "ApiVersion", "SmsApplicationSid", "SmsFallbackMethod", "SmsFallbackUrl",
    "SmsMethod", "SmsUrl", "StatusCallback", "StatusCallbackMethod", "VoiceApplicationSid",
    "VoiceFallbackMethod", "VoiceFallbackUrl", "VoiceMethod", "VoiceUrl", "EmergencyStatus",
    "EmergencyAddressSid", "TrunkSid", "VoiceReceiveMode", "IdentitySid", "AddressSid",
    "BundleSid",
)  # fmt: skip
"""The text settings of a number, by Twilio's parameter names."""

FLAGS = ("VoiceCallerIdLookup",)

_SID_PREFIXES = {
    "SmsApplicationSid": "AP",
    "VoiceApplicationSid": "AP",
    "EmergencyAddressSid": "AD",
    "TrunkSid": "TK",
    "IdentitySid": "RI",
    "AddressSid": "AD",
    "BundleSid": "BU",
}
_CHOICES = {"EmergencyStatus": ("Active", "Inactive"), "VoiceReceiveMode": ("voice", "fax")}
_AREA_CODE = re.compile(r"[0-9]{3}")


def new_number(store: FakeStore, account_sid: str, phone_number: str) -> Record:
    """Return the record of ``phone_number`` newly owned by ``account_sid`` (not stored yet).

    Its type, capabilities and address needs follow what the fake knows of the number's
    country and area; its webhooks are empty, as after buying through the API.
    """
    offer = describe(phone_number).offer
    capabilities = (
        {"voice": offer.voice, "sms": offer.sms, "mms": offer.mms, "fax": offer.fax}
        if offer is not None
        else {"voice": True, "sms": True, "mms": True, "fax": False}
    )
    sid = store.new_sid("PN")
    now = stamp(store)
    return {
        "account_sid": account_sid,
        "address_requirements": offer.address_requirements if offer else "none",
        "address_sid": None,
        "api_version": "2010-04-01",
        "beta": False,
        "bundle_sid": None,
        "capabilities": capabilities,
        "date_created": now,
        "date_updated": now,
        "emergency_address_sid": None,
        "emergency_address_status": "unregistered",
        "emergency_status": "Inactive",
        "friendly_name": friendly_name(phone_number),
        "identity_sid": None,
        "origin": "twilio",
        "phone_number": phone_number,
        "sid": sid,
        "sms_application_sid": "",
        "sms_fallback_method": "POST",
        "sms_fallback_url": "",
        "sms_method": "POST",
        "sms_url": "",
        "status": "in-use",
        "status_callback": "",
        "status_callback_method": "POST",
        "trunk_sid": None,
        "type": offer.number_type if offer else "local",
        "uri": account_path(account_sid, f"/IncomingPhoneNumbers/{sid}.json"),
        "voice_application_sid": "",
        "voice_caller_id_lookup": False,
        "voice_fallback_method": "POST",
        "voice_fallback_url": "",
        "voice_method": "POST",
        "voice_receive_mode": "voice",
        "voice_url": "",
    }


def seed_incoming_number(
    store: FakeStore, account_sid: str, phone_number: str, **fields: object
) -> Record:
    """Make ``account_sid`` own ``phone_number`` without buying it.

    Args:
        store: The fake's state.
        account_sid: The owning account.
        phone_number: The number, in E.164.
        **fields: JSON fields to set over the defaults (``sms_url="https://..."``).

    Returns:
        The stored record.
    """
    return seeded(store, INCOMING_NUMBERS, new_number(store, account_sid, phone_number), fields)


def _not_available(number: str) -> FakeApiError:
    return FakeApiError(400, 21422, f"PhoneNumber {number} is not available.")


def _number_to_buy(incoming: Incoming, kind: str | None) -> str:
    """Return the number a purchase asks for, checked, or one picked in its area code."""
    number = incoming.value("PhoneNumber")
    if number:
        magic.check_number_to_buy(number)
        if not E164.fullmatch(number):
            raise FakeApiError(400, 21421, f"PhoneNumber {number} is invalid.")
        if number == magic.VALID_SENDER:
            return number
        offer = describe(number).offer
        if number in owned_numbers(incoming.store) or (
            kind is not None and offer is not None and offer.kind != kind
        ):
            raise _not_available(number)
        return number
    if kind is not None:
        raise missing_parameter("PhoneNumber")
    area_code = incoming.value("AreaCode")
    if not area_code:
        raise FakeApiError(400, 20001, "A PhoneNumber or an AreaCode is required")
    if not _AREA_CODE.fullmatch(area_code):
        raise FakeApiError(400, 21451, f"AreaCode {area_code} is invalid.")
    picked = pick_in_area_code(incoming.store, area_code)
    if picked is None:
        raise FakeApiError(400, 21452, f"No phone numbers found in area code {area_code}.")
    return picked


def _check_settings(incoming: Incoming) -> None:
    for param, prefix in _SID_PREFIXES.items():
        value = incoming.value(param)
        if value and not re.fullmatch(prefix + "[0-9a-fA-F]{32}", value):
            raise invalid_parameter(f"{param} must be a {prefix} SID, not {value!r}")
    for param, choices in _CHOICES.items():
        value = incoming.value(param)
        if value is not None and value not in choices:
            raise invalid_parameter(f"{param} must be one of {', '.join(choices)}")


def _apply(record: Record, incoming: Incoming) -> None:
    """Apply the settings of a purchase or an update, with Twilio's knock-on effects."""
    _check_settings(incoming)
    apply_settings(record, incoming, SETTINGS, FLAGS)
    # A voice application and a trunk exclude each other: setting one clears the other.
    if incoming.value("VoiceApplicationSid"):
        record["trunk_sid"] = None
    if incoming.value("TrunkSid"):
        record["voice_application_sid"] = ""
    if incoming.has("EmergencyAddressSid"):
        record["emergency_address_status"] = (
            "registered" if incoming.value("EmergencyAddressSid") else "unregistered"
        )


def _purchase_of(kind: str | None) -> Handler:
    """A purchase by ``PhoneNumber`` or ``AreaCode``; of one type, by ``PhoneNumber`` only."""

    def buy(incoming: Incoming) -> Response:
        require_active_account(incoming)
        number = _number_to_buy(incoming, kind)
        record = new_number(incoming.store, incoming.account_sid, number)
        _apply(record, incoming)
        incoming.store.insert(INCOMING_NUMBERS, record["sid"], record)
        return answer_record(record, 201)

    return buy


def _transfer(record: Record, incoming: Incoming) -> None:
    target = incoming.value("AccountSid")
    if target is None or target == record["account_sid"]:
        return
    if not accounts.can_act_on(incoming.store, incoming.principal, target):
        raise invalid_parameter(f"AccountSid {target} is not an account you can move numbers to")
    record["account_sid"] = target
    record["uri"] = account_path(target, f"/IncomingPhoneNumbers/{record['sid']}.json")


def update(incoming: Incoming) -> Response:
    """POST /IncomingPhoneNumbers/{Sid}.json: change settings, or move to another account."""
    record = named_record(incoming, INCOMING_NUMBERS)
    _apply(record, incoming)
    _transfer(record, incoming)
    return answer_update(record, incoming.store)


def _number_filter(pattern: str) -> Filter:
    """Twilio's PhoneNumber filter: ``*`` is any digit; a leading ``+`` anchors at the start."""
    body = "".join(r"\d" if character == "*" else re.escape(character) for character in pattern)
    compiled = re.compile(body)

    def matches(record: Record) -> bool:
        number = str(record.get("phone_number", ""))
        found = compiled.match(number) if pattern.startswith("+") else compiled.search(number)
        return found is not None

    return matches


def _filters(incoming: Incoming) -> list[Filter]:
    checks = query_filters(incoming, equal=("FriendlyName", "Origin"))
    pattern = incoming.value("PhoneNumber")
    if pattern:
        checks.append(_number_filter(pattern))
    if incoming.boolean("Beta") is False:
        checks.append(lambda record: not record.get("beta"))
    return checks


def _listing_of(number_type: str | None) -> Handler:
    """A listing of the account's numbers, newest first: all, or those of one ``type``."""

    def listing(incoming: Incoming) -> Response:
        checks = _filters(incoming)
        if number_type is not None:
            checks.append(lambda record: record.get("type") == number_type)
        return account_page(incoming, INCOMING_NUMBERS, "incoming_phone_numbers", *checks)

    return listing


routes = Resource(ACCOUNT + "/IncomingPhoneNumbers")
routes.listing(_listing_of(None))
routes.create(_purchase_of(None))
routes.fetch(fetch_handler(INCOMING_NUMBERS))
routes.update(update)
routes.delete(delete_handler(INCOMING_NUMBERS))


def _routes_of_type(kind: str, number_type: str) -> Resource:
    """The listing and the purchase of one type of number (``/IncomingPhoneNumbers/Local``)."""
    of_type = Resource(f"{routes.path}/{kind}")
    of_type.listing(_listing_of(number_type))
    of_type.create(_purchase_of(kind))
    return of_type


# The per-type routes come first: the {Sid} of the others would take them too.
ROUTES = (*(_routes_of_type(kind, number_type) for kind, number_type in KINDS.items()), routes)
"""The incoming-number routes."""
