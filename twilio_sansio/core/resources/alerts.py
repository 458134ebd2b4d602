"""Alerts (Monitor v1): the model and the operations on ``/v1/Alerts``.

An alert (``NO…``) is an error or warning Twilio logged for the account, such as a
webhook that failed. Monitor is one of the newer APIs: it is served by the
``"monitor"`` product (``https://monitor.twilio.com``), its pages carry a ``meta``
object with absolute page URLs, and its timestamps are ISO 8601.
"""

from __future__ import annotations

from datetime import date, datetime

from twilio_sansio.core.encoding import ParamValue, twilio_params
from twilio_sansio.core.enums import OpenStrEnum
from twilio_sansio.core.model import Choice, Integer, Record, Sid, Text, Timestamp
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Page
from twilio_sansio.core.resources._listing import RecordOperations
from twilio_sansio.core.time_range import RangeFilter, RangePages, alert_time, instant_filters
from twilio_sansio.core.validation import check_page_size, check_text

PRODUCT = "monitor"
ALERTS_PATH = "/v1/Alerts"
ALERT_SID_PREFIX = "NO"


class AlertLogLevel(OpenStrEnum):
    """How serious an alert is."""

    ERROR = "error"
    WARNING = "warning"
    NOTICE = "notice"
    DEBUG = "debug"


class AlertRequestMethod(OpenStrEnum):
    """The HTTP method of the request that raised the alert."""

    GET = "GET"
    POST = "POST"


class Alert(Record):
    """An error or warning (``NO…``) Twilio logged for the account.

    Pages of alerts leave out the request and response details (``request_variables``,
    ``request_headers``, ``response_body``, ``response_headers``): fetch one alert with
    ``get`` for those.
    """

    __slots__ = ()

    sid = Sid()
    account_sid = Text()
    service_sid = Text()
    resource_sid = Text()
    log_level = Choice(AlertLogLevel)
    error_code = Integer()
    alert_text = Text()
    more_info = Text()
    request_method = Choice(AlertRequestMethod)
    request_url = Text()
    request_variables = Text()
    request_headers = Text()
    response_body = Text()
    response_headers = Text()
    date_generated = Timestamp()
    date_created = Timestamp()
    date_updated = Timestamp()
    api_version = Text()
    url = Text()


class AlertOperations(RecordOperations["AlertOperations", Alert]):
    """Builds the operations on the account's alerts (Monitor v1).

    Fetching one alert with ``get`` gives the request and response that raised it.
    """

    __slots__ = ()

    model = Alert
    list_key = "alerts"
    path = ALERTS_PATH
    product = PRODUCT
    sid_name = "alert_sid"
    sid_prefixes = (ALERT_SID_PREFIX,)

    def get_page(
        self,
        /,
        *,
        log_level: AlertLogLevel | str | None = None,
        start_date: date | datetime | None = None,
        end_date: date | datetime | None = None,
        page_size: int | None = None,
        **params: ParamValue,
    ) -> Operation[Page[Alert]]:
        """List the account's alerts, newest first, one page per operation.

        Twilio keeps alerts for 30 days.

        Args:
            log_level: Only alerts of this level (``"error"``, ``"warning"``,
                ``"notice"``, ``"debug"``).
            start_date: Only alerts from this time on (``StartDate``): a date, or an aware
                datetime.
            end_date: Only alerts up to this time (``EndDate``): a date, or an aware
                datetime.
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            **params: Any other filter, by Twilio's name.

        Returns:
            The operation that fetches the first page.

        Raises:
            InvalidArgument: a filter is malformed (an empty level, a naive datetime, a
                page size outside 1..1000).
        """
        if log_level is not None:
            check_text("log_level", log_level)
        query: dict[str, ParamValue] = {
            "LogLevel": log_level,
            "StartDate": start_date,
            "EndDate": end_date,
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
        log_level: AlertLogLevel | str | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        **params: ParamValue,
    ) -> RangePages[Alert]:
        """List the alerts created in ``[start, end)``, newest first, page by page.

        Monitor's ``StartDate``/``EndDate`` filters (to the second) narrow the search;
        alerts outside the range are dropped from the pages, and paging stops at most one
        page past the range.

        Args:
            start: The first instant (inclusive), timezone-aware.
            end: The end (exclusive), timezone-aware.
            log_level: Only alerts of this level.
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            cursor: Resume from a saved cursor (``iterator.pages.cursor``) of this range
                listing instead of its first page; the filters travel in the cursor, so
                the other arguments are checked but not sent again.
            **params: Any other filter, by Twilio's name.

        Raises:
            InvalidArgument: a naive datetime, ``start > end``, a malformed filter, or a
                cursor that is not a page of this listing on the product's host.
        """
        window = instant_filters(start, end, after_key="StartDate", before_key="EndDate")
        first = self.get_page(
            log_level=log_level,
            start_date=window["StartDate"],
            end_date=window.get("EndDate"),
            page_size=page_size,
            **twilio_params(params),
        )
        if cursor is not None:
            first = self.lister.at(cursor, self._path())
        return RangePages(first, RangeFilter(start, end, alert_time))
