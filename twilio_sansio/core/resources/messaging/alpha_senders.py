"""Alphanumeric sender IDs of a Messaging Service: ``/v1/Services/{ServiceSid}/AlphaSenders``.

An alphanumeric sender ID (``"Acme"``) shows as the sender of a message where the
destination country allows it; it cannot receive replies.
"""

from __future__ import annotations

import re

from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.model import Choices, Record, Sid, Text, Timestamp
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.resources.messaging._senders import SenderCapability, SenderOperations
from twilio_sansio.core.validation import check_text

ALPHA_SENDER_SID_PREFIX = "AI"
MAX_ALPHA_SENDER = 11
_HAS_LETTER = re.compile(r"[A-Za-z]", re.ASCII)


class MessagingAlphaSender(Record):
    """An alphanumeric sender ID (``AI…``) in a Messaging Service's sender pool."""

    __slots__ = ()

    sid = Sid()
    account_sid = Text()
    service_sid = Text()
    alpha_sender = Text()
    capabilities = Choices(SenderCapability)
    date_created = Timestamp()
    date_updated = Timestamp()
    url = Text()


def check_alpha_sender(value: object) -> str:
    """Return ``value`` if it can be an alphanumeric sender ID: 1 to 11 characters, a letter.

    Raises:
        InvalidArgument: not a string, empty, longer than 11 characters, or no letter.
    """
    text = check_text("alpha_sender", value)
    if len(text) > MAX_ALPHA_SENDER or not _HAS_LETTER.search(text):
        raise InvalidArgument(
            f"alpha_sender must be 1 to {MAX_ALPHA_SENDER} characters with at least one "
            f"letter (such as 'Acme'), not {text!r:.40}"
        )
    return text


class MessagingAlphaSenderOperations(
    SenderOperations["MessagingAlphaSenderOperations", MessagingAlphaSender]
):
    """Builds the operations on the alphanumeric sender IDs of a Messaging Service."""

    __slots__ = ()

    model = MessagingAlphaSender
    list_key = "alpha_senders"
    path = "/v1/Services/{}/AlphaSenders"
    sid_name = "alpha_sender_sid"
    sid_prefixes = (ALPHA_SENDER_SID_PREFIX,)

    def create(self, /, service_sid: str, alpha_sender: str) -> Operation[MessagingAlphaSender]:
        """Add an alphanumeric sender ID to a Messaging Service's sender pool.

        Args:
            service_sid: The service (``MG…``).
            alpha_sender: The sender ID: up to 11 characters, at least one a letter.

        Returns:
            The operation that adds the sender ID and parses the new
            :class:`MessagingAlphaSender`.

        Raises:
            InvalidArgument: the SID is malformed or the sender ID is not one.
        """
        return self._add(service_sid, {"AlphaSender": check_alpha_sender(alpha_sender)})
