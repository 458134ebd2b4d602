"""What every command receives: its arguments, its streams and its session."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, NamedTuple, TextIO

if TYPE_CHECKING:
    from twilio_sansio.cli.session import Session


class Context(NamedTuple):
    """One run of a command.

    Attributes:
        args: The parsed command line.
        stdout: Where results go.
        stderr: Where notes, progress and errors go.
        session: Credentials or the fake, and the clients built from them.
    """

    args: argparse.Namespace
    stdout: TextIO
    stderr: TextIO
    session: Session

    def note(self, text: str) -> None:
        """Write one line to stderr, prefixed with the program's name."""
        write_note(self.stderr, text)


def write_note(stderr: TextIO, text: str) -> None:
    """Write one line to ``stderr``, prefixed with the program's name."""
    stderr.write(f"twilio-sansio: {text}\n")
    stderr.flush()
