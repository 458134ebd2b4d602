"""``fake-server`` (the fake over HTTP) and ``fake reset`` / ``fake path`` (its state file)."""

from __future__ import annotations

import argparse
import time
from typing import TYPE_CHECKING, Any, TextIO

from twilio_sansio.cli.arguments import command_with_actions, port_number
from twilio_sansio.cli.context import Context
from twilio_sansio.cli.state import clear_state, state_path

if TYPE_CHECKING:
    from twilio_sansio.testing.fake import FakeTwilio

DEFAULT_PORT = 8099


def register(commands: Any, api: argparse.ArgumentParser) -> None:
    """Add ``fake-server`` and ``fake``."""
    server = commands.add_parser(
        "fake-server",
        help="serve a fresh fake Twilio over HTTP on 127.0.0.1 until Ctrl-C",
        description="Serve a fresh fake Twilio on 127.0.0.1 for other programs' tests. The "
        "base URL and the credentials it accepts are printed on stdout, as shell exports; "
        "each request is logged on stderr. Nothing is saved. Commands run with these "
        "credentials know they talk to a fake: --from defaults to the magic sender "
        "+15005550006, as with the built-in fake.",
    )
    server.add_argument(
        "--port",
        type=port_number,
        default=DEFAULT_PORT,
        help=f"the port (default {DEFAULT_PORT}; 0 picks a free one)",
    )
    server.set_defaults(handler=serve_fake)

    actions = command_with_actions(commands, "fake", help="manage the built-in fake's saved state")
    actions.add_parser("reset", help="forget every record of the built-in fake").set_defaults(
        handler=reset_fake
    )
    actions.add_parser("path", help="print where the built-in fake's state is kept").set_defaults(
        handler=print_state_path
    )


def logging_fake(stderr: TextIO) -> FakeTwilio:
    """Return a fresh fake that logs each request and its answer's status on ``stderr``."""
    from urllib.parse import urlsplit

    from twilio_sansio.core.http import Request, Response
    from twilio_sansio.testing.fake import FakeTwilio, Hang

    class LoggingFakeTwilio(FakeTwilio):
        def handle(self, request: Request) -> Response | Hang:
            answer = super().handle(request)
            parts = urlsplit(request.url)
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            outcome = "no answer (fault)" if isinstance(answer, Hang) else str(answer.status)
            stderr.write(f"{request.method} {target} -> {outcome}\n")
            stderr.flush()
            return answer

    return LoggingFakeTwilio(record=False)


def serve_fake(context: Context) -> int:
    """Serve until interrupted (Ctrl-C ends it with exit code 130)."""
    _interruptible()
    fake = logging_fake(context.stderr)
    with fake.serve(port=context.args.port) as server:
        out = context.stdout
        out.write(f"export TWILIO_SANSIO_BASE_URL={server.base_url}\n")
        out.write(f"export TWILIO_ACCOUNT_SID={fake.account_sid}\n")
        out.write(f"export TWILIO_AUTH_TOKEN={fake.auth_token}\n")
        out.flush()
        context.note(f"serving a fake Twilio on {server.base_url}; press Ctrl-C to stop")
        while True:
            time.sleep(3600)


def _interruptible() -> None:
    """Make SIGINT raise KeyboardInterrupt even if our parent ignored it.

    A shell without job control starts background commands with SIGINT ignored, and
    Python then leaves it ignored; ``kill -INT`` must still stop the server.
    """
    import signal
    import threading

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.default_int_handler)


def reset_fake(context: Context) -> int:
    """Forget the built-in fake's state."""
    path = state_path(context.session.environ)
    clear_state(path)
    context.stdout.write(f"cleared the built-in fake's state ({path})\n")
    return 0


def print_state_path(context: Context) -> int:
    """Print the state file's path."""
    context.stdout.write(f"{state_path(context.session.environ)}\n")
    return 0
