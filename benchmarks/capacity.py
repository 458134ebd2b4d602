"""How fast is the benchmark server? Its own cost, and raw-socket requests per second.

For each kind of request the suite sends, a raw-socket client (pre-built request bytes,
reading exactly the known answer length) measures:

- sequential: one request at a time on one keep-alive connection, the round trip that
  every sequential contender pays at least;
- pipelined: batches of requests written at once, which keeps the server busy and so
  measures how many requests per second it can answer;
- the server's CPU time per request (from its ``/__stats``).

A contender is measured fairly if its time per request is well above the server's CPU per
request and its request rate well below the pipelined rate.
"""

from __future__ import annotations

import socket
import time
from typing import Any
from urllib.parse import urlsplit

import common
from serverproc import ServerProcess

SEQUENTIAL = 3_000
PIPELINED_BATCHES, BATCH = 60, 50


def _request(method: str, path: str, host: str, body: bytes = b"") -> bytes:
    head = [
        f"{method} {path} HTTP/1.1",
        f"Host: {host}",
        f"Authorization: {common.basic_auth()}",
        "Accept: application/json",
        "User-Agent: bench-capacity",
    ]
    if body:
        head += ["Content-Type: application/x-www-form-urlencoded", f"Content-Length: {len(body)}"]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def _answer_length(sock: socket.socket, request: bytes) -> int:
    sock.sendall(request)
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(65536)
    head, _, rest = data.partition(b"\r\n\r\n")
    length = next(
        int(line.split(b":", 1)[1])
        for line in head.split(b"\r\n")
        if line.lower().startswith(b"content-length:")
    )
    while len(rest) < length:
        rest += sock.recv(65536)
    return len(head) + 4 + length


def _read_exactly(sock: socket.socket, size: int) -> None:
    buffer = bytearray(size)
    view = memoryview(buffer)
    while size:
        got = sock.recv_into(view, size)
        if not got:
            raise ConnectionError("the server closed the connection")
        view, size = view[got:], size - got


def measure(server: ServerProcess) -> dict[str, Any]:
    """Measure every request kind against ``server``."""
    parts = urlsplit(server.base_url)
    host = parts.netloc
    kinds = {
        "GET message (W1, W7)": _request("GET", common.message_path(), host),
        "GET page of 50 (W2)": _request("GET", f"{common.list_path()}?PageSize=50", host),
        "POST message (W3)": _request(
            "POST", common.list_path(), host, b"To=%2B14105556789&From=%2B14105551234&Body=hi"
        ),
    }
    results: dict[str, Any] = {}
    for kind, request in kinds.items():
        with socket.create_connection((parts.hostname, parts.port)) as sock:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            size = _answer_length(sock, request)
            before = server.stats()
            started = time.perf_counter()
            for _ in range(SEQUENTIAL):
                sock.sendall(request)
                _read_exactly(sock, size)
            sequential = time.perf_counter() - started
            middle = server.stats()
            batch = request * BATCH
            started = time.perf_counter()
            for _ in range(PIPELINED_BATCHES):
                sock.sendall(batch)
                _read_exactly(sock, size * BATCH)
            pipelined = time.perf_counter() - started
            after = server.stats()
        served = middle["served"] - before["served"] - 1  # minus the /__stats request
        results[kind] = {
            "answer_bytes": size,
            "sequential_us": sequential / SEQUENTIAL * 1e6,
            "sequential_rps": SEQUENTIAL / sequential,
            "pipelined_rps": PIPELINED_BATCHES * BATCH / pipelined,
            "server_cpu_us": (middle["cpu"] - before["cpu"]) / served * 1e6,
            "server_cpu_pipelined_us": (after["cpu"] - middle["cpu"])
            / (PIPELINED_BATCHES * BATCH)
            * 1e6,
        }
    return results


def main() -> None:
    with ServerProcess() as server:
        for kind, figures in measure(server).items():
            print(kind, {name: round(value, 1) for name, value in figures.items()})


if __name__ == "__main__":
    main()
