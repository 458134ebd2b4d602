"""Checks on caller input that run before any request is built.

Each check raises :class:`~twilio_sansio.core.errors.InvalidArgument` with a message that
names the argument, so a bad value never reaches the wire.
"""

from __future__ import annotations

import re

from twilio_sansio.core.errors import InvalidArgument

_SID_BODY = re.compile(r"[0-9a-fA-F]{32}\Z")
MAX_PAGE_SIZE = 1000


def check_sid(name: str, value: object, *prefixes: str) -> str:
    """Return ``value`` if it is a Twilio SID with one of ``prefixes``.

    A SID is two upper-case letters followed by 32 hexadecimal digits, for example
    ``SM`` + 32 hex digits for a message.

    Raises:
        InvalidArgument: the value is not a string, has another prefix, or another shape.
    """
    if not isinstance(value, str):
        raise InvalidArgument(f"{name} must be a SID string, not {type(value).__name__}")
    if len(value) == 34 and value[:2] in prefixes and _SID_BODY.match(value, 2):
        return value
    expected = " or ".join(f"{p} + 32 hex digits" for p in prefixes)
    shown = value if len(value) <= 40 else value[:37] + "..."
    raise InvalidArgument(f"{name} must be {expected}, not {shown!r}")


def check_page_size(value: object) -> int | None:
    """Return ``value`` if it is None or a page size Twilio accepts (1 to 1000).

    Raises:
        InvalidArgument: the value is not an int in 1..1000.
    """
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgument(f"page_size must be an int, not {type(value).__name__}")
    if not 1 <= value <= MAX_PAGE_SIZE:
        raise InvalidArgument(f"page_size must be between 1 and {MAX_PAGE_SIZE}, not {value}")
    return value


def check_text(name: str, value: object, *, allow_empty: bool = False) -> str:
    """Return ``value`` if it is a string Twilio can receive.

    Raises:
        InvalidArgument: the value is not a string, is empty (unless allowed), or holds a
            NUL character.
    """
    if not isinstance(value, str):
        raise InvalidArgument(f"{name} must be a string, not {type(value).__name__}")
    if not value and not allow_empty:
        raise InvalidArgument(f"{name} must not be empty")
    if "\x00" in value:
        raise InvalidArgument(f"{name} must not contain a NUL character")
    return value


def optional_text(name: str, value: object) -> str | None:
    """Return None, or ``value`` checked with :func:`check_text`.

    Raises:
        InvalidArgument: the value is not a non-empty string without NUL.
    """
    return None if value is None else check_text(name, value)


def check_flag(name: str, value: object) -> bool | None:
    """Return an on/off filter: None (not sent) or a bool.

    Raises:
        InvalidArgument: the value is something else (``"true"``, ``1``).
    """
    if value is None or isinstance(value, bool):
        return value
    raise InvalidArgument(f"{name} must be True, False or None, not {value!r:.40}")
