"""A response head cut short by the server is a broken connection, on every client kind.

``HTTP/1.1 200 OK`` and then the end of the connection (no blank line, no headers) used
to read as an empty 200 on ``Client`` (``UnexpectedResponseError``, never retried) and
as a broken connection on ``AsyncClient`` (``TransportError``, a GET retried). Now all
agree: ``TransportError``; a GET is tried three times, a POST once.
"""

from __future__ import annotations

import pytest

from tests.reliability._raw_server import RawServer, head_then_close
from tests.reliability._support import (
    KINDS,
    METHODS,
    QUICK,
    Resources,
    call_for,
    leaks_since,
    record,
    run_call,
)
from twilio_sansio import TransportError

HEADS = {
    "bare status line": b"HTTP/1.1 200 OK\r\n",
    "status line without its line end": b"HTTP/1.1 200 OK",
    "one header of a 201": b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n",
}
ATTEMPTS = {"GET": QUICK.max_attempts, "POST": 1}
"""A GET is sent again after a broken connection; a POST that may have arrived is not."""


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("head", list(HEADS))
def test_a_cut_head_is_a_broken_connection(head: str, kind: str, method: str) -> None:
    before = Resources.now()
    with RawServer(head_then_close(HEADS[head])) as server:
        outcome = run_call(kind, call_for(method), server.base_url, timeout=2.0, retry=QUICK)
    leaks = leaks_since(before)
    record(head, kind, method, server.requests, outcome, leaks)

    assert server.errors == []
    assert type(outcome.error) is TransportError, repr(outcome.error)
    assert outcome.error.request_sent is True
    assert server.requests == ATTEMPTS[method]
    assert outcome.retries == ATTEMPTS[method] - 1
    assert not leaks, leaks
