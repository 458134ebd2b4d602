"""Twilio's webhook signatures, both schemes: the signed string, its HMAC, the URL variants.

Twilio signs every request it makes to your application (incoming calls and messages,
status callbacks, ...) with the ``X-Twilio-Signature`` header, so that your application
can refuse requests forged by anyone who merely knows the URL. How Twilio signs:

1. Start from the full URL Twilio requested, query string included, exactly as configured.
2. For a form-encoded POST, append every body parameter as ``name + value`` with no
   delimiter, ordered by name and, for a repeated name, by value. A GET appends nothing
   (its parameters are in the query string, already part of the URL).
3. For a JSON body, Twilio adds a ``bodySHA256`` query parameter (the hex SHA-256 of the
   raw body) to the URL and appends nothing: the body is covered through its hash.
4. HMAC of that string (UTF-8), base64-encoded. The key and the hash depend on the scheme:

   - by default, HMAC-SHA1 keyed with the account's auth token;
   - when a Webhook Setting of the account names a shared key, Twilio keys the HMAC with
     that key's secret, hashes with the setting's algorithm (``HMAC_SHA256``), and says so
     in an ``X-Twilio-Webhooks-Signature-Settings: key=<key id>,algorithm=HMAC_SHA256``
     header. The signed string is the same.

Twilio has signed the same URL in more than one form over the years: with or without the
scheme's default port (``:443`` for https, ``:80`` for http), and without any
``user:password@`` credentials the configured URL carries. Validation accepts a signature
that matches any of these forms of the URL it is given, as Twilio's own SDKs do.

Everything here is pure: no clock, no I/O, and ``validate_*`` never raises on a bad
signature (only on caller mistakes, as :class:`~twilio_sansio.core.errors.InvalidArgument`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, NamedTuple, TypeAlias
from urllib.parse import parse_qsl

from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.webhooks.errors import InvalidSignatureSettings, UnsupportedSignatureAlgorithm

__all__ = [
    "BODY_HASH_PARAMETER",
    "HMAC_SHA1",
    "HMAC_SHA256",
    "SIGNATURE_HEADER",
    "SIGNATURE_SETTINGS_HEADER",
    "Params",
    "SignatureSettings",
    "signature_for",
    "signed_headers",
    "validate_body",
    "validate_signature",
]

SIGNATURE_HEADER = "X-Twilio-Signature"
SIGNATURE_SETTINGS_HEADER = "X-Twilio-Webhooks-Signature-Settings"
BODY_HASH_PARAMETER = "bodySHA256"
HMAC_SHA1 = "HMAC_SHA1"
HMAC_SHA256 = "HMAC_SHA256"

_HASHES: dict[str, Callable[..., Any]] = {HMAC_SHA1: hashlib.sha1, HMAC_SHA256: hashlib.sha256}
_DEFAULT_PORTS = {"https": "443", "http": "80"}

Params: TypeAlias = Mapping[str, str | Sequence[str]] | Iterable[tuple[str, str]]
"""Signed parameters: a mapping (a value may be a sequence of values for a repeated name)
or ``(name, value)`` pairs in any order, such as a parsed form with repeated names."""


def signature_for(
    auth_token: str, url: str, params: Params = (), *, algorithm: str = HMAC_SHA1
) -> str:
    """Compute the ``X-Twilio-Signature`` Twilio sends for a request.

    Useful in tests, to build requests that a handler must accept. The URL is signed
    exactly as given (no port or credential variants).

    Args:
        auth_token: The signing secret: the account's auth token, or a shared key's
            secret for a request signed with a shared key.
        url: The full URL, query string included.
        params: The form parameters of a POST; empty for a GET or a JSON body.
        algorithm: ``"HMAC_SHA1"`` (auth-token signing) or ``"HMAC_SHA256"``.

    Returns:
        The base64 HMAC signature.

    Raises:
        InvalidArgument: An empty secret, parameters that are not text, or an algorithm
            other than the two above.

    """
    digest = hash_for(algorithm)
    if digest is None:
        raise _unknown_algorithm(algorithm)
    return _sign(secret_bytes(auth_token), digest, url, _canonical(params))


def validate_signature(
    auth_token: str, url: str, params: Params, signature: str, *, algorithm: str = HMAC_SHA1
) -> bool:
    """Tell whether ``signature`` is Twilio's signature of ``url`` and ``params``.

    The URL is tried as given, with and without the scheme's default port, and without
    any ``user:password@`` part; a match with any of them is enough. It is compared in
    constant time.

    Args:
        auth_token: The signing secret: the account's auth token, or the shared key's
            secret the request's signature-settings header names.
        url: The public URL Twilio called, query string included. Behind a proxy this is
            not the URL your application sees: pass the one configured in Twilio.
        params: The form parameters of a POST (every value of a repeated name); empty
            for a GET or a JSON body. A mapping with a ``getlist`` method (Django's
            ``QueryDict``, Werkzeug's ``MultiDict``) is read with it, so that repeated
            names keep all their values.
        signature: The value of the ``X-Twilio-Signature`` header.
        algorithm: ``"HMAC_SHA1"`` (auth-token signing) or ``"HMAC_SHA256"``.

    Returns:
        True when the signature matches; False otherwise, never raising on a bad one.

    Raises:
        InvalidArgument: An empty secret (which would let anyone sign), parameters that
            are not text, or an algorithm other than the two above.

    """
    digest = hash_for(algorithm)
    if digest is None:
        raise _unknown_algorithm(algorithm)
    key = secret_bytes(auth_token)
    canonical = _canonical(params)
    if not isinstance(signature, str) or not signature:
        return False
    received = signature.encode("utf-8", "surrogatepass")
    # Every variant is computed and compared, so the time taken says nothing of which
    # variant came closest.
    matches = [
        hmac.compare_digest(_sign(key, digest, candidate, canonical).encode("ascii"), received)
        for candidate in _url_variants(url)
    ]
    return any(matches)


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
    expected = body_hash_of(url)
    if expected is None:
        return False
    raw = body.encode("utf-8") if isinstance(body, str) else bytes(body)
    actual = hashlib.sha256(raw).hexdigest().encode("ascii")
    return hmac.compare_digest(actual, expected.lower().encode("utf-8", "surrogatepass"))


class SignatureSettings(NamedTuple):
    """What the ``X-Twilio-Webhooks-Signature-Settings`` header says: which key, which hash.

    Twilio adds the header (``key=<key id>,algorithm=HMAC_SHA256``) to a webhook signed
    with a shared key rather than the auth token.

    Attributes:
        key_id: The shared key whose secret signed the request.
        algorithm: The HMAC's name, upper case (``"HMAC_SHA256"``).
    """

    key_id: str
    algorithm: str

    @classmethod
    def parse(cls, header: str) -> SignatureSettings:
        """Read the header's value; fail closed on anything but one key and one algorithm.

        Attribute names match in any case and surrounding spaces are ignored; attributes
        other than ``key`` and ``algorithm`` are ignored, for Twilio to add later.

        Args:
            header: The header's value, e.g. ``"key=KS123,algorithm=HMAC_SHA256"``.

        Returns:
            The key and the algorithm.

        Raises:
            InvalidSignatureSettings: A part without ``=``, a missing or empty ``key`` or
                ``algorithm``, or either given twice (two headers joined into one).
            UnsupportedSignatureAlgorithm: An algorithm other than ``HMAC_SHA1`` and
                ``HMAC_SHA256``.

        """
        found: dict[str, str] = {}
        for part in header.split(","):
            name, equals, value = part.partition("=")
            name = name.strip().lower()
            if not equals:
                raise InvalidSignatureSettings(
                    f"the {SIGNATURE_SETTINGS_HEADER} header has a part without '=': {part!r:.60}"
                )
            if name in found:
                raise InvalidSignatureSettings(
                    f"the {SIGNATURE_SETTINGS_HEADER} header names {name!r} more than once"
                )
            found[name] = value.strip()
        key_id, algorithm = found.get("key", ""), found.get("algorithm", "")
        if not key_id or not algorithm:
            raise InvalidSignatureSettings(
                f"the {SIGNATURE_SETTINGS_HEADER} header must name a key and an algorithm, "
                f"got {header!r:.80}"
            )
        if hash_for(algorithm) is None:
            raise UnsupportedSignatureAlgorithm(
                f"the request is signed with {algorithm!r:.40}, which this library cannot "
                f"check (it knows {HMAC_SHA1} and {HMAC_SHA256})",
                algorithm,
            )
        return cls(key_id, algorithm.upper())

    def __str__(self) -> str:
        return f"key={self.key_id},algorithm={self.algorithm}"


def signed_headers(
    url: str,
    params: Params = (),
    *,
    auth_token: str | None = None,
    shared_key: tuple[str, str] | None = None,
    algorithm: str = HMAC_SHA256,
) -> dict[str, str]:
    """Return the signature headers Twilio would put on a request; for tests and fakes.

    Give ``auth_token`` for Twilio's default signing (HMAC-SHA1, no settings header), or
    ``shared_key`` for signing with a shared key.

    Args:
        url: The full URL, query string included.
        params: The form parameters of a POST; empty for a GET or a JSON body.
        auth_token: The account's auth token.
        shared_key: The shared key's ``(key id, secret)``.
        algorithm: The shared key's algorithm (ignored with ``auth_token``).

    Returns:
        ``{"X-Twilio-Signature": ...}``, plus ``X-Twilio-Webhooks-Signature-Settings``
        for a shared key.

    Raises:
        InvalidArgument: Neither or both of ``auth_token`` and ``shared_key``, an empty
            secret or key id, or an unknown algorithm.

    """
    if (auth_token is None) == (shared_key is None):
        raise InvalidArgument("give exactly one of auth_token and shared_key")
    if shared_key is None:
        return {SIGNATURE_HEADER: signature_for(str(auth_token), url, params)}
    key_id, secret = shared_key
    if not isinstance(key_id, str) or not key_id or "," in key_id:
        raise InvalidArgument(
            f"a shared key's id must be non-empty text without commas, got {key_id!r}"
        )
    signature = signature_for(secret, url, params, algorithm=algorithm)
    settings = SignatureSettings(key_id, algorithm.upper())
    return {SIGNATURE_HEADER: signature, SIGNATURE_SETTINGS_HEADER: str(settings)}


def hash_for(algorithm: object) -> Callable[..., Any] | None:
    """Return the hash function of a signature algorithm's name, or None if unknown.

    Names are matched in any case (``HMAC_SHA256``, ``hmac_sha256``), as Twilio's SDKs do.
    """
    if not isinstance(algorithm, str):
        return None
    return _HASHES.get(algorithm.upper())


def secret_bytes(secret: object) -> bytes:
    """Return a signing secret as the HMAC key, refusing an empty or non-text one."""
    if not isinstance(secret, str) or not secret:
        raise InvalidArgument(
            "the signing secret (the auth token or a shared key's secret) must be a "
            "non-empty string"
        )
    return secret.encode("utf-8", "surrogatepass")


def body_hash_of(url: str) -> str | None:
    """Return the single ``bodySHA256`` query parameter of ``url``, or None."""
    query = url.partition("#")[0].partition("?")[2]
    values = [value for name, value in parse_qsl(query) if name == BODY_HASH_PARAMETER]
    return values[0] if len(values) == 1 and values[0] else None


def _unknown_algorithm(algorithm: object) -> InvalidArgument:
    return InvalidArgument(
        f"unknown signature algorithm {algorithm!r}: use {HMAC_SHA1!r} or {HMAC_SHA256!r}"
    )


def _sign(key: bytes, digest: Callable[..., Any], url: str, canonical_params: str) -> str:
    message = (url + canonical_params).encode("utf-8", "surrogatepass")
    return base64.b64encode(hmac.new(key, message, digest).digest()).decode("ascii")


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
