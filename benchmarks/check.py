"""Run every in-process workload once per contender and check what each returned.

Run before timing anything: a contender that does not do the same work as the others
(wrong count, wrong URLs, an error) fails here, not in a table. Prints one rough time per
run. ``python check.py [BASE_URL]`` starts its own server unless given one.
"""

from __future__ import annotations

import sys

import workloads
from serverproc import ServerProcess

#: Which contenders run which workload.
PLAN = {
    "w1": (
        "ours",
        "ours-async",
        "ours-async-h11",
        "ours-async-h11-asyncio",
        "official",
        "official-async",
        "raw",
        "raw-async",
        "raw-h11",
        "raw-aiohttp",
    ),
    "w1tls": (
        "ours",
        "ours-async",
        "ours-async-h11-asyncio",
        "official",
        "official-async",
        "raw",
        "raw-h11",
        "raw-aiohttp",
    ),
    "w2": ("ours", "ours-async", "ours-async-h11", "official", "raw", "raw-async"),
    "w3": ("ours", "ours-async", "ours-async-h11", "official", "raw", "raw-async"),
    "w4": ("ours", "ours-async", "ours-async-h11", "official", "raw", "raw-async"),
    "w4one": ("raw",),
    "w7": (
        "ours-async",
        "ours-async-limited",
        "ours-async-limited10",
        "ours-async-h11",
        "ours-async-h11-asyncio",
        "official-async",
        "raw-async",
        "raw-h11",
        "raw-aiohttp",
    ),
    "w7tls": ("ours-async", "ours-async-h11-asyncio", "official-async", "raw-h11", "raw-aiohttp"),
    "w7x": (
        "ours-async",
        "ours-async-limited",
        "ours-async-limited10",
        "ours-async-h11",
        "ours-async-h11-asyncio",
        "official-async",
    ),
}


def check(base_url: str) -> None:
    for key, names in PLAN.items():
        workload = workloads.WORKLOADS[key]
        for name in names:
            seconds = workloads.run_once(key, name, base_url)
            per_op = seconds / workload.ops * 1e6
            print(f"ok {key:6} {name:20} {seconds:8.3f} s  {per_op:9.1f} µs/{workload.unit}")


def main() -> None:
    if len(sys.argv) > 1:
        check(sys.argv[1])
        return
    with ServerProcess() as server:
        check(server.base_url)


if __name__ == "__main__":
    main()
