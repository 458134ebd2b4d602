"""Transports: the only code that moves bytes.

A transport sends one :class:`~twilio_sansio.core.http.Request` and returns one
:class:`~twilio_sansio.core.http.Response`, reading the whole body. It follows no redirects,
retries nothing, builds no URLs and parses no JSON: the core decides all of that. See
:mod:`twilio_sansio.transports.protocol` for the contract, and the two default
implementations, imported only when used:

- :class:`twilio_sansio.transports.urllib3_sync.Urllib3Transport` (sync);
- :class:`twilio_sansio.transports.h11_async.H11Transport` (async, HTTP/1.1 on h11 over
  anyio streams: trio natively, asyncio too).

Another HTTP stack is one small class away: ``docs/transports.md`` shows transports on
requests and on httpx.
"""

from twilio_sansio.transports.protocol import (
    DEFAULT_MAX_RESPONSE_BYTES,
    AsyncTransport,
    SyncTransport,
)

__all__ = ["DEFAULT_MAX_RESPONSE_BYTES", "AsyncTransport", "SyncTransport"]
