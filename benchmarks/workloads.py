"""The in-process workloads (W1-W4, W7): one timed run of one contender, checked.

A run builds the contender's client, warms its connection(s) with untimed requests,
times the workload alone, checks what it returned, and closes the client. ``inprocess.py``
hands runs to pyperf, ``check.py`` runs each once, ``profiles.py`` runs them under a
profiler.
"""

from __future__ import annotations

import functools
import json
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import anyio
import common
import contenders

FETCHES = 5_000  # W1 and W7
PAGES, PAGE_SIZE = 200, 50  # W2
SENDS = 2_000  # W3
MEDIA_CALLS = 2  # W4: get_media_urls calls per timed run
TASKS = 100  # W7
MANY_TASKS, MANY_FETCHES = 1_000, 2_000  # W7x: more tasks than connections


@dataclass(frozen=True)
class Workload:
    """One workload: what to call, how many operations one run makes, what it must return.

    Attributes:
        key: Short name (``w1``).
        title: What it does, for the report.
        ops: Operations in one run; pyperf reports time per operation.
        unit: What an operation is (``call``, ``record``).
        tls: Whether it runs over https, against the server's TLS port, each contender
            trusting the server's CA (``ca_file``) and checking its name as usual.
    """

    key: str
    title: str
    ops: int
    unit: str
    sync: Callable[[Any], Any] | None
    asynchronous: Callable[[Any], Any]
    expect: Callable[[Any], bool]
    tls: bool = False


@functools.cache
def tls_endpoint(base_url: str) -> tuple[str, str]:
    """The https base URL of the server at ``base_url`` and its CA file (``/__tls``)."""
    with urllib.request.urlopen(base_url + "/__tls", timeout=10) as answer:
        data = json.load(answer)
    return str(data["base_url"]), str(data["ca_file"])


def _media_ok(urls: Any) -> bool:
    expected = [f"{common.MEDIA_CDN}/{common.media_sid(i)}" for i in range(common.MEDIA_COUNT)]
    return bool(urls == expected)


def _sync_media(c: Any) -> Any:
    for _ in range(MEDIA_CALLS - 1):
        c.media()
    return c.media()


async def _async_media(c: Any) -> Any:
    for _ in range(MEDIA_CALLS - 1):
        await c.media()
    return await c.media()


async def _concurrent(c: Any, tasks: int = TASKS, total: int = FETCHES) -> int:
    done = 0

    async def worker(n: int) -> None:
        nonlocal done
        fetched = await c.fetch(n)
        done += fetched

    async with anyio.create_task_group() as group:
        for index in range(tasks):
            group.start_soon(worker, total // tasks + (index < total % tasks))
    return done


WORKLOADS = {
    w.key: w
    for w in (
        Workload(
            "w1",
            "fetch one message 5,000 times",
            FETCHES,
            "call",
            lambda c: c.fetch(FETCHES),
            lambda c: c.fetch(FETCHES),
            lambda n: n == FETCHES,
        ),
        Workload(
            "w2",
            "list 200 pages of 50, touching sid, status, date_sent, price",
            PAGES * PAGE_SIZE,
            "record",
            lambda c: c.list_pages(PAGE_SIZE),
            lambda c: c.list_pages(PAGE_SIZE),
            lambda n: n == PAGES * PAGE_SIZE,
        ),
        Workload(
            "w3",
            "send_message 2,000 times",
            SENDS,
            "call",
            lambda c: c.send(SENDS),
            lambda c: c.send(SENDS),
            lambda n: n == SENDS,
        ),
        Workload(
            "w4",
            "all media URLs of a message with 10 media (100 ms each)",
            MEDIA_CALLS,
            "call",
            _sync_media,
            _async_media,
            _media_ok,
        ),
        Workload(
            "w4one",
            "one media content request (100 ms): W4's reference latency",
            1,
            "call",
            lambda c: c.one_media(),
            lambda c: c.one_media(),
            lambda url: url == f"{common.MEDIA_CDN}/{common.media_sid(0)}",
        ),
        Workload(
            "w7",
            "5,000 fetches from 100 concurrent tasks",
            FETCHES,
            "call",
            None,
            _concurrent,
            lambda n: n == FETCHES,
        ),
        Workload(
            "w7x",
            "2,000 fetches from 1,000 concurrent tasks (more tasks than connections)",
            MANY_FETCHES,
            "call",
            None,
            lambda c: _concurrent(c, MANY_TASKS, MANY_FETCHES),
            lambda n: n == MANY_FETCHES,
        ),
    )
}
#: W1 and W7 over https: what real Twilio traffic is.
WORKLOADS.update(
    {
        f"{key}tls": replace(
            WORKLOADS[key], key=f"{key}tls", title=f"{WORKLOADS[key].title}, over TLS", tls=True
        )
        for key in ("w1", "w7")
    }
)


class CheckFailed(AssertionError):
    """A contender's workload returned something other than expected."""


def _check(workload: Workload, name: str, result: Any) -> None:
    if not workload.expect(result):
        raise CheckFailed(f"{workload.key}/{name} returned {str(result)[:200]!r}")


def _endpoint(workload: Workload, base_url: str) -> tuple[str, dict[str, Any]]:
    """Where a run of ``workload`` goes, and the contender attributes that it needs."""
    if not workload.tls:
        return base_url, {}
    tls_url, ca_file = tls_endpoint(base_url)
    return tls_url, {"ca_file": ca_file}


def run_sync(workload: Workload, cls: type, base_url: str) -> float:
    """Run ``workload`` once with a fresh sync contender; return the timed seconds."""
    assert workload.sync is not None
    base_url, attributes = _endpoint(workload, base_url)
    contender = cls(base_url)
    for name, value in attributes.items():
        setattr(contender, name, value)
    contender.open()
    try:
        contender.fetch(2)
        started = time.perf_counter()
        result = workload.sync(contender)
        elapsed = time.perf_counter() - started
    finally:
        contender.close()
    _check(workload, contender.name, result)
    return elapsed


def run_async(workload: Workload, cls: type, base_url: str, **attributes: Any) -> float:
    """Run ``workload`` once with a fresh async contender in its own event loop."""
    base_url, tls_attributes = _endpoint(workload, base_url)
    attributes = {**tls_attributes, **attributes}
    contender = cls(base_url)
    for name, value in attributes.items():
        setattr(contender, name, value)

    async def main() -> float:
        async with contender.session():
            if workload.key.startswith("w7"):  # open the pool's connections before timing
                await _concurrent(contender, TASKS, TASKS)
            else:
                await contender.fetch(2)
            started = time.perf_counter()
            result = await workload.asynchronous(contender)
            elapsed = time.perf_counter() - started
        _check(workload, contender.name, result)
        return elapsed

    return float(anyio.run(main, backend=contender.library))


def run_once(key: str, name: str, base_url: str) -> float:
    """Run workload ``key`` once with the contender called ``name``."""
    workload = WORKLOADS[key]
    if name in contenders.SYNC:
        return run_sync(workload, contenders.SYNC[name], base_url)
    return run_async(workload, contenders.ASYNC[name], base_url)
