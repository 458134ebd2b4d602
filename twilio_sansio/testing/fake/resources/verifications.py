"""Verify v2 verifications and their checks: one-time codes, as Twilio's Verify keeps them.

- Starting a verification (``POST /v2/Services/{ServiceSid}/Verifications``) draws a code
  of the service's ``code_length`` digits (or takes ``CustomCode`` when the service
  allows custom codes). Tests read it with ``FakeTwilio.verify_code(service_sid, to)``.
  Starting one again for the same recipient while one is pending sends the same code
  again (a new entry in ``send_code_attempts``); the sixth send within its life is
  refused with 60203 (HTTP 429).
- A check (``POST .../VerificationCheck``, by ``To`` or ``VerificationSid``) approves
  the verification when the code is right and leaves it ``pending`` when it is wrong;
  after 5 wrong codes every further check is refused with 60202 (HTTP 429).
- A verification lives 10 minutes by the fake's clock. Checking or updating one that
  expired, was approved or canceled, or never existed is Twilio's 404 (20404); fetching
  one works until it expires.
- Parameters Verify refuses (no ``To``, an unknown channel, a ``To`` that is not E.164
  for a phone channel or not an address for email) are 60200 (HTTP 400).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from twilio_sansio.core.http import Response
from twilio_sansio.testing.fake.resources.verify_services import (
    SERVICES_PATH,
    invalid_verify_parameter,
    service_of,
)
from twilio_sansio.testing.fake.router import Resource
from twilio_sansio.testing.fake.store import FakeStore, Record, iso8601, public
from twilio_sansio.testing.fake.wire import FakeApiError, Incoming, json_response, not_found

VERIFICATIONS = "verifications"
LIFETIME = timedelta(minutes=10)
MAX_SENDS = 5
MAX_CHECKS = 5
MAX_SEND_ATTEMPTS_REACHED = 60203
MAX_CHECK_ATTEMPTS_REACHED = 60202
PHONE_CHANNELS = frozenset({"sms", "call", "whatsapp", "sna", "auto"})
CHANNELS = PHONE_CHANNELS | {"email"}
_E164 = re.compile(r"\+[1-9]\d{6,14}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_VERIFICATIONS_PATH = SERVICES_PATH + "/{ServiceSid}/Verifications"


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def is_live(record: Record, store: FakeStore) -> bool:
    """Whether the verification has not expired yet (10 minutes after it started)."""
    return store.now() < _moment(record["_expires"])


def pending_for(store: FakeStore, service_sid: str, to: str) -> Record | None:
    """The recipient's pending, unexpired verification on the service, or None."""
    for _, record in store.newest_first(VERIFICATIONS):
        if (
            record["service_sid"] == service_sid
            and record["to"] == to
            and record["status"] == "pending"
            and is_live(record, store)
        ):
            return record
    return None


def _check_recipient(to: str | None, channel: str | None) -> tuple[str, str]:
    if not to:
        raise invalid_verify_parameter("Invalid parameter: To")
    if channel not in CHANNELS:
        raise invalid_verify_parameter(f"Invalid parameter: Channel {channel!r}")
    pattern = _EMAIL if channel == "email" else _E164
    if not pattern.fullmatch(to):
        raise invalid_verify_parameter(f"Invalid parameter `To`: {to}")
    return to, channel


def _code(incoming: Incoming, service: Record) -> str:
    custom = incoming.value("CustomCode")
    if custom is None:
        return incoming.store.random_digits(int(service["code_length"]))
    if not service.get("custom_code_enabled"):
        raise invalid_verify_parameter("CustomCode is not enabled for this service")
    if not 4 <= len(custom) <= 10:
        raise invalid_verify_parameter("CustomCode must be 4 to 10 characters")
    return custom


def _attempt(store: FakeStore, channel: str) -> Record:
    return {"time": iso8601(store.now()), "channel": channel, "attempt_sid": store.new_sid("VL")}


def _render(record: Record, incoming: Incoming) -> Record:
    shown = public(record)
    shown["url"] = (
        f"{incoming.origin}{SERVICES_PATH}/{record['service_sid']}/Verifications/{record['sid']}"
    )
    return shown


def _touch(record: Record, store: FakeStore, status: str) -> None:
    record["status"] = status
    record["valid"] = status == "approved"
    record["date_updated"] = iso8601(store.now())


routes = Resource(_VERIFICATIONS_PATH)


@routes.route("POST", _VERIFICATIONS_PATH)
def create(incoming: Incoming) -> Response:
    """POST .../Verifications: send a code, or the pending one again (5 sends at most)."""
    service = service_of(incoming, incoming.params["ServiceSid"])
    store = incoming.store
    to, channel = _check_recipient(incoming.value("To"), incoming.value("Channel"))
    record = pending_for(store, service["sid"], to)
    if record is not None:
        if record["_sends"] >= MAX_SENDS:
            raise FakeApiError(429, MAX_SEND_ATTEMPTS_REACHED, "Max send attempts reached")
        record["_sends"] += 1
        record["channel"] = channel
        record["send_code_attempts"].append(_attempt(store, channel))
        record["date_updated"] = iso8601(store.now())
        return json_response(201, _render(record, incoming))
    now = store.now()
    sid = store.new_sid("VE")
    record = {
        "sid": sid,
        "service_sid": service["sid"],
        "account_sid": service["account_sid"],
        "to": to,
        "channel": channel,
        "status": "pending",
        "valid": False,
        "lookup": {},
        "amount": incoming.value("Amount"),
        "payee": incoming.value("Payee"),
        "send_code_attempts": [_attempt(store, channel)],
        "date_created": iso8601(now),
        "date_updated": iso8601(now),
        "sna": None,
        "url": "",
        "_code": _code(incoming, service),
        "_sends": 1,
        "_checks": 0,
        "_expires": iso8601(now + LIFETIME),
    }
    store.insert(VERIFICATIONS, sid, record)
    return json_response(201, _render(record, incoming))


def _verification(incoming: Incoming, *, pending: bool) -> Record:
    """The service's verification named in the path (pending only, when told), or 20404."""
    service = service_of(incoming, incoming.params["ServiceSid"])
    record = incoming.store.get(VERIFICATIONS, incoming.params["Sid"])
    if (
        record is None
        or record["service_sid"] != service["sid"]
        or not is_live(record, incoming.store)
        or (pending and record["status"] != "pending")
    ):
        raise not_found(incoming.path)
    return record


@routes.route("GET", _VERIFICATIONS_PATH + "/{Sid}")
def fetch(incoming: Incoming) -> Response:
    """GET .../Verifications/{Sid}: readable for 10 minutes, whatever its status."""
    return json_response(200, _render(_verification(incoming, pending=False), incoming))


@routes.route("POST", _VERIFICATIONS_PATH + "/{Sid}")
def update(incoming: Incoming) -> Response:
    """POST .../Verifications/{Sid}: Status ``approved`` or ``canceled``, while pending."""
    status = incoming.value("Status")
    if status not in {"approved", "canceled"}:
        raise invalid_verify_parameter(f"Invalid parameter: Status {status!r}")
    record = _verification(incoming, pending=True)
    _touch(record, incoming.store, status)
    return json_response(200, _render(record, incoming))


@routes.route("POST", SERVICES_PATH + "/{ServiceSid}/VerificationCheck")
def check(incoming: Incoming) -> Response:
    """POST .../VerificationCheck: approve on the right code; 5 wrong codes at most."""
    service = service_of(incoming, incoming.params["ServiceSid"])
    store = incoming.store
    code = incoming.value("Code")
    to, sid = incoming.value("To"), incoming.value("VerificationSid")
    if not code:
        raise invalid_verify_parameter("Invalid parameter: Code")
    if (to is None) == (sid is None):
        raise invalid_verify_parameter("Either To or VerificationSid must be given")
    if sid is not None:
        record = store.get(VERIFICATIONS, sid)
        if record is not None and (
            record["service_sid"] != service["sid"]
            or record["status"] != "pending"
            or not is_live(record, store)
        ):
            record = None
    else:
        record = pending_for(store, service["sid"], str(to))
    if record is None:
        raise not_found(incoming.path)
    if record["_checks"] >= MAX_CHECKS:
        raise FakeApiError(429, MAX_CHECK_ATTEMPTS_REACHED, "Max check attempts reached")
    if code == record["_code"]:
        _touch(record, store, "approved")
    else:
        record["_checks"] += 1
        record["date_updated"] = iso8601(store.now())
    shown = {
        name: record[name]
        for name in (
            "sid",
            "service_sid",
            "account_sid",
            "to",
            "channel",
            "status",
            "valid",
            "amount",
            "payee",
            "date_created",
            "date_updated",
        )
    }
    shown["sna_attempts_error_codes"] = [] if record["channel"] == "sna" else None
    return json_response(200, shown)


def verify_code(store: FakeStore, service_sid: str, to: str) -> str:
    """The code of the recipient's pending verification on the service.

    Raises:
        KeyError: no pending, unexpired verification for ``to`` on that service.
    """
    record = pending_for(store, service_sid, to)
    if record is None:
        raise KeyError(f"no pending verification for {to!r} on service {service_sid}")
    return str(record["_code"])


ROUTES = (routes,)
"""The verification and verification check routes."""
