"""The small value types of webhook events: addresses, SIDs, media attachments."""

from __future__ import annotations

from typing import NamedTuple, NewType

__all__ = ["Address", "Media", "Sid"]

Address = NewType("Address", str)
"""A ``From``/``To`` address as Twilio sent it.

A phone number in E.164 form is a :class:`~twilio_sansio.core.phone.PhoneNumber` (a
``str``, with ``national()`` and ``international()``); anything else passes through as the
plain string Twilio sent, as in the REST models: channel addresses (``whatsapp:+1…``,
``client:alice``, ``sip:alice@example.com``), short codes, alphanumeric sender IDs, and
caller IDs no numbering plan knows (``anonymous``, withheld numbers)."""

Sid = NewType("Sid", str)
"""A Twilio SID (``SM…``, ``CA…``, ``AC…``); an empty value reads as absent."""


class Media(NamedTuple):
    """One media attachment of an incoming message.

    Attributes:
        url: Where Twilio serves the file (``MediaUrlN``); fetching it may need the
            account's credentials, depending on the account's settings.
        content_type: Its MIME type (``MediaContentTypeN``), e.g. ``"image/jpeg"``.
    """

    url: str
    content_type: str
