"""Validating the webhooks Twilio sends to your application.

Twilio signs every request it makes to your application (incoming calls and messages,
status callbacks, ...) with the ``X-Twilio-Signature`` header, so that your application
can refuse requests forged by anyone who merely knows the URL. How Twilio signs:

1. Start from the full URL Twilio requested, query string included, exactly as configured.
2. For a form-encoded POST, append every body parameter as ``name + value`` with no
   delimiter, ordered by name and, for a repeated name, by value. A GET appends nothing
   (its parameters are in the query string, already part of the URL).
3. For a JSON body, Twilio adds a ``bodySHA256`` query parameter (the hex SHA-256 of the
   raw body) to the URL and appends nothing: the body is covered through its hash.
4. HMAC-SHA1 of that string (UTF-8), keyed with the account's auth token, base64-encoded.

Twilio has signed the same URL in more than one form over the years: with or without the
scheme's default port (``:443`` for https, ``:80`` for http), and without any
``user:password@`` credentials the configured URL carries. Validation accepts a signature
that matches any of these forms of the URL it is given, as Twilio's own SDKs do.

The URL to validate against is the *public* URL Twilio called, not the one your
application sees: behind a reverse proxy, a load balancer or a tunnel the scheme, host,
port and even the path may differ. Build it from your configuration, not from the
``Host`` header of the request.

Everything here is pure: no clock, no I/O, and ``validate_*`` never raises on a bad
signature (only on caller mistakes, as :class:`~twilio_sansio.core.errors.InvalidArgument`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Iterable, Mapping, Sequence
from typing import TypeAlias
from urllib.parse import parse_qsl

from twilio_sansio.core.errors import InvalidArgument, TwilioError

SIGNATURE_HEADER = "X-Twilio-Signature"
BODY_HASH_PARAMETER = "bodySHA256"

Params: TypeAlias = Mapping[str, str | Sequence[str]] | Iterable[tuple[str, str]]
"""Signed parameters: a mapping (a value may be a sequence of values for a repeated name)
or ``(name, value)`` pairs in any order, such as a parsed form with repeated names."""

Headers: TypeAlias = Mapping[str, str] | Iterable[tuple[str, str]] | Iterable[tuple[bytes, bytes]]
"""Request headers: a mapping or ``(name, value)`` pairs, as text or (ASGI) latin-1 bytes."""

_DEFAULT_PORTS = {"https": "443", "http": "80"}
_FORM = "application/x-www-form-urlencoded"


class WebhookValidationError(TwilioError):
    """A webhook request failed validation: treat it as not coming from Twilio (answer 403)."""


class MissingSignature(WebhookValidationError):
    """The request carries no ``X-Twilio-Signature`` header (or an empty one)."""


class InvalidSignature(WebhookValidationError):
    """The signature does not match the request: wrong URL, token, parameters or body.

    When every request fails this way, the usual cause is validating against the URL the
    application sees rather than the public URL Twilio called (see the module docstring).
    """


class MalformedBody(WebhookValidationError):
    """The body cannot be decoded into what Twilio signs.

    Either a form body that is not valid ``application/x-www-form-urlencoded`` UTF-8, or
    a body of another type whose URL carries no ``bodySHA256`` parameter, so that no
    signature covers it.
    """


def signature_for(auth_token: str, url: str, params: Params = ()) -> str:
    """Compute the ``X-Twilio-Signature`` Twilio sends for a request.

    Useful in tests, to build requests that a handler must accept. The URL is signed
    exactly as given (no port or credential variants).

    Args:
        auth_token: The account's auth token, the signing key.
        url: The full URL, query string included.
        params: The form parameters of a POST; empty for a GET or a JSON body.

    Returns:
        The base64 HMAC-SHA1 signature.

    Raises:
        InvalidArgument: An empty auth token, or parameters that are not text.

    """
    return _sign(_key(auth_token), url, _canonical(params))


def validate_signature(auth_token: str, url: str, params: Params, signature: str) -> bool:
    """Tell whether ``signature`` is Twilio's signature of ``url`` and ``params``.

    The URL is tried as given, with and without the scheme's default port, and without
    any ``user:password@`` part; a match with any of them is enough. It is compared in
    constant time.

    Args:
        auth_token: The account's auth token.
        url: The public URL Twilio called, query string included. Behind a proxy this is
            not the URL your application sees: pass the one configured in Twilio.
        params: The form parameters of a POST (every value of a repeated name); empty
            for a GET or a JSON body. A mapping with a ``getlist`` method (Django's
            ``QueryDict``, Werkzeug's ``MultiDict``) is read with it, so that repeated
            names keep all their values.
        signature: The value of the ``X-Twilio-Signature`` header.

    Returns:
        True when the signature matches; False otherwise, never raising on a bad one.

    Raises:
        InvalidArgument: An empty auth token (which would let anyone sign), or parameters
            that are not text.

    """
    key = _key(auth_token)
    canonical = _canonical(params)
    if not isinstance(signature, str) or not signature:
        return False
    received = signature.encode("utf-8", "surrogatepass")
    return any(
        hmac.compare_digest(_sign(key, candidate, canonical).encode("ascii"), received)
        for candidate in _url_variants(url)
    )


def validate_body(url: str, body: bytes | str) -> bool:
    """Tell whether ``body`` is the one the ``bodySHA256`` query parameter of ``url`` names.

    Twilio sends JSON bodies with the hex SHA-256 of the raw body in the URL it signs.
    Check both: this function for the body, :func:`validate_signature` (with no
    parameters) for the URL.

    Args:
        url: The public URL Twilio called, with its ``bodySHA256`` parameter.
        body: The raw body, exactly as received (a text body is encoded as UTF-8).

    Returns:
        True when the hashes match; False when they differ or the URL has no single
        ``bodySHA256`` parameter.

    """
    expected = _body_hash_of(url)
    if expected is None:
        return False
    raw = body.encode("utf-8") if isinstance(body, str) else bytes(body)
    actual = hashlib.sha256(raw).hexdigest().encode("ascii")
    return hmac.compare_digest(actual, expected.lower().encode("utf-8", "surrogatepass"))


def validate_request(
    auth_token: str, method: str, public_url: str, headers: Headers, body: bytes
) -> None:
    """Check that an incoming HTTP request is a webhook Twilio signed; for web frameworks.

    A GET (or HEAD) is validated on its URL alone. Otherwise a URL carrying
    ``bodySHA256`` is validated on that hash of the raw body and its URL; any other body
    must be ``application/x-www-form-urlencoded`` and is validated on its parameters,
    repeated names included.

    Args:
        auth_token: The account's auth token.
        method: The request's HTTP method.
        public_url: The URL Twilio called, query string included. Behind a reverse proxy,
            load balancer or tunnel it differs from the URL the application sees (scheme,
            host, port, path prefix): build it from configuration, never from the
            request's ``Host`` or ``X-Forwarded-*`` headers, which a forger controls.
        headers: The request headers, as a mapping or ``(name, value)`` pairs (text, or
            latin-1 bytes as in ASGI); names are matched case-insensitively.
        body: The raw request body, as received.

    Raises:
        MissingSignature: No ``X-Twilio-Signature`` header.
        InvalidSignature: The signature (or the body's hash) does not match.
        MalformedBody: The body cannot be decoded into the parameters Twilio signs.
        InvalidArgument: An empty auth token.

    """
    _key(auth_token)
    signatures = [value for value in _header_values(headers, SIGNATURE_HEADER) if value]
    if not signatures:
        raise MissingSignature(f"the request has no {SIGNATURE_HEADER} header")
    if len(signatures) > 1:
        raise InvalidSignature(f"the request has more than one {SIGNATURE_HEADER} header")
    params: list[tuple[str, str]] = []
    if method.upper() not in ("GET", "HEAD"):
        if _body_hash_of(public_url) is not None:
            if not validate_body(public_url, body):
                raise InvalidSignature(f"the body does not match the URL's {BODY_HASH_PARAMETER}")
        else:
            content_types = _header_values(headers, "content-type")
            params = _form_params(content_types[0] if content_types else None, body)
    if not validate_signature(auth_token, public_url, params, signatures[0]):
        raise InvalidSignature(
            f"the {SIGNATURE_HEADER} header does not match the request to {public_url}"
        )


def _key(auth_token: str) -> bytes:
    if not isinstance(auth_token, str) or not auth_token:
        raise InvalidArgument("the auth token must be a non-empty string")
    return auth_token.encode("utf-8", "surrogatepass")


def _sign(key: bytes, url: str, canonical_params: str) -> str:
    message = (url + canonical_params).encode("utf-8", "surrogatepass")
    return base64.b64encode(hmac.new(key, message, hashlib.sha1).digest()).decode("ascii")


def _canonical(params: Params) -> str:
    # Sorting the pairs orders them by name, then each name's values by value.
    return "".join(name + value for name, value in sorted(_pairs(params)))


def _pairs(params: Params) -> list[tuple[str, str]]:
    if isinstance(params, str | bytes):
        raise InvalidArgument("params must be a mapping or (name, value) pairs, not a string")
    pairs: list[tuple[str, str]] = []
    if isinstance(params, Mapping):
        getlist = getattr(params, "getlist", None)
        for name in params:
            values = getlist(name) if callable(getlist) else params[name]
            if not isinstance(values, str | Iterable):
                raise InvalidArgument(f"the value of {name!r} must be text, got {values!r}")
            for value in [values] if isinstance(values, str) else values:
                pairs.append(_pair(name, value))
        return pairs
    for item in params:
        if isinstance(item, str | bytes) or not isinstance(item, Sequence) or len(item) != 2:
            raise InvalidArgument(f"params must be (name, value) pairs, got {item!r}")
        pairs.append(_pair(item[0], item[1]))
    return pairs


def _pair(name: object, value: object) -> tuple[str, str]:
    if not isinstance(name, str) or not isinstance(value, str):
        raise InvalidArgument(f"parameter names and values must be text, got {name!r}: {value!r}")
    return name, value


def _url_variants(url: str) -> list[str]:
    """Return ``url`` and the other forms of it Twilio may have signed."""
    scheme_end = url.find("://")
    if scheme_end <= 0:
        return [url]
    start = scheme_end + 3
    found = [i for i in (url.find(delimiter, start) for delimiter in "/?#") if i >= 0]
    end = min(found, default=len(url))
    userinfo, at, hostport = url[start:end].rpartition("@")
    host_port = _split_port(hostport)
    if host_port is None:
        return [url]
    host, port = host_port
    ports = [port]
    default = _DEFAULT_PORTS.get(url[:scheme_end].lower())
    if default is not None and port in ("", default):
        ports.append(default if port == "" else "")
    credentials = [userinfo + at, ""] if at else [""]
    variants = [url]
    for prefix in credentials:
        for each in ports:
            authority = prefix + host + (":" + each if each else "")
            candidate = url[:start] + authority + url[end:]
            if candidate not in variants:
                variants.append(candidate)
    return variants


def _split_port(hostport: str) -> tuple[str, str] | None:
    """Split ``host[:port]`` (host possibly an ``[IPv6]`` literal); None if malformed."""
    if hostport.startswith("["):
        close = hostport.find("]")
        if close < 0:
            return None
        host, rest = hostport[: close + 1], hostport[close + 1 :]
    else:
        colon = hostport.find(":")
        host, rest = (hostport, "") if colon < 0 else (hostport[:colon], hostport[colon:])
    if not rest:
        return host, ""
    port = rest[1:]
    if not rest.startswith(":") or not (port.isascii() and port.isdigit()):
        return None
    return host, port


def _body_hash_of(url: str) -> str | None:
    """Return the single ``bodySHA256`` query parameter of ``url``, or None."""
    query = url.partition("#")[0].partition("?")[2]
    values = [value for name, value in parse_qsl(query) if name == BODY_HASH_PARAMETER]
    return values[0] if len(values) == 1 and values[0] else None


def _header_values(headers: Headers, name: str) -> list[str]:
    wanted = name.lower()
    pairs: Iterable[tuple[str | bytes, str | bytes]] = (
        headers.items() if isinstance(headers, Mapping) else headers
    )
    return [_text(value) for key, value in pairs if _text(key).lower() == wanted]


def _text(value: str | bytes) -> str:
    return value.decode("latin-1") if isinstance(value, bytes) else value


def _form_params(content_type: str | None, body: bytes) -> list[tuple[str, str]]:
    if not body:
        return []
    media_type = (content_type or _FORM).partition(";")[0].strip().lower()
    if media_type != _FORM:
        raise MalformedBody(
            f"a {media_type} body is only signed through a {BODY_HASH_PARAMETER} query "
            "parameter, and the URL has none"
        )
    try:
        # Strict parsing refuses bodies that other form parsers might read differently.
        return parse_qsl(
            body.decode("utf-8"),
            keep_blank_values=True,
            strict_parsing=True,
            encoding="utf-8",
            errors="strict",
        )
    except ValueError as exc:
        raise MalformedBody(f"the body is not a valid {_FORM} form: {exc}") from None
