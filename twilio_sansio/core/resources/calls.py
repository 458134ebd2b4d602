"""Calls (API 2010): the model and every operation on ``/Accounts/{sid}/Calls``."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from twilio_sansio.core.encoding import ParamValue, twilio_params
from twilio_sansio.core.enums import OpenStrEnum
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.model import (
    Choice,
    Duration,
    Field,
    Object,
    PriceField,
    Record,
    Sid,
    Text,
    Timestamp,
)
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Page
from twilio_sansio.core.phone import normalize_address
from twilio_sansio.core.resources._listing import DeletableOperations
from twilio_sansio.core.time_range import RangeFilter, RangePages, call_time, date_filters
from twilio_sansio.core.times import parse_duration
from twilio_sansio.core.validation import check_page_size, check_sid, check_text

CALL_SID_PREFIX = "CA"
APPLICATION_SID_PREFIX = "AP"
ENDED_STATUSES = frozenset({"completed", "canceled", "failed", "busy", "no-answer"})
UNSUCCESSFUL_STATUSES = ENDED_STATUSES - {"completed"}


class CallStatus(OpenStrEnum):
    """Where a call is in its life; values Twilio adds later are kept as they come."""

    QUEUED = "queued"
    RINGING = "ringing"
    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"
    BUSY = "busy"
    FAILED = "failed"
    NO_ANSWER = "no-answer"
    CANCELED = "canceled"


def _milliseconds(value: object) -> timedelta | None:
    seconds = parse_duration(value)
    return None if seconds is None else seconds / 1000


class Call(Record):
    """A phone, SIP or client call (``CA…``), as Twilio reports it.

    ``duration`` is None until the call has ended (and stays None for calls that were
    never answered); ``queue_time`` is how long the call waited before it was placed.
    """

    __slots__ = ()

    sid = Sid()
    account_sid = Text()
    parent_call_sid = Text()
    phone_number_sid = Text()
    group_sid = Text()
    trunk_sid = Text()
    to = Text()
    to_formatted = Text()
    from_ = Text("from")
    from_formatted = Text()
    forwarded_from = Text()
    caller_name = Text()
    status = Choice(CallStatus)
    direction = Text()
    answered_by = Text()
    start_time = Timestamp()
    end_time = Timestamp()
    duration = Duration()
    queue_time = Field(_milliseconds)
    price = PriceField()
    price_unit = Text()
    date_created = Timestamp()
    date_updated = Timestamp()
    api_version = Text()
    uri = Text()
    subresource_uris = Object()

    @property
    def ended(self) -> bool:
        """Whether the call reached a status it will not leave (completed, canceled, ...)."""
        status = self._raw.get("status")
        return isinstance(status, str) and status in ENDED_STATUSES

    @property
    def ended_unsuccessfully(self) -> bool:
        """Whether the call ended without being completed (canceled, failed, busy, no-answer)."""
        status = self._raw.get("status")
        return isinstance(status, str) and status in UNSUCCESSFUL_STATUSES


class CallOperations(DeletableOperations["CallOperations", Call]):
    """Builds every operation on Calls; the clients bind these to the network.

    ``delete`` removes a call's record from the account's logs.
    """

    __slots__ = ()

    model = Call
    list_key = "calls"
    path = "Calls"
    sid_name = "call_sid"
    sid_prefixes = (CALL_SID_PREFIX,)

    def make_call(
        self,
        /,
        from_: str,
        to: str,
        url: str | None = None,
        *,
        twiml: str | None = None,
        application_sid: str | None = None,
        **params: ParamValue,
    ) -> Operation[Call]:
        """Place an outbound call, answered by a TwiML URL, inline TwiML or an Application.

        Args:
            from_: The caller ID: a Twilio or verified number, or a client identifier.
            to: Who to call: a phone number (checked and written in E.164),
                ``client:alice`` or ``sip:alice@example.com``.
            url: The URL that returns the TwiML instructions for the call (``Url``).
            twiml: TwiML instructions to run instead of fetching a URL (``Twiml``).
            application_sid: An Application (``AP…``) whose voice URL handles the call
                (``ApplicationSid``).
            **params: Any other parameter, by Twilio's name (``StatusCallback=...``,
                ``Record=True``, ``Timeout=30``...).

        Returns:
            The operation that creates the call and parses the new :class:`Call`.

        Raises:
            InvalidArgument: not exactly one of ``url``, ``twiml`` and
                ``application_sid`` is given (also counting ``Url``, ``Twiml`` and
                ``ApplicationSid`` in ``params``), or an address or SID is malformed.
        """
        for name in ("From", "To"):
            if name in params:
                raise InvalidArgument(f"{name} is given twice, as an argument and in params")
        choices: dict[str, ParamValue] = {}
        for name, value in (("Url", url), ("Twiml", twiml), ("ApplicationSid", application_sid)):
            passed = params.pop(name, None)
            if value is not None and passed is not None:
                raise InvalidArgument(f"{name} is given twice, as an argument and in params")
            choice = value if value is not None else passed
            if choice is not None:
                choices[name] = choice
        if len(choices) != 1:
            found = ", ".join(choices) or "none"
            raise InvalidArgument(
                f"a call needs exactly one of url, twiml or application_sid (got {found})"
            )
        ((name, choice),) = choices.items()
        if name == "ApplicationSid":
            check_sid("application_sid", choice, APPLICATION_SID_PREFIX)
        else:
            check_text(name.lower(), choice)
        return self.create(From=from_, To=to, **choices, **params)

    def create(self, /, **params: ParamValue) -> Operation[Call]:
        """Create a call from Twilio's own parameter names (``To``, ``From``, ``Url``...).

        Prefer :meth:`make_call`; this is the Go library's ``Create``.

        Raises:
            InvalidArgument: ``To`` or ``From`` is missing or not a valid address.
        """
        form = dict(params)
        region = self.config.default_region
        for key in ("To", "From"):
            value = form.get(key)
            if value is None:
                raise InvalidArgument(f"a call needs a {key} address")
            if not isinstance(value, str):
                raise InvalidArgument(f"{key} must be a string, not {type(value).__name__}")
            form[key] = normalize_address(value, region)
        return self._post(self._path(), form)

    def update(self, /, sid: str, **params: ParamValue) -> Operation[Call]:
        """Change a live call with Twilio's parameters (``Url``, ``Twiml``, ``Status``...).

        Raises:
            InvalidArgument: ``sid`` is malformed or a parameter cannot be encoded.
        """
        return self._update_record(sid, params)

    def cancel(self, /, sid: str) -> Operation[Call]:
        """Cancel a call that is queued or ringing (``Status=canceled``).

        Twilio leaves a call that is already in progress alone; use :meth:`hangup`.

        Raises:
            InvalidArgument: ``sid`` is malformed.
        """
        return self.update(sid, Status=CallStatus.CANCELED)

    def hangup(self, /, sid: str) -> Operation[Call]:
        """End a call, in progress or not (``Status=completed``).

        Raises:
            InvalidArgument: ``sid`` is malformed.
        """
        return self.update(sid, Status=CallStatus.COMPLETED)

    def redirect(self, /, sid: str, url: str) -> Operation[Call]:
        """Send a live call to new TwiML fetched from ``url`` (``Url``).

        Raises:
            InvalidArgument: ``sid`` is malformed or ``url`` is empty.
        """
        return self.update(sid, Url=check_text("url", url))

    def get_page(
        self,
        /,
        *,
        to: str | None = None,
        from_: str | None = None,
        status: CallStatus | str | None = None,
        parent_call_sid: str | None = None,
        start_time: date | datetime | None = None,
        start_time_after: date | datetime | None = None,
        start_time_before: date | datetime | None = None,
        end_time: date | datetime | None = None,
        end_time_after: date | datetime | None = None,
        end_time_before: date | datetime | None = None,
        page_size: int | None = None,
        **params: ParamValue,
    ) -> Operation[Page[Call]]:
        """List calls, newest first, one page per operation.

        Args:
            to: Only calls to this address.
            from_: Only calls from this address.
            status: Only calls in this status.
            parent_call_sid: Only the child calls of this call (``CA…``).
            start_time: Only calls that started on this date (a date, or an aware
                datetime).
            start_time_after: Only calls that started after this (``StartTime>``).
            start_time_before: Only calls that started before this (``StartTime<``).
            end_time: Only calls that ended on this date.
            end_time_after: Only calls that ended after this (``EndTime>``).
            end_time_before: Only calls that ended before this (``EndTime<``).
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            **params: Any other filter, by Twilio's name.

        Returns:
            The operation that fetches the first page.

        Raises:
            InvalidArgument: a filter is malformed (a bad number or SID, a naive
                datetime, a page size outside 1..1000).
        """
        region = self.config.default_region
        if parent_call_sid is not None:
            check_sid("parent_call_sid", parent_call_sid, CALL_SID_PREFIX)
        if status is not None:
            check_text("status", status)
        query: dict[str, ParamValue] = {
            "To": normalize_address(to, region) if to is not None else None,
            "From": normalize_address(from_, region) if from_ is not None else None,
            "Status": status,
            "ParentCallSid": parent_call_sid,
            "StartTime": start_time,
            "StartTime>": start_time_after,
            "StartTime<": start_time_before,
            "EndTime": end_time,
            "EndTime>": end_time_after,
            "EndTime<": end_time_before,
            "PageSize": check_page_size(page_size),
            **params,
        }
        return self._first_page(query)

    def get_page_in_range(
        self,
        /,
        start: datetime,
        end: datetime,
        *,
        to: str | None = None,
        from_: str | None = None,
        status: CallStatus | str | None = None,
        parent_call_sid: str | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        **params: ParamValue,
    ) -> RangePages[Call]:
        """List the calls that started in ``[start, end)``, newest first, page by page.

        A call's time is ``start_time``, else ``date_created``. Twilio's day-granular
        ``StartTime>``/``StartTime<`` filters narrow the search; calls outside the range
        are dropped from the pages, and paging stops at most one page past the range.

        Args:
            start: The first instant (inclusive), timezone-aware.
            end: The end (exclusive), timezone-aware.
            to: Only calls to this address.
            from_: Only calls from this address.
            status: Only calls in this status.
            parent_call_sid: Only calls created by this call.
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            cursor: Resume from a saved cursor (``iterator.pages.cursor``) of this range
                listing instead of its first page; the filters travel in the cursor, so
                the other arguments are checked but not sent again.
            **params: Any other filter, by Twilio's name.

        Raises:
            InvalidArgument: a naive datetime, ``start > end``, a malformed filter, or a
                cursor that is not a page of this listing on the product's host.
        """
        window = date_filters(start, end, after_key="StartTime>", before_key="StartTime<")
        first = self.get_page(
            to=to,
            from_=from_,
            status=status,
            parent_call_sid=parent_call_sid,
            start_time_after=window["StartTime>"],
            start_time_before=window.get("StartTime<"),
            page_size=page_size,
            **twilio_params(params),
        )
        if cursor is not None:
            first = self.lister.at(cursor, self._path())
        return RangePages(first, RangeFilter(start, end, call_time))
