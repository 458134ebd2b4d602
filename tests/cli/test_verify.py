"""``verify service``, ``verify send`` and ``verify check``, against a fake Twilio."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.cli._support import RECIPIENT, invoke
from twilio_sansio.testing.fake import FakeTwilio

CODE_NOTE = re.compile(r"sent the code (\d+) to (\S+)")


def test_send_prints_the_verification_and_check_exits_0_on_the_right_code(
    fake: FakeTwilio,
) -> None:
    service = fake.seed_verify_service("Shop")["sid"]
    sent = invoke("verify", "send", service, RECIPIENT, "--format", "json", fake=fake)
    assert sent.code == 0, sent.err
    verification = json.loads(sent.out)
    assert (verification["status"], verification["to"], verification["channel"]) == (
        "pending",
        RECIPIENT,
        "sms",
    )
    code = fake.verify_code(service, RECIPIENT)
    assert CODE_NOTE.search(sent.err).groups() == (code, RECIPIENT)  # type: ignore[union-attr]
    checked = invoke("verify", "check", service, RECIPIENT, code, fake=fake)
    assert (checked.code, checked.out) == (0, "approved\n")


def test_check_exits_3_on_a_wrong_code_and_1_when_nothing_is_pending(fake: FakeTwilio) -> None:
    service = fake.seed_verify_service()["sid"]
    assert invoke("verify", "send", service, RECIPIENT, "--channel", "call", fake=fake).code == 0
    wrong = invoke("verify", "check", service, RECIPIENT, "0000000", fake=fake)
    assert (wrong.code, wrong.out) == (3, "not approved: wrong code\n")
    nothing = invoke("verify", "check", service, "+14105551235", "123456", fake=fake)
    assert nothing.code == 1
    assert "20404" in nothing.err


def test_bad_arguments_are_usage_errors_in_the_command_lines_words(fake: FakeTwilio) -> None:
    service = fake.seed_verify_service()["sid"]
    email_by_sms = invoke("verify", "send", service, "user@example.com", fake=fake)
    assert email_by_sms.code == 2
    not_a_service = invoke("verify", "check", "MG" + "0" * 32, RECIPIENT, "123456", fake=fake)
    assert not_a_service.code == 2
    assert "SERVICE_SID" in not_a_service.err
    unknown_channel = invoke("verify", "send", service, RECIPIENT, "--channel", "fax", fake=fake)
    assert unknown_channel.code == 2


def test_the_whole_flow_offline_on_the_built_in_fake(
    builtin_env: dict[str, str], state: Path
) -> None:
    made = invoke(
        "verify", "service", "Shop", "--code-length", "4", "--format", "json", environ=builtin_env
    )
    assert made.code == 0, made.err
    service = json.loads(made.out)
    assert service["code_length"] == 4
    sent = invoke("verify", "send", service["sid"], RECIPIENT, environ=builtin_env)
    assert sent.code == 0, sent.err
    found = CODE_NOTE.search(sent.err)
    assert found is not None
    code = found.group(1)
    assert len(code) == 4
    checked = invoke("verify", "check", service["sid"], RECIPIENT, code, environ=builtin_env)
    assert (checked.code, checked.out) == (0, "approved\n")
    assert state.is_file()
