"""Faults a test can inject into the fake Twilio: rate limits, server errors, hangs.

::

    fake.faults.add(Fault.rate_limited(retry_after=2), times=2, path="/Messages.json")
    fake.faults.add(Fault.hang(), method="POST")

Each rule answers the next ``times`` requests it matches (``times=None``: every one) in
place of the fake's normal answer; a request that matches no rule is served normally.
"""

from __future__ import annotations

import json
import re
import threading

import attrs

from twilio_sansio.core.http import Request, Response

_HTML_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n"
)


@attrs.frozen(slots=True)
class Hang:
    """The fake's answer is never to answer: the caller's deadline must end the call."""


@attrs.frozen(slots=True)
class Fault:
    """What a matching request gets instead of the fake's normal answer.

    Build one with :meth:`rate_limited`, :meth:`server_error`, :meth:`bad_gateway_html`,
    :meth:`hang` or :meth:`response`.
    """

    answer: Response | Hang

    @classmethod
    def rate_limited(cls, retry_after: float | None = 1) -> Fault:
        """Twilio's 429 (code 20429), with ``Retry-After`` in seconds unless None."""
        headers: tuple[tuple[str, str], ...] = (("content-type", "application/json"),)
        if retry_after is not None:
            headers += (("retry-after", f"{retry_after:g}"),)
        body = {
            "code": 20429,
            "message": "Too Many Requests",
            "more_info": "https://www.twilio.com/docs/errors/20429",
            "status": 429,
        }
        return cls(Response(429, headers, json.dumps(body).encode()))

    @classmethod
    def server_error(cls, status: int = 500) -> Fault:
        """A Twilio-shaped 5xx JSON error (code 20500)."""
        body = {
            "code": 20500,
            "message": "An internal server error has occurred",
            "more_info": "https://www.twilio.com/docs/errors/20500",
            "status": status,
        }
        return cls(
            Response(status, (("content-type", "application/json"),), json.dumps(body).encode())
        )

    @classmethod
    def bad_gateway_html(cls) -> Fault:
        """A proxy's HTML 502 page, not JSON at all."""
        return cls(Response(502, (("content-type", "text/html"),), _HTML_502))

    @classmethod
    def hang(cls) -> Fault:
        """No answer: the request waits until the caller's deadline or cancel scope."""
        return cls(Hang())

    @classmethod
    def response(cls, response: Response) -> Fault:
        """Answer with ``response`` exactly."""
        return cls(response)


@attrs.define
class FaultRule:
    """A fault, which requests it applies to, and how many more times."""

    fault: Fault
    remaining: int | None
    method: str | None
    path: re.Pattern[str] | None
    hits: int = 0

    def matches(self, request: Request, path: str) -> bool:
        """Whether this rule applies to ``request`` (whose URL path is ``path``)."""
        if self.remaining is not None and self.remaining <= 0:
            return False
        if self.method is not None and self.method != request.method:
            return False
        return self.path is None or self.path.search(path) is not None


class Faults:
    """The fault rules of one fake, consulted in the order they were added."""

    def __init__(self) -> None:
        self._rules: list[FaultRule] = []
        self._lock = threading.Lock()

    def add(
        self,
        fault: Fault,
        *,
        times: int | None = 1,
        path: str | None = None,
        method: str | None = None,
    ) -> FaultRule:
        """Answer the next ``times`` matching requests with ``fault``.

        Args:
            fault: What to answer.
            times: How many requests the rule applies to; None for every one.
            path: A regular expression searched in the URL path (``"/Messages"``);
                None matches every path.
            method: Only requests of this method (``"POST"``); None for any.

        Returns:
            The rule; its ``hits`` counts the requests it answered.

        Raises:
            ValueError: ``times`` is below 1.
        """
        if times is not None and times < 1:
            raise ValueError("times must be at least 1, or None for every request")
        rule = FaultRule(
            fault, times, method.upper() if method else None, re.compile(path) if path else None
        )
        with self._lock:
            self._rules.append(rule)
        return rule

    def clear(self) -> None:
        """Remove every rule."""
        with self._lock:
            self._rules.clear()

    def take(self, request: Request, path: str) -> Fault | None:
        """Return the fault for ``request`` (using up one of its times), or None."""
        with self._lock:
            for rule in self._rules:
                if rule.matches(request, path):
                    rule.hits += 1
                    if rule.remaining is not None:
                        rule.remaining -= 1
                    return rule.fault
        return None
