"""Where the time goes: W1, W2 and W7 of our clients under a sampling profiler.

Each profile runs ``workloads.run_once`` in a child process under py-spy (on-CPU samples
only, so time blocked on the socket is not counted). When py-spy cannot attach (no
ptrace), pyinstrument profiles in-process instead (wall-clock samples). Samples taken
while importing, building or closing a client are dropped. Each sample's innermost frame
is charged to a package.
"""

from __future__ import annotations

import collections
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from subprocs import HERE, child_env

#: (workload, contender) pairs profiled.
PLAN = (
    ("w1", "ours"),
    ("w1", "ours-async"),
    ("w2", "ours"),
    ("w2", "ours-async"),
    ("w7", "ours-async"),
    ("w7", "ours-async-limited"),
)

CATEGORIES = (
    ("twilio_sansio/core/", "ours: core"),
    ("twilio_sansio", "ours: client, transport"),
    ("/urllib3/", "urllib3"),
    ("/httpcore/", "httpcore"),
    ("/httpx/", "httpx"),
    ("/h11/", "h11"),
    ("/anyio/", "anyio"),
    ("/trio/", "trio"),
    ("/json/", "json"),
    ("/http/client.py", "stdlib http.client, socket"),
    ("/socket.py", "stdlib http.client, socket"),
    ("/selectors.py", "stdlib http.client, socket"),
    ("/email/", "stdlib email (http.client headers)"),
    ("/benchmarks/", "benchmark harness"),
)


def category(frame: str) -> str:
    """The package a frame (``function (path:line)``) belongs to."""
    for marker, name in CATEGORIES:
        if marker in frame:
            return name
    return "other (stdlib, attrs, ...)"


def _py_spy(key: str, name: str, base_url: str, runs: int, out: Path) -> bool:
    py_spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    command = [
        py_spy,
        "record",
        "--rate",
        "1000",
        "--format",
        "raw",
        "--full-filenames",
        "--output",
        str(out),
        "--",
        sys.executable,
        str(HERE / "profile_target.py"),
        key,
        name,
        base_url,
        str(runs),
    ]
    try:
        done = subprocess.run(command, check=False, env=child_env(), cwd=HERE, capture_output=True)
    except OSError:
        return False
    return done.returncode == 0 and out.exists() and out.stat().st_size > 0


def _pyinstrument(key: str, name: str, base_url: str, runs: int, out: Path) -> None:
    import pyinstrument
    import workloads

    profiler = pyinstrument.Profiler(interval=0.0005)
    profiler.start()
    for _ in range(runs):
        workloads.run_once(key, name, base_url)
    profiler.stop()
    root = profiler.last_session.root_frame() if profiler.last_session else None
    lines: list[str] = []

    def walk(frame: Any, stack: list[str]) -> None:
        here = [*stack, f"{frame.function} ({frame.file_path}:{frame.line_no})"]
        own = frame.time - sum(child.time for child in frame.children)
        if own > 0:
            lines.append(f"{';'.join(here)} {round(own * 1e6)}")
        for child in frame.children:
            walk(child, here)

    if root is not None:
        walk(root, [])
    out.write_text("\n".join(lines) + "\n")


def analyse(raw: str) -> dict[str, Any]:
    """Shares by package of the innermost frame, and the top functions."""
    by_category: collections.Counter[str] = collections.Counter()
    by_function: collections.Counter[str] = collections.Counter()
    ours_inclusive: collections.Counter[str] = collections.Counter()
    total = 0
    for line in raw.splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        frames = stack.split(";")
        if "run_once" not in stack or any(_excluded(f) for f in frames):
            continue
        samples = int(count)
        total += samples
        leaf = frames[-1]
        by_category[category(leaf)] += samples
        by_function[_short(leaf)] += samples
        for frame in {_short(f) for f in frames if "twilio_sansio" in f}:
            ours_inclusive[frame] += samples
    share = {name: n / total for name, n in by_category.most_common()} if total else {}
    return {
        "samples": total,
        "categories": share,
        "top_self": [(f, n / total) for f, n in by_function.most_common(12)] if total else [],
        "top_ours_inclusive": (
            [(f, n / total) for f, n in ours_inclusive.most_common(10)] if total else []
        ),
    }


def _excluded(frame: str) -> bool:
    """Is this a frame of setup, not of the workload: importing, building or closing?"""
    if "_find_and_load" in frame:
        return True
    return "/benchmarks/contenders.py" in frame and any(
        f".{step} (" in frame for step in ("open", "close", "session")
    )


def _short(frame: str) -> str:
    function, _, where = frame.partition(" (")
    path, _, line = where.rstrip(")").rpartition(":")
    for marker in ("site-packages/", "/work/main/", "lib/python3.11/"):
        if marker in path:
            path = path.split(marker, 1)[1]
    return f"{function} ({path}:{line})"


def profile_all(base_url: str, runs: int = 1) -> dict[str, Any]:
    """Profile every pair of PLAN; return the analyses by ``workload/contender``."""
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as folder:
        for key, name in PLAN:
            out = Path(folder) / f"{key}-{name}.txt"
            tool = "py-spy (on-CPU samples)"
            if not _py_spy(key, name, base_url, runs, out):
                tool = "pyinstrument (wall-clock samples)"
                _pyinstrument(key, name, base_url, runs, out)
            results[f"{key}/{name}"] = {"tool": tool, **analyse(out.read_text())}
    return results
