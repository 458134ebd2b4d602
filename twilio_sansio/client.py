"""``Client``: the sync driver, written once over any sync transport.

It carries out what the core decides and nothing else: it sends the requests a job asks
for, runs concurrent steps on a thread pool, and keeps one wall-clock deadline per call.
One ``Client`` is safe to share between threads, and it survives ``os.fork()``.
"""

from __future__ import annotations

import os
import queue
import threading
import time
import weakref
from typing import TYPE_CHECKING, Any, TypeVar

from twilio_sansio._base import ClientBase
from twilio_sansio.core.errors import ClientClosed, DeadlineExceeded, TwilioError
from twilio_sansio.core.http import Request, Response
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Page, PageChain, PageSequence
from twilio_sansio.core.retry import operation_under_policy, under_policy
from twilio_sansio.core.steps import Attempt, Gather, Job, Moment, Now, Sleep
from twilio_sansio.iterators import PageIterator, RecordIterator
from twilio_sansio.transports.protocol import SyncTransport

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

T = TypeVar("T")

__all__ = ["Client"]

CALLS_PER_POOL = 4
"""The thread pool has this many times ``max_concurrency`` threads, so that several
calls' fan-outs run side by side, each within its own ``max_concurrency``."""

_CLOSED = "the client is closed; build a new one"


class _Cancelled(Exception):
    """A concurrent sibling failed; this job stops before its next request."""


class _Shared:
    """What a client and its views share: the transport, the thread pool, being closed."""

    def __init__(self, transport: SyncTransport, owns_transport: bool, max_workers: int) -> None:
        self.transport = transport
        self.owns_transport = owns_transport
        self.max_workers = max_workers
        self.closed = False
        self._executor: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        self.worker = threading.local()
        _LIVE_SHARED.add(self)

    def executor(self) -> ThreadPoolExecutor:
        with self._lock:
            if self.closed:
                raise ClientClosed(_CLOSED)
            if self._executor is None:
                # Imported here: most programs never fan out, and start-up counts.
                from concurrent.futures import ThreadPoolExecutor

                self._executor = ThreadPoolExecutor(
                    self.max_workers, thread_name_prefix="twilio-sansio"
                )
            return self._executor

    def close(self) -> None:
        with self._lock:
            self.closed = True
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
        if self.owns_transport:
            self.transport.close()

    def after_fork_in_child(self) -> None:
        """Forget the parent's thread pool: its threads do not exist in this process.

        The lock is new too, in case a thread of the parent held it at the fork. The
        transport resets itself (the transport protocol asks it to).
        """
        self._lock = threading.Lock()
        self._executor = None
        self.worker = threading.local()


_LIVE_SHARED: weakref.WeakSet[_Shared] = weakref.WeakSet()
"""The shared state of every client not yet collected, reset in a forked child."""


def _reset_after_fork() -> None:
    for shared in list(_LIVE_SHARED):
        shared.after_fork_in_child()


os.register_at_fork(after_in_child=_reset_after_fork)


class Client(ClientBase[SyncTransport]):
    """A Twilio client that blocks: each call returns when Twilio has answered.

    The arguments are :class:`ClientBase`'s. ``transport`` is any
    :class:`~twilio_sansio.transports.SyncTransport` (by default a urllib3 pool, owned and
    closed by the client), and ``max_concurrency`` is the number of threads that run one
    call's independent requests (a message's media) at once. Calls share a pool of
    ``4 * max_concurrency`` threads and their requests take turns, so a call with many
    media never starves a small one.

    One ``Client`` is safe to share between threads, and across ``os.fork()`` (gunicorn
    ``--preload``, ``multiprocessing``): the child opens its own connections and threads
    and never reads a response meant for the parent, which goes on as before. Use it as
    a context manager, or call :meth:`close`, to release its connections; afterwards the
    client and its views raise :class:`~twilio_sansio.core.errors.ClientClosed`. A client
    holds credentials and cannot be pickled: build one in each process.
    """

    _shared: _Shared

    def _share(self, transport: SyncTransport | None) -> _Shared:
        owns_transport = transport is None
        if transport is None:
            from twilio_sansio.transports.urllib3_sync import Urllib3Transport

            transport = Urllib3Transport()
        return _Shared(transport, owns_transport, CALLS_PER_POOL * self.max_concurrency)

    def __reduce__(self) -> Any:
        raise TypeError(
            "a Client holds credentials, connections and threads and cannot be pickled; "
            "build one in each process (Client.from_env())"
        )

    def send(self, operation: Operation[T]) -> T:
        """Send one operation and return its parsed result, within the client's timeout.

        Raises:
            APIError: Twilio answered with an error.
            UnexpectedResponseError: the answer is not Twilio's JSON.
            TransportError: no complete answer arrived (``DeadlineExceeded``, ...).
            ClientClosed: the client was closed.
        """
        return self._run_policed(operation_under_policy(operation, self.retry))

    def run(self, job: Job[T]) -> T:
        """Carry out a core job (several requests, perhaps concurrent) under one deadline.

        Raises:
            TwilioError: whatever the job raises, or ``DeadlineExceeded``.
            ClientClosed: the client was closed (nothing is sent).
        """
        return self._run_policed(under_policy(job, self.retry))

    def _run_policed(self, job: Job[T]) -> T:
        """Drive a job already under the retry policy, within the client's deadline."""
        if self._shared.closed:
            job.close()
            raise ClientClosed(_CLOSED)
        return self._drive(job, time.monotonic() + self.timeout, None)

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
        if self._shared.closed:
            raise ClientClosed(_CLOSED)
        left = deadline - time.monotonic()
        if left <= 0:
            raise DeadlineExceeded(
                f"the {self.timeout:g} s deadline passed before sending", request_sent=False
            )
        traffic = self._traffic
        if not traffic.active:  # the common case: nothing to show, no clock to read
            return self._shared.transport.send(request, timeout=left)
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
        if len(jobs) == 1 or getattr(self._shared.worker, "active", False):
            # Nested fan-out runs in the worker's own thread: a pool waiting on itself
            # could deadlock.
            return [self._drive(job, deadline, None) for job in jobs]
        return _FanOut(self, jobs, deadline).run()

    def _worker(self, job: Job[Any], deadline: float, cancel: threading.Event) -> Any:
        self._shared.worker.active = True
        try:
            return self._drive(job, deadline, cancel)
        finally:
            self._shared.worker.active = False

    def close(self) -> None:
        """Release the thread pool and, if the client made it, the transport.

        Afterwards every call on this client and on its views raises
        :class:`~twilio_sansio.core.errors.ClientClosed`; a transport passed in is left
        open for its owner. Closing a view made by :meth:`with_options` does nothing: the
        client it came from owns the connections.
        """
        if not self._is_view:
            self._shared.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class _FanOut:
    """Runs one call's concurrent jobs on the shared pool, ``max_concurrency`` at a time.

    It submits a job only when one of its own has finished, so a call never has more
    than ``max_concurrency`` jobs in the pool's FIFO queue, and a call that starts later
    queues beside, not behind, all of an earlier call's jobs. Results come back in the
    jobs' order; the first failure cancels the rest.
    """

    def __init__(self, client: Client, jobs: tuple[Job[Any], ...], deadline: float) -> None:
        self.client = client
        self.deadline = deadline
        self.waiting = list(enumerate(jobs))
        self.waiting.reverse()  # taken from the end: the first job first
        self.results: list[Any] = [None] * len(jobs)
        self.running: dict[int, Future[Any]] = {}
        self.finished: queue.SimpleQueue[tuple[int, Future[Any]]] = queue.SimpleQueue()
        self.cancel = threading.Event()

    def run(self) -> list[Any]:
        try:
            for _ in range(self.client.max_concurrency):
                self._submit_next()
            while self.running:
                left = self.deadline - time.monotonic()
                try:
                    index, future = self.finished.get(timeout=max(0.0, left) + 0.05)
                except queue.Empty:
                    raise DeadlineExceeded(
                        f"the {self.client.timeout:g} s deadline passed"
                    ) from None
                del self.running[index]
                if future.cancelled():  # only close() cancels a job that has started
                    raise ClientClosed(_CLOSED)
                self.results[index] = future.result()
                self._submit_next()
        except BaseException:
            self._stop()
            raise
        return self.results

    def _submit_next(self) -> None:
        if not self.waiting:
            return
        index, job = self.waiting.pop()
        try:
            future = self.client._shared.executor().submit(
                self.client._worker, job, self.deadline, self.cancel
            )
        except RuntimeError:  # the pool was shut down between the check and the submit
            job.close()
            raise ClientClosed(_CLOSED) from None
        except BaseException:
            job.close()
            raise
        self.running[index] = future
        future.add_done_callback(lambda done: self.finished.put((index, done)))

    def _stop(self) -> None:
        """Cancel what runs (it stops before its next request); drop what never started."""
        self.cancel.set()
        for future in self.running.values():
            future.cancel()
        for _index, job in self.waiting:
            job.close()
        self.waiting.clear()
