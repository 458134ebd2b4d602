"""Messages (API 2010): the model and every operation on ``/Accounts/{sid}/Messages``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime

from twilio_sansio.core.encoding import ParamValue, twilio_params
from twilio_sansio.core.enums import OpenStrEnum
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.model import (
    Choice,
    Integer,
    Object,
    PriceField,
    Record,
    Sid,
    Text,
    Timestamp,
)
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Page
from twilio_sansio.core.phone import normalize_address, normalize_recipient
from twilio_sansio.core.resources._listing import DeletableOperations
from twilio_sansio.core.resources.media import media_urls_job
from twilio_sansio.core.resources.message_feedback import (
    FeedbackOutcome,
    MessageFeedback,
    create_feedback,
)
from twilio_sansio.core.steps import Job
from twilio_sansio.core.time_range import RangeFilter, RangePages, date_filters, message_time
from twilio_sansio.core.validation import check_page_size, check_sid, check_text

MESSAGE_SID_PREFIXES = ("SM", "MM")
MESSAGING_SERVICE_PREFIX = "MG"
ENDED_STATUSES = frozenset({"delivered", "undelivered", "failed", "received", "read", "canceled"})
# The form fields send_message fills from its own arguments, and the keyword to use.
_SEND_MESSAGE_KEYWORDS = {
    "From": "from_",
    "To": "to",
    "Body": "body",
    "MediaUrl": "media_urls",
    "MessagingServiceSid": "messaging_service_sid",
}


class MessageStatus(OpenStrEnum):
    """Where a message is in its life; values Twilio adds later are kept as they come."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    DELIVERED = "delivered"
    UNDELIVERED = "undelivered"
    RECEIVING = "receiving"
    RECEIVED = "received"
    ACCEPTED = "accepted"
    SCHEDULED = "scheduled"
    READ = "read"
    PARTIALLY_DELIVERED = "partially_delivered"
    CANCELED = "canceled"


class MessageDirection(OpenStrEnum):
    """Which way a message went."""

    INBOUND = "inbound"
    OUTBOUND_API = "outbound-api"
    OUTBOUND_CALL = "outbound-call"
    OUTBOUND_REPLY = "outbound-reply"


class Message(Record):
    """A text, MMS or channel message (``SM…``/``MM…``), as Twilio reports it."""

    __slots__ = ()

    sid = Sid()
    account_sid = Text()
    messaging_service_sid = Text()
    from_ = Text("from")
    to = Text()
    body = Text()
    status = Choice(MessageStatus)
    direction = Choice(MessageDirection)
    num_segments = Integer()
    num_media = Integer()
    price = PriceField()
    price_unit = Text()
    error_code = Integer()
    error_message = Text()
    date_created = Timestamp()
    date_updated = Timestamp()
    date_sent = Timestamp()
    api_version = Text()
    uri = Text()
    subresource_uris = Object()

    @property
    def ended(self) -> bool:
        """Whether the message reached a status it will not leave."""
        status = self._raw.get("status")
        return isinstance(status, str) and status in ENDED_STATUSES


class MessageOperations(DeletableOperations["MessageOperations", Message]):
    """Builds every operation on Messages; the clients bind these to the network.

    ``delete`` removes a message and its record from the account.
    """

    __slots__ = ()

    model = Message
    list_key = "messages"
    path = "Messages"
    sid_name = "message_sid"
    sid_prefixes = MESSAGE_SID_PREFIXES

    def send_message(
        self,
        /,
        from_: str | None,
        to: str,
        body: str | None = None,
        *,
        media_urls: Iterable[str] = (),
        messaging_service_sid: str | None = None,
        **params: ParamValue,
    ) -> Operation[Message]:
        """Send an SMS, MMS or channel message.

        Args:
            from_: The sender: a Twilio number, short code, alphanumeric sender ID or
                channel address (``whatsapp:+1…``); None when ``messaging_service_sid``
                picks the sender.
            to: The recipient: a phone number (checked and written in E.164) or a channel
                address (``whatsapp:+1…``, ``messenger:…``). Short codes and alphanumeric
                sender IDs cannot receive messages and are refused.
            body: The text, up to 1,600 characters.
            media_urls: Public URLs of media to attach (makes the message an MMS).
            messaging_service_sid: A Messaging Service (``MG…``) to send through.
            **params: Any other parameter, by Twilio's name (``StatusCallback=...``);
                not ``From``, ``To``, ``Body``, ``MediaUrl`` or ``MessagingServiceSid``,
                which the keywords above set.

        Returns:
            The operation that creates the message and parses the new :class:`Message`.

        Raises:
            InvalidArgument: an address is not a valid number, ``to`` is a short code or
                an alphanumeric sender ID, both ``from_`` and ``messaging_service_sid``
                are missing, there is no body, media or ``ContentSid``, or ``params``
                repeats a parameter the keywords set (``Body=`` for ``body=``...).
        """
        for key, keyword in _SEND_MESSAGE_KEYWORDS.items():
            if key in params:
                raise InvalidArgument(
                    f"send_message sets {key} from its {keyword!r} argument: pass "
                    f"{keyword}=..., not {key}=..."
                )
        to = normalize_recipient(_address("to", to), self.config.default_region)
        urls = [check_text("media_urls[]", url) for url in _as_list("media_urls", media_urls)]
        if messaging_service_sid is not None:
            check_sid("messaging_service_sid", messaging_service_sid, MESSAGING_SERVICE_PREFIX)
        if from_ is None and messaging_service_sid is None:
            raise InvalidArgument("a message needs from_ or messaging_service_sid")
        if body is not None:
            check_text("body", body, allow_empty=True)
        if not body and not urls and params.get("ContentSid") is None:
            raise InvalidArgument("a message needs a body, media_urls or a ContentSid")
        return self.create(
            From=from_,
            To=to,
            Body=body,
            MediaUrl=urls or None,
            MessagingServiceSid=messaging_service_sid,
            **params,
        )

    def create(self, /, **params: ParamValue) -> Operation[Message]:
        """Create a message from Twilio's own parameter names (``To``, ``From``, ``Body``…).

        Prefer :meth:`send_message`; this is the Go library's ``Create``.

        ``To`` takes a phone number or a channel address, as in :meth:`send_message`.

        Raises:
            InvalidArgument: ``To`` is missing, ``To``/``From`` is not a valid address, or
                ``To`` is a short code or an alphanumeric sender ID (senders only).
        """
        form = dict(params)
        region = self.config.default_region
        if form.get("To") is None:
            raise InvalidArgument("a message needs a To address")
        form["To"] = normalize_recipient(_address("to", form["To"]), region, name="To")
        if form.get("From") is not None:
            form["From"] = normalize_address(_address("from_", form["From"]), region)
        return self._post(self._path(), form)

    def update(self, /, sid: str, **params: ParamValue) -> Operation[Message]:
        """Update a message with Twilio's parameters (``Body``, ``Status``).

        Raises:
            InvalidArgument: ``sid`` is malformed or a parameter cannot be encoded.
        """
        return self._update_record(sid, params)

    def redact(self, /, sid: str) -> Operation[Message]:
        """Erase the body of a sent message (sets ``Body`` to the empty string)."""
        return self.update(sid, Body="")

    def cancel(self, /, sid: str) -> Operation[Message]:
        """Cancel a scheduled message that has not been sent yet."""
        return self.update(sid, Status="canceled")

    def get_page(
        self,
        /,
        *,
        to: str | None = None,
        from_: str | None = None,
        date_sent: date | datetime | None = None,
        date_sent_after: date | datetime | None = None,
        date_sent_before: date | datetime | None = None,
        page_size: int | None = None,
        **params: ParamValue,
    ) -> Operation[Page[Message]]:
        """List messages, newest first, one page per operation.

        Args:
            to: Only messages to this address.
            from_: Only messages from this address.
            date_sent: Only messages sent on this date (a date, or an aware datetime).
            date_sent_after: Only messages sent after this (``DateSent>``).
            date_sent_before: Only messages sent before this (``DateSent<``).
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            **params: Any other filter, by Twilio's name.

        Raises:
            InvalidArgument: a filter is malformed (a naive datetime, a bad number, a page
                size outside 1..1000).
        """
        region = self.config.default_region
        query: dict[str, ParamValue] = {
            "To": normalize_address(to, region) if to is not None else None,
            "From": normalize_address(from_, region) if from_ is not None else None,
            "DateSent": date_sent,
            "DateSent>": date_sent_after,
            "DateSent<": date_sent_before,
            "PageSize": check_page_size(page_size),
            **params,
        }
        return self._first_page(query)

    def create_feedback(
        self, /, sid: str, outcome: FeedbackOutcome | str = FeedbackOutcome.CONFIRMED
    ) -> Operation[MessageFeedback]:
        """Report whether a message's recipient did what it asked (``confirmed``) or not.

        Only messages sent with ``ProvideFeedback=true`` take feedback.

        Raises:
            InvalidArgument: ``sid`` is malformed or ``outcome`` is unknown.
        """
        return create_feedback(self.config, sid, outcome)

    def get_media_urls(self, /, sid: str) -> Job[list[str]]:
        """List the URLs of a message's media content, fetched concurrently.

        See :func:`twilio_sansio.core.resources.media.media_urls_job`.

        Raises:
            InvalidArgument: ``sid`` is malformed.
        """
        self._check_own_sid(sid)
        return media_urls_job(self.config, sid)

    def get_page_in_range(
        self,
        /,
        start: datetime,
        end: datetime,
        *,
        to: str | None = None,
        from_: str | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        **params: ParamValue,
    ) -> RangePages[Message]:
        """List the messages sent in ``[start, end)``, newest first, page by page.

        A message's time is ``date_sent``, else ``date_created``. Twilio's day-granular
        ``DateSent>``/``DateSent<`` filters narrow the search; messages outside the range
        are dropped from the pages, and paging stops at most one page past the range.

        Args:
            start: The first instant (inclusive), timezone-aware.
            end: The end (exclusive), timezone-aware.
            to: Only messages to this address.
            from_: Only messages from this address.
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            cursor: Resume from a saved cursor (``iterator.pages.cursor``) of this range
                listing instead of its first page; the filters travel in the cursor, so
                the other arguments are checked but not sent again.
            **params: Any other filter, by Twilio's name.

        Raises:
            InvalidArgument: a naive datetime, ``start > end``, a malformed filter, or a
                cursor that is not a page of this listing on the product's host.
        """
        window = date_filters(start, end, after_key="DateSent>", before_key="DateSent<")
        first = self.get_page(
            to=to,
            from_=from_,
            date_sent_after=window["DateSent>"],
            date_sent_before=window.get("DateSent<"),
            page_size=page_size,
            **twilio_params(params),
        )
        if cursor is not None:
            first = self.lister.at(cursor, self._path())
        return RangePages(first, RangeFilter(start, end, message_time))


def _address(name: str, value: ParamValue) -> str:
    if not isinstance(value, str):
        raise InvalidArgument(f"{name} must be a string, not {type(value).__name__}")
    return value


def _as_list(name: str, values: Iterable[str]) -> list[str]:
    if isinstance(values, str | bytes):
        raise InvalidArgument(f"{name} must be a list of URLs, not a single string")
    if not isinstance(values, Iterable) or isinstance(values, Mapping):
        raise InvalidArgument(f"{name} must be a list of URLs, not {type(values).__name__}")
    return list(values)
