"""W5 (cold start) and W6 (peak memory): fresh interpreters, timed and measured from outside.

W5: each contender's script imports its client, builds it and makes one GET; its wall
time, minus a bare ``python -c pass``, is the cold start. Contenders run round-robin so
that a noisy moment hurts them all alike; one untimed round first writes bytecode caches.

W6: ``memory_worker.py`` iterates a listing of 10,000 or 100,000 records in a fresh
process and reports its peak RSS (``ru_maxrss``); the in-memory fake is measured the same
way, with the growth of RSS while iterating (the fake holds every record itself).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import common

HERE = Path(__file__).resolve().parent

_SETUP = f"""
import sys
URL = sys.argv[1]
ACCOUNT, TOKEN, SID = {common.ACCOUNT!r}, {common.AUTH_TOKEN!r}, {common.MESSAGE_SID!r}
PATH = {common.message_path()!r}
AUTH = {common.basic_auth()!r}
"""

COLD_START = {
    "bare": "pass",
    "ours": _SETUP
    + """
from twilio_sansio import Client
with Client(ACCOUNT, TOKEN, base_url=URL, debug=False) as client:
    assert client.messages.get(SID).sid == SID
""",
    "ours-async": _SETUP
    + """
import trio
from twilio_sansio import AsyncClient
async def main():
    async with AsyncClient(ACCOUNT, TOKEN, base_url=URL, debug=False) as client:
        assert (await client.messages.get(SID)).sid == SID
trio.run(main)
""",
    "official": _SETUP
    + """
from twilio.rest import Client
client = Client(ACCOUNT, TOKEN)
client.api.base_url = URL
assert client.messages(SID).fetch().sid == SID
""",
    "raw": _SETUP
    + """
import json, urllib3
pool = urllib3.PoolManager()
answer = pool.request("GET", URL + PATH, headers={"Authorization": AUTH})
assert json.loads(answer.data)["sid"] == SID
""",
    "raw-async": _SETUP
    + """
import json, trio, httpx
async def main():
    async with httpx.AsyncClient() as client:
        answer = await client.get(URL + PATH, headers={"Authorization": AUTH})
        assert json.loads(answer.content)["sid"] == SID
trio.run(main)
""",
}


def child_env() -> dict[str, str]:
    """The environment of every child: no debug output, bytecode caches allowed."""
    env = dict(os.environ)
    for name in ("DEBUG_HTTP_TRAFFIC", "PYTHONDONTWRITEBYTECODE", "PYTHONPROFILEIMPORTTIME"):
        env.pop(name, None)
    env["PYTHONPATH"] = str(HERE)
    return env


def cold_start(base_url: str, runs: int) -> dict[str, Any]:
    """Return each contender's W5 times (seconds, bare interpreter included)."""
    env = child_env()
    times: dict[str, list[float]] = {name: [] for name in COLD_START}
    for round_ in range(runs + 1):
        for name, code in COLD_START.items():
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", code, base_url], check=True, env=env, cwd=HERE)
            if round_:  # the first round only writes bytecode caches
                times[name].append(time.perf_counter() - started)
    return {"runs": runs, "seconds": times}


#: (contender, account) pairs of W6; the fake's are run by ``memory_worker.py fake N``.
MEMORY_PLAN = ("ours", "ours-async", "official", "raw", "raw-async")
MEMORY_SIZES = {10_000: common.ACCOUNT_10K, 100_000: common.ACCOUNT_100K}


def _worker(*args: str) -> dict[str, Any]:
    output = subprocess.run(
        [sys.executable, str(HERE / "memory_worker.py"), *args],
        check=True,
        env=child_env(),
        cwd=HERE,
        capture_output=True,
        text=True,
    ).stdout
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return result


def memory(base_url: str, runs: int, fake_runs: int) -> dict[str, Any]:
    """Return W6: peak RSS per contender and size, and the fake's RSS growth."""
    results: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for _ in range(runs):
        for name in MEMORY_PLAN:
            for size, account in MEMORY_SIZES.items():
                result = _worker(name, base_url, account)
                if result["count"] != size:
                    raise AssertionError(f"W6 {name} iterated {result['count']} of {size}")
                results.setdefault(name, {}).setdefault(str(size), []).append(result)
    fake: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for _ in range(fake_runs):
        for variant in ("fake", "fake-bounded"):
            for size in MEMORY_SIZES:
                result = _worker(variant, str(size))
                if result["count"] != size:
                    raise AssertionError(f"W6 {variant} iterated {result['count']} of {size}")
                fake.setdefault(variant, {}).setdefault(str(size), []).append(result)
    return {"runs": runs, "http": results, "fake": fake}


def summary(values: list[float]) -> tuple[float, float, float]:
    """Median, min and max."""
    return statistics.median(values), min(values), max(values)
