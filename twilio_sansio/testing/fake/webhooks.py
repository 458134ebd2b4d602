"""The webhooks the fake Twilio sends to your application, decided as data.

The engine never sends anything. When its state changes in a way Twilio reports to a URL
(a message's status, a call's progress, a message or a call arriving at a number), it
appends an :class:`OutgoingWebhook` to the store's outbox: the complete, signed
:class:`~twilio_sansio.core.http.Request` Twilio would make. Sending it is the job of a
sender (:mod:`twilio_sansio.testing.fake.delivery`), outside the engine.

The requests are built as Twilio builds them: the URL's ``...Method`` (POST unless GET),
the parameters form-encoded in the body (in the query string for GET), signed with the
account's auth token (``X-Twilio-Signature``, HMAC-SHA1 over the URL and the sorted
parameters), and an ``I-Twilio-Idempotency-Token``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from urllib.parse import urlencode

import attrs

from twilio_sansio.core.http import Request
from twilio_sansio.testing.fake.store import FakeStore, Record, rfc2822
from twilio_sansio.webhooks.signatures import signature_for

__all__ = [
    "CALL_STATUS",
    "INCOMING_CALL",
    "INCOMING_MESSAGE",
    "MESSAGE_STATUS",
    "OutgoingWebhook",
    "call_params",
    "enqueue",
    "geography",
    "webhook_request",
]

INCOMING_MESSAGE = "incoming-message"
"""A message arrived at a number: sent to the number's ``SmsUrl``."""
MESSAGE_STATUS = "message-status"
"""A message changed status: sent to the message's ``StatusCallback``."""
INCOMING_CALL = "incoming-call"
"""A call arrived at a number: sent to the number's ``VoiceUrl``; answered with TwiML."""
CALL_STATUS = "call-status"
"""A call changed status: sent to the call's (or the number's) ``StatusCallback``."""

USER_AGENT = "TwilioProxy/1.1"
FORM = "application/x-www-form-urlencoded"

Pairs = tuple[tuple[str, str], ...]


@attrs.frozen
class OutgoingWebhook:
    """A request the fake Twilio has decided to make to your application.

    Attributes:
        kind: What it reports (the constants of this module): ``"incoming-message"``,
            ``"message-status"``, ``"incoming-call"`` or ``"call-status"``.
        request: The signed request, ready for the wire.
        params: The parameters sent, in order (also in the request's body or query).
        account_sid: The account whose auth token signed it.
        resource_sid: The message or call it is about.
    """

    kind: str
    request: Request
    params: Pairs
    account_sid: str
    resource_sid: str

    @property
    def url(self) -> str:
        """The URL requested (for GET, with the parameters in its query string)."""
        return self.request.url

    @property
    def method(self) -> str:
        """``POST`` or ``GET``."""
        return self.request.method

    def param(self, name: str) -> str | None:
        """Return the first value of parameter ``name``, or None."""
        return next((value for key, value in self.params if key == name), None)


def _idempotency_token(store: FakeStore, account_sid: str) -> str:
    digits = store.new_sid("")
    uuid = f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"
    return f"{account_sid}-{uuid}"


def webhook_request(
    store: FakeStore,
    account_sid: str,
    url: str,
    method: str | None,
    params: Iterable[tuple[str, str]],
) -> Request:
    """Build the signed request Twilio makes to ``url`` with ``params``.

    Args:
        store: The fake's state (the account's auth token, the idempotency token).
        account_sid: The account the webhook belongs to; its auth token signs it.
        url: The URL configured on the number, message or call.
        method: The configured ``...Method``: ``GET``, or POST (the default).
        params: The parameters, in the order sent.

    Returns:
        The request: a form-encoded POST, or a GET with the parameters appended to the
        URL's query string.

    Raises:
        KeyError: no such account.
    """
    account = store.get("accounts", account_sid)
    if account is None:
        raise KeyError(account_sid)
    token = str(account["auth_token"])
    pairs = tuple(params)
    verb = (method or "POST").upper()
    headers = [
        ("i-twilio-idempotency-token", _idempotency_token(store, account_sid)),
        ("user-agent", USER_AGENT),
        ("accept", "*/*"),
    ]
    if verb == "GET":
        full = url + ("&" if "?" in url else "?") + urlencode(pairs) if pairs else url
        signature = signature_for(token, full)
        return Request("GET", full, (("x-twilio-signature", signature), *headers))
    body = urlencode(pairs).encode()
    signature = signature_for(token, url, pairs)
    headers.insert(0, ("content-type", FORM))
    return Request("POST", url, (("x-twilio-signature", signature), *headers), body)


def enqueue(
    store: FakeStore,
    kind: str,
    account_sid: str,
    resource_sid: str,
    url: str,
    method: str | None,
    params: Iterable[tuple[str, str]],
) -> OutgoingWebhook:
    """Decide to send a webhook: append it to the store's outbox and return it."""
    pairs = tuple(params)
    webhook = OutgoingWebhook(
        kind=kind,
        request=webhook_request(store, account_sid, url, method, pairs),
        params=pairs,
        account_sid=account_sid,
        resource_sid=resource_sid,
    )
    store.outbox.append(webhook)
    return webhook


def geography(prefix: str, number: str | None) -> Pairs:
    """Return Twilio's geographic parameters of ``number`` (``FromCity``, ``FromState``...).

    Twilio guesses them from the number; the fake knows the areas its number search
    offers, and leaves the rest empty, as Twilio does for numbers it cannot place.
    """
    # Imported here: the number tables are large and only webhooks need them.
    from twilio_sansio.testing.fake.resources.available_numbers import describe

    details = describe(number) if number and number.startswith("+") else None
    country = details.country.code if details and details.country else ""
    area = details.area if details else None
    return (
        (f"{prefix}City", (area.locality or "").upper() if area else ""),
        (f"{prefix}State", (area.region or "") if area else ""),
        (f"{prefix}Zip", (area.postal_code or "") if area else ""),
        (f"{prefix}Country", country),
    )


def call_params(call: Record, status: str | None = None) -> Pairs:
    """Return the parameters every voice webhook of ``call`` carries."""
    caller, called = str(call["from"]), str(call["to"])
    pairs: list[tuple[str, str]] = [
        ("AccountSid", call["account_sid"]),
        ("ApiVersion", "2010-04-01"),
        ("CallSid", call["sid"]),
        ("CallStatus", status or call["status"]),
        ("Called", called),
        *geography("Called", called),
        ("Caller", caller),
        *geography("Caller", caller),
        ("Direction", call["direction"]),
        ("From", caller),
        *geography("From", caller),
        ("To", called),
        *geography("To", called),
    ]
    if call.get("parent_call_sid"):
        pairs.append(("ParentCallSid", call["parent_call_sid"]))
    return tuple(pairs)


def timestamp(moment: datetime) -> str:
    """Format ``moment`` as the ``Timestamp`` of Twilio's call status callbacks (RFC 2822)."""
    return rfc2822(moment)


def media_pairs(media: Sequence[tuple[str, str]]) -> Pairs:
    """Return ``NumMedia``, ``MediaUrlN`` and ``MediaContentTypeN`` for ``media``."""
    pairs: list[tuple[str, str]] = [("NumMedia", str(len(media)))]
    for index, (url, content_type) in enumerate(media):
        pairs.append((f"MediaContentType{index}", content_type))
        pairs.append((f"MediaUrl{index}", url))
    return tuple(pairs)
