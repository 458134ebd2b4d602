"""No credential ever shows: not in a repr or str, an error, the debug output or a log.

One session touches every client path (sending, listing, paging, media, errors of every
kind, retries, deadlines, subaccounts, API keys, access tokens, webhooks) with
recognisable secrets, on the sync client and on the async client, while collecting
everything the library shows a person: the reprs and strs of what it returns, the
messages of what it raises, ``DEBUG_HTTP_TRAFFIC`` output and every log record at every
level. Then it scans all of it for each secret, raw and as it travels in a Basic
``Authorization`` header.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable, Iterator

import pytest
import trio

from twilio_sansio import (
    AccessToken,
    AsyncClient,
    Client,
    RetryPolicy,
    TwilioError,
    VideoGrant,
    validate_request,
)
from twilio_sansio.testing.fake import FakeTwilio, Fault

ACCOUNT = "AC" + "5ec0" * 8
TOKEN = "TOKEN5ecret0f" + "a1" * 9
SENDER = "+15005550006"
RECIPIENT = "+14155550100"
QUICK = RetryPolicy(backoff_base=0.01, backoff_cap=0.02)


class Shown:
    """Everything the library showed during the session, as text."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def add(self, *values: object) -> None:
        for value in values:
            self.texts.extend((repr(value), str(value)))
            if isinstance(value, BaseException):
                self.texts.extend(repr(arg) for arg in value.args)

    def expect_error(self, func: Callable[[], object]) -> None:
        try:
            self.add(func())
        except TwilioError as exc:
            self.add(exc)

    def leaks(self, secrets: list[str]) -> list[str]:
        found = []
        for secret in secrets:
            for text in self.texts:
                if secret in text:
                    found.append(f"{secret!r} in {text[:200]!r}")
                    break
        return found


def _forms(account_or_key: str, secret: str) -> list[str]:
    pair = base64.b64encode(f"{account_or_key}:{secret}".encode()).decode()
    return [secret, pair]


@pytest.fixture
def debug_everything(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    with caplog.at_level(logging.DEBUG):
        yield caplog


def _sync_session(fake: FakeTwilio, shown: Shown) -> list[str]:
    secrets = _forms(ACCOUNT, TOKEN)
    client = Client(ACCOUNT, TOKEN, transport=fake.transport(), debug=True, retry=QUICK)
    shown.add(client, client.config, client.config.credentials)
    sent = client.messages.send_message(
        SENDER, RECIPIENT, "hello", media_urls=["https://e.co/a.png"]
    )
    shown.add(sent, client.messages.get(sent.sid), client.messages.get_page())
    shown.add(list(client.messages.iterate()), client.messages.get_media_urls(sent.sid))
    shown.expect_error(lambda: client.messages.get("SM" + "0" * 32))
    shown.expect_error(lambda: client.messages.redact(sent.sid))
    fake.faults.add(Fault.rate_limited(retry_after=0), times=1)
    shown.add(client.messages.get_page())
    fake.faults.add(Fault.bad_gateway_html(), times=3)
    shown.expect_error(client.messages.get_page)
    fake.faults.add(Fault.hang(), times=1)
    shown.expect_error(client.with_options(timeout=0.2).messages.get_page)

    sub = client.accounts.create(friendly_name="team")
    sub_token = str(sub.raw["auth_token"])
    secrets += _forms(sub.sid, sub_token)
    shown.add(sub, client.accounts.get(sub.sid), list(client.accounts.iterate()))
    shown.add(client.for_subaccount(sub.sid).messages.get_page())

    key = client.keys.create(friendly_name="ci")
    key_secret = str(key.raw["secret"])
    secrets += _forms(key.sid, key_secret)
    shown.add(key)
    with Client(
        ACCOUNT,
        api_key_sid=key.sid,
        api_key_secret=key_secret,
        transport=fake.transport(),
        debug=True,
    ) as keyed:
        shown.add(keyed, keyed.config.credentials, keyed.messages.get_page())
    token = AccessToken(
        ACCOUNT, key.sid, key_secret, identity="alice", grants=[VideoGrant(room="r")]
    )
    shown.add(token)
    shown.expect_error(lambda: validate_request(TOKEN, "POST", "https://e.co/hook", (), b"A=1"))

    wrong = Client(ACCOUNT, "WRONG" + TOKEN, transport=fake.transport(), debug=True)
    secrets += _forms(ACCOUNT, "WRONG" + TOKEN)
    shown.expect_error(wrong.messages.get_page)
    client.close()
    return secrets


def _async_session(fake: FakeTwilio, shown: Shown) -> None:
    async def main() -> None:
        async with AsyncClient(
            ACCOUNT, TOKEN, transport=fake.async_transport(), debug=True, retry=QUICK
        ) as client:
            shown.add(client, client.config)
            sent = await client.messages.send_message(SENDER, RECIPIENT, "async")
            shown.add(sent, await client.messages.get_page())
            shown.add(await client.messages.get_media_urls(sent.sid))
            try:
                await client.messages.get("SM" + "0" * 32)
            except TwilioError as exc:
                shown.add(exc)
            fake.faults.add(Fault.hang(), times=1)
            try:
                await client.with_options(timeout=0.2).messages.get_page()
            except TwilioError as exc:
                shown.add(exc)

    trio.run(main)


def test_no_secret_shows_anywhere(
    debug_everything: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakeTwilio(ACCOUNT, TOKEN, seed=2)
    shown = Shown()
    secrets = _sync_session(fake, shown)
    _async_session(fake, shown)
    output = capsys.readouterr()
    shown.texts.extend((output.out, output.err))
    shown.texts.extend(record.getMessage() for record in debug_everything.records)
    assert "authorization: Basic [redacted]" in output.err, "the debug output was not captured"
    assert len(debug_everything.records) > 20, "the DEBUG log was not captured"
    assert shown.leaks(secrets) == []


def test_the_scan_finds_a_leak() -> None:
    shown = Shown()
    shown.add(RuntimeError(f"oops {TOKEN}"))
    assert shown.leaks(_forms(ACCOUNT, TOKEN)) != []
