"""Load: thousands of requests through both clients against the fake Twilio in its own process.

The fake runs in a separate Python process (so that its threads do not compete with the
client's interpreter lock), served over HTTP on 127.0.0.1. Each test checks that every
request succeeded and that the client gives back every file descriptor and thread it
opened. How fast this goes, and how memory grows, are benchmark figures, not assertions.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
import trio

from twilio_sansio import AsyncClient, Client
from twilio_sansio.testing.fake import DEFAULT_ACCOUNT_SID, DEFAULT_AUTH_TOKEN

pytestmark = pytest.mark.slow

SENDER = "+15005550006"
RECIPIENT = "+14155550100"
ASYNC_REQUESTS, ASYNC_TASKS = 10_000, 200
SYNC_REQUESTS, SYNC_THREADS = 2_000, 16

_SERVE = """
import sys
from twilio_sansio.testing import FakeTwilio
fake = FakeTwilio(seed=9, record=False)
with fake.serve() as server:
    print(server.base_url, flush=True)
    sys.stdin.read()
"""


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    """The URL of a fake Twilio served by another process, stopped after the module."""
    process = subprocess.Popen(
        [sys.executable, "-c", _SERVE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdin is not None
    try:
        yield process.stdout.readline().strip()
    finally:
        process.stdin.close()
        process.wait(10)
        process.stdout.close()


def _open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


def _settles_to(baseline: int, measure: Callable[[], int]) -> int:
    """Wait (briefly) for ``measure()`` to come back to ``baseline``; return its last value."""
    deadline = time.monotonic() + 5
    value = measure()
    while value > baseline and time.monotonic() < deadline:
        time.sleep(0.05)
        value = measure()
    return value


def test_async_client_200_tasks_10000_requests(base_url: str) -> None:
    descriptors = _open_descriptors()
    errors: list[BaseException] = []
    done = 0

    async def main() -> None:
        nonlocal done
        async with AsyncClient(
            DEFAULT_ACCOUNT_SID, DEFAULT_AUTH_TOKEN, base_url=base_url, timeout=60
        ) as client:
            sent = await client.messages.send_message(SENDER, RECIPIENT, "load")

            async def worker(count: int) -> None:
                nonlocal done
                for index in range(count):
                    try:
                        if index % 2:
                            await client.messages.get(sent.sid)
                        else:
                            await client.messages.get_page(page_size=1)
                        done += 1
                    except Exception as exc:
                        errors.append(exc)

            async with trio.open_nursery() as nursery:
                for _ in range(ASYNC_TASKS):
                    nursery.start_soon(worker, ASYNC_REQUESTS // ASYNC_TASKS)

    trio.run(main)
    assert errors == []
    assert done == ASYNC_REQUESTS
    assert _settles_to(descriptors, _open_descriptors) == descriptors


def test_sync_client_16_threads_2000_requests(base_url: str) -> None:
    descriptors = _open_descriptors()
    threads = threading.active_count()
    with Client(DEFAULT_ACCOUNT_SID, DEFAULT_AUTH_TOKEN, base_url=base_url, timeout=60) as client:
        sent = client.messages.send_message(SENDER, RECIPIENT, "load")

        def worker(count: int) -> int:
            for index in range(count):
                if index % 2:
                    client.messages.get(sent.sid)
                else:
                    client.messages.get_page(page_size=1)
            return count

        with ThreadPoolExecutor(SYNC_THREADS) as pool:
            counts = list(pool.map(worker, [SYNC_REQUESTS // SYNC_THREADS] * SYNC_THREADS))
    assert sum(counts) == SYNC_REQUESTS
    assert _settles_to(descriptors, _open_descriptors) == descriptors
    assert _settles_to(threads, threading.active_count) == threads
