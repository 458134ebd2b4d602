"""H11Transport's request heads: headers h11 would refuse are refused before anything is sent.

The transport checks each distinct header once and hands h11 the checked bytes (see
``_h11_request``); these tests hold it to h11's own rules, on the first sight of a header
and on the second (when it comes from the cache of checked headers).
"""

from __future__ import annotations

import h11
import pytest

from tests.transports._support import BACKENDS, run_on
from twilio_sansio import InvalidArgument
from twilio_sansio.core.http import Request
from twilio_sansio.testing import LoopbackServer, Reply
from twilio_sansio.transports.h11_async import H11Transport
from twilio_sansio.transports.h11_async._transport import _h11_request

BAD_HEADERS = [
    ("x y", "1"),
    ("", "1"),
    ("x", "a\r\nInjected: 1"),
    ("x", "a\nb"),
    ("x", " leading"),
    ("x", "trailing "),
    ("x", "nul\x00"),
    ("x", "vertical\x0btab"),
    ("x", "caf\u00e9"),
]
GOOD_HEADERS = [("x", ""), ("x", "a\tb"), ("x-y_z!", "a  b"), ("accept", "application/json")]
TARGET = "/2010-04-01/Accounts.json"


@pytest.mark.parametrize("header", BAD_HEADERS)
def test_a_header_h11_refuses_is_refused_every_time(header: tuple[str, str]) -> None:
    with pytest.raises((h11.LocalProtocolError, UnicodeError)):
        h11.Request(method="GET", target=TARGET, headers=[("host", "h"), header])
    for _ in range(2):
        with pytest.raises((h11.LocalProtocolError, UnicodeError)):
            _h11_request("GET", TARGET, [("host", "h"), header])


@pytest.mark.parametrize("header", GOOD_HEADERS)
def test_an_accepted_header_is_written_as_h11_writes_it(header: tuple[str, str]) -> None:
    headers = [("host", "h"), header, ("content-length", "3")]
    expected = h11.Connection(h11.CLIENT).send(
        h11.Request(method="POST", target=TARGET, headers=headers)
    )
    for _ in range(2):
        written = h11.Connection(h11.CLIENT).send(_h11_request("POST", TARGET, headers))
        assert written == expected


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_bad_header_is_an_invalid_argument_and_nothing_is_sent(backend: str) -> None:
    async def main(server: LoopbackServer) -> None:
        transport = H11Transport()
        try:
            for _ in range(2):
                bad = Request("GET", server.url("/"), (("x", "a\r\nInjected: 1"),))
                with pytest.raises(InvalidArgument, match="cannot be sent"):
                    await transport.send(bad)
            assert (await transport.send(Request("GET", server.url("/")))).body == b"fine"
        finally:
            await transport.aclose()

    with LoopbackServer(lambda request: Reply(200, (), b"fine")) as server:
        run_on(backend, main, server)
    assert [request.method for request in server.requests] == ["GET"]
