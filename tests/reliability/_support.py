"""Helpers of the fault-injection suite: run one call with one client kind, count leaks.

Every call runs against a real :class:`~twilio_sansio.testing.LoopbackServer` on
127.0.0.1, with ``Client`` (urllib3), or ``AsyncClient`` on trio or asyncio over either
async transport (h11), driven by the shared :class:`~tests._drivers.Driver`. What
the call ended with is summed up in an :class:`Outcome`; retries are counted from the
library's own log (``retrying in ...`` at INFO).
"""

from __future__ import annotations

import functools
import logging
import os
import threading
import time
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from typing import Any

from tests._drivers import Driver, settle
from tests.clients.conftest import message_json as client_message_json
from twilio_sansio import AsyncClient, Client, RetryPolicy, TwilioError
from twilio_sansio.core.http import Request
from twilio_sansio.testing import Reply
from twilio_sansio.transports.h11_async import H11Transport
from twilio_sansio.transports.protocol import AsyncTransport, SyncTransport

ACCOUNT = "AC" + "0" * 32
TOKEN = "tok-" + "r3liable" * 3
API = f"/2010-04-01/Accounts/{ACCOUNT}"
MESSAGE_SID = "SM" + "7" * 32
SENDER = "+14105551234"
RECIPIENT = "+14105556789"

KINDS = ("sync", "trio-h11", "asyncio-h11")
"""The client kinds: ``Client``; ``AsyncClient`` on trio or asyncio over ``H11Transport``
(``<event loop>-<transport>``)."""

ASYNC_TRANSPORTS: dict[str, Callable[..., AsyncTransport]] = {
    "h11": H11Transport,
}
"""The async transports by name, each taking ``max_response_bytes=``."""


def async_transport_for(kind: str, **options: Any) -> AsyncTransport:
    """A new transport of the async ``kind`` (``trio-h11`` -> ``H11Transport(**options)``)."""
    return ASYNC_TRANSPORTS[kind.partition("-")[2]](**options)


METHODS = ("GET", "POST")
"""GET is ``messages.get(sid)`` (retried per the policy); POST is ``send_message``."""

QUICK = RetryPolicy(max_attempts=3, backoff_base=0.01, backoff_cap=0.05)
"""The default three attempts, with backoffs short enough for a fast suite."""

NO_RETRY = RetryPolicy.none()
"""One attempt: the fault surfaces as it is."""

DEADLINE_SLACK = 0.2
"""A call may end at most this long after its deadline."""

SETTLE_SECONDS = 3.0
"""How long released descriptors and threads may take to go away before it is a leak."""


def message_json(sid: str = MESSAGE_SID) -> dict[str, Any]:
    """A message record as Twilio's API 2010 sends it (the client tests' own record)."""
    return client_message_json(sid)


def success_for(method: str) -> Reply:
    """Twilio's answer when nothing goes wrong: 200 for a fetch, 201 for a send."""
    return Reply.json(message_json(), status=201 if method == "POST" else 200)


@dataclass(frozen=True)
class Success:
    """In a script of replies: Twilio's normal answer for the request's method."""


SUCCESS = Success()


class Script:
    """A handler answering the n-th request of each method with ``replies[n]``.

    The last reply repeats for every later request; :data:`SUCCESS` stands for
    :func:`success_for` the request's method.
    """

    def __init__(self, replies: tuple[Reply | Success, ...]) -> None:
        self.replies = replies
        self._seen: dict[str, int] = {}
        self._lock = threading.Lock()

    def __call__(self, request: Request) -> Reply:
        with self._lock:
            index = self._seen.get(request.method, 0)
            self._seen[request.method] = index + 1
        reply = self.replies[min(index, len(self.replies) - 1)]
        return success_for(request.method) if isinstance(reply, Success) else reply


def call_for(method: str) -> Callable[[Any], Any]:
    """The API call a test makes for ``method``: a fetch (GET) or a send (POST)."""
    if method == "GET":
        return lambda client: client.messages.get(MESSAGE_SID)
    return lambda client: client.messages.send_message(SENDER, RECIPIENT, "only once")


@dataclass
class Outcome:
    """How one call ended.

    Attributes:
        result: What the call returned, or None if it raised.
        error: The library error it raised, or None.
        elapsed: Seconds the call itself took (client construction and closing excluded).
        retries: Retries the client logged (``retrying in ...``).
    """

    result: Any
    error: TwilioError | None
    elapsed: float
    retries: int


class RetryCounter(logging.Handler):
    """Counts the library's ``retrying in ...`` log records, from any thread."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.reasons: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith("retrying in "):
            self.reasons.append(message)


@contextmanager
def counting_retries() -> Iterator[RetryCounter]:
    """Listen to the ``twilio_sansio`` logger at INFO for the duration of the block."""
    logger = logging.getLogger("twilio_sansio")
    counter = RetryCounter()
    old_level = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(counter)
    try:
        yield counter
    finally:
        logger.removeHandler(counter)
        logger.setLevel(old_level)


def run_call(
    kind: str,
    func: Callable[[Any], Any],
    base_url: str,
    *,
    timeout: float,
    retry: RetryPolicy = QUICK,
    sync_transport: Callable[[], SyncTransport] | None = None,
    async_transport: Callable[[], AsyncTransport] | None = None,
) -> Outcome:
    """Build a client of ``kind``, make one call with it, close it, and say how it ended.

    Args:
        kind: One of :data:`KINDS`.
        func: The call, given the client; for async kinds it returns an awaitable.
        base_url: The loopback server's URL.
        timeout: The client's deadline.
        retry: The client's retry policy.
        sync_transport: Makes a transport for ``Client`` instead of its own; closed here.
        async_transport: Makes a transport for ``AsyncClient`` instead of the kind's
            own; closed here.

    Only library errors (:class:`~twilio_sansio.TwilioError`) are caught: anything else
    fails the test as it is.
    """
    loop = kind.partition("-")[0]  # the Driver's kind: sync, trio or asyncio
    make_async = async_transport or functools.partial(async_transport_for, kind)
    driver = Driver(
        loop,
        functools.partial(_sync_client, sync_transport),
        functools.partial(_async_client, make_async),
    )
    with counting_retries() as counter:
        result, error, elapsed = driver.run(
            _measured(func), base_url=base_url, timeout=timeout, retry=retry
        )
    return Outcome(result, error, elapsed, len(counter.reasons))


_Ended = tuple[Any, TwilioError | None, float]


def _measured(func: Callable[[Any], Any]) -> Callable[[Any], Coroutine[Any, Any, _Ended]]:
    """``func`` timed (client construction and closing excluded), its library error kept."""

    async def call(client: Any) -> _Ended:
        started = time.monotonic()
        try:
            return await settle(func(client)), None, time.monotonic() - started
        except TwilioError as exc:
            return None, exc, time.monotonic() - started

    return call


@contextmanager
def _sync_client(
    make_transport: Callable[[], SyncTransport] | None, **options: Any
) -> Iterator[Client]:
    """A ``Client`` on a transport from ``make_transport`` (its own if None), closed after."""
    transport = make_transport() if make_transport is not None else None
    try:
        with Client(ACCOUNT, TOKEN, transport=transport, **options) as client:
            yield client
    finally:
        if transport is not None:
            transport.close()


@asynccontextmanager
async def _async_client(
    make_transport: Callable[[], AsyncTransport], **options: Any
) -> AsyncIterator[AsyncClient]:
    """An ``AsyncClient`` on a transport from ``make_transport``, closed after."""
    transport = make_transport()
    try:
        async with AsyncClient(ACCOUNT, TOKEN, transport=transport, **options) as client:
            yield client
    finally:
        await transport.aclose()


@dataclass(frozen=True)
class Resources:
    """The process's open file descriptors and live threads at one moment."""

    descriptors: int
    threads: int
    thread_names: tuple[str, ...] = field(default=(), compare=False)

    @classmethod
    def now(cls) -> Resources:
        """Count them now (``/proc/self/fd`` and :func:`threading.enumerate`)."""
        threads = threading.enumerate()
        return cls(
            len(os.listdir("/proc/self/fd")),
            len(threads),
            tuple(sorted(thread.name for thread in threads)),
        )


@dataclass(frozen=True)
class Leaks:
    """What was still open after a settle period, compared with before.

    Attributes:
        descriptors: File descriptors more than before (sockets, pipes, ...).
        threads: Threads more than before.
        thread_names: The names of the threads alive at the end.
    """

    descriptors: int
    threads: int
    thread_names: tuple[str, ...]

    def __bool__(self) -> bool:
        return self.descriptors > 0 or self.threads > 0


def leaks_since(before: Resources, settle: float = SETTLE_SECONDS) -> Leaks:
    """Wait until descriptors and threads are back to ``before`` (at most ``settle`` s).

    It polls rather than sleeping once: threads that are ending and sockets the kernel is
    closing get their moment, and a real leak is still reported after ``settle``.
    """
    give_up = time.monotonic() + settle
    while True:
        current = Resources.now()
        settled = current.descriptors <= before.descriptors and current.threads <= before.threads
        if settled or time.monotonic() >= give_up:
            return Leaks(
                max(0, current.descriptors - before.descriptors),
                max(0, current.threads - before.threads),
                current.thread_names,
            )
        time.sleep(0.01)


@dataclass(frozen=True)
class Figure:
    """One row of the suite's figures: a fault run with a client kind and a method."""

    case: str
    kind: str
    method: str
    requests_seen: int
    retries_seen: int
    error: str
    elapsed: float
    leaked_descriptors: int
    leaked_threads: int


FIGURES: list[Figure] = []
"""Every row recorded in this session, written out by the conftest when asked."""


def record(
    case: str, kind: str, method: str, requests_seen: int, outcome: Outcome, leaks: Leaks
) -> None:
    """Add one row to :data:`FIGURES`."""
    FIGURES.append(
        Figure(
            case,
            kind,
            method,
            requests_seen,
            outcome.retries,
            "ok" if outcome.error is None else type(outcome.error).__name__,
            outcome.elapsed,
            leaks.descriptors,
            leaks.threads,
        )
    )
