"""``profile_target.py KEY CONTENDER BASE_URL RUNS``: run one workload RUNS times (for py-spy)."""

from __future__ import annotations

import sys

import workloads


def main() -> None:
    key, name, base_url, runs = sys.argv[1:5]
    for _ in range(int(runs)):
        workloads.run_once(key, name, base_url)


if __name__ == "__main__":
    main()
