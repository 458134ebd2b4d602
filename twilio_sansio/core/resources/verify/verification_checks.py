"""Verification checks (Verify v2): ``POST /v2/Services/{ServiceSid}/VerificationCheck``.

A check compares a code the user typed with the pending verification of a recipient
(or of a verification SID). A right code approves the verification; a wrong one leaves
it ``pending``, and Twilio answers either way with the verification's state.
"""

from __future__ import annotations

from twilio_sansio.core.encoding import ParamValue, path_segment
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.model import Array
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.resources._build import ResourceOperations
from twilio_sansio.core.resources.verify.channels import check_recipient_of_unknown_channel
from twilio_sansio.core.resources.verify.services import SERVICES_PATH, check_service_sid
from twilio_sansio.core.resources.verify.verifications import (
    VERIFICATION_SID_PREFIX,
    BaseVerification,
    verify_post,
)
from twilio_sansio.core.validation import check_sid, check_text, optional_text


class VerificationCheck(BaseVerification):
    """The outcome of checking a code: the verification's state after the check.

    ``status`` is ``approved`` when the code was right and ``pending`` when it was wrong
    (the user may try again); ``sna_attempts_error_codes`` lists the errors of silent
    network authentication attempts.
    """

    __slots__ = ()

    sna_attempts_error_codes = Array()


def check_code_text(code: object) -> str:
    """Return a code to check: 4 to 10 characters, as Twilio's codes are.

    Raises:
        InvalidArgument: it is not a string of 4 to 10 characters.
    """
    text = check_text("code", code)
    if not 4 <= len(text) <= 10:
        raise InvalidArgument(f"code must be 4 to 10 characters, not {len(text)}")
    return text


class VerificationCheckOperations(ResourceOperations):
    """Builds the check of a code against a pending verification."""

    __slots__ = ()

    def create(
        self,
        /,
        service_sid: str,
        *,
        code: str,
        to: str | None = None,
        verification_sid: str | None = None,
        amount: str | None = None,
        payee: str | None = None,
        sna_client_token: str | None = None,
        **params: ParamValue,
    ) -> Operation[VerificationCheck]:
        """Check a code against the pending verification of ``to`` or ``verification_sid``.

        A wrong code is not an error: the answer's ``status`` stays ``pending``.

        Args:
            service_sid: The service (``VA…``).
            code: The code the user typed (4 to 10 characters).
            to: The recipient the code was sent to (phone number or email address).
            verification_sid: Or the verification (``VE…``); give exactly one of the two.
            amount: The PSD2 transaction's amount.
            payee: The PSD2 transaction's payee.
            sna_client_token: The client token of a silent network authentication.
            **params: Any other parameter, by Twilio's name.

        Returns:
            The operation that checks the code and parses the :class:`VerificationCheck`.

        Raises:
            InvalidArgument: both or neither of ``to`` and ``verification_sid`` are given,
                a SID or the recipient is malformed, or the code is not 4 to 10
                characters.
            VerificationNotFound: (when sent) no pending verification: it expired, was
                approved or canceled, or never existed (20404).
            MaxCheckAttemptsReached: (when sent) too many wrong codes (60202).
        """
        path = f"{SERVICES_PATH}/{path_segment('service_sid', check_service_sid(service_sid))}"
        if (to is None) == (verification_sid is None):
            raise InvalidArgument("give exactly one of to and verification_sid")
        if verification_sid is not None:
            check_sid("verification_sid", verification_sid, VERIFICATION_SID_PREFIX)
        form: dict[str, ParamValue] = {
            "Code": check_code_text(code),
            "To": None
            if to is None
            else check_recipient_of_unknown_channel(to, self.config.default_region),
            "VerificationSid": verification_sid,
            "Amount": optional_text("amount", amount),
            "Payee": optional_text("payee", payee),
            "SnaClientToken": optional_text("sna_client_token", sna_client_token),
            **params,
        }
        return verify_post(self.config, path + "/VerificationCheck", form, VerificationCheck)
