"""The transport protocol: what a client needs from an HTTP stack, and nothing more.

To plug another HTTP library into :class:`~twilio_sansio.Client`, write a class with
``send(request, *, timeout) -> Response`` and ``close()``; for
:class:`~twilio_sansio.AsyncClient`, ``async send(request) -> Response`` and
``async aclose()``. A transport must:

- send the request exactly as given (method, URL, headers, body), following no redirects
  and retrying nothing;
- read the whole body (already freed of any content encoding), stopping with
  :class:`~twilio_sansio.core.errors.ResponseTooLarge` past its size limit;
- turn its library's failures into :class:`~twilio_sansio.core.errors.ConnectError`
  (nothing was sent), :class:`~twilio_sansio.core.errors.DeadlineExceeded` or
  :class:`~twilio_sansio.core.errors.TransportError`, setting ``request_sent=False`` only
  when it knows no byte of the request left;
- survive ``os.fork()``: in a child process it never reads or writes a connection the
  parent opened (that would hand one process the other's responses), and it must not
  shut those connections down either, since the parent goes on using them;
- sync only: finish within ``timeout`` seconds of wall-clock time, from connecting to the
  last byte of the body, interim responses and slow headers included. An async transport
  is bounded by the caller's cancel scope instead and must be cancellable.

A transport may be shared by several clients; a client never closes a transport it was
given.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from twilio_sansio.core.http import Request, Response

DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024


@runtime_checkable
class SyncTransport(Protocol):
    """A blocking HTTP transport, safe to call from several threads at once."""

    def send(self, request: Request, *, timeout: float) -> Response:
        """Send ``request`` and return its complete response within ``timeout`` seconds."""
        ...

    def close(self) -> None:
        """Release every connection; the transport is not used afterwards."""
        ...


@runtime_checkable
class AsyncTransport(Protocol):
    """An async HTTP transport; cancellation (a cancel scope) bounds each call."""

    async def send(self, request: Request) -> Response:
        """Send ``request`` and return its complete response."""
        ...

    async def aclose(self) -> None:
        """Release every connection; the transport is not used afterwards."""
        ...
