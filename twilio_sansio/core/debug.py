"""HTTP traffic rendered as HTTP/1.1 text for debugging, with every secret redacted.

What is redacted, everywhere the library shows traffic (``DEBUG_HTTP_TRAFFIC`` output,
logs, reprs): the ``Authorization`` header (its scheme stays visible), the JSON body
fields ``auth_token`` and ``secret`` at any depth, and form fields whose names end in
``Token`` or ``Secret``.
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
    """Return ``headers`` with the credentials of ``Authorization`` replaced."""
    out = []
    for name, value in headers:
        shown = value
        if name in ("authorization", "proxy-authorization"):
            scheme = value.split(" ", 1)[0] if " " in value else ""
            shown = f"{scheme} {REDACTED}".strip()
        out.append((name, shown))
    return tuple(out)


def redact_form(body: bytes) -> bytes:
    """Return a form body with the values of ``…Token``/``…Secret`` fields replaced.

    It works on the raw bytes, field by field, so a body that is not a well-formed form
    (hand-built, not UTF-8, with empty fields) is redacted too, not shown as it is.
    """
    return _SECRET_FORM_FIELD.sub(rb"\1" + quote(REDACTED).encode(), body)


def _redact_json_value(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            key: REDACTED
            if key in _SECRET_JSON_KEYS and item is not None
            else _redact_json_value(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_redact_json_value(item) for item in value]
    return value


def redact_json(body: bytes) -> bytes:
    """Return a JSON body with ``auth_token`` and ``secret`` values replaced."""
    if b'"auth_token"' not in body and b'"secret"' not in body:
        return body
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return body
    return json.dumps(_redact_json_value(data), indent=None).encode()


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
    shown = redact_body(content_type, body)
    text = shown[:limit].decode("utf-8", errors="replace")
    if len(shown) > limit:
        text += f"\n… ({len(shown) - limit} more bytes)"
    return text


def render_request(request: Request, *, limit: int = BODY_LIMIT) -> str:
    """Render ``request`` as HTTP/1.1 text with secrets redacted."""
    parts = urlsplit(request.url)
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
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
