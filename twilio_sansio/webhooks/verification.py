"""Checking a whole HTTP request: which secret and hash to use, what the body signs.

The request says how it was signed. Without an ``X-Twilio-Webhooks-Signature-Settings``
header it was signed with the account's auth token (HMAC-SHA1); with one, with the shared
key the header names and the algorithm it names. The application says which secrets it
trusts: the auth token, a mapping of shared-key ids to secrets (several during a
rotation), or both. Every mismatch between the two fails closed: a key the application
does not know, an algorithm this library cannot check, an auth-token signature reaching an
application that trusts only shared keys.

Pure: no clock, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TypeAlias
from urllib.parse import parse_qsl

import attrs

from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.webhooks.errors import (
    InvalidSignature,
    InvalidSignatureSettings,
    MalformedBody,
    MissingSignature,
    UnknownSigningKey,
)
from twilio_sansio.webhooks.signatures import (
    BODY_HASH_PARAMETER,
    HMAC_SHA1,
    SIGNATURE_HEADER,
    SIGNATURE_SETTINGS_HEADER,
    SignatureSettings,
    body_hash_of,
    secret_bytes,
    validate_body,
    validate_signature,
)

__all__ = [
    "IDEMPOTENCY_HEADER",
    "Headers",
    "VerifiedRequest",
    "validate_request",
    "verify_request",
]

IDEMPOTENCY_HEADER = "I-Twilio-Idempotency-Token"

Headers: TypeAlias = Mapping[str, str] | Iterable[tuple[str, str]] | Iterable[tuple[bytes, bytes]]
"""Request headers: a mapping or ``(name, value)`` pairs, as text or (ASGI) latin-1 bytes."""

_FORM = "application/x-www-form-urlencoded"


@attrs.frozen
class VerifiedRequest:
    """What a request Twilio signed carries, once its signature has been checked.

    Attributes:
        params: The parameters Twilio sent, in order: the form of a POST, the query
            string of a GET; empty for a body signed through ``bodySHA256`` (JSON).
        key_id: The shared key that signed it; None for the auth token.
        algorithm: The HMAC that signed it (``"HMAC_SHA1"``, ``"HMAC_SHA256"``).
        idempotency_token: The ``I-Twilio-Idempotency-Token`` header: the same on every
            retry of one webhook, so a handler can drop the repeats. None when absent.
        body_hash_signed: Whether the body is signed through ``bodySHA256`` (JSON) rather
            than as form parameters.
    """

    params: tuple[tuple[str, str], ...]
    key_id: str | None
    algorithm: str
    idempotency_token: str | None
    body_hash_signed: bool = False


def verify_request(
    method: str,
    public_url: str,
    headers: Headers,
    body: bytes,
    *,
    auth_token: str | None = None,
    keys: Mapping[str, str] | None = None,
) -> VerifiedRequest:
    """Check that an HTTP request is a webhook Twilio signed, and return what it carries.

    A GET (or HEAD) is validated on its URL alone. Otherwise a URL carrying
    ``bodySHA256`` is validated on that hash of the raw body and its URL; any other body
    must be ``application/x-www-form-urlencoded`` and is validated on its parameters,
    repeated names included.

    Args:
        method: The request's HTTP method.
        public_url: The URL Twilio called, query string included. Behind a reverse proxy,
            load balancer or tunnel it differs from the URL the application sees (scheme,
            host, port, path prefix): build it from configuration, never from the
            request's ``Host`` or ``X-Forwarded-*`` headers, which a forger controls.
        headers: The request headers, as a mapping or ``(name, value)`` pairs (text, or
            latin-1 bytes as in ASGI); names are matched case-insensitively.
        body: The raw request body, as received.
        auth_token: The account's auth token, for requests signed without a shared key.
        keys: Shared-key ids mapped to their secrets, for requests signed with a shared
            key. Give the old and the new key while rotating.

    Returns:
        The signed parameters, and which key signed them.

    Raises:
        MissingSignature: No ``X-Twilio-Signature`` header.
        InvalidSignature: The signature (or the body's hash) does not match.
        InvalidSignatureSettings: The signature-settings header cannot be read.
        UnsupportedSignatureAlgorithm: It names an algorithm this library cannot check.
        UnknownSigningKey: It names a key not in ``keys``; or the request is signed with
            the auth token and none was given.
        MalformedBody: The body cannot be decoded into the parameters Twilio signs.
        InvalidArgument: Neither ``auth_token`` nor ``keys``, or an empty secret.

    """
    _check_secrets(auth_token, keys)
    signatures = [value for value in header_values(headers, SIGNATURE_HEADER) if value]
    if not signatures:
        raise MissingSignature(f"the request has no {SIGNATURE_HEADER} header")
    if len(signatures) > 1:
        raise InvalidSignature(f"the request has more than one {SIGNATURE_HEADER} header")
    key_id, algorithm, secret = _signing_secret(headers, auth_token, keys)
    params: list[tuple[str, str]] = []
    hash_signed = False
    if method.upper() in ("GET", "HEAD"):
        query = public_url.partition("#")[0].partition("?")[2]
        params = parse_qsl(query, keep_blank_values=True)
        signed: list[tuple[str, str]] = []
    elif body_hash_of(public_url) is not None:
        if not validate_body(public_url, body):
            raise InvalidSignature(f"the body does not match the URL's {BODY_HASH_PARAMETER}")
        hash_signed = True
        signed = []
    else:
        content_types = header_values(headers, "content-type")
        params = signed = _form_params(content_types[0] if content_types else None, body)
    if not validate_signature(secret, public_url, signed, signatures[0], algorithm=algorithm):
        raise InvalidSignature(
            f"the {SIGNATURE_HEADER} header does not match the request to {public_url}"
        )
    tokens = [value for value in header_values(headers, IDEMPOTENCY_HEADER) if value]
    return VerifiedRequest(
        params=tuple(params),
        key_id=key_id,
        algorithm=algorithm,
        idempotency_token=tokens[0] if tokens else None,
        body_hash_signed=hash_signed,
    )


def validate_request(
    auth_token: str | None,
    method: str,
    public_url: str,
    headers: Headers,
    body: bytes,
    *,
    keys: Mapping[str, str] | None = None,
) -> None:
    """Check that an incoming HTTP request is a webhook Twilio signed; for web frameworks.

    The same checks as :func:`verify_request`, for callers that need no more than a yes
    (no exception) or a no.

    Args:
        auth_token: The account's auth token; None when only shared keys sign.
        method: The request's HTTP method.
        public_url: The URL Twilio called, query string included (see
            :func:`verify_request`).
        headers: The request headers, as a mapping or ``(name, value)`` pairs.
        body: The raw request body, as received.
        keys: Shared-key ids mapped to their secrets.

    Raises:
        MissingSignature: No ``X-Twilio-Signature`` header.
        InvalidSignature: The signature (or the body's hash) does not match.
        InvalidSignatureSettings: The signature-settings header cannot be read.
        UnsupportedSignatureAlgorithm: It names an algorithm this library cannot check.
        UnknownSigningKey: It names a key not in ``keys``, or none and no auth token.
        MalformedBody: The body cannot be decoded into the parameters Twilio signs.
        InvalidArgument: An empty auth token, or no secret at all.

    """
    verify_request(method, public_url, headers, body, auth_token=auth_token, keys=keys)


def header_values(headers: Headers, name: str) -> list[str]:
    """Return every value of the header ``name`` (any case), as text, in order."""
    wanted = name.lower()
    pairs: Iterable[tuple[str | bytes, str | bytes]] = (
        headers.items() if isinstance(headers, Mapping) else headers
    )
    return [_text(value) for key, value in pairs if _text(key).lower() == wanted]


def _check_secrets(auth_token: str | None, keys: Mapping[str, str] | None) -> None:
    if auth_token is None and not keys:
        raise InvalidArgument(
            "give the auth token, shared keys (keys={key id: secret}), or both: without a "
            "secret no request can be validated"
        )
    if auth_token is not None:
        secret_bytes(auth_token)
    if keys is not None:
        if not isinstance(keys, Mapping):
            raise InvalidArgument(f"keys must map key ids to secrets, got {type(keys).__name__}")
        for key_id, secret in keys.items():
            if not isinstance(key_id, str) or not key_id:
                raise InvalidArgument(f"a shared key's id must be non-empty text, got {key_id!r}")
            secret_bytes(secret)


def _signing_secret(
    headers: Headers, auth_token: str | None, keys: Mapping[str, str] | None
) -> tuple[str | None, str, str]:
    """Return the key id (None for the auth token), the algorithm and the secret to use."""
    settings = [value for value in header_values(headers, SIGNATURE_SETTINGS_HEADER) if value]
    if len(settings) > 1:
        raise InvalidSignatureSettings(
            f"the request has more than one {SIGNATURE_SETTINGS_HEADER} header"
        )
    if not settings:
        if auth_token is None:
            raise UnknownSigningKey(
                "the request is signed with the auth token, and only shared keys were given"
            )
        return None, HMAC_SHA1, auth_token
    key_id, algorithm = SignatureSettings.parse(settings[0])
    secret = keys.get(key_id) if keys else None
    if secret is None:
        raise UnknownSigningKey(
            f"the request is signed with shared key {key_id!r:.60}, which is not among the "
            f"keys given ({len(keys or {})})",
            key_id,
        )
    return key_id, algorithm, secret


def _text(value: str | bytes) -> str:
    return value.decode("latin-1") if isinstance(value, bytes) else value


def _form_params(content_type: str | None, body: bytes) -> list[tuple[str, str]]:
    if not body:
        return []
    media_type = (content_type or _FORM).partition(";")[0].strip().lower()
    if media_type != _FORM:
        raise MalformedBody(
            f"a {media_type} body is only signed through a {BODY_HASH_PARAMETER} query "
            "parameter, and the URL has none"
        )
    try:
        # Strict parsing refuses bodies that other form parsers might read differently.
        return parse_qsl(
            body.decode("utf-8"),
            keep_blank_values=True,
            strict_parsing=True,
            encoding="utf-8",
            errors="strict",
        )
    except ValueError as exc:
        raise MalformedBody(f"the body is not a valid {_FORM} form: {exc}") from None
