"""Twilio's magic test numbers, which the fake answers as Twilio's test credentials do.

Twilio documents a set of ``+1500555000x`` numbers that always produce one outcome. The
phonenumbers library considers them valid, so it is the fake (as Twilio), not the client,
that rejects them.
"""

from __future__ import annotations

from twilio_sansio.testing.fake.wire import FakeApiError

VALID_SENDER = "+15005550006"
"""Always accepted as a ``From`` number (messages, calls) and as a number to buy."""

INVALID = "+15005550001"
NOT_OWNED = "+15005550007"
QUEUE_FULL = "+15005550008"
UNROUTABLE = "+15005550002"
NO_INTERNATIONAL = "+15005550003"
BLOCKED = "+15005550004"
NOT_SMS_CAPABLE = "+15005550009"
UNAVAILABLE = "+15005550000"


def check_message_from(sender: str) -> bool:
    """Apply the magic ``From`` numbers of Messages.

    Returns:
        True when ``sender`` is the magic valid sender (accepted without being owned).

    Raises:
        FakeApiError: ``sender`` is a magic number that fails.
    """
    if sender == INVALID:
        raise FakeApiError(
            400,
            21212,
            f"The 'From' number {sender} is not a valid phone number, shortcode, "
            "or alphanumeric sender ID.",
        )
    if sender == NOT_OWNED:
        raise not_owned_sender(sender)
    if sender == QUEUE_FULL:
        raise FakeApiError(
            429, 21611, "This 'From' number has exceeded the maximum number of queued messages"
        )
    return sender == VALID_SENDER


def not_owned_sender(sender: str) -> FakeApiError:
    """Twilio's 21606: the ``From`` number is not one of the account's numbers."""
    return FakeApiError(
        400,
        21606,
        f"The From phone number {sender} is not a valid, SMS-capable inbound phone number "
        "or short code for your account.",
    )


def check_message_to(recipient: str, sender: str) -> None:
    """Apply the magic ``To`` numbers of Messages.

    Raises:
        FakeApiError: ``recipient`` is a magic number that fails.
    """
    failures = {
        INVALID: (21211, f"The 'To' number {recipient} is not a valid phone number."),
        UNROUTABLE: (
            21612,
            f"The 'To' phone number: {recipient}, is not currently reachable using the "
            f"'From' phone number: {sender} via SMS.",
        ),
        NO_INTERNATIONAL: (
            21408,
            "Permission to send an SMS has not been enabled for the region indicated by "
            f"the 'To' number: {recipient}.",
        ),
        BLOCKED: (21610, "Attempt to send to unsubscribed recipient"),
        NOT_SMS_CAPABLE: (21614, f"'To' number {recipient} is not a valid mobile number"),
    }
    _refuse_listed(recipient, failures)


def _refuse_listed(number: str, failures: dict[str, tuple[int, str]]) -> None:
    """Answer Twilio's 400 when ``number`` is one of the magic ``failures`` (code, message)."""
    if number in failures:
        code, message = failures[number]
        raise FakeApiError(400, code, message)


def check_call_from(caller: str) -> bool:
    """Apply the magic ``From`` numbers of Calls.

    Returns:
        True when ``caller`` is the magic valid caller (accepted without being owned).

    Raises:
        FakeApiError: ``caller`` is the magic invalid number.
    """
    if caller == INVALID:
        raise FakeApiError(400, 21212, f"The 'From' number {caller} is not a valid phone number.")
    return caller == VALID_SENDER


def check_call_to(callee: str) -> None:
    """Apply the magic ``To`` numbers of Calls.

    Raises:
        FakeApiError: ``callee`` is a magic number that fails.
    """
    failures = {
        INVALID: (21217, f"Phone number {callee} is not a valid phone number."),
        UNROUTABLE: (21214, f"'To' phone number {callee} cannot be reached"),
        NO_INTERNATIONAL: (
            21215,
            f"Account not authorized to call {callee}. Perhaps you need to enable some "
            "international permissions.",
        ),
        BLOCKED: (21216, f"Call blocked: {callee} is on a blocked list"),
    }
    _refuse_listed(callee, failures)


def check_number_to_buy(number: str) -> None:
    """Apply the magic numbers of buying an incoming number.

    Raises:
        FakeApiError: ``number`` is the magic unavailable or invalid number.
    """
    if number == UNAVAILABLE:
        raise FakeApiError(400, 21422, f"PhoneNumber {number} is not available.")
    if number == INVALID:
        raise FakeApiError(400, 21421, f"PhoneNumber {number} is invalid.")


LOOKUP_MOBILE = "+14155550160"
"""Looked up, a mobile number (line type ``mobile``)."""
LOOKUP_LANDLINE = "+14155550161"
"""Looked up, a landline (line type ``landline``)."""
LOOKUP_FIXED_VOIP = "+14155550162"
"""Looked up, a VoIP number tied to an address (line type ``fixedVoip``)."""
LOOKUP_NON_FIXED_VOIP = "+14155550163"
"""Looked up, a VoIP number anyone can get online (line type ``nonFixedVoip``)."""
LOOKUP_TOLL_FREE = "+18005550164"
"""Looked up, a toll-free number (line type ``tollFree``)."""
LOOKUP_INVALID = "+14155550169"
"""Looked up, a number Twilio finds invalid (``valid`` false, ``INVALID_BUT_POSSIBLE``)."""

LOOKUP_LINE_TYPES = {
    LOOKUP_MOBILE: "mobile",
    LOOKUP_LANDLINE: "landline",
    LOOKUP_FIXED_VOIP: "fixedVoip",
    LOOKUP_NON_FIXED_VOIP: "nonFixedVoip",
    LOOKUP_TOLL_FREE: "tollFree",
}
"""The line type Lookup answers for each magic lookup number."""
