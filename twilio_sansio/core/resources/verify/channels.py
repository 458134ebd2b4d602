"""Verify's channels, and the check of a recipient against its channel.

A verification goes out by SMS, a call, WhatsApp, silent network authentication or
``auto`` to a phone number (E.164), or by email to an address; the recipient is checked
against its channel before any request is built.
"""

from __future__ import annotations

import re

from twilio_sansio.core.enums import OpenStrEnum
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.phone import PhoneNumber
from twilio_sansio.core.validation import check_text

# An address with one @, no white space, and a dot in its domain: what is worth sending.
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")


class VerificationChannel(OpenStrEnum):
    """How a verification reaches its recipient."""

    SMS = "sms"
    CALL = "call"
    EMAIL = "email"
    WHATSAPP = "whatsapp"
    SNA = "sna"
    AUTO = "auto"


PHONE_CHANNELS = frozenset(
    {
        VerificationChannel.SMS,
        VerificationChannel.CALL,
        VerificationChannel.WHATSAPP,
        VerificationChannel.SNA,
        VerificationChannel.AUTO,
    }
)
"""The channels whose recipient is a phone number in E.164 form."""


def check_channel(channel: object) -> VerificationChannel:
    """Return ``channel`` as a :class:`VerificationChannel` (values Twilio adds are kept).

    Raises:
        InvalidArgument: it is not a non-empty string.
    """
    return VerificationChannel(check_text("channel", channel))


def check_recipient(
    to: object, channel: VerificationChannel, region: str | None = None, *, name: str = "to"
) -> str:
    """Return the recipient of a verification on ``channel``, checked and normalised.

    A phone channel's recipient is a phone number, returned in E.164 form (read in
    ``region`` when written without ``+``); an email's is an address; the recipient of a
    channel this library does not know yet is passed on as given.

    Raises:
        InvalidArgument: the recipient does not fit the channel.
    """
    text = check_text(name, to)
    if channel == VerificationChannel.EMAIL:
        if not _EMAIL.fullmatch(text):
            raise InvalidArgument(
                f"{name} must be an email address for channel email, not {text!r:.60}"
            )
        return text
    if channel in PHONE_CHANNELS:
        return PhoneNumber.parse(text, region)
    return text


def check_recipient_of_unknown_channel(to: object, region: str | None = None) -> str:
    """Return a recipient whose channel is not known: an email address or a phone number.

    Raises:
        InvalidArgument: it is neither.
    """
    text = check_text("to", to)
    if "@" in text:
        return check_recipient(text, VerificationChannel.EMAIL)
    return PhoneNumber.parse(text, region)
