"""The errors of receiving a webhook: whose fault, and what to answer Twilio.

Two families, answered differently:

- :class:`WebhookValidationError`: the request is not proven to come from Twilio (no
  signature, a wrong one, a key or algorithm this application does not know, a body that
  no signature covers). Answer 403 and do nothing else.
- :class:`WebhookPayloadError`: the request is signed, but its parameters are not the
  event the handler expects (a parameter missing, or one that is not of its documented
  shape). Answer 400; usually the URL is configured for another kind of webhook.
"""

from __future__ import annotations

from twilio_sansio.core.errors import TwilioError

__all__ = [
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
]


class WebhookValidationError(TwilioError):
    """A webhook request failed validation: treat it as not coming from Twilio (answer 403)."""


class MissingSignature(WebhookValidationError):
    """The request carries no ``X-Twilio-Signature`` header (or an empty one)."""


class InvalidSignature(WebhookValidationError):
    """The signature does not match the request: wrong URL, secret, parameters or body.

    When every request fails this way, the usual cause is validating against the URL the
    application sees rather than the public URL Twilio called.
    """


class MalformedBody(WebhookValidationError):
    """The body cannot be decoded into what Twilio signs.

    Either a form body that is not valid ``application/x-www-form-urlencoded`` UTF-8, a
    body larger than the reader accepts, or a body of another type whose URL carries no
    ``bodySHA256`` parameter, so that no signature covers it.
    """


class InvalidSignatureSettings(WebhookValidationError):
    """The ``X-Twilio-Webhooks-Signature-Settings`` header cannot be read.

    It must name one key and one algorithm (``key=<id>,algorithm=HMAC_SHA256``), once.
    """


class UnknownSigningKey(WebhookValidationError):
    """The request names a signing key this application was not given the secret of.

    Raised also when a request signed with a shared key reaches an application configured
    with the auth token alone, and when a request signed with the auth token (no
    signature-settings header) reaches one configured with shared keys alone.

    Attributes:
        key_id: The key the request named; None when it named none (auth-token signing).
    """

    def __init__(self, message: str, key_id: str | None = None) -> None:
        super().__init__(message)
        self.key_id = key_id


class UnsupportedSignatureAlgorithm(WebhookValidationError):
    """The request was signed with an algorithm this library does not implement.

    Validation fails closed: a request is never accepted on an algorithm it cannot check.

    Attributes:
        algorithm: The algorithm the request named.
    """

    def __init__(self, message: str, algorithm: str) -> None:
        super().__init__(message)
        self.algorithm = algorithm


class WebhookPayloadError(TwilioError, ValueError):
    """A signed webhook's parameters are not the event that was expected (answer 400).

    Attributes:
        parameter: Twilio's name of the parameter at fault (``"MessageSid"``).
    """

    def __init__(self, message: str, parameter: str) -> None:
        super().__init__(message)
        self.parameter = parameter


class MissingParameter(WebhookPayloadError):
    """A parameter the event always carries is absent."""


class MalformedParameter(WebhookPayloadError):
    """A parameter is not of its documented shape (``NumMedia=two``, ``Muted=maybe``).

    Attributes:
        parameter: Twilio's name of the parameter.
        value: The value as Twilio sent it.
    """

    def __init__(self, message: str, parameter: str, value: str) -> None:
        super().__init__(message, parameter)
        self.value = value
