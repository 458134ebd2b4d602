"""The argument parser class of every ``twilio-sansio`` parser: no abbreviations, and hints.

argparse accepts any unambiguous prefix of an option by default, so ``--sinc`` would
silently mean ``--since`` today and something else once another option starts with
``--sinc``; every parser here refuses prefixes. A value outside an argument's choices (a
command name with a typo) is answered with the closest choice, when one is close.
"""

from __future__ import annotations

import argparse
import difflib
from typing import Any


class StrictParser(argparse.ArgumentParser):
    """An ``ArgumentParser`` that takes no abbreviated options and suggests close choices.

    Its sub-command parsers are of this class too (argparse makes them of the parent's
    class), so the whole command line behaves alike.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["allow_abbrev"] = False
        super().__init__(*args, **kwargs)

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        choices = action.choices
        if choices is not None and value not in choices:
            names = [str(choice) for choice in choices]
            close = difflib.get_close_matches(str(value), names, n=1)
            if close:
                listed = ", ".join(repr(name) for name in names)
                raise argparse.ArgumentError(
                    action,
                    f"invalid choice: {value!r}; did you mean {close[0]!r}? (choose from {listed})",
                )
        super()._check_value(action, value)
