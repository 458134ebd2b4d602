"""``demo``: the command line at work against a fresh fake Twilio, offline.

It runs real commands (printed as typed) against an in-memory fake seeded for stable
SIDs, so its output reads the same every time but for the timestamps, and it never
touches the network, the environment's credentials or the built-in fake's saved state:
what it sends is gone when it ends, which its last lines say.
"""

from __future__ import annotations

import argparse
import shlex
from typing import Any

from twilio_sansio.cli.context import Context
from twilio_sansio.cli.session import FAKE_SENDER, Session

DEMO_SEED = 2010
COMMANDS = (
    [
        "messages", "send", "--from", FAKE_SENDER, "--to", "+14105556789",
        "--body", "Sent via Python \u2713", "--media-url", "https://example.com/cat.jpg",
    ],
    [
        "messages", "send", "--from", FAKE_SENDER, "--to", "+14155550123",
        "--body", "A second message, without media.",
    ],
    ["messages", "list"],
)  # fmt: skip


def register(commands: Any, api: argparse.ArgumentParser) -> None:
    """Add ``demo``."""
    parser = commands.add_parser(
        "demo",
        help="send a message with media to a fake Twilio and list messages (offline)",
    )
    parser.set_defaults(handler=run_demo)


def run_demo(context: Context) -> int:
    """Run :data:`COMMANDS` against a fresh seeded fake, each after its command line."""
    from twilio_sansio.cli.parser import build_parser
    from twilio_sansio.testing.fake import FakeTwilio

    context.note("demo: a fresh in-memory fake Twilio answers; nothing leaves this machine")
    fake = FakeTwilio(seed=DEMO_SEED)
    session = Session(context.session.environ, context.note, fake=fake)
    parser = build_parser()
    out = context.stdout
    for number, argv in enumerate(COMMANDS):
        out.write(("\n" if number else "") + "$ twilio-sansio " + shlex.join(argv) + "\n")
        out.flush()
        args = parser.parse_args(argv)
        code: int = args.handler(Context(args, out, context.stderr, session))
        if code:
            return code
    out.write(
        "\n# The demo ran on a fresh fake Twilio in memory: it saved nothing.\n"
        "# Typed in a shell without credentials, the same commands use the built-in fake,\n"
        "# whose state is saved between commands (see: twilio-sansio fake path);\n"
        "# set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN to talk to Twilio.\n"
    )
    return 0
