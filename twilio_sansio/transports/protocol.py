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

from contextvars import ContextVar
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


_request_written: ContextVar[bool | None] = ContextVar("twilio_sansio_request_written")


def expect_request_written_signal() -> None:
    """Start an async exchange not yet known to be written (the client calls this).

    A transport that calls :func:`note_request_pending` and :func:`note_request_written`
    lets the client say, when its deadline cancels the exchange, whether any byte of the
    request had left: ``DeadlineExceeded.request_sent``. For a transport that does not,
    the answer stays "maybe" (True).
    """
    _request_written.set(None)


def note_request_pending() -> None:
    """An async transport starts an exchange: nothing of the request has left yet."""
    _request_written.set(False)


def note_request_written() -> None:
    """An async transport is about to write the first byte of the request."""
    _request_written.set(True)


def request_may_have_left() -> bool:
    """Whether the exchange cancelled in this task may have sent any byte (True if unsure)."""
    return _request_written.get(None) is not False
