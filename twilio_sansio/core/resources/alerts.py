"""Alerts (Monitor v1): the model and the operations on ``/v1/Alerts``.

An alert (``NO…``) is an error or warning Twilio logged for the account, such as a
webhook that failed. Monitor is one of the newer APIs: it is served by the
``"monitor"`` product (``https://monitor.twilio.com``), its pages carry a ``meta``
object with absolute page URLs, and its timestamps are ISO 8601.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from urllib.parse import unquote_plus

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

    @property
    def description(self) -> str:
        """One sentence saying what went wrong, as twilio-go's ``Description()``.

        Built from the form-encoded ``alert_text`` by the alert's ``error_code``:

        - 11200 (HTTP retrieval failure): ``"HTTP retrieval failure: status code 405 when
          fetching TwiML"``, with the ``httpResponse`` status when the text has one;
        - 12100 (document parse failure) and 13520 (invalid ``<Say>`` text): a fixed
          sentence, since Twilio's parser message reads badly out of context;
        - 13225 and 13227 (forbidden number, no international permission): the ``Msg``
          and the ``phonenumber`` (``"Forbidden phone number +886225475050"``);
        - 14107 (reply rate limit; Twilio has sent it as 4107 too): the ``Msg``, cut
          before the word ``over`` and the date that follows it;
        - any other code: the ``Msg``, else ``"Error N: <more_info>"``.

        When the text has none of what its code needs, or cannot be decoded, or there is
        no error code, the description is ``"Unknown failure: <more_info>"``. Runs of
        white space become one space; the sentence starts with a capital and has no
        trailing period. Reading it never raises, whatever the alert holds.
        """
        raw = self._raw
        more_info = raw.get("more_info")
        return _describe(
            _error_code(raw.get("error_code")),
            _alert_fields(raw.get("alert_text")),
            more_info if isinstance(more_info, str) else "",
        )

    @property
    def status_code(self) -> int:
        """The HTTP status of the response that raised the alert, as Go's ``StatusCode()``.

        It is the ``httpResponse`` value of ``alert_text`` when that is a status (100 to
        599), else 0: there is none, it is not a number, or the text cannot be decoded.
        Reading it never raises.
        """
        fields = _alert_fields(self._raw.get("alert_text"))
        status = _integer(fields.get("httpResponse", "")) if fields else None
        return status if status is not None and 100 <= status <= 599 else 0


# Twilio's error codes with a wording of their own (https://www.twilio.com/docs/api/errors).
_HTTP_RETRIEVAL_FAILURE = 11200
_DOCUMENT_PARSE_FAILURE = 12100
_FORBIDDEN_PHONE_NUMBER = 13225
_NO_INTERNATIONAL_AUTHORIZATION = 13227
_SAY_INVALID_TEXT = 13520
_REPLY_LIMIT_EXCEEDED = 14107
# Twilio has reported 14107 as 4107 in some alerts.
_MISNUMBERED_CODES = {4107: _REPLY_LIMIT_EXCEEDED}
_FIXED_SENTENCES = {
    _DOCUMENT_PARSE_FAILURE: "Document parse failure",
    _SAY_INVALID_TEXT: "The text of the Say verb was empty or un-parsable",
}
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
# A decimal integer as Go's strconv reads one (sign, ASCII digits); 18 digits at most
# after leading zeros, which keeps int() cheap and every real code and status in range.
_INTEGER = re.compile(r"([+-]?)0*([0-9]{1,18})", re.ASCII)
_OVER = re.compile(r"\sover\s")


def _alert_fields(text: object) -> dict[str, str] | None:
    """Decode form-encoded alert text, keeping each name's first value.

    Returns None when the text is not a string or not valid form encoding (a ``%`` that
    starts no escape, or a ``;``, which Go's parser refuses as a separator).
    """
    if text is None:
        return {}
    if not isinstance(text, str):
        return None
    fields: dict[str, str] = {}
    for piece in text.split("&"):
        if not piece:
            continue
        if ";" in piece or _BAD_ESCAPE.search(piece):
            return None
        name, _, value = piece.partition("=")
        fields.setdefault(unquote_plus(name), unquote_plus(value))
    return fields


def _integer(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if not isinstance(value, str):
        return None
    match = _INTEGER.fullmatch(value)
    return int(match[1] + match[2]) if match else None


def _error_code(value: object) -> int:
    code = _integer(value) or 0
    return _MISNUMBERED_CODES.get(code, code)


def _describe(code: int, fields: dict[str, str] | None, more_info: str) -> str:
    sentence = _sentence(_by_code(code, fields, more_info) if fields is not None else "")
    if sentence:
        return sentence
    more_info = _one_line(more_info)
    return f"Unknown failure: {more_info}" if more_info else "Unknown failure"


def _by_code(code: int, fields: dict[str, str], more_info: str) -> str:
    """The description the code's rule gives, or "" to fall back to "Unknown failure"."""
    if code == 0:
        return ""
    message = fields.get("Msg", "").strip()
    if code == _HTTP_RETRIEVAL_FAILURE:
        status = fields.get("httpResponse", "").strip()
        if status:
            return f"HTTP retrieval failure: status code {status} when fetching TwiML"
        return "HTTP retrieval failure"
    if code in _FIXED_SENTENCES:
        return _FIXED_SENTENCES[code]
    if code == _REPLY_LIMIT_EXCEEDED:
        return _OVER.split(message, maxsplit=1)[0]
    if code in (_FORBIDDEN_PHONE_NUMBER, _NO_INTERNATIONAL_AUTHORIZATION):
        number = fields.get("phonenumber", "").strip()
        return f"{message} {number}" if message and number else ""
    if message:
        return message
    return f"Error {code}: {more_info}" if more_info.strip() else f"Error {code}"


def _one_line(text: str) -> str:
    """The text on one line, without a trailing period."""
    return " ".join(text.split()).rstrip(". ")


def _sentence(text: str) -> str:
    """One line, no trailing period, starting with a capital."""
    text = _one_line(text)
    return text[:1].upper() + text[1:]


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
