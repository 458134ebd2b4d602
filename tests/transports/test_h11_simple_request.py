"""The usual request written without h11's writer (``_simple_request``): the same bytes.

``write_simple_request`` must give exactly what h11's ``Connection.send`` gives for the
head, the body and the end of the message, and leave to h11 (``None``) every request
it is not sure of, so that h11 still writes it, or refuses it.
"""

from __future__ import annotations

import h11
import pytest
from hypothesis import given, strategies as st

from tests.transports._support import BACKENDS, CannedServer, run_on
from twilio_sansio.core.http import Request
from twilio_sansio.transports.h11_async import H11Transport, _connection
from twilio_sansio.transports.h11_async._simple_request import write_simple_request


def written_by_h11(head: h11.Request, body: bytes) -> bytes:
    protocol = h11.Connection(h11.CLIENT)
    out = protocol.send(head) or b""
    if body:
        out += protocol.send(h11.Data(data=body)) or b""
    return out + (protocol.send(h11.EndOfMessage()) or b"")


def request(method: bytes, headers: list[tuple[bytes, bytes]]) -> h11.Request:
    return h11.Request(method=method, target=b"/2010-04-01/x.json?a=b", headers=headers)


_NAMES = st.sampled_from([b"User-Agent", b"accept", b"X-A", b"Authorization", b"HOST"])
_VALUES = st.sampled_from([b"", b"a", b"Basic eHg6eXk=", b"a b", b"application/json"])


@given(
    method=st.sampled_from([b"GET", b"POST", b"DELETE", b"PUT", b"PATCH"]),
    before=st.lists(st.tuples(_NAMES, _VALUES), max_size=4),
    host_position=st.integers(0, 4),
    body=st.binary(max_size=30),
    with_length=st.booleans(),
)
def test_the_bytes_are_h11_s(
    method: bytes,
    before: list[tuple[bytes, bytes]],
    host_position: int,
    body: bytes,
    with_length: bool,
) -> None:
    headers = [(name, value) for name, value in before if name.lower() != b"host"]
    headers.insert(min(host_position, len(headers)), (b"Host", b"api.example:8443"))
    if with_length:
        headers.append((b"Content-Length", str(len(body)).encode()))
    head = request(method, headers)
    written = write_simple_request(head, body)
    if body and not with_length:
        assert written is None  # h11 refuses a body it was not told the length of
    else:
        assert written == written_by_h11(head, body)


LEFT_TO_H11 = {
    "head": (request(b"HEAD", [(b"host", b"a")]), b""),
    "connect": (h11.Request(method=b"CONNECT", target=b"a:443", headers=[(b"host", b"a")]), b""),
    "chunked": (
        request(b"POST", [(b"host", b"a"), (b"transfer-encoding", b"chunked")]),
        b"ab",
    ),
    "connection-close": (request(b"GET", [(b"host", b"a"), (b"connection", b"close")]), b""),
    "expect-continue": (
        request(
            b"POST", [(b"host", b"a"), (b"expect", b"100-continue"), (b"content-length", b"1")]
        ),
        b"x",
    ),
    "length-too-short": (request(b"POST", [(b"host", b"a"), (b"content-length", b"1")]), b"xy"),
    "length-too-long": (request(b"POST", [(b"host", b"a"), (b"content-length", b"3")]), b"xy"),
    "http-1.0": (h11.Request(method=b"GET", target=b"/", headers=[], http_version=b"1.0"), b""),
}


@pytest.mark.parametrize(("head", "body"), LEFT_TO_H11.values(), ids=LEFT_TO_H11.keys())
def test_anything_else_is_left_to_h11(head: h11.Request, body: bytes) -> None:
    assert write_simple_request(head, body) is None


CHUNKED = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n"
PLAIN = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("answer", [PLAIN, CHUNKED], ids=["plain", "chunked"])
def test_the_server_gets_the_same_bytes_with_or_without_the_shortcut(
    backend: str, answer: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A chunked answer makes h11 read it: h11 is told of the request afterwards, and the
    # connection carries the next request all the same.
    requests = [
        Request("GET", "/one", (("Accept", "application/json"),)),
        Request("POST", "/two", (("Content-Type", "application/x-www-form-urlencoded"),), b"a=1"),
        Request("HEAD", "/three"),
        Request("DELETE", "/four"),
    ]

    async def heads() -> tuple[list[bytes], int]:
        server = CannedServer(answer, close_after_answer=False)
        transport = H11Transport()
        async with server.running():
            try:
                for each in requests:
                    if each.method != "HEAD" or answer is PLAIN:
                        url = server.url + each.url
                        await transport.send(Request(each.method, url, each.headers, each.body))
            finally:
                await transport.aclose()
        port = str(server.port).encode()
        return [head.replace(port, b"PORT") for head in server.heads], server.connections

    shortcut = run_on(backend, heads)
    monkeypatch.setattr(_connection, "write_simple_request", lambda head, body: None)
    general = run_on(backend, heads)
    assert shortcut == general
    assert len(shortcut[0]) == (4 if answer is PLAIN else 3)
    # The answer to HEAD has no body: its "ok" is stray bytes, which end the connection.
    assert shortcut[1] == (2 if answer is PLAIN else 1)
