"""The usual response read without h11 (``_simple_response``): never a different answer.

Whatever ``read_simple_response`` accepts, h11 must read the same way (status, headers,
body) and keep the connection after; whatever it is unsure of it must leave to h11
(``None``). Checked on hand-picked answers, on generated ones, and through a whole
exchange with the reader switched off.
"""

from __future__ import annotations

import gzip

import h11
import pytest
from hypothesis import given, strategies as st

from tests.transports._support import BACKENDS, CannedServer, run_on
from twilio_sansio import ResponseTooLarge, TransportError
from twilio_sansio.core.http import Request, Response
from twilio_sansio.transports.h11_async import H11Transport, _connection
from twilio_sansio.transports.h11_async._simple_response import (
    SimpleResponse,
    read_simple_response,
)


def read_with_h11(data: bytes, method: bytes = b"GET") -> tuple[SimpleResponse, bool] | None:
    """What h11 makes of ``data`` as the answer to a request: the response and whether
    the connection can carry another; None if h11 refuses it or wants more bytes."""
    protocol = h11.Connection(h11.CLIENT)
    protocol.send(h11.Request(method=method, target=b"/", headers=[(b"host", b"example")]))
    protocol.send(h11.EndOfMessage())
    protocol.receive_data(data)
    try:
        event = protocol.next_event()
        if type(event) is not h11.Response:
            return None
        response = event
        body = b""
        while type(event := protocol.next_event()) is h11.Data:
            body += event.data
        if type(event) is not h11.EndOfMessage:
            return None
    except h11.RemoteProtocolError:
        return None
    headers = tuple(
        (name.decode("latin-1"), value.decode("latin-1")) for name, value in response.headers
    )
    keeps = (
        protocol.our_state is h11.DONE
        and protocol.their_state is h11.DONE
        and not protocol.trailing_data[0]
    )
    return SimpleResponse(response.status_code, headers, body), keeps


def assert_same_as_h11(data: bytes) -> SimpleResponse | None:
    simple = read_simple_response(data)
    if simple is not None:
        assert read_with_h11(data) == (simple, True)
    return simple


JSON = b'{"sid": "SM123", "status": "delivered"}'

ACCEPTED = {
    "plain": b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 39\r\n\r\n"
    + JSON,
    "no-reason": b"HTTP/1.1 404\r\nContent-Length: 2\r\n\r\n{}",
    "empty-reason": b"HTTP/1.1 201 \r\nContent-Length: 0\r\n\r\n",
    "empty-body": b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n",
    "mixed-case-names": b"HTTP/1.1 200 OK\r\nCONTENT-length: 2\r\nX-Twilio-Id: A\r\n\r\nok",
    "whitespace-around-values": (
        b"HTTP/1.1 200 OK\r\nA:  x  y\t\r\nB:\t\r\nContent-Length:  2 \r\n\r\nok"
    ),
    "empty-value": b"HTTP/1.1 500 Internal Server Error\r\nX-Empty:\r\nContent-Length: 2\r\n\r\nok",
    "obs-text": b"HTTP/1.1 200 OK\r\nX-Name: caf\xe9\r\nContent-Length: 2\r\n\r\nok",
    "repeated-header": b"HTTP/1.1 429 Too Many\r\nVia: a\r\nVia: b\r\nContent-Length: 2\r\n\r\nok",
    "leading-zeros": b"HTTP/1.1 200 OK\r\nContent-Length: 002\r\n\r\nok",
    "gzip": b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 5\r\n\r\nxxxxx",
}

LEFT_TO_H11 = {
    "head-incomplete": b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n",
    "body-incomplete": b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nok",
    "bytes-after-body": b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1",
    "http-1.0": b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok",
    "connection-close": b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok",
    "connection-keep-alive": (
        b"HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok"
    ),
    "chunked": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n",
    "no-length": b"HTTP/1.1 200 OK\r\n\r\nok",
    "two-lengths": b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nok",
    "bad-length": b"HTTP/1.1 200 OK\r\nContent-Length: +2\r\n\r\nok",
    "informational": b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok",
    "no-content": b"HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n",
    "not-modified": b"HTTP/1.1 304 Not Modified\r\nContent-Length: 2\r\n\r\n",
    "obs-fold": b"HTTP/1.1 200 OK\r\nX-A: a\r\n  b\r\nContent-Length: 2\r\n\r\nok",
    "bare-lf": b"HTTP/1.1 200 OK\nContent-Length: 2\n\nok",
    "lf-inside": b"HTTP/1.1 200 OK\r\nX-A: a\nX-B: b\r\nContent-Length: 2\r\n\r\nok",
    "space-before-colon": b"HTTP/1.1 200 OK\r\nX-A : a\r\nContent-Length: 2\r\n\r\nok",
    "control-character": b"HTTP/1.1 200 OK\r\nX-A: a\x00b\r\nContent-Length: 2\r\n\r\nok",
    "blank-line-first": b"\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok",
    "lower-case-version": b"http/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok",
    "short-status": b"HTTP/1.1 20 OK\r\nContent-Length: 2\r\n\r\nok",
    "huge-head": b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 20_000 + b"\r\nContent-Length: 2\r\n\r\nok",
}


@pytest.mark.parametrize("data", ACCEPTED.values(), ids=ACCEPTED.keys())
def test_what_it_accepts_h11_reads_the_same_way(data: bytes) -> None:
    assert assert_same_as_h11(data) is not None


@pytest.mark.parametrize("data", LEFT_TO_H11.values(), ids=LEFT_TO_H11.keys())
def test_anything_else_is_left_to_h11(data: bytes) -> None:
    assert read_simple_response(data) is None


_NAMES = st.sampled_from(["Content-Type", "X-Twilio-Id", "Via", "content-encoding", "Date", "A!#$"])
_VALUE_BYTES = st.sampled_from([b"a", b"Z", b" ", b"\t", b"\xe9", b"/", b":", b"\x7f", b"\x00"])
_VALUES = st.lists(_VALUE_BYTES, max_size=6).map(b"".join)


@given(
    status=st.integers(100, 999),
    reason=st.sampled_from([b"", b" ", b" OK", b" Not\tFound"]),
    fields=st.lists(st.tuples(_NAMES, _VALUES), max_size=5),
    body=st.binary(max_size=20),
    declared=st.integers(0, 25),
    separator=st.sampled_from([b": ", b":", b":\t ", b" : "]),
)
def test_generated_answers_are_read_as_h11_reads_them(
    status: int,
    reason: bytes,
    fields: list[tuple[str, bytes]],
    body: bytes,
    declared: int,
    separator: bytes,
) -> None:
    lines = [b"HTTP/1.1 %d%s" % (status, reason)]
    lines += [name.encode() + separator + value for name, value in fields]
    lines.append(b"Content-Length: %d" % declared)
    data = b"\r\n".join(lines) + b"\r\n\r\n" + body
    simple = assert_same_as_h11(data)
    visible = all(b"\x7f" not in value and b"\x00" not in value for _, value in fields)
    if simple is None and status >= 200 and status not in {204, 304} and separator != b" : ":
        # Refused only for a reason: the body's size, or a value h11 would refuse too
        # (this reader is stricter than h11 only about control characters in values).
        assert declared != len(body) or not visible or read_with_h11(data) is None


ANSWERS = {
    **ACCEPTED,
    "gzip": b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n"
    % len(gzip.compress(JSON))
    + gzip.compress(JSON),
    "broken-gzip": ACCEPTED["gzip"],
}


async def exchange_all(answers: list[bytes], max_body: int) -> list[Response | str]:
    """Each answer through a whole exchange: the response, or the error's type and text."""
    results: list[Response | str] = []
    for answer in answers:
        server = CannedServer(answer, close_after_answer=False)
        transport = H11Transport(max_response_bytes=max_body)
        async with server.running():
            try:
                results.append(await transport.send(Request("GET", server.url)))
            except (TransportError, ResponseTooLarge) as exc:
                results.append(f"{type(exc).__name__}: {exc}")
            finally:
                await transport.aclose()
    return results


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("max_body", [1 << 20, 10], ids=["roomy", "capped"])
def test_an_exchange_ends_the_same_with_or_without_the_shortcut(
    backend: str, max_body: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = list(ANSWERS.values())
    shortcut = run_on(backend, exchange_all, answers, max_body)
    monkeypatch.setattr(_connection, "read_simple_response", lambda data: None)
    monkeypatch.setattr(_connection, "write_simple_request", lambda head, body: None)
    general = run_on(backend, exchange_all, answers, max_body)
    assert shortcut == general
    assert any(isinstance(result, Response) for result in general)
    assert any(isinstance(result, str) for result in general)
