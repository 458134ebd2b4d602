"""The command line as users run it: ``python -m twilio_sansio`` in a subprocess.

These cost about 0.3 s each, so there are few; formatting and parsing are tested
in-process elsewhere.
"""

from __future__ import annotations

import base64
import json
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import jwt

from tests.cli._support import RECIPIENT, SENDER, run_cli, send_many
from twilio_sansio.testing.fake import FakeTwilio


def test_without_credentials_the_built_in_fake_keeps_state_between_commands(
    env: dict[str, str], state: Path
) -> None:
    sent = run_cli("messages", "send", "--to", RECIPIENT, "--body", "hello", env=env)
    assert sent.returncode == 0, sent.stderr
    assert sent.stderr.count("\n") == 1
    assert "built-in fake" in sent.stderr
    assert str(state) in sent.stderr
    sid = dict(line.split(None, 1) for line in sent.stdout.splitlines())["sid"]

    listed = run_cli("messages", "list", "--format", "jsonl", env=env)
    assert listed.returncode == 0, listed.stderr
    records = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [(r["sid"], r["from"], r["to"], r["body"]) for r in records] == [
        (sid, SENDER, RECIPIENT, "hello")
    ]

    assert run_cli("fake", "reset", env=env).returncode == 0
    after = run_cli("messages", "list", "--format", "jsonl", env=env)
    assert after.returncode == 0
    assert after.stdout == ""


def test_a_twilio_error_exits_1_with_its_code_and_link(env: dict[str, str]) -> None:
    result = run_cli("messages", "send", "--to", "+15005550001", "--body", "x", env=env)
    assert result.returncode == 1
    assert "21211" in result.stderr
    assert "https://www.twilio.com/docs/errors/21211" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_bad_usage_exits_2(env: dict[str, str]) -> None:
    unknown = run_cli("messages", "list", "--colour", "red", env=env)
    assert unknown.returncode == 2
    assert "--colour" in unknown.stderr

    invalid = run_cli("messages", "send", "--to", "12", "--body", "x", env=env)
    assert invalid.returncode == 2
    assert "not a valid phone number" in invalid.stderr
    assert "Traceback" not in invalid.stderr


def test_demo_sends_a_message_with_media_and_lists_it(env: dict[str, str], state: Path) -> None:
    result = run_cli("demo", env=env)
    assert result.returncode == 0, result.stderr
    assert "$ twilio-sansio messages send" in result.stdout
    assert "https://example.com/cat.jpg" in result.stdout
    header = next(line for line in result.stdout.splitlines() if line.startswith("SID "))
    assert header.split() == ["SID", "SENT", "(UTC)", "FROM", "TO", "STATUS", "MEDIA", "BODY"]
    assert "Sent via Python ✓" in result.stdout
    assert not state.exists()  # the demo leaves the built-in fake alone


def test_token_prints_a_jwt_with_the_identity_and_grants(env: dict[str, str]) -> None:
    account = "AC" + "a" * 32
    key = "SK" + "b" * 32
    secret = "s" * 32
    env |= {"TWILIO_ACCOUNT_SID": account, "TWILIO_API_KEY": key, "TWILIO_API_SECRET": secret}
    result = run_cli(
        "token", "--identity", "alice", "--video-room", "standup", "--ttl", "600", env=env
    )
    assert result.returncode == 0, result.stderr
    claims = jwt.decode(result.stdout.strip(), secret, algorithms=["HS256"])
    assert (claims["iss"], claims["sub"]) == (key, account)
    assert claims["exp"] - claims["iat"] == 600
    assert claims["grants"] == {"identity": "alice", "video": {"room": "standup"}}


def test_webhook_sign_then_verify(env: dict[str, str]) -> None:
    env |= {"TWILIO_ACCOUNT_SID": "AC" + "a" * 32, "TWILIO_AUTH_TOKEN": "secret-token"}
    request = ["--url", "https://example.com/sms?x=1", "--param", "Body=hi", "--param", "To=+1"]
    signed = run_cli("webhook", "sign", *request, env=env)
    assert signed.returncode == 0, signed.stderr
    signature = signed.stdout.strip()
    assert len(base64.b64decode(signature)) == 20  # an HMAC-SHA1

    valid = run_cli("webhook", "verify", *request, "--signature", signature, env=env)
    assert (valid.returncode, valid.stdout) == (0, "valid\n")
    tampered = run_cli(
        "webhook", "verify", *request[:-2], "--param", "To=+2", "--signature", signature, env=env
    )
    assert (tampered.returncode, tampered.stdout) == (1, "invalid\n")


def test_ctrl_c_stops_the_fake_server_with_130(env: dict[str, str]) -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "twilio_sansio", "fake-server", "--port", "0"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as server:
        err = _interrupt_after_one_request(server)
    assert server.returncode == 130
    assert "Traceback" not in err
    assert "GET /2010-04-01/Accounts/" in err  # each request is logged on stderr


def _interrupt_after_one_request(server: subprocess.Popen[str]) -> str:
    """Wait for the server's exports, list its messages over HTTP, then press Ctrl-C."""
    try:
        assert server.stdout is not None
        exports = dict(
            server.stdout.readline().removeprefix("export ").strip().split("=", 1) for _ in range(3)
        )
        base_url = exports["TWILIO_SANSIO_BASE_URL"]
        account, token = exports["TWILIO_ACCOUNT_SID"], exports["TWILIO_AUTH_TOKEN"]
        request = urllib.request.Request(
            f"{base_url}/2010-04-01/Accounts/{account}/Messages.json",
            headers={
                "Authorization": "Basic " + base64.b64encode(f"{account}:{token}".encode()).decode()
            },
        )
        with urllib.request.urlopen(request, timeout=5) as answer:
            assert json.load(answer)["messages"] == []
        server.send_signal(signal.SIGINT)
        return server.communicate(timeout=10)[1]
    finally:
        if server.poll() is None:
            server.kill()


def test_real_credentials_and_base_url_reach_that_server(env: dict[str, str], state: Path) -> None:
    fake = FakeTwilio()
    env |= {"TWILIO_ACCOUNT_SID": fake.account_sid, "TWILIO_AUTH_TOKEN": fake.auth_token}
    with fake.serve() as server:
        result = run_cli(
            "messages", "send", "--base-url", server.base_url,
            "--from", SENDER, "--to", RECIPIENT, "--body", "over HTTP", env=env,
        )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "fake" not in result.stderr
    with fake.client() as client:
        assert [m.body for m in client.messages.iterate()] == ["over HTTP"]
    assert not state.exists()


def test_jsonl_into_a_pipe_closed_early_exits_quietly(env: dict[str, str], state: Path) -> None:
    fake = FakeTwilio()
    send_many(fake, 300)
    fake.save(state)
    with subprocess.Popen(
        [sys.executable, "-m", "twilio_sansio", "messages", "list", "--format", "jsonl"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as reader:
        assert reader.stdout is not None
        assert reader.stderr is not None
        first = json.loads(reader.stdout.readline())
        reader.stdout.close()
        err = reader.stderr.read().decode()
        reader.wait(timeout=10)
    assert first["body"] == "message 299"
    assert reader.returncode == 141
    assert "Traceback" not in err
    assert "BrokenPipe" not in err
