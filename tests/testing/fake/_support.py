"""Helpers shared by the fake Twilio's resource tests; the client kinds run through ``Through``."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Coroutine
from typing import Any
from urllib.parse import urlencode

from tests._clock import ManualClock
from tests._drivers import (
    Driver,
    collect as collect,  # noqa: PLC0414 (the fake's tests import it here)
    settle as settle,  # noqa: PLC0414 (the fake's tests import it here)
)
from tests.core._support import openapi_schemas
from twilio_sansio.core.http import Request, Response
from twilio_sansio.testing.fake import FakeTwilio
from twilio_sansio.testing.fake.resources import accounts
from twilio_sansio.testing.fake.resources._common import account_path

Clock = ManualClock
"""The fake's clock, which the test moves by hand (the one shared clock helper)."""


class Through(Driver):
    """Runs a function of a client with one client kind, against one fake.

    A run's options go to ``fake.client()`` or ``fake.async_client()``.
    """

    def __init__(self, kind: str, fake: FakeTwilio) -> None:
        super().__init__(kind, fake.client, fake.async_client)
        self.fake = fake


SENDER = "+15005550006"
RECIPIENT = "+14155550100"
TWIML_URL = "https://example.com/twiml"
OTHER_ACCOUNT = "AC" + "f" * 32


Scenario = Callable[[Any], Coroutine[Any, Any, Any]]


def run_scenario(through: Through, scenario: Scenario) -> Any:
    """Run one scenario, written once with :func:`settle`, with ``through``'s client kind."""
    return through.run(scenario)


def exchange(
    fake: FakeTwilio,
    method: str,
    url: str,
    form: dict[str, str] | None = None,
    *,
    user: str | None = None,
    password: str | None = None,
) -> Response:
    """Send one request to ``url`` on the fake and return its response.

    Args:
        fake: The fake Twilio.
        method: The HTTP method.
        url: The absolute URL.
        form: Form fields to send as the body (an empty dict sends an empty form).
        user: The Basic user; the main account when None.
        password: The Basic password; the main account's auth token when None.
    """
    credentials = f"{user or fake.account_sid}:{password or fake.auth_token}"
    headers = [("authorization", "Basic " + base64.b64encode(credentials.encode()).decode())]
    body = b""
    if form is not None:
        body = urlencode(form).encode()
        headers.append(("content-type", "application/x-www-form-urlencoded"))
    response = fake.handle(Request(method, url, tuple(headers), body))
    assert isinstance(response, Response)
    return response


def send_raw(
    fake: FakeTwilio,
    method: str,
    rest: str,
    form: dict[str, str] | None = None,
    *,
    user: str | None = None,
    password: str | None = None,
) -> Response:
    """Send one request below the main account's path (``rest``); return the response.

    It is signed as the main account unless ``user`` and ``password`` say otherwise.
    """
    url = "https://api.twilio.com" + account_path(fake.account_sid, rest)
    return exchange(fake, method, url, form, user=user, password=password)


def json_of(response: Response) -> Any:
    """Return the JSON body of ``response``."""
    return json.loads(response.body)


def send(
    fake: FakeTwilio, method: str, rest: str, form: dict[str, str] | None = None
) -> tuple[int, Any]:
    """Send one request to the fake as the main account; return the status and JSON body."""
    response = send_raw(fake, method, rest, form)
    return response.status, json_of(response) if response.body else None


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict,),
}


def assert_schema(schema: str, payload: dict[str, Any]) -> None:
    """Check that ``payload`` has every property of ``schema``, each of its declared type."""
    properties = openapi_schemas()[schema]["properties"]
    missing = sorted(set(properties) - set(payload))
    assert not missing, f"{schema}: the fake's JSON lacks {missing}"
    for name, spec in properties.items():
        value = payload[name]
        expected = _JSON_TYPES.get(spec.get("type", ""))
        if value is None or expected is None:
            continue
        assert isinstance(value, expected), f"{schema}.{name} is {value!r}"
        assert not (bool not in expected and isinstance(value, bool)), f"{schema}.{name}"


def other_account(fake: FakeTwilio) -> str:
    """Create an account unrelated to the main one and return its SID."""
    accounts.new_account(
        fake.store, sid=OTHER_ACCOUNT, auth_token="x" * 32, friendly_name="other",
        owner_sid=OTHER_ACCOUNT,
    )  # fmt: skip
    return OTHER_ACCOUNT


def error_of(status_and_body: tuple[int, Any]) -> tuple[int, int]:
    """Return ``(HTTP status, Twilio code)`` of an error answer."""
    status, body = status_and_body
    return status, body["code"]
