"""H11Transport's pool over real loopback sockets, on trio and asyncio.

Keep-alive reuse, the FIFO limit on requests in flight, and every way a connection must
end instead of going back to the pool: cancellation mid-body, ``Connection: close``,
HTTP/1.0, a body framed by the end of the connection, a server that closed an idle one.
"""

from __future__ import annotations

import socket
import threading
import time

import anyio
import pytest

from tests.transports._support import BACKENDS, CannedServer, run_on
from twilio_sansio import TransportError
from twilio_sansio.core.http import Request
from twilio_sansio.testing import LoopbackServer, Reply
from twilio_sansio.transports.h11_async import H11Transport

pytestmark = pytest.mark.parametrize("backend", BACKENDS)


def echo_path(request: Request) -> Reply:
    return Reply(200, (("Content-Type", "text/plain"),), request.url.rsplit("/", 1)[1].encode())


def test_sequential_requests_share_one_connection(backend: str) -> None:
    async def main(server: LoopbackServer) -> list[bytes]:
        transport = H11Transport()
        try:
            return [
                (await transport.send(Request("GET", server.url(f"/{index}")))).body
                for index in range(5)
            ]
        finally:
            await transport.aclose()

    with LoopbackServer(echo_path) as server:
        bodies = run_on(backend, main, server)
    assert bodies == [b"0", b"1", b"2", b"3", b"4"]
    assert server.connections_opened == 1
    assert server.errors == []


def test_a_post_sends_its_body_with_its_length(backend: str) -> None:
    async def main(server: LoopbackServer) -> None:
        transport = H11Transport()
        try:
            await transport.send(Request("POST", server.url("/form"), (), b"To=%2B1&Body=hi"))
            await transport.send(Request("POST", server.url("/empty")))
        finally:
            await transport.aclose()

    with LoopbackServer(echo_path) as server:
        run_on(backend, main, server)
    form, empty = server.requests
    assert form.body == b"To=%2B1&Body=hi"
    assert form.header("content-length") == "15"
    assert empty.header("content-length") == "0"
    assert form.header("host") == f"127.0.0.1:{server.port}"


def test_requests_in_flight_never_pass_the_limit(backend: str) -> None:
    in_handler = 0
    most = 0
    lock = threading.Lock()

    def slow(request: Request) -> Reply:
        nonlocal in_handler, most
        with lock:
            in_handler += 1
            most = max(most, in_handler)
        time.sleep(0.02)
        with lock:
            in_handler -= 1
        return Reply(200, (), b"ok")

    async def main(server: LoopbackServer) -> None:
        transport = H11Transport(max_in_flight_per_origin=3)
        try:
            async with anyio.create_task_group() as group:
                for _ in range(30):
                    group.start_soon(transport.send, Request("GET", server.url("/slow")))
        finally:
            await transport.aclose()

    with LoopbackServer(slow) as server:
        run_on(backend, main, server)
    assert len(server.requests) == 30
    assert most == 3
    assert server.connections_opened == 3


def test_waiters_are_served_first_come_first_served(backend: str) -> None:
    """With one slot, requests reach the server in the order their tasks asked."""

    async def main(server: LoopbackServer) -> list[int]:
        transport = H11Transport(max_in_flight_per_origin=1)
        finished: list[int] = []

        async def fetch(index: int) -> None:
            await transport.send(Request("GET", server.url(f"/{index}")))
            finished.append(index)

        try:
            async with anyio.create_task_group() as group:
                for index in range(20):
                    group.start_soon(fetch, index)
                    await anyio.sleep(0)  # each task queues before the next starts
        finally:
            await transport.aclose()
        return finished

    with LoopbackServer(lambda request: Reply(200, (), b"x", delay=0.005)) as server:
        finished = run_on(backend, main, server)
    arrived = [int(request.url.rsplit("/", 1)[1]) for request in server.requests]
    assert arrived == list(range(20))
    assert finished == list(range(20))


def test_a_call_cancelled_mid_body_closes_its_connection(backend: str) -> None:
    slow_body = Reply(200, (), b"x" * 100, drip=0.05)

    def handler(request: Request) -> Reply:
        return slow_body if request.url.endswith("/slow") else Reply(200, (), b"fast")

    async def main(server: LoopbackServer) -> bytes:
        transport = H11Transport()
        try:
            with anyio.move_on_after(0.3) as scope:
                await transport.send(Request("GET", server.url("/slow")))
            assert scope.cancelled_caught
            return (await transport.send(Request("GET", server.url("/fast")))).body
        finally:
            await transport.aclose()

    with LoopbackServer(handler) as server:
        assert run_on(backend, main, server) == b"fast"
        deadline = time.monotonic() + 2
        while server.open_connections and time.monotonic() < deadline:
            time.sleep(0.01)
        assert server.open_connections == 0
    # The half-read connection was not reused: the second call needed a new one.
    assert server.connections_opened == 2


CLOSE = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
HTTP_10 = b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok"
UNFRAMED = b"HTTP/1.1 200 OK\r\n\r\nok"  # the body ends with the connection
CHUNKED = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\no\r\n1\r\nk\r\n0\r\n\r\n"


@pytest.mark.parametrize(
    ("answer", "keeps_the_connection"),
    [(CLOSE, False), (HTTP_10, False), (UNFRAMED, False), (CHUNKED, True)],
    ids=["connection-close", "http-1.0", "unframed-body", "chunked"],
)
def test_a_connection_is_reused_only_when_the_response_allows_it(
    backend: str, answer: bytes, keeps_the_connection: bool
) -> None:
    async def main() -> tuple[list[bytes], int]:
        server = CannedServer(answer, close_after_answer=not keeps_the_connection)
        transport = H11Transport()
        try:
            async with server.running():
                bodies = [(await transport.send(Request("GET", server.url))).body for _ in range(3)]
        finally:
            await transport.aclose()
        return bodies, server.connections

    bodies, connections = run_on(backend, main)
    assert bodies == [b"ok"] * 3
    assert connections == (1 if keeps_the_connection else 3)


def test_an_idle_connection_the_server_closed_is_replaced(backend: str) -> None:
    # Complete responses, then the server closes the connection without saying so.
    def handler(request: Request) -> Reply:
        return Reply(200, (), b"done", close_after=4)

    async def main(server: LoopbackServer) -> list[bytes]:
        transport = H11Transport()
        bodies = []
        try:
            for _ in range(3):
                bodies.append((await transport.send(Request("GET", server.url("/")))).body)
                await anyio.sleep(0.1)  # the server's close arrives meanwhile
        finally:
            await transport.aclose()
        return bodies

    with LoopbackServer(handler) as server:
        assert run_on(backend, main, server) == [b"done"] * 3
    assert server.connections_opened == 3
    assert server.errors == []


def test_origins_have_pools_of_their_own(backend: str) -> None:
    async def main(one: LoopbackServer, two: LoopbackServer) -> None:
        transport = H11Transport(max_in_flight_per_origin=1)
        try:
            async with anyio.create_task_group() as group:
                for server in (one, two, one, two):
                    group.start_soon(transport.send, Request("GET", server.url("/x")))
        finally:
            await transport.aclose()

    with LoopbackServer(echo_path) as one, LoopbackServer(echo_path) as two:
        run_on(backend, main, one, two)
    assert (one.connections_opened, two.connections_opened) == (1, 1)
    assert (len(one.requests), len(two.requests)) == (2, 2)


def test_a_closed_transport_refuses_to_send(backend: str) -> None:
    async def main(server: LoopbackServer) -> TransportError:
        transport = H11Transport()
        await transport.send(Request("GET", server.url("/")))
        await transport.aclose()
        with pytest.raises(TransportError) as caught:
            await transport.send(Request("GET", server.url("/")))
        return caught.value

    with LoopbackServer(echo_path) as server:
        error = run_on(backend, main, server)
        deadline = time.monotonic() + 2
        while server.open_connections and time.monotonic() < deadline:
            time.sleep(0.01)
        assert server.open_connections == 0
    assert "closed" in str(error)
    assert error.request_sent is False
    assert len(server.requests) == 1


def ipv6_loopback_works() -> bool:
    try:
        with socket.socket(socket.AF_INET6) as probe:
            probe.bind(("::1", 0))
    except OSError:
        return False
    return True


@pytest.mark.skipif(not ipv6_loopback_works(), reason="this machine has no IPv6 loopback")
def test_an_ipv6_literal_is_connected_to_with_a_bracketed_host(backend: str) -> None:
    async def main() -> tuple[bytes, bytes, str]:
        server = CannedServer(HTTP_10, close_after_answer=True, host="::1")
        transport = H11Transport()
        try:
            async with server.running():
                body = (await transport.send(Request("GET", server.url))).body
        finally:
            await transport.aclose()
        return body, server.heads[0], server.url

    body, head, url = run_on(backend, main)
    assert body == b"ok"
    assert url.startswith("http://[::1]:")
    assert f"host: {url.split('/')[2]}\r\n".encode() in head
