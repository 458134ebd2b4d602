"""Debug output and DEBUG logs stay safe whatever the traffic holds.

Over real sockets, with ``debug=True`` and the ``twilio_sansio`` logger at DEBUG, on every
client kind:

- a response whose ``"secret"`` sits inside arrays nested 600 deep is shown redacted,
  not turned into a ``RecursionError`` (the redaction walked it recursively before);
- the password of a callback URL (``https://user:pass@host/cb`` in ``StatusCallback``,
  ``Url``) never shows, neither in the request's form body nor in the response's JSON,
  while the server receives the URL intact.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import trio

from tests.reliability._support import (
    ACCOUNT,
    KINDS,
    MESSAGE_SID,
    RECIPIENT,
    SENDER,
    TOKEN,
    async_transport_for,
    message_json,
)
from twilio_sansio import AsyncClient, Client
from twilio_sansio.core.http import Request
from twilio_sansio.testing import LoopbackServer, Reply

DEPTH = 600
DEEP_SECRET = "deep-s3cret-value"
CALLBACK_PASSWORD = "cb-pa55word"
TWIML_PASSWORD = "twiml-pa55word"
STATUS_CALLBACK = f"https://hooks:{CALLBACK_PASSWORD}@example.com/status"
TWIML_URL = f"https://twiml:{TWIML_PASSWORD}@example.com/voice.xml"
CALL_SID = "CA" + "5" * 32


def deeply_nested_secret(request: Request) -> Reply:
    """A message whose extra field holds a secret 600 arrays deep."""
    nested: Any = {"secret": DEEP_SECRET}
    for _ in range(DEPTH):
        nested = [nested]
    return Reply.json(message_json() | {"nested": nested})


def echo_callbacks(request: Request) -> Reply:
    """A message or call record echoing the callback URLs it was given, as Twilio does."""
    record = message_json() if "/Messages" in request.url else {"sid": CALL_SID}
    return Reply.json(record | {"status_callback": STATUS_CALLBACK, "url": TWIML_URL}, 201)


CASES: dict[str, tuple[Callable[[Request], Reply], Callable[[Any], Any], tuple[str, ...]]] = {
    "secret 600 arrays deep": (
        deeply_nested_secret,
        lambda client: client.messages.get(MESSAGE_SID),
        (DEEP_SECRET,),
    ),
    "StatusCallback with a password": (
        echo_callbacks,
        lambda client: client.messages.send_message(
            SENDER, RECIPIENT, "hi", StatusCallback=STATUS_CALLBACK
        ),
        (CALLBACK_PASSWORD,),
    ),
    "call Url with a password": (
        echo_callbacks,
        lambda client: client.calls.make_call(
            SENDER, RECIPIENT, TWIML_URL, StatusCallback=STATUS_CALLBACK
        ),
        (CALLBACK_PASSWORD, TWIML_PASSWORD),
    ),
}


def run(kind: str, base_url: str, call: Callable[[Any], Any]) -> Any:
    """Make ``call`` on a client of ``kind`` with debug output on; return its result."""
    if kind == "sync":
        with Client(ACCOUNT, TOKEN, base_url=base_url, timeout=5.0, debug=True) as client:
            return call(client)

    async def main() -> Any:
        transport = async_transport_for(kind)
        try:
            async with AsyncClient(
                ACCOUNT, TOKEN, base_url=base_url, timeout=5.0, debug=True, transport=transport
            ) as client:
                return await call(client)
        finally:
            await transport.aclose()

    return trio.run(main) if kind.startswith("trio") else asyncio.run(main())


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """The ``twilio_sansio`` logger at DEBUG, captured."""
    with caplog.at_level(logging.DEBUG, logger="twilio_sansio"):
        yield caplog


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("case", list(CASES))
def test_debug_output_is_redacted(
    case: str,
    kind: str,
    debug_logs: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    handler, call, secrets = CASES[case]
    with LoopbackServer(handler) as server:
        result = run(kind, server.base_url, call)
    shown = capsys.readouterr().err
    logged = "\n".join(record.getMessage() for record in debug_logs.records)

    assert server.errors == []
    assert result.sid in (MESSAGE_SID, CALL_SID)
    assert "[redacted]" in shown
    assert "[redacted]" in logged
    for secret in secrets:
        assert secret not in shown
        assert secret not in logged
    if case != "secret 600 arrays deep":
        sent = server.requests[0].body.decode()
        assert all(secret in sent for secret in secrets)  # the wire keeps the URLs whole
