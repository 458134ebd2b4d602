"""Messages and their Media: send, fetch, list, redact, cancel, delete; media redirects.

A message is created ``queued`` (``scheduled`` with ``SendAt``); a test moves it on with
:meth:`~twilio_sansio.testing.FakeTwilio.set_message_status`. ``From`` must be one of the
account's incoming numbers, an alphanumeric sender ID, or Twilio's magic valid sender;
Twilio's magic ``To`` numbers fail as documented. A message sent with a
``MessagingServiceSid`` and no ``From`` is created ``accepted`` without a sender, which
the service chooses (:func:`~twilio_sansio.testing.fake.resources.messaging.choose_sender`)
and the message carries from the moment it is queued.
"""

from __future__ import annotations

import mimetypes
import re
from urllib.parse import urlsplit

from twilio_sansio.core.http import Response
from twilio_sansio.testing.fake import magic, webhooks
from twilio_sansio.testing.fake.resources import messaging
from twilio_sansio.testing.fake.resources._common import (
    ACCOUNT,
    E164,
    account_page,
    account_path,
    answer_record,
    answer_update,
    check_url,
    delete_record,
    fetch_handler,
    fetch_record,
    listing_handler,
    named_record,
    number_owning,
    owns_number,
    query_filters,
    require_active_account,
    stamp,
    subresource_uris,
    touch,
    webhook_of,
)
from twilio_sansio.testing.fake.router import Resource
from twilio_sansio.testing.fake.store import FakeStore, Record, rfc2822
from twilio_sansio.testing.fake.wire import (
    FakeApiError,
    Incoming,
    invalid_parameter,
    no_content,
)

MESSAGES = "messages"
MEDIA = "media"
MEDIA_HOST = "https://s3-external-1.amazonaws.com/media.twiliocdn.com"
"""Where media content redirects to, as Twilio's does."""

MAX_BODY = 1600
MAX_MEDIA = 10
STATUSES = (
    "queued", "sending", "sent", "failed", "delivered", "undelivered", "receiving",
    "received", "accepted", "scheduled", "read", "partially_delivered", "canceled",
)  # fmt: skip
UNFINISHED = frozenset({"queued", "sending", "accepted", "scheduled", "receiving"})
_ALPHANUMERIC_SENDER = re.compile(r"(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}")
_ADDRESS_SCHEMES = ("whatsapp:", "messenger:", "rcs:")
# GSM 03.38 basic characters and the extension table; anything else needs UCS-2.
_GSM = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà^{}\\[~]|€"
)


def segments(body: str) -> int:
    """Return how many SMS segments ``body`` takes (GSM-7: 160/153; UCS-2: 70/67)."""
    if not body:
        return 1
    single, multi = (160, 153) if set(body) <= _GSM else (70, 67)
    return 1 if len(body) <= single else -(-len(body) // multi)


def _strip_scheme(address: str) -> str:
    for scheme in _ADDRESS_SCHEMES:
        if address.startswith(scheme):
            return address[len(scheme) :]
    return address


def _check_to(recipient: str, sender: str) -> None:
    magic.check_message_to(_strip_scheme(recipient), sender)
    if not E164.fullmatch(_strip_scheme(recipient)):
        raise FakeApiError(400, 21211, f"The 'To' number {recipient} is not a valid phone number.")


def _check_from(store: FakeStore, account_sid: str, sender: str) -> None:
    number = _strip_scheme(sender)
    if magic.check_message_from(number):
        return
    if E164.fullmatch(number):
        if not owns_number(store, account_sid, number):
            raise magic.not_owned_sender(sender)
    elif not _ALPHANUMERIC_SENDER.fullmatch(number):
        raise FakeApiError(
            400,
            21212,
            f"The 'From' number {sender} is not a valid phone number, shortcode, "
            "or alphanumeric sender ID.",
        )


def _check_media_urls(urls: list[str]) -> None:
    if len(urls) > MAX_MEDIA:
        raise invalid_parameter(f"A message can carry at most {MAX_MEDIA} media, not {len(urls)}")
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or not parts.netloc:
            raise FakeApiError(400, 21620, f"Invalid media URL(s): {url}")


def _media_record(store: FakeStore, message: Record, url: str) -> Record:
    sid = store.new_sid("ME")
    content_type = mimetypes.guess_type(urlsplit(url).path)[0] or "application/octet-stream"
    now = message["date_created"]
    path = account_path(message["account_sid"], f"/Messages/{message['sid']}/Media/{sid}.json")
    return store.insert(
        MEDIA,
        sid,
        {
            "account_sid": message["account_sid"],
            "content_type": content_type,
            "date_created": now,
            "date_updated": now,
            "parent_sid": message["sid"],
            "sid": sid,
            "uri": path,
            "_content_key": store.new_sid(""),
            "_source_url": url,
        },
    )


routes = Resource(ACCOUNT + "/Messages")
routes.listing(listing_handler(MESSAGES, "messages", equal=("To", "From"), dates=("DateSent",)))
routes.fetch(fetch_handler(MESSAGES))
media_routes = Resource(ACCOUNT + "/Messages/{MessageSid}/Media")


@routes.create
def create(incoming: Incoming) -> Response:
    """POST /Messages.json: send a message (validated as Twilio validates it)."""
    require_active_account(incoming)
    store = incoming.store
    recipient = incoming.value("To")
    if not recipient:
        raise FakeApiError(400, 21604, "A 'To' phone number is required.")
    sender = incoming.value("From")
    service = incoming.value("MessagingServiceSid")
    if not sender and not service:
        raise FakeApiError(400, 21603, "A 'From' phone number is required.")
    body = incoming.value("Body") or ""
    media_urls = incoming.values("MediaUrl")
    if not body and not media_urls and not incoming.value("ContentSid"):
        raise FakeApiError(400, 21602, "Message body is required.")
    if len(body) > MAX_BODY:
        raise FakeApiError(
            400, 21617, f"The concatenated message body exceeds the {MAX_BODY} character limit."
        )
    _check_media_urls(media_urls)
    callback = incoming.value("StatusCallback")
    if callback:
        check_url("StatusCallback", callback, 21609)
    if sender:
        _check_from(store, incoming.account_sid, sender)
    _check_to(recipient, sender or "")
    chosen = None
    if service is not None:
        if not re.fullmatch(r"MG[0-9a-fA-F]{32}", service):
            raise FakeApiError(400, 21701, f"The Messaging Service Sid {service} is invalid.")
        pool = messaging.check_service(store, incoming.account_sid, service)
        if not sender:
            chosen = messaging.choose_sender(store, pool, recipient)
    scheduled = incoming.value("SendAt") is not None
    sid = store.new_sid("MM" if media_urls else "SM")
    now = stamp(store)
    path = account_path(incoming.account_sid, f"/Messages/{sid}")
    record: Record = {
        "account_sid": incoming.account_sid,
        "api_version": "2010-04-01",
        "body": body,
        "date_created": now,
        "date_sent": None,
        "date_updated": now,
        "direction": "outbound-api",
        "error_code": None,
        "error_message": None,
        "from": sender or None,
        "messaging_service_sid": service,
        "num_media": str(len(media_urls)),
        "num_segments": str(segments(body)),
        "price": None,
        "price_unit": "USD",
        "sid": sid,
        "status": "scheduled"
        if scheduled
        else ("accepted" if service and not sender else "queued"),
        "subresource_uris": subresource_uris(path, "media", "feedback"),
        "to": recipient,
        "uri": f"{path}.json",
    }
    if callback:
        record["_status_callback"] = callback
    if chosen is not None:
        # Twilio answers a message sent through a service "accepted", before it picks
        # the sender; the message reads back with its From once it is queued.
        record["_sender"] = chosen
    store.insert(MESSAGES, sid, record)
    for url in media_urls:
        _media_record(store, record, url)
    answer = answer_record(record, 201)
    _notify(store, record)
    if store.deliver_messages and record["status"] in ("queued", "accepted"):
        set_status(store, sid, "delivered")
    return answer


@routes.update
def update(incoming: Incoming) -> Response:
    """POST /Messages/{Sid}.json: redact (``Body=""``) or cancel a scheduled message."""
    record = named_record(incoming, MESSAGES)
    if incoming.has("Body"):
        if incoming.value("Body"):
            raise invalid_parameter("Body can only be set to an empty string, to redact it")
        if record["status"] in UNFINISHED:
            raise FakeApiError(
                400, 20009, "Cannot redact a message whose delivery has not been completed"
            )
        record["body"] = ""
    status = incoming.value("Status")
    if status is not None:
        if status != "canceled":
            raise invalid_parameter("Status can only be set to canceled")
        if record["status"] != "scheduled":
            raise FakeApiError(400, 30409, "Only a scheduled message can be canceled")
        record["status"] = "canceled"
    return answer_update(record, incoming.store)


@routes.delete
def delete(incoming: Incoming) -> Response:
    """DELETE /Messages/{Sid}.json, with its media; refused while the message is in flight."""
    record = named_record(incoming, MESSAGES)
    if record["status"] in UNFINISHED - {"scheduled"}:
        raise FakeApiError(
            400, 20009, "Cannot delete a message whose delivery has not been completed"
        )
    incoming.store.remove(MESSAGES, record["sid"])
    incoming.store.remove_where(MEDIA, lambda media: media["parent_sid"] == record["sid"])
    return no_content()


def _message_of(incoming: Incoming) -> Record:
    return named_record(incoming, MESSAGES, "MessageSid")


@media_routes.fetch
def media_fetch(incoming: Incoming) -> Response:
    """GET /Messages/{MessageSid}/Media/{Sid}.json."""
    _message_of(incoming)
    return fetch_record(incoming, MEDIA, parent_sid=incoming.params["MessageSid"])


# Declared after media_fetch: its {Sid} would also take "ME….json".
@media_routes.route("GET", media_routes.path + "/{Sid}")
def media_content(incoming: Incoming) -> Response:
    """GET /Messages/{MessageSid}/Media/{Sid}: redirect to the content, off the API host."""
    _message_of(incoming)
    media = named_record(incoming, MEDIA, parent_sid=incoming.params["MessageSid"])
    location = f"{MEDIA_HOST}/{media['account_sid']}/{media['_content_key']}"
    return Response(
        307,
        (("location", location), ("content-type", media["content_type"]), ("content-length", "0")),
        b"",
    )


@media_routes.delete
def media_delete(incoming: Incoming) -> Response:
    """DELETE /Messages/{MessageSid}/Media/{Sid}.json."""
    _message_of(incoming)
    return delete_record(incoming, MEDIA, parent_sid=incoming.params["MessageSid"])


@media_routes.listing
def media_listing(incoming: Incoming) -> Response:
    """GET /Messages/{MessageSid}/Media.json, filtered by DateCreated."""
    message = _message_of(incoming)
    checks = query_filters(incoming, dates=("DateCreated",))
    return account_page(
        incoming, MEDIA, "media_list", lambda media: media["parent_sid"] == message["sid"], *checks
    )


def set_status(store: FakeStore, sid: str, status: str, *, price: str | None = None) -> Record:
    """Move message ``sid`` to ``status``; delivery statuses stamp ``date_sent`` and a price.

    Raises:
        KeyError: no such message.
        ValueError: ``status`` is not one of Twilio's message statuses.
    """
    record = store.get(MESSAGES, sid)
    if record is None:
        raise KeyError(sid)
    if status not in STATUSES:
        raise ValueError(f"{status!r} is not a message status; use one of {', '.join(STATUSES)}")
    previous = record["status"]
    if record["from"] is None and record.get("_sender") and status != "accepted":
        record["from"] = record["_sender"]
    if status in _AFTER_SENT and previous in _BEFORE_SENT:
        # Twilio reports a message sent before it reports it delivered (or not).
        set_status(store, sid, "sent", price=price)
        previous = record["status"]
    record["status"] = status
    if status in {"sent", "delivered", "undelivered", "read"} and record["date_sent"] is None:
        record["date_sent"] = rfc2822(store.now())
        segments_sent = int(record["num_segments"])
        record["price"] = price or f"-{0.0079 * segments_sent:.5f}"
    if status in {"failed", "undelivered"}:
        record["error_code"] = 30003 if status == "undelivered" else 30008
        record["error_message"] = (
            "Unreachable destination handset" if status == "undelivered" else "Unknown error"
        )
    touch(record, store)
    if status != previous:
        _notify(store, record)
    return record


_BEFORE_SENT = frozenset({"queued", "sending", "accepted"})
_AFTER_SENT = frozenset({"delivered", "undelivered", "read"})


def _notify(store: FakeStore, record: Record) -> None:
    """Queue the message's status callback, if it has one, for its current status."""
    url = record.get("_status_callback")
    if not url:
        return
    status = str(record["status"])
    pairs = [
        ("AccountSid", record["account_sid"]),
        ("ApiVersion", "2010-04-01"),
        ("From", record["from"] or ""),
        ("MessageSid", record["sid"]),
        ("MessageStatus", status),
        ("SmsSid", record["sid"]),
        ("SmsStatus", status),
        ("To", record["to"]),
    ]
    if record.get("messaging_service_sid"):
        pairs.append(("MessagingServiceSid", record["messaging_service_sid"]))
    if status in {"failed", "undelivered"} and record.get("error_code") is not None:
        pairs.append(("ErrorCode", str(record["error_code"])))
    if status in {"delivered", "undelivered"}:
        pairs.append(("RawDlrDoneDate", store.now().strftime("%y%m%d%H%M")))
    webhooks.enqueue(
        store, webhooks.MESSAGE_STATUS, record["account_sid"], record["sid"], url, "POST", pairs
    )


def receive(
    store: FakeStore, from_: str, to: str, body: str, media: list[tuple[str, str]]
) -> tuple[Record, webhooks.OutgoingWebhook]:
    """Store a message arriving at the number ``to`` and queue its ``SmsUrl`` webhook.

    Args:
        store: The fake's state.
        from_: The sender (a phone number or a channel address).
        to: The receiving number, owned by an account of the fake (or its channel
            address, ``whatsapp:+1...``).
        body: The text.
        media: The attachments, as ``(url, content type)``.

    Returns:
        The message's record and the webhook queued for it.

    Raises:
        KeyError: no account owns ``to``.
        ValueError: the number has no messaging webhook (``SmsUrl``), or too many media.
    """
    number = number_owning(store, _strip_scheme(to))
    url, method = webhook_of(store, number, "sms")
    if not url:
        raise ValueError(f"{to} has no SmsUrl (nor an SmsApplicationSid with one)")
    if len(media) > MAX_MEDIA:
        raise ValueError(f"a message carries at most {MAX_MEDIA} media, not {len(media)}")
    account_sid = number["account_sid"]
    sid = store.new_sid("MM" if media else "SM")
    now = stamp(store)
    path = account_path(account_sid, f"/Messages/{sid}")
    record: Record = {
        "account_sid": account_sid,
        "api_version": "2010-04-01",
        "body": body,
        "date_created": now,
        "date_sent": now,
        "date_updated": now,
        "direction": "inbound",
        "error_code": None,
        "error_message": None,
        "from": from_,
        "messaging_service_sid": None,
        "num_media": str(len(media)),
        "num_segments": str(segments(body)),
        "price": f"-{0.0079 * segments(body):.5f}",
        "price_unit": "USD",
        "sid": sid,
        "status": "received",
        "subresource_uris": subresource_uris(path, "media", "feedback"),
        "to": to,
        "uri": f"{path}.json",
    }
    store.insert(MESSAGES, sid, record)
    attached = []
    for media_url, content_type in media:
        stored = _media_record(store, record, media_url)
        stored["content_type"] = content_type
        content_path = account_path(account_sid, f"/Messages/{sid}/Media/{stored['sid']}")
        attached.append((f"https://api.twilio.com{content_path}", content_type))
    pairs = [
        ("AccountSid", account_sid),
        ("ApiVersion", "2010-04-01"),
        ("Body", body),
        ("From", from_),
        *webhooks.geography("From", _strip_scheme(from_)),
        ("MessageSid", sid),
        *webhooks.media_pairs(attached),
        ("NumSegments", record["num_segments"]),
        ("SmsMessageSid", sid),
        ("SmsSid", sid),
        ("SmsStatus", "received"),
        ("To", to),
        *webhooks.geography("To", _strip_scheme(to)),
    ]
    webhook = webhooks.enqueue(
        store, webhooks.INCOMING_MESSAGE, account_sid, sid, url, method, pairs
    )
    return record, webhook


ROUTES = (routes, media_routes)
"""The message and media routes."""
