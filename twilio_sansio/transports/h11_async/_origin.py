"""Where a request goes: the origin (scheme, host, port) and the request target.

The URL is taken as the request carries it: the transport builds nothing, it only splits
an absolute ``http``/``https`` URL into the origin its pool is keyed on and the target
of the request line. A proxy URL is read here too, credentials included.
"""

from __future__ import annotations

import base64
import re
from typing import NamedTuple
from urllib.parse import unquote, urlsplit

from twilio_sansio.core.errors import InvalidArgument

_ABSOLUTE_URL = re.compile(r"(https?)://([^/?#]*)([^#]*)", re.IGNORECASE)
_DEFAULT_PORTS = {"http": 80, "https": 443}


class Origin(NamedTuple):
    """A scheme, host and port: what one pool of connections serves.

    Attributes:
        scheme: ``"http"`` or ``"https"``.
        host: The host name or IP address to connect to (no brackets around IPv6).
        port: The TCP port.
        authority: ``host[:port]`` as written in the URL, for the ``Host`` header.
    """

    scheme: str
    host: str
    port: int
    authority: str


class Proxy(NamedTuple):
    """An HTTP proxy: where it listens and the ``Proxy-Authorization`` it wants, if any."""

    origin: Origin
    authorization: str | None


def split_url(url: str) -> tuple[str, str, str]:
    """Split an absolute URL into scheme, authority and request target.

    Args:
        url: An absolute ``http://`` or ``https://`` URL.

    Returns:
        The lower-case scheme, the authority (``host[:port]``, with any ``user@``), and
        the target: path and query, ``/`` when the path is empty; the fragment dropped.

    Raises:
        InvalidArgument: the URL is not an absolute HTTP(S) URL.
    """
    match = _ABSOLUTE_URL.match(url)
    if match is None or not match.group(2):
        raise InvalidArgument(f"not an absolute http(s) URL: {url[:100]!r}")
    scheme, authority, target = match.groups()
    if not target.startswith("/"):
        target = "/" + target
    return scheme.lower(), authority, target


def parse_origin(scheme: str, authority: str) -> Origin:
    """Read an origin from a scheme and an authority (``user:pass@`` is dropped).

    Raises:
        InvalidArgument: the host is empty or the port is not a number.
    """
    parts = urlsplit(f"{scheme}://{authority}")
    try:
        port = parts.port or _DEFAULT_PORTS[scheme]
    except ValueError:
        raise InvalidArgument(f"invalid port in {authority!r}") from None
    if not parts.hostname:
        raise InvalidArgument(f"no host in {authority!r}")
    return Origin(scheme, parts.hostname, port, authority.rpartition("@")[2])


def parse_proxy(url: str) -> Proxy:
    """Read a proxy URL such as ``http://user:secret@proxy.example:3128``.

    Credentials in the URL become a ``Basic`` ``Proxy-Authorization`` value.

    Raises:
        InvalidArgument: the URL is not an absolute HTTP(S) URL.
    """
    scheme, authority, _ = split_url(url)
    parts = urlsplit(f"{scheme}://{authority}")
    authorization = None
    if parts.username is not None:
        pair = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
        authorization = "Basic " + base64.b64encode(pair.encode()).decode("ascii")
    return Proxy(parse_origin(scheme, authority), authorization)
