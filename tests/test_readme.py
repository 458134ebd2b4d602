"""The README's "A short tour" runs as written against the ``fake_twilio`` fixture.

The code is read from README.md itself, so that the two cannot drift apart. Only what
the tour cannot know is substituted: the client's construction (the fixture's client
instead of ``Client("AC…", "auth-token")``) and the placeholder subaccount SID. The
fake is set up as the reader's account would be: it owns the tour's sender number and
has a subaccount, and its clock is in January 2026, inside the tour's time range.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests._clock import ManualClock
from twilio_sansio.testing import FakeTwilio

README = Path(__file__).resolve().parent.parent / "README.md"
TOUR_SENDER = "+14105551234"
CONSTRUCTION = 'Client("AC…", "auth-token")'
SUBACCOUNT_PLACEHOLDER = 'for_subaccount("AC…")'


def tour_code() -> str:
    """Return the first python block under the README's "A short tour" heading."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## A short tour", 1)[1]
    found = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert found is not None, "the tour has no python block"
    return found.group(1)


def runnable_tour(subaccount_sid: str) -> str:
    """Return the tour with only its construction and placeholder SID substituted."""
    code = tour_code()
    assert code.count(CONSTRUCTION) == 1, "the tour no longer builds its client as expected"
    assert code.count(SUBACCOUNT_PLACEHOLDER) == 1, "the tour's subaccount placeholder moved"
    code = code.replace(CONSTRUCTION, "fake_twilio.client()")
    code = code.replace(SUBACCOUNT_PLACEHOLDER, f'for_subaccount("{subaccount_sid}")')
    literals = re.findall(r'"[^"\n]*…[^"\n]*"', code)
    assert literals == [], f"placeholders left in the tour: {literals}"
    return code


def test_the_readme_tour_runs_against_the_fixture(
    fake_twilio: FakeTwilio, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_twilio.store.clock = ManualClock(datetime(2026, 1, 15, 9, 30, tzinfo=UTC))
    fake_twilio.seed_incoming_number(TOUR_SENDER)
    with fake_twilio.client() as setup:
        subaccount = setup.accounts.create(friendly_name="tour")
    assert subaccount.sid is not None
    namespace: dict[str, Any] = {"fake_twilio": fake_twilio, "__name__": "readme_tour"}

    exec(compile(runnable_tour(subaccount.sid), str(README), "exec"), namespace)

    printed = capsys.readouterr().out.split()
    assert printed[:2] == ["delivered", "$0.0079"]
    message = namespace["msg"]
    # The range loop is the last to bind ``m``: it found the tour's message.
    assert namespace["m"].sid == message.sid
    assert len(namespace["urls"]) == 1
    assert namespace["urls"][0].startswith("https://")
    assert namespace["number"].phone_number == namespace["found"].records[0].phone_number
    with fake_twilio.client() as client:
        assert [m.sid for m in client.messages.iterate()] == []  # redacted, then deleted
        assert client.calls.get(namespace["call"].sid).status == "canceled"
