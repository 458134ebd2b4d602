"""Options, deadlines, cancellation and transports of the clients."""

from __future__ import annotations

import http.client
import time
from urllib.parse import urlsplit

import pytest
import trio

from tests.clients.conftest import ACCOUNT, API, MESSAGE_SID, TOKEN, FakeApi
from twilio_sansio import AsyncClient, Client, DeadlineExceeded, InvalidArgument
from twilio_sansio.core.errors import ConnectError
from twilio_sansio.core.http import Request, Response
from twilio_sansio.testing import LoopbackServer, Reply


class HttpClientTransport:
    """A whole transport over the standard library's http.client: any stack plugs in."""

    def send(self, request: Request, *, timeout: float) -> Response:
        url = urlsplit(request.url)
        conn = http.client.HTTPConnection(url.hostname or "", url.port, timeout=timeout)
        try:
            target = url.path + (f"?{url.query}" if url.query else "")
            conn.request(request.method, target, request.body or None, dict(request.headers))
            answer = conn.getresponse()
            return Response(answer.status, tuple(answer.getheaders()), answer.read())
        except TimeoutError:
            raise DeadlineExceeded("timed out") from None
        except ConnectionRefusedError as exc:
            raise ConnectError(str(exc)) from None
        finally:
            conn.close()

    def close(self) -> None:
        pass


def test_a_custom_transport_drives_the_client(server: LoopbackServer) -> None:
    with Client(ACCOUNT, TOKEN, base_url=server.base_url, transport=HttpClientTransport()) as c:
        message = c.messages.get(MESSAGE_SID)
        urls = c.messages.get_media_urls(MESSAGE_SID)
    assert message.sid == MESSAGE_SID
    assert len(urls) == 10


def test_with_options_changes_the_deadline_and_shares_the_pool(
    server: LoopbackServer, api: FakeApi
) -> None:
    api.overrides[f"{API}/Messages/{MESSAGE_SID}.json"] = Reply.json({"sid": "x"}, delay=0.5)
    with Client(ACCOUNT, TOKEN, base_url=server.base_url) as client:
        quick = client.with_options(timeout=0.2)
        assert quick.timeout == 0.2
        assert client.timeout == 30.5
        with pytest.raises(DeadlineExceeded):
            quick.messages.get(MESSAGE_SID)
        quick.close()  # a view does not close the shared pool
        assert client.messages.get(MESSAGE_SID).sid == "x"


def test_a_trio_cancel_scope_around_a_call_is_honoured(
    server: LoopbackServer, api: FakeApi
) -> None:
    api.overrides[f"{API}/Messages/{MESSAGE_SID}.json"] = Reply.json({"sid": "x"}, delay=5)

    async def main() -> float:
        async with AsyncClient(ACCOUNT, TOKEN, base_url=server.base_url) as client:
            started = time.monotonic()
            with trio.move_on_after(0.3) as scope:
                await client.messages.get(MESSAGE_SID)
            assert scope.cancelled_caught
            return time.monotonic() - started

    assert trio.run(main) < 0.3 + 0.2


def test_async_deadline_raises_deadline_exceeded(server: LoopbackServer, api: FakeApi) -> None:
    api.overrides[f"{API}/Messages/{MESSAGE_SID}.json"] = Reply.json({"sid": "x"}, delay=5)

    async def main() -> None:
        async with AsyncClient(ACCOUNT, TOKEN, base_url=server.base_url, timeout=0.3) as client:
            with pytest.raises(DeadlineExceeded):
                await client.messages.get(MESSAGE_SID)

    started = time.monotonic()
    trio.run(main)
    assert time.monotonic() - started < 0.3 + 0.2


def test_connection_refused_is_a_connect_error() -> None:
    with LoopbackServer(lambda r: Reply()) as gone:
        url = gone.base_url
    with Client(ACCOUNT, TOKEN, base_url=url) as client, pytest.raises(ConnectError) as caught:
        client.messages.get(MESSAGE_SID)
    assert caught.value.request_sent is False


def test_from_env_reads_twilio_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT)
    monkeypatch.setenv("TWILIO_API_KEY", "SK" + "2" * 32)
    monkeypatch.setenv("TWILIO_API_SECRET", "secret")
    monkeypatch.delenv("TWILIO_AUTH_TOKEN", raising=False)
    with Client.from_env() as client:
        assert client.config.credentials.username == "SK" + "2" * 32
        assert client.config.account_sid == ACCOUNT


def test_from_env_without_credentials_is_invalid(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT)
    for name in ("TWILIO_AUTH_TOKEN", "TWILIO_API_KEY", "TWILIO_API_SECRET"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(InvalidArgument, match="TWILIO_AUTH_TOKEN"):
        Client.from_env()


@pytest.mark.parametrize(
    "options",
    [
        {"timeout": 0},
        {"timeout": -1.0},
        {"base_url": "http://example.com"},
        {"base_url": "https://x.example", "region": "ie1"},
        {"base_url": {"nope": "https://x.example"}},
        {"base_url": "https://b\u00fccher.example"},
        {"max_concurrency": "x"},
        {"max_concurrency": 0},
        {"max_concurrency": 2.5},
    ],
)
def test_bad_options_are_invalid(options: dict[str, object]) -> None:
    with pytest.raises(InvalidArgument):
        Client(ACCOUNT, TOKEN, **options)  # type: ignore[arg-type]


def test_secrets_stay_out_of_reprs() -> None:
    with Client(ACCOUNT, TOKEN) as client:
        shown = repr(client) + repr(client.config) + repr(client.config.credentials)
    assert TOKEN not in shown
