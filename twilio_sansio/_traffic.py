"""Traffic shown for debugging: each request and response, redacted, on stderr and in logs."""

from __future__ import annotations

import logging
import sys
from typing import TextIO

from twilio_sansio.core.debug import render_request, render_response
from twilio_sansio.core.http import Request, Response

logger = logging.getLogger("twilio_sansio")


class TrafficLog:
    """Shows each request and response, redacted: on stderr when debugging, and in logging.

    Args:
        to_stderr: Print HTTP/1.1 renderings of the traffic to ``stream``.
        stream: Where to print; ``sys.stderr`` at the time of writing when None.
    """

    def __init__(self, to_stderr: bool, stream: TextIO | None = None) -> None:
        self.to_stderr = to_stderr
        self.stream = stream

    @property
    def active(self) -> bool:
        """Whether anything would be shown (skip rendering otherwise: it costs time)."""
        return self.to_stderr or logger.isEnabledFor(logging.DEBUG)

    def _emit(self, text: str) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("%s", text)
        if self.to_stderr:
            stream = self.stream or sys.stderr
            stream.write(text.rstrip("\n") + "\n\n")
            stream.flush()

    def request(self, request: Request) -> None:
        """Show an outgoing request."""
        if self.active:
            self._emit(render_request(request))

    def response(self, response: Response, elapsed: float) -> None:
        """Show a response and how long it took."""
        if self.active:
            self._emit(f"{render_response(response)}\n({elapsed * 1000:.0f} ms)")

    def failure(self, request: Request, error: BaseException) -> None:
        """Show a request that got no response."""
        if self.active:
            self._emit(f"{request.method} {request.url} failed: {error}")

    def note(self, text: str) -> None:
        """Show a remark on the traffic (why a listing ended early) where traffic is shown."""
        if self.active:
            self._emit(text)

    def retry(self, seconds: float, reason: str) -> None:
        """Show that a request will be sent again after ``seconds``, and why.

        Retries are logged at INFO even when traffic is not shown: they are rare and
        they explain slow calls.
        """
        text = f"retrying in {seconds:.3g} s: {reason}"
        logger.info("%s", text)
        if self.to_stderr:
            stream = self.stream or sys.stderr
            stream.write(text + "\n\n")
            stream.flush()
