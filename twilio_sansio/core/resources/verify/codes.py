"""Verify's helpers: send a one-time code, and check it to a yes or no.

``send_code`` starts a verification; ``check_code`` answers True when the code approved
the verification and False when it was wrong, so the common flow needs no status
strings. What the user cannot fix by typing again raises Verify's typed errors: no
pending verification (expired, already approved, never sent) and too many wrong codes.
"""

from __future__ import annotations

from twilio_sansio.core.http import Request, Response
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.resources._build import ResourceOperations
from twilio_sansio.core.resources.verify.channels import VerificationChannel
from twilio_sansio.core.resources.verify.verification_checks import VerificationCheckOperations
from twilio_sansio.core.resources.verify.verifications import Verification, VerificationOperations


class VerifyOperations(ResourceOperations):
    """Builds Verify's helpers; the product's resource operations are built beside it."""

    __slots__ = ()

    def send_code(
        self, /, service_sid: str, to: str, channel: VerificationChannel | str = "sms"
    ) -> Operation[Verification]:
        """Send a one-time code to ``to``: start a verification on ``channel``.

        Args:
            service_sid: The service (``VA…``).
            to: A phone number (E.164) or, for ``channel="email"``, an email address.
            channel: ``"sms"`` (the default), ``"call"``, ``"whatsapp"``, ``"email"``...

        Returns:
            The operation that sends the code and parses the pending :class:`Verification`.

        Raises:
            InvalidArgument: the SID, channel or recipient is malformed.
            MaxSendAttemptsReached: (when sent) too many codes sent to ``to`` (60203).
        """
        return VerificationOperations(self.config).create(service_sid, to, channel)

    def check_code(self, /, service_sid: str, to: str, code: str) -> Operation[bool]:
        """Check the code ``to`` received: True when it is right, False when it is wrong.

        Args:
            service_sid: The service (``VA…``).
            to: The phone number or email address the code was sent to.
            code: What the user typed (4 to 10 characters).

        Returns:
            The operation that checks the code; its result says whether the
            verification is now approved.

        Raises:
            InvalidArgument: the SID, recipient or code is malformed.
            VerificationNotFound: (when sent) no pending verification for ``to``: it
                expired, was approved or canceled already, or was never sent (20404).
            MaxCheckAttemptsReached: (when sent) too many wrong codes (60202).
        """
        checked = VerificationCheckOperations(self.config).create(service_sid, code=code, to=to)
        parse = checked.parser

        def approved(request: Request, response: Response) -> bool:
            return parse(request, response).approved

        return Operation(checked.request, approved)
