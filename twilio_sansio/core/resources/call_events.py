"""What happened on a call (API 2010): its events and its notifications.

- Events (``/Calls/{CallSid}/Events``): each request Twilio made to the call's webhooks
  and the answer it got; they can only be listed.
- Notifications (``/Calls/{CallSid}/Notifications``): the errors and warnings Twilio
  logged for the call; listed, or fetched one at a time with the exchange in full.
"""

from __future__ import annotations

from datetime import date, datetime

from twilio_sansio.core.config import ClientConfig
from twilio_sansio.core.encoding import ParamValue, path_segment
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.model import Integer, Object, Record, Sid, Text, Timestamp
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Lister, Page
from twilio_sansio.core.resources._build import ResourceOperations, account_path, fetch
from twilio_sansio.core.validation import check_page_size, check_sid

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


def _check_call(call_sid: object) -> None:
    check_sid("call_sid", call_sid, "CA")


def _call_path(config: ClientConfig, call_sid: str, resource: str, sid: str | None) -> str:
    call = path_segment("call_sid", call_sid)
    return account_path(config, "Calls", call, resource, sid=sid)


class CallEventOperations(ResourceOperations):
    """Builds the operations on the events of a call.

    Attributes:
        config: The caller's configuration.
    """

    __slots__ = ("lister",)

    def __init__(self, config: ClientConfig) -> None:
        super().__init__(config)
        self.lister: Lister[CallEvent] = self._lister()

    def _lister(self) -> Lister[CallEvent]:
        return Lister(self.config, "api", "events", CallEvent.from_json)

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
        _check_call(call_sid)
        query: dict[str, ParamValue] = {"PageSize": check_page_size(page_size), **params}
        return self.lister.first(_call_path(self.config, call_sid, "Events", None), query)

    def get_page_at(self, /, cursor: str) -> Operation[Page[CallEvent]]:
        """Fetch the page a saved cursor (``page.cursor``) points to.

        Raises:
            InvalidArgument: the cursor is not a page URI on the API's host.
        """
        return self.lister.at(cursor)


class CallNotificationOperations(ResourceOperations):
    """Builds the operations on the notifications of a call.

    Attributes:
        config: The caller's configuration.
    """

    __slots__ = ("lister",)

    def __init__(self, config: ClientConfig) -> None:
        super().__init__(config)
        self.lister: Lister[CallNotification] = self._lister()

    def _lister(self) -> Lister[CallNotification]:
        return Lister(self.config, "api", "notifications", CallNotification.from_json)

    def get(self, /, call_sid: str, sid: str) -> Operation[CallNotification]:
        """Fetch one notification of a call, with the request and response it is about.

        Raises:
            InvalidArgument: a SID is malformed.
        """
        _check_call(call_sid)
        check_sid("notification_sid", sid, NOTIFICATION_SID_PREFIX)
        path = _call_path(self.config, call_sid, "Notifications", sid)
        return fetch(self.config, path, CallNotification.from_json)

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
        _check_call(call_sid)
        if log is not None and (isinstance(log, bool) or not isinstance(log, int)):
            raise InvalidArgument(f"log must be an int (0 or 1), not {type(log).__name__}")
        query: dict[str, ParamValue] = {
            "Log": log,
            "MessageDate": message_date,
            "MessageDate>": message_date_after,
            "MessageDate<": message_date_before,
            "PageSize": check_page_size(page_size),
            **params,
        }
        path = _call_path(self.config, call_sid, "Notifications", None)
        return self.lister.first(path, query)

    def get_page_at(self, /, cursor: str) -> Operation[Page[CallNotification]]:
        """Fetch the page a saved cursor (``page.cursor``) points to.

        Raises:
            InvalidArgument: the cursor is not a page URI on the API's host.
        """
        return self.lister.at(cursor)
