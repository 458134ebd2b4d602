"""How builder keyword arguments become TwiML attributes: their names and their values.

Twilio spells attributes in camelCase (``callerId``); the builders take the official SDK's
snake_case keywords (``caller_id``). A trailing underscore marks a Python keyword
(``from_``, ``for_``), and the SSML attributes keep their own spelling (``xml:lang``,
``interpret-as``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from functools import cache

from twilio_sansio.core.errors import InvalidArgument

AttributeValue = str | int | float | Decimal | bool | Sequence[str] | Sequence[int]
"""What an attribute accepts: text, a number, a boolean, or a list rendered space-separated."""

_SPELLED_OUT = {"xml_lang": "xml:lang", "interpret_as": "interpret-as"}
# XML 1.0 allows every code point but these: C0 controls other than tab, LF and CR,
# surrogates, U+FFFE and U+FFFF. (Naming the few forbidden ones compiles faster than
# naming the allowed ranges.)
_NOT_XML_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_XML_NAME = re.compile(r"[A-Za-z_][-A-Za-z0-9_.]*(:[A-Za-z_][-A-Za-z0-9_.]*)?")


@cache
def attribute_name(keyword: str) -> str:
    """The attribute Twilio reads for a builder keyword: ``caller_id`` → ``callerId``.

    Args:
        keyword: the keyword argument's name, as the official SDK spells it.

    Returns:
        The attribute name: ``from_`` → ``from``, ``xml_lang`` → ``xml:lang``; a name
        without underscores (``backgroundNoiseReduction``) is kept as it is.
    """
    if keyword in _SPELLED_OUT:
        return _SPELLED_OUT[keyword]
    head, *rest = keyword.rstrip("_").split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def checked_text(text: str, where: str) -> str:
    """Return ``text`` if XML 1.0 can carry it, else raise.

    Args:
        text: a text or attribute value.
        where: what the text is for, named in the error.

    Raises:
        InvalidArgument: ``text`` is not a string, or holds a character XML 1.0 forbids
            (NUL, most control characters, lone surrogates): no escape can carry those.
    """
    if not isinstance(text, str):
        raise InvalidArgument(f"{where} must be a string, not {type(text).__name__}")
    found = _NOT_XML_TEXT.search(text)
    if found:
        raise InvalidArgument(
            f"{where} holds {found.group()!r} at index {found.start()}, which XML cannot carry"
        )
    return text


def checked_name(name: str) -> str:
    """Return ``name`` if it can be an XML attribute name, else raise ``InvalidArgument``.

    Args:
        name: an attribute name, as Twilio spells it (``callerId``).

    Raises:
        InvalidArgument: ``name`` is not a string or not an XML name.
    """
    if not isinstance(name, str) or not _XML_NAME.fullmatch(name):
        raise InvalidArgument(f"{name!r} is not an XML attribute name")
    return name


def attribute_value(value: AttributeValue, where: str) -> str:
    """Render an attribute value as Twilio reads it.

    Args:
        value: the keyword argument's value (never ``None``: ``None`` omits the attribute).
        where: the attribute's name, for errors.

    Returns:
        ``true``/``false`` for booleans, the decimal form of numbers, the text itself, or
        the items of a list or tuple separated by spaces (``"initiated ringing"``).

    Raises:
        InvalidArgument: a value of another type, or text XML cannot carry.
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | Decimal):
        return str(value)
    if isinstance(value, str):
        return checked_text(value, where)
    if isinstance(value, list | tuple):
        items = [attribute_value(item, where) for item in value]
        return " ".join(items)
    raise InvalidArgument(f"{where} cannot be a {type(value).__name__}")
