"""The fake Twilio over real HTTP on 127.0.0.1."""

from __future__ import annotations

import base64
import http.client
import io
import json
import time

import pytest
import trio

from twilio_sansio import AsyncClient, Client, DeadlineExceeded
from twilio_sansio.testing.fake import FakeTwilio, FakeTwilioServer, Fault

SENDER = "+15005550006"
RECIPIENT = "+14155550100"


def _client(fake: FakeTwilio, server: FakeTwilioServer, *, timeout: float = 5.0) -> Client:
    return Client(
        fake.account_sid,
        fake.auth_token,
        base_url=server.base_url,
        allow_insecure_http=True,
        timeout=timeout,
    )


def test_the_sync_client_sends_and_lists_over_http(fake: FakeTwilio) -> None:
    with fake.serve() as server, _client(fake, server) as client:
        sent = client.messages.send_message(SENDER, RECIPIENT, "over the wire")
        listed = [message.sid for message in client.messages.iterate()]
    assert listed == [sent.sid]
    assert fake.requests[0].url.startswith(server.base_url)


def test_the_async_client_sends_over_http(fake: FakeTwilio) -> None:
    async def main() -> str:
        async with AsyncClient(
            fake.account_sid,
            fake.auth_token,
            base_url=server.base_url,
            allow_insecure_http=True,
        ) as client:
            sent = await client.messages.send_message(SENDER, RECIPIENT, "async")
            return str((await client.messages.get(sent.sid)).body)

    with fake.serve() as server:
        assert trio.run(main) == "async"


def test_any_http_client_can_use_it(fake: FakeTwilio) -> None:
    credentials = base64.b64encode(f"{fake.account_sid}:{fake.auth_token}".encode()).decode()
    with fake.serve() as server:
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
        try:
            connection.request(
                "POST",
                f"/2010-04-01/Accounts/{fake.account_sid}/Messages.json",
                body="To=%2B14155550100&From=%2B15005550006&Body=plain",
                headers={
                    "Authorization": f"Basic {credentials}",
                    "Content-Type": "application/x-www-form-urlencoded",
                },
            )
            response = connection.getresponse()
            payload = json.loads(response.read())
        finally:
            connection.close()
    assert response.status == 201
    assert payload["body"] == "plain"


def test_monitor_urls_point_back_at_the_server(fake: FakeTwilio) -> None:
    alerts = [fake.seed_alert()["sid"] for _ in range(3)]
    with fake.serve() as server, _client(fake, server) as client:
        pages = list(client.alerts.get_page_iterator(page_size=2))
        served = [request.url for request in fake.requests]
    assert [len(page.records) for page in pages] == [2, 1]
    assert sorted(alert.sid for page in pages for alert in page.records) == sorted(alerts)
    # The second request followed the absolute next_page_url the fake rendered.
    assert len(served) == 2
    assert all(url.startswith(server.base_url + "/v1/Alerts?") for url in served)


def test_a_hanging_fault_ends_at_the_clients_deadline(fake: FakeTwilio) -> None:
    fake.faults.add(Fault.hang())
    with fake.serve() as server, _client(fake, server, timeout=0.4) as client:
        started = time.monotonic()
        with pytest.raises(DeadlineExceeded):
            client.messages.get_page()
        elapsed = time.monotonic() - started
    assert elapsed < 0.4 + 0.2


def test_a_fixed_port_is_served(fake: FakeTwilio) -> None:
    with fake.serve() as first:
        port = first.port
    with fake.serve(port=port) as second:
        assert second.port == port
        with _client(fake, second) as client:
            assert client.messages.get_page().records == []


def test_a_server_of_a_fake_that_does_not_record_keeps_no_requests() -> None:
    quiet = FakeTwilio(record=False)
    with quiet.serve() as server, _client(quiet, server) as client:
        for _ in range(3):
            client.messages.get_page()
        assert server.loopback.requests == []
    recording = FakeTwilio()
    with recording.serve() as server, _client(recording, server) as client:
        client.messages.get_page()
        assert len(server.loopback.requests) == 1


def test_fake_server_keeps_no_request_history() -> None:
    from twilio_sansio.cli.commands.fake import logging_fake

    fake = logging_fake(io.StringIO())
    with fake.serve() as server, _client(fake, server) as client:
        client.messages.get_page()
        assert (server.loopback.requests, fake.requests) == ([], [])
