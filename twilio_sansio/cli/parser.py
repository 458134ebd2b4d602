"""The argument parser of ``twilio-sansio``: every command module adds its own parsers."""

from __future__ import annotations

import argparse

from twilio_sansio.cli.arguments import api_options
from twilio_sansio.cli.commands import (
    calls,
    demo,
    fake,
    lookup,
    messages,
    numbers,
    tokens,
    verify,
    webhooks,
)
from twilio_sansio.cli.strict_parser import StrictParser

DESCRIPTION = """\
Twilio from the command line, with twilio-sansio.

Credentials come from TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or with TWILIO_API_KEY
and TWILIO_API_SECRET. With none set, commands use a built-in fake Twilio whose state is
kept in $TWILIO_SANSIO_FAKE_STATE (default: $XDG_CACHE_HOME/twilio-sansio/fake-state.json).
"""

EPILOG = """\
exit codes: 0 success, 1 Twilio error or network failure, 2 bad usage, 130 interrupted;
3 when `verify check` finds the code wrong.
Try: twilio-sansio demo
"""

MODULES = (messages, calls, numbers, verify, lookup, tokens, webhooks, fake, demo)


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of the whole command line (every parser a :class:`StrictParser`)."""
    from twilio_sansio._version import __version__

    parser = StrictParser(
        prog="twilio-sansio",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    api = api_options()
    for module in MODULES:
        module.register(commands, api)
    return parser
