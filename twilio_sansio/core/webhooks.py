"""Validating the webhooks Twilio sends to your application: the classic names, kept here.

The signature logic lives in :mod:`twilio_sansio.webhooks` (with the shared-key scheme,
typed payloads and the WSGI/ASGI helpers); this module re-exports the functions, errors
and constants it has always offered, as the same objects, so that code importing them
from here keeps working and ``except`` clauses catch the same classes either way:
:func:`signature_for`, :func:`validate_signature`, :func:`validate_body` and
:func:`validate_request` (which now also takes ``keys=`` for shared keys).

Importing it imports neither cattrs nor anything else the typed payloads need.
"""

from __future__ import annotations

from twilio_sansio.webhooks.errors import (
    InvalidSignature,
    InvalidSignatureSettings,
    MalformedBody,
    MissingSignature,
    UnknownSigningKey,
    UnsupportedSignatureAlgorithm,
    WebhookValidationError,
)
from twilio_sansio.webhooks.signatures import (
    BODY_HASH_PARAMETER,
    HMAC_SHA1,
    HMAC_SHA256,
    SIGNATURE_HEADER,
    SIGNATURE_SETTINGS_HEADER,
    Params,
    signature_for,
    validate_body,
    validate_signature,
)
from twilio_sansio.webhooks.verification import Headers, validate_request

__all__ = [
    "BODY_HASH_PARAMETER",
    "HMAC_SHA1",
    "HMAC_SHA256",
    "SIGNATURE_HEADER",
    "SIGNATURE_SETTINGS_HEADER",
    "Headers",
    "InvalidSignature",
    "InvalidSignatureSettings",
    "MalformedBody",
    "MissingSignature",
    "Params",
    "UnknownSigningKey",
    "UnsupportedSignatureAlgorithm",
    "WebhookValidationError",
    "signature_for",
    "validate_body",
    "validate_request",
    "validate_signature",
]
