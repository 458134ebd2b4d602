"""Multi-step work as pure state: jobs that tell a driver what to do next.

Theory of operation
-------------------
A *job* is a generator that never touches the network. Each time it needs the outside
world it yields a *step*:

- :class:`Exchange` ``(request)``: send this request under the client's retry policy and
  send back the final :class:`~twilio_sansio.core.http.Response` (or throw the final error
  into the job). Drivers never see one: :func:`~twilio_sansio.core.retry.under_policy`
  wraps every job a client runs and turns each ``Exchange`` into the retry job's steps;
- :class:`Attempt` ``(request)``: send this request exactly once, with no retry; the driver
  sends back the response or throws the transport's error in;
- :class:`Gather` ``(jobs)``: run these jobs concurrently; the driver sends back their
  results, in the order given, or throws the first library error any of them raised after
  cancelling the others;
- :class:`Sleep` ``(seconds, reason)``: wait, then continue (the driver sends back None);
  ``reason`` says why, for debug output (``"retrying in 2 s because 429 ..."``);
- :class:`Now` ``()``: tell the job what time it is; the driver sends back a
  :class:`Moment` (the wall-clock time, and the seconds left before the call's deadline).
  The core reads no clock of its own: a job that must weigh time (a retry's backoff
  against the deadline, a ``Retry-After`` date) asks for it.

When the job returns, its return value is the result of the whole call. A driver is a
loop: ask the job (under the policy) for the next step, carry out the four kinds left
(``Attempt``, ``Gather``, ``Sleep``, ``Now``), feed the outcome back. The sync
:class:`~twilio_sansio.Client` carries out Gather with threads, the
:class:`~twilio_sansio.AsyncClient` with a task group; neither holds protocol logic.

Because errors are thrown *into* the job, a job can decide what a failure means (retry it,
ignore a 404, give up), and that decision stays here, testable without sockets.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any, TypeAlias, TypeVar

from twilio_sansio.core._value import Value, slot_setters
from twilio_sansio.core.http import Request, Response
from twilio_sansio.core.operation import Operation

T = TypeVar("T")


class Exchange(Value):
    """Send ``request`` (retried as the client's policy allows) and feed back its response."""

    __slots__ = ("request",)
    __match_args__ = ("request",)
    _init_fields = _eq_fields = _repr_fields = __match_args__

    request: Request

    def __init__(self, request: Request) -> None:
        _set_exchange_request(self, request)


(_set_exchange_request,) = slot_setters(Exchange, "request")


class Attempt(Value):
    """Send ``request`` once, whatever happens, and feed back its response or error."""

    __slots__ = ("request",)
    __match_args__ = ("request",)
    _init_fields = _eq_fields = _repr_fields = __match_args__

    request: Request

    def __init__(self, request: Request) -> None:
        _set_attempt_request(self, request)


(_set_attempt_request,) = slot_setters(Attempt, "request")


class Gather(Value):
    """Run ``jobs`` concurrently and feed back their results in order."""

    __slots__ = ("jobs",)
    __match_args__ = ("jobs",)
    _init_fields = _eq_fields = _repr_fields = __match_args__

    jobs: tuple[Job[Any], ...]

    def __init__(self, jobs: tuple[Job[Any], ...]) -> None:
        object.__setattr__(self, "jobs", jobs)


class Sleep(Value):
    """Wait ``seconds`` before continuing.

    Attributes:
        seconds: How long to wait.
        reason: Why the job waits, for debug output and logs (for example
            ``"429 Too Many Requests, Retry-After 2 s"``); empty if the job gave none.
    """

    __slots__ = ("reason", "seconds")
    __match_args__ = ("seconds", "reason")
    _init_fields = _eq_fields = _repr_fields = __match_args__

    seconds: float
    reason: str

    def __init__(self, seconds: float, reason: str = "") -> None:
        object.__setattr__(self, "seconds", seconds)
        object.__setattr__(self, "reason", reason)


class Now(Value):
    """Ask the driver for the current time; it sends back a :class:`Moment`."""

    __slots__ = ()
    __match_args__ = ()


class Moment(Value):
    """What a driver answers to :class:`Now`.

    Attributes:
        wall_time: The current wall-clock time, in POSIX seconds (``time.time()``); used
            to read HTTP dates such as a ``Retry-After`` date.
        time_left: Seconds left before the call's deadline (may be zero or negative once
            it has passed), or None when the call has no deadline.
    """

    __slots__ = ("time_left", "wall_time")
    __match_args__ = ("wall_time", "time_left")
    _init_fields = _eq_fields = _repr_fields = __match_args__

    wall_time: float
    time_left: float | None

    def __init__(self, wall_time: float, time_left: float | None) -> None:
        object.__setattr__(self, "wall_time", wall_time)
        object.__setattr__(self, "time_left", time_left)


Step: TypeAlias = Exchange | Attempt | Gather | Sleep | Now
Job: TypeAlias = Generator[Step, Any, T]


def exchange(request: Request) -> Job[Response]:
    """Send one request from inside a job and return its response (``yield from``)."""
    response: Response = yield Exchange(request)
    return response


def gather(jobs: list[Job[T]]) -> Job[list[T]]:
    """Run ``jobs`` concurrently from inside a job; return their results in order."""
    if not jobs:
        return []
    results: list[T] = yield Gather(tuple(jobs))
    return results


def operation_job(operation: Operation[T]) -> Job[T]:
    """The job of one operation: send its request, parse its response."""
    response = yield from exchange(operation.request)
    return operation.parse(response)
