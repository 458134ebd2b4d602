"""Monitor v1 alerts: the errors and warnings Twilio logged for an account (fetch, list).

Alerts live at ``/v1/Alerts`` with no account in the path: a request sees the alerts of
the account whose credentials signed it. Twilio raises alerts by itself, so tests add
them with :func:`seed_alert`. Timestamps are ISO 8601 (``2026-11-26T18:04:11Z``); a list
leaves out the request and response details that fetching one alert shows; pages carry
Monitor's ``meta`` object with absolute URLs.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from urllib.parse import urlencode

from twilio_sansio.core.http import Response
from twilio_sansio.testing.fake.listing import page_meta
from twilio_sansio.testing.fake.router import Resource
from twilio_sansio.testing.fake.store import FakeStore, Record, iso8601, public
from twilio_sansio.testing.fake.wire import Bound, Incoming, json_response, not_found

ALERTS = "alerts"
ALERTS_PATH = "/v1/Alerts"
MONITOR_ORIGIN = "https://monitor.twilio.com"
_EARLIEST = datetime.min.replace(tzinfo=UTC)
DETAIL_FIELDS = ("request_headers", "request_variables", "response_body", "response_headers")
"""What only fetching one alert shows; Twilio's lists leave these out."""


def _timestamp(value: object) -> object:
    return iso8601(value) if isinstance(value, datetime) else value


def seed_alert(store: FakeStore, account_sid: str, **fields: object) -> Record:
    """Log an alert for ``account_sid``, as Twilio would when a webhook fails.

    The defaults describe error 11200 (the ``sms_url`` answered 502) logged now.

    Args:
        store: The fake's state.
        account_sid: The account the alert belongs to.
        **fields: JSON fields to set over the defaults (``log_level="warning"``,
            ``error_code="11205"``). The ``date_*`` fields also take aware datetimes;
            ``date_generated`` and ``date_updated`` follow ``date_created`` unless given.

    Returns:
        The stored record.
    """
    sid = store.new_sid("NO")
    given = {name: _timestamp(value) for name, value in fields.items()}
    created = given.get("date_created") or iso8601(store.now())
    error_code = str(given.get("error_code", "11200"))
    request_url = str(given.get("request_url", "https://example.com/sms"))
    message_sid = store.new_sid("SM")
    record: Record = {
        "account_sid": account_sid,
        "alert_text": urlencode(
            {
                "Msg": "An attempt to retrieve content returned an HTTP 502 status",
                "sourceComponent": "14100",
                "ErrorCode": error_code,
                "httpResponse": "502",
                "url": request_url,
                "LogLevel": "ERROR",
            }
        ),
        "api_version": "2010-04-01",
        "date_created": created,
        "date_generated": created,
        "date_updated": created,
        "error_code": error_code,
        "log_level": "error",
        "more_info": f"https://www.twilio.com/docs/errors/{error_code}",
        "request_headers": "Content-Type=application%2Fx-www-form-urlencoded",
        "request_method": "POST",
        "request_url": request_url,
        "request_variables": urlencode(
            {"AccountSid": account_sid, "SmsSid": message_sid, "Body": "hello"}
        ),
        "resource_sid": message_sid,
        "response_body": "<html><body>502 Bad Gateway</body></html>",
        "response_headers": "Content-Type=text%2Fhtml",
        "service_sid": None,
        "sid": sid,
        "url": f"{MONITOR_ORIGIN}{ALERTS_PATH}/{sid}",
    }
    record.update(given)
    record["error_code"] = str(record["error_code"])
    return store.insert(ALERTS, str(record["sid"]), record)


def _with_origin(record: Record, incoming: Incoming) -> Record:
    # The alert's own URL names the host the request reached (the fake's server too).
    return {**public(record), "url": f"{incoming.origin}{ALERTS_PATH}/{record['sid']}"}


def _moment(record: Record) -> datetime | None:
    text = record.get("date_created")
    if not isinstance(text, str) or not text:
        return None
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _newest_first(incoming: Incoming) -> Iterator[tuple[str, Record]]:
    level = incoming.value("LogLevel")
    start = incoming.value("StartDate")
    end = incoming.value("EndDate")
    after = Bound.parse("StartDate", start) if start else None
    before = Bound.parse("EndDate", end) if end else None

    def matches(record: Record) -> bool:
        if record.get("account_sid") != incoming.principal:
            return False
        if level is not None and record.get("log_level") != level:
            return False
        moment = _moment(record)
        if after is not None and (moment is None or not after.at_or_after(moment)):
            return False
        return before is None or (moment is not None and before.at_or_before(moment))

    rows = list(incoming.store.newest_first(ALERTS, matches))
    # Seeded alerts may carry any time; Monitor lists by time, newest first (ties: newest
    # stored first, which the stable sort keeps).
    rows.sort(key=lambda row: _moment(row[1]) or _EARLIEST, reverse=True)
    return iter(rows)


routes = Resource(ALERTS_PATH)


@routes.route("GET", ALERTS_PATH)
def listing(incoming: Incoming) -> Response:
    """GET /v1/Alerts: newest first, filtered by LogLevel, StartDate and EndDate."""

    def render(record: Record) -> Record:
        shown = _with_origin(record, incoming)
        for name in DETAIL_FIELDS:
            shown.pop(name, None)
        return shown

    return page_meta(incoming, "alerts", _newest_first(incoming), render)


@routes.route("GET", ALERTS_PATH + "/{Sid}")
def fetch(incoming: Incoming) -> Response:
    """GET /v1/Alerts/{Sid}: one alert with the request and response that raised it."""
    record = incoming.store.get(ALERTS, incoming.params["Sid"])
    if record is None or record.get("account_sid") != incoming.principal:
        raise not_found(incoming.path)
    return json_response(200, _with_origin(record, incoming))


ROUTES = (routes,)
"""The Monitor alert routes."""
