"""The URL a webhook is validated against, rebuilt from what a WSGI or ASGI server gives.

Twilio signs the URL it called. Behind a proxy the application sees another one, so the
helpers take the public part (scheme, host, any path prefix the proxy removes) from the
caller's ``public_url`` and only the path and query from the request. Without it they use
the request's own scheme and ``Host``, which is right only when nothing stands between
Twilio and the application.
"""

from __future__ import annotations

from urllib.parse import quote

from twilio_sansio.core.errors import InvalidArgument

DEFAULT_MAX_BODY_SIZE = 1 << 20
"""The largest body the helpers read (1 MiB): Twilio's webhooks are a few kilobytes."""

_DEFAULT_PORTS = {"http": "80", "https": "443"}
# RFC 3986 path characters: a decoded path is escaped back without touching them, so that
# the usual URL (letters, digits, "/", "-", "_", "~", ":") comes back byte for byte.
_PATH_SAFE = "/:@!$&'()*+,;=~"


def check_public_url(public_url: str | None) -> str | None:
    """Return ``public_url`` without a trailing slash, refusing one that is not absolute.

    Raises:
        InvalidArgument: Not an ``http://`` or ``https://`` URL, or one with a query.
    """
    if public_url is None:
        return None
    if not isinstance(public_url, str) or not public_url.lower().startswith(
        ("http://", "https://")
    ):
        raise InvalidArgument(
            f"public_url must be the http(s) URL Twilio calls the application at, got "
            f"{public_url!r:.80}"
        )
    if "?" in public_url or "#" in public_url:
        raise InvalidArgument(
            "public_url is the scheme, host and path prefix only; the request's own path "
            f"and query are added to it, got {public_url!r:.80}"
        )
    return public_url.rstrip("/")


def escaped_path(decoded: str) -> str:
    """Escape a path a server decoded (latin-1 text, as in WSGI) back into a URL path."""
    return quote(decoded.encode("latin-1"), safe=_PATH_SAFE)


def origin(scheme: str, host: str | None, server: tuple[str, str] | None) -> str:
    """Return ``scheme://host[:port]`` from the ``Host`` header, or else the server address."""
    if host:
        return f"{scheme}://{host}"
    if server is None:
        raise InvalidArgument("the request has no Host header and no server address")
    name, port = server
    shown = "" if _DEFAULT_PORTS.get(scheme) == port else f":{port}"
    return f"{scheme}://{name}{shown}"


def full_url(base: str, path_and_query: str) -> str:
    """Join the public base and the request's path and query."""
    return base + (path_and_query if path_and_query.startswith("/") else "/" + path_and_query)
