"""twilio-sansio: a Twilio REST API client with a pure, I/O-free protocol core.

``from twilio_sansio import Client`` is all most programs need. Public names are imported
on first use (PEP 562), so ``import twilio_sansio`` stays cheap for short-lived processes.

The public API is what this module exports, plus the modules ``twilio_sansio.models``
(every model and enum), ``twilio_sansio.iterators``, ``twilio_sansio.transports`` and
``twilio_sansio.testing``, and the core's builders and values for those who send requests
themselves (``twilio_sansio.core``: see its docstring for what in it is public). Modules
whose names start with ``_`` are private.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_sansio._lazy import lazy_exports
from twilio_sansio._version import __version__

_EXPORTS: dict[str, tuple[str, ...]] = {
    "twilio_sansio.aclient": ("AsyncClient",),
    "twilio_sansio.client": ("Client",),
    "twilio_sansio.core.access_tokens": (
        "AccessToken",
        "ChatGrant",
        "ConversationsGrant",
        "Grant",
        "IpMessagingGrant",
        "PlaybackGrant",
        "SyncGrant",
        "TaskRouterGrant",
        "VideoGrant",
        "VoiceGrant",
    ),
    "twilio_sansio.core.config": (
        "ClientConfig",
        "Credentials",
    ),
    "twilio_sansio.core.enums": ("OpenStrEnum",),
    "twilio_sansio.core.errors": (
        "APIError",
        "ClientClosed",
        "ConnectError",
        "DeadlineExceeded",
        "InvalidArgument",
        "NoMoreResults",
        "ResponseTooLarge",
        "TransportError",
        "TwilioError",
        "UnexpectedResponseError",
    ),
    "twilio_sansio.core.http": (
        "Request",
        "Response",
        "ResponseInfo",
    ),
    "twilio_sansio.core.money": ("Price",),
    "twilio_sansio.core.operation": ("Operation",),
    "twilio_sansio.core.paging": ("Page", "PageLoopError"),
    "twilio_sansio.core.phone": ("PhoneNumber",),
    "twilio_sansio.core.resources.lookups.product": ("NumberLookupError",),
    "twilio_sansio.core.resources.media": ("Media",),
    "twilio_sansio.core.resources.messages": (
        "Message",
        "MessageDirection",
        "MessageStatus",
    ),
    "twilio_sansio.core.resources.verify.errors": (
        "InvalidVerificationParameter",
        "MaxCheckAttemptsReached",
        "MaxSendAttemptsReached",
        "TooManyConcurrentRequests",
        "VerificationNotFound",
        "VerifyError",
    ),
    "twilio_sansio.core.retry": ("RetryPolicy",),
    "twilio_sansio.core.values": ("MalformedValue",),
    "twilio_sansio.core.webhooks": (
        "InvalidSignature",
        "MalformedBody",
        "MissingSignature",
        "WebhookValidationError",
        "signature_for",
        "validate_request",
        "validate_signature",
    ),
    "twilio_sansio.webhooks.conferences": ("ConferenceStatusCallback",),
    "twilio_sansio.webhooks.errors": (
        "InvalidSignatureSettings",
        "MalformedParameter",
        "MissingParameter",
        "UnknownSigningKey",
        "UnsupportedSignatureAlgorithm",
        "WebhookPayloadError",
    ),
    "twilio_sansio.webhooks.messaging": (
        "IncomingMessage",
        "MessageStatusCallback",
    ),
    "twilio_sansio.webhooks.parsing": ("parse_webhook",),
    "twilio_sansio.webhooks.voice": (
        "CallStatusCallback",
        "IncomingCall",
        "RecordingStatusCallback",
        "TranscriptionCallback",
    ),
}
"""Each public name by the module it is imported from, on first use."""

if TYPE_CHECKING:  # the same names, for type checkers (a test keeps the two equal)
    from twilio_sansio.aclient import (
        AsyncClient as AsyncClient,
    )
    from twilio_sansio.client import (
        Client as Client,
    )
    from twilio_sansio.core.access_tokens import (
        AccessToken as AccessToken,
        ChatGrant as ChatGrant,
        ConversationsGrant as ConversationsGrant,
        Grant as Grant,
        IpMessagingGrant as IpMessagingGrant,
        PlaybackGrant as PlaybackGrant,
        SyncGrant as SyncGrant,
        TaskRouterGrant as TaskRouterGrant,
        VideoGrant as VideoGrant,
        VoiceGrant as VoiceGrant,
    )
    from twilio_sansio.core.config import (
        ClientConfig as ClientConfig,
        Credentials as Credentials,
    )
    from twilio_sansio.core.enums import (
        OpenStrEnum as OpenStrEnum,
    )
    from twilio_sansio.core.errors import (
        APIError as APIError,
        ClientClosed as ClientClosed,
        ConnectError as ConnectError,
        DeadlineExceeded as DeadlineExceeded,
        InvalidArgument as InvalidArgument,
        NoMoreResults as NoMoreResults,
        ResponseTooLarge as ResponseTooLarge,
        TransportError as TransportError,
        TwilioError as TwilioError,
        UnexpectedResponseError as UnexpectedResponseError,
    )
    from twilio_sansio.core.http import (
        Request as Request,
        Response as Response,
        ResponseInfo as ResponseInfo,
    )
    from twilio_sansio.core.money import (
        Price as Price,
    )
    from twilio_sansio.core.operation import (
        Operation as Operation,
    )
    from twilio_sansio.core.paging import (
        Page as Page,
        PageLoopError as PageLoopError,
    )
    from twilio_sansio.core.phone import (
        PhoneNumber as PhoneNumber,
    )
    from twilio_sansio.core.resources.lookups.product import (
        NumberLookupError as NumberLookupError,
    )
    from twilio_sansio.core.resources.media import (
        Media as Media,
    )
    from twilio_sansio.core.resources.messages import (
        Message as Message,
        MessageDirection as MessageDirection,
        MessageStatus as MessageStatus,
    )
    from twilio_sansio.core.resources.verify.errors import (
        InvalidVerificationParameter as InvalidVerificationParameter,
        MaxCheckAttemptsReached as MaxCheckAttemptsReached,
        MaxSendAttemptsReached as MaxSendAttemptsReached,
        TooManyConcurrentRequests as TooManyConcurrentRequests,
        VerificationNotFound as VerificationNotFound,
        VerifyError as VerifyError,
    )
    from twilio_sansio.core.retry import (
        RetryPolicy as RetryPolicy,
    )
    from twilio_sansio.core.values import (
        MalformedValue as MalformedValue,
    )
    from twilio_sansio.core.webhooks import (
        InvalidSignature as InvalidSignature,
        MalformedBody as MalformedBody,
        MissingSignature as MissingSignature,
        WebhookValidationError as WebhookValidationError,
        signature_for as signature_for,
        validate_request as validate_request,
        validate_signature as validate_signature,
    )
    from twilio_sansio.webhooks.conferences import (
        ConferenceStatusCallback as ConferenceStatusCallback,
    )
    from twilio_sansio.webhooks.errors import (
        InvalidSignatureSettings as InvalidSignatureSettings,
        MalformedParameter as MalformedParameter,
        MissingParameter as MissingParameter,
        UnknownSigningKey as UnknownSigningKey,
        UnsupportedSignatureAlgorithm as UnsupportedSignatureAlgorithm,
        WebhookPayloadError as WebhookPayloadError,
    )
    from twilio_sansio.webhooks.messaging import (
        IncomingMessage as IncomingMessage,
        MessageStatusCallback as MessageStatusCallback,
    )
    from twilio_sansio.webhooks.parsing import parse_webhook as parse_webhook
    from twilio_sansio.webhooks.voice import (
        CallStatusCallback as CallStatusCallback,
        IncomingCall as IncomingCall,
        RecordingStatusCallback as RecordingStatusCallback,
        TranscriptionCallback as TranscriptionCallback,
    )

__all__ = ["__version__", *(name for names in _EXPORTS.values() for name in names)]  # noqa: PLE0604


if not TYPE_CHECKING:  # hidden from type checkers, so a misspelled import fails mypy
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
