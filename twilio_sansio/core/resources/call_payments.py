"""Payments of a call (API 2010): ``/Accounts/{sid}/Calls/{CallSid}/Payments``.

A payment session collects card or bank details from the caller by keypad, through a
Pay Connector, while an agent stays on the call without hearing them. It is started
with :meth:`CallPaymentOperations.create`; each later step (capture the card number,
then the expiry date..., then complete or cancel) is an
:meth:`CallPaymentOperations.update`. Every request carries an idempotency key, and
Twilio reports the progress to the status callback.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from twilio_sansio.core.encoding import ParamValue
from twilio_sansio.core.enums import OpenStrEnum
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.model import Record, Sid, Text, Timestamp
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.resources._build import post
from twilio_sansio.core.resources._call_media import CallOperationsBase, check_choice
from twilio_sansio.core.validation import check_flag, check_sid, check_text, optional_text

PAYMENT_SID_PREFIX = "PK"
MAX_CHARGE_AMOUNT = Decimal(1_000_000)
MAX_TIMEOUT = 600


class PaymentMethod(OpenStrEnum):
    """How the caller pays: by card or by bank account (ACH debit)."""

    CREDIT_CARD = "credit-card"
    ACH_DEBIT = "ach-debit"


class PaymentBankAccountType(OpenStrEnum):
    """The kind of bank account of an ACH debit."""

    CONSUMER_CHECKING = "consumer-checking"
    CONSUMER_SAVINGS = "consumer-savings"
    COMMERCIAL_CHECKING = "commercial-checking"


class PaymentTokenType(OpenStrEnum):
    """The kind of token the Pay Connector returns when nothing is charged."""

    ONE_TIME = "one-time"
    REUSABLE = "reusable"
    PAYMENT_METHOD = "payment-method"


class PaymentCapture(OpenStrEnum):
    """The piece of payment information an update asks the caller for next."""

    PAYMENT_CARD_NUMBER = "payment-card-number"
    EXPIRATION_DATE = "expiration-date"
    SECURITY_CODE = "security-code"
    POSTAL_CODE = "postal-code"
    BANK_ROUTING_NUMBER = "bank-routing-number"
    BANK_ACCOUNT_NUMBER = "bank-account-number"
    PAYMENT_CARD_NUMBER_MATCHER = "payment-card-number-matcher"
    EXPIRATION_DATE_MATCHER = "expiration-date-matcher"
    SECURITY_CODE_MATCHER = "security-code-matcher"
    POSTAL_CODE_MATCHER = "postal-code-matcher"


class PaymentStatus(OpenStrEnum):
    """How an update ends a payment session: submit it (``complete``) or ``cancel`` it."""

    COMPLETE = "complete"
    CANCEL = "cancel"


class CallPayment(Record):
    """A payment session (``PK…``) of a call, as Twilio reports it."""

    __slots__ = ()

    sid = Sid()
    account_sid = Text()
    call_sid = Text()
    date_created = Timestamp()
    date_updated = Timestamp()
    uri = Text()


def _charge_amount(value: object) -> Decimal | None:
    """Return None, or ``value`` as a Decimal from 0 (tokenize only) to under 1,000,000.

    Raises:
        InvalidArgument: not a number (nor a numeric string), negative or too large.
    """
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal | str):
        raise InvalidArgument(f"charge_amount must be a number, not {type(value).__name__}")
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise InvalidArgument(f"charge_amount must be a number, not {value!r:.40}") from None
    if not amount.is_finite() or not 0 <= amount < MAX_CHARGE_AMOUNT:
        raise InvalidArgument(f"charge_amount must be from 0 to under 1,000,000, not {value}")
    return amount


def _count(name: str, value: object, high: int | None = None) -> int | None:
    """Return None, or ``value`` if it is a positive int (at most ``high``).

    Raises:
        InvalidArgument: another value.
    """
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidArgument(f"{name} must be a positive int, not {value!r:.40}")
    if high is not None and value > high:
        raise InvalidArgument(f"{name} must be at most {high}, not {value}")
    return value


def _joined(name: str, value: object, separator: str) -> str | None:
    """Return None, a string as given, or the strings of an iterable joined by ``separator``.

    Raises:
        InvalidArgument: an empty value, or an item that is not a non-empty string.
    """
    if value is None or isinstance(value, str):
        return optional_text(name, value)
    if not isinstance(value, Iterable):
        raise InvalidArgument(f"{name} must be a string or strings, not {type(value).__name__}")
    items = [check_text(name, item) for item in value]
    if not items:
        raise InvalidArgument(f"{name} must not be empty")
    return separator.join(items)


def _custom_json(value: object) -> str | None:
    """Return None, or a mapping of custom parameters as the JSON object Twilio expects.

    Raises:
        InvalidArgument: not a mapping with string keys, or not JSON-serializable.
    """
    if value is None:
        return None
    if not isinstance(value, Mapping) or not all(isinstance(key, str) for key in value):
        raise InvalidArgument(f"parameter must be a mapping of names, not {type(value).__name__}")
    try:
        return json.dumps(dict(value), separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError) as error:
        raise InvalidArgument(f"parameter must be JSON-serializable: {error}") from None


class CallPaymentOperations(CallOperationsBase):
    """Builds the operations on the payment sessions of a call."""

    __slots__ = ()

    segment = "Payments"

    def create(
        self,
        /,
        call_sid: str,
        idempotency_key: str,
        status_callback: str,
        *,
        payment_method: PaymentMethod | str | None = None,
        bank_account_type: PaymentBankAccountType | str | None = None,
        charge_amount: Decimal | int | float | str | None = None,
        currency: str | None = None,
        description: str | None = None,
        input: str | None = None,
        min_postal_code_length: int | None = None,
        parameter: Mapping[str, Any] | None = None,
        payment_connector: str | None = None,
        postal_code: bool | None = None,
        security_code: bool | None = None,
        timeout: int | None = None,
        token_type: PaymentTokenType | str | None = None,
        valid_card_types: str | Iterable[str] | None = None,
        require_matching_inputs: str | Iterable[str] | None = None,
        confirmation: bool | None = None,
        **params: ParamValue,
    ) -> Operation[CallPayment]:
        """Start a payment session on a call in progress.

        Args:
            call_sid: The call (``CA…``).
            idempotency_key: A token unique to this request, so that a retry of it
                never starts a second session.
            status_callback: The URL (absolute, or relative to the call's) Twilio posts
                the session's progress to.
            payment_method: ``credit-card`` (Twilio's default) or ``ach-debit``.
            bank_account_type: The bank account's kind, for an ACH debit.
            charge_amount: The amount to charge, from 0 (tokenize only) to under
                1,000,000.
            currency: The amount's currency (ISO 4217; Twilio's default is ``USD``).
            description: A description sent to the Pay Connector with the payment.
            input: The inputs accepted: ``"dtmf"``.
            min_postal_code_length: The fewest digits a postal code may have.
            parameter: Custom parameters for the payment processor (required for ACH),
                sent as one JSON object.
            payment_connector: The unique name of the Pay Connector (``Default``).
            postal_code: Whether the caller must give the card's postal code.
            security_code: Whether the caller must give the card's security code.
            timeout: Seconds to wait between digits, 1 to 600 (Twilio's default is 5).
            token_type: ``one-time``, ``reusable`` or ``payment-method``.
            valid_card_types: The card types accepted (``"visa mastercard"`` or a list).
            require_matching_inputs: The fields the caller must enter twice (a
                comma-separated string or a list).
            confirmation: Whether the caller confirms the details before submission.
            **params: Any other parameter, by Twilio's name.

        Returns:
            The operation that starts the session and parses the new :class:`CallPayment`.

        Raises:
            InvalidArgument: an argument is malformed or not one Twilio accepts.
        """
        path = self._path(call_sid)
        form: dict[str, ParamValue] = {
            "IdempotencyKey": check_text("idempotency_key", idempotency_key),
            "StatusCallback": check_text("status_callback", status_callback),
            "BankAccountType": check_choice(
                "bank_account_type", bank_account_type, PaymentBankAccountType
            ),
            "ChargeAmount": _charge_amount(charge_amount),
            "Currency": optional_text("currency", currency),
            "Description": optional_text("description", description),
            "Input": optional_text("input", input),
            "MinPostalCodeLength": _count("min_postal_code_length", min_postal_code_length),
            "Parameter": _custom_json(parameter),
            "PaymentConnector": optional_text("payment_connector", payment_connector),
            "PaymentMethod": check_choice("payment_method", payment_method, PaymentMethod),
            "PostalCode": check_flag("postal_code", postal_code),
            "SecurityCode": check_flag("security_code", security_code),
            "Timeout": _count("timeout", timeout, MAX_TIMEOUT),
            "TokenType": check_choice("token_type", token_type, PaymentTokenType),
            "ValidCardTypes": _joined("valid_card_types", valid_card_types, " "),
            "RequireMatchingInputs": _joined(
                "require_matching_inputs", require_matching_inputs, ","
            ),
            "Confirmation": check_flag("confirmation", confirmation),
            **params,
        }
        return post(self.config, path, form, CallPayment.from_json)

    def update(
        self,
        /,
        call_sid: str,
        sid: str,
        idempotency_key: str,
        status_callback: str,
        *,
        capture: PaymentCapture | str | None = None,
        status: PaymentStatus | str | None = None,
        **params: ParamValue,
    ) -> Operation[CallPayment]:
        """Move a payment session on: capture one piece of information, or end it.

        Give exactly one of ``capture`` (ask the caller for the card number, the expiry
        date...) and ``status`` (``complete`` to submit, ``cancel``).

        Args:
            call_sid: The call (``CA…``).
            sid: The payment session (``PK…``).
            idempotency_key: A token unique to this request.
            status_callback: The URL Twilio posts the session's progress to.
            capture: The piece of information to collect next.
            status: ``complete`` or ``cancel``.
            **params: Any other parameter, by Twilio's name.

        Returns:
            The operation that updates the session and parses it.

        Raises:
            InvalidArgument: a SID or key is malformed, or not exactly one of
                ``capture`` and ``status`` is given (or it is not one Twilio knows).
        """
        check_sid("sid", sid, PAYMENT_SID_PREFIX)
        path = self._path(call_sid, sid)
        if (capture is None) == (status is None):
            raise InvalidArgument("updating a payment needs exactly one of capture and status")
        form: dict[str, ParamValue] = {
            "IdempotencyKey": check_text("idempotency_key", idempotency_key),
            "StatusCallback": check_text("status_callback", status_callback),
            "Capture": check_choice("capture", capture, PaymentCapture),
            "Status": check_choice("status", status, PaymentStatus),
            **params,
        }
        return post(self.config, path, form, CallPayment.from_json)
