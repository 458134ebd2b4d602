"""Messaging v1's operations object: what ``client.messaging`` holds its namespaces over.

The product has no helpers of its own yet; sending through a service is
``client.messages.send_message(None, to, body, messaging_service_sid=...)``.
"""

from __future__ import annotations

from twilio_sansio.core.resources._build import ResourceOperations


class MessagingOperations(ResourceOperations):
    """The configuration ``client.messaging``'s resource namespaces build their requests with."""

    __slots__ = ()
