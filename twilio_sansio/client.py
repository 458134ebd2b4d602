"""``Client``: the sync driver, written once over any sync transport.

It carries out what the core decides and nothing else: it sends the requests a job asks
for, runs concurrent steps on a thread pool, and keeps one wall-clock deadline per call.
One ``Client`` is safe to share between threads.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from twilio_sansio import _settings
from twilio_sansio._sync_binding import PageIterator, RecordIterator
from twilio_sansio._sync_namespaces import SyncResources
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


class Client(SyncResources, _settings.ClientViews):
    """A Twilio client that blocks: each call returns when Twilio has answered.

    Args:
        account_sid: The account (``AC…``) whose resources are addressed.
        auth_token: The account's auth token; or use an API key instead.
        api_key_sid: An API key SID (``SK…``), with ``api_key_secret``.
        api_key_secret: The API key's secret.
        base_url: One URL for every product, or a mapping of product (``"api"``,
            ``"monitor"``) to URL; a path prefix is kept. For tests and proxies.
        region: A Twilio region (``"ie1"``); builds ``https://{product}.{edge}.{region}…``.
        edge: A Twilio edge location (``"dublin"``).
        timeout: The wall-clock deadline of each call, in seconds (30.5 by default):
            connect, send, every byte of the body, every page or media request, retries,
            everything.
        retry: When to send a request again (:class:`~twilio_sansio.RetryPolicy`): by
            default up to 3 attempts, never past the deadline, and a POST only when Twilio
            did not process it (429, or nothing was sent). ``RetryPolicy.none()`` turns
            retries off.
        transport: Any :class:`~twilio_sansio.transports.SyncTransport`; by default a
            urllib3 pool owned (and closed) by the client.
        allow_insecure_http: Allow ``http://`` base URLs on hosts other than loopback.
        default_region: The region (``"US"``) for phone numbers written without
            ``+country``; None requires the prefix.
        max_concurrency: Threads used to run a call's independent requests at once.
        debug: Print each request and response, redacted, to stderr; None reads
            ``DEBUG_HTTP_TRAFFIC`` from the environment.

    Raises:
        InvalidArgument: an option is malformed.

    One ``Client`` is safe to share between threads. Use it as a context manager, or call
    :meth:`close`, to release its connections.
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
        transport: SyncTransport | None = None,
        allow_insecure_http: bool = False,
        default_region: str | None = None,
        max_concurrency: int = 10,
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
        owns = transport is None
        if transport is None:
            from twilio_sansio.transports.urllib3_sync import Urllib3Transport

            transport = Urllib3Transport()
        self._shared = _Shared(transport, owns, _settings.validate_concurrency(max_concurrency))
        self._closes_resources = True

    @classmethod
    def from_env(cls, **options: Any) -> Client:
        """Build a client from Twilio's environment variables.

        ``TWILIO_ACCOUNT_SID`` with ``TWILIO_AUTH_TOKEN``, or with ``TWILIO_API_KEY`` and
        ``TWILIO_API_SECRET``; ``options`` go to the constructor.

        Raises:
            InvalidArgument: a required variable is missing or malformed.
        """
        return cls(**_settings.credentials_from_env(), **options)

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
        return self._drive(job, deadline, None)

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
                if isinstance(step, Exchange):
                    if self.retry.max_attempts == 1:
                        value = self._exchange(step.request, deadline, cancel)
                    else:
                        value = self._drive(retry_job(self.retry, step.request), deadline, cancel)
                elif isinstance(step, Attempt):
                    value = self._exchange(step.request, deadline, cancel)
                elif isinstance(step, Gather):
                    value = self._gather(step.jobs, deadline)
                elif isinstance(step, Now):
                    value = Moment(time.time(), deadline - time.monotonic())
                elif isinstance(step, Sleep):
                    if step.reason:
                        self._traffic.retry(step.seconds, step.reason)
                    self._sleep(step.seconds, deadline, cancel)
                else:  # pragma: no cover - the Step union is closed
                    raise TypeError(f"unknown step {step!r}")
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

    def __repr__(self) -> str:
        return f"Client(account_sid={self.config.account_sid!r}, timeout={self.timeout:g})"


def _first_failure(done: set[Future[Any]]) -> BaseException | None:
    failures = [f.exception() for f in done if not f.cancelled() and f.exception() is not None]
    for failure in failures:
        if isinstance(failure, TwilioError):
            return failure
    return failures[0] if failures else None
