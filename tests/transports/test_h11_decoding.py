"""Content decoding: gzip and deflate, stacked, in pieces; the size cap on decoded bytes.

The pure decoder is checked on its own (round trips, any split of the input, broken
data), then the transport over loopback sockets: decoded bodies, and a few-kilobyte
``gzip, gzip`` bomb that must stop at the cap quickly and in bounded memory.
"""

from __future__ import annotations

import functools
import gzip
import itertools
import tracemalloc
import zlib

import anyio
import pytest
from hypothesis import given, strategies as st

from tests.transports._support import BACKENDS, run_on
from twilio_sansio import ResponseTooLarge, TransportError
from twilio_sansio.core.http import Request
from twilio_sansio.testing import LoopbackServer, Reply
from twilio_sansio.transports.h11_async import H11Transport
from twilio_sansio.transports.h11_async._decoding import PIECE_SIZE, decoder_for


def zlib_deflate(data: bytes) -> bytes:
    return zlib.compress(data)


def raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


ENCODERS = {"gzip": gzip.compress, "x-gzip": gzip.compress, "deflate": zlib_deflate}


def encode(data: bytes, codings: list[str]) -> bytes:
    for coding in codings:
        data = ENCODERS[coding](data)
    return data


def decode_in(parts: list[bytes], header: str) -> bytes:
    decoder = decoder_for([header])
    assert decoder is not None
    pieces = [piece for part in parts for piece in decoder.decode(part)]
    pieces.extend(decoder.finish())
    assert all(len(piece) <= PIECE_SIZE for piece in pieces)
    return b"".join(pieces)


@given(
    data=st.binary(max_size=5000),
    codings=st.lists(st.sampled_from(sorted(ENCODERS)), min_size=1, max_size=3),
    cuts=st.lists(st.integers(min_value=0, max_value=6000), max_size=5),
)
def test_any_stack_of_codings_decodes_whatever_the_split(
    data: bytes, codings: list[str], cuts: list[int]
) -> None:
    wire = encode(data, codings)
    bounds = sorted({0, len(wire), *(cut % (len(wire) + 1) for cut in cuts)})
    parts = [wire[start:end] for start, end in itertools.pairwise(bounds)]
    assert decode_in(parts, ", ".join(codings)) == data


def test_raw_deflate_is_accepted_as_deflate() -> None:
    assert decode_in([raw_deflate(b"raw deflate body")], "deflate") == b"raw deflate body"


def test_a_gzip_body_of_several_members_decodes_whole() -> None:
    wire = gzip.compress(b"first ") + gzip.compress(b"second")
    assert decode_in([wire], "gzip") == b"first second"


def test_a_large_body_comes_out_in_bounded_pieces() -> None:
    data = bytes(range(256)) * 4096  # 1 MiB
    assert decode_in([gzip.compress(data)], "gzip") == data


@pytest.mark.parametrize("header", ["", "identity", "br", "gzip, br", "zstd"])
def test_identity_and_codings_never_asked_for_pass_through(header: str) -> None:
    assert decoder_for([header]) is None


def test_broken_compressed_data_is_a_transport_error() -> None:
    decoder = decoder_for(["gzip"])
    assert decoder is not None
    with pytest.raises(TransportError, match="could not be decoded"):
        list(decoder.decode(b"\x1f\x8b\x08\x00 definitely not gzip"))


# -- over sockets -------------------------------------------------------------------------


@functools.cache
def bomb(codings: tuple[str, ...], size: int = 256 << 20) -> bytes:
    """``size`` zero bytes under ``codings``: a few kilobytes on the wire."""
    compressor = zlib.compressobj(9, wbits=16 + zlib.MAX_WBITS)
    block = bytes(1 << 20)
    inner = b"".join(compressor.compress(block) for _ in range(size >> 20)) + compressor.flush()
    return encode(inner, list(codings[1:]))


def encoded_reply(body: bytes, header: str) -> Reply:
    return Reply(200, (("Content-Encoding", header),), body)


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_transport_decodes_stacked_codings_and_asks_for_them(backend: str) -> None:
    body = b'{"sid": "SM123"}' * 100
    wire = encode(body, ["gzip", "deflate"])

    async def main(server: LoopbackServer) -> bytes:
        transport = H11Transport()
        try:
            return (await transport.send(Request("GET", server.url("/")))).body
        finally:
            await transport.aclose()

    with LoopbackServer(lambda request: encoded_reply(wire, "gzip, deflate")) as server:
        assert run_on(backend, main, server) == body
    assert server.requests[0].header("accept-encoding") == "gzip, deflate"


@pytest.mark.parametrize("codings", [("gzip", "gzip"), ("gzip", "gzip", "deflate")])
@pytest.mark.parametrize("backend", BACKENDS)
def test_a_decompression_bomb_stops_at_the_cap_in_bounded_memory(
    backend: str, codings: tuple[str, ...]
) -> None:
    wire = bomb(codings)
    assert len(wire) < 64 * 1024
    limit = 1 << 20

    async def main(server: LoopbackServer) -> tuple[BaseException, int]:
        transport = H11Transport(max_response_bytes=limit)
        tracemalloc.start()
        try:
            with anyio.fail_after(5), pytest.raises(ResponseTooLarge) as caught:
                await transport.send(Request("GET", server.url("/")))
            return caught.value, tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
            await transport.aclose()

    with LoopbackServer(lambda request: encoded_reply(wire, ", ".join(codings))) as server:
        error, peak = run_on(backend, main, server)
    assert isinstance(error, ResponseTooLarge)
    assert error.status == 200
    assert f"{limit} bytes" in str(error)
    # The cap, a few pieces per stage and zlib's windows: nowhere near 256 MiB.
    assert peak < limit + 16 * PIECE_SIZE + (4 << 20)
