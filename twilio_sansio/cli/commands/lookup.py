"""``lookup NUMBER``: what Twilio's Lookup v2 knows about a phone number."""

from __future__ import annotations

import argparse
from typing import Any

from twilio_sansio.cli.arguments import record_options
from twilio_sansio.cli.context import Context
from twilio_sansio.cli.one_record import print_record_of
from twilio_sansio.cli.output import View, keys

PACKAGES = keys(
    "caller_name sim_swap call_forwarding line_status line_type_intelligence identity_match "
    "reassigned_number sms_pumping_risk phone_number_quality_score pre_fill"
)

LOOKUP = View(
    noun="lookups",
    columns=(),
    fields=(),
    details=(
        *keys(
            "phone_number valid validation_errors national_format country_code calling_country_code"
        ),
        *PACKAGES,
    ),
)


def register(commands: Any, api: argparse.ArgumentParser) -> None:
    """Add the ``lookup`` command."""
    lookup = commands.add_parser(
        "lookup",
        parents=[api, record_options()],
        help="look a phone number up: is it valid, and what kind of line is it",
        description="Look a phone number up with Twilio's Lookup v2. Without --fields, "
        "the free basic lookup: whether the number is valid, and its formats.",
    )
    lookup.add_argument(
        "phone_number", metavar="NUMBER", help="the number, in E.164 (+14155552671) or national"
    )
    lookup.add_argument(
        "--fields",
        metavar="PACKAGES",
        help="data packages to add, comma-separated (paid): line_type_intelligence, "
        "caller_name, sim_swap, call_forwarding, line_status, identity_match, "
        "reassigned_number, sms_pumping_risk, phone_number_quality_score, pre_fill, "
        "validation",
    )
    lookup.add_argument(
        "--country-code",
        metavar="CC",
        help="the country of a national number, such as GB (Twilio's default is US)",
    )
    lookup.set_defaults(
        handler=look_up,
        api_names={
            "phone_number": "NUMBER",
            "fields": "--fields",
            "country_code": "--country-code",
        },
    )


def look_up(context: Context) -> int:
    """Look the number up and print what Twilio answered."""
    args = context.args
    return print_record_of(
        context,
        LOOKUP,
        lambda client: client.lookups.phone_numbers.get(
            args.phone_number, fields=args.fields, country_code=args.country_code
        ),
    )
