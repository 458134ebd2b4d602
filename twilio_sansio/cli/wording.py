"""The library's error messages in the command line's words.

The library's :class:`~twilio_sansio.InvalidArgument` messages name its Python API
(``media_urls``, ``default_region='US' on the client``); someone at a shell knows flags
and environment variables instead. Each command declares the library names its flags
stand for (``set_defaults(api_names=...)``); the names of the credentials, which only
the environment gives, and advice that only applies to Python are translated for every
command.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

CREDENTIAL_NAMES = {
    "account_sid": "TWILIO_ACCOUNT_SID",
    "api_key_sid": "TWILIO_API_KEY",
    "api_key_secret": "TWILIO_API_SECRET",
    "auth_token": "TWILIO_AUTH_TOKEN",
}
"""The library's credential arguments and the variables the command line reads them from."""

_PYTHON_ONLY_ADVICE = re.compile(r", or say which country it is in \(default_region=[^)]*\)")
"""The phone-number advice about a client option the command line does not have."""


def in_command_line_words(message: str, api_names: Mapping[str, str] | None = None) -> str:
    """Return ``message`` with the library's names replaced by the command line's.

    Args:
        message: An error message of the library.
        api_names: The command's library names and the flags that give them
            (``{"media_urls": "--media-url"}``); a name is replaced only as a whole
            word, longer names first.

    Returns:
        The message as the command line's user would write it.
    """
    message = _PYTHON_ONLY_ADVICE.sub("", message)
    names = {**CREDENTIAL_NAMES, **(api_names or {})}
    for name in sorted(names, key=len, reverse=True):
        pattern = r"(?<![\w\[\]-])" + re.escape(name) + r"(?![\w\[])"
        message = re.sub(pattern, names[name].replace("\\", r"\\"), message)
    return message
