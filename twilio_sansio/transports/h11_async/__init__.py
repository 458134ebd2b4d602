"""The async transport on h11: HTTP/1.1 over anyio streams, on trio or asyncio.

h11 (python-hyper's sans-IO HTTP/1.1 library) frames the messages and decides every
unusual case; the usual exchange (a plain request, an answer read whole with a
``Content-Length``) is written and read here in h11's own terms, byte for byte, at a
third of the cost. This package also connects (TCP, TLS, proxy tunnels), pools
connections per origin behind a FIFO limit, and decodes bodies under a size cap. Its
modules, one job each:

- ``_transport``: :class:`H11Transport`, the public class;
- ``_pool``: the connections to one origin and the FIFO limit on requests in flight;
- ``_connection``: one connection, one exchange at a time;
- ``_simple_request`` / ``_simple_response``: the usual request and answer without h11's
  writer and reader (anything else goes to h11);
- ``_trio_socket``: plain TCP under trio, on the socket itself rather than anyio's layers;
- ``_connect``: opening a connection (TCP, ``CONNECT`` tunnel, TLS) and saying what failed;
- ``_origin``: splitting URLs and reading the proxy URL;
- ``_decoding``: gzip and deflate, stacked or not, in bounded pieces.
"""

from twilio_sansio.transports.h11_async._transport import (
    DEFAULT_MAX_IN_FLIGHT_PER_ORIGIN,
    H11Transport,
)

__all__ = ["DEFAULT_MAX_IN_FLIGHT_PER_ORIGIN", "H11Transport"]
