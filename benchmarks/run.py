"""Run the whole suite and write RESULTS.md: ``nox -s bench``.

Steps, each against one server process started here: capacity (the server's own cost),
the target workloads in interleaved rounds (``sidebyside.py``), the in-process workloads
under pyperf (W1-W4, W7), cold start (W5), peak memory (W6), profiles;
then ``report.py`` writes RESULTS.md from ``out/results.json``. Every timed run checks
what its workload returned. ``--quick`` runs everything once, after a check step
(every contender, every workload, once), for a smoke test whose figures are not worth
reporting. ``--skip STEP`` leaves a step out.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import capacity
import check
import profiles
import report
import subprocs
from serverproc import HERE, ServerProcess

OUT = HERE / "out"
STEPS = ("check", "capacity", "sidebyside", "inprocess", "coldstart", "memory", "profiles")

#: pyperf groups: (name, workload regex, processes, values). One value is one whole run
#: of the workload; workers warm their connections before timing, so no pyperf warmup.
GROUPS = (
    ("sequential", r"^w(?:[123]|1tls)/", 3, 1),
    ("media", r"^w4", 3, 2),
    ("concurrent", r"^w7", 3, 1),
)


def _pyperf(base_url: str, quick: bool) -> dict[str, str]:
    files = {}
    for group, only, full_processes, full_values in GROUPS:
        output = OUT / f"pyperf-{group}.json"
        output.unlink(missing_ok=True)
        processes, values = (1, 1) if quick else (full_processes, full_values)
        command = [
            sys.executable,
            str(HERE / "inprocess.py"),
            "--base-url",
            base_url,
            "--only",
            only,
            "--processes",
            str(processes),
            "--values",
            str(values),
            "--warmups",
            "0",
            "--loops",
            "1",
            "--quiet",
            "--inherit-environ",
            "PYTHONPATH",
            "--output",
            str(output),
        ]
        print(f"== pyperf {group}: {only} ({processes} processes x {values} values)", flush=True)
        subprocess.run(command, check=True, cwd=HERE, env=subprocs.child_env())
        files[group] = output.name
    return files


#: The workloads whose targets are ratios, and the contenders run side by side for them.
SIDE_BY_SIDE = {
    "w1": ("ours", "ours-async", "official", "official-async", "raw", "raw-async"),
    "w2": ("ours", "ours-async", "official", "raw", "raw-async"),
    "w3": ("ours", "ours-async", "official", "raw", "raw-async"),
    "w7": ("ours-async", "official-async", "raw-h11", "raw-aiohttp"),
    "w1tls": ("ours", "ours-async", "official", "official-async", "raw", "raw-h11", "raw-aiohttp"),
    "w7tls": ("ours-async", "official-async", "raw-h11", "raw-aiohttp"),
}
SIDE_BY_SIDE_ROUNDS = 7


def _side_by_side(base_url: str, quick: bool) -> dict[str, Any]:
    """Interleaved rounds of the target workloads, in a child process: seconds per op."""
    rounds = 1 if quick else SIDE_BY_SIDE_ROUNDS
    output = OUT / "sidebyside.json"
    values: dict[str, list[float]] = {}
    for key, names in SIDE_BY_SIDE.items():
        print(f"== side by side {key}: {', '.join(names)} ({rounds} rounds)", flush=True)
        command = [sys.executable, str(HERE / "sidebyside.py"), key, *names]
        command += ["--rounds", str(rounds), "--base-url", base_url, "--json", str(output)]
        subprocess.run(command, check=True, cwd=HERE, env=subprocs.child_env())
        for name, seconds in json.loads(output.read_text()).items():
            values[f"{key}/{name}"] = seconds
    return {"rounds": rounds, "values": values}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="one run of everything")
    parser.add_argument("--skip", action="append", default=[], choices=STEPS)
    parser.add_argument("--results", default=str(HERE / "RESULTS.md"))
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    results: dict[str, Any] = {
        "started": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "quick": args.quick,
        "load_before": os.getloadavg(),
        "command": "nox -s bench" + (" -- --quick" if args.quick else ""),
    }
    started = time.perf_counter()
    with ServerProcess() as server:
        url = server.base_url
        if args.quick and "check" not in args.skip:
            print("== check: every contender, every workload, once", flush=True)
            check.check(url)
        if "capacity" not in args.skip:
            print("== capacity of the server", flush=True)
            results["capacity"] = capacity.measure(server)
        if "sidebyside" not in args.skip:
            # First, on a fresh server: in one run the W1 rounds taken right after
            # pyperf's 1,000-task runs came out at twice their usual times.
            results["sidebyside"] = _side_by_side(url, args.quick)
        if "inprocess" not in args.skip:
            results["pyperf"] = _pyperf(url, args.quick)
        if "coldstart" not in args.skip:
            print("== W5 cold start", flush=True)
            results["coldstart"] = subprocs.cold_start(url, 3 if args.quick else 20)
        if "memory" not in args.skip:
            print("== W6 peak memory", flush=True)
            results["memory"] = subprocs.memory(url, 1 if args.quick else 3, 1)
        if "profiles" not in args.skip:
            print("== profiles", flush=True)
            results["profiles"] = profiles.profile_all(url)
        results["server_total"] = server.stats()
    results["load_after"] = os.getloadavg()
    results["seconds"] = time.perf_counter() - started
    (OUT / "results.json").write_text(json.dumps(results, indent=1))
    Path(args.results).write_text(report.render(results, OUT))
    print(f"== wrote {args.results} in {results['seconds']:.0f} s", flush=True)


if __name__ == "__main__":
    main()
