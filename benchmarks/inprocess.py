"""W1-W4 and W7 under pyperf: each run in worker processes, times per operation.

Run by ``run.py`` as ``python inprocess.py --base-url URL -o FILE [pyperf options]``.
Benchmark names are ``<workload>/<contender>``; each value is one whole workload run
(5,000 fetches, 200 pages, ...) divided by its operations (``inner_loops``), so pyperf
reports seconds per call or per record. ``--only REGEX`` keeps the matching names.
"""

from __future__ import annotations

import re
from typing import Any

import pyperf
import workloads
from check import PLAN


def timed(loops: int, key: str, name: str, base_url: str) -> float:
    total = 0.0
    for _ in range(loops):
        total += workloads.run_once(key, name, base_url)
    return total


def add_worker_args(cmd: list[str], args: Any) -> None:
    cmd.extend(["--base-url", args.base_url, "--only", args.only])


def main() -> None:
    runner = pyperf.Runner(add_cmdline_args=add_worker_args)
    runner.argparser.add_argument("--base-url", required=True)
    runner.argparser.add_argument("--only", default=".")
    args = runner.parse_args()
    only = re.compile(args.only)
    for key, names in PLAN.items():
        workload = workloads.WORKLOADS[key]
        for name in names:
            bench = f"{key}/{name}"
            if not only.search(bench):
                continue
            runner.bench_time_func(
                bench,
                timed,
                key,
                name,
                args.base_url,
                inner_loops=workload.ops,
                metadata={"unit": "second", "description": workload.title},
            )


if __name__ == "__main__":
    main()
