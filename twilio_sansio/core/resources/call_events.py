"""What happened on a call (API 2010): its events and its notifications.

- Events (``/Calls/{CallSid}/Events``): each request Twilio made to the call's webhooks
  and the answer it got; they can only be listed.
- Notifications (``/Calls/{CallSid}/Notifications``): the errors and warnings Twilio
  logged for the call; listed, or fetched one at a time with the exchange in full.
"""

from __future__ import annotations

from datetime import date, datetime

from twilio_sansio.core.encoding import ParamValue
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.model import Integer, Object, Record, Sid, Text, Timestamp
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Page
from twilio_sansio.core.resources._listing import ListingOperations, dated_query, page_query
from twilio_sansio.core.validation import check_page_size

NOTIFICATION_SID_PREFIX = "NO"
LOG_ERROR = 0
LOG_WARNING = 1


class CallEvent(Record):
    """One request Twilio made for a call and the response it received.

    Attributes:
        request: What Twilio sent (method, URL, parameters), as Twilio reports it.
        response: What came back (status, headers, body, timings), as Twilio reports it.
    """

    __slots__ = ()

    request = Object()
    response = Object()


class CallNotification(Record):
    """An error or warning (``NO…``) Twilio logged for a call.

    The fields ``request_variables``, ``response_body`` and ``response_headers`` are
    only sent when one notification is fetched; in a listing they are None.
    """

    __slots__ = ()

    sid = Sid()
    account_sid = Text()
    call_sid = Text()
    log = Integer()
    error_code = Integer()
    message_text = Text()
    message_date = Timestamp()
    more_info = Text()
    request_method = Text()
    request_url = Text()
    request_variables = Text()
    response_body = Text()
    response_headers = Text()
    date_created = Timestamp()
    date_updated = Timestamp()
    api_version = Text()
    uri = Text()

    @property
    def is_error(self) -> bool:
        """Whether Twilio logged this as an error (``log`` 0) rather than a warning."""
        return self.log == LOG_ERROR


class CallEventOperations(ListingOperations["CallEventOperations", CallEvent]):
    """Builds the operations on the events of a call."""

    __slots__ = ()

    model = CallEvent
    list_key = "events"
    path = "Calls/{}/Events"
    parent_name = "call_sid"
    parent_prefixes = ("CA",)

    def get_page(
        self,
        /,
        call_sid: str,
        *,
        page_size: int | None = None,
        **params: ParamValue,
    ) -> Operation[Page[CallEvent]]:
        """List the events of a call, one page per operation.

        Args:
            call_sid: The call (``CA…``).
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            **params: Any other parameter, by Twilio's name.

        Returns:
            The operation that fetches the first page.

        Raises:
            InvalidArgument: the SID or the page size is malformed.
        """
        self._check_parent_sid(call_sid)
        return self._first_page(page_query(page_size, params), call_sid)


class CallNotificationOperations(ListingOperations["CallNotificationOperations", CallNotification]):
    """Builds the operations on the notifications of a call."""

    __slots__ = ()

    model = CallNotification
    list_key = "notifications"
    path = "Calls/{}/Notifications"
    sid_name = "notification_sid"
    sid_prefixes = (NOTIFICATION_SID_PREFIX,)
    parent_name = "call_sid"
    parent_prefixes = ("CA",)

    def get(self, /, call_sid: str, sid: str) -> Operation[CallNotification]:
        """Fetch one notification of a call, with the request and response it is about.

        Raises:
            InvalidArgument: a SID is malformed.
        """
        return self._get_item(call_sid, sid)

    def get_page(
        self,
        /,
        call_sid: str,
        *,
        log: int | None = None,
        message_date: date | datetime | None = None,
        message_date_after: date | datetime | None = None,
        message_date_before: date | datetime | None = None,
        page_size: int | None = None,
        **params: ParamValue,
    ) -> Operation[Page[CallNotification]]:
        """List the notifications of a call, one page per operation.

        Args:
            call_sid: The call (``CA…``).
            log: Only errors (:data:`LOG_ERROR`, 0) or only warnings
                (:data:`LOG_WARNING`, 1).
            message_date: Only notifications logged on this date.
            message_date_after: Only notifications logged after this (``MessageDate>``).
            message_date_before: Only notifications logged before this (``MessageDate<``).
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            **params: Any other filter, by Twilio's name.

        Returns:
            The operation that fetches the first page.

        Raises:
            InvalidArgument: the SID or a filter is malformed.
        """
        self._check_parent_sid(call_sid)
        if log is not None and (isinstance(log, bool) or not isinstance(log, int)):
            raise InvalidArgument(f"log must be an int (0 or 1), not {type(log).__name__}")
        query: dict[str, ParamValue] = {
            "Log": log,
            **dated_query("MessageDate", message_date, message_date_after, message_date_before),
            "PageSize": check_page_size(page_size),
            **params,
        }
        return self._first_page(query, call_sid)
