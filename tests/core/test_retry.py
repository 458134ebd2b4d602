"""The retry policy: every rule of ``decide``, every Retry-After form, ``retry_job`` driven
by hand, and properties over any sequence of outcomes under a simulated clock."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import attrs
import pytest
from hypothesis import given, strategies as st

from twilio_sansio.core._value import replace
from twilio_sansio.core.errors import (
    ConnectError,
    DeadlineExceeded,
    InvalidArgument,
    ResponseTooLarge,
    TransportError,
)
from twilio_sansio.core.http import Request, Response
from twilio_sansio.core.retry import (
    IDEMPOTENT_METHODS,
    GiveUp,
    Outcome,
    Retry,
    RetryDecision,
    RetryPolicy,
    parse_retry_after,
    retry_job,
)
from twilio_sansio.core.steps import Attempt, Job, Moment, Now, Sleep, Step

URL = "https://api.twilio.com/2010-04-01/Accounts/AC00/Messages.json"
POST = Request("POST", URL, [("authorization", "Basic x")], b"To=%2B1&Body=hi")
GET = Request("GET", URL)
# 1994-11-06 08:49:37 UTC, the RFC's example date.
RFC_DATE = datetime(1994, 11, 6, 8, 49, 37, tzinfo=UTC).timestamp()
NOW_2024 = datetime(2024, 3, 4, 10, 20, 30, tzinfo=UTC).timestamp()

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
LONG_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def fixed(value: float) -> Callable[[], float]:
    """A random source that always draws ``value``."""
    return lambda: value


def policy(draw: float = 1.0, **options: Any) -> RetryPolicy:
    """A policy whose jitter always draws ``draw`` (1.0: the full backoff)."""
    return RetryPolicy(random=fixed(draw), **options)


def request(method: str) -> Request:
    return Request(method, URL)


def too_many(retry_after: str | None = None) -> Response:
    headers = [] if retry_after is None else [("Retry-After", retry_after)]
    return Response(429, headers, b'{"code": 20429, "message": "Too Many Requests"}')


def decide(
    outcome: Outcome,
    *,
    method: str = "GET",
    attempt: int = 1,
    time_left: float | None = None,
    now: float = NOW_2024,
    retry: RetryPolicy | None = None,
) -> RetryDecision:
    chosen = retry if retry is not None else policy()
    return chosen.decide(request(method), attempt, outcome, time_left=time_left, now=now)


def retried(decision: RetryDecision) -> Retry:
    assert isinstance(decision, Retry), f"expected a Retry, got {decision!r}"
    return decision


def given_up(decision: RetryDecision) -> GiveUp:
    assert isinstance(decision, GiveUp), f"expected a GiveUp, got {decision!r}"
    return decision


def imf_fixdate(when: datetime) -> str:
    return (
        f"{DAYS[when.weekday()]}, {when.day:02d} {MONTHS[when.month - 1]} {when.year:04d} "
        f"{when:%H:%M:%S} GMT"
    )


def rfc850_date(when: datetime) -> str:
    return (
        f"{LONG_DAYS[when.weekday()]}, {when.day:02d}-{MONTHS[when.month - 1]}-"
        f"{when.year % 100:02d} {when:%H:%M:%S} GMT"
    )


def asctime_date(when: datetime) -> str:
    return (
        f"{DAYS[when.weekday()]} {MONTHS[when.month - 1]} {when.day:2d} {when:%H:%M:%S} "
        f"{when.year:04d}"
    )


# RetryPolicy: construction


def test_the_defaults() -> None:
    retry = RetryPolicy()
    assert (retry.max_attempts, retry.backoff_base, retry.backoff_cap) == (3, 0.5, 8.0)
    assert retry.max_retry_after == 60.0


def test_none_never_retries() -> None:
    retry = RetryPolicy.none()
    assert retry.max_attempts == 1
    assert isinstance(decide(too_many(), method="GET", retry=retry), GiveUp)
    assert isinstance(decide(ConnectError("refused"), retry=retry), GiveUp)


def test_the_random_source_is_not_part_of_equality_or_the_repr() -> None:
    assert RetryPolicy(random=fixed(0.1)) == RetryPolicy(random=fixed(0.9))
    assert "random" not in repr(RetryPolicy(random=fixed(0.1)))
    assert RetryPolicy(max_attempts=4) != RetryPolicy()


def test_a_policy_is_frozen() -> None:
    with pytest.raises(AttributeError, match="immutable"):
        RetryPolicy().max_attempts = 5  # type: ignore[misc]


def test_whole_seconds_are_accepted_as_ints() -> None:
    retry = RetryPolicy(backoff_base=1, backoff_cap=10, max_retry_after=30)
    assert retry.backoff_base == 1.0
    assert isinstance(retry.backoff_base, float)
    assert retry.max_retry_after == 30.0


def test_max_retry_after_may_be_unlimited() -> None:
    assert RetryPolicy(max_retry_after=None).max_retry_after is None


@pytest.mark.parametrize("value", [0, -1, 1.5, 2.0, True, "3", None])
def test_max_attempts_must_be_an_int_of_at_least_one(value: Any) -> None:
    with pytest.raises(InvalidArgument, match="max_attempts must be an int >= 1"):
        RetryPolicy(max_attempts=value)


@pytest.mark.parametrize("name", ["backoff_base", "backoff_cap", "max_retry_after"])
@pytest.mark.parametrize("value", [-0.1, -1, math.nan, math.inf, -math.inf, "1", True])
def test_seconds_must_be_finite_and_not_negative(name: str, value: Any) -> None:
    with pytest.raises(InvalidArgument, match=f"{name} must be a finite number of seconds"):
        RetryPolicy(**{name: value})


def test_invalid_argument_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="backoff_cap"):
        RetryPolicy(backoff_cap=-1.0)


def test_the_random_source_must_be_callable() -> None:
    with pytest.raises(InvalidArgument, match="random must be a callable"):
        RetryPolicy(random=0.5)  # type: ignore[arg-type]


@pytest.mark.parametrize("attempt", [0, -1])
def test_decide_refuses_an_attempt_number_below_one(attempt: int) -> None:
    with pytest.raises(InvalidArgument, match="attempt must be an int >= 1"):
        decide(too_many(), attempt=attempt)


# Backoff: full jitter


def test_the_backoff_ceiling_doubles_up_to_the_cap() -> None:
    retry = policy(1.0)
    assert [retry.backoff(n) for n in range(1, 8)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


def test_the_backoff_is_the_draw_times_the_ceiling() -> None:
    assert policy(0.25).backoff(3) == 0.25 * 2.0
    assert policy(0.0).backoff(5) == 0.0


def test_every_backoff_is_a_fresh_draw() -> None:
    draws = iter([0.1, 0.9])
    retry = RetryPolicy(random=lambda: next(draws))
    assert retry.backoff(1) == pytest.approx(0.05)
    assert retry.backoff(1) == pytest.approx(0.45)


def test_a_huge_attempt_number_neither_overflows_nor_passes_the_cap() -> None:
    retry = policy(1.0, max_attempts=10**9, backoff_base=1e300, backoff_cap=3.0)
    assert retry.backoff(10**8) == 3.0
    assert policy(1.0, backoff_cap=8.0).backoff(5000) == 8.0


@pytest.mark.parametrize(("draw", "expected"), [(math.nan, 0.0), (-2.0, 0.0), (7.0, 0.5)])
def test_a_misbehaving_random_source_is_clamped_to_the_ceiling(
    draw: float, expected: float
) -> None:
    assert policy(draw).backoff(1) == expected


def test_a_zero_base_retries_at_once() -> None:
    assert retried(decide(too_many(), retry=policy(1.0, backoff_base=0.0))).delay == 0.0


# decide: which outcomes are retried


ALL_METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]
NOT_IDEMPOTENT = ["POST", "PATCH", "CONNECT", "PURGE"]


@pytest.mark.parametrize("method", ALL_METHODS)
def test_429_is_retried_for_every_method(method: str) -> None:
    decision = retried(decide(too_many(), method=method))
    assert decision.delay == 0.5
    assert decision.reason == "429 Too Many Requests"


@pytest.mark.parametrize("code", [60202, 60203])
def test_a_429_of_a_verify_limit_no_wait_lifts_is_final(code: int) -> None:
    body = f'{{"code": {code}, "message": "Max attempts reached", "status": 429}}'.encode()
    decision = given_up(decide(Response(429, (), body), method="POST"))
    assert f"code {code}" in decision.reason


@pytest.mark.parametrize(
    "body",
    [
        b'{"code": 60212, "message": "Too many concurrent requests", "status": 429}',
        b'{"code": "60202"}',
        b"[60202]",
        b"not json",
        b'{"code": 60202, "padding": "' + b"x" * 5000 + b'"}',
    ],
)
def test_any_other_429_is_still_retried(body: bytes) -> None:
    retried(decide(Response(429, (), body), method="POST"))


@pytest.mark.parametrize("status", [500, 502, 503, 504])
@pytest.mark.parametrize("method", sorted(IDEMPOTENT_METHODS))
def test_server_errors_are_retried_for_idempotent_methods(status: int, method: str) -> None:
    decision = retried(decide(Response(status), method=method))
    assert decision.reason.startswith(str(status))


@pytest.mark.parametrize("status", [500, 502, 503, 504])
@pytest.mark.parametrize("method", NOT_IDEMPOTENT)
def test_server_errors_are_final_for_a_post(status: int, method: str) -> None:
    decision = given_up(decide(Response(status), method=method))
    assert f"{method} is not idempotent" in decision.reason


def test_the_idempotent_methods() -> None:
    assert {"GET", "DELETE", "HEAD", "OPTIONS", "PUT"} == IDEMPOTENT_METHODS


@pytest.mark.parametrize(
    "status", [0, 100, 200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 409, 501, 505, 599, 999]
)
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_any_other_status_is_final(status: int, method: str) -> None:
    decision = given_up(decide(Response(status), method=method))
    assert decision.reason.endswith("is final")
    assert decision.reason.startswith(str(status))


def test_a_final_reason_names_the_status() -> None:
    assert given_up(decide(Response(201), method="POST")).reason == "201 Created is final"
    assert given_up(decide(Response(404))).reason == "404 Not Found is final"
    assert given_up(decide(Response(799))).reason == "799 is final"


@pytest.mark.parametrize("method", ALL_METHODS)
def test_a_connect_error_is_retried_for_every_method(method: str) -> None:
    decision = retried(decide(ConnectError("connection refused"), method=method))
    assert decision.reason == "ConnectError: connection refused (nothing was sent)"


@pytest.mark.parametrize("method", ALL_METHODS)
def test_a_failure_before_sending_is_retried_for_every_method(method: str) -> None:
    error = TransportError("TLS handshake failed", request_sent=False)
    assert "nothing was sent" in retried(decide(error, method=method)).reason


@pytest.mark.parametrize("method", sorted(IDEMPOTENT_METHODS))
def test_a_failure_after_sending_is_retried_for_idempotent_methods(method: str) -> None:
    decision = retried(decide(TransportError("connection reset"), method=method))
    assert "may have been sent" in decision.reason


@pytest.mark.parametrize("method", NOT_IDEMPOTENT)
def test_a_failure_after_sending_is_final_for_a_post(method: str) -> None:
    decision = given_up(decide(TransportError("connection reset"), method=method))
    assert "not idempotent" in decision.reason


@pytest.mark.parametrize(
    "error",
    [
        DeadlineExceeded("30 s passed"),
        DeadlineExceeded("30 s passed before sending", request_sent=False),
        ResponseTooLarge("over 10 MB"),
        ResponseTooLarge("over 10 MB", request_sent=False),
    ],
)
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_deadline_and_size_errors_are_never_retried(error: TransportError, method: str) -> None:
    assert "never retried" in given_up(decide(error, method=method)).reason


@pytest.mark.parametrize(("method", "retries"), [("get", True), ("post", False), ("Put", True)])
def test_the_method_is_read_case_insensitively(method: str, retries: bool) -> None:
    assert isinstance(decide(Response(503), method=method), Retry) is retries


# decide: attempts


def test_never_more_than_max_attempts() -> None:
    retry = policy(max_attempts=3)
    assert isinstance(decide(too_many(), attempt=1, retry=retry), Retry)
    assert isinstance(decide(too_many(), attempt=2, retry=retry), Retry)
    decision = given_up(decide(too_many(), attempt=3, retry=retry))
    assert decision.reason == "429 Too Many Requests; 3 attempts made (max_attempts=3)"
    assert isinstance(decide(too_many(), attempt=4, retry=retry), GiveUp)


def test_a_final_outcome_says_so_even_on_the_last_attempt() -> None:
    assert given_up(decide(Response(200), attempt=3)).reason == "200 OK is final"


# decide: the deadline


def test_no_deadline_retries() -> None:
    assert isinstance(decide(too_many(), time_left=None), Retry)


@pytest.mark.parametrize("time_left", [0.0, -1.0, math.nan])
def test_a_passed_deadline_gives_up(time_left: float) -> None:
    decision = given_up(decide(too_many(), time_left=time_left))
    assert "deadline has passed" in decision.reason


def test_a_wait_that_would_reach_the_deadline_gives_up() -> None:
    # attempt 2 with a full draw: 1.0 s of backoff.
    assert retried(decide(too_many(), attempt=2, time_left=1.01)).delay == 1.0
    decision = given_up(decide(too_many(), attempt=2, time_left=1.0))
    assert decision.reason == (
        "429 Too Many Requests; waiting 1 s would pass the deadline (1 s left)"
    )
    assert isinstance(decide(too_many(), attempt=2, time_left=0.3), GiveUp)


def test_a_short_draw_fits_where_the_full_backoff_would_not() -> None:
    assert retried(
        decide(too_many(), attempt=4, time_left=1.0, retry=policy(0.1, max_attempts=5))
    ).delay == (pytest.approx(0.4))


# decide: Retry-After


def test_retry_after_seconds_are_honoured() -> None:
    decision = retried(decide(too_many("2"), retry=policy(0.0)))
    assert decision.delay == 2.0
    assert decision.reason == "429 Too Many Requests, Retry-After 2 s"


def test_retry_after_is_a_floor_under_the_jitter() -> None:
    # Attempt 3 with a full draw backs off 2 s: more than Retry-After 1.
    assert retried(decide(too_many("1"), attempt=3, retry=policy(1.0, max_attempts=5))).delay == (
        2.0
    )
    assert retried(decide(too_many("5"), attempt=3, retry=policy(1.0, max_attempts=5))).delay == (
        5.0
    )


def test_retry_after_zero_keeps_the_jitter() -> None:
    decision = retried(decide(too_many("0"), retry=policy(0.5)))
    assert decision.delay == 0.25
    assert decision.reason == "429 Too Many Requests, Retry-After 0 s"


def test_a_negative_retry_after_counts_as_zero() -> None:
    assert retried(decide(too_many("-30"), retry=policy(0.0))).delay == 0.0


def test_a_retry_after_date_is_read_against_now() -> None:
    decision = retried(decide(too_many("Sun, 06 Nov 1994 08:49:37 GMT"), now=RFC_DATE - 7))
    assert decision.delay == 7.0
    assert decision.reason == "429 Too Many Requests, Retry-After 7 s"


def test_a_retry_after_date_in_the_past_counts_as_zero() -> None:
    header = "Sun, 06 Nov 1994 08:49:37 GMT"
    assert retried(decide(too_many(header), now=NOW_2024, retry=policy(0.0))).delay == 0.0


def test_an_unreadable_retry_after_is_ignored_and_the_backoff_used() -> None:
    decision = retried(decide(too_many("in a moment"), retry=policy(1.0)))
    assert decision.delay == 0.5
    assert decision.reason == "429 Too Many Requests (an unreadable Retry-After ignored)"


def test_retry_after_past_the_deadline_gives_up_at_once() -> None:
    decision = given_up(decide(too_many("10"), time_left=9.5))
    assert decision.reason == (
        "429 Too Many Requests, Retry-After 10 s reaches past the deadline (9.5 s left)"
    )
    assert isinstance(decide(too_many("10"), time_left=10.0), GiveUp)
    assert isinstance(decide(too_many("10"), time_left=10.5), Retry)


def test_retry_after_longer_than_max_retry_after_gives_up() -> None:
    decision = given_up(decide(too_many("61")))
    assert decision.reason == (
        "429 Too Many Requests, Retry-After 61 s is longer than max_retry_after (60 s)"
    )
    assert retried(decide(too_many("60"))).delay == 60.0


def test_without_max_retry_after_only_the_deadline_bounds_retry_after() -> None:
    unlimited = policy(max_retry_after=None)
    assert retried(decide(too_many("3600"), retry=unlimited)).delay == 3600.0
    assert isinstance(decide(too_many("3600"), retry=unlimited, time_left=100.0), GiveUp)


def test_an_endless_retry_after_without_limits_gives_up() -> None:
    unlimited = policy(max_retry_after=None)
    decision = given_up(decide(too_many("9" * 400), retry=unlimited))
    assert "not finite" in decision.reason


def test_retry_after_on_a_503_is_honoured_for_idempotent_methods_only() -> None:
    unavailable = Response(503, [("retry-after", "4")])
    assert retried(decide(unavailable, method="GET", retry=policy(0.0))).delay == 4.0
    assert isinstance(decide(unavailable, method="POST"), GiveUp)


def test_the_first_retry_after_header_counts() -> None:
    response = Response(429, [("retry-after", "3"), ("retry-after", "50")])
    assert retried(decide(response, retry=policy(0.0))).delay == 3.0


def test_retry_after_on_a_final_response_changes_nothing() -> None:
    assert isinstance(decide(Response(400, [("retry-after", "1")])), GiveUp)


# parse_retry_after


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("0", 0.0),
        ("120", 120.0),
        ("  3 ", 3.0),
        ("007", 7.0),
        ("+4", 4.0),
        ("1.5", 1.5),
        ("2.", 2.0),
        ("-1", 0.0),
        ("-0.5", 0.0),
        ("-" + "9" * 500, 0.0),
        ("9" * 13, math.inf),
        ("0" * 40 + "5", 5.0),
    ],
)
def test_retry_after_delay_seconds(value: str, seconds: float) -> None:
    assert parse_retry_after(value, NOW_2024) == seconds


@pytest.mark.parametrize(
    "value",
    [
        "Sun, 06 Nov 1994 08:49:37 GMT",  # IMF-fixdate
        "Sunday, 06-Nov-94 08:49:37 GMT",  # obsolete RFC 850
        "Sun Nov  6 08:49:37 1994",  # asctime
        "sun, 06 nov 1994 08:49:37 gmt",
        " Sun, 06 Nov 1994 08:49:37 GMT\t",
    ],
)
def test_retry_after_http_dates_in_every_form(value: str) -> None:
    # Two-digit years resolve against now (RFC 9110): 94 is 1994 in 1994 and in 2024.
    now = datetime(1994, 11, 6, 8, 48, 37, tzinfo=UTC).timestamp()
    assert parse_retry_after(value, now) == 60.0
    assert parse_retry_after(value, NOW_2024) == 0.0


def test_a_leap_second_is_read_as_the_second_before() -> None:
    now = datetime(1994, 11, 6, 8, 48, 37, tzinfo=UTC).timestamp()
    assert parse_retry_after("Sun, 06 Nov 1994 08:49:60 GMT", now) == 82.0


def test_a_two_digit_year_more_than_fifty_years_ahead_is_in_the_past_century() -> None:
    in_2024 = NOW_2024
    # 74 is 2074 (50 years ahead), 75 is 1975.
    ahead = parse_retry_after("Tuesday, 06-Nov-74 08:49:37 GMT", in_2024)
    assert ahead == datetime(2074, 11, 6, 8, 49, 37, tzinfo=UTC).timestamp() - in_2024
    assert parse_retry_after("Wednesday, 06-Nov-75 08:49:37 GMT", in_2024) == 0.0
    next_year = datetime(2025, 3, 4, 10, 20, 30, tzinfo=UTC).timestamp()
    assert parse_retry_after("Tuesday, 04-Mar-25 10:20:30 GMT", in_2024) == next_year - in_2024


def test_a_two_digit_year_may_be_in_the_next_century() -> None:
    # In 1999, "00" is 2000, not 1900.
    in_1999 = datetime(1999, 12, 31, 23, 59, 0, tzinfo=UTC).timestamp()
    assert parse_retry_after("Saturday, 01-Jan-00 00:00:00 GMT", in_1999) == 60.0


@pytest.mark.parametrize(
    "value",
    [
        "",
        " ",
        "soon",
        "1e3",
        "0x10",
        "1,5",
        "1 2",
        "\u0661\u0662",  # Arabic-Indic digits: not DIGIT
        "inf",
        "NaN",
        "Sun, 31 Feb 2024 08:49:37 GMT",
        "Sun, 06 Nov 1994 25:49:37 GMT",
        "Sun, 06 Nov 1994 08:61:37 GMT",
        "Sun, 06 Foo 1994 08:49:37 GMT",
        "Sun, 06 Nov 0000 08:49:37 GMT",
        "Sun, 06 Nov 1994 08:49:37 PST",
        "Sun, 06 Nov 1994 08:49:37 +0000",
        "Sun, 6 Nov 1994 08:49:37 GMT",
        "Sunday, 06-Nov-1994 08:49:37 GMT",
        "Sun Nov 06 08:49:37 94",
        "2024-03-04T10:20:30Z",
    ],
)
def test_garbage_retry_after_is_not_read(value: str) -> None:
    assert parse_retry_after(value, NOW_2024) is None


@pytest.mark.parametrize("now", [math.nan, math.inf, -math.inf, 1e300, -1e300])
def test_a_two_digit_year_against_an_absurd_now_is_not_read(now: float) -> None:
    assert parse_retry_after("Sunday, 06-Nov-94 08:49:37 GMT", now) is None


@pytest.mark.parametrize("now", [math.nan, math.inf, -math.inf])
def test_a_retry_after_date_against_a_non_finite_now_is_not_read(now: float) -> None:
    assert parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now) is None
    assert parse_retry_after("12", now) == 12.0


INSTANTS = st.datetimes(
    min_value=datetime(1970, 1, 2), max_value=datetime(9998, 12, 31), timezones=st.just(UTC)
).map(lambda when: when.replace(microsecond=0))


@given(when=INSTANTS, offset=st.integers(min_value=-(10**9), max_value=10**9))
def test_every_http_date_form_reads_as_the_seconds_until_it(when: datetime, offset: int) -> None:
    now = when.timestamp() - offset
    expected = max(float(offset), 0.0)
    assert parse_retry_after(imf_fixdate(when), now) == expected
    assert parse_retry_after(asctime_date(when), now) == expected


@given(
    when=INSTANTS.filter(lambda when: 1951 <= when.year <= 9948),
    offset=st.integers(min_value=-(10**8), max_value=10**8),
)
def test_an_rfc850_date_within_fifty_years_reads_as_the_seconds_until_it(
    when: datetime, offset: int
) -> None:
    # Within a century's window of now, the two-digit year is unambiguous.
    now = when.timestamp() - offset
    assert abs(datetime.fromtimestamp(now, UTC).year - when.year) < 49
    assert parse_retry_after(rfc850_date(when), now) == max(float(offset), 0.0)


@given(seconds=st.integers(min_value=0, max_value=10**12 - 1))
def test_any_delay_seconds_reads_as_itself(seconds: int) -> None:
    assert parse_retry_after(str(seconds), NOW_2024) == float(seconds)


# retry_job, driven by hand


def exchanged(step: Step, expected: Request = POST) -> None:
    assert isinstance(step, Attempt), f"expected an Attempt, got {step!r}"
    assert step.request is expected


def finished(job: Job[Response], value: object) -> Response:
    """Send ``value`` into ``job`` and return what it returns; fail if it yields."""
    try:
        step = job.send(value)
    except StopIteration as stop:
        result = stop.value
    else:
        pytest.fail(f"the job yielded {step!r} instead of returning")
    assert isinstance(result, Response)
    return result


def test_a_success_is_returned_without_asking_the_time() -> None:
    job = retry_job(policy(), POST)
    exchanged(next(job))
    created = Response(201, body=b"{}")
    assert finished(job, created) is created


def test_a_final_error_status_is_returned_for_the_parser_to_raise() -> None:
    job = retry_job(policy(), POST)
    exchanged(next(job))
    bad = Response(400, body=b'{"code": 21211}')
    assert finished(job, bad) is bad


def test_a_429_is_waited_out_and_the_same_request_sent_again() -> None:
    job = retry_job(policy(), POST)
    exchanged(next(job))
    assert isinstance(job.send(too_many("2")), Now)
    sleep = job.send(Moment(wall_time=NOW_2024, time_left=20.0))
    assert sleep == Sleep(2.0, "429 Too Many Requests, Retry-After 2 s")
    exchanged(job.send(None))
    ok = Response(201)
    assert finished(job, ok) is ok


def test_errors_thrown_in_are_retried_when_nothing_was_sent() -> None:
    job = retry_job(policy(0.5), POST)
    exchanged(next(job))
    assert isinstance(job.throw(ConnectError("refused")), Now)
    sleep = job.send(Moment(NOW_2024, None))
    assert sleep == Sleep(0.25, "ConnectError: refused (nothing was sent)")
    exchanged(job.send(None))
    assert isinstance(job.throw(TransportError("TLS failed", request_sent=False)), Now)
    sleep = job.send(Moment(NOW_2024, None))
    assert isinstance(sleep, Sleep)
    assert sleep.seconds == 0.5  # attempt 2: ceiling 1.0, draw 0.5
    exchanged(job.send(None))
    ok = Response(201)
    assert finished(job, ok) is ok


def test_a_post_that_may_have_been_sent_is_raised_at_once() -> None:
    job = retry_job(policy(), POST)
    exchanged(next(job))
    error = TransportError("connection reset by peer")
    with pytest.raises(TransportError) as info:
        job.throw(error)
    assert info.value is error


def test_a_get_that_may_have_been_sent_is_retried() -> None:
    job = retry_job(policy(), GET)
    exchanged(next(job), GET)
    assert isinstance(job.throw(TransportError("connection reset by peer")), Now)
    assert isinstance(job.send(Moment(NOW_2024, 10.0)), Sleep)
    exchanged(job.send(None), GET)
    assert isinstance(job.send(Response(503)), Now)
    assert isinstance(job.send(Moment(NOW_2024, 10.0)), Sleep)
    exchanged(job.send(None), GET)
    ok = Response(200)
    assert finished(job, ok) is ok


def test_the_last_429_is_returned_when_attempts_run_out() -> None:
    job = retry_job(policy(max_attempts=2), POST)
    exchanged(next(job))
    assert isinstance(job.send(too_many()), Now)
    assert isinstance(job.send(Moment(NOW_2024, None)), Sleep)
    exchanged(job.send(None))
    last = too_many("1")
    assert finished(job, last) is last


def test_the_last_transport_error_is_raised_when_attempts_run_out() -> None:
    job = retry_job(policy(max_attempts=2), POST)
    exchanged(next(job))
    assert isinstance(job.throw(ConnectError("refused once")), Now)
    assert isinstance(job.send(Moment(NOW_2024, None)), Sleep)
    exchanged(job.send(None))
    error = ConnectError("refused twice")
    with pytest.raises(ConnectError) as info:
        job.throw(error)
    assert info.value is error


def test_the_429_is_returned_at_once_when_retry_after_reaches_the_deadline() -> None:
    job = retry_job(policy(), POST)
    exchanged(next(job))
    assert isinstance(job.send(too_many("30")), Now)
    response = finished(job, Moment(NOW_2024, 29.0))
    assert response.status == 429


def test_the_error_is_raised_when_the_backoff_would_pass_the_deadline() -> None:
    job = retry_job(policy(), POST)
    exchanged(next(job))
    error = ConnectError("refused")
    assert isinstance(job.throw(error), Now)
    with pytest.raises(ConnectError) as info:
        job.send(Moment(NOW_2024, 0.4))
    assert info.value is error


def test_a_deadline_thrown_into_the_sleep_ends_the_job() -> None:
    job = retry_job(policy(), POST)
    exchanged(next(job))
    job.send(too_many())
    assert isinstance(job.send(Moment(NOW_2024, None)), Sleep)
    with pytest.raises(DeadlineExceeded):
        job.throw(DeadlineExceeded("waiting would pass the deadline", request_sent=False))


def test_no_retry_policy_sends_once() -> None:
    job = retry_job(RetryPolicy.none(), POST)
    exchanged(next(job))
    assert finished(job, too_many()).status == 429
    job = retry_job(RetryPolicy.none(), GET)
    exchanged(next(job), GET)
    with pytest.raises(ConnectError):
        job.throw(ConnectError("refused"))


# Properties: any sequence of outcomes, a simulated clock


TRANSPORT_ERRORS: st.SearchStrategy[TransportError] = st.one_of(
    st.builds(ConnectError, st.just("refused")),
    st.builds(TransportError, st.just("nothing sent"), request_sent=st.just(False)),
    st.builds(TransportError, st.just("reset after sending"), request_sent=st.just(True)),
    st.builds(DeadlineExceeded, st.just("too slow"), request_sent=st.booleans()),
    st.builds(ResponseTooLarge, st.just("too big")),
)


RETRY_AFTERS = st.one_of(
    st.none(),
    st.integers(min_value=-5, max_value=100).map(str),
    st.sampled_from(["soon", "", "Sun, 06 Nov 1994 08:49:37 GMT", "1.5", "9" * 30]),
    st.text(max_size=20),
)
RESPONSES = st.builds(
    lambda status, retry_after: Response(
        status, [] if retry_after is None else [("retry-after", retry_after)]
    ),
    st.one_of(
        st.sampled_from([200, 201, 204, 400, 404, 429, 429, 429, 500, 502, 503, 504]),
        st.integers(min_value=100, max_value=599),
    ),
    RETRY_AFTERS,
)
OUTCOMES: st.SearchStrategy[Outcome] = st.one_of(RESPONSES, TRANSPORT_ERRORS)
POLICIES = st.builds(
    RetryPolicy,
    max_attempts=st.integers(min_value=1, max_value=6),
    backoff_base=st.floats(min_value=0, max_value=5),
    backoff_cap=st.floats(min_value=0, max_value=30),
    max_retry_after=st.one_of(st.none(), st.floats(min_value=0, max_value=120)),
    random=st.randoms(use_true_random=False).map(lambda rng: rng.random),
)


@attrs.define
class Run:
    """What a simulated driver saw while carrying out a retry job."""

    sent: list[Outcome] = attrs.field(factory=list)  # each attempt's outcome, in order
    sleeps: list[float] = attrs.field(factory=list)
    clock: float = 0.0  # seconds since the call started
    result: Response | TransportError | None = None


def simulate(
    retry: RetryPolicy,
    req: Request,
    outcomes: list[Outcome],
    durations: list[float],
    deadline: float | None,
) -> Run:
    """Drive ``retry_job`` as a client would, on a clock that only the simulation moves.

    Attempt ``i`` takes ``durations[i]`` seconds and ends with ``outcomes[i]``, unless the
    deadline passes first: then the driver throws DeadlineExceeded, as the clients do.
    """
    run = Run()
    job = retry_job(retry, req)
    value: Any = None
    error: BaseException | None = None
    while True:
        try:
            step = job.send(value) if error is None else job.throw(error)
        except StopIteration as stop:
            run.result = stop.value
            return run
        except TransportError as exc:
            run.result = exc
            return run
        value, error = None, None
        if isinstance(step, Attempt):
            assert step.request is req
            attempt = len(run.sent)
            assert attempt < len(outcomes), "more attempts than the policy allows"
            outcome = outcomes[attempt]
            run.clock += durations[attempt]
            if deadline is not None and run.clock >= deadline:
                run.clock = deadline
                outcome = DeadlineExceeded("the deadline passed")
            run.sent.append(outcome)
            if isinstance(outcome, TransportError):
                error = outcome
            else:
                value = outcome
        elif isinstance(step, Now):
            left = None if deadline is None else deadline - run.clock
            value = Moment(wall_time=NOW_2024 + run.clock, time_left=left)
        elif isinstance(step, Sleep):
            assert step.reason, "every retry says why"
            assert math.isfinite(step.seconds)
            assert step.seconds >= 0
            if deadline is not None:
                assert run.clock + step.seconds < deadline, "the sleep outlives the deadline"
            run.sleeps.append(step.seconds)
            run.clock += step.seconds
        else:
            pytest.fail(f"unexpected step {step!r}")


def retryable_whatever_the_method(outcome: Outcome) -> bool:
    if isinstance(outcome, Response):
        return outcome.status == 429
    if isinstance(outcome, (DeadlineExceeded, ResponseTooLarge)):
        return False
    return not outcome.request_sent


def retryable_when_idempotent(outcome: Outcome) -> bool:
    if isinstance(outcome, Response):
        return outcome.status in {429, 500, 502, 503, 504}
    return not isinstance(outcome, (DeadlineExceeded, ResponseTooLarge))


SCENARIO = {
    "retry": POLICIES,
    "outcomes": st.lists(OUTCOMES, min_size=6, max_size=6),
    "durations": st.lists(st.floats(min_value=0, max_value=10), min_size=6, max_size=6),
    "deadline": st.one_of(st.none(), st.floats(min_value=0.001, max_value=60)),
}


@given(**SCENARIO, method=st.sampled_from(["POST", "PATCH", "post"]))
def test_a_post_is_sent_again_only_after_a_429_or_a_failure_before_sending(
    retry: RetryPolicy,
    outcomes: list[Outcome],
    durations: list[float],
    deadline: float | None,
    method: str,
) -> None:
    run = simulate(retry, Request(method, URL, body=b"Body=hi"), outcomes, durations, deadline)
    for before in run.sent[:-1]:
        assert retryable_whatever_the_method(before), f"{method} re-sent after {before!r}"


@given(**SCENARIO, method=st.sampled_from(["GET", "DELETE", "PUT", "HEAD", "OPTIONS"]))
def test_an_idempotent_request_is_sent_again_only_after_a_retryable_outcome(
    retry: RetryPolicy,
    outcomes: list[Outcome],
    durations: list[float],
    deadline: float | None,
    method: str,
) -> None:
    run = simulate(retry, Request(method, URL), outcomes, durations, deadline)
    for before in run.sent[:-1]:
        assert retryable_when_idempotent(before), f"{method} re-sent after {before!r}"


@given(**SCENARIO, method=st.sampled_from(["GET", "POST"]))
def test_the_sleeps_never_outlive_the_deadline(
    retry: RetryPolicy,
    outcomes: list[Outcome],
    durations: list[float],
    deadline: float | None,
    method: str,
) -> None:
    run = simulate(retry, request(method), outcomes, durations, deadline)
    if deadline is not None:
        assert sum(run.sleeps) < deadline
        assert run.clock <= deadline


@given(**SCENARIO, method=st.sampled_from(["GET", "POST"]))
def test_attempts_never_exceed_max_attempts_and_the_last_outcome_is_the_result(
    retry: RetryPolicy,
    outcomes: list[Outcome],
    durations: list[float],
    deadline: float | None,
    method: str,
) -> None:
    run = simulate(retry, request(method), outcomes, durations, deadline)
    assert 1 <= len(run.sent) <= retry.max_attempts
    assert len(run.sleeps) == len(run.sent) - 1
    assert run.result is run.sent[-1]


@given(retry=POLICIES, outcomes=st.lists(st.just(too_many()), min_size=6, max_size=6))
def test_without_a_deadline_429s_use_every_attempt(
    retry: RetryPolicy, outcomes: list[Outcome]
) -> None:
    # A witness that the properties above have teeth: retries do happen.
    unlimited = replace(retry, max_retry_after=None)
    run = simulate(unlimited, POST, outcomes, [0.0] * 6, None)
    assert len(run.sent) == retry.max_attempts
    assert isinstance(run.result, Response)
    assert run.result.status == 429


HEADER_TEXT = st.one_of(
    st.text(max_size=40),
    st.binary(max_size=40).map(lambda raw: raw.decode("latin-1")),
    st.sampled_from(["9" * 5000, "-" + "9" * 5000, "1." + "0" * 5000, "Sun, 99 Nov 9999"]),
)


@given(
    status=st.integers(),
    headers=st.lists(st.tuples(st.sampled_from(["retry-after", "x"]), HEADER_TEXT), max_size=3),
    method=st.text(max_size=8),
    attempt=st.integers(min_value=1, max_value=10**12),
    time_left=st.one_of(st.none(), st.floats()),
    now=st.floats(),
    retry=POLICIES,
)
def test_decide_never_raises_and_every_retry_fits_the_deadline(
    status: int,
    headers: list[tuple[str, str]],
    method: str,
    attempt: int,
    time_left: float | None,
    now: float,
    retry: RetryPolicy,
) -> None:
    response = Response(status, headers)
    decision = retry.decide(Request(method, URL), attempt, response, time_left=time_left, now=now)
    assert decision.reason
    if isinstance(decision, Retry):
        assert math.isfinite(decision.delay)
        assert decision.delay >= 0
        assert time_left is None or decision.delay < time_left
        assert attempt < retry.max_attempts
        assert status in {429, 500, 502, 503, 504}
    else:
        assert isinstance(decision, GiveUp)


@given(value=HEADER_TEXT, now=st.floats())
def test_parse_retry_after_never_raises(value: str, now: float) -> None:
    seconds = parse_retry_after(value, now)
    assert seconds is None or seconds >= 0
