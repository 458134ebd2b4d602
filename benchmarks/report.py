"""Render RESULTS.md from ``out/results.json`` and the pyperf files beside it.

``python report.py`` re-renders from the last run without measuring anything.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

import pyperf
import workloads

HERE = Path(__file__).resolve().parent
PACKAGES = (
    "twilio-sansio",
    "twilio",
    "urllib3",
    "requests",
    "httpx",
    "httpcore",
    "h11",
    "trio",
    "anyio",
    "aiohttp",
    "attrs",
    "cattrs",
    "uvloop",
    "pyperf",
    "py-spy",
    "pyinstrument",
)
LABELS = {
    "ours": "this project, `Client` (urllib3)",
    "ours-async": "this project, `AsyncClient` (h11, trio)",
    "ours-async-httpx": "this project, `AsyncClient` over httpx (trio), the former default",
    "ours-async-limited": "`AsyncClient` + CapacityLimiter(100) (patched copy)",
    "ours-async-limited10": "`AsyncClient` + CapacityLimiter(10), 10 connections (patched copy)",
    "official": "official SDK (requests)",
    "official-async": "official SDK, AsyncTwilioHttpClient (aiohttp, asyncio)",
    "raw": "raw: urllib3 + json.loads",
    "raw-async": "raw: httpx on trio + json.loads",
    "raw-async-limited": "raw: httpx on trio + CapacityLimiter(100)",
    "raw-aiohttp": "raw: aiohttp on asyncio + json.loads",
    "raw-h11": "raw: this project's h11 transport on trio + json.loads",
    "bare": "bare `python -c pass`",
}


def _machine() -> list[str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        memory = next(
            line.split()[1]
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
        memory_gib = f"{int(memory) / 2**20:.0f} GiB"
    except (OSError, StopIteration):
        memory_gib = "unknown"
    versions = []
    for name in PACKAGES:
        try:
            versions.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            continue
    return [
        f"- CPU: {cpu}, {os.cpu_count()} cores; memory {memory_gib}",
        f"- Python {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.system()} {platform.release()}",
        f"- Packages: {', '.join(versions)}",
    ]


def _load_pyperf(out: Path, files: dict[str, str]) -> dict[str, list[float]]:
    values: dict[str, list[float]] = {}
    for name in files.values():
        path = out / name
        if not path.exists():
            continue
        for bench in pyperf.BenchmarkSuite.load(str(path)).get_benchmarks():
            values[bench.get_name()] = list(bench.get_values())
    return values


def _time(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.3g} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.3g} ms"
    return f"{seconds * 1e6:.3g} µs"


def _ratio(a: float | None, b: float | None) -> str:
    if a is None or b is None or b == 0:
        return "n/a"
    return f"{a / b:.2f}"


def _median(values: list[float] | None) -> float | None:
    return statistics.median(values) if values else None


def _spread(values: list[float]) -> str:
    if len(values) < 2:
        return "1 run"
    median = statistics.median(values)
    low, high = min(values), max(values)
    return f"{_time(low)} – {_time(high)} (±{(high - low) / 2 / median:.0%})"


def _verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("yes" if ok else "**no**")


def _targets(v: dict[str, list[float]], results: dict[str, Any]) -> list[str]:
    side: dict[str, list[float]] = results.get("sidebyside", {}).get("values", {})

    def m(name: str) -> float | None:
        return _median(v.get(name))

    def pair(a: str, b: str) -> tuple[float | None, float | None]:
        """Medians of two contenders, both side by side when both ran so, else pyperf's."""
        if a in side and b in side:
            used.add("side by side")
            return _median(side[a]), _median(side[b])
        used.add("pyperf")
        return m(a), m(b)

    def ratio(a: str, b: str) -> float | None:
        x, y = pair(a, b)
        return None if x is None or y is None or y == 0 else x / y

    def shown(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.2f}"

    def within(value: float | None, limit: float) -> bool | None:
        return None if value is None else value <= limit

    lines = [
        "| Workload | Target | Measured | Source | Met |",
        "| --- | --- | --- | --- | --- |",
    ]
    used: set[str] = set()

    def row(work: str, target: str, measured: str, ok: bool | None) -> None:
        source = " + ".join(sorted(used)) or "n/a"
        used.clear()
        lines.append(f"| {work} | {target} | {measured} | {source} | {_verdict(ok)} |")

    def both(*checks: bool | None) -> bool | None:
        return None if any(c is None for c in checks) else all(checks)

    for key, label in (("w1", "W1 fetch"), ("w3", "W3 send_message")):
        to_off, to_raw = ratio(f"{key}/ours", f"{key}/official"), ratio(f"{key}/ours", f"{key}/raw")
        row(
            f"{label}, `Client`",
            "≥ 2× faster than official (ours/official ≤ 0.50); ours/raw ≤ 1.1",
            f"ours/official {shown(to_off)}; ours/raw {shown(to_raw)}",
            both(within(to_off, 0.5), within(to_raw, 1.1)),
        )
        a_off = ratio(f"{key}/ours-async", f"{key}/official")
        a_raw = ratio(f"{key}/ours-async", f"{key}/raw-async")
        row(
            f"{label}, `AsyncClient`",
            "≥ 2× faster than official; ours/raw-async ≤ 1.1",
            f"ours-async/official {shown(a_off)}; ours-async/raw-async {shown(a_raw)}",
            both(within(a_off, 0.5), within(a_raw, 1.1)),
        )
    a_off, a_sync = ratio("w1/ours-async", "w1/official-async"), ratio("w1/ours-async", "w1/ours")
    row(
        "W1a fetch, one task, `AsyncClient` (issue 14)",
        "≤ 1.0× the official async client; ≤ 1.3× this project's `Client`",
        f"ours-async/official-async {shown(a_off)}; ours-async/ours {shown(a_sync)}",
        both(within(a_off, 1.0), within(a_sync, 1.3)),
    )
    to_off, to_raw = ratio("w2/ours", "w2/official"), ratio("w2/ours", "w2/raw")
    row(
        "W2 list 10,000 records, `Client`",
        "records/s ≥ 2.5× official (time ratio ≤ 0.40); report ours/raw",
        f"records/s ×{shown(None if not to_off else 1 / to_off)} official; "
        f"ours/raw time {shown(to_raw)}",
        within(to_off, 0.4),
    )
    a_off, a_raw = ratio("w2/ours-async", "w2/official"), ratio("w2/ours-async", "w2/raw-async")
    row(
        "W2, `AsyncClient`",
        "records/s ≥ 2.5× official; report ours/raw-async",
        f"records/s ×{shown(None if not a_off else 1 / a_off)} official; "
        f"ours-async/raw-async time {shown(a_raw)}",
        within(a_off, 0.4),
    )
    one = m("w4one/raw")
    for name in ("ours", "ours-async"):
        t = m(f"w4/{name}")
        used.add("pyperf")
        row(
            f"W4 media URLs, {LABELS[name]}",
            "≤ 1.3× one media request",
            f"{_ratio(t, one)}× one request ({_time(t) if t else 'n/a'}; official "
            f"sequential {_time(m('w4/official') or 0)})",
            None if t is None or one is None else t / one <= 1.3,
        )
    cold = results.get("coldstart")
    if cold:
        bare = statistics.median(cold["seconds"]["bare"])
        net = {k: statistics.median(s) - bare for k, s in cold["seconds"].items()}
        for name, raw_name in (("ours", "raw"), ("ours-async", "raw-async")):
            used.add("round-robin processes")
            row(
                f"W5 cold start, {LABELS[name]}",
                "≤ 0.7× official; report ours/raw",
                f"ours/official {_ratio(net[name], net['official'])}; "
                f"ours/raw {_ratio(net[name], net[raw_name])}",
                net[name] / net["official"] <= 0.7,
            )
    memory = results.get("memory")
    if memory:
        for name in ("ours", "ours-async"):
            by_size = memory["http"].get(name, {})
            small = _median([r["peak_kb"] for r in by_size.get("10000", [])])
            large = _median([r["peak_kb"] for r in by_size.get("100000", [])])
            growth = None if small is None or large is None else (large - small) / 1024
            used.add("peak RSS")
            row(
                f"W6 peak RSS, {LABELS[name]}",
                "100,000 records within 10 MB of 10,000",
                "n/a" if growth is None else f"{growth:+.1f} MB",
                None if growth is None else abs(growth) <= 10,
            )
    to_off = ratio("w7/ours-async", "w7/official-async")
    to_raw = ratio("w7/ours-async", "w7/raw-async")
    to_h11 = ratio("w7/ours-async", "w7/raw-h11")
    row(
        "W7 5,000 fetches, 100 tasks, `AsyncClient` (issue 14)",
        "≤ 0.8× the official async client's time per call; ours/raw-async ≤ 1.3; "
        "report ours/raw-h11 (the transport alone)",
        f"ours-async/official-async {shown(to_off)}; ours-async/raw-async {shown(to_raw)}; "
        f"ours-async/raw-h11 {shown(to_h11)}",
        both(within(to_off, 0.8), within(to_raw, 1.3)),
    )
    # Over TLS (w1tls, w7tls): reported, no target of their own.
    sync_off = ratio("w1tls/ours", "w1tls/official")
    one_off = ratio("w1tls/ours-async", "w1tls/official-async")
    one_h11 = ratio("w1tls/ours-async", "w1tls/raw-h11")
    row(
        "W1 fetch over TLS, `Client` and `AsyncClient`",
        "report",
        f"ours/official {shown(sync_off)}; ours-async/official-async {shown(one_off)}; "
        f"ours-async/raw-h11 {shown(one_h11)}",
        None,
    )
    many_off = ratio("w7tls/ours-async", "w7tls/official-async")
    many_h11 = ratio("w7tls/ours-async", "w7tls/raw-h11")
    row(
        "W7 over TLS, 100 tasks, `AsyncClient`",
        "report",
        f"ours-async/official-async {shown(many_off)}; ours-async/raw-h11 {shown(many_h11)}",
        None,
    )
    return lines


def _side_by_side(side: dict[str, Any]) -> list[str]:
    values: dict[str, list[float]] = side["values"]
    lines = [
        "### Side by side: interleaved rounds",
        "",
        f"Each round runs every contender of a workload once, in a rotating order, in one "
        f"process ({side['rounds']} rounds; `sidebyside.py`): whatever load the machine has, "
        "all contenders share it. The targets above are read from these where a row's "
        "contenders all ran here.",
        "",
        "| Workload | Contender | median per operation | spread (min – max) | ours/this |",
        "| --- | --- | --- | --- | --- |",
    ]
    for key in workloads.WORKLOADS:
        names = [n for n in values if n.startswith(f"{key}/")]
        if not names:
            continue
        ours_name = f"{key}/ours-async" if key.startswith("w7") else f"{key}/ours"
        ours = _median(values.get(ours_name))
        for name in names:
            med = statistics.median(values[name])
            contender = name.split("/", 1)[1]
            lines.append(
                f"| {key.upper()} | {LABELS.get(contender, contender)} | {_time(med)} "
                f"| {_spread(values[name])} | {_ratio(ours, med)} |"
            )
    lines.append("")
    return lines


def _workload_tables(v: dict[str, list[float]]) -> list[str]:
    lines: list[str] = []
    for key, workload in workloads.WORKLOADS.items():
        names = [n for n in v if n.startswith(f"{key}/")]
        if not names:
            continue
        raw_name = "raw-async" if key.startswith("w7") else "raw"
        if key == "w7tls":  # httpx does not run over TLS here: the transport alone instead
            raw_name = "raw-h11"
        ours_name = "ours-async" if key.startswith("w7") else "ours"
        lines += [
            f"### {key.upper()}: {workload.title}",
            "",
            f"Time per {workload.unit} (one run = {workload.ops:,} {workload.unit}s).",
            "",
            f"| Contender | median per {workload.unit} | spread (min – max) | {workload.unit}s/s "
            f"| runs | ours/this | this/{raw_name} |",
            "| --- | --- | --- | --- | --- | --- | --- |",
        ]
        ours = _median(v.get(f"{key}/{ours_name}"))
        raw = _median(v.get(f"{key}/{raw_name}"))
        for name in names:
            values = v[name]
            med = statistics.median(values)
            contender = name.split("/", 1)[1]
            lines.append(
                f"| {LABELS.get(contender, contender)} | {_time(med)} | {_spread(values)} "
                f"| {1 / med:,.0f} | {len(values)} | {_ratio(ours, med)} | {_ratio(med, raw)} |"
            )
        lines.append("")
    return lines


def _coldstart(cold: dict[str, Any]) -> list[str]:
    seconds = cold["seconds"]
    bare = statistics.median(seconds["bare"])
    lines = [
        f"### W5: cold start ({cold['runs']} runs each, round-robin)",
        "",
        "A fresh interpreter imports, builds a client and makes one GET; the median of a "
        "bare `python -c pass` is subtracted.",
        "",
        "| Contender | median − bare | spread of the raw times (min – max) | runs |",
        "| --- | --- | --- | --- |",
    ]
    for name, values in seconds.items():
        net = statistics.median(values) - (bare if name != "bare" else 0)
        lines.append(
            f"| {LABELS.get(name, name)} | {_time(net)} | {_spread(values)} | {len(values)} |"
        )
    return [*lines, ""]


def _memory(memory: dict[str, Any]) -> list[str]:
    lines = [
        f"### W6: peak RSS while iterating ({memory['runs']} runs, a fresh process each)",
        "",
        "Pages of 1,000 records; each record's sid, status, date_sent and price are read. "
        "Peak RSS is the whole process's (interpreter and imports included): its `VmHWM`, "
        "since `ru_maxrss` in a child started by a large parent reports the parent's peak "
        "(Linux carries it over fork and exec).",
        "",
        "| Contender | 10,000: peak RSS | 100,000: peak RSS | difference | records/s (100,000) |",
        "| --- | --- | --- | --- | --- |",
    ]
    for name, by_size in memory["http"].items():
        small = statistics.median(r["peak_kb"] for r in by_size["10000"]) / 1024
        large = statistics.median(r["peak_kb"] for r in by_size["100000"]) / 1024
        rate = 100_000 / statistics.median(r["seconds"] for r in by_size["100000"])
        lines.append(
            f"| {LABELS.get(name, name)} | {small:.1f} MB | {large:.1f} MB "
            f"| {large - small:+.1f} MB | {rate:,.0f} |"
        )
    lines += [
        "",
        "FakeTwilio's in-memory transport (the fake holds every record itself, so what "
        "counts is the growth of RSS while iterating; the peak is reset first):",
        "",
        "| Fake | Records | RSS before iterating | growth while iterating | records/s |",
        "| --- | --- | --- | --- | --- |",
    ]
    variants = {
        "fake": "`FakeTwilio` as it is",
        "fake-bounded": "request/exchange logs bounded to 1 (patched)",
    }
    for variant, by_size in memory["fake"].items():
        for size, runs in by_size.items():
            before = statistics.median(r["rss_before_kb"] for r in runs) / 1024
            growths = [r["growth_kb"] for r in runs if r["growth_kb"] is not None]
            growth = f"{statistics.median(growths) / 1024:+.1f} MB" if growths else "n/a"
            rate = int(size) / statistics.median(r["seconds"] for r in runs)
            lines.append(
                f"| {variants.get(variant, variant)} | {int(size):,} | {before:.1f} MB "
                f"| {growth} | {rate:,.0f} |"
            )
    return [*lines, ""]


def _capacity(capacity: dict[str, Any]) -> list[str]:
    lines = [
        "### The server",
        "",
        "A raw-socket client with pre-built requests: one at a time on one keep-alive "
        "connection (the round trip every sequential contender pays), and pipelined "
        "batches (the server's throughput); the server's own CPU time per request.",
        "",
        "| Request | round trip | sequential req/s | pipelined req/s | server CPU/request |",
        "| --- | --- | --- | --- | --- |",
    ]
    for kind, f in capacity.items():
        lines.append(
            f"| {kind} | {f['sequential_us']:.0f} µs | {f['sequential_rps']:,.0f} "
            f"| {f['pipelined_rps']:,.0f} | {f['server_cpu_us']:.0f} µs |"
        )
    return [*lines, ""]


def _profiles(profiles: dict[str, Any]) -> list[str]:
    lines = ["## Profiles", ""]
    for name, p in profiles.items():
        lines += [
            f"### {name} ({p['tool']}, {p['samples']:,} samples)",
            "",
            "Share of samples by the package of the innermost frame: "
            + ", ".join(f"{cat} {share:.0%}" for cat, share in p["categories"].items()),
            "",
            "Top functions (self):",
            "",
            *[f"- {share:.1%} {function}" for function, share in p["top_self"][:8]],
            "",
            "Our functions, inclusive:",
            "",
            *[f"- {share:.1%} {function}" for function, share in p["top_ours_inclusive"][:6]],
            "",
        ]
    return lines


def render(results: dict[str, Any], out: Path) -> str:
    """Return RESULTS.md for one run's results."""
    v = _load_pyperf(out, results.get("pyperf", {}))
    lines = [
        "# Benchmarks: twilio-sansio against Twilio's official SDK and raw HTTP",
        "",
        "Generated by `benchmarks/run.py`; reproduce with `"
        + results["command"]
        + "` (from the repository root; about 15 minutes on 2 cores).",
        "",
        "## Machine",
        "",
        *_machine(),
        f"- Run: {results['started']}, {results.get('seconds', 0):.0f} s; load average "
        f"{results['load_before'][0]:.2f} before, {results.get('load_after', [0])[0]:.2f} "
        "after (on 2 cores; above ~1.0 the machine was shared and wall times are noisy)",
        "",
    ]
    if results.get("quick"):
        lines += ["**Quick run (`--quick`): one run of each; not figures to quote.**", ""]
    lines += [
        "## Against the targets",
        "",
        "Ratios are of times (this project ÷ the other), so below 1 means this project is "
        "faster; medians of all runs. The ratios come from the side-by-side rounds (every "
        "contender of a workload in turn, sharing whatever load the machine has) where a "
        "row's contenders ran there, and from pyperf's runs otherwise: the Source column "
        "says which.",
        "",
        *_targets(v, results),
        "",
        "## All figures",
        "",
        "Every contender receives the same response bytes from the same server process. "
        "In-process figures are pyperf's (each run in a fresh worker process, connections "
        "warmed before timing); `ours/this` is this project's time over the row's "
        "(> 1: the row is faster), `this/raw` the row's time over the raw baseline.",
        "",
    ]
    if "capacity" in results:
        lines += _capacity(results["capacity"])
    if "sidebyside" in results:
        lines += _side_by_side(results["sidebyside"])
    lines += _workload_tables(v)
    if "coldstart" in results:
        lines += _coldstart(results["coldstart"])
    if "memory" in results:
        lines += _memory(results["memory"])
    if "profiles" in results:
        lines += _profiles(results["profiles"])
    return "\n".join(lines) + "\n"


def main() -> None:
    out = HERE / "out"
    results = json.loads((out / "results.json").read_text())
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "RESULTS.md"
    target.write_text(render(results, out))


if __name__ == "__main__":
    main()
