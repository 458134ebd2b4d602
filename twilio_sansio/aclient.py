"""``AsyncClient``: the async driver, written once over any async transport.

It is trio-native: written against anyio's structured concurrency, concurrent steps run
in a task group (a nursery on trio), each call runs inside a cancel scope that carries its
deadline, and the caller's own cancel scopes (``trio.move_on_after``) bound any call. It
runs on asyncio as well. There is no per-call ``timeout=``: use the client's ``timeout``,
``with_options(timeout=...)``, or a cancel scope.
"""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Iterator
from typing import Any, TypeVar

import anyio

from twilio_sansio._base import ClientBase
from twilio_sansio.core.errors import ClientClosed, DeadlineExceeded, TwilioError
from twilio_sansio.core.http import Request, Response
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Page, PageChain, PageSequence
from twilio_sansio.core.retry import operation_under_policy, under_policy
from twilio_sansio.core.steps import Attempt, Gather, Job, Moment, Now, Sleep
from twilio_sansio.iterators import AsyncPageIterator, AsyncRecordIterator
from twilio_sansio.transports.protocol import (
    AsyncTransport,
    expect_request_written_signal,
    request_may_have_left,
)

T = TypeVar("T")

__all__ = ["AsyncClient"]

_CLOSED = "the client is closed; build a new one"


class _Shared:
    """What a client and its views share: the transport, and whether the client is closed."""

    def __init__(self, transport: AsyncTransport, owns_transport: bool) -> None:
        self.transport = transport
        self.owns_transport = owns_transport
        self.closed = False

    async def aclose(self) -> None:
        self.closed = True
        if self.owns_transport:
            await self.transport.aclose()


class AsyncClient(ClientBase[AsyncTransport]):
    """A Twilio client for trio (and asyncio): every call is awaited.

    The arguments are :class:`~twilio_sansio.Client`'s (``timeout`` is each call's
    deadline, enforced with a cancel scope), except ``transport``, which is any
    :class:`~twilio_sansio.transports.AsyncTransport` (by default an
    :class:`~twilio_sansio.transports.h11_async.H11Transport`, owned and closed by the
    client); ``max_concurrency`` bounds how many of one call's requests run at
    once in its task group.

    Use it as ``async with AsyncClient(...) as client:``, or call :meth:`aclose`;
    afterwards the client and its views raise
    :class:`~twilio_sansio.core.errors.ClientClosed`.
    """

    _shared: _Shared

    def _share(self, transport: AsyncTransport | None) -> _Shared:
        owns_transport = transport is None
        if transport is None:
            from twilio_sansio.transports.h11_async import H11Transport

            transport = H11Transport()
        return _Shared(transport, owns_transport)

    async def send(self, operation: Operation[T]) -> T:
        """Send one operation and return its parsed result, within the client's timeout.

        Raises:
            APIError: Twilio answered with an error.
            UnexpectedResponseError: the answer is not Twilio's JSON.
            TransportError: no complete answer arrived (``DeadlineExceeded``, ...).
        """
        return await self._run_policed(operation_under_policy(operation, self.retry))

    async def run(self, job: Job[T]) -> T:
        """Carry out a core job (several requests, perhaps concurrent) under one deadline.

        Raises:
            TwilioError: whatever the job raises, or ``DeadlineExceeded``.
            ClientClosed: the client was closed (nothing is sent).
        """
        return await self._run_policed(under_policy(job, self.retry))

    async def _run_policed(self, job: Job[T]) -> T:
        """Drive a job already under the retry policy, within the client's deadline."""
        if self._shared.closed:
            job.close()
            raise ClientClosed(_CLOSED)
        with _deadline_scope(self.timeout) as scope:
            return await self._drive(job)
        if scope.cancelled_caught:
            job.close()
            raise DeadlineExceeded(
                f"the {self.timeout:g} s deadline passed", request_sent=request_may_have_left()
            )
        raise AssertionError("unreachable: the scope either returned or was cancelled")

    def page_iterator(self, first: Operation[Page[T]] | PageSequence[T]) -> AsyncPageIterator[T]:
        """Iterate over the pages of any listing.

        Args:
            first: The first page's operation, or the core's paging state (for example a
                :class:`~twilio_sansio.core.time_range.RangePages`).
        """
        state = PageChain(first) if isinstance(first, Operation) else first
        return AsyncPageIterator(self, state)

    def record_iterator(
        self, first: Operation[Page[T]] | PageSequence[T]
    ) -> AsyncRecordIterator[T]:
        """Iterate over the records of any listing (``first`` as for ``page_iterator``)."""
        return AsyncRecordIterator(self.page_iterator(first))

    async def _drive(self, job: Job[T]) -> T:
        value: Any = None
        error: BaseException | None = None
        while True:
            try:
                step = job.send(value) if error is None else job.throw(error)
            except StopIteration as stop:
                result: T = stop.value
                return result
            value, error = None, None
            try:
                if isinstance(step, Attempt):
                    value = await self._exchange(step.request)
                elif isinstance(step, Gather):
                    value = await self._gather(step.jobs)
                elif isinstance(step, Now):
                    value = _moment()
                elif isinstance(step, Sleep):
                    if step.reason:
                        self._traffic.retry(step.seconds, step.reason)
                    await anyio.sleep(step.seconds)
                else:  # pragma: no cover - under_policy leaves no Exchange
                    raise TypeError(f"unexpected step {step!r}")
            except TwilioError as exc:
                error = exc

    async def _exchange(self, request: Request) -> Response:
        if self._shared.closed:
            raise ClientClosed(_CLOSED)
        traffic = self._traffic
        if not traffic.active:  # the common case: nothing to show, no clock to read
            expect_request_written_signal()
            return await self._shared.transport.send(request)
        traffic.request(request)
        started = time.monotonic()
        expect_request_written_signal()
        try:
            response = await self._shared.transport.send(request)
        except TwilioError as exc:
            traffic.failure(request, exc)
            raise
        traffic.response(response, time.monotonic() - started)
        return response

    async def _gather(self, jobs: tuple[Job[Any], ...]) -> list[Any]:
        results: list[Any] = [None] * len(jobs)
        limiter = anyio.CapacityLimiter(self.max_concurrency)

        async def one(index: int, job: Job[Any]) -> None:
            async with limiter:
                results[index] = await self._drive(job)

        try:
            async with anyio.create_task_group() as group:
                for index, job in enumerate(jobs):
                    group.start_soon(one, index, job)
        except BaseExceptionGroup as failures:
            raise first_library_error(failures) from None
        return results

    async def aclose(self) -> None:
        """Close the client, and its transport if the client made it.

        Afterwards calls on the client and its views raise
        :class:`~twilio_sansio.core.errors.ClientClosed`; a transport passed in is left
        open for its owner. Closing a view made by ``with_options`` does nothing.
        """
        if not self._is_view:
            await self._shared.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def first_library_error(group: BaseExceptionGroup[Any]) -> BaseException:
    """Return the first library error in an exception group, or the group itself."""
    for leaf in _leaves(group):
        if isinstance(leaf, TwilioError):
            return leaf
    return group


def _leaves(group: BaseExceptionGroup[Any]) -> Iterator[BaseException]:
    for exc in group.exceptions:
        if isinstance(exc, BaseExceptionGroup):
            yield from _leaves(exc)
        else:
            yield exc


def _deadline_scope(seconds: float) -> Any:
    """A cancel scope that ends its body after ``seconds``: trio's own in a trio task.

    anyio's scope on trio wraps trio's and costs about twice as much (some 5 µs of a
    call); it is the one used everywhere else (asyncio, and a trio older than 0.26,
    which cannot say cheaply whether this is a trio task).
    """
    trio = sys.modules.get("trio")
    if trio is not None and getattr(trio.lowlevel, "in_trio_task", _no)():
        # trio.move_on_after checks its argument again (the client's timeout is checked)
        return trio.CancelScope(deadline=trio.current_time() + seconds)
    return anyio.move_on_after(seconds)


def _no() -> bool:
    return False


def _moment() -> Moment:
    """The time now, and the time left before the innermost cancel scope's deadline.

    The deadline is whichever comes first: the client's timeout or any cancel scope of
    the caller's, so a retry never outlives either.
    """
    left = anyio.current_effective_deadline() - anyio.current_time()
    return Moment(time.time(), None if left == math.inf else left)
