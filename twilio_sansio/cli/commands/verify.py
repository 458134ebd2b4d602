"""``verify service``, ``verify send`` and ``verify check``: one-time codes with Verify v2."""

from __future__ import annotations

import argparse
from typing import Any

from twilio_sansio.cli.arguments import command_with_actions, record_options
from twilio_sansio.cli.context import Context
from twilio_sansio.cli.one_record import print_record_of
from twilio_sansio.cli.output import SID_COLUMN, View, keys, raw_column, show_record

NOT_APPROVED = 3
"""The exit status of ``verify check`` when the code was wrong (the verification is pending)."""

SERVICES = View(
    noun="services",
    columns=(SID_COLUMN, raw_column("NAME", "friendly_name"), raw_column("DIGITS", "code_length")),
    fields=keys("sid friendly_name code_length date_created account_sid url"),
    details=keys("sid friendly_name code_length date_created"),
)
VERIFICATIONS = View(
    noun="verifications",
    columns=(SID_COLUMN, raw_column("TO", "to"), raw_column("STATUS", "status")),
    fields=keys("sid service_sid to channel status valid date_created date_updated url"),
    details=keys("sid service_sid to channel status date_created"),
)
CHANNELS = ("sms", "call", "whatsapp", "email", "sna", "auto")


def register(commands: Any, api: argparse.ArgumentParser) -> None:
    """Add ``verify service``, ``verify send`` and ``verify check``."""
    actions = command_with_actions(commands, "verify", help="send and check one-time codes")

    service = actions.add_parser(
        "service", parents=[api, record_options()], help="create a Verify service and print it"
    )
    service.add_argument("name", metavar="NAME", help="the name in the messages (up to 32)")
    service.add_argument(
        "--code-length", type=int, metavar="DIGITS", help="digits per code, 4 to 10 (default 6)"
    )
    service.set_defaults(handler=create_service, api_names={"friendly_name": "NAME"})

    send = actions.add_parser(
        "send", parents=[api, record_options()], help="send a code and print the verification"
    )
    send.add_argument("service_sid", metavar="SERVICE_SID", help="the Verify service (VA...)")
    send.add_argument("to", metavar="TO", help="a phone number (E.164), or an email address")
    send.add_argument("--channel", default="sms", choices=CHANNELS, help="default: sms")
    send.set_defaults(handler=send_code, api_names={"service_sid": "SERVICE_SID", "to": "TO"})

    check = actions.add_parser(
        "check",
        parents=[api],
        help=f"check a code: exit 0 when approved, {NOT_APPROVED} when the code is wrong",
    )
    check.add_argument("service_sid", metavar="SERVICE_SID", help="the Verify service (VA...)")
    check.add_argument("to", metavar="TO", help="the phone number or email the code went to")
    check.add_argument("code", metavar="CODE", help="the code the user typed")
    check.set_defaults(
        handler=check_code, api_names={"service_sid": "SERVICE_SID", "to": "TO", "code": "CODE"}
    )


def create_service(context: Context) -> int:
    """Create the service and print it."""
    args = context.args
    return print_record_of(
        context,
        SERVICES,
        lambda client: client.verify.services.create(args.name, code_length=args.code_length),
    )


def send_code(context: Context) -> int:
    """Send the code and print the verification; with a fake, say which code it sent."""
    args = context.args
    with context.session.client_and_fake() as (client, fake):
        verification = client.verify.send_code(args.service_sid, args.to, args.channel)
        code = fake.verify_code(args.service_sid, str(verification.to)) if fake else None
    if code is not None:
        context.note(f"the fake Twilio sent the code {code} to {verification.to}")
    show_record(verification, VERIFICATIONS, args.format, context.stdout)
    return 0


def check_code(context: Context) -> int:
    """Check the code; print ``approved`` (exit 0) or ``not approved`` (exit 3)."""
    args = context.args
    with context.session.client() as client:
        approved = client.verify.check_code(args.service_sid, args.to, args.code)
    context.stdout.write("approved\n" if approved else "not approved: wrong code\n")
    return 0 if approved else NOT_APPROVED
