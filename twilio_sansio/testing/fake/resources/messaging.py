"""Messaging v1: Messaging Services and their senders (phone numbers, short codes, sender IDs).

Services live at ``/v1/Services`` with no account in the path: a request sees the
services of the account whose credentials signed it. A phone number added to a service
must be one of the account's incoming numbers (its ``PN…`` SID), a short code one of the
account's short codes (``SC…``, seeded with ``FakeTwilio.seed_short_code``); anything else
is Twilio's 21421. A service holds at most 400 numbers and short codes (21714). A number
released from the account leaves its service too.

:func:`choose_sender` is how a message sent with ``MessagingServiceSid`` and no ``From``
gets its sender: the number it last used for that recipient when the service is sticky,
else a number in the recipient's area code when the service geomatches, else the first
number added, then a short code, then an alphanumeric sender ID.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from twilio_sansio.core.http import Response
from twilio_sansio.testing.fake.listing import page_meta
from twilio_sansio.testing.fake.resources._common import (
    INCOMING_NUMBERS,
    MAX_FRIENDLY_NAME,
    check_method,
    check_url,
)
from twilio_sansio.testing.fake.router import Resource
from twilio_sansio.testing.fake.store import FakeStore, Record, iso8601, public
from twilio_sansio.testing.fake.wire import (
    FakeApiError,
    Incoming,
    invalid_parameter,
    json_response,
    missing_parameter,
    no_content,
    not_found,
)

SERVICES = "messaging_services"
PHONE_NUMBERS = "messaging_phone_numbers"
SHORT_CODES = "messaging_short_codes"
ALPHA_SENDERS = "messaging_alpha_senders"
ACCOUNT_SHORT_CODES = "short_codes"
"""The table of the account's short codes (seeded; API 2010's short codes are not served)."""
SERVICES_PATH = "/v1/Services"
SERVICE_PATH = SERVICES_PATH + "/{Sid}"
MAX_SENDERS = 400
MAX_VALIDITY_PERIOD = 36_000
SCAN_MESSAGE_CONTENT = ("inherit", "enable", "disable")
USECASES = ("notifications", "marketing", "verification", "discussion", "poll", "undeclared")
_ALPHANUMERIC_SENDER = re.compile(r"(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}")
_FLAGS = {
    "StickySender": "sticky_sender",
    "MmsConverter": "mms_converter",
    "SmartEncoding": "smart_encoding",
    "FallbackToLongCode": "fallback_to_long_code",
    "AreaCodeGeomatch": "area_code_geomatch",
    "SynchronousValidation": "synchronous_validation",
    "UseInboundWebhookOnNumber": "use_inbound_webhook_on_number",
}
_TEXTS = {
    "InboundRequestUrl": "inbound_request_url",
    "FallbackUrl": "fallback_url",
    "StatusCallback": "status_callback",
}
_LINKS = {
    "phone_numbers": "PhoneNumbers",
    "short_codes": "ShortCodes",
    "alpha_senders": "AlphaSenders",
    "messages": "Messages",
    "us_app_to_person": "Compliance/Usa2p",
    "us_app_to_person_usecases": "Compliance/Usa2p/Usecases",
    "channel_senders": "ChannelSenders",
    "destination_alpha_senders": "DestinationAlphaSenders",
}


def _now(store: FakeStore) -> str:
    return iso8601(store.now())


def _service_of(incoming: Incoming, sid: str) -> Record:
    record = incoming.store.get(SERVICES, sid)
    if record is None or record["account_sid"] != incoming.principal:
        raise not_found(incoming.path)
    return record


def _render_service(incoming: Incoming) -> Callable[[Record], Record]:
    def render(record: Record) -> Record:
        url = f"{incoming.origin}{SERVICES_PATH}/{record['sid']}"
        links = {name: f"{url}/{segment}" for name, segment in _LINKS.items()}
        return {**public(record), "url": url, "links": links}

    return render


def _apply_settings(record: Record, incoming: Incoming) -> None:
    """Set the service settings the request carries, checked as Twilio checks them.

    Raises:
        FakeApiError: a malformed URL (21205), method, flag, validity period, use case
            or content-scanning value (21200).
    """
    name = incoming.value("FriendlyName")
    if name is not None:
        if not name or len(name) > MAX_FRIENDLY_NAME:
            raise invalid_parameter(f"FriendlyName must be 1 to {MAX_FRIENDLY_NAME} characters")
        record["friendly_name"] = name
    for param, field in _TEXTS.items():
        value = incoming.value(param)
        if value is not None:
            if value:
                check_url(param, value)
            record[field] = value or None
    for param in ("InboundMethod", "FallbackMethod"):
        check_method(incoming, param)
        if incoming.has(param):
            record["inbound_method" if param == "InboundMethod" else "fallback_method"] = str(
                incoming.value(param)
            ).upper()
    for param, field in _FLAGS.items():
        flag = incoming.boolean(param)
        if flag is not None:
            record[field] = flag
    if incoming.has("ValidityPeriod"):
        record["validity_period"] = incoming.integer(
            "ValidityPeriod", default=MAX_VALIDITY_PERIOD, low=1, high=MAX_VALIDITY_PERIOD
        )
    _set_choice(record, incoming, "Usecase", "usecase", USECASES)
    _set_choice(record, incoming, "ScanMessageContent", "scan_message_content",
                SCAN_MESSAGE_CONTENT)  # fmt: skip


def _set_choice(
    record: Record, incoming: Incoming, param: str, field: str, allowed: tuple[str, ...]
) -> None:
    value = incoming.value(param)
    if value is None:
        return
    if value not in allowed:
        raise invalid_parameter(f"{param} must be one of {', '.join(allowed)}, not {value!r}")
    record[field] = value


services = Resource(SERVICES_PATH)


@services.route("POST", SERVICES_PATH)
def create_service(incoming: Incoming) -> Response:
    """POST /v1/Services: a new service with Twilio's defaults and the settings given."""
    if not incoming.value("FriendlyName"):
        raise missing_parameter("FriendlyName")
    store = incoming.store
    now = _now(store)
    record: Record = {
        "account_sid": incoming.principal,
        "sid": store.new_sid("MG"),
        "date_created": now,
        "date_updated": now,
        "friendly_name": "",
        "inbound_request_url": None,
        "inbound_method": "POST",
        "fallback_url": None,
        "fallback_method": "POST",
        "status_callback": None,
        "sticky_sender": True,
        "mms_converter": True,
        "smart_encoding": True,
        "fallback_to_long_code": False,
        "area_code_geomatch": True,
        "validity_period": MAX_VALIDITY_PERIOD,
        "scan_message_content": "inherit",
        "synchronous_validation": False,
        "usecase": "undeclared",
        "us_app_to_person_registered": False,
        "use_inbound_webhook_on_number": False,
    }
    _apply_settings(record, incoming)
    store.insert(SERVICES, record["sid"], record)
    return json_response(201, _render_service(incoming)(record))


@services.route("GET", SERVICES_PATH)
def list_services(incoming: Incoming) -> Response:
    """GET /v1/Services: the account's services, newest first."""
    rows = incoming.store.newest_first(
        SERVICES, lambda record: record["account_sid"] == incoming.principal
    )
    return page_meta(incoming, "services", rows, _render_service(incoming))


@services.route("GET", SERVICE_PATH)
def fetch_service(incoming: Incoming) -> Response:
    """GET /v1/Services/{Sid}."""
    record = _service_of(incoming, incoming.params["Sid"])
    return json_response(200, _render_service(incoming)(record))


@services.route("POST", SERVICE_PATH)
def update_service(incoming: Incoming) -> Response:
    """POST /v1/Services/{Sid}: change the settings given."""
    record = _service_of(incoming, incoming.params["Sid"])
    _apply_settings(record, incoming)
    record["date_updated"] = _now(incoming.store)
    return json_response(200, _render_service(incoming)(record))


@services.route("DELETE", SERVICE_PATH)
def delete_service(incoming: Incoming) -> Response:
    """DELETE /v1/Services/{Sid}, with its senders (which stay on the account)."""
    record = _service_of(incoming, incoming.params["Sid"])
    store = incoming.store
    store.remove(SERVICES, record["sid"])
    for kind in (PHONE_NUMBERS, SHORT_CODES, ALPHA_SENDERS):
        store.remove_where(kind, lambda sender: sender["service_sid"] == record["sid"])
    return no_content()


# -- Senders -----------------------------------------------------------------------------


def _prune_released(store: FakeStore) -> None:
    """Drop the service numbers whose incoming number the account released."""
    store.remove_where(
        PHONE_NUMBERS, lambda sender: store.get(INCOMING_NUMBERS, sender["sid"]) is None
    )


def _in_service(store: FakeStore, kind: str, service_sid: str) -> list[Record]:
    """The senders of ``kind`` in a service, oldest first."""
    if kind == PHONE_NUMBERS:
        _prune_released(store)
    return [
        record for _, record in store.newest_first(kind) if record["service_sid"] == service_sid
    ][::-1]


def _capabilities(number: Record) -> list[str]:
    held = number.get("capabilities") or {}
    names = (("voice", "Voice"), ("sms", "SMS"), ("mms", "MMS"))
    return [label for key, label in names if held.get(key)]


def _country_of(number: str) -> str | None:
    import phonenumbers

    try:
        return phonenumbers.region_code_for_number(phonenumbers.parse(number, None))
    except phonenumbers.NumberParseException:
        return None


def _new_phone_number(incoming: Incoming, service: Record) -> Record:
    sid = incoming.value("PhoneNumberSid")
    if not sid:
        raise missing_parameter("PhoneNumberSid")
    number = incoming.store.get(INCOMING_NUMBERS, sid)
    if number is None or number["account_sid"] != incoming.principal:
        raise FakeApiError(400, 21421, f"Phone Number {sid} is invalid.")
    return {"sid": sid, "phone_number": number["phone_number"],
            "country_code": _country_of(number["phone_number"]),
            "capabilities": _capabilities(number)}  # fmt: skip


def _new_short_code(incoming: Incoming, service: Record) -> Record:
    sid = incoming.value("ShortCodeSid")
    if not sid:
        raise missing_parameter("ShortCodeSid")
    code = incoming.store.get(ACCOUNT_SHORT_CODES, sid)
    if code is None or code["account_sid"] != incoming.principal:
        raise FakeApiError(400, 21421, f"Short Code {sid} is invalid.")
    return {"sid": sid, "short_code": code["short_code"],
            "country_code": code.get("country_code", "US"),
            "capabilities": ["SMS", "MMS"]}  # fmt: skip


def _new_alpha_sender(incoming: Incoming, service: Record) -> Record:
    sender = incoming.value("AlphaSender")
    if not sender:
        raise missing_parameter("AlphaSender")
    if not _ALPHANUMERIC_SENDER.fullmatch(sender):
        raise invalid_parameter(
            f"AlphaSender {sender!r} must be 1 to 11 letters, digits or spaces, one a letter"
        )
    return {"sid": incoming.store.new_sid("AI"), "alpha_sender": sender, "capabilities": ["SMS"]}


def _sender_routes(
    segment: str, kind: str, key: str, make: Callable[[Incoming, Record], Record]
) -> Resource:
    """The routes of one kind of sender under ``/v1/Services/{ServiceSid}/{segment}``."""
    path = f"{SERVICES_PATH}/{{ServiceSid}}/{segment}"
    routes = Resource(path)

    def render(incoming: Incoming) -> Callable[[Record], Record]:
        def shown(record: Record) -> Record:
            url = f"{incoming.origin}{SERVICES_PATH}/{record['service_sid']}/{segment}"
            return {**public(record), "url": f"{url}/{record['sid']}"}

        return shown

    def found(incoming: Incoming) -> Record:
        service = _service_of(incoming, incoming.params["ServiceSid"])
        for record in _in_service(incoming.store, kind, service["sid"]):
            if record["sid"] == incoming.params["Sid"]:
                return record
        raise not_found(incoming.path)

    @routes.route("POST", path)
    def add(incoming: Incoming) -> Response:
        store = incoming.store
        service = _service_of(incoming, incoming.params["ServiceSid"])
        fields = make(incoming, service)
        for existing in _in_service(store, kind, service["sid"]):
            if existing["sid"] == fields["sid"]:
                return json_response(200, render(incoming)(existing))
        pooled = _in_service(store, PHONE_NUMBERS, service["sid"]) + _in_service(
            store, SHORT_CODES, service["sid"]
        )
        if kind != ALPHA_SENDERS and len(pooled) >= MAX_SENDERS:
            raise FakeApiError(
                400, 21714, f"Messaging Service Number Pool size limit ({MAX_SENDERS}) reached"
            )
        now = _now(store)
        record: Record = {"account_sid": incoming.principal, "service_sid": service["sid"],
                          "date_created": now, "date_updated": now, **fields}  # fmt: skip
        store.insert(kind, f"{service['sid']}/{record['sid']}", record)
        return json_response(201, render(incoming)(record))

    @routes.route("GET", path)
    def listing(incoming: Incoming) -> Response:
        service = _service_of(incoming, incoming.params["ServiceSid"])
        rows = ((record["sid"], record) for record in
                reversed(_in_service(incoming.store, kind, service["sid"])))  # fmt: skip
        return page_meta(incoming, key, rows, render(incoming))

    @routes.route("GET", path + "/{Sid}")
    def fetch(incoming: Incoming) -> Response:
        return json_response(200, render(incoming)(found(incoming)))

    @routes.route("DELETE", path + "/{Sid}")
    def remove(incoming: Incoming) -> Response:
        record = found(incoming)
        incoming.store.remove(kind, f"{record['service_sid']}/{record['sid']}")
        return no_content()

    return routes


def seed_short_code(
    store: FakeStore, account_sid: str, short_code: str = "12345", **fields: Any
) -> Record:
    """Give ``account_sid`` the short code ``short_code`` (Twilio leases them by hand).

    Returns:
        The stored record (``sid`` ``SC…``, ``short_code``, ``country_code``).
    """
    sid = store.new_sid("SC")
    record: Record = {"sid": sid, "account_sid": account_sid, "short_code": short_code,
                      "country_code": "US", **fields}  # fmt: skip
    return store.insert(ACCOUNT_SHORT_CODES, sid, record)


# -- Sending through a service ------------------------------------------------------------


def check_service(store: FakeStore, account_sid: str, service_sid: str) -> Record:
    """Return the account's service ``service_sid`` a message is sent through.

    Raises:
        FakeApiError: there is no such service on the account (21701).
    """
    record = store.get(SERVICES, service_sid)
    if record is None or record["account_sid"] != account_sid:
        raise FakeApiError(400, 21701, f"The Messaging Service Sid {service_sid} is invalid.")
    return record


def choose_sender(store: FakeStore, service: Record, recipient: str) -> str:
    """Pick the sender of a message to ``recipient`` sent through ``service``.

    Raises:
        FakeApiError: the service has no sender (21703).
    """
    sid = service["sid"]
    numbers = [record["phone_number"] for record in _in_service(store, PHONE_NUMBERS, sid)]
    if numbers and service.get("sticky_sender"):
        for _, message in store.newest_first("messages"):
            if (
                message.get("to") == recipient
                and (message.get("from") or message.get("_sender")) in numbers
                and (message.get("messaging_service_sid") == sid)
            ):
                # A message not yet queued has its chosen sender but no From yet.
                return str(message.get("from") or message["_sender"])
    if numbers and service.get("area_code_geomatch") and recipient.startswith("+1"):
        local = [number for number in numbers if number[:5] == recipient[:5]]
        numbers = local or numbers
    others = [record["short_code"] for record in _in_service(store, SHORT_CODES, sid)]
    others += [record["alpha_sender"] for record in _in_service(store, ALPHA_SENDERS, sid)]
    pool = numbers + others
    if not pool:
        raise FakeApiError(
            400,
            21703,
            "The Messaging Service does not have a phone number available to send a message",
        )
    return str(pool[0])


ROUTES = (
    services,
    _sender_routes("PhoneNumbers", PHONE_NUMBERS, "phone_numbers", _new_phone_number),
    _sender_routes("ShortCodes", SHORT_CODES, "short_codes", _new_short_code),
    _sender_routes("AlphaSenders", ALPHA_SENDERS, "alpha_senders", _new_alpha_sender),
)
"""The Messaging v1 routes: services and their senders."""
