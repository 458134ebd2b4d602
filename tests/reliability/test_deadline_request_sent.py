"""An async deadline says whether the request had left: ``DeadlineExceeded.request_sent``.

Before, ``AsyncClient`` always said True, even when the deadline passed while the
connection was still being set up (nothing of the request sent), so a caller could not
tell a POST that never left from one Twilio may have processed. The h11 transport now
tells the client when it starts writing.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator

import pytest
import trio

from twilio_sansio import AsyncClient, DeadlineExceeded, RetryPolicy

ACCOUNT = "AC" + "0" * 32
SENDER, RECIPIENT = "+14105551234", "+14105556789"


@pytest.fixture
def silent_server() -> Iterator[tuple[int, list[bytes]]]:
    """A TCP server that accepts, records what arrives, and never answers."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    received: list[bytes] = []
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            accepted.append(connection)
            connection.settimeout(0.2)
            with contextlib.suppress(TimeoutError):
                received.append(connection.recv(65536))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield listener.getsockname()[1], received
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    listener.close()


def send_with_deadline(base_url: str) -> DeadlineExceeded:
    async def main() -> DeadlineExceeded:
        async with AsyncClient(
            ACCOUNT, "token", base_url=base_url, timeout=0.5, retry=RetryPolicy.none()
        ) as client:
            with pytest.raises(DeadlineExceeded) as info:
                await client.messages.send_message(SENDER, RECIPIENT, "hello")
        return info.value

    return trio.run(main)


def test_a_deadline_during_the_tls_handshake_says_nothing_was_sent(
    silent_server: tuple[int, list[bytes]],
) -> None:
    port, _received = silent_server
    error = send_with_deadline(f"https://127.0.0.1:{port}")  # the handshake never ends
    assert error.request_sent is False


def test_a_deadline_after_the_request_left_says_it_was_sent(
    silent_server: tuple[int, list[bytes]],
) -> None:
    port, received = silent_server
    error = send_with_deadline(f"http://127.0.0.1:{port}")
    assert error.request_sent is True
    assert any(b"POST " in data for data in received)
