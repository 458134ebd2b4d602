"""Alerts (Monitor v1): every operation's request, parsing, and the OpenAPI schemas."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any
from urllib.parse import quote_plus

import pytest
from hypothesis import given, strategies as st

from tests.core._support import (
    ACCOUNT,
    ROOT,
    assert_model_covers,
    json_response,
    make_config,
    meta_page,
    openapi_schemas,
)
from twilio_sansio.core.errors import InvalidArgument, UnexpectedResponseError
from twilio_sansio.core.resources.alerts import (
    Alert,
    AlertLogLevel,
    AlertOperations,
    AlertRequestMethod,
)

ALERT = "NO" + "a" * 32
CALL = "CA" + "b" * 32
SERVICE = "PN" + "c" * 32
MONITOR_BASE = "https://monitor.example.test"
ALERTS = f"{MONITOR_BASE}/v1/Alerts"

PAYLOAD: dict[str, Any] = {
    "sid": ALERT,
    "account_sid": ACCOUNT,
    "service_sid": SERVICE,
    "resource_sid": CALL,
    "log_level": "error",
    "error_code": "11200",
    "alert_text": "Msg=HTTP%20retrieval%20failure&httpResponse=502",
    "more_info": "https://help.example.test/errors/11200",
    "request_method": "POST",
    "request_url": "https://app.example.test/voice",
    "request_variables": "CallSid=CA1&From=%2B14105551234",
    "request_headers": "X-Twilio-Signature: abc",
    "response_body": "<html>Bad gateway</html>",
    "response_headers": "Content-Type: text/html",
    "date_generated": "2025-01-09T10:00:00Z",
    "date_created": "2025-01-09T10:00:01Z",
    "date_updated": "2025-01-09T10:00:02.250Z",
    "api_version": "2010-04-01",
    "url": f"{MONITOR_BASE}/v1/Alerts/{ALERT}",
}


def operations(base_url: str | dict[str, str] | None = None) -> AlertOperations:
    urls = base_url if base_url is not None else {"api": ROOT, "monitor": MONITOR_BASE}
    return AlertOperations(make_config(urls))


# get


def test_get_fetches_the_alert_from_the_monitor_host_without_json_suffix() -> None:
    request = operations().get(ALERT).request
    assert (request.method, request.url, request.body) == ("GET", f"{ALERTS}/{ALERT}", b"")


def test_get_uses_twilios_monitor_host_by_default() -> None:
    request = AlertOperations(make_config(None)).get(ALERT).request
    assert request.url == f"https://monitor.twilio.com/v1/Alerts/{ALERT}"


def test_get_parses_every_field_of_the_alert() -> None:
    alert = operations().get(ALERT).parse(json_response(PAYLOAD))
    assert alert.sid == ALERT
    assert alert.account_sid == ACCOUNT
    assert alert.service_sid == SERVICE
    assert alert.resource_sid == CALL
    assert alert.log_level is AlertLogLevel.ERROR
    assert alert.error_code == 11200
    assert alert.alert_text == PAYLOAD["alert_text"]
    assert alert.more_info == PAYLOAD["more_info"]
    assert alert.request_method is AlertRequestMethod.POST
    assert alert.request_url == "https://app.example.test/voice"
    assert alert.request_variables == PAYLOAD["request_variables"]
    assert alert.request_headers == PAYLOAD["request_headers"]
    assert alert.response_body == PAYLOAD["response_body"]
    assert alert.response_headers == PAYLOAD["response_headers"]
    assert alert.date_generated == datetime(2025, 1, 9, 10, 0, tzinfo=UTC)
    assert alert.date_created == datetime(2025, 1, 9, 10, 0, 1, tzinfo=UTC)
    assert alert.date_updated == datetime(2025, 1, 9, 10, 0, 2, 250000, tzinfo=UTC)
    assert alert.api_version == "2010-04-01"
    assert alert.url == PAYLOAD["url"]


def test_a_log_level_twilio_adds_later_is_kept() -> None:
    level = Alert.from_json({"log_level": "critical"}).log_level
    assert level == "critical"
    assert level is not None
    assert not level.is_known


# get_page and get_page_at


def test_get_page_puts_every_filter_in_the_query() -> None:
    start = datetime(2025, 1, 9, 11, 0, tzinfo=timezone(timedelta(hours=1)))
    request = (
        operations()
        .get_page(
            log_level=AlertLogLevel.WARNING,
            start_date=start,
            end_date=date(2025, 1, 10),
            page_size=20,
            PageToken="PT1",
        )
        .request
    )
    assert (request.method, request.body) == ("GET", b"")
    assert request.url == (
        f"{ALERTS}?LogLevel=warning&StartDate=2025-01-09T10%3A00%3A00Z"
        "&EndDate=2025-01-10&PageSize=20&PageToken=PT1"
    )


def test_get_page_without_filters_has_no_query() -> None:
    assert operations().get_page().request.url == ALERTS


def test_get_page_reads_a_meta_page_and_reroots_the_absolute_next_url() -> None:
    twilio_next = "https://monitor.twilio.com/v1/Alerts?PageSize=50&Page=1&PageToken=PT1"
    body = meta_page("alerts", [PAYLOAD], twilio_next, list_url=ALERTS)
    page = operations().get_page().parse(json_response(body))
    assert [a.sid for a in page.records] == [ALERT]
    assert page.records[0].log_level is AlertLogLevel.ERROR
    assert page.cursor == twilio_next
    assert page.paging["key"] == "alerts"
    following = page.next_operation()
    assert following is not None
    assert following.request.url == f"{ALERTS}?PageSize=50&Page=1&PageToken=PT1"


def test_the_last_meta_page_has_no_next_operation() -> None:
    body = meta_page("alerts", [PAYLOAD], None, list_url=ALERTS)
    page = operations().get_page().parse(json_response(body))
    assert page.cursor is None
    assert page.next_operation() is None


def test_a_next_url_on_another_host_is_never_followed() -> None:
    body = meta_page("alerts", [PAYLOAD], "https://evil.example/v1/x", list_url=ALERTS)
    page = operations().get_page().parse(json_response(body))
    with pytest.raises(UnexpectedResponseError):
        page.next_operation()


def test_get_page_at_requests_the_cursor_on_the_monitor_host() -> None:
    cursor = f"{ALERTS}?PageSize=50&Page=2&PageToken=PT2"
    request = operations().get_page_at(cursor).request
    assert (request.method, request.url) == ("GET", cursor)


def test_get_page_at_refuses_a_cursor_on_the_api_host() -> None:
    with pytest.raises(InvalidArgument):
        operations().get_page_at(f"{ROOT}/v1/Alerts?Page=2")


# invalid input


@pytest.mark.parametrize(
    "sid", ["AC" + "a" * 32, "NO" + "a" * 31, "NO" + "q" * 32, "no" + "a" * 32, "", None]
)
def test_get_refuses_a_malformed_alert_sid(sid: Any) -> None:
    with pytest.raises(InvalidArgument):
        operations().get(sid)


@pytest.mark.parametrize(
    "filters",
    [
        {"log_level": ""},
        {"log_level": 3},
        {"start_date": datetime(2025, 1, 1)},  # naive: which timezone?
        {"page_size": 0},
        {"page_size": 1001},
    ],
)
def test_get_page_refuses_malformed_filters(filters: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgument):
        operations().get_page(**filters)


# the OpenAPI document


def test_model_and_enum_cover_the_openapi_alert_schemas() -> None:
    schemas = openapi_schemas("twilio_monitor_v1.json")
    for name in ("monitor.v1.alert", "monitor.v1.alert-instance"):
        assert_model_covers(schemas, name, Alert)
        for value in schemas[name]["properties"]["request_method"]["enum"]:
            assert AlertRequestMethod(value).is_known, value


# description and status_code (twilio-go's Description() and StatusCode())

MORE_INFO = "https://www.twilio.com/docs/errors/"


def alert_of(code: object, text: object, more_info: object = None) -> Alert:
    payload: dict[str, Any] = {"sid": ALERT, "error_code": code, "alert_text": text}
    if more_info is not None:
        payload["more_info"] = more_info
    return Alert.from_json(payload)


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # Any other code: the Msg, without its trailing period.
        (
            "14101",
            "sourceComponent=14100&ErrorCode=14101&LogLevel=ERROR&Msg=The+To+number+may+"
            "not+be+the+number+that+sent+the+incoming+message.&EmailNotification=false",
            "The To number may not be the number that sent the incoming message",
        ),
        # 11200: the HTTP status of the TwiML fetch; a bare "Msg" name is no message.
        (
            "11200",
            "Msg&sourceComponent=12000&ErrorCode=11200&httpResponse=502"
            "&url=https%3A%2F%2Fapp.example.test%2Fvoice.xml&LogLevel=ERROR",
            "HTTP retrieval failure: status code 502 when fetching TwiML",
        ),
        (11200, "Msg=Timed+out", "HTTP retrieval failure"),
        # 14107, which Twilio has also sent as 4107: the Msg up to the word "over".
        (
            "4107",
            "LogLevel=ERROR&To=%2B12025550123&Msg=Reply+rate+limit+hit+replying+to+"
            "%2B14105551234+from+%2B12025550123+over+2024-05-01+09%3A30%3A00.0&ErrorCode=4107",
            "Reply rate limit hit replying to +14105551234 from +12025550123",
        ),
        (
            14107,
            "Msg=Too+many+replies+while+discovering+limits",
            "Too many replies while discovering limits",
        ),
        # 13225 and 13227: the Msg (its trailing space trimmed) and the number.
        (
            "13225",
            "phonenumber=%2B442071838750&LogLevel=WARN&Msg=forbidden+phone+number+&ErrorCode=13225",
            "Forbidden phone number +442071838750",
        ),
        (
            "13227",
            "phonenumber=%2B4930123456&LogLevel=WARN&Msg=not+authorized+to+call+&ErrorCode=13227",
            "Not authorized to call +4930123456",
        ),
        # 12100 and 13520: a fixed sentence, whatever the parser said.
        (
            "12100",
            "Msg=Error+on+line+3+of+document%3A+Content+is+not+allowed+in+prolog.",
            "Document parse failure",
        ),
        (13520, "Msg=Say%3A+empty+text", "The text of the Say verb was empty or un-parsable"),
        # No Msg: "Error N: more_info", or "Error N" without more_info.
        ("30008", "", f"Error 30008: {MORE_INFO}30008"),
    ],
)
def test_description_follows_the_rule_of_the_error_code(
    code: object, text: str, expected: str
) -> None:
    number = str(code).lstrip("0") or "0"
    assert alert_of(code, text, f"{MORE_INFO}{number}").description == expected


def test_description_without_more_info_is_error_and_the_code() -> None:
    assert alert_of("30008", "LogLevel=ERROR").description == "Error 30008"


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("13225", "Msg=forbidden+phone+number"),  # no phonenumber
        ("13227", "phonenumber=%2B4930123456"),  # no Msg
        ("14107", "LogLevel=ERROR"),  # no Msg
        (None, "Msg=Something+broke"),  # no error code
        ("", "Msg=Something+broke"),
        ("abc", "Msg=Something+broke"),  # not a code
        ("30008", "Msg=100%25+off&x=%zz"),  # a % that starts no escape
        ("30008", "Msg=a;b"),  # Go's parser refuses ";"
        ("30008", 42),  # not text at all
    ],
)
def test_description_falls_back_to_unknown_failure(code: object, text: object) -> None:
    alert = alert_of(code, text, f"{MORE_INFO}30008")
    assert alert.description == f"Unknown failure: {MORE_INFO}30008"
    assert alert_of(code, text).description == "Unknown failure"


def test_description_is_one_capitalised_line_without_a_trailing_period() -> None:
    alert = alert_of("30008", "Msg=%C3%A9chec+de%0D%0Ala++livraison+.+")
    assert alert.description == "Échec de la livraison"


def test_description_of_a_blank_msg_is_the_error_and_more_info() -> None:
    assert alert_of("30008", "Msg=+++", "u").description == "Error 30008: u"


def test_the_model_payload_describes_its_http_failure() -> None:
    alert = Alert.from_json(PAYLOAD)
    assert alert.description == "HTTP retrieval failure: status code 502 when fetching TwiML"
    assert alert.status_code == 502


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Msg&ErrorCode=11200&httpResponse=405&url=https%3A%2F%2Fa.test%2Fx", 405),
        ("httpResponse=100", 100),
        ("httpResponse=599", 599),
        ("httpResponse=%2B404", 404),  # Go's integer syntax takes a sign
        ("httpResponse=0000502", 502),
        ("httpResponse=4050", 0),  # outside 100..599
        ("httpResponse=99", 0),
        ("httpResponse=600", 0),
        ("httpResponse=-404", 0),
        ("httpResponse=", 0),
        ("httpResponse=5O2", 0),
        ("httpResponse=%EF%BC%95%EF%BC%90%EF%BC%92", 0),  # full-width digits
        ("httpResponse=502+", 0),
        ("httpResponse=" + "9" * 5000, 0),
        ("httpResponse=502&httpResponse=404", 502),  # the first value
        ("httpResponse=502&x=%zz", 0),  # undecodable text
        ("Msg=no+status", 0),
        ("", 0),
    ],
)
def test_status_code_is_the_http_response_when_it_is_a_status(text: str, status: int) -> None:
    assert alert_of("11200", text).status_code == status


def test_status_code_of_an_alert_without_text_is_zero() -> None:
    assert Alert.from_json({"sid": ALERT}).status_code == 0
    assert Alert.from_json({"sid": ALERT, "alert_text": ["x"]}).status_code == 0


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=6,
)


@given(
    code=st.one_of(JSON_VALUES, st.integers(0, 99999).map(str)),
    text=st.one_of(
        st.text(),
        st.lists(
            st.tuples(
                st.sampled_from(["Msg", "httpResponse", "phonenumber", "ErrorCode", "x"]),
                st.text(),
            ),
            max_size=4,
        ).map(lambda pairs: "&".join(f"{k}={quote_plus(v)}" for k, v in pairs)),
        JSON_VALUES,
    ),
    more_info=JSON_VALUES,
)
def test_description_and_status_code_never_raise(code: Any, text: Any, more_info: Any) -> None:
    alert = Alert.from_json({"error_code": code, "alert_text": text, "more_info": more_info})
    description = alert.description
    assert description
    assert description == description.strip()
    assert not description.endswith(".")
    assert "\n" not in description
    assert "\r" not in description
    status = alert.status_code
    assert status == 0 or 100 <= status <= 599
