"""The ``twilio-sansio`` command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib import resources

DEMO_ACCOUNT = "AC0123456789abcdef0123456789abcdef"


def _demo(_args: argparse.Namespace) -> int:
    """Build a send_message request, print it, then parse a recorded answer."""
    from twilio_sansio.core.config import ClientConfig, Credentials
    from twilio_sansio.core.debug import render_request
    from twilio_sansio.core.http import Response
    from twilio_sansio.core.resources.messages import MessageOperations

    config = ClientConfig(DEMO_ACCOUNT, Credentials.from_auth_token(DEMO_ACCOUNT, "demo-token"))
    operation = MessageOperations(config).send_message(
        "+14105551234",
        "+14105556789",
        "Sent via Python \u2713",
        media_urls=["https://example.com/cat.jpg"],
    )
    print("# The request the core built (nothing is sent):")
    print(render_request(operation.request))
    body = resources.files("twilio_sansio.testing").joinpath("samples/message.json").read_bytes()
    message = operation.parse(Response(201, (("content-type", "application/json"),), body))
    print("\n# A recorded answer, parsed:")
    print(message)
    print(f"status={message.status} price={message.price} sent={message.date_sent}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the command line."""
    parser = argparse.ArgumentParser(prog="twilio-sansio", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser("demo", help="show a request built and a response parsed")
    demo.set_defaults(handler=_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = build_parser().parse_args(argv)
    handler = args.handler
    try:
        code: int = handler(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    return code
