"""Running the command line in tests: in-process with a fake, or as a subprocess."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests._clock import ManualClock
from twilio_sansio.cli import main
from twilio_sansio.testing.fake import FakeTwilio

SENDER = "+15005550006"
RECIPIENT = "+14105551234"


@dataclass
class Outcome:
    """What a command did: its exit code and what it wrote."""

    code: int
    out: str
    err: str


def invoke(
    *argv: str, fake: FakeTwilio | None = None, environ: dict[str, str] | None = None
) -> Outcome:
    """Run the command line in this process, with ``fake`` answering if given."""
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), fake=fake, stdout=out, stderr=err, environ=environ or {})
    return Outcome(code, out.getvalue(), err.getvalue())


def clean_env(state: Path) -> dict[str, str]:
    """This process's environment without Twilio's variables, with the fake's state at ``state``."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("TWILIO_") and name != "DEBUG_HTTP_TRAFFIC"
    }
    env["TWILIO_SANSIO_FAKE_STATE"] = str(state)
    return env


def run_cli(
    *argv: str, env: dict[str, str], timeout: float = 30
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m twilio_sansio`` as a subprocess and capture its output."""
    return subprocess.run(
        [sys.executable, "-m", "twilio_sansio", *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def send_many(fake: FakeTwilio, count: int, body: str = "message") -> None:
    """Send ``count`` messages through ``fake`` (in memory)."""
    with fake.client() as client:
        for number in range(count):
            client.messages.send_message(SENDER, RECIPIENT, f"{body} {number}")


MovableClock = ManualClock
"""A clock a test sets by hand (the shared one)."""
