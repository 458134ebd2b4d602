"""Retries as the clients carry them out: what is sent again, what never is, and the log."""

from __future__ import annotations

import logging
import time
from typing import Any

import pytest

from tests.testing.fake._support import Through
from twilio_sansio import APIError, InvalidArgument, RetryPolicy
from twilio_sansio.testing.fake import FakeTwilio, Fault

SENDER = "+15005550006"
RECIPIENT = "+14155550100"
QUICK = RetryPolicy(max_attempts=3, backoff_base=0.01, backoff_cap=0.05)


class Kind(Through):
    """One client kind (sync, trio, asyncio) in front of a fresh fake; counts its requests."""

    def __init__(self, name: str) -> None:
        super().__init__(name, FakeTwilio(seed=5))

    def posts(self) -> int:
        return sum(request.method == "POST" for request in self.fake.requests)

    def gets(self) -> int:
        return sum(request.method == "GET" for request in self.fake.requests)


@pytest.fixture(params=["sync", "trio", "asyncio"])
def kind(request: pytest.FixtureRequest) -> Kind:
    return Kind(request.param)


def _send(client: Any) -> Any:
    return client.messages.send_message(SENDER, RECIPIENT, "only once")


def _list(client: Any) -> Any:
    return client.messages.get_page()


def test_a_get_is_retried_after_503_and_succeeds(kind: Kind) -> None:
    kind.fake.faults.add(Fault.server_error(503), times=1)
    page = kind.run(_list, retry=QUICK)
    assert page.records == []
    assert kind.gets() == 2


def test_a_post_is_never_sent_twice_after_a_server_error(kind: Kind) -> None:
    kind.fake.faults.add(Fault.server_error(500), times=1)
    with pytest.raises(APIError) as caught:
        kind.run(_send, retry=QUICK)
    assert caught.value.status == 500
    assert kind.posts() == 1


def test_a_post_is_retried_after_429_and_sent_once(kind: Kind) -> None:
    kind.fake.faults.add(Fault.rate_limited(retry_after=0), times=1)
    message = kind.run(_send, retry=QUICK)
    assert kind.posts() == 2
    assert list(kind.fake.store.table("messages")) == [message.sid]


def test_a_retry_after_beyond_the_deadline_raises_the_429_at_once(kind: Kind) -> None:
    kind.fake.faults.add(Fault.rate_limited(retry_after=30), times=1)
    started = time.monotonic()
    with pytest.raises(APIError) as caught:
        kind.run(_list, retry=QUICK, timeout=2)
    assert caught.value.status == 429
    assert time.monotonic() - started < 1
    assert kind.gets() == 1


def test_attempts_stop_at_the_maximum(kind: Kind) -> None:
    kind.fake.faults.add(Fault.server_error(503), times=None)
    with pytest.raises(APIError):
        kind.run(_list, retry=QUICK)
    assert kind.gets() == 3


def test_no_retries_with_the_none_policy(kind: Kind) -> None:
    kind.fake.faults.add(Fault.server_error(503), times=1)
    with pytest.raises(APIError):
        kind.run(_list, retry=RetryPolicy.none())
    assert kind.gets() == 1


def test_retries_are_shown_in_debug_output_and_logged(
    caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakeTwilio()
    fake.faults.add(Fault.rate_limited(retry_after=0), times=1)
    with (
        caplog.at_level(logging.INFO, logger="twilio_sansio"),
        fake.client(retry=QUICK, debug=True) as client,
    ):
        client.messages.get_page()
    shown = capsys.readouterr().err
    assert "retrying in" in shown
    assert "429 Too Many Requests" in shown
    assert any("retrying in" in record.getMessage() for record in caplog.records)


def test_with_options_changes_the_policy_of_a_view() -> None:
    fake = FakeTwilio()
    fake.faults.add(Fault.server_error(503), times=1)
    with fake.client(retry=QUICK) as client:
        with pytest.raises(APIError):
            client.with_options(retry=RetryPolicy.none()).messages.get_page()
        assert client.retry is QUICK


def test_retry_must_be_a_policy() -> None:
    with pytest.raises(InvalidArgument, match="RetryPolicy"):
        FakeTwilio().client(retry=3)
