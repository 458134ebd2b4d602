"""HTTP traffic rendered as HTTP/1.1 text for debugging, with every secret redacted.

What is redacted, everywhere the library shows traffic (``DEBUG_HTTP_TRAFFIC`` output,
logs, reprs): the ``Authorization`` header (its scheme stays visible), the JSON body
fields ``auth_token`` and ``secret`` at any depth, form fields whose names end in
``Token`` or ``Secret``, and the credentials of any URL that carries them
(``https://user:pass@host/cb`` in a ``StatusCallback``, as written, JSON-escaped or
percent-encoded). No input makes redaction recurse: JSON nested thousands deep is
walked with a loop, and JSON the parser refuses is redacted field by field as text.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import quote, urlsplit

from twilio_sansio.core.http import Headers, Request, Response

REDACTED = "[redacted]"
BODY_LIMIT = 64 * 1024
_SECRET_JSON_KEYS = frozenset({"auth_token", "secret"})
# A field whose name (percent-decoded or not) ends in Token or Secret: keep "name=", drop
# the value up to the next "&".
_SECRET_FORM_FIELD = re.compile(rb"((?:^|&)[^&=]*(?:Token|Secret|%54oken|%53ecret)=)[^&]*")
# A secret JSON field as text, for bodies json refuses: the key, then a string, number
# or boolean value (null stays visible, as when the body parses).
_SECRET_JSON_FIELD = re.compile(
    rb'("(?:auth_token|secret)"\s*:\s*)(?:"(?:[^"\\]|\\.)*"|-?[0-9][^,}\]\s]*|true|false)'
)
# A URL's scheme and "//" (as written, JSON-escaped "\/\/" or percent-encoded), then its
# user information up to the last "@" before the host ends ("/", "?", "#", whitespace,
# a quote or "&", or their percent-encodings).
_URL_USERINFO = re.compile(
    rb"(?P<lead>\b[a-z][a-z0-9+.\-]*(?::|%3a)(?://|\\/\\/|%2f%2f))"
    rb"(?:[^/?#@\s\"'<>\\&%]|%(?!2f|3f|23|20|0a|0d|09)[0-9a-f]{2})*"
    rb"(?P<at>@|%40)",
    re.IGNORECASE,
)
_REASONS = {
    200: "OK",
    201: "Created",
    204: "No Content",
    206: "Partial Content",
    301: "Moved Permanently",
    302: "Found",
    307: "Temporary Redirect",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


def redact_headers(headers: Headers) -> Headers:
    """Return ``headers`` with their credentials replaced.

    That is the ``Authorization`` and ``Proxy-Authorization`` credentials (the scheme
    stays visible) and the user information of any URL (a ``Location``).
    """
    out = []
    for name, value in headers:
        if name in ("authorization", "proxy-authorization"):
            scheme = value.split(" ", 1)[0] if " " in value else ""
            shown = f"{scheme} {REDACTED}".strip()
        elif "@" in value:
            shown = redact_url_userinfo(value.encode("latin-1", "replace")).decode("latin-1")
        else:
            shown = value
        out.append((name, shown))
    return tuple(out)


def redact_form(body: bytes) -> bytes:
    """Return a form body with the values of ``…Token``/``…Secret`` fields replaced.

    It works on the raw bytes, field by field, so a body that is not a well-formed form
    (hand-built, not UTF-8, with empty fields) is redacted too, not shown as it is.
    """
    return _SECRET_FORM_FIELD.sub(rb"\1" + quote(REDACTED).encode(), body)


def redact_url_userinfo(text: bytes) -> bytes:
    r"""Return ``text`` with the user information of every URL in it replaced.

    ``https://user:pass@host/cb`` becomes ``https://[redacted]@host/cb``, whether the URL
    is written out, JSON-escaped (``https:\/\/…``) or percent-encoded in a form
    (``https%3A%2F%2Fuser%3Apass%40host``).
    """
    return _URL_USERINFO.sub(_userinfo_replacement, text)


def _userinfo_replacement(match: re.Match[bytes]) -> bytes:
    lead = match["lead"]
    shown = quote(REDACTED).encode() if b"%" in lead else REDACTED.encode()
    return lead + shown + match["at"]


def _redact_in_place(data: Any) -> None:
    """Replace secret fields in parsed JSON, walking it with a loop (any depth)."""
    pending = [data]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            for key, value in item.items():
                if key in _SECRET_JSON_KEYS and value is not None:
                    item[key] = REDACTED
                elif isinstance(value, dict | list):
                    pending.append(value)
        elif isinstance(item, list):
            pending.extend(value for value in item if isinstance(value, dict | list))


def redact_json(body: bytes) -> bytes:
    """Return a JSON body with ``auth_token`` and ``secret`` values replaced.

    A body that ``json`` cannot read or write back (malformed, or nested deeper than it
    goes) is redacted as text instead, never shown as it is.
    """
    if b'"auth_token"' not in body and b'"secret"' not in body and b"\\u" not in body:
        return body
    try:
        data = json.loads(body)
        _redact_in_place(data)
        return json.dumps(data, indent=None).encode()
    except (ValueError, RecursionError):
        return _SECRET_JSON_FIELD.sub(rb'\1"' + REDACTED.encode() + rb'"', body)


def redact_body(content_type: str | None, body: bytes) -> bytes:
    """Redact a body by its content type (form or JSON); other bodies are left as they are."""
    kind = (content_type or "").lower()
    if "x-www-form-urlencoded" in kind:
        return redact_form(body)
    if "json" in kind or body[:1] in (b"{", b"["):
        return redact_json(body)
    return body


def _show_body(content_type: str | None, body: bytes, limit: int) -> str:
    if not body:
        return ""
    shown = redact_url_userinfo(redact_body(content_type, body))
    text = shown[:limit].decode("utf-8", errors="replace")
    if len(shown) > limit:
        text += f"\n… ({len(shown) - limit} more bytes)"
    return text


def render_request(request: Request, *, limit: int = BODY_LIMIT) -> str:
    """Render ``request`` as HTTP/1.1 text with secrets redacted."""
    parts = urlsplit(request.url)
    target = parts.path or "/"
    if parts.query:
        target += "?" + redact_url_userinfo(parts.query.encode()).decode()
    lines = [f"{request.method} {target} HTTP/1.1", f"host: {parts.netloc}"]
    lines += [f"{name}: {value}" for name, value in redact_headers(request.headers)]
    if request.body:
        lines.append(f"content-length: {len(request.body)}")
    head = "\n".join(lines)
    return f"{head}\n\n{_show_body(request.header('content-type'), request.body, limit)}"


def render_response(response: Response, *, limit: int = BODY_LIMIT) -> str:
    """Render ``response`` as HTTP/1.1 text with secrets redacted."""
    reason = _REASONS.get(response.status, "")
    lines = [f"HTTP/1.1 {response.status} {reason}".rstrip()]
    lines += [f"{name}: {value}" for name, value in redact_headers(response.headers)]
    head = "\n".join(lines)
    return f"{head}\n\n{_show_body(response.header('content-type'), response.body, limit)}"
