"""read_wsgi_request and request_from_wsgi, driven with hand-built environs."""

from __future__ import annotations

import io
from typing import Any
from urllib.parse import urlencode
from wsgiref.util import setup_testing_defaults

import pytest

from tests.webhooks import _samples as s
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.webhooks import (
    IncomingMessage,
    InvalidSignature,
    MalformedBody,
    read_wsgi_request,
    request_from_wsgi,
    signed_headers,
)

TOKEN = "0123456789abcdef0123456789abcdef"
PUBLIC = "https://hooks.example.com"
BODY = urlencode(s.INCOMING_SMS).encode()


def environ_behind_a_proxy(
    body: bytes = BODY, signature_url: str = PUBLIC + "/sms?tenant=7", **extra: Any
) -> dict[str, Any]:
    """The environ a server behind a TLS-terminating proxy builds for Twilio's POST."""
    signature = signed_headers(signature_url, s.INCOMING_SMS, auth_token=TOKEN)
    environ: dict[str, Any] = {
        "REQUEST_METHOD": "POST",
        "SCRIPT_NAME": "",
        "PATH_INFO": "/sms",
        "QUERY_STRING": "tenant=7",
        "SERVER_NAME": "10.0.0.5",
        "SERVER_PORT": "8000",
        "HTTP_HOST": "10.0.0.5:8000",
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
        "CONTENT_LENGTH": str(len(body)),
        "HTTP_X_TWILIO_SIGNATURE": signature["X-Twilio-Signature"],
        "HTTP_I_TWILIO_IDEMPOTENCY_TOKEN": "token-1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(body),
        **extra,
    }
    return environ


def test_behind_a_proxy_the_public_url_replaces_what_the_app_sees() -> None:
    request = read_wsgi_request(environ_behind_a_proxy(), public_url=PUBLIC)

    assert request.method == "POST"
    assert request.url == "https://hooks.example.com/sms?tenant=7"
    assert request.body == BODY
    event = request.parse(IncomingMessage, auth_token=TOKEN)
    assert event.message_sid == s.MESSAGE
    assert event.idempotency_token == "token-1"


def test_without_the_public_url_the_url_the_app_sees_does_not_validate() -> None:
    request = read_wsgi_request(environ_behind_a_proxy())

    assert request.url == "http://10.0.0.5:8000/sms?tenant=7"
    with pytest.raises(InvalidSignature):
        request.parse(IncomingMessage, auth_token=TOKEN)


def test_without_a_proxy_the_host_header_and_scheme_make_the_url() -> None:
    environ = environ_behind_a_proxy(
        signature_url="https://hooks.example.com/sms?tenant=7", HTTP_HOST="hooks.example.com"
    )
    environ["wsgi.url_scheme"] = "https"

    request = read_wsgi_request(environ)
    assert request.url == "https://hooks.example.com/sms?tenant=7"
    assert request.parse(IncomingMessage, auth_token=TOKEN).body == "Hello there"


def test_without_a_host_header_the_server_address_is_used() -> None:
    environ = environ_behind_a_proxy()
    del environ["HTTP_HOST"]
    environ["SERVER_PORT"] = "80"

    assert read_wsgi_request(environ).url == "http://10.0.0.5/sms?tenant=7"


def test_a_path_prefix_the_proxy_strips_goes_in_the_public_url() -> None:
    environ = environ_behind_a_proxy(signature_url=PUBLIC + "/app/sms?tenant=7")

    request = read_wsgi_request(environ, public_url=PUBLIC + "/app/")
    assert request.url == PUBLIC + "/app/sms?tenant=7"
    assert request.parse(IncomingMessage, auth_token=TOKEN).message_sid == s.MESSAGE


def test_a_mounted_app_keeps_its_script_name() -> None:
    environ = environ_behind_a_proxy(SCRIPT_NAME="/hooks")

    assert read_wsgi_request(environ, public_url=PUBLIC).url == PUBLIC + "/hooks/sms?tenant=7"


def test_the_raw_request_target_is_preferred_to_the_decoded_path() -> None:
    environ = environ_behind_a_proxy(PATH_INFO="/a b", RAW_URI="/a%20b?tenant=7")

    assert read_wsgi_request(environ, public_url=PUBLIC).url == PUBLIC + "/a%20b?tenant=7"


def test_a_decoded_path_is_escaped_back_leaving_url_characters_alone() -> None:
    environ = environ_behind_a_proxy(PATH_INFO="/hooks/é x:1~y", QUERY_STRING="")
    # PEP 3333: the path arrives as the latin-1 decoding of its bytes.
    environ["PATH_INFO"] = "/hooks/é x:1~y".encode().decode("latin-1")

    url = read_wsgi_request(environ, public_url=PUBLIC).url
    assert url == PUBLIC + "/hooks/%C3%A9%20x:1~y"


def test_headers_are_named_as_http_names_them() -> None:
    headers = dict(read_wsgi_request(environ_behind_a_proxy(), public_url=PUBLIC).headers)

    assert headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert headers["I-Twilio-Idempotency-Token"] == "token-1"
    assert "X-Twilio-Signature" in headers


def test_a_body_above_the_limit_is_refused_without_reading_it() -> None:
    environ = environ_behind_a_proxy()

    with pytest.raises(MalformedBody, match="bytes"):
        read_wsgi_request(environ, public_url=PUBLIC, max_body_size=len(BODY) - 1)
    assert environ["wsgi.input"].tell() == 0


@pytest.mark.parametrize("length", ["-1", "ten", "1e3"])
def test_a_content_length_that_is_not_a_size_is_malformed(length: str) -> None:
    with pytest.raises(MalformedBody):
        read_wsgi_request(environ_behind_a_proxy(CONTENT_LENGTH=length), public_url=PUBLIC)


def test_a_get_without_a_body_reads_nothing() -> None:
    environ = environ_behind_a_proxy(REQUEST_METHOD="GET", CONTENT_LENGTH="")

    assert read_wsgi_request(environ, public_url=PUBLIC).body == b""


@pytest.mark.parametrize(
    "public_url", ["hooks.example.com", "ftp://hooks.example.com", PUBLIC + "/?x=1"]
)
def test_a_public_url_that_is_not_an_http_base_is_the_callers_error(public_url: str) -> None:
    with pytest.raises(InvalidArgument, match="public_url"):
        read_wsgi_request(environ_behind_a_proxy(), public_url=public_url)


def test_an_environ_without_a_method_is_not_an_environ() -> None:
    environ = environ_behind_a_proxy()
    del environ["REQUEST_METHOD"]

    with pytest.raises(InvalidArgument, match="REQUEST_METHOD"):
        request_from_wsgi(environ, BODY)


def test_a_body_the_framework_already_read_is_used_as_given() -> None:
    environ = environ_behind_a_proxy()
    environ["wsgi.input"] = io.BytesIO(b"")  # Django's request.body has consumed it

    request = request_from_wsgi(environ, BODY, public_url=PUBLIC)
    assert request.parse(IncomingMessage, auth_token=TOKEN).body == "Hello there"


def test_wsgiref_testing_defaults_make_a_readable_request() -> None:
    environ: dict[str, Any] = {}
    setup_testing_defaults(environ)

    request = read_wsgi_request(environ)
    assert request.method == "GET"
    assert request.url == "http://127.0.0.1/"
