"""When to send a request again: the retry policy as a pure decision, and the job that uses it.

Theory of operation
-------------------
After each attempt, :meth:`RetryPolicy.decide` looks at what came back (a
:class:`~twilio_sansio.core.http.Response` or a
:class:`~twilio_sansio.core.errors.TransportError`) and answers :class:`Retry` (wait
``delay`` seconds, then send again) or :class:`GiveUp` (the outcome is final: return the
response, raise the error). It reads no clock and draws no randomness of its own: the time
and the random source are arguments, so every decision can be replayed in a test.

The rules, in order:

1. Whether the outcome may be sent again at all:

   - ``429 Too Many Requests``: always. Twilio refused the request without processing it,
     whatever the method. But for the 429s whose Twilio code says a limit of the resource
     itself was reached, which no wait within a call lifts (Verify's 60202, too many
     wrong codes, and 60203, too many sends): those are final.
   - ``500``, ``502``, ``503``, ``504``, or a transport failure after the request was sent:
     only for idempotent methods (``GET``, ``DELETE``, ``HEAD``, ``OPTIONS``, ``PUT``).
     Twilio may have processed a ``POST``: sending it again could send a message twice.
   - A :class:`~twilio_sansio.core.errors.ConnectError`, or a transport error with
     ``request_sent=False``: always; no byte reached Twilio.
   - :class:`~twilio_sansio.core.errors.DeadlineExceeded` and
     :class:`~twilio_sansio.core.errors.ResponseTooLarge`: never.
   - Any other status (2xx, 3xx, 4xx but 429, other 5xx): never; the response is final.

2. Never more than ``max_attempts`` attempts in all.

3. The wait: full jitter, ``random() * min(backoff_cap, backoff_base * 2 ** (attempt - 1))``,
   but never less than a ``Retry-After`` the response carries (delta-seconds or an HTTP
   date, RFC 9110 section 10.2.3; a value that cannot be read is ignored, one in the past
   counts as 0). A ``Retry-After`` above ``max_retry_after``, or one that reaches past the
   deadline, gives up at once: the caller gets the 429 now rather than after a pointless
   wait.

4. Never a wait that outlives the call's deadline: when the wait is at least the time
   left, give up.

:func:`retry_job` wraps one request in these rules as a :mod:`~twilio_sansio.core.steps`
job, so that both clients retry the same way without holding any of the logic.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeAlias, TypeVar

from twilio_sansio.core._value import Value
from twilio_sansio.core.errors import (
    ConnectError,
    DeadlineExceeded,
    InvalidArgument,
    ResponseTooLarge,
    TransportError,
    TwilioError,
)
from twilio_sansio.core.http import Request, Response
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.steps import Attempt, Exchange, Gather, Job, Moment, Now, Sleep

__all__ = [
    "IDEMPOTENT_METHODS",
    "RETRYABLE_STATUSES",
    "GiveUp",
    "Outcome",
    "Retry",
    "RetryDecision",
    "RetryPolicy",
    "operation_under_policy",
    "parse_retry_after",
    "retry_job",
    "under_policy",
]

IDEMPOTENT_METHODS = frozenset({"GET", "DELETE", "HEAD", "OPTIONS", "PUT"})
"""Methods whose request may be sent again after Twilio may have processed it."""

RETRYABLE_STATUSES = frozenset({500, 502, 503, 504})
"""Server errors worth another attempt of an idempotent request (429 is retried always)."""

TOO_MANY_REQUESTS = 429
_FIRST_ERROR_STATUS = 400
T = TypeVar("T")

Outcome: TypeAlias = Response | TransportError
"""What one attempt ended with: a response, or the transport's error."""


def _uniform() -> float:
    """A draw in [0, 1) from :func:`random.random` (imported at the first retry)."""
    import random

    return random.random()


class Retry(Value):
    """Send the request again after waiting ``delay`` seconds.

    Attributes:
        delay: Seconds to wait first; finite, at least 0, and less than the time left
            before the deadline.
        reason: Why, for debug output and logs (``"429 Too Many Requests, Retry-After 2 s"``).
    """

    __slots__ = ("delay", "reason")
    __match_args__ = ("delay", "reason")
    _init_fields = _eq_fields = _repr_fields = __match_args__

    delay: float
    reason: str

    def __init__(self, delay: float, reason: str) -> None:
        object.__setattr__(self, "delay", delay)
        object.__setattr__(self, "reason", reason)


class GiveUp(Value):
    """Stop: the last outcome is final (return the response, or raise the error).

    Attributes:
        reason: Why, for debug output and logs (``"201 Created is final"``).
    """

    __slots__ = ("reason",)
    __match_args__ = ("reason",)
    _init_fields = _eq_fields = _repr_fields = __match_args__

    reason: str

    def __init__(self, reason: str) -> None:
        object.__setattr__(self, "reason", reason)


RetryDecision: TypeAlias = Retry | GiveUp
"""What :meth:`RetryPolicy.decide` answers."""


def _check_count(name: str, value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise InvalidArgument(f"{name} must be an int >= 1, not {value!r}")


def _check_seconds(name: str, value: object) -> None:
    if (
        not isinstance(value, (int, float))
        or isinstance(value, bool)
        or not math.isfinite(value)
        or value < 0
    ):
        raise InvalidArgument(f"{name} must be a finite number of seconds >= 0, not {value!r}")


def _check_callable(name: str, value: object) -> None:
    if not callable(value):
        raise InvalidArgument(f"{name} must be a callable returning a float in [0, 1)")


def _as_float(value: float) -> float:
    # Validators run after converters; leave anything that is not a number to them.
    return float(value) if isinstance(value, int) and not isinstance(value, bool) else value


class RetryPolicy(Value):
    """How many times to send a request, and how long to wait between attempts.

    A policy is a value: build it once (``Client(..., retry=RetryPolicy(max_attempts=5))``)
    and share it. It holds no state between calls; the attempt number and the time are
    passed to :meth:`decide`.

    Attributes:
        max_attempts: Attempts in all, the first included; 1 never retries.
        backoff_base: Seconds; the jitter's ceiling for the first retry, doubling after.
        backoff_cap: Seconds; the jitter's ceiling never grows past this.
        max_retry_after: The longest ``Retry-After`` (seconds) worth waiting for; a
            response that asks for more is given up on at once. None: no limit but the
            deadline.
        random: The random source, returning a float in ``[0, 1)``; ``random.random`` by
            default. Inject a fixed one for reproducible delays. Not part of equality or
            the repr.

    Raises:
        InvalidArgument: ``max_attempts`` is not an int >= 1, a number of seconds is
            negative, infinite or NaN, or ``random`` is not callable.
    """

    __slots__ = ("backoff_base", "backoff_cap", "max_attempts", "max_retry_after", "random")
    __match_args__ = ("max_attempts", "backoff_base", "backoff_cap", "max_retry_after", "random")
    _init_fields = __match_args__
    _eq_fields = _repr_fields = ("max_attempts", "backoff_base", "backoff_cap", "max_retry_after")

    max_attempts: int
    backoff_base: float
    backoff_cap: float
    max_retry_after: float | None
    random: Callable[[], float]

    def __init__(
        self,
        max_attempts: int = 3,
        backoff_base: float = 0.5,
        backoff_cap: float = 8.0,
        max_retry_after: float | None = 60.0,
        random: Callable[[], float] = _uniform,
    ) -> None:
        backoff_base = _as_float(backoff_base)
        backoff_cap = _as_float(backoff_cap)
        if max_retry_after is not None:
            max_retry_after = _as_float(max_retry_after)
        _check_count("max_attempts", max_attempts)
        _check_seconds("backoff_base", backoff_base)
        _check_seconds("backoff_cap", backoff_cap)
        if max_retry_after is not None:
            _check_seconds("max_retry_after", max_retry_after)
        _check_callable("random", random)
        _set = object.__setattr__
        _set(self, "max_attempts", max_attempts)
        _set(self, "backoff_base", backoff_base)
        _set(self, "backoff_cap", backoff_cap)
        _set(self, "max_retry_after", max_retry_after)
        _set(self, "random", random)

    @classmethod
    def none(cls) -> RetryPolicy:
        """A policy that never retries: every call makes exactly one attempt."""
        return cls(max_attempts=1)

    def backoff(self, attempt: int) -> float:
        """The jittered wait after attempt number ``attempt`` (1-based), before any Retry-After.

        Full jitter: a uniform draw between 0 and ``min(backoff_cap, backoff_base *
        2 ** (attempt - 1))``.
        """
        # 2.0 ** 64 keeps the product finite for any attempt number (2 ** 2000 would not).
        ceiling = min(self.backoff_cap, self.backoff_base * 2.0 ** min(max(attempt - 1, 0), 64))
        draw = self.random()
        if not draw >= 0.0:  # negative or NaN from a misbehaving source
            draw = 0.0
        elif draw > 1.0:
            draw = 1.0
        return draw * ceiling

    def decide(
        self,
        request: Request,
        attempt: int,
        outcome: Outcome,
        *,
        time_left: float | None,
        now: float,
    ) -> RetryDecision:
        """Decide whether to send ``request`` again after an attempt ended with ``outcome``.

        A pure function of its arguments (and of one draw from ``random`` when it retries).

        Args:
            request: The request that was sent (its method says whether it is idempotent).
            attempt: The 1-based number of the attempt that just finished.
            outcome: The response it got, or the transport's error.
            time_left: Seconds left before the call's deadline, or None for no deadline.
            now: The current wall-clock time in POSIX seconds, to read a Retry-After date.

        Returns:
            :class:`Retry` with a delay that ends before the deadline, or :class:`GiveUp`.

        Raises:
            InvalidArgument: ``attempt`` is less than 1.
        """
        early = self.decide_early(request, attempt, outcome)
        if early is not None:
            return early
        cause = _describe(outcome, request)
        if time_left is not None and not time_left > 0:
            return GiveUp(f"{cause}; the deadline has passed")
        delay = self.backoff(attempt)
        if isinstance(outcome, Response):
            header = outcome.header("retry-after")
            retry_after = parse_retry_after(header, now) if header is not None else None
            if header is not None and retry_after is None:
                cause = f"{cause} (an unreadable Retry-After ignored)"
            if retry_after is not None:
                cause = f"{cause}, Retry-After {_seconds(retry_after)}"
                if self.max_retry_after is not None and retry_after > self.max_retry_after:
                    return GiveUp(
                        f"{cause} is longer than max_retry_after ({_seconds(self.max_retry_after)})"
                    )
                if time_left is not None and retry_after >= time_left:
                    return GiveUp(f"{cause} reaches past the deadline ({_seconds(time_left)} left)")
                delay = max(delay, retry_after)
        if not math.isfinite(delay):
            return GiveUp(f"{cause}; the wait {delay} s is not finite")
        if time_left is not None and delay >= time_left:
            return GiveUp(
                f"{cause}; waiting {_seconds(delay)} would pass the deadline "
                f"({_seconds(time_left)} left)"
            )
        return Retry(delay, cause)

    def decide_early(self, request: Request, attempt: int, outcome: Outcome) -> GiveUp | None:
        """Give up at once where the time and a random draw cannot change the answer.

        A final status (a success, a 4xx other than 429), a request that must not be sent
        again (a POST that Twilio may have processed), or the last attempt allowed: these
        need no clock, so :func:`retry_job` asks no :class:`~twilio_sansio.core.steps.Now`
        for them. :meth:`decide` makes the same decisions first.

        Returns:
            :class:`GiveUp`, or None when the answer depends on the time left and the delay.

        Raises:
            InvalidArgument: ``attempt`` is less than 1.
        """
        if isinstance(attempt, bool) or not isinstance(attempt, int) or attempt < 1:
            raise InvalidArgument(f"attempt must be an int >= 1, not {attempt!r}")
        refusal = _refusal(request, outcome)
        if refusal is not None:
            return GiveUp(refusal)
        if attempt >= self.max_attempts:
            made = "1 attempt" if attempt == 1 else f"{attempt} attempts"
            return GiveUp(
                f"{_describe(outcome, request)}; {made} made (max_attempts={self.max_attempts})"
            )
        return None


FINAL_LIMIT_CODES = frozenset({60202, 60203})
"""Twilio codes of a 429 that retrying cannot help: Verify's max check and send attempts."""
_MAX_ERROR_BODY = 4096


def _error_code(response: Response) -> int | None:
    """Twilio's error code in a small JSON error body, or None."""
    if len(response.body) > _MAX_ERROR_BODY:
        return None
    try:
        data = json.loads(response.body)
    except (ValueError, RecursionError):
        return None
    code = data.get("code") if isinstance(data, dict) else None
    return code if isinstance(code, int) and not isinstance(code, bool) else None


def _refusal(request: Request, outcome: Outcome) -> str | None:
    """Why ``outcome`` must not be retried, whatever the attempt and time; None if it may."""
    method = request.method.upper()
    if isinstance(outcome, Response):
        status = outcome.status
        if status == TOO_MANY_REQUESTS:
            code = _error_code(outcome)
            if code in FINAL_LIMIT_CODES:
                return f"{_status(status)} (code {code}) is final: waiting does not lift it"
            return None
        if status in RETRYABLE_STATUSES:
            if method in IDEMPOTENT_METHODS:
                return None
            return (
                f"{_status(status)}: {method} is not idempotent and Twilio may have "
                "processed it; not sent again"
            )
        return f"{_status(status)} is final"
    if isinstance(outcome, (DeadlineExceeded, ResponseTooLarge)):
        return f"{_describe(outcome, request)}; never retried"
    if isinstance(outcome, ConnectError) or not outcome.request_sent:
        return None
    if method in IDEMPOTENT_METHODS:
        return None
    return (
        f"{_describe(outcome, request)}; {method} is not idempotent and may have "
        "reached Twilio; not sent again"
    )


def _describe(outcome: Outcome, request: Request) -> str:
    if isinstance(outcome, Response):
        return _status(outcome.status)
    name = type(outcome).__name__
    text = str(outcome)
    what = f"{name}: {text}" if text else name
    if isinstance(outcome, (DeadlineExceeded, ResponseTooLarge)):
        return what
    if isinstance(outcome, ConnectError) or not outcome.request_sent:
        return f"{what} (nothing was sent)"
    return f"{what} (the {request.method.upper()} may have been sent)"


def _status(status: int) -> str:
    try:
        from http import HTTPStatus  # only when a retry is explained

        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


def _seconds(value: float) -> str:
    return f"{value:g} s"


def retry_job(policy: RetryPolicy, request: Request) -> Job[Response]:
    """Send ``request`` under ``policy``: the job returns the final response.

    Each attempt yields :class:`~twilio_sansio.core.steps.Attempt`; the driver sends back
    the response or throws the transport's error in. When the outcome could be retried,
    the job yields :class:`~twilio_sansio.core.steps.Now` (the driver sends back a
    :class:`~twilio_sansio.core.steps.Moment`), decides, and on :class:`Retry` yields
    :class:`~twilio_sansio.core.steps.Sleep` with the delay and its reason before the next
    attempt. A final response is returned as it is, error statuses included: turning a
    4xx into an :class:`~twilio_sansio.core.errors.APIError` is the operation's parser's
    job. A final transport error is raised again.

    Raises:
        TransportError: the last attempt failed in transport and is not retried.
    """
    attempt = 0
    while True:
        attempt += 1
        outcome: Outcome
        try:
            outcome = yield Attempt(request)
        except TransportError as exc:
            outcome = exc
        if isinstance(outcome, Response) and outcome.status < _FIRST_ERROR_STATUS:
            return outcome  # the common case: a success is final, no reason to build
        decision: RetryDecision | None = policy.decide_early(request, attempt, outcome)
        if decision is None:
            moment: Moment = yield Now()
            decision = policy.decide(
                request, attempt, outcome, time_left=moment.time_left, now=moment.wall_time
            )
        if isinstance(decision, Retry):
            yield Sleep(decision.delay, decision.reason)
            continue
        if isinstance(outcome, TransportError):
            raise outcome
        return outcome


def under_policy(job: Job[T], policy: RetryPolicy) -> Job[T]:
    """Return ``job`` with each of its exchanges sent under ``policy``.

    This is the rule that makes an :class:`~twilio_sansio.core.steps.Exchange` mean "send,
    retrying as the policy allows": every ``Exchange`` the job yields becomes
    :func:`retry_job`'s steps (or a single :class:`~twilio_sansio.core.steps.Attempt` when
    the policy makes one attempt), and the jobs of a
    :class:`~twilio_sansio.core.steps.Gather` are put under the policy too. What the job
    yields otherwise passes through. A driver runs the returned job and carries out only
    ``Attempt``, ``Gather``, ``Now`` and ``Sleep``.

    Errors the driver throws in reach ``job`` where it yielded; a library error raised by
    the retries (the last attempt's transport error) is thrown into ``job`` the same way.
    """
    value: Any = None
    error: TwilioError | None = None
    try:
        while True:
            try:
                step = job.send(value) if error is None else job.throw(error)
            except StopIteration as stop:
                result: T = stop.value
                return result
            value, error = None, None
            try:
                if isinstance(step, Exchange):
                    if policy.max_attempts == 1:
                        value = yield Attempt(step.request)
                    else:
                        value = yield from retry_job(policy, step.request)
                elif isinstance(step, Gather):
                    value = yield Gather(tuple(under_policy(inner, policy) for inner in step.jobs))
                else:
                    value = yield step
            except TwilioError as exc:
                error = exc
    finally:
        job.close()


def operation_under_policy(operation: Operation[T], policy: RetryPolicy) -> Job[T]:
    """The job of one operation with its exchange sent under ``policy``.

    It is ``under_policy(operation_job(operation), policy)`` in one generator: the same
    steps, the same result and the same errors, without the two layers the driver would
    otherwise resume on every step. A client sends each single operation this way.
    """
    request = operation.request
    if policy.max_attempts == 1:
        response: Response = yield Attempt(request)
    else:
        response = yield from retry_job(policy, request)
    return operation.parse(response)


# Retry-After (RFC 9110 section 10.2.3): delay-seconds, or an HTTP-date in any of its
# three forms (section 5.6.7): IMF-fixdate, the obsolete RFC 850 form, asctime.
_DELAY = re.compile(r"([+-]?)(\d+)(?:\.\d*)?", re.ASCII)
_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}
_DAY = r"(?:mon|tue|wed|thu|fri|sat|sun)"
_LONG_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_TIME = r"(\d\d):(\d\d):(\d\d)"
_IMF_FIXDATE = re.compile(rf"{_DAY}, (\d\d) {_MONTH} (\d{{4}}) {_TIME} GMT", re.I | re.ASCII)
_RFC850 = re.compile(rf"{_LONG_DAY}, (\d\d)-{_MONTH}-(\d\d) {_TIME} GMT", re.I | re.ASCII)
_ASCTIME = re.compile(rf"{_DAY} {_MONTH} ([ \d]\d) {_TIME} (\d{{4}})", re.I | re.ASCII)
_MAX_DELAY_DIGITS = 12  # about 31,700 years; anything longer counts as forever


def parse_retry_after(value: str, now: float) -> float | None:
    """Read a ``Retry-After`` header value as seconds to wait from ``now``.

    Accepts delta-seconds (``"120"``; a fraction or a sign is tolerated, a negative value
    counts as 0) and an HTTP date in any of RFC 9110's three forms
    (``"Sun, 06 Nov 1994 08:49:37 GMT"``, ``"Sunday, 06-Nov-94 08:49:37 GMT"``,
    ``"Sun Nov  6 08:49:37 1994"``); a date in the past counts as 0. Never raises.

    Args:
        value: The header's value.
        now: The current wall-clock time in POSIX seconds.

    Returns:
        Seconds to wait (finite or ``inf``, never negative), or None when the value cannot
        be read: the caller then ignores the header.
    """
    text = value.strip()
    match = _DELAY.fullmatch(text)
    if match is not None:
        sign, digits = match.group(1), match.group(2)
        if sign == "-":
            return 0.0
        if len(digits.lstrip("0")) > _MAX_DELAY_DIGITS:
            return math.inf
        return max(float(text), 0.0)
    when = _parse_http_date(text, now)
    if when is None:
        return None
    if not math.isfinite(now):
        return None
    return max(when - now, 0.0)


def _parse_http_date(text: str, now: float) -> float | None:
    """An HTTP date as POSIX seconds, or None if ``text`` is not one."""
    if match := _IMF_FIXDATE.fullmatch(text):
        day, month, year, hour, minute, second = match.groups()
        full_year = int(year)
    elif match := _RFC850.fullmatch(text):
        day, month, year, hour, minute, second = match.groups()
        century_year = _four_digit_year(int(year), now)
        if century_year is None:
            return None
        full_year = century_year
    elif match := _ASCTIME.fullmatch(text):
        month, day, hour, minute, second, year = match.groups()
        full_year = int(year)
    else:
        return None
    try:
        # A leap second (":60") is allowed by the grammar; datetime is not.
        moment = datetime(
            full_year,
            _MONTHS[month.lower()],
            int(day),
            int(hour),
            int(minute),
            min(int(second), 59),
            tzinfo=UTC,
        )
    except ValueError:  # 31 Feb, hour 25, year 0, ...
        return None
    return moment.timestamp()


def _four_digit_year(two_digits: int, now: float) -> int | None:
    """RFC 9110: a two-digit year that would be more than 50 years ahead is in the past."""
    if not math.isfinite(now):
        return None
    try:
        this_year = datetime.fromtimestamp(now, UTC).year
    except (OverflowError, ValueError, OSError):
        return None
    # The latest year ending in these two digits that is at most 50 years ahead.
    year = this_year - this_year % 100 + two_digits
    if year > this_year + 50:
        year -= 100
    elif year <= this_year - 50:
        year += 100
    return year
