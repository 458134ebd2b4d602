"""``webhook sign`` and ``webhook verify``: Twilio's ``X-Twilio-Signature``."""

from __future__ import annotations

import argparse
from typing import Any

from twilio_sansio.cli.arguments import command_with_actions, key_value
from twilio_sansio.cli.context import Context
from twilio_sansio.cli.errors import FAILURE, OK


def register(commands: Any, api: argparse.ArgumentParser) -> None:
    """Add ``webhook sign`` and ``webhook verify``."""
    actions = command_with_actions(
        commands,
        "webhook",
        help="sign or verify a webhook request's X-Twilio-Signature",
        description="Sign or verify with the auth token in TWILIO_AUTH_TOKEN (with no "
        "credentials set, the built-in fake's).",
    )
    sign = actions.add_parser("sign", help="print the signature Twilio would send")
    verify = actions.add_parser("verify", help="exit 0 if the signature is valid, 1 if not")
    for action in (sign, verify):
        action.add_argument("--url", required=True, help="the full URL Twilio requests")
        action.add_argument(
            "--param",
            dest="params",
            type=key_value,
            action="append",
            default=[],
            metavar="NAME=VALUE",
            help="a form parameter of the POST (repeatable)",
        )
    verify.add_argument("--signature", required=True, help="the X-Twilio-Signature value")
    sign.set_defaults(handler=sign_request)
    verify.set_defaults(handler=verify_request)


def sign_request(context: Context) -> int:
    """Print the signature of the URL and parameters."""
    from twilio_sansio.core.webhooks import signature_for

    args = context.args
    token = context.session.auth_token()
    context.stdout.write(signature_for(token, args.url, args.params) + "\n")
    return OK


def verify_request(context: Context) -> int:
    """Say whether the signature is valid; exit 0 if it is, 1 if not."""
    from twilio_sansio.core.webhooks import validate_signature

    args = context.args
    token = context.session.auth_token()
    if validate_signature(token, args.url, args.params, args.signature):
        context.stdout.write("valid\n")
        return OK
    context.stdout.write("invalid\n")
    return FAILURE
