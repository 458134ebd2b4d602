"""TLS is always verified; a custom CA (``ssl_context=``) and an HTTPS proxy both work.

The server is the fake Twilio over HTTPS on 127.0.0.1 with a certificate from a trustme
CA; the proxy is a minimal HTTP CONNECT tunnel written here, which records each tunnel.
"""

from __future__ import annotations

import select
import socket
import threading
from collections.abc import Iterator

import pytest
import trio

from twilio_sansio import AsyncClient, Client, ConnectError, RetryPolicy
from twilio_sansio.testing.fake import FakeTwilio, FakeTwilioServer
from twilio_sansio.transports.h11_async import H11Transport
from twilio_sansio.transports.urllib3_sync import Urllib3Transport

SENDER = "+15005550006"
RECIPIENT = "+14155550100"


class ConnectProxy:
    """An HTTP proxy that only tunnels (``CONNECT host:port``), one thread per tunnel."""

    def __init__(self) -> None:
        self.tunnels: list[str] = []
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=64)
        # Closing a socket does not wake a thread blocked in accept(): poll instead.
        self._listener.settimeout(0.05)
        self._threads: list[threading.Thread] = []
        self._stopping = threading.Event()
        self._acceptor = threading.Thread(target=self._accept, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def __enter__(self) -> ConnectProxy:
        self._acceptor.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stopping.set()
        self._acceptor.join(5)
        self._listener.close()
        for thread in self._threads:
            thread.join(5)

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(5)
            thread = threading.Thread(target=self._tunnel, args=(client,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _tunnel(self, client: socket.socket) -> None:
        with client:
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = client.recv(4096)
                if not chunk:
                    return
                head += chunk
            method, target, _ = head.split(b"\r\n", 1)[0].decode().split(" ", 2)
            if method != "CONNECT":
                client.sendall(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n")
                return
            self.tunnels.append(target)
            _host, port = target.rsplit(":", 1)
            with socket.create_connection(("127.0.0.1", int(port)), timeout=5) as upstream:
                client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                self._pipe(client, upstream)

    def _pipe(self, one: socket.socket, other: socket.socket) -> None:
        peers = {one: other, other: one}
        while not self._stopping.is_set():
            readable, _, _ = select.select(list(peers), [], [], 0.1)
            for sock in readable:
                data = sock.recv(65536)
                if not data:
                    return
                peers[sock].sendall(data)


@pytest.fixture
def fake() -> FakeTwilio:
    return FakeTwilio(seed=11)


@pytest.fixture
def tls_server(fake: FakeTwilio) -> Iterator[FakeTwilioServer]:
    with fake.serve(tls=True) as server:
        yield server


def _sync_client(fake: FakeTwilio, server: FakeTwilioServer, transport: Urllib3Transport) -> Client:
    return Client(
        fake.account_sid,
        fake.auth_token,
        base_url=server.base_url,
        transport=transport,
        retry=RetryPolicy.none(),
        timeout=5,
    )


def test_the_sync_client_trusts_a_custom_ca(fake: FakeTwilio, tls_server: FakeTwilioServer) -> None:
    transport = Urllib3Transport(ssl_context=tls_server.loopback.client_ssl_context())
    with _sync_client(fake, tls_server, transport) as client:
        sent = client.messages.send_message(SENDER, RECIPIENT, "over TLS")
    assert sent.body == "over TLS"
    transport.close()


def test_the_sync_client_refuses_an_unknown_ca(
    fake: FakeTwilio, tls_server: FakeTwilioServer
) -> None:
    transport = Urllib3Transport()
    with _sync_client(fake, tls_server, transport) as client, pytest.raises(ConnectError):
        client.messages.send_message(SENDER, RECIPIENT, "never sent")
    transport.close()
    assert fake.requests == []


def test_the_async_client_trusts_a_custom_ca_and_refuses_others(
    fake: FakeTwilio, tls_server: FakeTwilioServer
) -> None:
    async def send(transport: H11Transport) -> str:
        async with AsyncClient(
            fake.account_sid,
            fake.auth_token,
            base_url=tls_server.base_url,
            transport=transport,
            retry=RetryPolicy.none(),
        ) as client:
            message = await client.messages.send_message(SENDER, RECIPIENT, "async TLS")
        await transport.aclose()
        return str(message.body)

    trusted = H11Transport(ssl_context=tls_server.loopback.client_ssl_context())
    assert trio.run(send, trusted) == "async TLS"
    with pytest.raises(ConnectError):
        trio.run(send, H11Transport())
    assert len(fake.requests) == 1


def test_the_sync_client_goes_through_an_https_proxy(
    fake: FakeTwilio, tls_server: FakeTwilioServer
) -> None:
    with ConnectProxy() as proxy:
        transport = Urllib3Transport(
            proxy_url=proxy.url, ssl_context=tls_server.loopback.client_ssl_context()
        )
        with _sync_client(fake, tls_server, transport) as client:
            client.messages.send_message(SENDER, RECIPIENT, "via the proxy")
        transport.close()
    assert proxy.tunnels == [f"localhost:{tls_server.port}"]
    assert len(fake.requests) == 1


def test_the_async_client_goes_through_an_https_proxy(
    fake: FakeTwilio, tls_server: FakeTwilioServer
) -> None:
    async def send() -> None:
        transport = H11Transport(
            proxy_url=proxy.url, ssl_context=tls_server.loopback.client_ssl_context()
        )
        async with AsyncClient(
            fake.account_sid, fake.auth_token, base_url=tls_server.base_url, transport=transport
        ) as client:
            await client.messages.send_message(SENDER, RECIPIENT, "via the proxy")
        await transport.aclose()

    with ConnectProxy() as proxy:
        trio.run(send)
    assert proxy.tunnels == [f"localhost:{tls_server.port}"]
    assert len(fake.requests) == 1
