"""Payments of a call on the fake: start a session, capture, complete or cancel it.

A session starts (201) on a call of the account that is in progress; each update (202)
either asks for one more piece of information (``Capture``) or ends the session
(``Status``: ``complete`` or ``cancel``), after which it takes no more updates (400,
21220). Every request needs ``IdempotencyKey`` and ``StatusCallback`` (20001 without);
a start repeated with the same key on the same call answers the session it started
instead of a second one. The fake collects no digits and posts no status callbacks: the
record keeps what was asked (``_captures``, ``_status``) for tests to read. When the call
ends, a session still in progress ends as ``cancel`` (:func:`cancel_sessions`).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from twilio_sansio.core.http import Response
from twilio_sansio.testing.fake.resources._common import (
    ACCOUNT,
    account_path,
    answer_record,
    named_record,
    stamp,
    touch,
)
from twilio_sansio.testing.fake.resources.call_media import choice
from twilio_sansio.testing.fake.resources.calls import CALLS, INVALID_CALL_STATE
from twilio_sansio.testing.fake.router import Resource
from twilio_sansio.testing.fake.store import FakeStore, Record
from twilio_sansio.testing.fake.wire import FakeApiError, Incoming, invalid_parameter

CALL_PAYMENTS = "call_payments"
"""The table of the calls' payment sessions."""

PAYMENT_METHODS = ("credit-card", "ach-debit")
BANK_ACCOUNT_TYPES = ("consumer-checking", "consumer-savings", "commercial-checking")
TOKEN_TYPES = ("one-time", "reusable", "payment-method")
CAPTURES = (
    "payment-card-number", "expiration-date", "security-code", "postal-code",
    "bank-routing-number", "bank-account-number", "payment-card-number-matcher",
    "expiration-date-matcher", "security-code-matcher", "postal-code-matcher",
)  # fmt: skip
ENDINGS = ("complete", "cancel")
MAX_CHARGE_AMOUNT = Decimal(1_000_000)

routes = Resource(ACCOUNT + "/Calls/{CallSid}/Payments")


def _check_amount(incoming: Incoming) -> None:
    text = incoming.value("ChargeAmount")
    if text is None:
        return
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise invalid_parameter(f"ChargeAmount must be a number, not {text!r}") from None
    if not amount.is_finite() or not 0 <= amount < MAX_CHARGE_AMOUNT:
        raise invalid_parameter(f"ChargeAmount must be from 0 to under 1000000, not {text}")


def _check_start(incoming: Incoming) -> None:
    choice(incoming, "PaymentMethod", PAYMENT_METHODS)
    choice(incoming, "BankAccountType", BANK_ACCOUNT_TYPES)
    choice(incoming, "TokenType", TOKEN_TYPES)
    choice(incoming, "Confirmation", ("true", "false"))
    _check_amount(incoming)
    for flag in ("PostalCode", "SecurityCode"):
        incoming.boolean(flag)
    if incoming.has("Timeout"):
        incoming.integer("Timeout", default=5, low=1, high=600)
    if incoming.has("MinPostalCodeLength"):
        incoming.integer("MinPostalCodeLength", default=1, low=1, high=99)


@routes.create
def create(incoming: Incoming) -> Response:
    """POST /Calls/{CallSid}/Payments.json: start a payment session (201)."""
    call = named_record(incoming, CALLS, "CallSid")
    key = incoming.required("IdempotencyKey")
    callback = incoming.required("StatusCallback")
    _check_start(incoming)
    for _sid, existing in incoming.store.newest_first(
        CALL_PAYMENTS, lambda row: row["call_sid"] == call["sid"]
    ):
        if existing["_idempotency_key"] == key:
            return answer_record(existing, 201)
    if call["status"] != "in-progress":
        raise FakeApiError(
            400,
            INVALID_CALL_STATE,
            f"Call is not in-progress ({call['status']}). Cannot start a payment.",
        )
    sid = incoming.store.new_sid("PK")
    now = stamp(incoming.store)
    record: Record = {
        "account_sid": incoming.account_sid,
        "call_sid": call["sid"],
        "sid": sid,
        "date_created": now,
        "date_updated": now,
        "uri": account_path(incoming.account_sid, f"/Calls/{call['sid']}/Payments/{sid}.json"),
        "_idempotency_key": key,
        "_status_callback": callback,
        "_status": "in-progress",
        "_captures": [],
        "_form": list(incoming.form),
    }
    return answer_record(incoming.store.insert(CALL_PAYMENTS, sid, record), 201)


@routes.update
def update(incoming: Incoming) -> Response:
    """POST /Calls/{CallSid}/Payments/{Sid}.json: capture, complete or cancel (202)."""
    call = named_record(incoming, CALLS, "CallSid")
    record = named_record(incoming, CALL_PAYMENTS, call_sid=call["sid"])
    incoming.required("IdempotencyKey")
    record["_status_callback"] = incoming.required("StatusCallback")
    capture = choice(incoming, "Capture", CAPTURES)
    status = choice(incoming, "Status", ENDINGS)
    if (capture is None) == (status is None):
        raise invalid_parameter("An update of a payment needs one of Capture and Status")
    if record["_status"] != "in-progress":
        raise FakeApiError(
            400, INVALID_CALL_STATE, f"Payment {record['sid']} has ended ({record['_status']})."
        )
    if capture is not None:
        record["_captures"].append(capture)
    else:
        record["_status"] = status
    touch(record, incoming.store)
    return answer_record(record, 202)


def cancel_sessions(store: FakeStore, call_sid: str) -> None:
    """End every payment session of a call still in progress as canceled.

    Called when the call ends: the caller can give nothing more, and nothing was sent to
    the Pay Connector, so the session ends as ``cancel`` (of the two endings the
    documents give, ``complete`` and ``cancel``), and takes no more updates.
    """
    running = store.newest_first(
        CALL_PAYMENTS, lambda row: row["call_sid"] == call_sid and row["_status"] == "in-progress"
    )
    for _sid, record in list(running):
        record["_status"] = "cancel"
        touch(record, store)


ROUTES = (routes,)
"""The routes of the payments of calls."""
