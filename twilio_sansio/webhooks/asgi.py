"""Read a Twilio webhook out of an ASGI request (Starlette, FastAPI, any ASGI framework).

``await read_asgi_request(scope, receive, public_url=...)`` returns a
:class:`~twilio_sansio.webhooks.parsing.WebhookRequest`; its ``parse`` checks the signature
and builds the event. It awaits only ``receive``, so it runs on trio and asyncio alike.
When a framework has read the body already (Starlette's ``await request.body()``), pass
it to ``request_from_asgi(scope, body, public_url=...)``, which does no I/O at all.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.webhooks._urls import (
    DEFAULT_MAX_BODY_SIZE,
    check_public_url,
    escaped_path,
    full_url,
    origin,
)
from twilio_sansio.webhooks.errors import MalformedBody
from twilio_sansio.webhooks.parsing import WebhookRequest

__all__ = ["read_asgi_request", "request_from_asgi"]

Receive = Callable[[], Awaitable[Mapping[str, Any]]]


async def read_asgi_request(
    scope: Mapping[str, Any],
    receive: Receive,
    *,
    public_url: str | None = None,
    max_body_size: int = DEFAULT_MAX_BODY_SIZE,
) -> WebhookRequest:
    """Turn an ASGI HTTP request into the method, public URL, headers and body Twilio signed.

    The path is the scope's ``raw_path`` when the server gives it, else its ``path``
    escaped back; the query is ``query_string`` as received. The body is read from
    ``receive`` to its end, so call this before anything else reads it; use
    :func:`request_from_asgi` for a body already read.

    Args:
        scope: The ASGI connection scope, of type ``http``.
        receive: The ASGI ``receive`` callable.
        public_url: The scheme, host and path prefix Twilio calls the application at,
            when a proxy, load balancer or tunnel stands in between; the request's path
            and query are appended. Without it, the URL the application sees (the scope's
            scheme and the ``Host`` header).
        max_body_size: The largest body read, in bytes.

    Returns:
        The request, ready for ``.parse(IncomingMessage, auth_token=...)``.

    Raises:
        MalformedBody: The body is larger than ``max_body_size``, or the client
            disconnected before sending all of it.
        InvalidArgument: The scope is not an HTTP one, or ``public_url`` is not an
            absolute http(s) URL.

    """
    check_public_url(public_url)
    if scope.get("type") != "http":
        raise InvalidArgument(f"not an ASGI http scope: its type is {scope.get('type')!r}")
    body = await _body(receive, max_body_size)
    return request_from_asgi(scope, body, public_url=public_url)


def request_from_asgi(
    scope: Mapping[str, Any], body: bytes, *, public_url: str | None = None
) -> WebhookRequest:
    """Like :func:`read_asgi_request`, for a body the framework has already read.

    Pure: awaits nothing.

    Args:
        scope: The ASGI connection scope, of type ``http`` (Starlette: ``request.scope``).
        body: The raw body (Starlette and FastAPI: ``await request.body()``).
        public_url: The scheme, host and path prefix Twilio calls the application at
            (see :func:`read_asgi_request`).

    Returns:
        The request, ready for ``.parse(IncomingMessage, auth_token=...)``.

    Raises:
        InvalidArgument: The scope is not an HTTP one, or ``public_url`` is not an
            absolute http(s) URL.

    """
    base = check_public_url(public_url)
    if scope.get("type") != "http":
        raise InvalidArgument(f"not an ASGI http scope: its type is {scope.get('type')!r}")
    method = scope.get("method")
    raw_path = scope.get("raw_path")
    decoded_path = scope.get("path")
    if not isinstance(method, str) or not (raw_path or isinstance(decoded_path, str)):
        raise InvalidArgument("not an ASGI http scope: it needs a method and a path")
    headers = tuple(
        (bytes(name).decode("latin-1"), bytes(value).decode("latin-1"))
        for name, value in scope.get("headers", ())
    )
    if base is None:
        host = next((value for name, value in headers if name.lower() == "host"), None)
        server = scope.get("server")
        address = (str(server[0]), str(server[1])) if server else None
        base = origin(str(scope.get("scheme", "http")), host, address)
    path = (
        bytes(raw_path).decode("latin-1")
        if raw_path
        else escaped_path(str(decoded_path).encode("utf-8").decode("latin-1"))
    )
    query = bytes(scope.get("query_string", b"")).decode("latin-1")
    return WebhookRequest(
        method=method.upper(),
        url=full_url(base, path + ("?" + query if query else "")),
        headers=headers,
        body=bytes(body),
    )


async def _body(receive: Receive, max_body_size: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message.get("type") == "http.disconnect":
            raise MalformedBody("the client disconnected before sending the whole body")
        chunk = bytes(message.get("body", b""))
        size += len(chunk)
        if size > max_body_size:
            raise MalformedBody(
                f"the body is more than the {max_body_size} bytes a webhook is read to"
            )
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)
