"""Payments of a call: every operation's request, the model, bad input."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from tests.core._support import (
    ACCOUNT,
    WHEN,
    WHEN_DT,
    assert_enum_covers,
    assert_model_covers,
    assert_request,
    json_response,
    make_config,
    openapi_schemas,
)
from tests.core.resources.test_calls import CALL, CALLS
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.resources.call_payments import (
    CallPayment,
    CallPaymentOperations,
    PaymentBankAccountType,
    PaymentCapture,
    PaymentMethod,
    PaymentStatus,
    PaymentTokenType,
)

PAYMENT = "PK" + "a" * 32
PAYMENTS = f"{CALLS}/{CALL}/Payments"
CALLBACK = "https://cb.example.com/pay"
KEY_AND_CALLBACK = b"IdempotencyKey=k1&StatusCallback=https%3A%2F%2Fcb.example.com%2Fpay"


def payments() -> CallPaymentOperations:
    return CallPaymentOperations(make_config())


def test_create_sends_the_key_and_the_callback_alone_by_default() -> None:
    operation = payments().create(CALL, "k1", CALLBACK)
    assert_request(operation.request, "POST", f"{PAYMENTS}.json", KEY_AND_CALLBACK)


def test_create_takes_a_relative_status_callback() -> None:
    assert payments().create(CALL, "k1", "/pay").request.body.endswith(b"StatusCallback=%2Fpay")


def test_create_sends_every_documented_parameter() -> None:
    operation = payments().create(
        CALL,
        "k1",
        CALLBACK,
        payment_method=PaymentMethod.ACH_DEBIT,
        bank_account_type="consumer-savings",
        charge_amount=Decimal("10.50"),
        currency="USD",
        description="order 42",
        input="dtmf",
        min_postal_code_length=5,
        parameter={"merchant": "acme", "n": 1},
        payment_connector="Default",
        postal_code=False,
        security_code=True,
        timeout=10,
        token_type=PaymentTokenType.REUSABLE,
        valid_card_types=["visa", "amex"],
        require_matching_inputs=("payment-card-number", "security-code"),
        confirmation=True,
    )
    assert_request(
        operation.request,
        "POST",
        f"{PAYMENTS}.json",
        KEY_AND_CALLBACK + b"&BankAccountType=consumer-savings&ChargeAmount=10.50"
        b"&Currency=USD&Description=order%2042&Input=dtmf&MinPostalCodeLength=5"
        b"&Parameter=%7B%22merchant%22%3A%22acme%22%2C%22n%22%3A1%7D"
        b"&PaymentConnector=Default&PaymentMethod=ach-debit&PostalCode=false"
        b"&SecurityCode=true&Timeout=10&TokenType=reusable&ValidCardTypes=visa%20amex"
        b"&RequireMatchingInputs=payment-card-number%2Csecurity-code&Confirmation=true",
    )


@pytest.mark.parametrize("amount", [0, 5, 9.99, "999999.99"])
def test_create_takes_amounts_from_zero_to_under_a_million(amount: Any) -> None:
    assert (
        b"ChargeAmount="
        in payments().create(CALL, "k", CALLBACK, charge_amount=amount).request.body
    )


def test_update_captures_or_ends_the_session() -> None:
    captured = payments().update(CALL, PAYMENT, "k1", CALLBACK, capture="payment-card-number")
    assert_request(
        captured.request,
        "POST",
        f"{PAYMENTS}/{PAYMENT}.json",
        KEY_AND_CALLBACK + b"&Capture=payment-card-number",
    )
    completed = payments().update(CALL, PAYMENT, "k1", CALLBACK, status=PaymentStatus.COMPLETE)
    assert completed.request.body == KEY_AND_CALLBACK + b"&Status=complete"


@pytest.mark.parametrize(
    "arguments",
    [
        {},
        {"capture": "expiration-date", "status": "cancel"},
        {"capture": "pin"},
        {"status": "done"},
    ],
)
def test_update_needs_exactly_one_known_capture_or_status(arguments: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgument):
        payments().update(CALL, PAYMENT, "k1", CALLBACK, **arguments)


@pytest.mark.parametrize("call_sid", ["", "CA1", PAYMENT, None])
def test_every_operation_refuses_a_bad_call_sid(call_sid: Any) -> None:
    operations = payments()
    builds: list[Callable[[], object]] = [
        lambda: operations.create(call_sid, "k", CALLBACK),
        lambda: operations.update(call_sid, PAYMENT, "k", CALLBACK, status="cancel"),
    ]
    for build in builds:
        with pytest.raises(InvalidArgument):
            build()


@pytest.mark.parametrize("sid", ["", None, "payment", "MZ" + "a" * 32, "PK1"])
def test_update_refuses_a_bad_payment_sid(sid: Any) -> None:
    with pytest.raises(InvalidArgument):
        payments().update(CALL, sid, "k", CALLBACK, status="cancel")


@pytest.mark.parametrize(
    "arguments",
    [
        {"idempotency_key": ""},
        {"idempotency_key": None},
        {"status_callback": ""},
        {"payment_method": "cash"},
        {"bank_account_type": "savings"},
        {"token_type": "forever"},
        {"charge_amount": -1},
        {"charge_amount": 1_000_000},
        {"charge_amount": "ten"},
        {"charge_amount": float("nan")},
        {"charge_amount": True},
        {"min_postal_code_length": 0},
        {"timeout": 601},
        {"timeout": "5"},
        {"postal_code": "true"},
        {"confirmation": 1},
        {"parameter": ["a"]},
        {"parameter": {"a": object()}},
        {"valid_card_types": []},
        {"valid_card_types": [1]},
        {"require_matching_inputs": 5},
    ],
)
def test_create_refuses_bad_arguments(arguments: dict[str, Any]) -> None:
    values: dict[str, Any] = {"idempotency_key": "k", "status_callback": CALLBACK, **arguments}
    with pytest.raises(InvalidArgument):
        payments().create(CALL, **values)


FULL: dict[str, Any] = {
    "account_sid": ACCOUNT,
    "call_sid": CALL,
    "sid": PAYMENT,
    "date_created": WHEN,
    "date_updated": WHEN,
    "uri": f"/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}/Payments/{PAYMENT}.json",
}


def test_every_payment_field_is_converted() -> None:
    payment = payments().create(CALL, "k", CALLBACK).parse(json_response(FULL, 201))
    assert isinstance(payment, CallPayment)
    assert payment.to_dict() == {
        "sid": PAYMENT,
        "account_sid": ACCOUNT,
        "call_sid": CALL,
        "date_created": WHEN_DT,
        "date_updated": WHEN_DT,
        "uri": FULL["uri"],
    }
    updated = payments().update(CALL, PAYMENT, "k", CALLBACK, status="cancel")
    assert updated.parse(json_response(FULL, 202)).sid == PAYMENT


def test_payment_model_and_enums_cover_the_openapi_document() -> None:
    schemas = openapi_schemas()
    assert_model_covers(schemas, "api.v2010.account.call.payments", CallPayment)
    assert_enum_covers(schemas, "payments_enum_payment_method", PaymentMethod)
    assert_enum_covers(schemas, "payments_enum_bank_account_type", PaymentBankAccountType)
    assert_enum_covers(schemas, "payments_enum_token_type", PaymentTokenType)
    assert_enum_covers(schemas, "payments_enum_capture", PaymentCapture)
    assert_enum_covers(schemas, "payments_enum_status", PaymentStatus)
