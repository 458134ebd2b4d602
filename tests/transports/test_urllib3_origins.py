"""Urllib3Transport's own routing: each origin's pool remembered, bodies read to their length.

The transport sends through the pool of the request's origin, kept after the first
request, rather than through ``PoolManager.urlopen`` each time; and it stops reading a
body without a content coding once ``Content-Length`` bytes have come. These tests hold
both to what the ``PoolManager`` did: keep-alive, many origins, repeated headers, query
strings, and bodies that are framed otherwise.
"""

from __future__ import annotations

import gzip
from contextlib import ExitStack
from urllib.parse import urlsplit

from twilio_sansio.core.http import Request
from twilio_sansio.testing import LoopbackServer, Reply
from twilio_sansio.transports.urllib3_sync import Urllib3Transport


def echo(request: Request) -> Reply:
    """Answer with the path and query the server received."""
    parts = urlsplit(request.url)
    return Reply(200, (), (parts.path + (f"?{parts.query}" if parts.query else "")).encode())


def test_a_body_read_to_its_length_leaves_the_connection_reusable() -> None:
    transport = Urllib3Transport()
    try:
        with LoopbackServer(echo) as server:
            bodies = [
                transport.send(Request("GET", server.url(f"/{i}?a=b")), timeout=5).body
                for i in range(5)
            ]
            assert bodies == [f"/{i}?a=b".encode() for i in range(5)]
            assert server.connections_opened == 1
    finally:
        transport.close()


def test_more_origins_than_the_manager_keeps_still_work() -> None:
    # urllib3's PoolManager keeps 10 pools and closes the least recently used.
    transport = Urllib3Transport()
    try:
        with ExitStack() as stack:
            servers = [stack.enter_context(LoopbackServer(echo)) for _ in range(12)]
            for _ in range(2):
                for server in servers:
                    response = transport.send(Request("GET", server.url("/x")), timeout=5)
                    assert response.body == b"/x"
    finally:
        transport.close()


def test_closing_closes_the_pools_of_origins_the_manager_forgot() -> None:
    transport = Urllib3Transport()
    with ExitStack() as stack:
        servers = [stack.enter_context(LoopbackServer(echo)) for _ in range(12)]
        for server in servers:
            transport.send(Request("GET", server.url("/x")), timeout=5)
        remembered = list(transport._origins.values())
        assert len(remembered) == len(servers)
        transport.close()
        assert [pool.pool for pool in remembered] == [None] * len(servers)


def test_a_repeated_header_is_sent_with_every_value() -> None:
    transport = Urllib3Transport()
    try:
        with LoopbackServer(echo) as server:
            headers = (("x-twice", "one"), ("x-twice", "two"), ("x-once", "1"))
            transport.send(Request("GET", server.url("/"), headers), timeout=5)
            (seen,) = server.requests
            values = [value for name, value in seen.headers if name == "x-twice"]
            assert ", ".join(values) in ("one, two", "one,two")
    finally:
        transport.close()


def test_a_url_without_a_path_is_sent_for_the_root() -> None:
    transport = Urllib3Transport()
    try:
        with LoopbackServer(echo) as server:
            response = transport.send(Request("GET", f"{server.base_url}?q=1"), timeout=5)
            assert response.body == b"/?q=1"
            assert transport.send(Request("GET", server.base_url), timeout=5).body == b"/"
    finally:
        transport.close()


def test_a_compressed_body_is_read_whole_and_decoded() -> None:
    payload = b"x" * 100_000
    packed = gzip.compress(payload)

    def compressed(request: Request) -> Reply:
        return Reply(200, (("content-encoding", "gzip"),), packed)

    transport = Urllib3Transport()
    try:
        with LoopbackServer(compressed) as server:
            for _ in range(2):
                assert transport.send(Request("GET", server.url("/")), timeout=5).body == payload
            assert server.connections_opened == 1
    finally:
        transport.close()
