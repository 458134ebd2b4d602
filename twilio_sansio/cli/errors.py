"""How the command line ends: each kind of failure gets its message and exit code.

0 success; 1 Twilio said no, or the network failed; 2 bad usage (argparse's errors, and
the library's ``InvalidArgument``); 130 interrupted (Ctrl-C); 141 the reader of stdout
went away (as a process killed by SIGPIPE).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from twilio_sansio.cli.context import Context
from twilio_sansio.cli.wording import in_command_line_words

if TYPE_CHECKING:
    from twilio_sansio.core.errors import APIError

OK = 0
FAILURE = 1
USAGE = 2
INTERRUPTED = 130
BROKEN_PIPE = 141


class UsageError(Exception):
    """The command line asks for something that cannot be done as given (exit 2)."""


class StateError(Exception):
    """The built-in fake's state file cannot be used (exit 1)."""


class CommandFailed(Exception):
    """The command cannot do what it was asked, for a reason it explains (exit 1)."""


def run_guarded(handler: Callable[[Context], int], context: Context) -> int:
    """Run a command, turning every expected failure into a message and an exit code."""
    from twilio_sansio.core.errors import APIError, InvalidArgument, TwilioError

    stderr = context.stderr
    try:
        return handler(context)
    except KeyboardInterrupt:
        _say(stderr, "interrupted")
        return INTERRUPTED
    except BrokenPipeError:
        _silence(context.stdout)
        return BROKEN_PIPE
    except UsageError as error:
        _say(stderr, f"error: {error}")
        return USAGE
    except InvalidArgument as error:
        api_names = getattr(context.args, "api_names", {})
        _say(stderr, f"error: {in_command_line_words(str(error), api_names)}")
        return USAGE
    except APIError as error:
        _report_api_error(stderr, error)
        return FAILURE
    except (TwilioError, StateError, CommandFailed, OSError) as error:
        _say(stderr, f"error: {error}")
        return FAILURE


def _report_api_error(stderr: TextIO, error: APIError) -> None:
    code = f"Twilio error {error.code}" if error.code is not None else "Twilio error"
    _say(stderr, f"error: {error.message} ({code}, HTTP {error.status})")
    if error.more_info:
        _say(stderr, f"more info: {error.more_info}")


def _say(stderr: TextIO, text: str) -> None:
    try:
        stderr.write(f"twilio-sansio: {text}\n")
        stderr.flush()
    except (OSError, ValueError):
        pass


def _silence(stdout: TextIO) -> None:
    """Point stdout at /dev/null so that the interpreter's last flush cannot fail again."""
    if stdout is not sys.stdout and stdout is not sys.__stdout__:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
