"""User-defined messages of a call (API 2010): ``Calls/{CallSid}/UserDefinedMessages``.

A call made with a Voice SDK can exchange messages of the application's own with the
SDK while it is in progress: a POST to ``UserDefinedMessages.json`` sends one to the
SDK, and a subscription (``UserDefinedMessageSubscriptions.json``) has Twilio post the
messages the SDK sends to a callback URL until it is deleted. Twilio neither lists nor
fetches either.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from twilio_sansio.core.encoding import ParamValue
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.model import Record, Sid, Text, Timestamp
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.resources._build import post, remove
from twilio_sansio.core.resources._call_media import (
    CallOperationsBase,
    check_callback_method,
    check_url,
)
from twilio_sansio.core.validation import check_sid, check_text, optional_text

USER_DEFINED_MESSAGE_SID_PREFIX = "KX"
SUBSCRIPTION_SID_PREFIX = "ZY"


class CallUserDefinedMessage(Record):
    """A message (``KX…``) sent to the Voice SDK of a call, as Twilio reports it."""

    __slots__ = ()

    sid = Sid()
    account_sid = Text()
    call_sid = Text()
    date_created = Timestamp()


class CallUserDefinedMessageSubscription(Record):
    """A subscription (``ZY…``) to the messages a call's Voice SDK sends."""

    __slots__ = ()

    sid = Sid()
    account_sid = Text()
    call_sid = Text()
    date_created = Timestamp()
    uri = Text()


def message_content(value: object) -> str:
    """Return the ``Content`` of a message: a JSON string as given, a mapping as compact JSON.

    Twilio takes the message as JSON text, so a string must be JSON already.

    Raises:
        InvalidArgument: neither a string holding JSON nor a mapping JSON can encode.
    """
    if isinstance(value, Mapping):
        try:
            return json.dumps(value, separators=(",", ":"), allow_nan=False)
        except (TypeError, ValueError, RecursionError) as refused:
            raise InvalidArgument(f"content cannot be encoded as JSON: {refused!s:.120}") from None
    text = check_text("content", value)
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        raise InvalidArgument(f"content must be JSON text, not {text!r:.60}") from None
    return text


class CallUserDefinedMessageOperations(CallOperationsBase):
    """Builds the operation that sends a user-defined message to a call's Voice SDK."""

    __slots__ = ()

    segment = "UserDefinedMessages"

    def create(
        self,
        /,
        call_sid: str,
        content: str | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        **params: ParamValue,
    ) -> Operation[CallUserDefinedMessage]:
        """Send a message of the application's own to the Voice SDK on a call.

        Args:
            call_sid: The call (``CA…``), which must be in progress.
            content: The message: JSON text, or a mapping sent as compact JSON.
            idempotency_key: A key unique to this message, so that a retried request
                does not send it twice.
            **params: Any other parameter, by Twilio's name.

        Returns:
            The operation that sends the message and parses the
            :class:`CallUserDefinedMessage`.

        Raises:
            InvalidArgument: ``call_sid`` is malformed, ``content`` is not JSON text or
                cannot be encoded as JSON, or ``idempotency_key`` is empty.
        """
        path = self._path(call_sid)
        form: dict[str, ParamValue] = {
            "Content": message_content(content),
            "IdempotencyKey": optional_text("idempotency_key", idempotency_key),
            **params,
        }
        return post(self.config, path, form, CallUserDefinedMessage.from_json)


class CallUserDefinedMessageSubscriptionOperations(CallOperationsBase):
    """Builds the operations that subscribe to a call's Voice SDK messages and end that."""

    __slots__ = ()

    segment = "UserDefinedMessageSubscriptions"

    def create(
        self,
        /,
        call_sid: str,
        callback: str,
        *,
        method: str | None = None,
        idempotency_key: str | None = None,
        **params: ParamValue,
    ) -> Operation[CallUserDefinedMessageSubscription]:
        """Have Twilio post the messages a call's Voice SDK sends to ``callback``.

        Args:
            call_sid: The call (``CA…``), which must be in progress.
            callback: The absolute http(s) URL Twilio sends each message to.
            method: ``"GET"`` or ``"POST"`` (the default) for the callback.
            idempotency_key: A key unique to this request, so that a retry of it does
                not subscribe twice.
            **params: Any other parameter, by Twilio's name.

        Returns:
            The operation that subscribes and parses the
            :class:`CallUserDefinedMessageSubscription`.

        Raises:
            InvalidArgument: ``call_sid`` or ``callback`` is malformed, ``method`` is
                not GET or POST, or ``idempotency_key`` is empty.
        """
        path = self._path(call_sid)
        form: dict[str, ParamValue] = {
            "Callback": check_url("callback", callback, "https", "http"),
            "Method": check_callback_method("method", method),
            "IdempotencyKey": optional_text("idempotency_key", idempotency_key),
            **params,
        }
        return post(self.config, path, form, CallUserDefinedMessageSubscription.from_json)

    def delete(self, /, call_sid: str, sid: str) -> Operation[None]:
        """End a subscription; one already gone (404) is not an error.

        Args:
            call_sid: The call (``CA…``).
            sid: The subscription (``ZY…``).

        Returns:
            The operation that deletes the subscription.

        Raises:
            InvalidArgument: a SID is malformed.
        """
        check_sid("call_sid", call_sid, "CA")
        check_sid("sid", sid, SUBSCRIPTION_SID_PREFIX)
        return remove(self.config, self._path(call_sid, sid))
