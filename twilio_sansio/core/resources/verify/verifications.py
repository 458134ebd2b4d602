"""Verifications (Verify v2): the model and the operations on ``/v2/Services/{}/Verifications``.

A verification (``VE…``) is one code sent to one recipient through a service; it stays
``pending`` until a check approves it, it is canceled, or it expires after 10 minutes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from twilio_sansio.core.config import ClientConfig
from twilio_sansio.core.encoding import ParamValue, path_segment
from twilio_sansio.core.enums import OpenStrEnum
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.model import (
    Array,
    Boolean,
    Choice,
    Object,
    Record,
    Sid,
    Text,
    Timestamp,
)
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.phone import PhoneNumber
from twilio_sansio.core.resources._build import ResourceOperations, fetch, post
from twilio_sansio.core.resources.verify.channels import (
    VerificationChannel,
    check_channel,
    check_recipient,
)
from twilio_sansio.core.resources.verify.errors import raising_typed_errors
from twilio_sansio.core.resources.verify.services import (
    PRODUCT,
    SERVICES_PATH,
    check_service_sid,
)
from twilio_sansio.core.validation import check_flag, check_sid, check_text, optional_text
from twilio_sansio.core.values import MalformedValue

R = TypeVar("R", bound=Record)

VERIFICATION_SID_PREFIX = "VE"
MIN_CUSTOM_CODE_LENGTH, MAX_CUSTOM_CODE_LENGTH = 4, 10


class VerificationStatus(OpenStrEnum):
    """Where a verification is in its life."""

    PENDING = "pending"
    APPROVED = "approved"
    CANCELED = "canceled"
    MAX_ATTEMPTS_REACHED = "max_attempts_reached"
    DELETED = "deleted"
    FAILED = "failed"
    EXPIRED = "expired"


class VerificationRiskCheck(OpenStrEnum):
    """Whether Twilio screens an SMS verification for fraud (``RiskCheck``)."""

    ENABLE = "enable"
    DISABLE = "disable"


SETTABLE_STATUSES = frozenset({VerificationStatus.APPROVED, VerificationStatus.CANCELED})
"""The statuses a caller may move a verification to."""


class BaseVerification(Record):
    """The fields a verification and the answer to a check of it share.

    :class:`Verification` and
    :class:`~twilio_sansio.core.resources.verify.verification_checks.VerificationCheck`
    add the fields only their own answers have. ``to`` is the phone number (E.164) or
    email address; :attr:`phone_number` reads it as a phone number.
    """

    __slots__ = ()

    sid = Sid()
    service_sid = Text()
    account_sid = Text()
    to = Text()
    channel = Choice(VerificationChannel)
    status = Choice(VerificationStatus)
    valid = Boolean()
    amount = Text()
    payee = Text()
    date_created = Timestamp()
    date_updated = Timestamp()

    @property
    def approved(self) -> bool:
        """Whether the verification is approved (a right code, or approved by the caller)."""
        return self._raw.get("status") == VerificationStatus.APPROVED

    @property
    def phone_number(self) -> PhoneNumber | None:
        """``to`` as a :class:`~twilio_sansio.PhoneNumber`, or None for an email address.

        Raises:
            MalformedValue: ``to`` is neither an email address nor a valid phone number.
        """
        to = self._raw.get("to")
        if to is None or (isinstance(to, str) and "@" in to):
            return None
        if not isinstance(to, str):
            raise MalformedValue(f"expected a phone number or an email address, got {to!r:.60}")
        try:
            return PhoneNumber(to)
        except InvalidArgument as error:
            raise MalformedValue(str(error)) from None


class Verification(BaseVerification):
    """A verification (``VE…``): one code sent to one recipient through a service.

    ``send_code_attempts`` lists each send (its time, channel and attempt SID);
    ``lookup`` holds what a lookup found of the number, and ``sna`` the URL a silent
    network authentication opens.
    """

    __slots__ = ()

    lookup = Object()
    send_code_attempts = Array()
    sna = Object()
    url = Text()


def _json_text(name: str, value: Mapping[str, Any] | str | None) -> str | None:
    """A JSON object parameter: a mapping is serialised, a string is sent as written."""
    if value is None or isinstance(value, str):
        return optional_text(name, value)
    if not isinstance(value, Mapping):
        raise InvalidArgument(f"{name} must be a mapping or JSON text, not {type(value).__name__}")
    try:
        return json.dumps(dict(value), separators=(",", ":"))
    except (TypeError, ValueError) as error:
        raise InvalidArgument(f"{name} cannot be sent as JSON: {error}") from None


def _custom_code(value: object) -> str | None:
    if value is None:
        return None
    code = check_text("custom_code", value)
    if not MIN_CUSTOM_CODE_LENGTH <= len(code) <= MAX_CUSTOM_CODE_LENGTH:
        raise InvalidArgument(
            f"custom_code must be {MIN_CUSTOM_CODE_LENGTH} to {MAX_CUSTOM_CODE_LENGTH} "
            f"characters, not {len(code)}"
        )
    return code


def verify_post(
    config: ClientConfig, path: str, form: Mapping[str, ParamValue], model: type[R]
) -> Operation[R]:
    """POST ``form`` to a Verify path; Verify's error codes raise their typed errors."""
    built = post(config, path, form, model.from_json, product=PRODUCT)
    return Operation(built.request, raising_typed_errors(built.parser))


class VerificationOperations(ResourceOperations):
    """Builds the operations on a service's verifications: start, fetch, approve, cancel.

    Their answers raise Verify's typed errors
    (:class:`~twilio_sansio.core.resources.verify.errors.VerificationNotFound`,
    :class:`~twilio_sansio.core.resources.verify.errors.MaxSendAttemptsReached`, ...).
    """

    __slots__ = ()

    def _path(self, service_sid: str) -> str:
        """The service's verifications, after checking its SID."""
        service = path_segment("service_sid", check_service_sid(service_sid))
        return f"{SERVICES_PATH}/{service}/Verifications"

    def _item_path(self, service_sid: str, sid: str) -> str:
        """One verification of the service, after checking both SIDs."""
        path = self._path(service_sid)
        check_sid("sid", sid, VERIFICATION_SID_PREFIX)
        return f"{path}/{path_segment('sid', sid)}"

    def create(
        self,
        /,
        service_sid: str,
        to: str,
        channel: VerificationChannel | str,
        *,
        custom_friendly_name: str | None = None,
        custom_code: str | None = None,
        locale: str | None = None,
        send_digits: str | None = None,
        amount: str | None = None,
        payee: str | None = None,
        app_hash: str | None = None,
        template_sid: str | None = None,
        template_custom_substitutions: Mapping[str, Any] | str | None = None,
        channel_configuration: Mapping[str, Any] | str | None = None,
        rate_limits: Mapping[str, Any] | str | None = None,
        device_ip: str | None = None,
        enable_sna_client_token: bool | None = None,
        risk_check: VerificationRiskCheck | str | None = None,
        tags: Mapping[str, Any] | str | None = None,
        **params: ParamValue,
    ) -> Operation[Verification]:
        """Start a verification: send a code to ``to`` over ``channel``.

        Args:
            service_sid: The service (``VA…``).
            to: The recipient: a phone number (E.164, or national with the client's
                default region) for ``sms``, ``call``, ``whatsapp``, ``sna`` and
                ``auto``; an email address for ``email``.
            channel: ``"sms"``, ``"call"``, ``"email"``, ``"whatsapp"``, ``"sna"`` or
                ``"auto"`` (a :class:`VerificationChannel`).
            custom_friendly_name: A name to show in place of the service's.
            custom_code: A code of your own (4 to 10 characters; the service must allow
                custom codes).
            locale: The language of the message (``"fr"``, ``"pt-BR"``).
            send_digits: Digits to dial after a call is answered (an extension).
            amount: The PSD2 transaction's amount.
            payee: The PSD2 transaction's payee.
            app_hash: An Android app hash appended to the SMS.
            template_sid: The message template (``HJ…``) to use.
            template_custom_substitutions: The template's variables (a mapping, or JSON).
            channel_configuration: The email channel's settings (a mapping, or JSON).
            rate_limits: Values of the service's rate limits (a mapping, or JSON).
            device_ip: The IP address of the user's device (for ``auto``).
            enable_sna_client_token: Require the SNA client token on the check.
            risk_check: ``"enable"`` or ``"disable"`` fraud screening of SMS.
            tags: Metadata tags, up to 10 (a mapping, or JSON).
            **params: Any other parameter, by Twilio's name.

        Returns:
            The operation that starts the verification and parses the new
            :class:`Verification` (``pending``).

        Raises:
            InvalidArgument: a SID is malformed, the recipient does not fit the channel,
                the custom code is not 4 to 10 characters, or a parameter is malformed.
            MaxSendAttemptsReached: (when sent) Twilio's 60203.
            InvalidVerificationParameter: (when sent) Twilio's 60200.
        """
        path = self._path(service_sid)
        kind = check_channel(channel)
        if template_sid is not None:
            check_sid("template_sid", template_sid, "HJ")
        form: dict[str, ParamValue] = {
            "To": check_recipient(to, kind, self.config.default_region),
            "Channel": kind,
            "CustomFriendlyName": optional_text("custom_friendly_name", custom_friendly_name),
            "CustomCode": _custom_code(custom_code),
            "Locale": optional_text("locale", locale),
            "SendDigits": optional_text("send_digits", send_digits),
            "Amount": optional_text("amount", amount),
            "Payee": optional_text("payee", payee),
            "AppHash": optional_text("app_hash", app_hash),
            "TemplateSid": template_sid,
            "TemplateCustomSubstitutions": _json_text(
                "template_custom_substitutions", template_custom_substitutions
            ),
            "ChannelConfiguration": _json_text("channel_configuration", channel_configuration),
            "RateLimits": _json_text("rate_limits", rate_limits),
            "DeviceIp": optional_text("device_ip", device_ip),
            "EnableSnaClientToken": check_flag("enable_sna_client_token", enable_sna_client_token),
            "RiskCheck": optional_text("risk_check", risk_check),
            "Tags": _json_text("tags", tags),
            **params,
        }
        return verify_post(self.config, path, form, Verification)

    def get(self, /, service_sid: str, sid: str) -> Operation[Verification]:
        """Fetch a verification.

        Args:
            service_sid: The service (``VA…``).
            sid: The verification (``VE…``).

        Returns:
            The operation that fetches and parses the :class:`Verification`.

        Raises:
            InvalidArgument: a SID is malformed.
            VerificationNotFound: (when sent) Twilio no longer has it (20404).
        """
        built = fetch(
            self.config, self._item_path(service_sid, sid), Verification.from_json, product=PRODUCT
        )
        return Operation(built.request, raising_typed_errors(built.parser))

    def update(
        self, /, service_sid: str, sid: str, status: VerificationStatus | str
    ) -> Operation[Verification]:
        """Approve or cancel a pending verification.

        Args:
            service_sid: The service (``VA…``).
            sid: The verification (``VE…``).
            status: ``"approved"`` or ``"canceled"``.

        Returns:
            The operation that updates and parses the :class:`Verification`.

        Raises:
            InvalidArgument: a SID is malformed or the status is neither.
            VerificationNotFound: (when sent) no such pending verification (20404).
        """
        path = self._item_path(service_sid, sid)
        text = check_text("status", status)
        if text not in SETTABLE_STATUSES:
            raise InvalidArgument(f"status must be 'approved' or 'canceled', not {text!r:.40}")
        return verify_post(self.config, path, {"Status": text}, Verification)

    def approve(self, /, service_sid: str, sid: str) -> Operation[Verification]:
        """Approve a pending verification without a code (``update(..., "approved")``).

        Raises:
            InvalidArgument: a SID is malformed.
        """
        return self.update(service_sid, sid, VerificationStatus.APPROVED)

    def cancel(self, /, service_sid: str, sid: str) -> Operation[Verification]:
        """Cancel a pending verification (``update(..., "canceled")``): its code stops working.

        Raises:
            InvalidArgument: a SID is malformed.
        """
        return self.update(service_sid, sid, VerificationStatus.CANCELED)
