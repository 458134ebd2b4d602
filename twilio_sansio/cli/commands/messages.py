"""``messages send`` and ``messages list``."""

from __future__ import annotations

import argparse
from typing import Any

from twilio_sansio.cli.arguments import (
    command_with_actions,
    json_object,
    listing_options,
    record_options,
    sid_of,
)
from twilio_sansio.cli.context import Context
from twilio_sansio.cli.errors import UsageError
from twilio_sansio.cli.listing import list_in_window
from twilio_sansio.cli.one_record import print_record_of
from twilio_sansio.cli.output import PARTY_COLUMNS, SID_COLUMN, View, keys, raw_column, time_column

MESSAGES = View(
    noun="messages",
    columns=(
        SID_COLUMN,
        time_column("SENT (UTC)", "message_time"),
        *PARTY_COLUMNS,
        raw_column("MEDIA", "num_media"),
        raw_column("BODY", "body", 40),
    ),
    fields=keys(
        "sid date_created date_sent date_updated from to status direction body num_media "
        "num_segments price price_unit error_code error_message messaging_service_sid "
        "account_sid uri"
    ),
    details=keys(
        "sid status from to body num_media num_segments direction date_created date_sent "
        "price price_unit error_code error_message"
    ),
    time_rule="message_time",
)


def register(commands: Any, api: argparse.ArgumentParser) -> None:
    """Add ``messages send`` and ``messages list``."""
    actions = command_with_actions(commands, "messages", help="send and list messages")

    send = actions.add_parser(
        "send", parents=[api, record_options()], help="send an SMS or MMS and print it"
    )
    send.add_argument(
        "--from",
        dest="from_",
        metavar="SENDER",
        help="a number of yours, a short code or a sender ID (with the built-in fake, "
        "default +15005550006, Twilio's magic valid sender)",
    )
    send.add_argument("--to", required=True, metavar="RECIPIENT", help="who gets the message")
    send.add_argument("--body", help="the text (up to 1,600 characters)")
    send.add_argument(
        "--media-url",
        dest="media_urls",
        action="append",
        default=[],
        metavar="URL",
        help="a public URL of media to attach (repeatable)",
    )
    send.add_argument(
        "--content-sid",
        type=sid_of("HX", "a content template"),
        metavar="HX_SID",
        help="send this content template (Content API) instead of, or beside, --body",
    )
    send.add_argument(
        "--content-variables",
        type=json_object,
        metavar="JSON",
        help='the template\'s variables, as a JSON object such as \'{"1": "Alice"}\'',
    )
    send.set_defaults(
        handler=send_message,
        api_names={
            "media_urls[]": "--media-url",
            "media_urls": "--media-url",
            "a ContentSid": "--content-sid",
            "ContentSid": "--content-sid",
            "a body": "--body",
            "from_": "--from",
            "to must": "--to must",
        },
    )

    listing = actions.add_parser(
        "list", parents=[api, listing_options()], help="list messages, newest first"
    )
    listing.add_argument("--to", metavar="RECIPIENT", help="only messages to this address")
    listing.add_argument("--from", dest="from_", metavar="SENDER", help="only from this address")
    listing.set_defaults(handler=list_messages)


def send_message(context: Context) -> int:
    """Send the message and print it."""
    args = context.args
    if args.content_variables is not None and args.content_sid is None:
        raise UsageError("--content-variables needs --content-sid")
    sender = context.session.sender(args.from_)
    content = {
        name: value
        for name, value in (
            ("ContentSid", args.content_sid),
            ("ContentVariables", args.content_variables),
        )
        if value is not None
    }
    return print_record_of(
        context,
        MESSAGES,
        lambda client: client.messages.send_message(
            sender, args.to, args.body, media_urls=args.media_urls, **content
        ),
    )


def list_messages(context: Context) -> int:
    """Stream the messages, in the chosen format."""
    args = context.args
    return list_in_window(
        context, MESSAGES, lambda client: client.messages, to=args.to, from_=args.from_
    )
