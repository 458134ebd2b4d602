"""The usual request written without h11's writer: the same bytes, when it is sure of them.

h11's ``Connection.send`` costs about as much again as building the request event: its
state machine runs for the head and for the end of the message. For the usual request
(no ``Transfer-Encoding``, no ``Connection`` or ``Expect`` header, a body exactly as long
as its ``Content-Length`` says, or none), the bytes h11 would write are fixed: the
request line, ``Host`` first, the other headers in order as the event holds them, a
blank line, the body. :func:`write_simple_request` writes them; for anything else it
returns ``None`` and h11 writes the request (and raises what it raises).

h11 does not see such a request go out. When the answer is not one
:func:`~twilio_sansio.transports.h11_async._simple_response.read_simple_response` takes,
the connection hands h11 the request first (h11's own output is the same bytes and is
dropped), then the answer, and h11 goes on as if it had written the request itself.
"""

from __future__ import annotations

import h11

_LEFT_TO_H11 = frozenset({b"transfer-encoding", b"connection", b"expect"})
"""Headers that change the framing, the connection's fate or the exchange's course."""

NOT_SIMPLE_METHODS = frozenset({b"HEAD", b"CONNECT"})
"""Their responses are framed unlike others': h11 writes the request and reads the answer."""


def write_simple_request(head: h11.Request, body: bytes) -> bytes | None:
    """The bytes h11 would send for ``head`` and ``body``, or ``None`` if unsure.

    Args:
        head: The request event (h11 already checked it when it was built).
        body: The whole request body.
    """
    if head.method in NOT_SIMPLE_METHODS or head.http_version != b"1.1":
        return None
    host = b""
    lines = [b"%s %s HTTP/1.1\r\n" % (head.method, head.target)]
    length = None
    for raw_name, value in head.headers.raw_items():
        name = raw_name.lower()
        if name == b"host":
            host += b"%s: %s\r\n" % (raw_name, value)
            continue
        if name == b"content-length":
            length = int(value)
        elif name in _LEFT_TO_H11:
            return None
        lines.append(b"%s: %s\r\n" % (raw_name, value))
    if len(body) != (length or 0):
        return None
    lines.insert(1, host)
    lines.append(b"\r\n")
    lines.append(body)
    return b"".join(lines)
