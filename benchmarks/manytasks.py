"""1,000 tasks x 3 fetches through one ``AsyncClient``: throughput, latency, missed deadlines.

Issue 14's load case against the instant benchmark server: every task fetches a message
three times, all tasks at once. Each call's latency is measured from the moment its task
asks (so time spent queued for a connection counts). Prints requests per second, p50,
p99 and the worst latency, and how many calls failed and with what.

    python manytasks.py --transport h11 --backend trio --limit 20
    python manytasks.py --transport httpx --backend trio

Run several configurations alternately (``--rounds``) on a busy machine: figures taken
minutes apart are not comparable.
"""

from __future__ import annotations

import argparse
import collections
import statistics
import time
from typing import Any

import anyio
import common
from serverproc import ServerProcess

from twilio_sansio import AsyncClient, TwilioError


def make_transport(name: str, limit: int) -> Any:
    """A fresh transport: ``h11`` (H11Transport) or ``httpx`` (HttpxTransport)."""
    if name == "h11":
        from twilio_sansio.transports.h11_async import H11Transport

        return H11Transport(max_in_flight_per_origin=limit)
    from httpx_transport import HttpxTransport

    return HttpxTransport(max_connections=limit)


async def run(
    base_url: str, transport_name: str, limit: int, tasks: int, calls: int
) -> dict[str, Any]:
    transport = make_transport(transport_name, limit)
    latencies: list[float] = []
    failures: collections.Counter[str] = collections.Counter()

    async def worker() -> None:
        for _ in range(calls):
            started = time.perf_counter()
            try:
                await client.messages.get(common.MESSAGE_SID)
            except TwilioError as exc:
                failures[type(exc).__name__] += 1
            latencies.append(time.perf_counter() - started)

    async with AsyncClient(
        common.ACCOUNT, common.AUTH_TOKEN, base_url=base_url, debug=False, transport=transport
    ) as client:
        await client.messages.get(common.MESSAGE_SID)  # warm: imports, one connection
        started = time.perf_counter()
        async with anyio.create_task_group() as group:
            for _ in range(tasks):
                group.start_soon(worker)
        elapsed = time.perf_counter() - started
    await transport.aclose()
    latencies.sort()
    return {
        "requests_per_second": len(latencies) / elapsed,
        "p50": statistics.median(latencies),
        "p99": latencies[int(len(latencies) * 0.99) - 1],
        "worst": latencies[-1],
        "failures": dict(failures),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--transport", choices=["h11", "httpx"], action="append")
    parser.add_argument("--backend", choices=["trio", "asyncio"], default="trio")
    parser.add_argument("--limit", type=int, action="append", help="per transport, in order")
    parser.add_argument("--tasks", type=int, default=1_000)
    parser.add_argument("--calls", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    transports = args.transport or ["h11"]
    limits = args.limit or [20] * len(transports)
    with ServerProcess() as server:
        for _ in range(args.rounds):
            for name, limit in zip(transports, limits, strict=True):
                figures = anyio.run(
                    run, server.base_url, name, limit, args.tasks, args.calls, backend=args.backend
                )
                print(
                    f"{name:5} {args.backend:7} limit {limit:4}  "
                    f"{figures['requests_per_second']:7.0f} req/s  p50 {figures['p50']:6.3f} s  "
                    f"p99 {figures['p99']:6.3f} s  worst {figures['worst']:6.3f} s  "
                    f"failures {figures['failures'] or 'none'}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
