"""The async transport on h11: HTTP/1.1 over anyio streams, on trio or asyncio.

h11 (python-hyper's sans-IO HTTP/1.1 library) parses and frames every message; this
package only connects (TCP, TLS, proxy tunnels), pools connections per origin behind a
FIFO limit, and decodes bodies under a size cap. Its modules, one job each:

- ``_transport``: :class:`H11Transport`, the public class;
- ``_pool``: the connections to one origin and the FIFO limit on requests in flight;
- ``_connection``: one connection, one exchange at a time;
- ``_connect``: opening a connection (TCP, ``CONNECT`` tunnel, TLS) and saying what failed;
- ``_origin``: splitting URLs and reading the proxy URL;
- ``_decoding``: gzip and deflate, stacked or not, in bounded pieces.
"""

from twilio_sansio.transports.h11_async._transport import (
    DEFAULT_MAX_IN_FLIGHT_PER_ORIGIN,
    H11Transport,
)

__all__ = ["DEFAULT_MAX_IN_FLIGHT_PER_ORIGIN", "H11Transport"]
