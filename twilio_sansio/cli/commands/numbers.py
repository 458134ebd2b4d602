"""``numbers search``, ``numbers buy``, ``numbers release`` and ``numbers list``."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from twilio_sansio.cli.arguments import (
    command_with_actions,
    listing_options,
    record_options,
    sid_of,
)
from twilio_sansio.cli.context import Context
from twilio_sansio.cli.errors import CommandFailed
from twilio_sansio.cli.listing import list_records
from twilio_sansio.cli.one_record import print_record_of
from twilio_sansio.cli.output import SID_COLUMN, Column, View, keys, raw_column

if TYPE_CHECKING:
    from twilio_sansio.client import Client
    from twilio_sansio.core.paging import Page

NUMBER_TYPES = {"local": "Local", "toll-free": "TollFree", "mobile": "Mobile"}


def _capabilities(number: Any) -> str:
    capabilities = number.raw.get("capabilities") or {}
    if not isinstance(capabilities, dict):
        return ""
    names = ("voice", "sms", "mms", "fax")
    return ",".join(
        name for name in names if capabilities.get(name) or capabilities.get(name.upper())
    )


_NUMBER = raw_column("NUMBER", "phone_number")
_CAPABILITIES = Column("CAPABILITIES", _capabilities)

AVAILABLE = View(
    noun="numbers",
    columns=(
        _NUMBER,
        raw_column("FRIENDLY NAME", "friendly_name", 20),
        raw_column("LOCALITY", "locality", 20),
        raw_column("REGION", "region"),
        raw_column("COUNTRY", "iso_country"),
        _CAPABILITIES,
    ),
    fields=keys(
        "phone_number friendly_name locality region postal_code iso_country lata "
        "rate_center latitude longitude address_requirements beta capabilities"
    ),
    details=("phone_number", "friendly_name", "locality", "region", "iso_country"),
)

OWNED = View(
    noun="numbers",
    columns=(
        SID_COLUMN,
        _NUMBER,
        raw_column("FRIENDLY NAME", "friendly_name", 24),
        _CAPABILITIES,
        raw_column("SMS URL", "sms_url", 40),
    ),
    fields=keys(
        "sid phone_number friendly_name date_created capabilities sms_url voice_url "
        "status account_sid uri"
    ),
    details=keys(
        "sid phone_number friendly_name status date_created capabilities sms_url voice_url"
    ),
)


def register(commands: Any, api: argparse.ArgumentParser) -> None:
    """Add the ``numbers`` commands."""
    actions = command_with_actions(
        commands, "numbers", help="search, buy, list and release phone numbers"
    )

    search = actions.add_parser(
        "search", parents=[api, listing_options(ranged=False)], help="search the numbers for sale"
    )
    search.add_argument("country", metavar="COUNTRY", help="ISO country code, such as US")
    search.add_argument("--area-code", metavar="NNN", help="only in this area code")
    search.add_argument("--contains", metavar="PATTERN", help="only numbers matching this")
    search.add_argument(
        "--type",
        dest="number_type",
        choices=tuple(NUMBER_TYPES),
        default="local",
        help="the kind of number: local (the default), toll-free or mobile; not every "
        "country offers every kind",
    )
    search.set_defaults(handler=search_numbers, api_names={"area_code": "--area-code"})

    buy = actions.add_parser("buy", parents=[api, record_options()], help="buy a number")
    buy.add_argument("phone_number", metavar="NUMBER", help="the number, as search shows it")
    buy.set_defaults(handler=buy_number)

    release = actions.add_parser("release", parents=[api], help="release a number you own")
    release.add_argument(
        "sid",
        type=sid_of("PN", "a phone number"),
        metavar="PN_SID",
        help="the number's SID (PN…), as numbers list shows it",
    )
    release.set_defaults(handler=release_number)

    owned = actions.add_parser(
        "list", parents=[api, listing_options(ranged=False)], help="list the numbers you own"
    )
    owned.set_defaults(handler=list_numbers)


def search_numbers(context: Context) -> int:
    """Stream the numbers for sale that match.

    Raises:
        CommandFailed: Twilio sells no numbers of that kind in that country (its 404).
    """
    from twilio_sansio.core.errors import APIError

    args = context.args

    def pages_of(client: Client, page_size: int | None) -> Iterable[Page[Any]]:
        return client.available_numbers.get_page_iterator(
            args.country,
            NUMBER_TYPES[args.number_type],
            area_code=args.area_code,
            contains=args.contains,
            page_size=page_size,
        )

    try:
        return list_records(context, AVAILABLE, pages_of)
    except APIError as error:
        if error.status != 404:
            raise
        raise CommandFailed(
            f"Twilio offers no {args.number_type} numbers in {args.country.upper()}: either "
            "the country does not have that kind (try another --type) or it is not a "
            "country code Twilio sells numbers in (an ISO code such as US or GB)"
        ) from None


def buy_number(context: Context) -> int:
    """Buy the number and print it."""
    phone_number = context.args.phone_number
    return print_record_of(
        context, OWNED, lambda client: client.incoming_numbers.buy_number(phone_number)
    )


def release_number(context: Context) -> int:
    """Release the number, after checking that the account still owns it.

    The library's release, like any delete, takes a number already gone as done (so a
    retried release is safe); a person typing the command wants to hear about it.

    Raises:
        CommandFailed: the account does not own the number (any more).
    """
    from twilio_sansio.core.errors import APIError

    sid = context.args.sid
    with context.session.client() as client:
        try:
            client.incoming_numbers.get(sid)
        except APIError as error:
            if error.status != 404:
                raise
            raise CommandFailed(
                f"{sid} is not a number of this account: already released, or never bought "
                "(numbers list shows the ones you own)"
            ) from None
        client.incoming_numbers.release(sid)
    context.stdout.write(f"released {sid}\n")
    return 0


def list_numbers(context: Context) -> int:
    """Stream the numbers the account owns."""

    def pages_of(client: Client, page_size: int | None) -> Iterable[Page[Any]]:
        return client.incoming_numbers.get_page_iterator(page_size=page_size)

    return list_records(context, OWNED, pages_of)
