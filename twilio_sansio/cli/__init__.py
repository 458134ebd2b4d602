"""The ``twilio-sansio`` command line: Twilio's API, or a built-in fake, from a shell.

``main`` parses the arguments, builds the session (credentials, or a fake) and runs the
command, turning failures into messages and exit codes. Heavy modules (the client,
PyJWT, the fake) are imported only by the commands that need them.
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from twilio_sansio.testing.fake import FakeTwilio

__all__ = ["main"]


def main(
    argv: Sequence[str] | None = None,
    *,
    fake: FakeTwilio | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    environ: Mapping[str, str] | None = None,
) -> int:
    """Run the command line and return its exit code.

    Args:
        argv: The arguments (without the program name); None reads ``sys.argv``.
        fake: A fake Twilio to run every command against, instead of the environment's
            credentials or the built-in fake (for tests).
        stdout: Where results go; ``sys.stdout`` by default.
        stderr: Where notes and errors go; ``sys.stderr`` by default.
        environ: The environment; ``os.environ`` by default.

    Returns:
        0 on success, 1 when Twilio or the network failed, 2 on bad usage, 130 when
        interrupted, 141 when stdout's reader went away.
    """
    from twilio_sansio.cli.context import Context, write_note
    from twilio_sansio.cli.errors import INTERRUPTED, USAGE, run_guarded
    from twilio_sansio.cli.parser import build_parser
    from twilio_sansio.cli.session import Session

    out = stdout if stdout is not None else _tolerant(sys.stdout)
    err = stderr if stderr is not None else _tolerant(sys.stderr)
    try:
        # argparse prints help and usage errors on sys.stdout/sys.stderr, then exits.
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            args = build_parser().parse_args(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else USAGE
    except KeyboardInterrupt:
        return INTERRUPTED
    session = Session(
        os.environ if environ is None else environ,
        functools.partial(write_note, err),
        base_url=getattr(args, "base_url", None),
        fake=fake,
    )
    return run_guarded(args.handler, Context(args, out, err, session))


def _tolerant(stream: TextIO) -> TextIO:
    """Let a standard stream write any text, escaping what its encoding cannot encode."""
    if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
        stream.reconfigure(errors="backslashreplace")
    return stream
