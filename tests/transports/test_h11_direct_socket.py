"""Plain TCP under trio: the connection drives the socket itself, and nothing else changes.

``H11Transport`` skips anyio's stream layers for plain ``http`` connections under trio
(``_trio_socket.DirectSocket``). These tests pin down that it does, only there, and that
it behaves as the general path does on asyncio: the same bytes on the wire, big bodies
written whole, a call that is a trio checkpoint (cancellable before anything is written,
and always yielding), and connections that end rather than carry stray bytes.
"""

from __future__ import annotations

import socket

import anyio
import pytest
import trio
import trio.testing

from tests.transports._support import BACKENDS, CannedServer, run_on
from twilio_sansio.core.http import Request
from twilio_sansio.testing import LoopbackServer, Reply
from twilio_sansio.transports.h11_async import H11Transport
from twilio_sansio.transports.h11_async._connection import Connection
from twilio_sansio.transports.h11_async._trio_socket import DirectSocket

OK = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"


def echo_size(request: Request) -> Reply:
    return Reply(200, (), str(len(request.body)).encode())


def idle_connections(transport: H11Transport) -> list[Connection]:
    return [connection for pool in transport._pools.values() for connection in pool._idle]


@pytest.mark.parametrize("backend", BACKENDS)
def test_only_trio_connections_are_driven_directly(backend: str) -> None:
    async def main(plain: LoopbackServer, tls: LoopbackServer) -> tuple[bool, bool]:
        transport = H11Transport(ssl_context=tls.client_ssl_context())
        try:
            await transport.send(Request("GET", plain.url("/")))
            await transport.send(Request("GET", tls.url("/")))
            plain_pool, tls_pool = transport._pools.values()
            return plain_pool._idle[0]._direct is not None, tls_pool._idle[0]._direct is not None
        finally:
            await transport.aclose()

    answer = Reply(200, (), b"ok")
    with (
        LoopbackServer(lambda _: answer) as plain,
        LoopbackServer(lambda _: answer, tls=True) as tls,
    ):
        plain_direct, tls_direct = run_on(backend, main, plain, tls)
    assert plain_direct == (backend == "trio")
    assert tls_direct == (backend == "trio")  # TLS too: _trio_tls (see test_h11_direct_tls)


def test_the_same_bytes_reach_the_server_on_both_paths() -> None:
    async def heads() -> list[bytes]:
        server = CannedServer(OK, close_after_answer=False)
        transport = H11Transport()
        try:
            async with server.running():
                await transport.send(Request("GET", server.url, (("Accept", "*/*"),)))
                await transport.send(Request("POST", server.url, (), b"To=%2B1&Body=hi"))
                await transport.send(Request("DELETE", server.url))
        finally:
            await transport.aclose()
        port = str(server.port).encode()
        return [head.replace(port, b"PORT") for head in server.heads]

    direct, general = run_on("trio", heads), run_on("asyncio", heads)
    assert len(direct) == 3
    assert direct == general


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_body_larger_than_the_socket_buffer_is_written_whole(backend: str) -> None:
    # Several megabytes fill the kernel's buffers: the writer must wait for room.
    body = bytes(range(256)) * (32 * 1024)

    async def main(server: LoopbackServer) -> list[bytes]:
        transport = H11Transport()
        try:
            first = await transport.send(Request("POST", server.url("/big"), (), body))
            second = await transport.send(Request("POST", server.url("/small"), (), b"x"))
            return [first.body, second.body]
        finally:
            await transport.aclose()

    with LoopbackServer(echo_size) as server:
        assert run_on(backend, main, server) == [str(len(body)).encode(), b"1"]
        assert server.requests[0].body == body
    assert server.connections_opened == 1


def test_an_exchange_on_a_kept_connection_is_a_trio_checkpoint() -> None:
    async def main(server: LoopbackServer) -> None:
        transport = H11Transport()
        try:
            await transport.send(Request("GET", server.url("/")))
            for _ in range(3):
                with trio.testing.assert_checkpoints():
                    await transport.send(Request("GET", server.url("/")))
        finally:
            await transport.aclose()

    with LoopbackServer(lambda _: Reply(200, (), b"ok")) as server:
        trio.run(main, server)
    assert server.connections_opened == 1


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_call_cancelled_before_it_starts_writes_nothing(backend: str) -> None:
    async def main() -> tuple[list[bytes], bytes, int]:
        server = CannedServer(OK, close_after_answer=False)
        transport = H11Transport()
        try:
            async with server.running():
                await transport.send(Request("GET", server.url))
                with anyio.CancelScope() as scope:
                    scope.cancel()
                    await transport.send(Request("GET", server.url + "/cancelled"))
                assert scope.cancelled_caught
                await anyio.sleep(0.1)  # anything written would have arrived by now
                heads = list(server.heads)
                after = (await transport.send(Request("GET", server.url))).body
        finally:
            await transport.aclose()
        return heads, after, server.connections

    heads, after, connections = run_on(backend, main)
    assert len(heads) == 1
    assert b"/cancelled" not in heads[0]
    assert after == b"ok"
    # Cancelled while waiting for its turn, it never took the idle connection.
    assert connections == 1


def test_a_direct_socket_checks_for_cancellation_before_writing() -> None:
    async def main() -> bytes:
        ours, theirs = socket.socketpair()
        ours.setblocking(False)
        theirs.setblocking(False)
        with ours, theirs:
            direct = DirectSocket(ours)
            with trio.CancelScope() as scope:
                scope.cancel()
                await direct.send_all(b"GET / HTTP/1.1\r\n\r\n")
            assert scope.cancelled_caught
            await trio.sleep(0.05)
            try:
                return theirs.recv(100)
            except BlockingIOError:
                return b""

    assert trio.run(main) == b""


def test_a_direct_socket_yields_even_when_the_answer_is_already_there() -> None:
    async def main() -> bytes:
        ours, theirs = socket.socketpair()
        ours.setblocking(False)
        with ours, theirs:
            direct = DirectSocket(ours)
            theirs.sendall(b"early")
            with trio.testing.assert_checkpoints():
                await direct.send_all(b"request")
                data = await direct.receive()
                await direct.settle()
            assert theirs.recv(100) == b"request"
            theirs.close()
            return data + await direct.receive()

    assert trio.run(main) == b"early"


@pytest.mark.parametrize("backend", BACKENDS)
def test_bytes_sent_after_a_response_end_the_connection(backend: str) -> None:
    # The stray bytes arrive with the response, so the socket poll cannot see them:
    # h11 holds them. Reused, the connection would read them as the next response.
    async def main() -> tuple[list[bytes], int]:
        server = CannedServer(OK + b"HTTP/1.1 500 Stale\r\n\r\n", close_after_answer=False)
        transport = H11Transport()
        try:
            # Reused, the connection would wait forever for the end of the stale body.
            with anyio.fail_after(5):
                async with server.running():
                    bodies = [
                        (await transport.send(Request("GET", server.url))).body for _ in range(3)
                    ]
        finally:
            await transport.aclose()
        return bodies, server.connections

    bodies, connections = run_on(backend, main)
    assert bodies == [b"ok"] * 3
    assert connections == 3
