"""H11Transport's connections: TLS (verified), proxies, and what a failed connect says.

Real loopback sockets throughout: the TLS server is a
:class:`~twilio_sansio.testing.LoopbackServer` with a trustme certificate for
``localhost``; names that are not in ``/etc/hosts`` are answered by a stand-in for
``socket.getaddrinfo``, so no test depends on a DNS server.
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator
from typing import Any

import pytest
import trustme

from tests.transports._support import BACKENDS, RecordingProxy, run_on
from twilio_sansio import ConnectError, InvalidArgument
from twilio_sansio.core.http import Request, Response
from twilio_sansio.testing import LoopbackServer, Reply
from twilio_sansio.transports.h11_async import H11Transport

pytestmark = pytest.mark.parametrize("backend", BACKENDS)

KNOWN_NAME = "api.twilio.test"
"""Resolves to 127.0.0.1 here; the loopback server's certificate does not name it."""
UNKNOWN_NAME = "nowhere.twilio.test"
"""Does not resolve."""


@pytest.fixture(autouse=True)
def fake_names(monkeypatch: pytest.MonkeyPatch) -> None:
    real = socket.getaddrinfo

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(host, bytes):  # anyio and trio pass names IDNA-encoded
            host = host.decode("ascii")
        if host == KNOWN_NAME:
            return real("127.0.0.1", *args, **kwargs)
        if host == UNKNOWN_NAME:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.fixture
def tls_server() -> Iterator[LoopbackServer]:
    with LoopbackServer(lambda request: Reply(200, (), b"secure"), tls=True) as server:
        yield server


async def fetch(transport: H11Transport, url: str) -> Response | BaseException:
    """The response, or the library error the send raised."""
    try:
        return await transport.send(Request("GET", url))
    except (ConnectError, InvalidArgument) as exc:
        return exc
    finally:
        await transport.aclose()


def test_tls_with_a_trusted_ca_works(backend: str, tls_server: LoopbackServer) -> None:
    transport = H11Transport(ssl_context=tls_server.client_ssl_context())
    response = run_on(backend, fetch, transport, tls_server.url("/"))
    assert isinstance(response, Response)
    assert response.body == b"secure"


def test_an_unknown_ca_is_refused_and_says_so(backend: str, tls_server: LoopbackServer) -> None:
    error = run_on(backend, fetch, H11Transport(), tls_server.url("/"))
    assert type(error) is ConnectError
    assert "certificate verification failed" in str(error)
    assert f"localhost:{tls_server.port}" in str(error)
    assert error.request_sent is False
    assert tls_server.requests == []


def test_a_certificate_for_another_name_is_refused_and_says_so(
    backend: str, tls_server: LoopbackServer
) -> None:
    transport = H11Transport(ssl_context=tls_server.client_ssl_context())
    error = run_on(backend, fetch, transport, f"https://{KNOWN_NAME}:{tls_server.port}/")
    assert type(error) is ConnectError
    assert "not valid for that host name" in str(error)
    assert KNOWN_NAME in str(error)
    assert tls_server.requests == []


def test_a_refused_connection_says_so(backend: str) -> None:
    with socket.socket() as holder:  # bound, never listening: connections are refused
        holder.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{holder.getsockname()[1]}/"
        error = run_on(backend, fetch, H11Transport(), url)
    assert type(error) is ConnectError
    assert "connection refused" in str(error)
    assert error.request_sent is False


def test_a_name_that_does_not_resolve_says_so(backend: str) -> None:
    error = run_on(backend, fetch, H11Transport(), f"https://{UNKNOWN_NAME}/")
    assert type(error) is ConnectError
    assert f"looking up {UNKNOWN_NAME!r} failed" in str(error)
    assert error.request_sent is False


def test_a_relative_url_is_an_invalid_argument(backend: str) -> None:
    error = run_on(backend, fetch, H11Transport(), "/2010-04-01/Accounts.json")
    assert type(error) is InvalidArgument


def test_https_goes_through_a_connect_tunnel_with_the_proxy_credentials(
    backend: str, tls_server: LoopbackServer
) -> None:
    with RecordingProxy(credentials="user:pa ss") as proxy:
        transport = H11Transport(
            proxy_url=f"http://user:pa%20ss@127.0.0.1:{proxy.port}",
            ssl_context=tls_server.client_ssl_context(),
        )
        response = run_on(backend, fetch, transport, tls_server.url("/through"))
    assert isinstance(response, Response)
    assert response.body == b"secure"
    (head,) = proxy.heads
    assert head.startswith(f"CONNECT localhost:{tls_server.port} HTTP/1.1\r\n")
    assert "\r\nproxy-authorization: Basic dXNlcjpwYSBzcw==\r\n" in head
    (request,) = tls_server.requests
    assert request.header("proxy-authorization") is None  # never sent past the proxy


def test_plain_http_is_forwarded_with_the_proxy_credentials(backend: str) -> None:
    with (
        LoopbackServer(lambda request: Reply(200, (), b"forwarded")) as server,
        RecordingProxy(credentials="user:secret") as proxy,
    ):
        transport = H11Transport(proxy_url=f"http://user:secret@127.0.0.1:{proxy.port}")
        response = run_on(backend, fetch, transport, server.url("/plain?x=1"))
    assert isinstance(response, Response)
    assert response.body == b"forwarded"
    (head,) = proxy.heads
    assert head.startswith(f"GET http://127.0.0.1:{server.port}/plain?x=1 HTTP/1.1\r\n")
    assert server.requests[0].url == server.url("/plain?x=1")


def test_a_proxy_that_refuses_the_tunnel_is_a_connect_error(
    backend: str, tls_server: LoopbackServer
) -> None:
    with RecordingProxy(credentials="user:secret") as proxy:
        transport = H11Transport(
            proxy_url=f"http://user:wrong@127.0.0.1:{proxy.port}",
            ssl_context=tls_server.client_ssl_context(),
        )
        error = run_on(backend, fetch, transport, tls_server.url("/"))
    assert type(error) is ConnectError
    assert "refused the tunnel" in str(error)
    assert "407" in str(error)
    assert tls_server.requests == []


def test_an_https_proxy_is_reached_over_tls(backend: str, tls_server: LoopbackServer) -> None:
    proxy_ca = trustme.CA()
    proxy_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    proxy_ca.issue_cert("127.0.0.1").configure_cert(proxy_tls)
    trusting_both = tls_server.client_ssl_context()
    proxy_ca.configure_trust(trusting_both)
    with RecordingProxy(tls=proxy_tls) as proxy:
        transport = H11Transport(
            proxy_url=f"https://127.0.0.1:{proxy.port}", ssl_context=trusting_both
        )
        response = run_on(backend, fetch, transport, tls_server.url("/tls-in-tls"))
    assert isinstance(response, Response)
    assert response.body == b"secure"
    (head,) = proxy.heads
    assert head.startswith(f"CONNECT localhost:{tls_server.port} HTTP/1.1\r\n")


def test_a_content_length_that_is_not_the_body_s_is_an_invalid_argument(backend: str) -> None:
    async def main(server: LoopbackServer) -> None:
        transport = H11Transport()
        try:
            wrong = Request("POST", server.url("/"), (("content-length", "99"),), b"short")
            with pytest.raises(InvalidArgument, match="cannot be sent"):
                await transport.send(wrong)
            # The connection it was given is not used again; the next request works.
            assert (await transport.send(Request("GET", server.url("/")))).body == b"fine"
        finally:
            await transport.aclose()

    with LoopbackServer(lambda request: Reply(200, (), b"fine")) as server:
        run_on(backend, main, server)
    assert [request.method for request in server.requests] == ["GET"]


def test_tls_connections_are_kept_alive(backend: str, tls_server: LoopbackServer) -> None:
    async def main() -> list[bytes]:
        transport = H11Transport(ssl_context=tls_server.client_ssl_context())
        try:
            return [
                (await transport.send(Request("GET", tls_server.url("/")))).body for _ in range(3)
            ]
        finally:
            await transport.aclose()

    assert run_on(backend, main) == [b"secure"] * 3
    assert tls_server.connections_opened == 1
