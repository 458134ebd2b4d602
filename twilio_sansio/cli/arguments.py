"""Argument types and the option groups several commands share."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from twilio_sansio.cli.strict_parser import StrictParser

LIST_FORMATS = ("table", "json", "jsonl", "csv")
RECORD_FORMATS = ("text", "json")
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime.max.replace(tzinfo=UTC)


def moment(text: str) -> datetime:
    """Read an ISO 8601 date or date-time; a naive one is taken as UTC.

    Raises:
        argparse.ArgumentTypeError: ``text`` is neither.
    """
    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO date or date-time (2026-01-31 or 2026-01-31T09:30:00Z)"
        ) from None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed


def positive_int(text: str) -> int:
    """Read a whole number of at least 1.

    Raises:
        argparse.ArgumentTypeError: ``text`` is not one.
    """
    return _whole_number(text, 1, None, "a whole number of at least 1")


def port_number(text: str) -> int:
    """Read a TCP port, 0 to 65535 (0 picks a free one).

    Raises:
        argparse.ArgumentTypeError: ``text`` is not one.
    """
    return _whole_number(text, 0, 65535, "a port number (0 to 65535)")


def _whole_number(text: str, low: int, high: int | None, what: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not {what}") from None
    if value < low or (high is not None and value > high):
        raise argparse.ArgumentTypeError(f"{text!r} is not {what}")
    return value


def sid_of(prefix: str, kind: str) -> Callable[[str], str]:
    """Return an argument type reading a SID of ``prefix`` (``"AP"``), checked as the library does.

    Args:
        prefix: The SID's two letters.
        kind: What the SID names, for the error (``"an application"``).
    """

    def read(text: str) -> str:
        from twilio_sansio.core.errors import InvalidArgument
        from twilio_sansio.core.validation import check_sid

        try:
            return check_sid(kind, text, prefix)
        except InvalidArgument:
            raise argparse.ArgumentTypeError(
                f"{text!r} is not the SID of {kind} ({prefix} and 32 hex digits)"
            ) from None

    read.__name__ = f"{prefix} SID"
    return read


def json_object(text: str) -> str:
    """Check that ``text`` is a JSON object and return it as given.

    Raises:
        argparse.ArgumentTypeError: it is not valid JSON, or not an object.
    """
    import json

    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        raise argparse.ArgumentTypeError(f"{text!r:.60} is not valid JSON") from None
    if not isinstance(value, dict):
        raise argparse.ArgumentTypeError(f"{text!r:.60} is not a JSON object ({{...}})")
    return text


def key_value(text: str) -> tuple[str, str]:
    """Read ``name=value`` (the value may be empty or contain ``=``).

    Raises:
        argparse.ArgumentTypeError: there is no ``=`` or no name.
    """
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"{text!r} is not name=value")
    return name, value


def time_window(args: argparse.Namespace) -> tuple[datetime, datetime] | None:
    """Return ``[since, until)`` from ``--since``/``--until``, or None when neither is given.

    A missing bound is open: since the epoch, or until the end of time.
    """
    since: datetime | None = args.since
    until: datetime | None = args.until
    if since is None and until is None:
        return None
    return (since or EARLIEST, until or LATEST)


def command_with_actions(commands: Any, name: str, **options: Any) -> Any:
    """Add command ``name`` whose actions are sub-commands; return the table to add them to.

    Args:
        commands: The sub-command table of the whole command line.
        name: The command's name (``"calls"``).
        **options: ``help``, ``description`` and other options of its parser.
    """
    parser = commands.add_parser(name, **options)
    return parser.add_subparsers(dest="action", required=True, metavar="ACTION")


def api_options() -> argparse.ArgumentParser:
    """Options of every command that talks to Twilio's API."""
    parent = StrictParser(add_help=False)
    parent.add_argument(
        "--base-url",
        metavar="URL",
        help="send requests to this server instead of Twilio's (default: "
        "$TWILIO_SANSIO_BASE_URL); plain http only on 127.0.0.1/localhost",
    )
    return parent


def listing_options(*, ranged: bool = True) -> argparse.ArgumentParser:
    """Options of every command that lists records: format, limit, and a time range."""
    parent = StrictParser(add_help=False)
    parent.add_argument("--format", choices=LIST_FORMATS, default="table", help="output format")
    parent.add_argument("--limit", type=positive_int, metavar="N", help="at most N records")
    if not ranged:
        return parent
    parent.add_argument(
        "--since",
        type=moment,
        metavar="WHEN",
        help="from this ISO date or date-time (UTC if naive)",
    )
    parent.add_argument(
        "--until", type=moment, metavar="WHEN", help="before this ISO date or date-time (excluded)"
    )
    return parent


def record_options() -> argparse.ArgumentParser:
    """Options of every command that prints one record."""
    parent = StrictParser(add_help=False)
    parent.add_argument(
        "--format", choices=RECORD_FORMATS, default="text", help="text, or Twilio's JSON"
    )
    return parent
