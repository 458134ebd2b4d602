"""The entry point: from an HTTP request to a typed, signature-checked webhook event.

:func:`parse_webhook` takes the four things every web framework has at hand (method, the
public URL, headers, raw body) and either returns the event or raises a library error:
a :class:`~twilio_sansio.webhooks.errors.WebhookValidationError` when the request is not
proven to come from Twilio (answer 403), a
:class:`~twilio_sansio.webhooks.errors.WebhookPayloadError` when it is signed but is not
the event expected (answer 400). Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

import attrs

from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.webhooks.errors import WebhookPayloadError
from twilio_sansio.webhooks.event import WebhookEvent
from twilio_sansio.webhooks.signatures import BODY_HASH_PARAMETER
from twilio_sansio.webhooks.verification import Headers, verify_request

__all__ = ["WebhookRequest", "parse_webhook"]

E = TypeVar("E", bound=WebhookEvent)


def parse_webhook(
    method: str,
    url: str,
    headers: Headers,
    body: bytes,
    *,
    expect: type[E],
    auth_token: str | None = None,
    keys: Mapping[str, str] | None = None,
) -> E:
    """Check a webhook request's signature and return the typed event it carries.

    Args:
        method: The request's HTTP method (Twilio sends ``POST``, or ``GET`` when the
            webhook is configured so; a GET's parameters are its query string).
        url: The public URL Twilio called, query string included: behind a proxy, not the
            one the application sees (see :func:`verify_request`).
        headers: The request headers, as a mapping or ``(name, value)`` pairs.
        body: The raw body, as received.
        expect: The event class the URL receives: ``IncomingMessage``,
            ``MessageStatusCallback``, ``IncomingCall``, ``CallStatusCallback``, ...
        auth_token: The account's auth token, for Twilio's default signing.
        keys: Shared-key ids mapped to their secrets, for signing with shared keys.

    Returns:
        The event, with ``idempotency_token`` from the ``I-Twilio-Idempotency-Token``
        header and every parameter Twilio sent in ``params``.

    Raises:
        WebhookValidationError: The request is not proven to come from Twilio (missing
            or wrong signature, unknown key or algorithm, tampered or unreadable body).
        WebhookPayloadError: It is signed, but a parameter the event needs is missing or
            malformed, or the body is JSON rather than the form the events are read from.
        InvalidArgument: ``expect`` is not an event class, or no usable secret was given.

    """
    if not (isinstance(expect, type) and issubclass(expect, WebhookEvent)):
        raise InvalidArgument(f"expect must be a webhook event class, got {expect!r:.60}")
    verified = verify_request(method, url, headers, body, auth_token=auth_token, keys=keys)
    if verified.body_hash_signed:
        raise WebhookPayloadError(
            f"the body is signed through {BODY_HASH_PARAMETER} (JSON), but {expect.__name__} "
            "is read from form parameters: check it with verify_request and read the body",
            BODY_HASH_PARAMETER,
        )
    return expect.from_params(verified.params, idempotency_token=verified.idempotency_token)


@attrs.frozen
class WebhookRequest:
    """An HTTP request as :func:`parse_webhook` reads it; what the WSGI/ASGI helpers return.

    Attributes:
        method: The HTTP method, upper case.
        url: The public URL Twilio called, query string included.
        headers: The headers as ``(name, value)`` text pairs, in order.
        body: The raw body.
    """

    method: str
    url: str
    headers: tuple[tuple[str, str], ...]
    body: bytes

    def parse(
        self,
        expect: type[E],
        *,
        auth_token: str | None = None,
        keys: Mapping[str, str] | None = None,
    ) -> E:
        """Check this request's signature and return its event: :func:`parse_webhook`.

        Args:
            expect: The event class the URL receives.
            auth_token: The account's auth token.
            keys: Shared-key ids mapped to their secrets.

        Returns:
            The typed event.

        Raises:
            WebhookValidationError: The request is not proven to come from Twilio.
            WebhookPayloadError: It is signed but is not the event expected.
            InvalidArgument: ``expect`` is not an event class, or no secret was given.

        """
        return parse_webhook(
            self.method,
            self.url,
            self.headers,
            self.body,
            expect=expect,
            auth_token=auth_token,
            keys=keys,
        )
