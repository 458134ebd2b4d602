"""Multi-step work as pure state: jobs that tell a driver what to do next.

Theory of operation
-------------------
A *job* is a generator that never touches the network. Each time it needs the outside
world it yields a *step*:

- :class:`Exchange` ``(request)``: send this request; the driver sends back the
  :class:`~twilio_sansio.core.http.Response` (or throws the transport's error into the job);
- :class:`Gather` ``(jobs)``: run these jobs concurrently; the driver sends back their
  results, in the order given, or throws the first library error any of them raised after
  cancelling the others;
- :class:`Sleep` ``(seconds)``: wait, then continue (the driver sends back None).

When the job returns, its return value is the result of the whole call. A driver is a
loop: ask the job for the next step, carry it out, feed the outcome back. The sync
:class:`~twilio_sansio.Client` carries out Gather with threads, the
:class:`~twilio_sansio.AsyncClient` with a task group; neither holds protocol logic.

Because errors are thrown *into* the job, a job can decide what a failure means (retry it,
ignore a 404, give up), and that decision stays here, testable without sockets.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any, TypeAlias, TypeVar

import attrs

from twilio_sansio.core.http import Request, Response
from twilio_sansio.core.operation import Operation

T = TypeVar("T")


@attrs.frozen(slots=True)
class Exchange:
    """Send ``request`` and feed back its response."""

    request: Request


@attrs.frozen(slots=True)
class Gather:
    """Run ``jobs`` concurrently and feed back their results in order."""

    jobs: tuple[Job[Any], ...]


@attrs.frozen(slots=True)
class Sleep:
    """Wait ``seconds`` before continuing."""

    seconds: float


Step: TypeAlias = Exchange | Gather | Sleep
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
