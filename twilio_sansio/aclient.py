"""``AsyncClient``: the async driver, written once over any async transport.

It is trio-native: written against anyio's structured concurrency, concurrent steps run
in a task group (a nursery on trio), each call runs inside a cancel scope that carries its
deadline, and the caller's own cancel scopes (``trio.move_on_after``) bound any call. It
runs on asyncio as well. There is no per-call ``timeout=``: use the client's ``timeout``,
``with_options(timeout=...)``, or a cancel scope.
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from typing import Any, TypeVar

import anyio

from twilio_sansio import _settings
from twilio_sansio._async_binding import AsyncPageIterator, AsyncRecordIterator
from twilio_sansio._async_namespaces import AsyncResources
from twilio_sansio._sync_binding import first_library_error
from twilio_sansio.core.config import ClientConfig
from twilio_sansio.core.errors import DeadlineExceeded, TwilioError
from twilio_sansio.core.http import Request, Response
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Page, PageChain, PageSequence
from twilio_sansio.core.retry import RetryPolicy, retry_job
from twilio_sansio.core.steps import (
    Attempt,
    Exchange,
    Gather,
    Job,
    Moment,
    Now,
    Sleep,
    operation_job,
)
from twilio_sansio.transports.protocol import AsyncTransport

T = TypeVar("T")

__all__ = ["AsyncClient"]


class AsyncClient(AsyncResources, _settings.ClientViews):
    """A Twilio client for trio (and asyncio): every call is awaited.

    The arguments are those of :class:`~twilio_sansio.Client` (``timeout`` is each call's
    deadline, enforced with a cancel scope), except ``transport``, which is any
    :class:`~twilio_sansio.transports.AsyncTransport` (by default httpx, owned and closed
    by the client), and ``max_concurrency``, which does not apply: concurrent requests run
    in a task group.

    Raises:
        InvalidArgument: an option is malformed.

    Use it as ``async with AsyncClient(...) as client:``, or call :meth:`aclose`.
    """

    def __init__(
        self,
        account_sid: str,
        auth_token: str | None = None,
        *,
        api_key_sid: str | None = None,
        api_key_secret: str | None = None,
        base_url: str | Mapping[str, str] | None = None,
        region: str | None = None,
        edge: str | None = None,
        timeout: float = _settings.DEFAULT_TIMEOUT,
        retry: RetryPolicy = _settings.DEFAULT_RETRY,
        transport: AsyncTransport | None = None,
        allow_insecure_http: bool = False,
        default_region: str | None = None,
        debug: bool | None = None,
    ) -> None:
        self.config: ClientConfig = _settings.build_config(
            account_sid,
            auth_token,
            api_key_sid=api_key_sid,
            api_key_secret=api_key_secret,
            base_url=base_url,
            region=region,
            edge=edge,
            allow_insecure_http=allow_insecure_http,
            default_region=default_region,
        )
        self.timeout = _settings.validate_timeout(timeout)
        self.retry = _settings.validate_retry(retry)
        self._traffic = _settings.TrafficLog(_settings.debug_from_env() if debug is None else debug)
        self._closes_resources = transport is None
        if transport is None:
            from twilio_sansio.transports.httpx_async import HttpxTransport

            transport = HttpxTransport()
        self.transport: AsyncTransport = transport

    @classmethod
    def from_env(cls, **options: Any) -> AsyncClient:
        """Build a client from Twilio's environment variables (see ``Client.from_env``).

        Raises:
            InvalidArgument: a required variable is missing or malformed.
        """
        return cls(**_settings.credentials_from_env(), **options)

    async def send(self, operation: Operation[T]) -> T:
        """Send one operation and return its parsed result, within the client's timeout.

        Raises:
            APIError: Twilio answered with an error.
            UnexpectedResponseError: the answer is not Twilio's JSON.
            TransportError: no complete answer arrived (``DeadlineExceeded``, ...).
        """
        return await self.run(operation_job(operation))

    async def run(self, job: Job[T]) -> T:
        """Carry out a core job (several requests, perhaps concurrent) under one deadline.

        Raises:
            TwilioError: whatever the job raises, or ``DeadlineExceeded``.
        """
        with anyio.move_on_after(self.timeout) as scope:
            return await self._drive(job)
        if scope.cancelled_caught:
            job.close()
            raise DeadlineExceeded(f"the {self.timeout:g} s deadline passed")
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
                if isinstance(step, Exchange):
                    if self.retry.max_attempts == 1:
                        value = await self._exchange(step.request)
                    else:
                        value = await self._drive(retry_job(self.retry, step.request))
                elif isinstance(step, Attempt):
                    value = await self._exchange(step.request)
                elif isinstance(step, Gather):
                    value = await self._gather(step.jobs)
                elif isinstance(step, Now):
                    value = _moment()
                elif isinstance(step, Sleep):
                    if step.reason:
                        self._traffic.retry(step.seconds, step.reason)
                    await anyio.sleep(step.seconds)
                else:  # pragma: no cover - the Step union is closed
                    raise TypeError(f"unknown step {step!r}")
            except TwilioError as exc:
                error = exc

    async def _exchange(self, request: Request) -> Response:
        traffic = self._traffic
        traffic.request(request)
        started = time.monotonic()
        try:
            response = await self.transport.send(request)
        except TwilioError as exc:
            traffic.failure(request, exc)
            raise
        traffic.response(response, time.monotonic() - started)
        return response

    async def _gather(self, jobs: tuple[Job[Any], ...]) -> list[Any]:
        results: list[Any] = [None] * len(jobs)

        async def one(index: int, job: Job[Any]) -> None:
            results[index] = await self._drive(job)

        try:
            async with anyio.create_task_group() as group:
                for index, job in enumerate(jobs):
                    group.start_soon(one, index, job)
        except BaseExceptionGroup as failures:
            raise first_library_error(failures) from None
        return results

    async def aclose(self) -> None:
        """Close the transport if the client made it (views made by ``with_options`` don't)."""
        if self._closes_resources:
            await self.transport.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"AsyncClient(account_sid={self.config.account_sid!r}, timeout={self.timeout:g})"


def _moment() -> Moment:
    """The time now, and the time left before the innermost cancel scope's deadline.

    The deadline is whichever comes first: the client's timeout or any cancel scope of
    the caller's, so a retry never outlives either.
    """
    left = anyio.current_effective_deadline() - anyio.current_time()
    return Moment(time.time(), None if left == math.inf else left)
