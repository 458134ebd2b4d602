"""``Client``: the sync driver, written once over any sync transport.

It carries out what the core decides and nothing else: it sends the requests a job asks
for, runs concurrent steps on a thread pool, and keeps one wall-clock deadline per call.
One ``Client`` is safe to share between threads.
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING, Any, TypeVar

from twilio_sansio._base import ClientBase
from twilio_sansio.core.errors import DeadlineExceeded, TwilioError
from twilio_sansio.core.http import Request, Response
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Page, PageChain, PageSequence
from twilio_sansio.core.retry import under_policy
from twilio_sansio.core.steps import Attempt, Gather, Job, Moment, Now, Sleep, operation_job
from twilio_sansio.iterators import PageIterator, RecordIterator
from twilio_sansio.transports.protocol import SyncTransport

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

T = TypeVar("T")

__all__ = ["Client"]


class _Cancelled(Exception):
    """A concurrent sibling failed; this job stops before its next request."""


class _Shared:
    """What a client and its ``with_options`` views share: the transport and thread pool."""

    def __init__(self, transport: SyncTransport, owns_transport: bool, max_workers: int) -> None:
        self.transport = transport
        self.owns_transport = owns_transport
        self.max_workers = max_workers
        self._executor: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        self.worker = threading.local()

    def executor(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._executor is None:
                # Imported here: most programs never fan out, and start-up counts.
                from concurrent.futures import ThreadPoolExecutor

                self._executor = ThreadPoolExecutor(
                    self.max_workers, thread_name_prefix="twilio-sansio"
                )
            return self._executor

    def close(self) -> None:
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
        if self.owns_transport:
            self.transport.close()


class Client(ClientBase[SyncTransport]):
    """A Twilio client that blocks: each call returns when Twilio has answered.

    The arguments are :class:`ClientBase`'s. ``transport`` is any
    :class:`~twilio_sansio.transports.SyncTransport` (by default a urllib3 pool, owned and
    closed by the client), and ``max_concurrency`` is the number of threads that run a
    call's independent requests at once.

    One ``Client`` is safe to share between threads. Use it as a context manager, or call
    :meth:`close`, to release its connections.
    """

    _shared: _Shared

    def _share(self, transport: SyncTransport | None) -> _Shared:
        if transport is None:
            from twilio_sansio.transports.urllib3_sync import Urllib3Transport

            transport = Urllib3Transport()
        return _Shared(transport, self._closes_resources, self.max_concurrency)

    def send(self, operation: Operation[T]) -> T:
        """Send one operation and return its parsed result, within the client's timeout.

        Raises:
            APIError: Twilio answered with an error.
            UnexpectedResponseError: the answer is not Twilio's JSON.
            TransportError: no complete answer arrived (``DeadlineExceeded``, ...).
        """
        return self.run(operation_job(operation))

    def run(self, job: Job[T]) -> T:
        """Carry out a core job (several requests, perhaps concurrent) under one deadline.

        Raises:
            TwilioError: whatever the job raises, or ``DeadlineExceeded``.
        """
        deadline = time.monotonic() + self.timeout
        return self._drive(under_policy(job, self.retry), deadline, None)

    def page_iterator(self, first: Operation[Page[T]] | PageSequence[T]) -> PageIterator[T]:
        """Iterate over the pages of any listing.

        Args:
            first: The first page's operation, or the core's paging state (for example a
                :class:`~twilio_sansio.core.time_range.RangePages`).
        """
        state = PageChain(first) if isinstance(first, Operation) else first
        return PageIterator(self, state)

    def record_iterator(self, first: Operation[Page[T]] | PageSequence[T]) -> RecordIterator[T]:
        """Iterate over the records of any listing (``first`` as for ``page_iterator``)."""
        return RecordIterator(self.page_iterator(first))

    def _drive(self, job: Job[T], deadline: float, cancel: threading.Event | None) -> T:
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
                    value = self._exchange(step.request, deadline, cancel)
                elif isinstance(step, Gather):
                    value = self._gather(step.jobs, deadline)
                elif isinstance(step, Now):
                    value = Moment(time.time(), deadline - time.monotonic())
                elif isinstance(step, Sleep):
                    if step.reason:
                        self._traffic.retry(step.seconds, step.reason)
                    self._sleep(step.seconds, deadline, cancel)
                else:  # pragma: no cover - under_policy leaves no Exchange
                    raise TypeError(f"unexpected step {step!r}")
            except TwilioError as exc:
                error = exc

    def _exchange(
        self, request: Request, deadline: float, cancel: threading.Event | None
    ) -> Response:
        if cancel is not None and cancel.is_set():
            raise _Cancelled
        left = deadline - time.monotonic()
        if left <= 0:
            raise DeadlineExceeded(
                f"the {self.timeout:g} s deadline passed before sending", request_sent=False
            )
        traffic = self._traffic
        traffic.request(request)
        started = time.monotonic()
        try:
            response = self._shared.transport.send(request, timeout=left)
        except TwilioError as exc:
            traffic.failure(request, exc)
            raise
        traffic.response(response, time.monotonic() - started)
        return response

    def _sleep(self, seconds: float, deadline: float, cancel: threading.Event | None) -> None:
        if time.monotonic() + seconds > deadline:
            raise DeadlineExceeded("waiting longer would pass the deadline", request_sent=False)
        if cancel is None:
            time.sleep(seconds)
        elif cancel.wait(seconds):
            raise _Cancelled

    def _gather(self, jobs: tuple[Job[Any], ...], deadline: float) -> list[Any]:
        shared = self._shared
        if len(jobs) == 1 or getattr(shared.worker, "active", False):
            # Nested fan-out runs in the worker's own thread: a pool waiting on itself
            # could deadlock.
            return [self._drive(job, deadline, None) for job in jobs]
        cancel = threading.Event()
        futures = [shared.executor().submit(self._worker, job, deadline, cancel) for job in jobs]
        from concurrent.futures import FIRST_EXCEPTION, wait

        done, _pending = wait(
            futures,
            timeout=max(0.0, deadline - time.monotonic()) + 0.05,
            return_when=FIRST_EXCEPTION,
        )
        failure = _first_failure(done)
        if failure is not None or len(done) < len(futures):
            cancel.set()
            for future in futures:
                future.cancel()
            if failure is not None:
                raise failure
            raise DeadlineExceeded(f"the {self.timeout:g} s deadline passed")
        return [future.result() for future in futures]

    def _worker(self, job: Job[Any], deadline: float, cancel: threading.Event) -> Any:
        self._shared.worker.active = True
        try:
            return self._drive(job, deadline, cancel)
        finally:
            self._shared.worker.active = False

    def close(self) -> None:
        """Release the thread pool and, if the client made it, the transport.

        Closing a view made by :meth:`with_options` does nothing: the client it came from
        owns the connections.
        """
        if self._closes_resources:
            self._shared.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _first_failure(done: set[Future[Any]]) -> BaseException | None:
    failures = [f.exception() for f in done if not f.cancelled() and f.exception() is not None]
    for failure in failures:
        if isinstance(failure, TwilioError):
            return failure
    return failures[0] if failures else None
