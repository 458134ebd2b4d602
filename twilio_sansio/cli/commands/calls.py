"""``calls make`` and ``calls list``."""

from __future__ import annotations

import argparse
from typing import Any

from twilio_sansio.cli.arguments import command_with_actions, listing_options, record_options
from twilio_sansio.cli.context import Context
from twilio_sansio.cli.listing import list_in_window
from twilio_sansio.cli.one_record import print_record_of
from twilio_sansio.cli.output import PARTY_COLUMNS, SID_COLUMN, View, keys, raw_column, time_column

CALLS = View(
    noun="calls",
    columns=(
        SID_COLUMN,
        time_column("STARTED (UTC)", "call_time"),
        *PARTY_COLUMNS,
        raw_column("DIRECTION", "direction"),
        raw_column("SECONDS", "duration"),
    ),
    fields=keys(
        "sid date_created start_time end_time from to status direction duration price "
        "price_unit answered_by parent_call_sid account_sid uri"
    ),
    details=keys(
        "sid status from to direction date_created start_time end_time duration price price_unit"
    ),
    time_rule="call_time",
)


def register(commands: Any, api: argparse.ArgumentParser) -> None:
    """Add ``calls make`` and ``calls list``."""
    actions = command_with_actions(commands, "calls", help="make and list calls")

    make = actions.add_parser(
        "make", parents=[api, record_options()], help="place a call and print it"
    )
    make.add_argument(
        "--from",
        dest="from_",
        metavar="CALLER",
        help="the caller ID (with the built-in fake, default +15005550006)",
    )
    make.add_argument("--to", required=True, metavar="CALLEE", help="who to call")
    answer = make.add_mutually_exclusive_group(required=True)
    answer.add_argument("--url", help="the URL of the TwiML that runs the call")
    answer.add_argument("--twiml", help="TwiML to run instead of fetching a URL")
    make.set_defaults(handler=make_call, api_names={"from_": "--from", "to must": "--to must"})

    listing = actions.add_parser(
        "list", parents=[api, listing_options()], help="list calls, newest first"
    )
    listing.add_argument("--to", metavar="CALLEE", help="only calls to this address")
    listing.add_argument("--from", dest="from_", metavar="CALLER", help="only from this address")
    listing.add_argument("--status", help="only calls in this status (completed, busy, ...)")
    listing.set_defaults(handler=list_calls)


def make_call(context: Context) -> int:
    """Place the call and print it."""
    args = context.args
    caller = context.session.sender(args.from_)
    return print_record_of(
        context,
        CALLS,
        lambda client: client.calls.make_call(caller, args.to, args.url, twiml=args.twiml),
    )


def list_calls(context: Context) -> int:
    """Stream the calls, in the chosen format."""
    args = context.args
    return list_in_window(
        context,
        CALLS,
        lambda client: client.calls,
        to=args.to,
        from_=args.from_,
        status=args.status,
    )
