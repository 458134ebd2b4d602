"""Receiving Twilio's webhooks: signatures of both schemes, typed events, WSGI/ASGI helpers.

``parse_webhook(method, url, headers, body, auth_token=..., expect=IncomingMessage)``
checks the request's signature and returns the typed event, or raises a library error
saying what was wrong. The helpers in :mod:`twilio_sansio.webhooks.wsgi` and
:mod:`twilio_sansio.webhooks.asgi` read those four values out of a WSGI environ or an
ASGI scope.

Names are imported on first use (PEP 562): the typed events need cattrs, which
``import twilio_sansio.webhooks`` alone does not import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_sansio._lazy import lazy_exports

_EXPORTS: dict[str, tuple[str, ...]] = {
    "twilio_sansio.webhooks.asgi": ("read_asgi_request", "request_from_asgi"),
    "twilio_sansio.webhooks.conferences": ("ConferenceEvent", "ConferenceStatusCallback"),
    "twilio_sansio.webhooks.errors": (
        "InvalidSignature",
        "InvalidSignatureSettings",
        "MalformedBody",
        "MalformedParameter",
        "MissingParameter",
        "MissingSignature",
        "UnknownSigningKey",
        "UnsupportedSignatureAlgorithm",
        "WebhookPayloadError",
        "WebhookValidationError",
    ),
    "twilio_sansio.webhooks.event": ("WebhookEvent",),
    "twilio_sansio.webhooks.messaging": ("IncomingMessage", "MessageStatusCallback"),
    "twilio_sansio.webhooks.parsing": ("WebhookRequest", "parse_webhook"),
    "twilio_sansio.webhooks.signatures": (
        "HMAC_SHA1",
        "HMAC_SHA256",
        "SignatureSettings",
        "signature_for",
        "signed_headers",
        "validate_body",
        "validate_signature",
    ),
    "twilio_sansio.webhooks.values": ("Address", "Media", "Sid"),
    "twilio_sansio.webhooks.verification": (
        "VerifiedRequest",
        "validate_request",
        "verify_request",
    ),
    "twilio_sansio.webhooks.wsgi": ("read_wsgi_request", "request_from_wsgi"),
    "twilio_sansio.webhooks.voice": (
        "VoiceEvent",
        "CallStatusCallback",
        "IncomingCall",
        "RecordingStatusCallback",
        "TranscriptionCallback",
    ),
}
"""Each public name by the module it is imported from, on first use."""

if TYPE_CHECKING:  # the same names, for type checkers
    from twilio_sansio.webhooks.asgi import (
        read_asgi_request as read_asgi_request,
        request_from_asgi as request_from_asgi,
    )
    from twilio_sansio.webhooks.conferences import (
        ConferenceEvent as ConferenceEvent,
        ConferenceStatusCallback as ConferenceStatusCallback,
    )
    from twilio_sansio.webhooks.errors import (
        InvalidSignature as InvalidSignature,
        InvalidSignatureSettings as InvalidSignatureSettings,
        MalformedBody as MalformedBody,
        MalformedParameter as MalformedParameter,
        MissingParameter as MissingParameter,
        MissingSignature as MissingSignature,
        UnknownSigningKey as UnknownSigningKey,
        UnsupportedSignatureAlgorithm as UnsupportedSignatureAlgorithm,
        WebhookPayloadError as WebhookPayloadError,
        WebhookValidationError as WebhookValidationError,
    )
    from twilio_sansio.webhooks.event import WebhookEvent as WebhookEvent
    from twilio_sansio.webhooks.messaging import (
        IncomingMessage as IncomingMessage,
        MessageStatusCallback as MessageStatusCallback,
    )
    from twilio_sansio.webhooks.parsing import (
        WebhookRequest as WebhookRequest,
        parse_webhook as parse_webhook,
    )
    from twilio_sansio.webhooks.signatures import (
        HMAC_SHA1 as HMAC_SHA1,
        HMAC_SHA256 as HMAC_SHA256,
        SignatureSettings as SignatureSettings,
        signature_for as signature_for,
        signed_headers as signed_headers,
        validate_body as validate_body,
        validate_signature as validate_signature,
    )
    from twilio_sansio.webhooks.values import Address as Address, Media as Media, Sid as Sid
    from twilio_sansio.webhooks.verification import (
        VerifiedRequest as VerifiedRequest,
        validate_request as validate_request,
        verify_request as verify_request,
    )
    from twilio_sansio.webhooks.voice import (
        CallStatusCallback as CallStatusCallback,
        IncomingCall as IncomingCall,
        RecordingStatusCallback as RecordingStatusCallback,
        TranscriptionCallback as TranscriptionCallback,
        VoiceEvent as VoiceEvent,
    )
    from twilio_sansio.webhooks.wsgi import (
        read_wsgi_request as read_wsgi_request,
        request_from_wsgi as request_from_wsgi,
    )

__all__ = [name for names in _EXPORTS.values() for name in names]


if not TYPE_CHECKING:  # hidden from type checkers, so a misspelled import fails mypy
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
