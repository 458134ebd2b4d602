"""Webhook validation in plain WSGI and ASGI apps: the examples of docs/how-to/webhooks.md.

The two apps below are copied verbatim into the documentation; a test checks that they
still are.
"""

from __future__ import annotations

import inspect
import io
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode
from wsgiref.types import StartResponse, WSGIEnvironment
from wsgiref.util import setup_testing_defaults
from wsgiref.validate import validator

import pytest
import trio

from twilio_sansio.core.webhooks import WebhookValidationError, signature_for, validate_request

AUTH_TOKEN = "0123456789abcdef0123456789abcdef"
PUBLIC_ORIGIN = "https://hooks.example.com"  # the scheme and host configured in Twilio


# --- example: WSGI ---------------------------------------------------------------


def wsgi_app(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
    """Answer a Twilio webhook with TwiML, or with 403 if Twilio did not sign it."""
    size = int(environ.get("CONTENT_LENGTH") or 0)
    body = environ["wsgi.input"].read(size) if size else b""
    # Rebuild the URL Twilio called from configuration, never from the Host header.
    path = (environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", "")).encode("latin-1")
    query = environ.get("QUERY_STRING", "")
    public_url = PUBLIC_ORIGIN + quote(path) + ("?" + query if query else "")
    headers = [
        (key[5:].replace("_", "-"), value)
        for key, value in environ.items()
        if key.startswith("HTTP_")
    ]
    if environ.get("CONTENT_TYPE"):
        headers.append(("Content-Type", environ["CONTENT_TYPE"]))
    try:
        validate_request(AUTH_TOKEN, environ["REQUEST_METHOD"], public_url, headers, body)
    except WebhookValidationError:
        start_response("403 Forbidden", [("Content-Type", "text/plain")])
        return [b"Forbidden"]
    start_response("200 OK", [("Content-Type", "text/xml")])
    return [b"<Response><Say>Hello from WSGI</Say></Response>"]


# --- example: ASGI ---------------------------------------------------------------


async def asgi_app(
    scope: dict[str, Any],
    receive: Callable[[], Awaitable[dict[str, Any]]],
    send: Callable[[dict[str, Any]], Awaitable[None]],
) -> None:
    """Answer a Twilio webhook with TwiML, or with 403 if Twilio did not sign it."""
    if scope["type"] != "http":
        return
    body = b""
    more_body = True
    while more_body:
        message = await receive()
        body += message.get("body", b"")
        more_body = message.get("more_body", False)
    # Rebuild the URL Twilio called from configuration, never from the Host header.
    path = scope.get("raw_path") or quote(scope["path"]).encode("ascii")
    query = scope.get("query_string", b"")
    public_url = PUBLIC_ORIGIN + (path + (b"?" + query if query else b"")).decode("latin-1")
    try:
        validate_request(AUTH_TOKEN, scope["method"], public_url, scope["headers"], body)
    except WebhookValidationError:
        status, content_type, answer = 403, b"text/plain", b"Forbidden"
    else:
        status, content_type, answer = 200, b"text/xml", b"<Response/>"
    headers = [(b"content-type", content_type)]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": answer})


# --- tests -----------------------------------------------------------------------

CALL = [("CallSid", "CA123"), ("From", "+15005550006"), ("To", "+15005550001")]
FORM = "application/x-www-form-urlencoded"


def signed(path_and_query: str, params: list[tuple[str, str]]) -> tuple[bytes, str]:
    """Return the form body Twilio sends and the signature it puts on it."""
    return urlencode(params).encode(), signature_for(
        AUTH_TOKEN, PUBLIC_ORIGIN + path_and_query, params
    )


def call_wsgi(environ: WSGIEnvironment) -> tuple[str, bytes]:
    statuses: list[str] = []

    def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
        statuses.append(status)
        return lambda data: None

    result = validator(wsgi_app)(environ, start_response)
    try:
        answer = b"".join(result)
    finally:
        result.close()  # type: ignore[attr-defined]
    return statuses[0], answer


def wsgi_environ(
    path: str, query: str, body: bytes, signature: str | None, method: str = "POST"
) -> WSGIEnvironment:
    """Build the environ a server behind a TLS-terminating proxy would pass."""
    environ: WSGIEnvironment = {
        "REQUEST_METHOD": method,
        "SCRIPT_NAME": "",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "10.0.0.5",
        "SERVER_PORT": "8000",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "CONTENT_TYPE": FORM,
        "CONTENT_LENGTH": str(len(body)),
        "HTTP_HOST": "10.0.0.5:8000",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": io.StringIO(),
        "wsgi.multithread": False,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
    }
    if signature is not None:
        environ["HTTP_X_TWILIO_SIGNATURE"] = signature
    return environ


def test_wsgi_app_accepts_a_request_twilio_signed() -> None:
    body, signature = signed("/voice?tenant=7", CALL)

    status, answer = call_wsgi(wsgi_environ("/voice", "tenant=7", body, signature))

    assert status == "200 OK"
    assert answer.startswith(b"<Response>")


def test_wsgi_app_forbids_a_request_with_a_forged_signature() -> None:
    body, _ = signed("/voice", CALL)

    status, answer = call_wsgi(wsgi_environ("/voice", "", body, "forged="))

    assert (status, answer) == ("403 Forbidden", b"Forbidden")


def test_wsgi_app_forbids_a_request_without_a_signature() -> None:
    body, _ = signed("/voice", CALL)

    status, _ = call_wsgi(wsgi_environ("/voice", "", body, None))

    assert status == "403 Forbidden"


def test_wsgi_app_forbids_a_signed_request_whose_body_was_changed() -> None:
    body, signature = signed("/voice", CALL)

    environ = wsgi_environ("/voice", "", body.replace(b"CA123", b"CA999"), signature)
    status, _ = call_wsgi(environ)

    assert status == "403 Forbidden"


def test_wsgi_app_validates_an_escaped_path_as_twilio_called_it() -> None:
    body, signature = signed("/hooks/caf%C3%A9", CALL)
    # PEP 3333: PATH_INFO holds the unescaped bytes, decoded as latin-1.
    path_info = "/hooks/café".encode().decode("latin-1")

    status, _ = call_wsgi(wsgi_environ(path_info, "", body, signature))

    assert status == "200 OK"


def test_wsgi_app_with_wsgiref_testing_defaults_accepts_a_signed_get() -> None:
    environ: WSGIEnvironment = {
        "SCRIPT_NAME": "",
        "PATH_INFO": "/status",
        "QUERY_STRING": "CallStatus=completed",
    }
    environ["HTTP_X_TWILIO_SIGNATURE"] = signature_for(
        AUTH_TOKEN, PUBLIC_ORIGIN + "/status?CallStatus=completed", {}
    )
    setup_testing_defaults(environ)

    status, _ = call_wsgi(environ)

    assert environ["REQUEST_METHOD"] == "GET"
    assert status == "200 OK"


def test_wsgi_app_with_wsgiref_testing_defaults_forbids_an_unsigned_post() -> None:
    body = urlencode(CALL).encode()
    environ: WSGIEnvironment = {
        "REQUEST_METHOD": "POST",
        "SCRIPT_NAME": "",
        "PATH_INFO": "/voice",
        "QUERY_STRING": "",
        "CONTENT_TYPE": FORM,
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body),
    }
    setup_testing_defaults(environ)

    status, _ = call_wsgi(environ)

    assert status == "403 Forbidden"


def call_asgi(
    path: str, query: bytes, body: bytes, headers: list[tuple[bytes, bytes]], chunk: int = 7
) -> list[dict[str, Any]]:
    """Drive the ASGI app on trio, delivering the body in chunks; return what it sent."""
    scope: dict[str, Any] = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": quote(path).encode("ascii"),
        "query_string": query,
        "headers": headers,
        "server": ("10.0.0.5", 8000),
    }
    chunks = [body[i : i + chunk] for i in range(0, len(body), chunk)] or [b""]
    messages = [
        {"type": "http.request", "body": part, "more_body": i < len(chunks) - 1}
        for i, part in enumerate(chunks)
    ]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        await trio.lowlevel.checkpoint()
        return messages.pop(0)

    async def send(message: dict[str, Any]) -> None:
        await trio.lowlevel.checkpoint()
        sent.append(message)

    trio.run(asgi_app, scope, receive, send)
    return sent


def asgi_headers(signature: str | None) -> list[tuple[bytes, bytes]]:
    headers = [(b"host", b"10.0.0.5:8000"), (b"content-type", FORM.encode())]
    if signature is not None:
        headers.append((b"x-twilio-signature", signature.encode()))
    return headers


def test_asgi_app_accepts_a_request_twilio_signed() -> None:
    body, signature = signed("/sms?tenant=7", CALL)

    sent = call_asgi("/sms", b"tenant=7", body, asgi_headers(signature))

    assert sent[0]["status"] == 200
    assert sent[1]["body"] == b"<Response/>"


def test_asgi_app_forbids_a_request_with_a_forged_signature() -> None:
    body, _ = signed("/sms", CALL)

    sent = call_asgi("/sms", b"", body, asgi_headers("forged="))

    assert sent[0]["status"] == 403
    assert sent[1]["body"] == b"Forbidden"


def test_asgi_app_forbids_a_request_without_a_signature() -> None:
    body, _ = signed("/sms", CALL)

    sent = call_asgi("/sms", b"", body, asgi_headers(None))

    assert sent[0]["status"] == 403


def test_asgi_app_forbids_a_request_signed_for_another_query() -> None:
    body, signature = signed("/sms?tenant=7", CALL)

    sent = call_asgi("/sms", b"tenant=8", body, asgi_headers(signature))

    assert sent[0]["status"] == 403


def test_asgi_app_ignores_scopes_other_than_http() -> None:
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        raise AssertionError("a lifespan scope must not be read")

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    trio.run(asgi_app, {"type": "lifespan"}, receive, send)

    assert sent == []


DOCS = Path(__file__).resolve().parents[2] / "docs" / "how-to" / "webhooks.md"


@pytest.mark.parametrize("app", [wsgi_app, asgi_app])
def test_docs_show_these_exact_apps(app: Callable[..., Any]) -> None:
    if not DOCS.exists():
        pytest.skip("docs/how-to/webhooks.md is not part of this checkout")

    assert inspect.getsource(app) in DOCS.read_text(encoding="utf-8")
