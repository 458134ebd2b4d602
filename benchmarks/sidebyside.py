"""Interleaved runs of a few contenders on one workload: medians and ratios, no pyperf.

On a busy machine, figures taken minutes apart are not comparable; runs that alternate
(A, B, C, A, B, C, ...) share whatever load there is. Each run is one whole workload in a
fresh event loop (``workloads.run_once``), connections warmed first. Prints the median
time per operation of each contender and its ratio to the first one named.

    python sidebyside.py w7 ours-async-h11 raw-aiohttp ours-async --rounds 7
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

import workloads
from serverproc import ServerProcess


def interleaved(key: str, names: list[str], rounds: int, base_url: str) -> dict[str, list[float]]:
    """Seconds per operation of each contender, one list of ``rounds`` values each."""
    ops = workloads.WORKLOADS[key].ops
    times: dict[str, list[float]] = {name: [] for name in names}
    for round_index in range(rounds):
        # Rotate the order too, so that no contender always runs right after another.
        order = names[round_index % len(names) :] + names[: round_index % len(names)]
        for name in order:
            times[name].append(workloads.run_once(key, name, base_url) / ops)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("workload", choices=sorted(workloads.WORKLOADS))
    parser.add_argument("contenders", nargs="+")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--base-url", help="a running server.py (else one is started)")
    parser.add_argument("--json", help="also write each contender's seconds per op here")
    args = parser.parse_args()
    if args.base_url:
        times = interleaved(args.workload, args.contenders, args.rounds, args.base_url)
    else:
        with ServerProcess() as server:
            times = interleaved(args.workload, args.contenders, args.rounds, server.base_url)
    if args.json:
        Path(args.json).write_text(json.dumps(times))
    reference = statistics.median(times[args.contenders[0]])
    unit = workloads.WORKLOADS[args.workload].unit
    for name, values in times.items():
        median = statistics.median(values)
        low, high = min(values), max(values)
        print(
            f"{args.workload:5} {name:24} median {median * 1e6:8.1f} µs/{unit}"
            f"  (min {low * 1e6:7.1f}, max {high * 1e6:7.1f})  ratio {median / reference:5.2f}"
        )


if __name__ == "__main__":
    main()
