"""Content decoding: gzip and deflate, stacked or not, in bounded pieces.

A response may carry several codings (``Content-Encoding: gzip, gzip``), applied in the
order listed, so they are undone in reverse. Each stage is a zlib decompressor asked for
at most :data:`PIECE_SIZE` bytes at a time, and the stages are chained generators: a few
kilobytes that inflate to gigabytes come out one bounded piece after another, and the
reader stops at its size limit with a few pieces in memory, never the whole expansion.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator

from twilio_sansio.core.errors import TransportError

PIECE_SIZE = 64 * 1024
"""The most bytes one stage hands on at a time."""

_GZIP_WBITS = 16 + zlib.MAX_WBITS
_ZLIB_WBITS = zlib.MAX_WBITS
_RAW_DEFLATE_WBITS = -zlib.MAX_WBITS
_IDENTITY = frozenset({"", "identity"})
_GZIP = frozenset({"gzip", "x-gzip"})


class _Stage:
    """One zlib decompressor of a chain."""

    def __init__(self, coding: str) -> None:
        self.coding = coding
        self._gzip = coding in _GZIP
        # "deflate" should be zlib-wrapped (RFC 9110), but some servers send raw deflate:
        # the first bytes tell which.
        self._sniffing = not self._gzip
        self._sniffed = b""
        self._inflater = zlib.decompressobj(_GZIP_WBITS if self._gzip else _ZLIB_WBITS)

    def feed(self, data: bytes) -> Iterator[bytes]:
        """Decompress ``data``, yielding pieces of at most :data:`PIECE_SIZE` bytes."""
        while data:
            if self._inflater.eof:
                data = self._next_member(data)
                if not data:
                    return
            if self._sniffing:
                data = self._sniffed + data
                if len(data) < 2:  # too short to tell: wait for the next byte
                    self._sniffed = data
                    return
                self._sniffing = False
                if not _looks_like_zlib(data):
                    self._inflater = zlib.decompressobj(_RAW_DEFLATE_WBITS)
            piece = self._inflater.decompress(data, PIECE_SIZE)
            data = self._inflater.unconsumed_tail
            if not data and self._inflater.eof:
                data = self._inflater.unused_data
            if piece:
                yield piece

    def _next_member(self, data: bytes) -> bytes:
        """After the end of a stream: a gzip body may hold several members; else drop."""
        if self._gzip and data[:2] == b"\x1f\x8b":
            self._inflater = zlib.decompressobj(_GZIP_WBITS)
            return data
        return b""

    def finish(self) -> Iterator[bytes]:
        """Yield what the decompressor still holds once the input has ended."""
        if self._sniffed:  # a one-byte body: zlib has the last word on it
            self._sniffing = False
            yield from self.feed(self._sniffed)
        rest = self._inflater.flush()
        if rest:
            yield rest

    def feed_all(self, upstream: Iterable[bytes]) -> Iterator[bytes]:
        """Decompress every piece ``upstream`` yields."""
        for data in upstream:
            yield from self.feed(data)

    def finish_all(self, upstream: Iterable[bytes]) -> Iterator[bytes]:
        """Decompress what the earlier stages release at the end, then finish."""
        yield from self.feed_all(upstream)
        yield from self.finish()


class ContentDecoder:
    """Undoes a response's content codings, piece by piece.

    Args:
        codings: The codings as listed in ``Content-Encoding`` (applied first to last).
    """

    def __init__(self, codings: list[str]) -> None:
        self._stages = [_Stage(coding) for coding in reversed(codings)]

    def decode(self, data: bytes) -> Iterator[bytes]:
        """Yield the decoded pieces of the next ``data`` from the wire.

        Raises:
            TransportError: the data is not valid for its coding.
        """
        pieces: Iterable[bytes] = (data,)
        for stage in self._stages:
            pieces = stage.feed_all(pieces)
        return _checked(pieces)

    def finish(self) -> Iterator[bytes]:
        """Yield the decoded remainder once the body has ended.

        Raises:
            TransportError: the data is not valid for its coding.
        """
        pieces: Iterable[bytes] = ()
        for stage in self._stages:
            pieces = stage.finish_all(pieces)
        return _checked(pieces)


def _checked(pieces: Iterable[bytes]) -> Iterator[bytes]:
    try:
        yield from pieces
    except zlib.error as exc:
        raise TransportError(f"the response body could not be decoded: {exc}") from None


def _looks_like_zlib(data: bytes) -> bool:
    # A zlib header: compression method 8, and the two bytes a multiple of 31.
    return len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0


def decoder_for(content_encoding: list[str]) -> ContentDecoder | None:
    """Return a decoder for the listed codings, or None when there is nothing to undo.

    Codings are the comma-separated tokens of every ``Content-Encoding`` header, in
    order. ``identity`` is skipped. A coding this module cannot undo (``br``, ``zstd``)
    leaves the body as it came: the transport never asks for one.

    Args:
        content_encoding: The values of the ``Content-Encoding`` headers.

    Returns:
        A :class:`ContentDecoder`, or None.
    """
    codings = [token.strip().lower() for value in content_encoding for token in value.split(",")]
    codings = [coding for coding in codings if coding not in _IDENTITY]
    if not codings or any(coding not in _GZIP and coding != "deflate" for coding in codings):
        return None
    return ContentDecoder(codings)
