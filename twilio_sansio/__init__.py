"""twilio-sansio: a Twilio REST API client with a pure, I/O-free protocol core.

``from twilio_sansio import Client`` is all most programs need. Public names are imported
on first use (PEP 562), so ``import twilio_sansio`` stays cheap for short-lived processes.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from twilio_sansio._version import __version__

if TYPE_CHECKING:
    from twilio_sansio.aclient import (
        AsyncClient,
    )
    from twilio_sansio.client import (
        Client,
    )
    from twilio_sansio.core.access_tokens import (
        AccessToken,
        ChatGrant,
        ConversationsGrant,
        Grant,
        IpMessagingGrant,
        PlaybackGrant,
        SyncGrant,
        TaskRouterGrant,
        VideoGrant,
        VoiceGrant,
    )
    from twilio_sansio.core.config import (
        ClientConfig,
        Credentials,
    )
    from twilio_sansio.core.enums import (
        OpenStrEnum,
    )
    from twilio_sansio.core.errors import (
        APIError,
        ConnectError,
        DeadlineExceeded,
        InvalidArgument,
        NoMoreResults,
        ResponseTooLarge,
        TransportError,
        TwilioError,
        UnexpectedResponseError,
    )
    from twilio_sansio.core.http import (
        Request,
        Response,
    )
    from twilio_sansio.core.money import (
        Price,
    )
    from twilio_sansio.core.operation import (
        Operation,
    )
    from twilio_sansio.core.paging import (
        Page,
    )
    from twilio_sansio.core.phone import (
        PhoneNumber,
    )
    from twilio_sansio.core.resources.media import (
        Media,
    )
    from twilio_sansio.core.resources.messages import (
        Message,
        MessageDirection,
        MessageStatus,
    )
    from twilio_sansio.core.retry import (
        RetryPolicy,
    )
    from twilio_sansio.core.values import (
        MalformedValue,
    )
    from twilio_sansio.core.webhooks import (
        InvalidSignature,
        MalformedBody,
        MissingSignature,
        WebhookValidationError,
        signature_for,
        validate_request,
        validate_signature,
    )

_EXPORTS: dict[str, str] = {
    "AsyncClient": "twilio_sansio.aclient",
    "Client": "twilio_sansio.client",
    "AccessToken": "twilio_sansio.core.access_tokens",
    "ChatGrant": "twilio_sansio.core.access_tokens",
    "ConversationsGrant": "twilio_sansio.core.access_tokens",
    "Grant": "twilio_sansio.core.access_tokens",
    "IpMessagingGrant": "twilio_sansio.core.access_tokens",
    "PlaybackGrant": "twilio_sansio.core.access_tokens",
    "SyncGrant": "twilio_sansio.core.access_tokens",
    "TaskRouterGrant": "twilio_sansio.core.access_tokens",
    "VideoGrant": "twilio_sansio.core.access_tokens",
    "VoiceGrant": "twilio_sansio.core.access_tokens",
    "ClientConfig": "twilio_sansio.core.config",
    "Credentials": "twilio_sansio.core.config",
    "OpenStrEnum": "twilio_sansio.core.enums",
    "APIError": "twilio_sansio.core.errors",
    "ConnectError": "twilio_sansio.core.errors",
    "DeadlineExceeded": "twilio_sansio.core.errors",
    "InvalidArgument": "twilio_sansio.core.errors",
    "NoMoreResults": "twilio_sansio.core.errors",
    "ResponseTooLarge": "twilio_sansio.core.errors",
    "TransportError": "twilio_sansio.core.errors",
    "TwilioError": "twilio_sansio.core.errors",
    "UnexpectedResponseError": "twilio_sansio.core.errors",
    "Request": "twilio_sansio.core.http",
    "Response": "twilio_sansio.core.http",
    "Price": "twilio_sansio.core.money",
    "Operation": "twilio_sansio.core.operation",
    "Page": "twilio_sansio.core.paging",
    "PhoneNumber": "twilio_sansio.core.phone",
    "Media": "twilio_sansio.core.resources.media",
    "Message": "twilio_sansio.core.resources.messages",
    "MessageDirection": "twilio_sansio.core.resources.messages",
    "MessageStatus": "twilio_sansio.core.resources.messages",
    "RetryPolicy": "twilio_sansio.core.retry",
    "MalformedValue": "twilio_sansio.core.values",
    "InvalidSignature": "twilio_sansio.core.webhooks",
    "MalformedBody": "twilio_sansio.core.webhooks",
    "MissingSignature": "twilio_sansio.core.webhooks",
    "WebhookValidationError": "twilio_sansio.core.webhooks",
    "signature_for": "twilio_sansio.core.webhooks",
    "validate_request": "twilio_sansio.core.webhooks",
    "validate_signature": "twilio_sansio.core.webhooks",
}

__all__ = [
    "APIError",
    "AccessToken",
    "AsyncClient",
    "ChatGrant",
    "Client",
    "ClientConfig",
    "ConnectError",
    "ConversationsGrant",
    "Credentials",
    "DeadlineExceeded",
    "Grant",
    "InvalidArgument",
    "InvalidSignature",
    "IpMessagingGrant",
    "MalformedBody",
    "MalformedValue",
    "Media",
    "Message",
    "MessageDirection",
    "MessageStatus",
    "MissingSignature",
    "NoMoreResults",
    "OpenStrEnum",
    "Operation",
    "Page",
    "PhoneNumber",
    "PlaybackGrant",
    "Price",
    "Request",
    "Response",
    "ResponseTooLarge",
    "RetryPolicy",
    "SyncGrant",
    "TaskRouterGrant",
    "TransportError",
    "TwilioError",
    "UnexpectedResponseError",
    "VideoGrant",
    "VoiceGrant",
    "WebhookValidationError",
    "__version__",
    "signature_for",
    "validate_request",
    "validate_signature",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'twilio_sansio' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
