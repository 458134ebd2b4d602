"""Read a Twilio webhook out of a WSGI request (Flask, Django, any WSGI framework).

``read_wsgi_request(environ, public_url=...)`` returns a
:class:`~twilio_sansio.webhooks.parsing.WebhookRequest`; its ``parse`` checks the signature
and builds the event. It reads the body from ``wsgi.input``; when a framework has read it
already (Flask's ``request.get_data()``, Django's ``request.body``), pass the body to
``request_from_wsgi(environ, body, public_url=...)``, which does no I/O at all.
"""

from __future__ import annotations

from collections.abc import Mapping
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

__all__ = ["read_wsgi_request", "request_from_wsgi"]


def read_wsgi_request(
    environ: Mapping[str, Any],
    *,
    public_url: str | None = None,
    max_body_size: int = DEFAULT_MAX_BODY_SIZE,
) -> WebhookRequest:
    """Turn a WSGI request into the method, public URL, headers and body Twilio signed.

    The path and query are the request's: the raw request target when the server gives
    it (``RAW_URI`` in gunicorn, ``REQUEST_URI`` in uWSGI), else ``SCRIPT_NAME`` +
    ``PATH_INFO`` escaped back, and ``QUERY_STRING`` as received.

    Args:
        environ: The WSGI environ (Flask: ``request.environ``; Django: ``request.META``,
            whose body must not have been read yet).
        public_url: The scheme, host and path prefix Twilio calls the application at
            (``"https://hooks.example.com"``), when a proxy, load balancer or tunnel
            stands in between; the request's path and query are appended. Without it, the
            URL the application sees (``wsgi.url_scheme`` and the ``Host`` header).
        max_body_size: The largest body read, in bytes.

    Returns:
        The request, ready for ``.parse(IncomingMessage, auth_token=...)``.

    Raises:
        MalformedBody: ``CONTENT_LENGTH`` is not a size, or is above ``max_body_size``.
        InvalidArgument: ``public_url`` is not an absolute http(s) URL, or the environ
            lacks what PEP 3333 requires.

    """
    check_public_url(public_url)
    return request_from_wsgi(environ, _body(environ, max_body_size), public_url=public_url)


def request_from_wsgi(
    environ: Mapping[str, Any], body: bytes, *, public_url: str | None = None
) -> WebhookRequest:
    """Like :func:`read_wsgi_request`, for a body the framework has already read.

    Pure: reads nothing from ``wsgi.input``.

    Args:
        environ: The WSGI environ (Flask: ``request.environ``; Django: ``request.META``).
        body: The raw body (Flask: ``request.get_data()``; Django: ``request.body``).
        public_url: The scheme, host and path prefix Twilio calls the application at
            (see :func:`read_wsgi_request`).

    Returns:
        The request, ready for ``.parse(IncomingMessage, auth_token=...)``.

    Raises:
        InvalidArgument: ``public_url`` is not an absolute http(s) URL, or the environ
            has no ``REQUEST_METHOD``.

    """
    base = check_public_url(public_url)
    try:
        method = str(environ["REQUEST_METHOD"]).upper()
        scheme = str(environ.get("wsgi.url_scheme", "http"))
    except KeyError as missing:
        raise InvalidArgument(f"not a WSGI environ: it has no {missing}") from None
    headers = _headers(environ)
    if base is None:
        server = (str(environ.get("SERVER_NAME", "")), str(environ.get("SERVER_PORT", "")))
        base = origin(scheme, environ.get("HTTP_HOST"), server if server[0] else None)
    return WebhookRequest(
        method=method,
        url=full_url(base, _path_and_query(environ)),
        headers=headers,
        body=bytes(body),
    )


def _path_and_query(environ: Mapping[str, Any]) -> str:
    raw = environ.get("RAW_URI") or environ.get("REQUEST_URI")
    if isinstance(raw, str) and raw.startswith("/"):
        return raw
    path = escaped_path(str(environ.get("SCRIPT_NAME", "")) + str(environ.get("PATH_INFO", "")))
    query = str(environ.get("QUERY_STRING", ""))
    return path + ("?" + query if query else "")


def _headers(environ: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    headers = [
        (key[5:].replace("_", "-").title(), str(value))
        for key, value in environ.items()
        if isinstance(key, str) and key.startswith("HTTP_")
    ]
    for key, name in (("CONTENT_TYPE", "Content-Type"), ("CONTENT_LENGTH", "Content-Length")):
        if environ.get(key):
            headers.append((name, str(environ[key])))
    return tuple(headers)


def _body(environ: Mapping[str, Any], max_body_size: int) -> bytes:
    declared = str(environ.get("CONTENT_LENGTH") or "0").strip()
    if not (declared.isascii() and declared.isdigit()):
        raise MalformedBody(f"CONTENT_LENGTH is not a size: {declared!r:.40}")
    size = int(declared)
    if size > max_body_size:
        raise MalformedBody(
            f"the body is {size} bytes, more than the {max_body_size} a webhook is read to"
        )
    if size == 0:
        return b""
    stream = environ.get("wsgi.input")
    if stream is None:
        raise InvalidArgument("not a WSGI environ: it has no wsgi.input")
    return bytes(stream.read(size))
