"""HTTP messages as plain values: what the core asks a transport to send, and what comes back.

Neither class knows anything about sockets. Header names are lower-case; a header may
repeat, so headers are a tuple of ``(name, value)`` pairs rather than a mapping.
"""

from __future__ import annotations

from twilio_sansio.core._value import Value, slot_setters

Headers = tuple[tuple[str, str], ...]


def _lower_headers(headers: Headers | list[tuple[str, str]]) -> Headers:
    return tuple([(name.lower(), value) for name, value in headers])


class Request(Value):
    """An HTTP request to send, complete and ready for the wire.

    Attributes:
        method: The HTTP method, upper case (``"GET"``, ``"POST"``, ``"DELETE"``).
        url: The absolute URL, query string included.
        headers: ``(name, value)`` pairs; names are lower-cased on construction.
        body: The encoded body; empty for requests without one.
    """

    __slots__ = ("body", "headers", "method", "url")
    __match_args__ = ("method", "url", "headers", "body")
    _init_fields = _eq_fields = __match_args__

    method: str
    url: str
    headers: Headers
    body: bytes

    def __init__(
        self,
        method: str,
        url: str,
        headers: Headers | list[tuple[str, str]] = (),
        body: bytes = b"",
    ) -> None:
        _set_method(self, method)
        _set_url(self, url)
        _set_request_headers(self, _lower_headers(headers))
        _set_request_body(self, body)

    def header(self, name: str) -> str | None:
        """Return the first value of header ``name`` (case-insensitive), or None."""
        return _first(self.headers, name)

    def __repr__(self) -> str:
        # Headers are left out on purpose: they carry the credentials.
        return f"Request(method={self.method!r}, url={self.url!r}, body=<{len(self.body)} bytes>)"


class Response(Value):
    """An HTTP response as a transport received it, body read in full.

    Attributes:
        status: The HTTP status code.
        headers: ``(name, value)`` pairs with lower-case names.
        body: The body bytes, already freed of any content encoding.
    """

    __slots__ = ("body", "headers", "status")
    __match_args__ = ("status", "headers", "body")
    _init_fields = _eq_fields = _repr_fields = __match_args__

    status: int
    headers: Headers
    body: bytes

    def __init__(
        self, status: int, headers: Headers | list[tuple[str, str]] = (), body: bytes = b""
    ) -> None:
        _set_status(self, status)
        _set_response_headers(self, _lower_headers(headers))
        _set_response_body(self, body)

    def header(self, name: str) -> str | None:
        """Return the first value of header ``name`` (case-insensitive), or None."""
        return _first(self.headers, name)

    @property
    def ok(self) -> bool:
        """Whether the status is a success (2xx)."""
        return 200 <= self.status < 300

    @property
    def info(self) -> ResponseInfo:
        """The status and headers of the response, without its body."""
        info = ResponseInfo.__new__(ResponseInfo)  # the headers are lower-case already
        _set_info_status(info, self.status)
        _set_info_headers(info, self.headers)
        return info


_set_method, _set_url, _set_request_headers, _set_request_body = slot_setters(
    Request, "method", "url", "headers", "body"
)


def lower_case_request(method: str, url: str, headers: Headers, body: bytes) -> Request:
    """Build a :class:`Request` whose header names are lower-case already (a tuple).

    The request equals ``Request(method, url, headers, body)``; it only skips lowering
    the names again, for the request builders that made them.
    """
    request = Request.__new__(Request)
    _set_method(request, method)
    _set_url(request, url)
    _set_request_headers(request, headers)
    _set_request_body(request, body)
    return request


_set_status, _set_response_headers, _set_response_body = slot_setters(
    Response, "status", "headers", "body"
)

REQUEST_ID = "twilio-request-id"
"""The header naming Twilio's id of a request (``RQ…``), which Twilio support asks for."""


class ResponseInfo(Value):
    """The status and headers of the response a result or an error was read from.

    Results (``record.response_info``, ``page.response_info``) and errors
    (:class:`~twilio_sansio.core.errors.APIError`) carry one, read from the response
    they came from: no second call.
    The properties read the headers Twilio documents; :meth:`header` reads any other.

    Attributes:
        status: The HTTP status code.
        headers: ``(name, value)`` pairs with lower-case names.
    """

    __slots__ = ("headers", "status")
    __match_args__ = ("status", "headers")
    _init_fields = _eq_fields = __match_args__

    status: int
    headers: Headers

    def __init__(self, status: int, headers: Headers | list[tuple[str, str]] = ()) -> None:
        _set_info_status(self, status)
        _set_info_headers(self, _lower_headers(headers))

    def header(self, name: str) -> str | None:
        """Return the first value of header ``name`` (case-insensitive), or None."""
        return _first(self.headers, name)

    @property
    def request_id(self) -> str | None:
        """Twilio's id of the request (``Twilio-Request-Id``, ``RQ…``), or None."""
        return _first(self.headers, REQUEST_ID)

    @property
    def rate_limit_limit(self) -> int | None:
        """The requests allowed in the current window (``X-Rate-Limit-Limit``), if sent."""
        return _int_header(self.headers, "x-rate-limit-limit")

    @property
    def rate_limit_remaining(self) -> int | None:
        """The requests left in the current window (``X-Rate-Limit-Remaining``), if sent."""
        return _int_header(self.headers, "x-rate-limit-remaining")

    @property
    def rate_limit_config(self) -> str | None:
        """The name of the rate limit applied (``X-Rate-Limit-Config``), if sent."""
        return _first(self.headers, "x-rate-limit-config")

    def __repr__(self) -> str:
        return f"ResponseInfo(status={self.status!r}, request_id={self.request_id!r})"


_set_info_status, _set_info_headers = slot_setters(ResponseInfo, "status", "headers")


def _int_header(headers: Headers, name: str) -> int | None:
    value = _first(headers, name)
    if value is None:
        return None
    value = value.strip()
    return int(value) if value.isascii() and value.isdigit() and len(value) < 20 else None


def _first(headers: Headers, name: str) -> str | None:
    wanted = name.lower()
    for key, value in headers:
        if key == wanted:
            return value
    return None
