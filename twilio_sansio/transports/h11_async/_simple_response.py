"""The usual response read without h11: whole, ``Content-Length`` framed, plainly written.

h11 spends about two thirds of an exchange's work reading the response (its reader, its
state machine, an event per part). Almost every Twilio answer arrives as one read: an
HTTP/1.1 status line, a few headers, a ``Content-Length`` and exactly that many bytes.
:func:`read_simple_response` takes such a read on its own; anything else, or anything it
is unsure of, it leaves to h11 untouched (it returns ``None`` and h11 gets the same bytes),
so h11 still decides every unusual case and raises every protocol error.

What it accepts is a strict subset of what h11 accepts, read the same way: the
grammar is RFC 9110/9112's (a token, a colon, optional whitespace around a value of
visible characters and inner spaces), lines end with CRLF only, names come out
lower-case and values without the surrounding whitespace.
"""

from __future__ import annotations

import re
from typing import NamedTuple

MAX_HEAD_BYTES = 16 * 1024
"""Longer heads go to h11 (its own limit on an incomplete head is the same)."""

_STATUS_LINE = re.compile(rb"HTTP/1\.1 ([0-9]{3})(?: [\t\x20-\x7e]*)?")
_HEADER_LINE = re.compile(
    rb"([-!#$%&'*+.^_`|~0-9a-zA-Z]+):[ \t]*"
    rb"((?:[\x21-\x7e\x80-\xff]+(?:[ \t]+[\x21-\x7e\x80-\xff]+)*)?)[ \t]*"
)
_DIGITS = re.compile(rb"[0-9]+")

# Headers that change the framing or the connection's fate: h11 handles those.
_LEFT_TO_H11 = frozenset({b"transfer-encoding", b"connection"})


class SimpleResponse(NamedTuple):
    """A response read whole: what h11 would have made of the same bytes."""

    status: int
    headers: tuple[tuple[str, str], ...]
    """Lower-case names, values without surrounding whitespace, both latin-1 decoded."""
    body: bytes
    """The body as sent (still encoded, if it has a ``Content-Encoding``)."""


def read_simple_response(data: bytes) -> SimpleResponse | None:
    """Read ``data`` as one whole response that h11 would keep the connection after.

    Returns:
        The response, or ``None`` when ``data`` is not exactly one such response: an
        incomplete head or body, bytes past the body, another HTTP version, a 1xx, 204
        or 304 status, no ``Content-Length`` or more than one, a ``Transfer-Encoding``
        or ``Connection`` header, or anything not written the plain way (h11 then reads
        it, or says what is wrong with it).
    """
    head_end = data.find(b"\r\n\r\n")
    if head_end < 0 or head_end > MAX_HEAD_BYTES:
        return None
    lines = data[:head_end].split(b"\r\n")
    status_line = _STATUS_LINE.fullmatch(lines[0])
    if status_line is None:
        return None
    status = int(status_line.group(1))
    if status < 200 or status in {204, 304}:
        return None
    headers = []
    length = -1
    for line in lines[1:]:
        field = _HEADER_LINE.fullmatch(line)
        if field is None:
            return None
        name, value = field.groups()
        name = name.lower()
        if name == b"content-length":
            if length >= 0 or _DIGITS.fullmatch(value) is None:
                return None
            length = int(value)
        elif name in _LEFT_TO_H11:
            return None
        headers.append((name.decode("latin-1"), value.decode("latin-1")))
    body_start = head_end + 4
    if length < 0 or len(data) - body_start != length:
        return None
    return SimpleResponse(status, tuple(headers), data[body_start:])
