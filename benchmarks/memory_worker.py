"""One W6 run in a fresh process; prints one JSON line.

``memory_worker.py CONTENDER BASE_URL ACCOUNT``: iterate the account's whole listing
(1000 records a page), touching sid, status, date_sent and price of each record, and
report the count, the seconds and the peak RSS. The peak is the kernel's ``VmHWM`` of
this process: ``ru_maxrss`` is reported too, but Linux carries the parent's peak over a
fork and exec into it, so a child of a big parent reports the parent's figure.

``memory_worker.py fake|fake-bounded N``: seed a FakeTwilio with N messages, then
iterate them through its in-memory transport; report the RSS before iterating and the
peak while iterating (the kernel's high-water mark is reset first, through
``/proc/self/clear_refs``), so the growth is what iterating costs, apart from the fake's
own N records.
"""

from __future__ import annotations

import gc
import json
import resource
import sys
import time
from typing import Any

import anyio
import common
import contenders

PAGE_SIZE = 1000


def _status_kb(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise LookupError(field)


def http_run(name: str, base_url: str, account: str) -> dict[str, Any]:
    started = time.perf_counter()
    if name in contenders.SYNC:
        contender = contenders.SYNC[name](base_url, account)
        contender.open()
        try:
            count = contender.iterate(PAGE_SIZE)
        finally:
            contender.close()
    else:
        contender = contenders.ASYNC[name](base_url, account)

        async def main() -> int:
            async with contender.session():
                result: int = await contender.iterate(PAGE_SIZE)
                return result

        count = anyio.run(main, backend=contender.library)
    seconds = time.perf_counter() - started
    return {
        "count": count,
        "seconds": seconds,
        "peak_kb": _status_kb("VmHWM"),
        "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }


def fake_run(size: int, bounded: bool) -> dict[str, Any]:
    from twilio_sansio.testing import FakeTwilio

    # bounded: the fake keeps no request history (record=False), as a long run should.
    fake = FakeTwilio(common.ACCOUNT, common.AUTH_TOKEN, seed=1, record=not bounded)
    table = fake.store.table("messages")
    for index in range(size):
        record = common.message(index)
        table[record["sid"]] = record
    gc.collect()
    before = _status_kb("VmRSS")
    try:
        with open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")  # reset VmHWM to the current RSS
        reset = True
    except OSError:
        reset = False
    started = time.perf_counter()
    with fake.client() as client:
        count = 0
        for record in client.messages.iterate(page_size=PAGE_SIZE):
            _ = (record.sid, record.status, record.date_sent, record.price)
            count += 1
    seconds = time.perf_counter() - started
    peak = _status_kb("VmHWM")
    return {
        "count": count,
        "seconds": seconds,
        "rss_before_kb": before,
        "peak_kb": peak,
        "growth_kb": peak - before if reset else None,
        "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }


def main() -> None:
    if sys.argv[1] in ("fake", "fake-bounded"):
        result = fake_run(int(sys.argv[2]), sys.argv[1] == "fake-bounded")
    else:
        result = http_run(sys.argv[1], sys.argv[2], sys.argv[3])
    print(json.dumps(result))


if __name__ == "__main__":
    main()
