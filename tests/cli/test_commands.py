"""Each command against an injected fake, in-process; and how sessions pick credentials."""

from __future__ import annotations

import json
import re
import socket
from datetime import UTC, datetime
from pathlib import Path

import jwt
import pytest

from tests.cli._support import RECIPIENT, SENDER, MovableClock, invoke
from twilio_sansio.testing.fake import FakeTwilio

ACCOUNT = "AC" + "a" * 32
KEY = "SK" + "b" * 32
SECRET = "s" * 32


def sids(jsonl: str) -> list[str]:
    return [json.loads(line)["sid"] for line in jsonl.splitlines()]


def test_since_and_until_select_a_time_range() -> None:
    clock = MovableClock(datetime(2026, 1, 10, 12, tzinfo=UTC))
    fake = FakeTwilio(seed=3, clock=clock)
    sent = {}
    with fake.client() as client:
        for day in (10, 20, 30):
            clock.now = datetime(2026, 1, day, 12, tzinfo=UTC)
            sid = client.messages.send_message(SENDER, RECIPIENT, f"day {day}").sid
            assert sid is not None
            fake.set_message_status(sid, "delivered")
            sent[day] = sid
    middle = invoke(
        "messages", "list", "--since", "2026-01-15", "--until", "2026-01-25",
        "--format", "jsonl", fake=fake,
    )  # fmt: skip
    assert sids(middle.out) == [sent[20]]
    # naive date-times are UTC; the range is [since, until)
    edge = invoke(
        "messages", "list", "--since", "2026-01-20T12:00:00", "--until", "2026-01-30T12:00:00",
        "--format", "jsonl", fake=fake,
    )  # fmt: skip
    assert sids(edge.out) == [sent[20]]
    open_end = invoke("messages", "list", "--since", "2026-01-20", "--format", "jsonl", fake=fake)
    assert sids(open_end.out) == [sent[30], sent[20]]


def test_calls_list_in_a_window_keeps_calls_not_started_by_their_creation() -> None:
    clock = MovableClock(datetime(2026, 1, 10, 12, tzinfo=UTC))
    fake = FakeTwilio(seed=3, clock=clock)
    with fake.client() as client:
        queued = client.calls.make_call(SENDER, RECIPIENT, "https://example.com/twiml")
        clock.now = datetime(2026, 1, 20, 12, tzinfo=UTC)
        later = client.calls.make_call(SENDER, RECIPIENT, "https://example.com/twiml")
    assert queued.start_time is None
    fake.set_call_status(str(later.sid), "in-progress")
    window = ("--since", "2026-01-10", "--until", "2026-01-11")
    listed = invoke("calls", "list", *window, "--format", "jsonl", fake=fake)
    assert sids(listed.out) == [queued.sid]
    table = invoke("calls", "list", *window, fake=fake).out.splitlines()
    assert table[1].startswith(f"{queued.sid}  2026-01-10 12:00:00")
    started = invoke("calls", "list", "--since", "2026-01-15", "--format", "jsonl", fake=fake)
    assert sids(started.out) == [later.sid]


def test_messages_list_filters_by_recipient(fake: FakeTwilio) -> None:
    invoke("messages", "send", "--to", RECIPIENT, "--body", "one", fake=fake)
    invoke("messages", "send", "--to", "+14155550123", "--body", "two", fake=fake)
    listed = invoke("messages", "list", "--to", "+14155550123", "--format", "json", fake=fake)
    assert [record["body"] for record in json.loads(listed.out)] == ["two"]


def test_calls_make_then_list(fake: FakeTwilio) -> None:
    made = invoke(
        "calls", "make", "--to", RECIPIENT, "--twiml", "<Response><Say>hi</Say></Response>",
        "--format", "json", fake=fake,
    )  # fmt: skip
    assert made.code == 0, made.err
    call = json.loads(made.out)
    assert call["sid"].startswith("CA")
    assert call["from"] == SENDER
    listed = invoke("calls", "list", "--format", "jsonl", fake=fake)
    assert sids(listed.out) == [call["sid"]]
    table = invoke("calls", "list", fake=fake)
    assert table.out.splitlines()[0].split()[:4] == ["SID", "STARTED", "(UTC)", "FROM"]


def test_numbers_search_buy_list_release(fake: FakeTwilio) -> None:
    found = invoke(
        "numbers", "search", "US", "--area-code", "415", "--limit", "3", "--format", "jsonl",
        fake=fake,
    )  # fmt: skip
    assert found.code == 0, found.err
    numbers = [json.loads(line)["phone_number"] for line in found.out.splitlines()]
    assert len(numbers) == 3
    assert all(number.startswith("+1415") for number in numbers)

    bought = invoke("numbers", "buy", numbers[0], "--format", "json", fake=fake)
    assert bought.code == 0, bought.err
    owned = json.loads(bought.out)
    assert owned["phone_number"] == numbers[0]
    assert sids(invoke("numbers", "list", "--format", "jsonl", fake=fake).out) == [owned["sid"]]

    released = invoke("numbers", "release", owned["sid"], fake=fake)
    assert released.out == f"released {owned['sid']}\n"
    assert invoke("numbers", "list", "--format", "jsonl", fake=fake).out == ""


def test_token_with_every_grant() -> None:
    environ = {"TWILIO_ACCOUNT_SID": ACCOUNT, "TWILIO_API_KEY": KEY, "TWILIO_API_SECRET": SECRET}
    app, service = "AP" + "c" * 32, "IS" + "d" * 32
    result = invoke(
        "token", "--identity", "bob", "--video", "--voice-app", app, "--voice-incoming",
        "--chat-service", service, environ=environ,
    )  # fmt: skip
    assert result.code == 0, result.err
    claims = jwt.decode(result.out.strip(), SECRET, algorithms=["HS256"])
    assert claims["grants"] == {
        "identity": "bob",
        "video": {},
        "voice": {"incoming": {"allow": True}, "outgoing": {"application_sid": app}},
        "chat": {"service_sid": service},
    }


def test_token_without_credentials_uses_the_fake_s_key_and_says_so() -> None:
    result = invoke("token", "--identity", "alice")
    assert result.code == 0
    assert "built-in fake's API key" in result.err
    assert jwt.decode(result.out.strip(), options={"verify_signature": False})["grants"] == {
        "identity": "alice"
    }


def test_token_needs_an_api_key_not_an_auth_token() -> None:
    result = invoke(
        "token",
        "--identity",
        "x",
        environ={"TWILIO_ACCOUNT_SID": ACCOUNT, "TWILIO_AUTH_TOKEN": "t"},
    )
    assert result.code == 2
    assert "TWILIO_API_KEY" in result.err


def test_webhook_signing_needs_the_auth_token() -> None:
    environ = {"TWILIO_ACCOUNT_SID": ACCOUNT, "TWILIO_API_KEY": KEY, "TWILIO_API_SECRET": SECRET}
    result = invoke("webhook", "sign", "--url", "https://example.com/", environ=environ)
    assert result.code == 2
    assert "TWILIO_AUTH_TOKEN" in result.err


def test_webhook_without_credentials_signs_with_the_fake_s_token() -> None:
    signed = invoke("webhook", "sign", "--url", "https://example.com/x", "--param", "A=1")
    assert "built-in fake's auth token" in signed.err
    fake_token = {"TWILIO_ACCOUNT_SID": ACCOUNT, "TWILIO_AUTH_TOKEN": FakeTwilio().auth_token}
    verified = invoke(
        "webhook", "verify", "--url", "https://example.com/x", "--param", "A=1",
        "--signature", signed.out.strip(), environ=fake_token,
    )  # fmt: skip
    assert verified.code == 0


def test_incomplete_credentials_are_a_usage_error() -> None:
    result = invoke("messages", "list", environ={"TWILIO_ACCOUNT_SID": ACCOUNT})
    assert result.code == 2
    assert "TWILIO_AUTH_TOKEN" in result.err


def test_a_base_url_needs_credentials(builtin_env: dict[str, str]) -> None:
    result = invoke("messages", "list", "--base-url", "http://127.0.0.1:9", environ=builtin_env)
    assert result.code == 2
    assert "needs credentials" in result.err


def test_a_plain_http_base_url_off_loopback_is_refused() -> None:
    environ = {"TWILIO_ACCOUNT_SID": ACCOUNT, "TWILIO_AUTH_TOKEN": "t"}
    result = invoke("messages", "list", "--base-url", "http://example.com", environ=environ)
    assert result.code == 2
    assert "clear text" in result.err


def test_a_server_that_is_not_there_exits_1() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound but not listening: connections are refused
        environ = {
            "TWILIO_ACCOUNT_SID": ACCOUNT,
            "TWILIO_AUTH_TOKEN": "t",
            "TWILIO_SANSIO_BASE_URL": f"http://127.0.0.1:{port}",
        }
        result = invoke("messages", "list", environ=environ)
    assert result.code == 1
    assert result.err.startswith("twilio-sansio: error: ")
    assert "Traceback" not in result.err


# The demo's fake runs on the real clock: the record view shows ISO 8601 times, the
# listing "YYYY-MM-DD HH:MM:SS". Two runs may straddle a second (or a midnight).
_DEMO_TIMESTAMP = re.compile(r"\b\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}Z?")


def _without_timestamps(output: str) -> tuple[str, int]:
    """``output`` with each demo timestamp replaced by a fixed mark, and how many there were."""
    return _DEMO_TIMESTAMP.subn("<timestamp>", output)


def test_demo_is_the_same_every_time_but_for_timestamps() -> None:
    first, second = invoke("demo"), invoke("demo")
    assert (first.code, second.code) == (0, 0)
    note = "twilio-sansio: demo: a fresh in-memory fake Twilio answers; nothing leaves this machine"
    assert first.err == second.err == note + "\n"
    first_out, first_stamps = _without_timestamps(first.out)
    second_out, second_stamps = _without_timestamps(second.out)
    # Two messages: each shown once as a record (date_created) and once in the listing.
    assert first_stamps == second_stamps == 4
    assert first_out == second_out
    sid_lines = [line for line in first_out.splitlines() if line.startswith(("sid", "MM", "SM"))]
    assert len(sid_lines) == 4


@pytest.mark.parametrize("status", ["interrupt", "pipe"])
def test_interruptions_and_closed_pipes_end_without_a_traceback(
    fake: FakeTwilio, status: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from twilio_sansio.cli import listing

    error = KeyboardInterrupt() if status == "interrupt" else BrokenPipeError()

    def failing(*args: object, **kwargs: object) -> int:
        raise error

    monkeypatch.setattr(listing, "stream_pages", failing)
    result = invoke("messages", "list", fake=fake)
    assert result.code == (130 if status == "interrupt" else 141)
    assert "Traceback" not in result.err


def test_demo_says_it_saved_nothing(builtin_env: dict[str, str], state: Path) -> None:
    result = invoke("demo", environ=builtin_env)
    assert result.code == 0
    assert "# The demo ran on a fresh fake Twilio in memory: it saved nothing." in result.out
    assert "saved between runs" not in result.out
    assert not state.parent.exists()


def test_the_fake_server_s_credentials_are_recognised_as_a_fake() -> None:
    fake = FakeTwilio()
    with fake.serve() as server:
        environ = {
            "TWILIO_ACCOUNT_SID": fake.account_sid,
            "TWILIO_AUTH_TOKEN": fake.auth_token,
            "TWILIO_SANSIO_BASE_URL": server.base_url,
        }
        sent = invoke("messages", "send", "--to", RECIPIENT, "--body", "hi",
                      "--format", "json", environ=environ)  # fmt: skip
    assert sent.code == 0, sent.err
    assert json.loads(sent.out)["from"] == SENDER


def test_other_credentials_need_a_sender_and_say_why() -> None:
    environ = {"TWILIO_ACCOUNT_SID": ACCOUNT, "TWILIO_AUTH_TOKEN": "t"}
    result = invoke("messages", "send", "--to", RECIPIENT, "--body", "hi", environ=environ)
    assert result.code == 2
    assert "--from is required when talking to Twilio (TWILIO_ACCOUNT_SID is set)" in result.err
    assert "real" not in result.err
