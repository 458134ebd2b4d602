"""The library's error hierarchy, and the pure functions that turn responses into errors.

The classes say *whose* fault a failure was:

- :class:`InvalidArgument`: the caller's input was wrong; raised before any request.
- :class:`APIError`: Twilio answered and said no; it carries what Twilio said.
- :class:`UnexpectedResponseError`: something answered, but not with Twilio's JSON
  (an HTML page from a proxy, a truncated or malformed body).
- :class:`TransportError` and its subclasses: no complete answer arrived at all.

All of them derive from :class:`TwilioError`, so ``except TwilioError`` catches anything
the library raises on purpose. A few errors live beside the code that raises them:
:class:`~twilio_sansio.core.values.MalformedValue` (a field Twilio sent that cannot be
read) and the webhook errors of :mod:`twilio_sansio.core.webhooks`
(``WebhookValidationError`` and its subclasses); every one is exported from
``twilio_sansio``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # errors load without attrs (TwiML imports them)
    from twilio_sansio.core.http import ResponseInfo

EXCERPT_LIMIT = 200


class TwilioError(Exception):
    """The root of every error twilio-sansio raises."""


class InvalidArgument(TwilioError, ValueError):
    """The caller passed a value the library refuses; no request was made."""


class NoMoreResults(TwilioError):
    """An iterator's explicit ``next()`` was called after its last item."""


class ClientClosed(TwilioError):
    """The client (or the client a view was made from) was closed; nothing was sent.

    Build a new client: a closed one never opens connections again.
    """


class APIError(TwilioError):
    """Twilio answered with an error: a 4xx or 5xx status and a Twilio error body.

    It reads both of Twilio's error formats: the classic body of API 2010
    (``{"code", "message", "more_info", "status"}``) and the RFC 9457 problem documents of
    newer APIs (``{"type", "title", "detail", "instance", "code", "errors"}``).

    Attributes:
        status: The HTTP status code of the response.
        code: Twilio's error code (for example ``20404``), or None if Twilio sent none.
        message: Twilio's human-readable message.
        more_info: A link to Twilio's page about the error code, or None.
        method: The HTTP method of the request that failed.
        url: The URL of the request that failed.
        detail: The problem document's ``detail``, or None.
        instance: The problem document's ``instance``, or None.
        errors: The problem document's ``errors`` list (field-level details), or ().
        body: The error body as parsed JSON, for anything else Twilio sent.
        response_info: The status and headers of the error response (None when the error
            was built by hand).
    """

    def __init__(
        self,
        status: int,
        code: int | None,
        message: str,
        more_info: str | None = None,
        method: str = "",
        url: str = "",
        *,
        detail: str | None = None,
        instance: str | None = None,
        errors: Sequence[Mapping[str, Any]] = (),
        body: Mapping[str, Any] | None = None,
        response_info: ResponseInfo | None = None,
    ) -> None:
        self.status = status
        self.code = code
        self.message = message
        self.more_info = more_info
        self.method = method
        self.url = url
        self.detail = detail
        self.instance = instance
        self.errors = tuple(errors)
        self.body: Mapping[str, Any] = body if body is not None else {}
        self.response_info = response_info
        super().__init__(status, code, message)

    @property
    def request_id(self) -> str | None:
        """Twilio's id of the failed request (``Twilio-Request-Id``): quote it to support."""
        return self.response_info.request_id if self.response_info is not None else None

    @property
    def title(self) -> str:
        """The Go library's ``rest.Error.Title``: Twilio's message."""
        return self.message

    @property
    def type(self) -> str | None:
        """The Go library's ``rest.Error.Type``: the link that documents the error."""
        return self.more_info

    def __str__(self) -> str:
        code = f" (code {self.code})" if self.code is not None else ""
        where = f" [{self.method} {self.url}]" if self.method else ""
        info = f"; see {self.more_info}" if self.more_info else ""
        request_id = f" (request {self.request_id})" if self.request_id else ""
        return f"HTTP {self.status}{code}: {self.message}{info}{where}{request_id}"

    def __repr__(self) -> str:
        return (
            f"APIError(status={self.status!r}, code={self.code!r}, message={self.message!r}, "
            f"more_info={self.more_info!r}, method={self.method!r}, url={self.url!r}, "
            f"request_id={self.request_id!r})"
        )


class UnexpectedResponseError(TwilioError):
    """A response arrived that is not what Twilio sends: HTML from a proxy, bad JSON, ...

    Attributes:
        status: The HTTP status code.
        excerpt: The start of the body, decoded leniently, at most 200 characters.
        reason: What was wrong with the response.
        method: The HTTP method of the request.
        url: The URL of the request.
        response_info: The status and headers of the response, when known.
    """

    def __init__(
        self,
        status: int,
        excerpt: str,
        reason: str = "",
        method: str = "",
        url: str = "",
        *,
        response_info: ResponseInfo | None = None,
    ) -> None:
        self.status = status
        self.excerpt = excerpt
        self.reason = reason or "the response is not Twilio's JSON"
        self.method = method
        self.url = url
        self.response_info = response_info
        super().__init__(status, excerpt)

    @property
    def request_id(self) -> str | None:
        """Twilio's id of the request (``Twilio-Request-Id``), if the response had one."""
        return self.response_info.request_id if self.response_info is not None else None

    def __str__(self) -> str:
        where = f" [{self.method} {self.url}]" if self.method else ""
        return f"HTTP {self.status}: {self.reason}{where}: {self.excerpt!r}"


class TransportError(TwilioError):
    """No complete response arrived: the connection failed, stalled or broke.

    Attributes:
        request_sent: False when the transport knows that no byte of the request reached
            the server (so even a POST may be sent again); True when it may have.
    """

    def __init__(self, message: str, *, request_sent: bool = True) -> None:
        self.request_sent = request_sent
        super().__init__(message)


class ConnectError(TransportError):
    """The connection could not be made; nothing was sent."""

    def __init__(self, message: str) -> None:
        super().__init__(message, request_sent=False)


class DeadlineExceeded(TransportError, TimeoutError):
    """The call's wall-clock deadline passed before it finished."""


class ResponseTooLarge(TransportError):
    """The response body grew past the configured limit; reading stopped there.

    Attributes:
        status: The HTTP status of the response, so that a huge error page from a proxy
            can be told from a huge success (None when the transport does not know it).
    """

    def __init__(
        self, message: str, *, status: int | None = None, request_sent: bool = True
    ) -> None:
        self.status = status
        text = message if status is None else f"HTTP {status}: {message}"
        super().__init__(text, request_sent=request_sent)


def excerpt_of(body: bytes, limit: int = EXCERPT_LIMIT) -> str:
    """Return the start of ``body`` as text, never raising on bad UTF-8."""
    text = body[: limit * 4].decode("utf-8", errors="replace")
    return text[:limit]


_DECODER = json.JSONDecoder()
_JSON_WHITESPACE = " \t\n\r"


def loads_json(body: bytes) -> Any:
    """Return ``json.loads(body)``, raising as it does, with less work for an object.

    ``json.loads`` first works out the encoding of bytes and skips whitespace with
    regexes; a body that opens with ``{`` and a non-NUL byte is UTF-8 to it (no BOM, not
    UTF-16 or 32), so it is decoded as such and read with the decoder's documented
    :meth:`~json.JSONDecoder.raw_decode`. Anything else is left to ``json.loads``.
    """
    if body[:1] == b"{" and body[1:2] != b"\x00":
        text = body.decode("utf-8", "surrogatepass")
        data, end = _DECODER.raw_decode(text)
        if end == len(text) or not text[end:].strip(_JSON_WHITESPACE):
            return data
    return json.loads(body)


def decode_json(
    status: int,
    body: bytes,
    method: str = "",
    url: str = "",
    *,
    response_info: ResponseInfo | None = None,
) -> Any:
    """Parse a response body as JSON, or raise :class:`UnexpectedResponseError`."""
    try:
        return loads_json(body)
    except (ValueError, RecursionError):
        raise UnexpectedResponseError(
            status,
            excerpt_of(body),
            "the body is not valid JSON",
            method,
            url,
            response_info=response_info,
        ) from None


def error_from_response(
    status: int,
    content_type: str | None,
    body: bytes,
    method: str = "",
    url: str = "",
    *,
    response_info: ResponseInfo | None = None,
) -> TwilioError:
    """Build the error a non-2xx response stands for.

    A JSON object with Twilio's fields becomes an :class:`APIError`; anything else (an
    HTML page, plain text, a JSON value of another shape) an
    :class:`UnexpectedResponseError`. Either carries ``response_info`` (its ``request_id``).
    """
    if content_type is not None and "json" not in content_type.lower():
        reason = f"a {content_type} error page, not Twilio's JSON"
        return UnexpectedResponseError(
            status, excerpt_of(body), reason, method, url, response_info=response_info
        )
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return UnexpectedResponseError(
            status,
            excerpt_of(body),
            "an error body that is not JSON",
            method,
            url,
            response_info=response_info,
        )
    if not isinstance(data, dict) or not ({"code", "message", "title", "detail"} & data.keys()):
        return UnexpectedResponseError(
            status,
            excerpt_of(body),
            "an error body without Twilio's fields",
            method,
            url,
            response_info=response_info,
        )
    return _api_error(status, data, method, url, response_info)


def _api_error(
    status: int, data: dict[str, Any], method: str, url: str, response_info: ResponseInfo | None
) -> APIError:
    code = data.get("code")
    if isinstance(code, str) and code.isdigit():
        try:
            code = int(code)
        except ValueError:  # "²" is a digit int() refuses; so is a string of 5,000 digits
            code = None
    if not isinstance(code, int) or isinstance(code, bool):
        code = None
    message = _text(data.get("message")) or _text(data.get("title")) or _text(data.get("detail"))
    more_info = _text(data.get("more_info")) or _text(data.get("type"))
    errors = data.get("errors")
    return APIError(
        status,
        code,
        message or "Twilio returned an error without a message",
        more_info,
        method,
        url,
        detail=_text(data.get("detail")),
        instance=_text(data.get("instance")),
        errors=[e for e in errors if isinstance(e, dict)] if isinstance(errors, list) else (),
        body=data,
        response_info=response_info,
    )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
