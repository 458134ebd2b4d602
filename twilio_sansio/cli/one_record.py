"""Running a command that gets one record from Twilio and prints it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from twilio_sansio.cli.context import Context
from twilio_sansio.cli.output import View, show_record

if TYPE_CHECKING:
    from twilio_sansio.client import Client
    from twilio_sansio.core.model import Record


def print_record_of(context: Context, view: View, get: Callable[[Client], Record]) -> int:
    """Run ``get`` with a client of the session, then print the record it returns.

    The record is written in the command's ``--format`` (text or Twilio's JSON) once the
    client is closed.

    Args:
        context: The command's context.
        view: Which fields the text format shows.
        get: Makes the request (``lambda client: client.calls.make_call(...)``).

    Returns:
        The exit status (0).
    """
    with context.session.client() as client:
        record = get(client)
    show_record(record, view, context.args.format, context.stdout)
    return 0
