"""TLS under trio on the socket itself (``_trio_tls.DirectTLS``): the general path's twin.

Under trio, ``H11Transport`` runs TLS without a proxy itself (``ssl.SSLObject`` over two
memory buffers); under asyncio anyio's TLS stream still does. Each test runs on both, and
most compare the two: the same certificate checks with the same errors, big bodies both
ways, cancellation mid-read ending the connection, and the end of the stream read the
same with and without the server's TLS close alert.
"""

from __future__ import annotations

import re
import ssl
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager

import anyio
import pytest
import trio
import trio.testing
import trustme
from anyio.streams.tls import TLSStream

from tests.transports._support import BACKENDS, run_on
from twilio_sansio import ConnectError, TransportError
from twilio_sansio.core.http import Request, Response
from twilio_sansio.testing import LoopbackServer, Reply
from twilio_sansio.transports.h11_async import H11Transport
from twilio_sansio.transports.h11_async._trio_tls import DirectTLS


def answer(request: Request) -> Reply:
    if request.url.endswith("/hang"):
        return Reply(200, (), b"late", delay=5.0)
    if request.url.endswith("/big"):
        return Reply(200, (), bytes(range(256)) * (40 * 1024))  # 10 MiB
    return Reply(200, (), f"got {len(request.body)}".encode())


@pytest.fixture
def tls_server() -> Iterator[LoopbackServer]:
    with LoopbackServer(answer, tls=True) as server:
        yield server


async def outcome(transport: H11Transport, url: str) -> Response | BaseException:
    """The response, or the error the send raised; the transport is closed after."""
    try:
        return await transport.send(Request("GET", url))
    except (ConnectError, TransportError) as exc:
        return exc
    finally:
        await transport.aclose()


def test_tls_connections_are_driven_directly_under_trio_only(tls_server: LoopbackServer) -> None:
    async def kinds() -> list[type]:
        transport = H11Transport(ssl_context=tls_server.client_ssl_context())
        try:
            await transport.send(Request("GET", tls_server.url("/")))
            (pool,) = transport._pools.values()
            return [type(connection._direct) for connection in pool._idle]
        finally:
            await transport.aclose()

    assert run_on("trio", kinds) == [DirectTLS]
    assert run_on("asyncio", kinds) == [type(None)]


def test_an_unknown_ca_is_refused_the_same_way_on_both_paths(tls_server: LoopbackServer) -> None:
    errors = [run_on(b, outcome, H11Transport(), tls_server.url("/")) for b in BACKENDS]
    assert [type(error) for error in errors] == [ConnectError, ConnectError]
    assert str(errors[0]) == str(errors[1])
    assert "certificate verification failed" in str(errors[0])
    assert tls_server.requests == []


def test_a_certificate_for_another_name_is_refused_the_same_way_on_both_paths() -> None:
    # The server's certificate names only "example.test", the URL says 127.0.0.1.
    authority = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("example.test").configure_cert(server_context)
    client_context = ssl.create_default_context()
    authority.configure_trust(client_context)

    async def refused() -> Response | BaseException:
        async with tls_listener(server_context, b"", close_notify=False) as port:
            transport = H11Transport(ssl_context=client_context)
            return await outcome(transport, f"https://127.0.0.1:{port}/")

    errors = [run_on(backend, refused) for backend in BACKENDS]
    assert [type(error) for error in errors] == [ConnectError, ConnectError]
    assert "not valid for that host name" in str(errors[0])
    trio_message, asyncio_message = (re.sub(r":\d+ ", ":PORT ", str(e)) for e in errors)
    assert trio_message == asyncio_message  # the port differs, nothing else


@pytest.mark.parametrize("backend", BACKENDS)
def test_large_bodies_cross_whole_both_ways(backend: str, tls_server: LoopbackServer) -> None:
    upload = bytes(range(256)) * (32 * 1024)  # 8 MiB: more than the socket buffers hold

    async def main() -> tuple[bytes, bytes]:
        transport = H11Transport(ssl_context=tls_server.client_ssl_context())
        try:
            sent = await transport.send(Request("POST", tls_server.url("/upload"), (), upload))
            big = await transport.send(Request("GET", tls_server.url("/big")))
            return sent.body, big.body
        finally:
            await transport.aclose()

    sent, big = run_on(backend, main)
    assert sent == f"got {len(upload)}".encode()
    assert big == bytes(range(256)) * (40 * 1024)
    assert tls_server.requests[0].body == upload
    assert tls_server.connections_opened == 1


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_call_cancelled_mid_read_ends_its_connection(
    backend: str, tls_server: LoopbackServer
) -> None:
    async def main() -> tuple[bool, bytes, int]:
        transport = H11Transport(ssl_context=tls_server.client_ssl_context())
        try:
            await transport.send(Request("GET", tls_server.url("/")))
            with anyio.move_on_after(0.3) as scope:
                await transport.send(Request("GET", tls_server.url("/hang")))
            (pool,) = transport._pools.values()
            idle_after_cancel = pool.idle_connections
            after = await transport.send(Request("GET", tls_server.url("/")))
            return scope.cancelled_caught, after.body, idle_after_cancel
        finally:
            await transport.aclose()

    cancelled, after, idle_after_cancel = run_on(backend, main)
    assert cancelled
    assert idle_after_cancel == 0  # closed, never handed back to the pool
    assert after == b"got 0"
    assert tls_server.connections_opened == 2  # the late answer never reached a request


def test_an_exchange_on_a_kept_tls_connection_is_a_trio_checkpoint(
    tls_server: LoopbackServer,
) -> None:
    async def main() -> None:
        transport = H11Transport(ssl_context=tls_server.client_ssl_context())
        try:
            await transport.send(Request("GET", tls_server.url("/")))
            for _ in range(3):
                with trio.testing.assert_checkpoints():
                    await transport.send(Request("GET", tls_server.url("/")))
        finally:
            await transport.aclose()

    trio.run(main)
    assert tls_server.connections_opened == 1


# -- the end of the stream, with and without the server's close alert ----------------------


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


def contexts(authority: trustme.CA) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(server)
    client = ssl.create_default_context()
    authority.configure_trust(client)
    return server, client


@asynccontextmanager
async def tls_listener(
    context: ssl.SSLContext, reply: bytes, *, close_notify: bool
) -> AsyncIterator[int]:
    """Answer each request with ``reply``, then end the connection; yields the port.

    With ``close_notify`` the server sends TLS's close alert before closing the socket
    (and waits a moment for the client's); without it, the socket just closes.
    """

    async def serve(stream: anyio.abc.SocketStream) -> None:
        try:
            tls = await TLSStream.wrap(
                stream, server_side=True, ssl_context=context, standard_compatible=close_notify
            )
            head = b""
            while b"\r\n\r\n" not in head:
                head += await tls.receive()
            await tls.send(reply)
            with anyio.move_on_after(2):
                await tls.aclose()  # unwrap() first when close_notify: the alert goes out
        except (OSError, anyio.BrokenResourceError, anyio.EndOfStream, ssl.SSLError):
            pass  # the client closed first, or refused the certificate
        finally:
            await anyio.aclose_forcefully(stream)

    listener = await anyio.create_tcp_listener(local_host="127.0.0.1")
    port = listener.extra(anyio.abc.SocketAttribute.local_port)
    async with listener, anyio.create_task_group() as group:
        group.start_soon(listener.serve, serve)
        try:
            yield port
        finally:
            group.cancel_scope.cancel()


@pytest.mark.parametrize("close_notify", [True, False], ids=["close-notify", "bare-eof"])
def test_a_body_framed_by_the_end_of_the_stream_reads_the_same(
    authority: trustme.CA, close_notify: bool
) -> None:
    server_context, client_context = contexts(authority)
    reply = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n" + b"to the end " * 5000

    async def fetch() -> Response | BaseException:
        async with tls_listener(server_context, reply, close_notify=close_notify) as port:
            transport = H11Transport(ssl_context=client_context)
            return await outcome(transport, f"https://127.0.0.1:{port}/")

    results = [run_on(backend, fetch) for backend in BACKENDS]
    for result in results:
        assert isinstance(result, Response)
        assert result.body == b"to the end " * 5000


@pytest.mark.parametrize("close_notify", [True, False], ids=["close-notify", "bare-eof"])
def test_a_connection_the_server_ended_is_not_reused(
    authority: trustme.CA, close_notify: bool
) -> None:
    server_context, client_context = contexts(authority)
    reply = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"

    async def twice() -> tuple[bytes, bytes]:
        async with tls_listener(server_context, reply, close_notify=close_notify) as port:
            transport = H11Transport(ssl_context=client_context)
            try:
                url = f"https://127.0.0.1:{port}/"
                first = await transport.send(Request("GET", url))
                await anyio.sleep(0.2)  # the alert or the end of the stream arrives
                second = await transport.send(Request("GET", url))
                return first.body, second.body
            finally:
                await transport.aclose()

    for backend in BACKENDS:
        assert run_on(backend, twice) == (b"ok", b"ok")


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_response_cut_off_by_the_server_is_a_transport_error(
    backend: str, authority: trustme.CA
) -> None:
    server_context, client_context = contexts(authority)
    reply = b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly part"

    async def fetch() -> Response | BaseException:
        async with tls_listener(server_context, reply, close_notify=True) as port:
            transport = H11Transport(ssl_context=client_context)
            return await outcome(transport, f"https://127.0.0.1:{port}/")

    error = run_on(backend, fetch)
    assert type(error) is TransportError
    assert "cut off" in str(error)
